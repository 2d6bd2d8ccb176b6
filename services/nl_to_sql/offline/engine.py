"""The offline engine: a deterministic, rule-based translator for common question shapes.

It reads the question against the retrieved schema (table and column names, their word parts,
types and foreign keys) and builds SQL for: counts, row lists, top-N by a measure, sum / average /
min / max, filters on named values, numbers, booleans and dates, and "per / by" groupings.
Every word of the question must be understood; anything left over means the engine would be
guessing, so it refuses with CANNOT_ANSWER and a suggestion instead of emitting SQL.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date

from contracts.errors import ErrorCode, ServiceError
from services.nl_to_sql.offline.lexicon import (
    DATE_TYPES,
    NUMERIC_TYPES,
    TEXT_TYPES,
    Mention,
    Phrase,
    Token,
    build_phrases,
    find_mentions,
    tokenize,
    type_is,
)
from services.nl_to_sql.schema import Schema, Table

MODEL_NAME = "offline-rules-v1"
DEFAULT_LIST_LIMIT = 100

# Words that carry no meaning for the query shape once the rest is understood.
FILLER = frozenset("""
a an the of for to in on at with and is are was were be been do does did what which who whom
whose me my our we i you your please show list give get find tell all there their this
that these those as from into it its have has had any some can could would display return
name names record records row rows entry entries placed made
registered living live lives located based working work works currently ever where when
value values exist existing us overall
""".split())
SHAPE_WORDS = frozenset("how many much number count total sum average avg mean maximum max minimum min "
                        "highest lowest largest smallest biggest top most least fewest first last per by each "
                        "every sorted ordered than over above under below between since before after".split())
AGGREGATES = {"average": "AVG", "avg": "AVG", "mean": "AVG", "total": "SUM", "sum": "SUM",
              "maximum": "MAX", "max": "MAX", "highest": "MAX", "largest": "MAX", "biggest": "MAX",
              "minimum": "MIN", "min": "MIN", "lowest": "MIN", "smallest": "MIN"}
COMPARATORS = {("more", "than"): ">", ("greater", "than"): ">", ("higher", "than"): ">",
               ("larger", "than"): ">", ("over",): ">", ("above",): ">", ("at", "least"): ">=",
               ("less", "than"): "<", ("fewer", "than"): "<", ("lower", "than"): "<",
               ("under",): "<", ("below",): "<", ("at", "most"): "<=", (">",): ">", (">=",): ">=",
               ("<",): "<", ("<=",): "<=", ("=",): "=", ("equal", "to"): "=", ("exactly",): "=",
               ("cheaper", "than"): "<", ("more", "expensive", "than"): ">"}
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
TIME_UNITS = {"day", "week", "month", "quarter", "year"}
SUPERLATIVES = {"expensive": ("price", "DESC"), "cheapest": ("price", "ASC"), "cheap": ("price", "ASC"),
                "recent": ("date", "DESC"), "latest": ("date", "DESC"), "newest": ("date", "DESC"),
                "oldest": ("date", "ASC"), "earliest": ("date", "ASC")}
REVENUE_WORDS = {"revenue"}


@dataclass
class Generated:
    sql: str
    explanation: str
    tables: list[str]


def cannot(message: str, suggestion: str) -> ServiceError:
    return ServiceError(ErrorCode.CANNOT_ANSWER, message, suggestion=suggestion)


@dataclass
class Measure:
    agg: str                        # COUNT, SUM, AVG, MIN, MAX
    table: str
    expr: str                       # SQL over the table, or "*" for COUNT
    label: str


@dataclass
class Query:
    entity: str | None = None
    count: bool = False
    measure: Measure | None = None
    group: tuple[str, str | None] | None = None      # (table, column or None for the row itself)
    group_time: str | None = None                    # day/week/month/... on a date column
    top_n: int | None = None
    order: tuple[str, str] | None = None             # (SQL expr, ASC/DESC)
    filters: list[tuple[str, str]] = field(default_factory=list)  # (table, SQL condition)
    needed: list[str] = field(default_factory=list)  # tables to join
    ascending: bool = False                          # top-N from the bottom ("fewest")
    projection: list[tuple[str, str]] = field(default_factory=list)  # columns a list shows
    related: set[str] = field(default_factory=set)   # tables counted per entity row
    distinct: bool = False                           # "distinct countries of customers"


class Parser:
    def __init__(self, question: str, schema: Schema, full_schema: Schema,
                 value_hints: dict[tuple[str, str], list[str]] | None = None):
        self.question = question
        self.schema = schema
        self.full = full_schema
        self.hints = value_hints or {}
        self.tokens: list[Token] = tokenize(question)
        self.used: set[int] = set()
        self.mentions = find_mentions(self.tokens, build_phrases(schema))
        self.q = Query()
        self.group_mention: Mention | None = None

    # -- helpers ------------------------------------------------------------------------------

    def word(self, i: int) -> str:
        return self.tokens[i].stem if 0 <= i < len(self.tokens) else ""

    def lower(self, i: int) -> str:
        return self.tokens[i].lower if 0 <= i < len(self.tokens) else ""

    def take(self, *indexes: int) -> None:
        self.used.update(indexes)

    def mention_at(self, i: int) -> Mention | None:
        return next((m for m in self.mentions if m.start == i), None)

    def table(self, key: str) -> Table:
        return self.schema.tables[key]

    def pick(self, mention: Mention, prefer: list[str]) -> Phrase:
        """Choose among same-named options: the entity first, then tables named in the question."""
        for key in prefer:
            for p in mention.options:
                if p.table == key:
                    return p
        if len(mention.options) > 1 and prefer:
            edges = self.full.edges()

            def distance(p: Phrase) -> int:
                path = self.full.join_path(prefer[0], p.table, edges)
                return len(path) if path is not None else 99
            return min(mention.options, key=distance)
        tables_named = [m.options[0].table for m in self.mentions if m.is_table]
        for key in tables_named:
            for p in mention.options:
                if p.table == key:
                    return p
        return mention.options[0]

    def col(self, table: str, column: str) -> str:
        return f"{table}.{column}"

    # -- the passes -----------------------------------------------------------------------------

    def parse(self) -> Query:
        if not self.tokens:
            raise cannot("The question is empty.", "Ask about the data, e.g. 'How many orders are there?'")
        self.parse_entity()
        self.parse_top()
        self.parse_comparisons()
        self.parse_group_and_measures()
        self.parse_dates()
        self.parse_value_filters()
        self.check_everything_understood()
        return self.q

    def parse_entity(self) -> None:
        for m in self.mentions:
            if m.is_table:
                self.q.entity = next(p.table for p in m.options if p.column is None)
                return

    def parse_top(self) -> None:
        t = self.tokens
        for i, tok in enumerate(t):
            if tok.lower in ("top", "first", "last") and i + 1 < len(t) and t[i + 1].kind == "number" \
                    and not (i + 2 < len(t) and t[i + 2].stem in TIME_UNITS):
                self.q.top_n = int(float(t[i + 1].text))
                self.take(i, i + 1)
            elif tok.kind == "number" and i + 1 < len(t) and (
                    t[i + 1].lower in SUPERLATIVES or t[i + 1].lower in ("most", "least")
                    or getattr(self.mention_at(i + 1), "is_table", False)) and i not in self.used \
                    and self.lower(i - 1) not in ("than", "over", "above", "under", "below", "least", "most") \
                    and float(tok.text) < 1000 and not re.fullmatch(r"(19|20)\d\d", tok.text):
                self.q.top_n = int(float(tok.text))
                self.take(i)
            if tok.lower in SUPERLATIVES:
                kind, direction = SUPERLATIVES[tok.lower]
                entity = self.q.entity
                if entity is None:
                    continue
                column = self.find_column(entity, kind)
                if column is None:
                    raise cannot(f"I don't know what '{tok.text}' means for {entity}.",
                                 "Name the column to sort by, e.g. 'top 5 products by unit price'.")
                self.q.order = (self.col(entity, column), direction)
                self.take(i)
                if self.lower(i - 1) == "most":
                    self.take(i - 1)
                self.q.top_n = self.q.top_n or (1 if self.lower(i - 1) == "most" else None)

    def parse_related_counts(self) -> None:
        """'customers with more than 5 orders', 'products without order items', 'stores with no
        employees': a condition on how many related rows each entity row has."""
        entity = self.q.entity
        if entity is None:
            return
        for m in self.mentions:
            if not m.is_table or m.start in self.used:
                continue
            key = next(p.table for p in m.options if p.column is None)
            if key == entity:
                continue
            i = m.start
            if self.lower(i - 1) == "without" or (self.lower(i - 1) == "no" and self.lower(i - 2) == "with"):
                op, n, first = "=", 0, i - 1 if self.lower(i - 1) == "without" else i - 2
            elif i >= 2 and self.tokens[i - 1].kind == "number":
                found = None
                for k in range(i - 2, max(-1, i - 5), -1):
                    cmp = self.comparator_at(k)
                    if cmp and k + cmp[1] == i - 1:
                        found = (k, cmp[0])
                if found is None:
                    continue
                first, op, n = found[0], found[1], int(float(self.tokens[i - 1].text))
            else:
                continue
            condition = self.related_count(entity, key, op, n)
            if condition is None:
                continue
            self.q.filters.append((entity, condition))
            self.q.related.add(key)
            self.take(*range(first, m.end))
            if self.lower(first - 1) == "with" and first - 1 not in self.used:
                self.take(first - 1)

    def related_count(self, entity: str, key: str, op: str, n: int) -> str | None:
        path = self.full.join_path(entity, key)
        pk = self.full.tables[entity].primary_key
        if not path or len(pk) != 1:
            return None
        joins = " ".join(f"JOIN {to_key} ON {on}" for _, to_key, on in path)
        inner = f"SELECT {entity}.{pk[0]} FROM {entity} {joins} GROUP BY {entity}.{pk[0]}"
        if op == "=" and n == 0:
            return f"{entity}.{pk[0]} NOT IN ({inner})"
        if op in ("<", "<=") or (op == "=" and n == 0):
            raise cannot("Counting rows with fewer related rows than a number is not supported offline.",
                         "Ask for the rows with none, or with more than a number.")
        target_pk = self.full.tables[key].primary_key
        counted = f"DISTINCT {key}.{target_pk[0]}" if len(target_pk) == 1 else "*"
        return f"{entity}.{pk[0]} IN ({inner} HAVING COUNT({counted}) {op} {n})"

    def find_column(self, table: str, kind: str) -> str | None:
        return self.find_column_in(self.table(table), kind)

    @staticmethod
    def find_column_in(table: Table, kind: str) -> str | None:
        cols = table.columns
        if kind == "price":
            named = [c.name for c in cols if "price" in c.name.lower() or "cost" in c.name.lower()]
        else:
            named = [c.name for c in cols if type_is(c.type, DATE_TYPES)]
        return named[0] if named else None

    # dates ------------------------------------------------------------------------------------

    def date_column_near(self, i: int) -> tuple[str, str] | None:
        """The date column a date phrase at token i refers to: a verb naming it ('hired',
        'signed up'), else the closest table named before it that has one, else the entity."""
        for j in (i - 1, i - 2):
            w = self.lower(j)
            if len(w) >= 4:
                for key in self.schema.tables:
                    for c in self.table(key).columns:
                        if type_is(c.type, DATE_TYPES) and any(
                                part.startswith(w[:-2] if w.endswith("ed") else w) and len(w) - 2 >= 3
                                for part in c.name.lower().split("_")):
                            self.take(j)
                            if self.lower(j + 1) == "up":
                                self.take(j + 1)
                            return key, c.name
        # A measure's facts carry the date ("revenue per store in 2024" is about orders, not
        # about when the store opened); a grouping dimension never does.
        if self.q.measure and self.q.measure.agg != "COUNT" or (self.q.measure and not self.q.entity):
            return self.nearest_date_column(self.q.measure.table)
        group_table = self.q.group[0] if self.q.group else None
        tables_before = [m for m in self.mentions if m.is_table and m.start < i
                         and m.options[0].table != group_table]
        for m in reversed(tables_before):
            key = next(p.table for p in m.options if p.column is None)
            col = self.find_column(key, "date")
            if col:
                return key, col
        anchor = self.q.entity or (self.q.measure.table if self.q.measure else None)
        return self.nearest_date_column(anchor) if anchor else None

    def nearest_date_column(self, start: str) -> tuple[str, str] | None:
        """The date column of `start`, else of the closest table joined to it by foreign keys
        ("revenue in 2025": order lines have no date, their orders do)."""
        edges = self.full.edges()
        seen, frontier = {start}, [start]
        while frontier:
            for key in frontier:
                if key in self.full.tables and (col := self.find_column_in(self.full.tables[key], "date")):
                    return key, col
            frontier = sorted({o for k in frontier for o, *_ in edges.get(k, []) if o not in seen})
            seen.update(frontier)
        return None

    def parse_dates(self) -> None:
        t = self.tokens
        i = 0
        while i < len(t):
            rng = self.date_range_at(i)
            if rng is None:
                i += 1
                continue
            start, end, width = rng
            target = self.date_column_near(i)
            if target is None:
                raise cannot("The question names a date but none of the tables I found has a date column.",
                             "Name the table that holds the date.")
            key, column = target
            expr = self.col(key, column)
            conds = []
            if start:
                conds.append(f"{expr} >= {start}")
            if end:
                conds.append(f"{expr} < {end}")
            self.q.filters.append((key, " AND ".join(conds)))
            self.take(*range(i, i + width))
            i += width

    def date_range_at(self, i: int) -> tuple[str | None, str | None, int] | None:
        """Recognise a date phrase starting at token i: (start SQL, end SQL, tokens consumed)."""
        w = self.lower(i)
        t = self.tokens

        def lit(d: date) -> str:
            return f"DATE '{d.isoformat()}'"

        def year_at(j: int) -> int | None:
            if 0 <= j < len(t) and t[j].kind == "number" and re.fullmatch(r"(19|20)\d\d", t[j].text):
                return int(t[j].text)
            return None

        if w in ("in", "during") and self.lower(i + 1) in MONTHS and (y := year_at(i + 2)):
            m = MONTHS[self.lower(i + 1)]
            end = date(y + (m == 12), m % 12 + 1, 1)
            return lit(date(y, m, 1)), lit(end), 3
        if w in ("in", "during") and (y := year_at(i + 1)):
            return lit(date(y, 1, 1)), lit(date(y + 1, 1, 1)), 2
        if w == "between" and i + 3 < len(t) and t[i + 1].kind == "date" and self.lower(i + 2) == "and" \
                and t[i + 3].kind == "date":
            return f"DATE '{t[i + 1].text}'", f"DATE '{t[i + 3].text}' + 1", 4
        if w in ("since", "after", "from") and i + 1 < len(t) and t[i + 1].kind == "date":
            op_start = f"DATE '{t[i + 1].text}'" + (" + 1" if w == "after" else "")
            return op_start, None, 2
        if w in ("since", "after") and (y := year_at(i + 1)):
            y += 1 if w == "after" else 0
            return lit(date(y, 1, 1)), None, 2
        if w == "before" and i + 1 < len(t) and t[i + 1].kind == "date":
            return None, f"DATE '{t[i + 1].text}'", 2
        if w == "before" and (y := year_at(i + 1)):
            return None, lit(date(y, 1, 1)), 2
        if w in ("last", "past") and i + 2 < len(t) and t[i + 1].kind == "number" \
                and t[i + 2].stem in TIME_UNITS:
            n, unit = int(float(t[i + 1].text)), t[i + 2].stem
            return f"CURRENT_DATE - INTERVAL '{n} {unit}'", None, 3
        if w in ("this", "last") and self.word(i + 1) in ("year", "month"):
            unit = self.word(i + 1)
            this = f"date_trunc('{unit}', CURRENT_DATE)"
            if w == "this":
                return this, None, 2
            return f"{this} - INTERVAL '1 {unit}'", this, 2
        return None

    # numbers, booleans -----------------------------------------------------------------------

    def comparator_at(self, i: int) -> tuple[str, int] | None:
        for words, op in sorted(COMPARATORS.items(), key=lambda kv: -len(kv[0])):
            if tuple(self.lower(i + k) for k in range(len(words))) == words:
                return op, len(words)
        return None

    def parse_comparisons(self) -> None:
        for m in self.mentions:
            phrase = self.pick(m, [self.q.entity] if self.q.entity else [])
            if phrase.column is None:
                continue
            column = self.table(phrase.table).column(phrase.column)
            if column is None:
                continue
            j = m.end
            if self.lower(j) in ("is", "of"):
                j += 1
            if type_is(column.type, NUMERIC_TYPES) and (cmp := self.comparator_at(j)):
                op, width = cmp
                k = j + width
                if k < len(self.tokens) and self.tokens[k].kind == "number":
                    self.q.filters.append((phrase.table, f"{self.col(phrase.table, phrase.column)} {op} {self.tokens[k].text}"))
                    self.take(*range(m.start, k + 1))
            elif column.type.lower().startswith("bool"):
                negated = self.lower(m.start - 1) in ("not", "non", "no") or self.lower(m.start - 2) == "no"
                self.q.filters.append((phrase.table, f"{self.col(phrase.table, phrase.column)} = {'false' if negated else 'true'}"))
                self.take(*range(m.start, m.end))
                if negated:
                    self.take(m.start - 1)
        self.parse_related_counts()
        # "cheaper than 20", "more expensive than 100" without a column: the entity's price.
        for i in range(len(self.tokens)):
            if i in self.used or self.lower(i) not in ("cheaper", "more"):
                continue
            cmp = self.comparator_at(i)
            if cmp and (i + cmp[1]) < len(self.tokens) and self.tokens[i + cmp[1]].kind == "number" \
                    and ("cheaper" in self.lower(i) or self.lower(i + 1) == "expensive") and self.q.entity:
                price = self.find_column(self.q.entity, "price")
                if price:
                    self.q.filters.append((self.q.entity, f"{self.col(self.q.entity, price)} {cmp[0]} {self.tokens[i + cmp[1]].text}"))
                    self.take(*range(i, i + cmp[1] + 1))

    # measures and groups ----------------------------------------------------------------------

    def measure_after(self, i: int, agg: str | None) -> tuple[Measure, int] | None:
        """A measure starting at token i: a numeric column, revenue, or (number of) a table."""
        if self.lower(i) in ("number", "count") and self.lower(i + 1) == "of":
            m = self.mention_at(i + 2)
            if m and m.is_table:
                key = next(p.table for p in m.options if p.column is None)
                return Measure("COUNT", key, self.count_expr(key), f"{key.split('.')[-1]}_count"), m.end
        if self.word(i) in REVENUE_WORDS or (self.lower(i) == "sales" and agg == "SUM"):
            return self.revenue(), i + 1
        m = self.mention_at(i)
        if m is None:
            return None
        phrase = self.pick(m, [self.q.entity] if self.q.entity else [])
        if phrase.column is None:
            if agg in (None, "SUM") and phrase.table != self.q.entity:
                return Measure("COUNT", phrase.table, self.count_expr(phrase.table),
                               f"{phrase.table.split('.')[-1]}_count"), m.end
            return None
        column = self.table(phrase.table).column(phrase.column)
        if column is None or not type_is(column.type, NUMERIC_TYPES):
            return None
        agg = agg or "SUM"
        return Measure(agg, phrase.table, self.col(phrase.table, phrase.column),
                       f"{agg.lower()}_{phrase.column}"), m.end

    def count_expr(self, key: str) -> str:
        pk = self.table(key).primary_key
        return f"DISTINCT {self.col(key, pk[0])}" if len(pk) == 1 else "*"

    def revenue(self) -> Measure:
        for key, table in self.schema.tables.items():
            qty = next((c.name for c in table.columns if c.name.lower() in ("quantity", "qty")), None)
            price = next((c.name for c in table.columns if "price" in c.name.lower()), None)
            if qty and price:
                return Measure("SUM", key, f"{self.col(key, qty)} * {self.col(key, price)}", "revenue")
        for key, table in self.schema.tables.items():
            amount = next((c.name for c in table.columns
                           if c.name.lower() in ("amount", "total", "total_amount", "revenue")), None)
            if amount:
                return Measure("SUM", key, self.col(key, amount), "revenue")
        raise cannot("I could not find what revenue is computed from in this schema.",
                     "Name the column to add up, e.g. 'total amount of payments'.")

    def parse_group_and_measures(self) -> None:
        t = self.tokens
        for i, tok in enumerate(t):
            if i in self.used:
                continue
            w = tok.lower
            if w in ("per", "by", "each") or (w == "for" and self.lower(i + 1) == "each") \
                    or (w == "in" and self.lower(i + 1) == "each"):
                j = i + 1
                while self.lower(j) in ("each", "the", "every"):
                    j += 1
                if self.q.top_n is not None and w == "by":
                    found = self.measure_after(j, None)
                    if found:
                        measure, end = found
                        self.set_measure(measure)
                        self.take(*range(i, end))
                        continue
                if self.word(j) in TIME_UNITS:
                    self.q.group_time = self.word(j)
                    self.take(*range(i, j + 1))
                    continue
                m = self.mention_at(j)
                if m and w == "by" and self.lower(i - 1) in ("sorted", "ordered", "sort", "order"):
                    phrase = self.pick(m, [self.q.entity] if self.q.entity else [])
                    if phrase.column is not None:
                        descending = self.lower(m.end) in ("descending", "desc")
                        self.q.order = (self.col(phrase.table, phrase.column), "DESC" if descending else "ASC")
                        self.take(i - 1, *range(i, m.end + (1 if self.lower(m.end) in
                                                            ("descending", "desc", "ascending", "asc") else 0)))
                    continue
                if m:
                    self.take(*range(i, m.end))
                    self.group_mention = m
        for i, tok in enumerate(t):
            # "which store has the most orders": the top store by its number of orders
            if i in self.used or tok.lower not in ("most", "fewest", "least"):
                continue
            m = self.mention_at(i + 1)
            if m and m.is_table and self.q.entity:
                key = next(p.table for p in m.options if p.column is None)
                if key != self.q.entity:
                    self.set_measure(Measure("COUNT", key, self.count_expr(key), f"{key.split('.')[-1]}_count"))
                    self.q.top_n = self.q.top_n or 1
                    self.q.ascending = tok.lower != "most"
                    self.take(i, *range(m.start, m.end))
                    if self.lower(i - 1) == "the":
                        self.take(i - 1)
        for i, tok in enumerate(t):
            if i in self.used:
                continue
            if tok.lower in ("how", "number", "count") and (
                    self.lower(i + 1) in ("many", "of") or tok.lower == "count"):
                self.q.count = True
                self.take(i, i + 1) if tok.lower != "count" else self.take(i)
            elif tok.lower in AGGREGATES:
                found = self.measure_after(i + 1, AGGREGATES[tok.lower])
                if found is None and self.lower(i + 1) in ("of", "the"):
                    found = self.measure_after(i + 2, AGGREGATES[tok.lower])
                if found:
                    measure, end = found
                    if tok.lower == "total" and measure.agg == "COUNT":
                        self.q.count = True
                    self.set_measure(measure)
                    self.take(*range(i, end))
            elif tok.stem in REVENUE_WORDS and self.q.measure is None:
                self.set_measure(self.revenue())
                self.take(i)
        if self.group_mention is not None:
            anchor = [self.q.entity or (self.q.measure.table if self.q.measure else None)]
            phrase = self.pick(self.group_mention, [a for a in anchor if a])
            self.q.group = (phrase.table, phrase.column)
        if self.q.top_n is None and "top" in [self.lower(k) for k in range(len(t)) if k not in self.used]:
            k = next(k for k in range(len(t)) if self.lower(k) == "top" and k not in self.used)
            self.q.top_n = 10
            self.take(k)
        if self.q.group and self.q.group[1] is None and self.q.measure \
                and self.q.group[0] == self.q.measure.table:
            self.q.group = None  # "average quantity per order item" is a plain average

    def set_measure(self, measure: Measure) -> None:
        if self.q.measure is not None and self.q.measure != measure:
            raise cannot("The question asks for more than one measure.", "Ask for one figure at a time.")
        self.q.measure = measure

    # named values -----------------------------------------------------------------------------

    def value_at(self, i: int) -> tuple[str, int] | None:
        """A literal value at token i: quoted, a run of capitalised words, a number or one word."""
        if i >= len(self.tokens) or i in self.used:
            return None
        tok = self.tokens[i]
        if tok.kind in ("value", "number", "date"):
            return tok.text, i + 1
        if tok.kind != "word" or tok.lower in FILLER or tok.lower in SHAPE_WORDS or self.mention_at(i):
            return None
        if tok.capitalized:
            j = i
            while j < len(self.tokens) and self.tokens[j].capitalized and not self.mention_at(j) \
                    and j not in self.used:
                j += 1
            return " ".join(x.text for x in self.tokens[i:j]), j
        return tok.text, i + 1

    def label_column(self, key: str) -> str | None:
        table = self.table(key)
        for name in ("name", "title", "label", "code"):
            if table.column(name):
                return name
        names = [c.name for c in table.columns if c.name.lower().endswith("name") and type_is(c.type, TEXT_TYPES)]
        return names[0] if len(names) == 1 else None

    def parse_value_filters(self) -> None:
        for m in self.mentions:
            if m.start in self.used:
                continue
            phrase = self.pick(m, [self.q.entity] if self.q.entity else [])
            j = m.end
            if self.lower(j) in ("is", "=", "of", "named", "called", "equals"):
                j += 1
            if phrase.column is not None:
                column = self.table(phrase.table).column(phrase.column)
                if column is not None and type_is(column.type, TEXT_TYPES) and (found := self.value_at(j)):
                    value, end = found
                    known = self.hints.get((phrase.table, phrase.column))
                    if known is not None and self.tokens[j].kind != "value" \
                            and value.lower() not in {v.lower() for v in known}:
                        continue  # sampled values say this word is not one of the column's
                    self.add_equals(phrase.table, phrase.column, value)
                    self.take(*range(m.start, end))
                continue
            # A table next to a value: "customer 42", "the Books category", "store 'Berlin Mitte'".
            found = self.value_at(j) if j < len(self.tokens) else None
            singular = self.tokens[m.end - 1].lower == self.tokens[m.end - 1].stem
            if found and ((self.tokens[j].kind == "number" and singular) or self.tokens[j].kind == "value"
                          or self.tokens[j].capitalized):
                self.filter_table_by_value(phrase.table, found[0], self.tokens[j].kind)
                self.take(*range(m.start, found[1]))
                continue
            k = m.start - 1
            if k >= 0 and k not in self.used and (self.tokens[k].kind == "value" or self.tokens[k].capitalized):
                start = k
                while start - 1 >= 0 and self.tokens[start - 1].capitalized and start - 1 not in self.used \
                        and not self.mention_at(start - 1) and start - 1 > 0:
                    start -= 1
                if start == 0 and self.tokens[0].lower in FILLER:
                    continue
                value = self.tokens[k].text if self.tokens[k].kind == "value" else \
                    " ".join(x.text for x in self.tokens[start:k + 1])
                self.filter_table_by_value(phrase.table, value, self.tokens[k].kind)
                self.take(*range(start, m.start))
        # Remaining proper nouns or quoted values: look them up in the sampled column values.
        for i, tok in enumerate(self.tokens):
            if i in self.used or self.mention_at(i) or (tok.kind == "word" and tok.lower in FILLER):
                continue
            if tok.kind == "word" and not tok.capitalized:
                # A plain word is a value only if a sampled column holds it ("cancelled", "gold").
                owner = self.column_holding(tok.text)
                if owner is not None:
                    self.add_equals(owner[0], owner[1], tok.text)
                    self.take(i)
                continue
            if not (tok.kind == "value" or tok.capitalized):
                continue
            found = self.value_at(i)
            if not found:
                continue
            value, end = found
            owner = self.column_holding(value)
            if owner is None:
                raise cannot(f"I don't know which column '{value}' is a value of.",
                             f"Name the column, e.g. '... with city {value}' or put the value in quotes after the column name.")
            self.add_equals(owner[0], owner[1], value)
            self.take(*range(i, end))

    def column_holding(self, value: str) -> tuple[str, str] | None:
        lowered = value.lower()
        owners = [(t, c) for (t, c), values in self.hints.items()
                  if t in self.schema.tables and lowered in (v.lower() for v in values)]
        owners.sort(key=lambda tc: (tc[0] != self.q.entity, tc[0], tc[1]))
        return owners[0] if owners else None

    def filter_table_by_value(self, key: str, value: str, kind: str) -> None:
        table = self.table(key)
        if kind == "number" and len(table.primary_key) == 1:
            self.q.filters.append((key, f"{self.col(key, table.primary_key[0])} = {value}"))
            return
        label = self.label_column(key)
        if label is None:
            raise cannot(f"I don't know which column of {key} holds '{value}'.", "Name the column.")
        self.add_equals(key, label, value)

    def add_equals(self, key: str, column: str, value: str) -> None:
        literal = "'" + value.replace("'", "''") + "'"
        self.q.filters.append((key, f"lower({self.col(key, column)}) = lower({literal})"))

    # ------------------------------------------------------------------------------------------

    def parse_projection(self) -> None:
        """Columns named in a list question are what it shows: "first name and email of customers",
        "product names and category name" (a column right after a table name is that table's)."""
        for index, m in enumerate(self.mentions):
            if m.is_table or m.start in self.used:
                continue
            prefer = [self.q.entity] if self.q.entity else []
            before = self.mentions[index - 1] if index else None
            if before is not None and before.is_table and before.end == m.start:
                table = next(p.table for p in before.options if p.column is None)
                if any(p.table == table for p in m.options):
                    prefer = [table]
            phrase = self.pick(m, prefer)
            if phrase.table not in prefer:
                words = " ".join(t.text for t in self.tokens[m.start:m.end])
                raise cannot(f"'{words}' is not a column of {self.q.entity}.",
                             f"Name the table it belongs to, e.g. '{phrase.table.split('.')[-1]} {words}'.")
            assert phrase.column is not None  # a column mention
            if (phrase.table, phrase.column) not in self.q.projection:
                self.q.projection.append((phrase.table, phrase.column))
            self.take(*range(m.start, m.end))

    def check_everything_understood(self) -> None:
        if any(t in self.q.related for t, _ in self.q.filters) or \
                (self.q.measure and self.q.measure.table in self.q.related):
            raise cannot("Conditions on the counted rows (e.g. their dates) are not supported offline "
                         "together with a count of them.",
                         "Ask without the extra condition, or configure an LLM provider.")
        if self.q.count and self.q.top_n is not None and self.q.measure is None and self.q.group is None:
            raise cannot("A count has no top N.", "Ask 'how many …' or 'top 5 … by …', not both.")
        if self.q.order and self.q.top_n is None and (self.q.count or self.q.measure):
            raise cannot("The question mixes a sort order with a single figure.",
                         "Ask either for the figure or for the sorted rows, e.g. '10 most recent orders'.")
        if self.q.group and self.q.group[1] is None and self.q.group[0] == self.q.entity and \
                (self.q.measure is None or self.q.measure.table == self.q.entity):
            raise cannot(f"Grouping {self.q.entity} per {self.q.entity} does not make sense.",
                         "Group by a column or by another table, e.g. 'number of orders per store'.")
        plain_list = not (self.q.count or self.q.measure or self.q.group or self.q.group_time)
        if plain_list:
            self.parse_projection()
            distinct = [t.index for t in self.tokens if t.lower in ("distinct", "different", "unique")
                        and t.index not in self.used]
            if distinct and self.q.projection:
                self.q.distinct = True
                self.take(*distinct)
        involved = {self.q.entity} | {t for t, _ in self.q.filters} | {t for t, _ in self.q.projection}
        if self.q.measure:
            involved.add(self.q.measure.table)
        for m in self.mentions:
            if m.is_table and m.start not in self.used:
                key = next(p.table for p in m.options if p.column is None)
                if key not in involved:
                    raise cannot(f"I don't see how {key} fits into this question.",
                                 "Ask about one thing at a time, e.g. 'number of orders per store'.")
                self.take(*range(m.start, m.end))
        for m in self.mentions:
            if not m.is_table and m.start not in self.used:
                words = " ".join(t.text for t in self.tokens[m.start:m.end])
                raise cannot(f"I don't see what to do with '{words}' in this question.",
                             "Use the column in a filter, grouping or measure, e.g. 'average unit price "
                             "per category' or 'customers with country Germany'.")
        leftovers = [t.text for t in self.tokens if t.index not in self.used
                     and t.lower not in FILLER and not self.mention_at(t.index)
                     and not any(m.start <= t.index < m.end for m in self.mentions)]
        if leftovers:
            raise cannot(f"I don't understand {', '.join(repr(w) for w in leftovers[:5])} in this question.",
                         "Rephrase with table and column names, e.g. 'number of orders per store' or "
                         "'top 5 products by unit price'; or configure an LLM provider.")
        if self.q.entity is None and self.q.measure is None:
            raise cannot("I could not tell which table the question is about.",
                         "Mention what you are asking about, e.g. customers, orders or products.")


class SqlBuilder:
    def __init__(self, q: Query, full: Schema, parser: Parser):
        self.q = q
        self.full = full
        self.parser = parser

    def build(self) -> Generated:
        q = self.q
        base = q.measure.table if (q.measure and not q.entity) else q.entity
        if q.measure and q.group is None and q.top_n is None and not q.group_time and q.entity \
                and q.measure.table != q.entity and q.measure.agg != "COUNT":
            base = q.measure.table  # "average salary of employees in Berlin" style
        assert base is not None  # parse() raises when the question names no table
        needed = [base]
        if q.measure:
            needed.append(q.measure.table)
        if q.group:
            needed.append(q.group[0])
        self.time_column = None
        if q.group_time:
            self.time_column = self.parser.nearest_date_column(base)
            if self.time_column is None:
                raise cannot(f"No table joined to {base} has a date column to group by.",
                             "Group by a column instead.")
            needed.append(self.time_column[0])
        needed += [t for t, _ in q.filters] + [t for t, _ in q.projection]
        joins = self.joins(base, needed)
        where = [c for _, c in q.filters]
        select, group_by, order_by, limit = self.shape(base)
        sql = f"SELECT {', '.join(select)}\nFROM {base}"
        for clause in joins:
            sql += f"\n{clause}"
        if where:
            sql += "\nWHERE " + "\n  AND ".join(where)
        if group_by:
            sql += "\nGROUP BY " + ", ".join(group_by)
        if order_by:
            sql += "\nORDER BY " + order_by
        if limit:
            sql += f"\nLIMIT {limit}"
        tables = list(dict.fromkeys([base] + [t for t in needed if t] + self.join_tables))
        return Generated(sql, self.explain(base), tables)

    def joins(self, base: str, needed: list[str]) -> list[str]:
        joined = {base}
        clauses = []
        self.join_tables: list[str] = []
        edges = self.full.edges()
        for key in dict.fromkeys(needed):
            if key in joined:
                continue
            path = self.full.join_path(base, key, edges)
            if path is None:
                raise cannot(f"I could not find how {base} and {key} are related (no foreign-key path).",
                             "Ask about one table at a time or add documentation for the join.")
            for _, to_key, on in path:
                if to_key not in joined:
                    clauses.append(f"JOIN {to_key} ON {on}")
                    joined.add(to_key)
                    self.join_tables.append(to_key)
        return clauses

    def label(self, key: str) -> list[str]:
        table = self.full.tables[key]
        if table.column("first_name") and table.column("last_name"):
            return [f"{key}.first_name", f"{key}.last_name"]
        label = self.parser.label_column(key)
        return [f"{key}.{label}"] if label else [f"{key}.{table.primary_key[0]}"]

    def pk(self, key: str) -> list[str]:
        return [f"{key}.{c}" for c in self.full.tables[key].primary_key]

    def shape(self, base: str):
        q = self.q
        measure = q.measure
        if q.count and measure is None:
            target = q.entity or base
            measure = Measure("COUNT", target, self.parser.count_expr(target),
                              f"{target.split('.')[-1]}_count")
        agg = f"{measure.agg}({measure.expr})" if measure else None
        if q.group or q.group_time:
            if measure is None:
                target = q.entity or base
                agg = f"COUNT({self.parser.count_expr(target)})"
                alias = f"{target.split('.')[-1]}_count"
            else:
                alias = measure.label
            if q.group_time:
                assert self.time_column is not None  # build() found one
                expr = f"date_trunc('{q.group_time}', {self.time_column[0]}.{self.time_column[1]})::date"
                return [f"{expr} AS {q.group_time}", f"{agg} AS {alias}"], [expr], q.group_time, q.top_n
            assert q.group is not None
            key, column = q.group
            labels = [f"{key}.{column}"] if column else self.label(key)
            keys = labels if column else list(dict.fromkeys(self.pk(key) + labels))
            return labels + [f"{agg} AS {alias}"], keys, f"{alias} DESC, {', '.join(labels)}", q.top_n
        if q.top_n and measure and measure.table != base or (q.top_n and measure and measure.agg == "COUNT"):
            labels = self.label(base)
            return (self.pk(base) + [lab for lab in labels if lab not in self.pk(base)] + [f"{agg} AS {measure.label}"],
                    list(dict.fromkeys(self.pk(base) + labels)), f"{measure.label} {'ASC' if q.ascending else 'DESC'}, {self.pk(base)[0]}", q.top_n)
        if q.top_n and measure:
            return [f"{base}.*"], [], f"{measure.expr} DESC, {self.pk(base)[0]}", q.top_n
        if agg and measure:
            return [f"{agg} AS {measure.label}"], [], None, None
        order = None
        if q.order:
            order = f"{q.order[0]} {q.order[1]}" + (f", {self.pk(base)[0]}" if self.pk(base) else "")
        elif self.pk(base):
            order = self.pk(base)[0]
        names = [c for _, c in q.projection]
        columns = [f"{t}.{c}" + (f" AS {t.split('.')[-1]}_{c}" if names.count(c) > 1 else "")
                   for t, c in q.projection] or [f"{base}.*"]
        if q.distinct:
            plain = [f"{t}.{c}" for t, c in q.projection]
            return ["DISTINCT " + columns[0]] + columns[1:], [], ", ".join(plain), q.top_n or DEFAULT_LIST_LIMIT
        return columns, [], order, q.top_n or DEFAULT_LIST_LIMIT

    def explain(self, base: str) -> str:
        q = self.q
        parts = []
        if q.count:
            parts.append(f"counts {q.entity or base}")
        ranks_rows = (q.top_n and q.measure and not (q.group or q.group_time or q.count)
                      and q.measure.table == base and q.measure.agg != "COUNT")
        if ranks_rows and q.measure:
            parts.append(f"ranks {base} by {q.measure.expr}")
        elif q.measure:
            parts.append(f"computes {q.measure.agg.lower()} of {q.measure.expr.replace('DISTINCT ', '')}")
        if q.group:
            parts.append(f"per {q.group[1] or q.group[0]}")
        if q.group_time:
            parts.append(f"per {q.group_time}")
        if q.top_n:
            parts.append(f"keeps the top {q.top_n}")
        if q.filters:
            parts.append("where " + " and ".join(c for _, c in q.filters))
        if not parts:
            parts.append(f"lists {base}")
        return "Offline engine: " + ", ".join(parts) + "."


def generate(question: str, schema: Schema, full_schema: Schema | None = None,
             value_hints: dict[tuple[str, str], list[str]] | None = None) -> Generated:
    """Translate `question` over the retrieved `schema` (joins may use `full_schema`), or raise
    ServiceError(CANNOT_ANSWER) with a suggestion."""
    parser = Parser(question, schema, full_schema or schema, value_hints)
    query = parser.parse()
    return SqlBuilder(query, full_schema or schema, parser).build()
