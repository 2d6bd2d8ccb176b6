"""The reader: a question's tokens and their schema and value links, read pass by pass into the
query model. Every pass consumes the tokens it understood; whatever is left that is not a filler
word ends the reading with a refusal that names it, so the engine never answers half a question."""
from __future__ import annotations

from services.nl_to_sql.offline.coltypes import date_columns, is_date, is_numeric
from services.nl_to_sql.offline.columns import drop_unreachable, drop_unrelated_participles, person_of, pick_column
from services.nl_to_sql.offline.datecols import (
    one_event_date,
    own_date_first,
    own_event_date,
    related_rows_date,
    value_year,
    verb_named_date,
    year_column_for,
)
from services.nl_to_sql.offline.linking import Lexicon, Mention
from services.nl_to_sql.offline.model import Col, Group, Measure, Query, cannot
from services.nl_to_sql.offline.normalise import (
    FILLER,
    IRREGULAR,
    Token,
    how_adjective,
    is_verb_form,
    lengths_in_units,
    spelled_periods,
    tokenize,
)
from services.nl_to_sql.offline.people import people_at_work
from services.nl_to_sql.offline.planner import Planner
from services.nl_to_sql.offline.valuelink import ValueIndex
from services.nl_to_sql.offline.yearcols import holds_years, year_column_of
from services.nl_to_sql.text import singular

# Words after which a table is not what the question is about ("per store"; not "List each team ...").
# words before a table whose date a following date phrase is ("members with loans in 2025")
_RELATED_WORDS = ("without", "no", "never", "with", "have", "has", "had")
_SECONDARY = {"by", "per", "each", "every", "most", "fewest", "least", "without", "never", "no", "than"}
_SKIP_BACK = FILLER | {"number", "count", "total", "of", "the", "a", "an", "more", "fewer", "less"}


class Reader:
    def __init__(self, question: str, lex: Lexicon, tables: set[str], values: ValueIndex, planner: Planner,
                 hints: dict[tuple[str, str], list[str]]):
        self.question = question
        self.hints = hints
        self.percent_of: str | None = None
        self.of_tables: list[str] = []               # "job history of employees": tables named as the owner
        self.adjectives: set[int] = set()            # "overdue" of "overdue invoices": read as a condition
        self.role_verbs: set[int] = set()            # "won" of "players who never won a match" (roles.py)
        self.lex = lex
        self.tables = tables
        words = set(lex.by_first)
        self.tokens: list[Token] = lengths_in_units(how_adjective(spelled_periods(tokenize(question), words), words),
                                                    words, lex.column_owners)
        self.tokens = people_at_work(self.tokens, [ws for k, ws in lex.table_words.items() if k in tables])
        self.used: set[int] = set()
        self.mentions = [m for m in lex.find(self.tokens) if m.tables or m.columns]
        self.mentions = [m for m in self.mentions if self._in_scope(m)]
        self.values = drop_unrelated_participles(values.find(self.tokens), self.mentions, self.tokens, planner)
        # "how many models does ford make": the last word after "does <value>" is a verb, not a column
        ends = {v.end for v in self.values if self.lower(v.start - 1) in ("does", "do", "did")}
        self.mentions = [m for m in self.mentions if not (m.start in ends and m.end == m.start + 1 and
                                                          all(t.kind != "word" for t in self.tokens[m.end:]))]
        drop_unreachable(self.mentions, planner)
        self.planner = planner
        self.q = Query()
        self.ascending = False
        self.superlative = False
        self.first_n = False                         # "the first 3 ...": earliest first when a date says so
        self.which = self.lower(0) in ("which", "what", "who") or "which" in [t.lower for t in self.tokens[:3]]
        self.q.entity = self._entity()

    def _in_scope(self, m: Mention) -> bool:
        m.tables = [t for t in m.tables if t in self.tables]
        m.columns = [c for c in m.columns if c[0] in self.tables]
        return bool(m.tables or m.columns)

    # -- token helpers ----------------------------------------------------------------------

    def lower(self, i: int | None) -> str:
        return self.tokens[i].lower if i is not None and 0 <= i < len(self.tokens) else ""

    def number(self, i: int) -> float | None:
        return self.tokens[i].number if 0 <= i < len(self.tokens) and i not in self.used else None

    def take(self, *indexes: int) -> None:
        self.used.update(i for i in indexes if 0 <= i < len(self.tokens))

    def past_adjectives(self, i: int) -> int:
        while i in self.adjectives:
            i += 1
        return i

    def mention(self, i: int | None) -> Mention | None:
        if i is None or i in self.used:
            return None
        return next((m for m in self.mentions if m.start == i), None)

    def inner_mention(self, i: int) -> Mention | None:
        """The schema mention starting at i even when a longer one starts just before it
        ("maximum salary" is `max_salary`, but after the aggregate word it is "salary")."""
        found = self.mention(i)
        if found is not None or i in self.used or i >= len(self.tokens):
            return found
        for m in self.lex.find(self.tokens[i:]):
            if m.start == 0 and self._in_scope(m):
                m.start, m.end = m.start + i, m.end + i
                return m
            break
        return None

    def value(self, i: int) -> Mention | None:
        return next((v for v in self.values if v.start == i and i not in self.used), None)

    def prev(self, i: int) -> int | None:
        j = i - 1
        while j >= 0 and self.tokens[j].lower in FILLER:
            j -= 1
        return j if j >= 0 else None

    def next_meaningful(self, i: int) -> int | None:
        while i < len(self.tokens) and self.tokens[i].lower in FILLER and i not in self.used:
            i += 1
        return i if i < len(self.tokens) else None

    def short(self, table: str) -> str:
        return "_".join(self.lex.table_words.get(table, [table.split(".")[-1]])).lower()

    def said(self, table: str) -> str:
        """A table as words for messages: "job history"."""
        return " ".join(self.lex.table_words.get(table, [table.split(".")[-1]])).lower()

    def one(self, table: str) -> str:
        """One row of a table in words: "customer", "job history"."""
        words = self.said(table).split()
        return " ".join(words[:-1] + [IRREGULAR.get(words[-1], singular(words[-1]))]) if words else table

    def reading(self) -> str:
        """What was understood so far, in words (a hint for an LLM in hybrid mode)."""
        parts = []
        if self.q.entity:
            parts.append(f"about {self.short(self.q.entity)}")
        parts += [f"{m.agg.lower()} of {m.table}" for m in self.q.measures]
        parts += [f"per {g.column or g.table}" for g in self.q.groups]
        parts += [f"{c.col.column} {c.op} {c.value or ''}".strip() for c in self.q.conditions]
        return ", ".join(parts)

    # -- linking decisions ------------------------------------------------------------------

    def _entity(self) -> str | None:
        head = self.values[0] if self.values and self.next_meaningful(0) == self.values[0].start else None
        if head is not None and self.lower(head.end) == "of" and len({t for t, _, _ in head.values}) == 1:
            return head.values[0][0]                  # "spouses of employees": the dependents
        listed = self._listed_of()
        if listed is not None:
            return listed
        for m in self.mentions:
            if not m.tables or any(v.start <= m.start < v.end and len(v.values) and v.end - v.start > m.end - m.start
                                   for v in self.values):
                continue
            if m.end - m.start == 1 and is_verb_form(self.tokens[m.start].lower):
                continue                              # "quantity sold", "customers who ordered"
            if self.lower(m.end) in ("of", "for") and self.lex.figures.get(m.tables[0]) in {c for _, c in m.columns}:
                continue                              # "the rating of all movies": the movies' stars
            j = m.start - 1
            while j >= 0 and self.tokens[j].lower in _SKIP_BACK:
                j -= 1
            if j >= 0 and self.tokens[j].lower in _SECONDARY and not (j == 1 and self.lower(0) in ("list", "show")):
                continue
            return m.tables[0]
        words = {t.lower for t in self.tokens}
        if not words & {"how", "number", "count", "total", "sum", "average", "avg", "per", "by", "most"}:
            after_every = [m for m in self.mentions if m.tables and self.lower(m.start - 1) in ("every", "each", "all")]
            if after_every:
                return after_every[0].tables[0]       # "the name of every category"
        return None

    def _listed_of(self) -> str | None:
        """"Names and departments of students ...": the table after a leading list of columns."""
        i = self.next_meaningful(0)
        first = self.mention(i)
        if first is None or not first.columns:
            return None
        while i is not None and (m := self.mention(i)) is not None and (m.columns or m.tables):
            i = m.end
            if self.lower(i) in ("and", ","):
                i += 1
            elif self.lower(i) == "of":
                owner = self.mention(self.next_meaningful(i + 1))
                return owner.tables[0] if owner is not None and owner.tables else None
            else:
                return None
        return None

    def require_entity(self, m: Mention) -> str:
        if self.q.entity is None:
            raise cannot(f"I could not tell whose {m.text(self.tokens)} to count.",
                         "Start with the table you ask about, e.g. 'customers with more than 5 orders'.",
                         self.reading())
        return self.q.entity

    def related_target(self, m: Mention) -> str | None:
        target = m.tables[0]
        return target if target != self.q.entity and self.q.entity is not None else None

    def context_tables(self) -> list[str]:
        out = [self.q.entity] if self.q.entity else []
        out += [m.table for m in self.q.measures]
        out += [m.tables[0] for m in self.mentions if m.tables]
        return list(dict.fromkeys(out))

    def tables_near(self) -> list[str]:
        """The question's tables first, then the others by distance from them."""
        first = self.context_tables()
        rest = sorted(self.tables - set(first), key=lambda t: (self.distance(first, t), t))
        return first + rest

    def distance(self, anchors: list[str], table: str) -> int:
        best = 99
        for a in anchors:
            p = self.planner.graph.path(a, table, 4)
            if p is not None:
                best = min(best, len(p))
        return best

    def pick_column(self, m: Mention, options: list[tuple[str, str]]) -> Col:
        return pick_column(self, m, options)

    def of_value(self, end: int, start: int) -> bool:
        """Whether the words from `end` to `start` join a column to the value after it with one "of /
        in / for" ("population and area of Florida"), never through another "of" ("the population of
        the capital of Texas" is the capital's)."""
        between = [t.lower for t in self.tokens[end:start]]
        leads = sum(w in ("of", "in", "for") for w in between)
        return leads == 1 and all(w in ("of", "in", "for", "the", "and", ",") or self.mention(end + k) is not None
                                  for k, w in enumerate(between))

    def entity_column(self, kinds: tuple[str, ...]) -> Col | None:
        if self.q.entity is None:
            return None
        for key, kind in ((k, kind) for k in (self.q.entity, *person_of(self, self.q.entity)) for kind in kinds):
            named = [c.name for c in self.lex.table(key).columns if kind in c.name.lower() and is_numeric(c)]
            if named:
                return Col(key, named[0])
        return None

    def entity_date(self) -> Col | None:
        """The entity's date, else its one integer year when it has no date ("oldest museum": `open_year`)."""
        if self.q.entity is None:
            return None
        columns = self.lex.table(self.q.entity).columns
        year = year_column_of(self, self.q.entity)
        if year is not None and not any(is_date(c) for c in columns):
            return Col(self.q.entity, year)
        return self.date_column_near(self.q.entity)

    def date_column_near(self, start: str) -> Col | None:
        """The one date column of `start`, else of the nearest joined table that has exactly one."""
        found: list[Col] = []
        for key in [start] + sorted(self.tables - {start}, key=lambda t: (self.distance([start], t), t)):
            if self.distance([start], key) > 3 or found and self.distance([start], key) > self.distance(
                    [start], found[0].table):
                break
            dates = date_columns(self.lex.table(key), births=key == start)
            if len(dates) > 1:
                own = own_event_date(self.lex, key, dates)     # loans.loan_date, not due_date / return_date
                if own is None:
                    return None
                dates = [own]
            found += [Col(key, d) for d in dates]
            if found and key == start:
                break
        events = [c for c in found if not self.named(c.table)]   # lines in 2025: their entry's date, not
        if len(found) > 1 and len(events) == 1:                   # the date their named account opened
            return events[0]
        return found[0] if len(found) == 1 else None   # two tables as near, each with a date: ambiguous

    def named(self, table: str) -> bool:
        return any(w.lower() in ("name", "first", "last", "title") for c in self.lex.labels(table)
                   for w in self.lex.norm_words(c))

    def fact_column(self, name: str) -> Col | None:
        fact = self.q.measures[0].table if self.q.measures else self.q.entity
        if fact is None:
            return None
        col = self.lex.table(fact).column(name)
        return Col(fact, col.name) if col is not None and not is_date(col) else None

    def date_column_for(self, i: int, year: int | None) -> Col | None:
        """The column a date phrase at token i is about: a date column named just before it
        ("hired in", "born before", "due in"), else the measure's or the entity's date."""
        j = self.prev(i)
        if any(m.start <= i - 1 < m.end and any(is_date(self.lex.column(*c)) for c in m.columns)
               for m in self.mentions):
            j = i - 1                                 # a filler word that names a date column: "registered"
        for m in self.mentions:
            if j is not None and m.start <= j < m.end:
                dates = [c for c in m.columns if is_date(self.lex.column(*c))]
                if not dates and year is not None:    # "enrolled in 2021": an integer `enrolled_year`
                    dates = [c for c in m.columns if holds_years(self, *c)]
                if dates and m.start not in self.used:
                    col = self.pick_column(m, dates)
                    own_date_first(self, m, col)
                    self.take(*range(m.start, m.end))
                    return col
                # the date belongs to a table named by a verb ("who ordered in") or its object
                # ("placed orders in"), not to any table before it ("orders of gold customers in")
                k = m.start - 1
                while self.lower(k) in ("a", "an", "any", "the"):
                    k -= 1                            # "never placed an order in 2025", "without orders in 2025"
                verb = any(is_verb_form(w) for w in (self.tokens[m.end - 1].lower, self.lower(k))) or \
                    (k >= 0 and self.tokens[k].kind == "number") or self.lower(k) in _RELATED_WORDS
                if m.tables and m.start not in self.used and verb:   # "customers who ordered in 2025"
                    own = [c.name for c in self.lex.table(m.tables[0]).columns if is_date(c)]
                    if len(own) > 1:                 # "more than 5 loans in 2025": the loans' own date
                        own = [one_event_date(self.lex, m.tables[0], own)]
                    if len(own) == 1:
                        return Col(m.tables[0], own[0])
                    year_col = year_column_of(self, m.tables[0])
                    if not own and year is not None and year_col is not None:
                        return Col(m.tables[0], year_col)   # "taught in 2023"
                    if not own:                          # "no journal lines in 2025": their entry's date
                        return related_rows_date(self, m)
        if (col := verb_named_date(self, i, year is not None) or self._date_after_value(j)) is not None:
            return col
        if year is not None and (col := year_column_for(self, i)) is not None:
            return col
        anchor = self.q.measures[0].table if self.q.measures else self.q.entity
        if anchor is None:
            anchors = [m.tables[0] for m in self.mentions if m.tables]
            anchor = anchors[0] if anchors else None
        if anchor is None:
            return None
        if year is not None:
            year_column = self.lex.table(anchor).column("year")
            if year_column is not None and holds_years(self, anchor, year_column.name):
                return Col(anchor, year_column.name)
        found = self.date_column_near(anchor) or self.verb_date(year is not None)
        return found if found is not None or year is None else value_year(self, anchor)

    def _date_after_value(self, j: int | None) -> Col | None:
        """"Machines that had corrective maintenance in 2025": the own date of the value's table."""
        v = next((v for v in self.values if j is not None and v.end == j and self.mention(j) is None), None)
        tables = {x[0] for x in v.values} if v is not None else set()
        if len(tables) != 1 or (table := tables.pop()) == self.q.entity:
            return None
        dates = [c.name for c in self.lex.table(table).columns if is_date(c)]
        own = dates if len(dates) == 1 else [d for d in [own_event_date(self.lex, table, dates)] if d]
        return Col(table, own[0]) if own else None

    def verb_date(self, year_ok: bool) -> Col | None:
        """The date (or integer year) of the one table a verb names: "students who took Robotics
        in 2022", "courses taught per year"."""
        found = []
        for m in self.mentions:
            if m.tables and m.end - m.start == 1 and is_verb_form(self.tokens[m.start].lower):
                table = self.lex.table(m.tables[0])
                dates = [c.name for c in table.columns if is_date(c)]
                year = year_column_of(self, m.tables[0])
                if len(dates) == 1:
                    found.append(Col(m.tables[0], dates[0]))
                elif not dates and year_ok and year is not None:
                    found.append(Col(m.tables[0], year))
        return found[0] if len(found) == 1 else None

    def planned_tables(self) -> set[str]:
        tables = self.q.tables()
        if not tables:
            return set()
        root = self.q.measures[0].table if self.q.measures else tables[0]
        related = {t for x in self.q.related for e in self.planner.path(x.entity, x.target)
                   for t in (e.left_table, e.right_table)}
        try:
            return set(self.planner.plan(root, tables).tables()) | related
        except Exception:
            return set(tables) | related

    # -- building the query -----------------------------------------------------------------

    def add_measure(self, m: Measure) -> None:
        same_column = m.cols and all(x.cols == m.cols for x in self.q.measures)   # "average, minimum and maximum age"
        if len(self.q.measures) >= (4 if same_column else 2):
            raise cannot("The question asks for too many figures at once.", "Ask for one or two at a time.",
                         self.reading())
        self.q.measures.append(m)

    def rank_by(self, m: Measure) -> None:
        entity = self.q.entity
        if entity is not None and len(m.cols) == 1 and m.cols[0].table == entity and m.per is None:
            self.q.order = (m.cols[0], not self.ascending)           # a column of the ranked rows
            if self.which:
                self.q.projection.append(m.cols[0])
                self.q.identify = True
            return
        self.add_measure(m)
        self.q.order = (m, not self.ascending)
        if entity is not None and not self.q.groups and entity != m.table or (
                entity is not None and m.agg == "COUNT" and m.table != entity):
            self.q.groups.append(Group(entity))
