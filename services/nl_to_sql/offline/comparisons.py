"""Comparisons of numeric columns: "<column> above 5000", "between 10 and 20", "with more than 4
credits", a bare bound on the column a comparative names ("cheaper than 20", "older than 40"),
"<comparator> <column> <number>", and related-row counts ("more than 8 orders")."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from contracts.errors import ServiceError
from services.nl_to_sql.offline.coltypes import is_date, is_key_like, is_numeric
from services.nl_to_sql.offline.conditions import COMPARATORS, comparator_at
from services.nl_to_sql.offline.linking import Mention
from services.nl_to_sql.offline.model import Col, Condition, Group, Measure, Related, cannot
from services.nl_to_sql.offline.normalise import FILLER, MONTHS, SHAPE_WORDS, is_verb_form, is_year

if TYPE_CHECKING:
    from services.nl_to_sql.offline.reader import Reader
    from services.nl_to_sql.offline.render import Renderer

# Comparisons of two dates of a row (numbers use COMPARATORS too)
_DATE_COMPARATORS = {("after",): ">", ("later", "than"): ">", ("before",): "<", ("earlier", "than"): "<"}


@dataclass
class ColumnsCompared(Condition):
    """<column> op <another column of the same row>: "matches where the winner rank is greater than
    the loser rank", "loans returned after the due date"."""
    other: Col | None = None
    of_each_row = True                                # a share of rows may be of these (percentages.finish_percentage)

    def render(self, rd: Renderer, scope: str = "") -> str:
        assert self.other is not None
        return f"{rd.col(self.col, scope)} {self.op} {rd.col(self.other, scope)}"


# before "<number> <numeric column in the plural>": the rows' value of it ("with 4 credits", "gave 5 stars")
_HAVE_A_FIGURE = frozenset({"with", "have", "has", "had", "give", "gives", "gave", "got", "get", "gets", "receive",
                            "received", "receives", "are", "is", "were", "was", "earned", "earn", "earns"})


def _numeric_col(r: Reader, i: int) -> tuple[Col, int] | None:
    m = r.mention(i)
    if m is None or not m.columns:
        return None
    numeric = [c for c in m.columns if is_numeric(r.lex.column(*c)) and not is_key_like(c[1])]
    if not numeric:
        return None
    return r.pick_column(m, numeric), m.end


def read_comparisons(r: Reader) -> None:
    t = r.tokens
    for i in range(len(t)):
        if i in r.used:
            continue
        if _columns_compared(r, i):
            continue
        # <column> [is] <comparator> <number> | <column> between <n> and <m>
        found = _numeric_col(r, i)
        if found is not None and not _aggregated(r, i):
            col, j = found
            k = j + (1 if r.lower(j) in ("is", "of", "was") else 0)
            if r.lower(k) == "between" and r.number(k + 1) is not None and r.lower(k + 2) == "and" \
                    and r.number(k + 3) is not None:
                r.q.conditions.append(Condition(col, "BETWEEN", f"{t[k + 1].text} AND {t[k + 3].text}"))
                r.take(*range(i, k + 4))
                continue
            cmp = comparator_at(r, k)
            if cmp is None and k > j and r.number(k) is not None and not is_year(t[k]) \
                    and ((m := r.mention(k + 1)) is None or not m.tables):
                cmp = ("=", 0)                        # "with a fee of 120", "whose quantity is 4"
            if cmp and r.number(k + cmp[1]) is not None:
                r.q.conditions.append(Condition(col, cmp[0], t[k + cmp[1]].text))
                end = k + cmp[1] + 1
                if r.lower(end) in [w.lower() for w in r.lex.words(col.column)[1:]] or r.lower(end) in MEASURE_UNITS:
                    end += 1                          # "distance over 5000 km", "unit price above 4 dollars"
                more = comparator_at(r, end + 1) if r.lower(end) == "and" else None
                if more is not None and r.number(end + 1 + more[1]) is not None:
                    r.q.conditions.append(Condition(col, more[0], t[end + 1 + more[1]].text))
                    end += 2 + more[1]                # "more than 3000 and less than 6000"
                r.take(*range(i, end))
                continue
        if r.number(i) is not None and r.lower(i - 1) in _HAVE_A_FIGURE and i - 1 not in r.used:
            found = _numeric_col(r, i + 1)            # "courses with 4 credits", "reviews that give 5 stars"
            if found is not None and r.tokens[i + 1].lower != r.tokens[i + 1].stem:
                r.q.conditions.append(Condition(found[0], "=", t[i].text))
                r.take(*range(i - 1, found[1]))
                continue
        if r.lower(i) == "between" and r.number(i + 1) is not None and r.lower(i + 2) == "and" and \
                r.number(i + 3) is not None and (found := _numeric_col(r, i + 4)) is not None:
            r.q.conditions.append(Condition(found[0], "BETWEEN", f"{t[i + 1].text} AND {t[i + 3].text}"))
            r.take(*range(i, found[1]))               # "projects with between 100 and 300 hours"
            continue
        cmp = comparator_at(r, i)
        if cmp is not None and r.number(i + cmp[1]) is None and (found := _numeric_col(r, i + cmp[1])) \
                and r.number(found[1]) is not None and not is_year(t[found[1]]):
            # "singers above age 30": the column between the comparator and its number
            r.q.conditions.append(Condition(found[0], cmp[0], t[found[1]].text))
            r.take(*range(i, found[1] + 1))
            continue
        if cmp is None or r.number(i + cmp[1]) is None:
            continue
        op, width = cmp
        n_at = i + width
        after = r.past_adjectives(n_at + 1)           # "more than 3 cancelled orders"
        number = t[n_at].text
        # <comparator> <number> <numeric column>: "with more than 4 credits"
        found = _numeric_col(r, after)
        m = r.mention(after)
        if found is not None and not (m.tables and r.related_target(m) is not None):
            _refuse_count_of_many(r, i, found)
            r.q.conditions.append(Condition(found[0], op, number))
            r.take(*range(i, found[1]))
            j = i - 1                                 # "scored more than 35 points": the verb of the column
            if j >= 0 and j not in r.used and r.mention(j) is None and (
                    is_verb_form(r.lower(j)) or r.lower(j) in ("score", "scores", "earn", "earns")):
                r.take(j)
            continue
        # <comparator> <number> <table>: how many related rows ("more than 8 orders")
        if m is not None and m.tables and _values_with_count(r, i, m, op, number):
            continue
        if m is not None and m.tables and _column_values_with_count(r, i, m, op, number):
            continue
        if m is not None and m.tables and (target := r.related_target(m)) is not None:
            entity = r.require_entity(m)
            own = [Col(*c) for c in m.columns if c[0] == entity and is_numeric(r.lex.column(*c))]
            if not _fans_out(r, entity, target) and len(own) == 1:
                r.q.conditions.append(Condition(own[0], op, number))    # "bookings with more than 2 guests":
                r.take(*range(i, m.end))                                # each booking has one guest row
                continue
            r.q.related.append(Related(entity, target, op, int(float(number))))
            r.take(*range(i, m.end))
            continue
        if _money_in_related(r, i, op, n_at):
            continue
        # "cheaper than 20", "longer than 8000 km", "invoices over 9000": the entity's one such column
        col = _implied_column(r, i) if r.mention(after) is None else None
        unit = col is not None and (r.lower(n_at + 1) in [w.lower() for w in r.lex.words(col.column)[1:]]
                                    or r.lower(n_at + 1) in MEASURE_UNITS)
        if col is not None and (unit or not _counts_a_word(r, after)):
            r.q.conditions.append(Condition(col, op, number))
            r.take(*range(i, n_at + 1 + unit))


_MONEY_UNITS = ("dollars", "dollar", "euros", "euro", "usd", "eur", "pounds", "gbp")
_IN_ROWS = ("in", "across", "on", "from", "over", "among")


def _money_in_related(r: Reader, i: int, op: str, n_at: int) -> bool:
    """"Customers with more than 50000 dollars (in total) in their accounts": the sum of the one money
    column of the rows that refer to the entity, per entity."""
    k = n_at + 1 + (r.lower(n_at + 1) in _MONEY_UNITS)
    k += 2 if r.lower(k) == "in" and r.lower(k + 1) == "total" else r.lower(k) in ("altogether", "total")
    if r.lower(k) not in _IN_ROWS:
        return False
    m = r.mention(k + 1 + (r.lower(k + 1) in ("their", "its", "the", "all", "his", "her")))
    entity = r.q.entity
    if m is None or not m.tables or entity is None or m.tables[0] == entity or r.q.measures or not any(
            e.left_table == m.tables[0] and e.right_table == entity for e in r.planner.edges):
        return False
    money = r.lex.money_columns(m.tables[0])
    if len(money) != 1:
        return False
    col = Col(m.tables[0], money[0])
    r.q.having.append((Measure("SUM", col.table, (col,), f"sum_{col.column}".lower()), op, r.tokens[n_at].text))
    r.take(*range(i, m.end))
    return True


def _comparable(r: Reader, i: int, dates: bool) -> tuple[Col, int] | None:
    """The number (or date) column mentioned at i and where its words end."""
    m = r.mention(i)
    if m is None or not m.columns or m.tables:
        return None
    kind = [c for c in m.columns if (is_date(r.lex.column(*c)) if dates else
                                     is_numeric(r.lex.column(*c)) and not is_key_like(c[1]))]
    return (r.pick_column(m, kind), m.end) if kind else None


def _columns_compared(r: Reader, i: int) -> bool:
    """<column> [is] <comparator> [the] <column of the same table>; a "where" before it is taken."""
    for dates in (False, True):
        first = _comparable(r, i, dates)
        if first is None or _aggregated(r, i):
            continue
        col, j = first
        k = j + (r.lower(j) in ("is", "was", "are", "were"))
        words = next((w for w in (_DATE_COMPARATORS if dates else COMPARATORS)
                      if all(r.lower(k + n) == x and k + n not in r.used for n, x in enumerate(w))), None)
        if words is None:
            continue
        at = k + len(words)
        at += r.lower(at) in ("the", "its", "their")
        other = _comparable(r, at, dates)
        if other is None or other[0].table != col.table or other[0] == col:
            continue
        op = (_DATE_COMPARATORS if dates else COMPARATORS)[words]
        r.q.conditions.append(ColumnsCompared(col, op, None, other[0]))
        start = i - (r.lower(i - 1) == "the")
        r.take(*range(start - (r.lower(start - 1) == "where"), other[1]))
        return True
    return False


def _column_values_with_count(r: Reader, i: int, m: Mention, op: str, number: str) -> bool:
    """"Years with more than 11 cars": the values of a column of those rows (the question starts
    with them) having that many rows: a group by the column with a HAVING on its count."""
    first = r.mention(r.next_meaningful(0))
    table = m.tables[0]
    if first is None or first.tables or first.end > i or r.lower(i - 1) not in ("with", "having", "that", "have") \
            or r.tokens[first.end - 1].lower == r.tokens[first.end - 1].stem or r.q.measures or r.q.groups:
        return False
    own = [c for c in first.columns if c[0] == table and not is_key_like(c[1])]
    if len(own) != 1:
        return False
    r.q.groups.append(Group(table, own[0][1]))
    r.q.having.append((Measure("COUNT", table, label=f"{r.short(table)}_count"), op, number))
    r.take(*range(first.start, first.end), *range(i - 1, m.end))
    return True


def _values_with_count(r: Reader, i: int, m: Mention, op: str, number: str) -> bool:
    """"Cities with more than 40 patients", "specialties with more than 3 doctors": the values of a
    column the question starts with, grouped, with a HAVING on the count of the rows named after the
    number; the column must be the counted table's own (or the only one the words name)."""
    first = r.next_meaningful(0)
    if r.lower(first) in ("which", "what") and first is not None:
        first = r.next_meaningful(first + 1)         # "which home towns have more than one perpetrator"
    head = r.mention(first)
    target, start = m.tables[0], head.start if head is not None else 0
    if head is not None and head.tables and (nxt := r.mention(head.end)) is not None and nxt.columns:
        owner = head.tables[0]                    # "customer segments", "patient cities": that table's column
        head = Mention(nxt.start, nxt.end, columns=[c for c in nxt.columns if c[0] == owner])
    if head is None or head.tables or not (head.end == i - 1 and r.lower(i - 1) in (
            "with", "having", "that", "have", "has") or _verb_between(r, head.end, i)):
        return False
    options = [c for c in head.columns if not is_numeric(r.lex.column(*c)) and not is_date(r.lex.column(*c))
               and not _names_a_row(r, c)]               # "customer names with ...": the customers themselves
    own = [c for c in options if c[0] == target]
    if len(own) != 1 and (len(options) != 1 or not r.planner.path(target, options[0][0])):
        return False
    col = Col(*(own or options)[0])
    r.q.groups.append(Group(col.table, col.column))
    r.q.having.append((Measure("COUNT", target, label=f"{r.short(target)}_count"), op, str(int(float(number)))))
    r.take(*range(start, m.end))
    return True


_AUX = ("are", "is", "was", "were", "have", "has", "had", "been", "that", "which", "who")


def _verb_between(r: Reader, start: int, end: int) -> bool:
    """"venues [that] hosted", "last names shared by", "wineries produce": one verb of no table or
    column between the values and their count."""
    words = [k for k in range(start, end) if r.lower(k) not in _AUX]
    if words and r.lower(words[-1]) in ("by", "on", "in", "at", "with"):
        words = words[:-1]
    return len(words) == 1 and words[0] not in r.used and r.tokens[words[0]].kind == "word" and \
        r.mention(words[0]) is None and r.lower(words[0]) not in FILLER | SHAPE_WORDS


def _names_a_row(r: Reader, c: tuple[str, str]) -> bool:
    """The key, or a name label (`name`, first / last name) of its table; a city that only labels
    rows of a table without a name column (`locations.city`) is a value to group by."""
    return c[1] == r.lex.key_of(c[0]) or c[1] in r.lex.labels(c[0]) and any(
        w.lower() in ("name", "first", "last") for w in r.lex.norm_words(c[1]))


_KINDS = {**dict.fromkeys(("cheaper", "expensive"), ("price", "cost", "fare")), **dict.fromkeys(("larger", "bigger",
          "smaller"), ("area", "size")), **dict.fromkeys(("longer", "shorter"), ("distance", "length", "duration")),
          **dict.fromkeys(("higher", "taller", "lower"), ("altitude", "height", "elevation")),
          **dict.fromkeys(("older", "younger"), ("age",)), **dict.fromkeys(("heavier", "lighter"), ("weight",))}
# Units a bare bound may carry after its number ("rivers shorter than 400 miles"): the column's own.
MEASURE_UNITS = {"miles", "mile", "km", "kilometers", "kilometres", "meters", "metres", "feet", "foot", "ft", "kg",
                 "kilograms", "pounds", "lbs", "tons", "tonnes", "euros", "euro", "dollars", "dollar", "usd", "eur",
                 "cm", "centimetres", "centimeters", "inches"}
_PLAIN = ("more", "over", "above", "under", "below", "less", "greater", "higher", "lower", "at")


def _implied_column(r: Reader, i: int) -> Col | None:
    """A bare comparison's column: named by its adjective ("cheaper", "taller"), or the only money one."""
    word = r.lower(i + 1) if r.lower(i) == "more" and r.lower(i + 1) == "expensive" else r.lower(i)
    if word in _KINDS and ((col := r.entity_column(_KINDS[word])) is not None or word not in _PLAIN):
        return col                                # "higher than 14000": the altitude, else a plain bound
    if word not in _PLAIN or r.q.entity is None or r.q.measures:
        return None
    money = r.lex.money_columns(r.q.entity)
    return Col(r.q.entity, money[0]) if len(money) == 1 else None


def _fans_out(r: Reader, entity: str, target: str) -> bool:
    try:
        return r.planner.plan(entity, [target]).fans_out
    except ServiceError:
        return True


def _refuse_count_of_many(r: Reader, i: int, found: tuple[Col, int]) -> None:
    """"Accounts with more than 40 debits": the column is of rows the entity has many of (journal
    lines), so the number may count those rows or bound each one's value; "courses with more than 4
    credits" (the entity's own column) or a looked-up row's column is a bound."""
    col, end = found
    entity = r.q.entity
    if entity is None or col.table == entity:
        return
    try:
        many = r.planner.plan(entity, [col.table]).fans_out
    except ServiceError:
        return
    k = end + 1 + (r.lower(end + 1) in ("a", "one", "any") and r.lower(end + 2) == "single")
    if many and r.lower(end) == "in" and r.lower(k) in ("a", "one", "any", "single") and \
            (m := r.mention(k + 1)) is not None and m.tables:
        r.take(*range(end, m.end))                    # "played more than 40 minutes in a game": each row's
    elif many:
        said = " ".join(t.text for t in r.tokens[i:end])
        raise cannot(f"I can't tell whether '{said}' counts {r.said(col.table)} rows or bounds each one's "
                     f"{col.column}.", f"Say e.g. '{r.said(col.table)} rows whose {col.column} is over N'.",
                     r.reading())


def _counts_a_word(r: Reader, i: int) -> bool:
    """"More than 2 children": the number counts a word read as no table or column (a value, an
    unknown noun); it is no bound on the entity's money column ("invoices over 9000 in 2024")."""
    if i >= len(r.tokens) or r.tokens[i].kind != "word":
        return False
    word = r.lower(i)
    return word not in FILLER and word not in SHAPE_WORDS and word not in MONTHS and word not in ("or", "and")


def _aggregated(r: Reader, i: int) -> bool:
    j = r.prev(i)
    return j is not None and r.lower(j) in ("average", "avg", "mean", "total", "sum", "maximum", "max",
                                            "minimum", "min")
