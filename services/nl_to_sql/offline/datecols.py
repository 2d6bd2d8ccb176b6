"""Which of a table's several date columns a question means when no word names one: the column
named after the table itself is the table's own event (`loans.loan_date`, `orders.order_date`);
a due, return or payment date is not. And a participle naming a nullable date column ("unpaid",
"not returned") is whether that date is set, and "active members" whether the one date ending them is."""
from __future__ import annotations

from typing import TYPE_CHECKING

from services.nl_to_sql.offline.coltypes import is_date
from services.nl_to_sql.offline.comparisons import ColumnsCompared
from services.nl_to_sql.offline.model import Col, Condition, cannot
from services.nl_to_sql.offline.normalise import is_verb_form, root, verb_stems
from services.nl_to_sql.offline.planwords import BEFORE_ROWS, plan_edges
from services.nl_to_sql.offline.yearcols import holds_years, year_column_of

if TYPE_CHECKING:
    from services.nl_to_sql.offline.linking import Lexicon, Mention
    from services.nl_to_sql.offline.reader import Reader
    from services.nl_to_sql.offline.render import Renderer

# words a date column's name adds to what it dates
_DATE_WORDS = frozenset({"date", "on", "at", "time", "timestamp", "day", "dt", "ts", "when"})


# first words of the dates that end and start a row's span (durations.py)
SPAN_ENDS = ("end", "discharg", "out", "return", "clos", "finish", "ship", "deliver", "complet", "leav", "resolv",
        "stop", "expir", "until", "to", "termin", "checkout", "dropoff", "solv", "left", "arriv",
        "settl", "pay")
SPAN_STARTS = ("start", "begin", "admit", "in", "open", "order", "issu", "hire", "from", "plac", "creat", "book",
          "pickup", "checkin", "join", "enrol", "submit", "receiv", "sign", "regist", "rais", "report", "enter",
          "depart")


def own_event_date(lex: Lexicon, table: str, dates: list[str]) -> str | None:
    """The one column of `dates` whose name is the table's name plus a date word, else of two dates
    the one that starts a span the other ends (`admitted_on` of `discharged_on`), or None."""
    own = [root(w) for w in lex.norm_words(table.split(".")[-1])]
    if not own:
        return None
    found = [d for d in dates
             if event_words(lex, d) == own and any(w.lower() in _DATE_WORDS for w in lex.norm_words(d))]
    if not found and len(dates) == 2:
        # `booking_start_date` of apartment_bookings: "start", the table's own words set aside
        first = [([w for w in event_words(lex, d) if w not in own] or [""])[0] for d in dates]
        starts = [d for d, w in zip(dates, first) if w.startswith(SPAN_STARTS) and not w.startswith(SPAN_ENDS)]
        ends = [d for d, w in zip(dates, first) if w.startswith(SPAN_ENDS) and not w.startswith(SPAN_STARTS)]
        return starts[0] if len(starts) == 1 and len(ends) == 1 and starts != ends else None
    return found[0] if len(found) == 1 else None


def one_event_date(lex: Lexicon, table: str, dates: list[str]) -> str:
    """The date of `table`'s rows a verb or a count names ("ordered in 2025", "5 loans in 2025"):
    its own event date, else a refusal (another table's date would be a wrong answer)."""
    own = own_event_date(lex, table, dates)
    if own is None:
        name = table.split(".")[-1]
        raise cannot(f"The question names a date of {name}, but {name} has several date columns "
                     f"({', '.join(dates)}).", "Say which one you mean, e.g. with the column's name.")
    return own


def related_rows_date(r: Reader, m: Mention) -> Col:
    """A date of rows without a date column of their own ("accounts with no journal lines in
    2025"): the date of the nearest table they look up (the lines' journal entry), never the date of
    a table named before them (the accounts' opening date), else a refusal."""
    table = m.tables[0]
    near = r.date_column_near(table)
    earlier = {t for x in r.mentions if x.start < m.start for t in x.tables} | {r.q.entity}
    if near is None or near.table in earlier:
        name = table.split(".")[-1]
        raise cannot(f"The question names a date of {name}, but {name} has no date column.",
                     "Name the date column and its table.", r.reading())
    return near


def verb_named_date(r: Reader, i: int, year_ok: bool) -> Col | None:
    """The one date (or, with `year_ok`, integer year) column whose name has the verb right before
    token i: "trips scheduled in 2024" (`scheduled_departure`), "songs released after 2010"
    (`Song_release_year`); the question's own tables first, then any."""
    j = r.prev(i)
    if j is None or j in r.used or not is_verb_form(r.tokens[j].lower):
        return None
    word = r.tokens[j].lower
    forms = {root(word), *(root(v) for v in verb_stems(word))}
    asked = {t for m in r.mentions for t in m.tables} | {r.q.entity} | {m.table for m in r.q.measures}
    for tables in (sorted(t for t in asked if t), sorted(r.tables)):
        named = [Col(t, c.name) for t in tables for c in r.lex.table(t).columns
                 if (is_date(c) or year_ok and holds_years(r, t, c.name))
                 and forms & {root(w) for w in r.lex.norm_words(c.name)}]
        if named:
            if len(named) != 1:
                return None
            r.take(j)
            return named[0]
    return None


def value_year(r: Reader, anchor: str) -> Col | None:
    """"students who got an A in 2022": the integer `year` of the one table whose stored value
    the question names, else the anchor's one year column ("created before 1900": `creation`)."""
    owners = {t for v in r.values for t, _, _ in v.values if len({o[0] for o in v.values}) == 1}
    years = [Col(t, c) for t in owners if (c := year_column_of(r, t)) is not None]
    own = year_column_of(r, anchor)
    return years[0] if len(years) == 1 else Col(anchor, own) if own is not None else None


def own_date_first(r: Reader, m: Mention, col: Col) -> None:
    """"Employees who started in 2012": `job_history.start_date`, or the employees' own
    `hire_date`? A verb naming another table's date, when the rows have dates of their own."""
    entity = r.q.entity
    if entity is None or col.table == entity or m.tables or not is_verb_form(r.tokens[m.start].lower):
        return
    own = [" ".join(r.lex.norm_words(c.name)).lower() for c in r.lex.table(entity).columns if is_date(c)]
    if own:
        raise cannot(f"I can't tell whether '{m.text(r.tokens)}' means the {r.said(col.table)} "
                     f"{' '.join(r.lex.norm_words(col.column)).lower()} or a date of the "
                     f"{r.said(entity)} themselves ({', '.join(own)}).",
                     f"Name the column, e.g. '{r.said(entity)} with {own[0]} in ...'.",
                     r.reading())


def year_column_for(r: Reader, i: int) -> Col | None:
    """The integer year column a year at token i is about when no date column is named: the
    `year` of the table named right before it when the question's rows have no dates or year of
    their own ("stadiums that held a concert in 2015": `concert.Year`)."""
    before = next((m for m in r.mentions if m.end == i and m.tables), None)
    entity = r.q.entity
    if before is None or entity is None or before.tables[0] == entity or any(
            is_date(c) or c.name.lower() == "year" for c in r.lex.table(entity).columns):
        return None
    year = year_column_of(r, before.tables[0])
    return Col(before.tables[0], year) if year is not None and \
        not any(is_date(c) for c in r.lex.table(before.tables[0]).columns) else None


class Overdue(Condition):
    """<due date> < today and not yet <ended>: "overdue loans" (`due_date`, `return_date`)."""
    of_each_row = True
    def __init__(self, due: Col, ended: Col):
        super().__init__(due, "<", "CURRENT_DATE")
        self.ended = ended

    def render(self, rd: Renderer, scope: str = "") -> str:
        return f"({rd.col(self.col, scope)} < CURRENT_DATE AND {rd.col(self.ended, scope)} IS NULL)"


_ENDED = ("return", "paid", "pay", "clos", "complet", "resolv", "settl", "deliver", "finish", "end", "submit")


def read_overdue(r: Reader) -> None:
    """"overdue" (not a stored value) of rows with one due date and one nullable date of what ends
    them (returned, paid, closed ...): due before today and not ended yet."""
    for i, tok in enumerate(r.tokens):
        if i in r.used or tok.lower not in ("overdue", "late") or r.value(i) is not None or r.mention(i) is not None:
            continue
        if tok.lower == "late" and r.lower(i - 1) not in ("are", "is", "still", "currently"):
            _done_late(r, i)                          # "returned late": after the due date
            continue
        tables = ([r.q.entity] if r.q.entity else []) + [t for m in r.mentions for t in m.tables]
        for table in dict.fromkeys(tables):
            dates = [c for c in r.lex.table(table).columns if is_date(c)]
            due = [c.name for c in dates if "due" in c.name.lower()]
            ended = [c.name for c in dates if c.nullable and c.name not in due and
                     any(event_words(r.lex, c.name)[:1] == [root(w)] or
                         (event_words(r.lex, c.name) or [""])[0].startswith(w) for w in _ENDED)]
            if len(due) == 1 and len(ended) == 1:
                r.q.conditions.append(Overdue(Col(table, due[0]), Col(table, ended[0])))
                r.take(i)
                r.adjectives.add(i)                   # "how many overdue loans": the loans counted
                break


def _done_late(r: Reader, i: int) -> None:
    """"<verb naming a date> late" of a table with one due date: that date after the due date."""
    before = next((m for m in r.mentions if m.end == i and m.start not in r.used), None)
    dates = [c for c in (before.columns if before is not None else []) if is_date(r.lex.column(*c))]
    if before is None or len(dates) != 1:
        return
    table, column = dates[0]
    due = [c.name for c in r.lex.table(table).columns if is_date(c) and "due" in c.name.lower() and c.name != column]
    if len(due) == 1:
        r.q.conditions.append(ColumnsCompared(Col(table, column), ">", None, Col(table, due[0])))
        r.take(*range(before.start, i + 1))


# a date phrase right after the verb makes it a date condition (read_dates), not a flag
_DATE_PHRASE = frozenset({"in", "before", "after", "since", "between", "on", "during", "until", "within", "last",
                          "this", "from", "today", "yesterday"})
_AUXILIARY = frozenset({"been", "be", "was", "were", "is", "are", "has", "have", "had", "being", "yet", "already"})


def read_date_flags(r: Reader) -> None:
    """"unpaid fines", "loans not returned yet", "fines that have been paid": a participle naming a
    nullable date column of a table the question names (`paid_on`, `return_date`) is whether it is
    set, when no date follows ("returned in 2025" is a date)."""
    tables = {t for m in r.mentions for t in m.tables} | {r.q.entity} | {m.table for m in r.q.measures}
    for i, tok in enumerate(r.tokens):
        if i in r.used or tok.kind != "word":
            continue
        prefixed = tok.lower.startswith("un") and len(tok.lower) > 5
        base = tok.lower[2:] if prefixed else tok.lower
        if not is_verb_form(base) or r.lower(i + 1) in _DATE_PHRASE or (
                i + 1 < len(r.tokens) and r.tokens[i + 1].kind in ("date", "number")):
            continue
        flags = [Col(t, c.name) for t in sorted(x for x in tables if x) for c in r.lex.table(t).columns
                 if is_date(c) and c.nullable and event_words(r.lex, c.name) == [root(base)]]
        # a verb naming the table's own event ("passengers who booked") is that table, not a flag
        k = i + 1 + (r.lower(i + 1) in ("any", "a", "an", "the"))
        if len(flags) != 1 or _own_event(r.lex, flags[0]) or not prefixed and r.lower(i + 1) in ("any", "a", "an") \
                and (m := r.mention(k)) is not None and m.tables:
            continue                                  # "channels that have not aired any episode": a link
        j = i - 1
        while r.lower(j) in _AUXILIARY:
            j -= 1
        negated = r.lower(j) in ("not", "never") and j not in r.used
        start = j if negated else i
        end = i + 2 if r.lower(i + 1) == "yet" else i + 1
        r.q.conditions.append(Condition(flags[0], "IS NULL" if negated != prefixed else "IS NOT NULL"))
        r.take(*range(start, end))


def event_words(lex: Lexicon, column: str) -> list[str]:
    return [root(w) for w in lex.norm_words(column) if w.lower() not in _DATE_WORDS]


def _own_event(lex: Lexicon, col: Col) -> bool:
    return event_words(lex, col.column) == [root(w) for w in lex.norm_words(col.table.split(".")[-1])]


_ENDINGS = ("cancel", "end", "leav", "left", "termin", "clos", "churn", "resign", "expir", "deactiv", "quit", "lapse")


def read_active(r: Reader) -> None:
    """"active members", "current members" of a table with one nullable date that ends its rows
    (`cancelled_on`, `left_on`) and no other meaning for the word: that date is not set."""
    for i, tok in enumerate(r.tokens):
        j = i + 1
        while j < i + 4 and (r.value(j) is not None or j in r.used) and r.mention(j) is None:
            j += 1                                    # "active premium members"
        m = r.mention(j)
        if i in r.used or tok.lower not in ("active", "current") or r.mention(i) is not None or m is None \
                or len(m.tables) != 1:
            continue
        ends = [c.name for c in r.lex.table(m.tables[0]).columns if is_date(c) and c.nullable and
                (words := event_words(r.lex, c.name)) and words[0].startswith(_ENDINGS)]
        if len(ends) == 1:
            r.q.conditions.append(Condition(Col(m.tables[0], ends[0]), "IS NULL"))
            r.take(i)
            r.adjectives.add(i)                       # "how many active members": still the members


def read_event_verbs(r: Reader) -> None:
    """"Customers who have placed more than 2 orders": the verb of the orders' own date says nothing
    more; nor does "students enrolled in Python for Beginners" (the enrollments the path goes through),
    or "accounts that rated Neon Skyline" (a verb naming the table the path goes through)."""
    for m in r.mentions:
        evented = len(m.tables) == 1 and m.tables[0] != r.q.entity
        one = len({c[0] for c in m.columns}) == 1
        dated = one and all(is_date(r.lex.column(*c)) for c in m.columns) or one and any(
            is_date(r.lex.column(*c)) and r.lex.norm_words(c[1])[0].lower() == r.lower(m.start) for c in m.columns)
        if m.start in r.used or m.end - m.start != 1 or not (m.columns or evented) or \
                not is_verb_form(r.lower(m.start)) or not (evented or dated):
            continue
        j = m.end
        while j < len(r.tokens) and (r.lower(j) in BEFORE_ROWS or r.tokens[j].kind == "number"):
            j += 1
        after = next((x for x in r.mentions if x.start == j), None)      # counted already, perhaps
        table = m.tables[0] if evented else m.columns[0][0]
        if not m.tables and after is not None and after.tables[:1] == [table]:
            r.take(m.start)
        elif m.tables in ([], [table]) and table != r.q.entity and (evented or _own_date_named(r, table, m)) and \
                table in {t for e in plan_edges(r) for t in (e.left_table, e.right_table)}:
            r.take(m.start)


def _own_date_named(r: Reader, table: str, m: Mention) -> bool:
    dates = [c.name for c in r.lex.table(table).columns if is_date(c)]
    own = dates[0] if len(dates) == 1 else own_event_date(r.lex, table, dates)
    return own is not None and (table, own) in m.columns
