"""The shape of a question: what is counted or measured (count, sum, average, min, max,
percentages, revenue, two-level averages) and per what (by / per / each / for every, time
buckets). The order (top-N, superlatives) is `ranking`'s."""
from __future__ import annotations

from typing import TYPE_CHECKING

from contracts.errors import ServiceError
from services.nl_to_sql.offline.coltypes import is_date, is_key_like, is_numeric
from services.nl_to_sql.offline.conditions import read_having
from services.nl_to_sql.offline.countwords import AGGREGATES, count_of_value, distinct_values, listed_column
from services.nl_to_sql.offline.linking import Mention
from services.nl_to_sql.offline.model import Col, Condition, Measure, cannot
from services.nl_to_sql.offline.money import revenue
from services.nl_to_sql.offline.normalise import FILLER, is_verb_form, root
from services.nl_to_sql.offline.render import literal
from services.nl_to_sql.offline.selfjoin import self_column
from services.nl_to_sql.text import singular

if TYPE_CHECKING:
    from services.nl_to_sql.offline.reader import Reader

REVENUE_WORDS = ("revenue", "sales", "turnover", "value", "income", "earnings", "cost")
# Rows that are sums of money themselves: "total fines" adds up their one amount, where "total
# orders" (rows that merely have an amount) could be either.
AMOUNT_ROWS = frozenset({"fine", "fee", "payment", "charge", "expense", "donation", "deposit", "withdrawal",
                         "refund", "penalty", "tip", "contribution", "premium", "bonus"})
MOST = {"most": True, "highest": True, "largest": True, "biggest": True, "greatest": True,
        "longest": True, "least": False, "fewest": False, "lowest": False, "smallest": False, "shortest": False}
_LENGTH_COLUMNS = ("distance", "length", "duration", "minutes", "hours", "days", "seconds", "milliseconds")
# Superlative adjectives that name a kind of column: (column words, descending).
ADJECTIVES = {"expensive": (("price", "cost", "fare"), True), "cheapest": (("price", "cost", "fare"), False),
              "recent": ((), True), "latest": ((), True), "newest": ((), True), "oldest": ((), False),
              "youngest": ((), True), "shortest": ((*_LENGTH_COLUMNS, "height"), False),
              "earliest": ((), False), "longest": (_LENGTH_COLUMNS, True),
              # of rows with such a column ("the largest lake", "the highest mountain"); else the
              # superlative ranks by a measure the question names (MOST)
              **dict.fromkeys(("largest", "biggest"), (("area", "size"), True)), "smallest": (("area", "size"), False),
              "heaviest": (("weight",), True), "lightest": (("weight",), False), "tallest": (("height",), True),
              "highest": (("altitude", "elevation", "height"), True),
              "lowest": (("altitude", "elevation", "height"), False)}
GROUP_WORDS = ("by", "per", "each", "every")


def _figure_measure(r: Reader, col: Col, agg: str | None) -> Measure:
    a = agg or "SUM"
    return Measure(a, col.table, (col,), f"{a.lower()}_{col.column}".lower())


def measure_at(r: Reader, i: int, agg: str | None) -> tuple[Measure, int] | None:
    """A measure starting at token i: [number of] a numeric column, revenue, or a table's rows."""
    j = i
    while r.lower(j) in ("the", "of", "a", "different", "distinct", "unique") and j not in r.used:
        j += 1
    j = r.past_adjectives(j)                          # "most overdue invoices"
    if r.lower(j) in ("number", "count") and r.lower(j + 1) == "of":
        k = r.past_adjectives(j + 2 + (r.lower(j + 2) in ("different", "distinct", "unique")))
        m = r.mention(k)
        if m is not None and m.columns and not m.tables and agg is not None:
            j += 2                                  # "average number of seats": the seats column
        elif m is not None and m.tables:
            table = m.tables[0]
            if agg in ("AVG", "MAX", "MIN"):          # "average number of orders per customer"
                return Measure(agg, table, label=f"{agg.lower()}_{r.short(table)}_count", inner="COUNT",
                               needs_per=True), m.end
            return Measure("COUNT", table, label=f"{r.short(table)}_count"), m.end
    if agg in ("AVG", "MAX", "MIN") and r.lower(j) in ("total", "sum") and j not in r.used and r.mention(j) is None:
        summed = measure_at(r, j + 1, "SUM")          # "average total salary per department"
        if summed is not None and summed[0].cols and summed[0].agg == "SUM":
            inner, after = summed
            return Measure(agg, inner.table, inner.cols, f"{agg.lower()}_total_{inner.cols[0].column}".lower(),
                           needs_per=True), after
    named = r.mention(j)                              # "how many sales": the rows of a `sale` table
    if r.lower(j) in REVENUE_WORDS and j not in r.used and (r.lower(j) != "cost" or _no_cost_column(r, j, agg)) \
            and not (agg is None and named is not None and named.tables):
        end, total = j + 1, revenue(r)
        if agg in ("AVG", "MAX", "MIN"):             # "average revenue per order": of per-order sums
            return Measure(agg, total.table, total.cols, f"{agg.lower()}_revenue", needs_per=True), end
        return total, end
    if (m := r.inner_mention(j)) is None:
        return None
    numeric = [c for c in m.columns if is_numeric(r.lex.column(*c)) and not is_key_like(c[1])
               and c not in r.planner.join_columns]       # `assigned_to.scientist`: a reference, not a figure
    figure = r.lex.figures.get(m.tables[0]) if m.tables else None
    if figure is not None and (m.tables[0], figure) in numeric and singular(r.lower(m.end - 1)) == r.lower(m.end - 1):
        return _figure_measure(r, Col(m.tables[0], figure), agg), m.end   # "highest rating": its stars
    if numeric and m.tables and agg in (None, "SUM") and any(c[0] in m.tables for c in numeric):
        # the words name a table and its own column ("rankings": the table and its `ranking`)
        if agg is None:                               # "how many rankings": the rows
            return Measure("COUNT", m.tables[0], label=f"{r.short(m.tables[0])}_count"), m.end
        said, owned = m.text(r.tokens), next(c[1] for c in numeric if c[0] in m.tables)
        raise cannot(f"'total {said}' could be the number of {r.said(m.tables[0])} rows or the sum of their "
                     f"{owned}.", f"Say 'number of {said}' or 'sum of {owned}'.", r.reading())
    head = r.inner_mention(m.end) if numeric else None
    then = [c for c in (head.columns if head is not None and not head.tables else [])
            if is_numeric(r.lex.column(*c)) and not is_key_like(c[1]) and c[0] in {t for t, _ in numeric}]
    if then:                                        # "population density": the density, the last noun
        m, numeric = head, then
    if numeric and agg is None and m.tables and not any(c in m.exact for c in numeric):
        numeric = []                                  # "how many guests" beside `bookings.num_guests`: the guests
    if numeric:
        col = r.pick_column(m, numeric)
        end = m.end
        if r.lower(end) in REVENUE_WORDS and col.column in r.lex.money_columns(col.table):
            end += 1                                # "fare revenue": the fare is the revenue
        return _figure_measure(r, col, agg), end
    if m.tables:
        table = m.tables[0]
        nxt = r.inner_mention(m.end)
        own = [c for c in (nxt.columns if nxt else []) if c[0] == table and is_numeric(r.lex.column(*c))
               and not is_key_like(c[1])]
        if len(own) == 1 and nxt is not None and agg is not None:   # "total invoice amount": the invoice's amount
            a = agg or "SUM"
            col = Col(*own[0])
            return Measure(a, table, (col,), f"{a.lower()}_{col.column}".lower()), nxt.end
        if agg is not None and nxt is None and r.lower(m.end) == "amount" and len(r.lex.money_columns(table)) == 1:
            col = Col(table, r.lex.money_columns(table)[0])   # "total invoice amount": its one money column
            return Measure(agg, table, (col,), f"{agg.lower()}_{col.column}".lower()), m.end + 1
        if r.lower(m.end) in REVENUE_WORDS and agg == "SUM" and r.mention(m.end) is None:
            return revenue(r), m.end + 1              # "total order revenue": the orders' revenue
        if r.lower(m.end) in REVENUE_WORDS and agg in ("AVG", "MAX", "MIN"):
            # "average order value": the average of per-order sums
            inner = revenue(r)
            if inner.table == table:
                return Measure(agg, table, inner.cols, f"{agg.lower()}_revenue"), m.end + 1
            return Measure(agg, inner.table, inner.cols, f"{agg.lower()}_{r.short(table)}_value", per=table), m.end + 1
        money = r.lex.money_columns(table)
        if agg == "AVG" and len(money) == 1:          # "average payment": of its one amount
            col = Col(table, money[0])
            return Measure("AVG", table, (col,), f"avg_{col.column}".lower()), m.end
        if agg == "SUM" and len(money) == 1 and r.lex.table_words[table] and \
                root(r.lex.table_words[table][-1]) in AMOUNT_ROWS:
            col = Col(table, money[0])
            return Measure("SUM", table, (col,), f"sum_{col.column}".lower()), m.end
        if agg == "SUM" and money:
            said, column = m.text(r.tokens), " ".join(r.lex.norm_words(money[0])).lower()
            raise cannot(f"'total {said}' could be the number of {said} or the sum of their {column}.",
                         f"Say 'number of {said}' or 'total {column}'.", r.reading())
        if agg in (None, "SUM"):
            return Measure("COUNT", table, label=f"{r.short(table)}_count"), m.end
    return None


def _no_cost_column(r: Reader, j: int, agg: str | None) -> bool:
    """"total cost of prescriptions" is their quantity x price, unless a column is named so (`cost`,
    `unit_cost`) or the rows with a quantity are not the question's ("average cost of tracks" is
    their price)."""
    m = r.mention(j)
    if agg not in (None, "SUM") or m is not None and any("cost" in c[1].lower() for c in m.columns):
        return False
    try:
        return revenue(r).table in r.context_tables()
    except ServiceError:
        return m is None


def _add(r: Reader, i: int, measure: Measure) -> None:
    """A measure right after "by" in a ranking ranks the rows; anywhere else it is asked for."""
    j = r.prev(i)
    if j is not None and r.lower(j) == "terms" and r.lower(j - 1) == "in" and (r.q.limit is not None or r.superlative):
        r.rank_by(measure)                            # "in terms of revenue"
        r.take(j - 1, j, j + 1)
    elif j is not None and r.lower(j) == "by" and (r.q.limit is not None or r.superlative):
        r.rank_by(measure)
        r.take(j)
    else:
        r.add_measure(measure)


_IRREGULAR_PAST = frozenset("lent sold bought paid given taken seen made sent won lost flown".split())


def _times_of_verb(r: Reader, i: int) -> bool:
    """"How many times has The Silent Garden been borrowed?": the rows of the one table a verb
    after it names (borrowed: loans)."""
    verbs = [m for m in r.mentions if m.start > i + 2 and m.tables and m.end - m.start == 1
             and m.start not in r.used and (is_verb_form(r.lower(m.start)) or r.lower(m.start) in _IRREGULAR_PAST)]
    if len(verbs) != 1:
        return False
    table = verbs[0].tables[0]
    _add(r, i, Measure("COUNT", table, label=f"{r.short(table)}_count"))
    r.take(i, i + 1, i + 2, verbs[0].start)
    return True


def _count_distinct(r: Reader, i: int, k: int) -> bool:
    """"distinct / different <column>" at token k: the number of its distinct values."""
    if r.lower(k) not in ("distinct", "different", "unique"):
        return False
    d = r.mention(k + 1)
    if d is None and r.lower(k + 1) in ("numbers", "number", "counts", "amounts") and r.lower(k + 2) == "of":
        d = r.mention(k + 3)                          # "different numbers of cylinders": of `Cylinders`
        if d is not None and not all(is_numeric(r.lex.column(*c)) for c in d.columns):
            d = None
    if d is None or not d.columns or d.tables:
        return False
    col = r.pick_column(d, d.columns)
    _add(r, i, Measure("COUNT", col.table, (col,), f"distinct_{col.column}".lower()))
    r.take(*range(i, d.end))
    return True


def _much_of_verb(r: Reader, j: int) -> tuple[Measure, int] | None:
    """"How much did Linda Smith spend (in total)?": the sum of the one figure a later word names."""
    for m in r.mentions:
        figures = [c for c in m.columns if is_numeric(r.lex.column(*c)) and not is_key_like(c[1])
                   and c not in r.planner.join_columns]
        if m.start >= j and m.start not in r.used and not m.tables and len(figures) == 1:
            end = m.end + (r.lower(m.end) == "in" and r.lower(m.end + 1) == "total")
            r.take(*range(m.start, end + (r.lower(end) in ("total", "altogether", "overall"))))
            col = Col(*figures[0])
            return Measure("SUM", col.table, (col,), f"sum_{col.column}".lower()), j
    return None


def read_measures(r: Reader) -> None:
    t = r.tokens
    for i in range(len(t)):
        if i in r.used:
            continue
        w = r.lower(i)
        if w == "count" and r.lower(i + 1) == "the" and r.lower(i + 2) == "number":
            r.take(i, i + 1)                          # "count the number of orders": the number of orders
            continue
        if w == "how" and r.lower(i + 1) == "many" and r.lower(i + 2) == "times" and _times_of_verb(r, i):
            continue
        if w == "how" and r.lower(i + 1) in ("many", "much"):
            found = measure_at(r, i + 2, None)
            if found is None and r.lower(i + 1) == "many" and r.q.entity is not None and r.value(i + 2) is not None \
                    and all(t == r.q.entity for t, _, _ in r.value(i + 2).values):
                found = (Measure("COUNT", r.q.entity, label="count"), i + 2)   # "how many children ... dependents"
            elif found is None and r.lower(i + 1) == "many" and (v := r.value(i + 2)) is not None and \
                    len({(t, c) for t, c, _ in v.values}) == 1:
                found = count_of_value(r, v)            # "how many programmers", "how many cashiers"
            if found is None and r.lower(i + 1) == "many" and _count_distinct(r, i, i + 2):
                continue                             # "how many distinct genres are there?"
            if found is None and r.lower(i + 1) == "many":
                found = distinct_values(r, i + 2)    # "how many product categories are there?"
            if found is None and r.lower(i + 1) == "much":
                found = _much_of_verb(r, i + 2)        # "how much did Linda Smith spend"
            if found is None and r.lower(i + 1) == "many":
                said = ", ".join("'" + t.text + "'" for t in r.tokens[i + 2:i + 4] if t.lower not in FILLER)
                raise cannot(f"I could not tell what to count: {said or 'nothing'} is not a table or a stored "
                             "value I know.",
                             f"Say what to count, e.g. 'how many {r.said(sorted(r.tables)[0])} ...'; the tables are "
                             f"{r.lex.describe(r.tables_near())}.",
                             r.reading())
            if found is None:
                continue
            measure, end = found
            _add(r, i, measure)
            r.take(*range(i, end))
        elif w in ("number", "count") and (r.lower(i + 1) == "of" or w == "count"):
            if r.lower(r.prev(i) if r.prev(i) is not None else -1) in ("average", "avg", "mean"):
                continue
            if listed_column(r, i):
                continue
            if r.lower(i - 1) in ("per", "by") and (m := r.mention(i + 2)) is not None and m.columns and \
                    not m.tables and all(is_numeric(r.lex.column(*c)) for c in m.columns):
                continue                              # "per number of cylinders": a group (groups.py)
            found = measure_at(r, i, None)
            if found is None and w == "count" and r.lower(i + 1) != "of":
                m = r.mention(r.next_meaningful(i + 1))
                if m is not None and m.tables:         # "count the orders in 2025"
                    found = (Measure("COUNT", m.tables[0], label=f"{r.short(m.tables[0])}_count"), m.end)
            if _count_distinct(r, i, i + 2):        # "number of distinct cities of customers"
                continue
            if found is None:
                m = r.mention(i + 2)
                if m is not None and m.columns:
                    col = r.pick_column(m, m.columns)
                    if is_numeric(r.lex.column(col.table, col.column)) and not is_key_like(col.column):
                        # "number of seats per airline": the seats added up
                        _add(r, i, Measure("SUM", col.table, (col,), f"sum_{col.column}".lower()))
                    elif self_column(r, col.table, [(col.table, col.column)]) is not None:
                        # "number of managers": the different rows others refer to, not the referring rows
                        _add(r, i, Measure("COUNT", col.table, (col,), f"distinct_{col.column}".lower()))
                    elif not is_date(r.lex.column(col.table, col.column)) and not any(
                            x.start >= m.end and (col.table, col.column) in x.columns for x in r.mentions):
                        said = m.text(r.tokens)        # "number of destinations per airline": not the flights
                        raise cannot(f"I can't tell whether 'number of {said}' counts the {r.said(col.table)} rows "
                                     f"or the different {col.column} values.",
                                     f"Say 'number of different {said}' or 'number of {r.said(col.table)}'.",
                                     r.reading())
                    else:                              # "number of grades per grade": rows of that table
                        r.add_measure(Measure("COUNT", col.table, label="count"))
                    r.take(*range(i, m.end))
                continue
            _add(r, i, found[0])
            r.take(*range(i, found[1]))
        elif w in AGGREGATES:
            named = r.mention(i)
            others = {r.q.entity} | {t for m in r.mentions if m is not named
                                      for t in m.tables + [c[0] for c in m.columns]}
            if named is not None and any(c[0] in others for c in named.columns) and not _aggregate_of_next(r, i, named):
                continue                              # "maximum salary" of jobs is its `max_salary`
            words = _aggregate_list(r, i)
            found = measure_at(r, i + 1, AGGREGATES[w]) if len(words) < 3 else None   # "average" a column too
            v = r.value(i + 1)
            if found is None and v is not None and len({(t, c) for t, c, _ in v.values}) == 1:
                entity, r.q.entity = r.q.entity, r.q.entity or v.values[0][0]   # "total overdue amount": the
                found = measure_at(r, v.end, AGGREGATES[w])                      # overdue rows' amount
                r.q.entity = entity
                if found is not None and found[0].table == v.values[0][0]:
                    table, column, value = v.values[0]
                    r.q.conditions.append(Condition(Col(table, column), "=", literal(value)))
                    r.take(*range(v.start, v.end))
                else:
                    found = None
            if found is None and words:
                if len(words) == 2 and _stored_pair(r, i):
                    continue                          # "minimum and maximum salary of the job": its columns
                later = measure_at(r, words[-1] + 1, AGGREGATES[r.lower(words[-1])])
                if later is not None:               # "minimum and maximum unit price"
                    one, end = later
                    for k in words[:-1]:
                        r.add_measure(Measure(AGGREGATES[r.lower(k)], one.table, one.cols,
                                              f"{r.lower(k)}_{one.label.split('_', 1)[-1]}"))
                    r.add_measure(one)
                    r.take(*range(i, end))
                continue
            if found is None:
                continue
            measure, end = found
            if read_having(r, i, measure, end):
                continue
            _add(r, i, measure)
            r.take(*range(i, end))
            if r.lower(end) == "and" and measure.cols and (more := measure_at(r, end + 1, measure.agg)) \
                    and more[0].cols and more[0].agg == measure.agg:
                r.add_measure(more[0])                # "total debit and credit"
                r.take(*range(end, more[1]))
        elif w in REVENUE_WORDS and w != "value" and r.value(i) is None and r.mention(i) is None:
            measure = revenue(r)
            if read_having(r, i, measure, i + 1):     # "stores with revenue over 100000"
                continue
            _add(r, i, measure)
            r.take(i)


def _aggregate_list(r: Reader, i: int) -> list[int]:
    """The positions of "minimum and maximum", "average, minimum and maximum" (commas are not
    tokens) starting at i: a list only when "and" comes before its last word; else []."""
    words, k = [i], i + 1
    while k not in r.used and r.lower(k) in AGGREGATES or r.lower(k) == "and" and r.lower(k + 1) in AGGREGATES:
        k += r.lower(k) == "and"
        words.append(k)
        k += 1
    return words if len(words) > 1 and r.lower(words[-1] - 1) == "and" else []


def _aggregate_of_next(r: Reader, i: int, named: Mention) -> bool:
    """An aggregate word that is a column's whole name ("Average" attendance of a stadium) right
    before another numeric column is the aggregate of that column: "average capacity"."""
    if named.end != i + 1:
        return False
    after = r.inner_mention(i + 1)
    if after is not None and after.tables and r.lower(after.end) == "amount":
        return True                                   # "total invoice amount": of the `total` column
    return after is not None and any(is_numeric(r.lex.column(*c)) and not is_key_like(c[1]) for c in after.columns)


def _stored_pair(r: Reader, i: int) -> bool:
    """"minimum and maximum salary" where a table of the question stores `min_salary` and
    `max_salary`: those columns (listed), not aggregates of another table's salary."""
    second = r.mention(i + 2)
    others = {r.q.entity} | {t for m in r.mentions if m is not second for t in m.tables + [c[0] for c in m.columns]}
    for table, column in second.columns if second is not None else []:
        if table not in others:
            continue
        rest = r.lex.norm_words(column)[1:]
        twins = [c.name for c in r.lex.table(table).columns
                 if [w.lower() for w in r.lex.norm_words(c.name)] in ([r.lower(i)] + rest, [r.lower(i)[:3]] + rest)]
        if twins:
            r.mentions.append(Mention(i, i + 1, columns=[(table, twins[0])]))
            r.mentions.sort(key=lambda m: m.start)
            return True
    return False
