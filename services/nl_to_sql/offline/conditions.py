"""Conditions of a question: dates and relative dates, comparisons and ranges on numbers, counts
of related rows ("more than 8 orders", "without employees") and present / missing values."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from contracts.errors import ServiceError
from services.nl_to_sql.offline.linking import Mention, is_date, is_key_like, is_numeric
from services.nl_to_sql.offline.model import Col, Condition, Group, Measure, Related, cannot
from services.nl_to_sql.offline.normalise import FILLER, MONTHS, SHAPE_WORDS, TIME_UNITS, is_year
from services.nl_to_sql.offline.risks import refuse_superlative_presence

if TYPE_CHECKING:
    from services.nl_to_sql.offline.reader import Reader

COMPARATORS = {("more", "than"): ">", ("greater", "than"): ">", ("higher", "than"): ">", ("larger", "than"): ">",
               ("over",): ">", ("above",): ">", ("at", "least"): ">=", ("less", "than"): "<",
               ("fewer", "than"): "<", ("lower", "than"): "<", ("smaller", "than"): "<", ("under",): "<",
               ("below",): "<", ("at", "most"): "<=", (">",): ">", (">=",): ">=", ("<",): "<", ("<=",): "<=",
               ("=",): "=", ("equal", "to"): "=", ("exactly",): "=", ("longer", "than"): ">",
               ("shorter", "than"): "<", ("cheaper", "than"): "<", ("more", "expensive", "than"): ">",
               ("older", "than"): ">", ("younger", "than"): "<", ("taller", "than"): ">", ("bigger", "than"): ">"}
_BY_LENGTH = sorted(COMPARATORS.items(), key=lambda kv: -len(kv[0]))


def comparator_at(r: Reader, i: int) -> tuple[str, int] | None:
    for words, op in _BY_LENGTH:
        if all(r.lower(i + k) == w and (i + k) not in r.used for k, w in enumerate(words)):
            return op, len(words)
    return None


def _lit(d: date) -> str:
    return f"DATE '{d.isoformat()}'"


def date_range_at(r: Reader, i: int) -> tuple[str | None, str | None, int, int | None] | None:
    """A date phrase at token i: (start SQL, end SQL exclusive, tokens consumed, the year when the
    phrase is exactly one calendar year)."""
    t = r.tokens
    w = r.lower(i)
    at = (lambda j: t[j] if 0 <= j < len(t) else None)
    quarter = _quarter_at(r, i + 1) if w in ("in", "during", "for") else None
    if quarter is not None:                          # "in Q1 2025", "in the first quarter of 2025"
        q, width = quarter
        y = int(t[i + 1 + width].text) if is_year(at(i + 1 + width)) else None
        if y is not None:
            start_month = 3 * (q - 1) + 1
            end = date(y + 1, 1, 1) if q == 4 else date(y, start_month + 3, 1)
            return _lit(date(y, start_month, 1)), _lit(end), width + 2, None
    if w in ("from", "between") and r.lower(i + 1) in MONTHS and r.lower(i + 2) in ("to", "and", "until") \
            and r.lower(i + 3) in MONTHS and is_year(at(i + 4)):
        y, m1, m2 = int(t[i + 4].text), MONTHS[r.lower(i + 1)], MONTHS[r.lower(i + 3)]
        if m1 <= m2:                                 # "from March to May 2025"
            return _lit(date(y, m1, 1)), _lit(date(y + (m2 == 12), m2 % 12 + 1, 1)), 5, None
    # "in 2014 to 2016"; "in 2014 and 2015", "in 2014 or 2015" only as one span (2014 and 2016 are two)
    if w in ("in", "during") and is_year(at(i + 1)) and r.lower(i + 2) in ("and", "or", "to") and is_year(at(i + 3)) \
            and int(t[i + 3].text) - int(t[i + 1].text) in ((0, 1) if r.lower(i + 2) != "to" else range(0, 10000)):
        return _lit(date(int(t[i + 1].text), 1, 1)), _lit(date(int(t[i + 3].text) + 1, 1, 1)), 4, None
    if w in ("in", "during", "for") and r.lower(i + 1) in MONTHS and is_year(at(i + 2)):
        y, m = int(t[i + 2].text), MONTHS[r.lower(i + 1)]
        return _lit(date(y, m, 1)), _lit(date(y + (m == 12), m % 12 + 1, 1)), 3, None
    if w in ("in", "during", "for") and is_year(at(i + 1)):
        y = int(t[i + 1].text)
        return _lit(date(y, 1, 1)), _lit(date(y + 1, 1, 1)), 2, y
    if w == "between" and at(i + 3) is not None and t[i + 1].kind == "date" and r.lower(i + 2) == "and" \
            and t[i + 3].kind == "date":
        return f"DATE '{t[i + 1].text}'", f"DATE '{t[i + 3].text}' + 1", 4, None
    if w == "between" and is_year(at(i + 1)) and r.lower(i + 2) == "and" and is_year(at(i + 3)):
        return _lit(date(int(t[i + 1].text), 1, 1)), _lit(date(int(t[i + 3].text) + 1, 1, 1)), 4, None
    if w in ("since", "after", "from") and at(i + 1) is not None and t[i + 1].kind == "date":
        return f"DATE '{t[i + 1].text}'" + (" + 1" if w == "after" else ""), None, 2, None
    if w == "from" and is_year(at(i + 1)) and r.lower(i + 2) in ("to", "until", "till") and is_year(at(i + 3)) \
            and int(t[i + 3].text) >= int(t[i + 1].text):
        return _lit(date(int(t[i + 1].text), 1, 1)), _lit(date(int(t[i + 3].text) + 1, 1, 1)), 4, None
    if w in ("from", "of") and is_year(at(i + 1)):
        y = int(t[i + 1].text)                       # "orders from 2024", "each month of 2024": that year
        return _lit(date(y, 1, 1)), _lit(date(y + 1, 1, 1)), 2, y
    if w in ("since", "after") and is_year(at(i + 1)):
        return _lit(date(int(t[i + 1].text) + (w == "after"), 1, 1)), None, 2, None
    if w == "before" and at(i + 1) is not None and t[i + 1].kind == "date":
        return None, f"DATE '{t[i + 1].text}'", 2, None
    if w == "before" and is_year(at(i + 1)):
        return None, _lit(date(int(t[i + 1].text), 1, 1)), 2, None
    if w == "on" and at(i + 1) is not None and t[i + 1].kind == "date":
        return f"DATE '{t[i + 1].text}'", f"DATE '{t[i + 1].text}' + 1", 2, None
    if w in ("last", "past") and at(i + 2) is not None and t[i + 1].kind == "number" and t[i + 2].stem in TIME_UNITS:
        n, unit = int(float(t[i + 1].text)), t[i + 2].stem
        # "the last 7 days" ends today: scheduled (future) rows are not in it
        return f"CURRENT_DATE - INTERVAL '{n} {unit}'", "CURRENT_DATE + 1", 3, None
    if w in ("this", "last") and r.tokens[i + 1:i + 2] and t[i + 1].stem in ("year", "month", "week", "quarter"):
        unit = t[i + 1].stem
        this = f"date_trunc('{unit}', CURRENT_DATE)"
        if w == "this":                               # the whole calendar unit, not everything after its start
            return this, f"{this} + INTERVAL '1 {unit}'", 2, None
        return f"{this} - INTERVAL '1 {unit}'", this, 2, None
    return None


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4}


def _quarter_at(r: Reader, i: int) -> tuple[int, int] | None:
    """(quarter, tokens up to the year): "Q3" -> (3, 1); "the second quarter of" -> (2, 4)."""
    w = r.lower(i)
    if len(w) == 2 and w[0] == "q" and w[1] in "1234":
        return int(w[1]), 1
    j = i + (w == "the")
    if r.lower(j) in _ORDINALS and r.lower(j + 1) == "quarter" and r.lower(j + 2) == "of":
        return _ORDINALS[r.lower(j)], j + 3 - i
    return None


def read_dates(r: Reader) -> None:
    i = 0
    while i < len(r.tokens):
        found = date_range_at(r, i) if i not in r.used else None
        if found is None:
            i += 1
            continue
        start, end, width, year = found
        first = i - 2 if r.lower(i) in ("last", "past") and r.lower(i - 1) == "the" and \
            r.lower(i - 2) in ("in", "during", "over") else i
        whole = [y for y in (_year_of(start), _year_of(end)) if y is not None]
        col = r.date_column_for(first, year if year is not None or len(whole) != bool(start) + bool(end)
                                else whole[0])
        if col is None:
            raise cannot("The question names a date, but I could not tell which date column it is about.",
                         "Name the date, e.g. 'hired in 2021' or 'with order date in 2025'.", r.reading())
        if not is_date(r.lex.column(col.table, col.column)) and year is None:
            years = [_year_of(x) for x in (start, end)]     # "enrolled before 2021": an integer year
            if any(x is None for x, bound in zip(years, (start, end)) if bound):
                raise cannot("The question names a date, but the year column holds whole years.",
                             "Ask with whole years, e.g. 'before 2021' or 'in 2022'.", r.reading())
            if start:
                r.q.conditions.append(Condition(col, ">=", str(years[0])))
            if end:
                r.q.conditions.append(Condition(col, "<", str(years[1])))
        elif not is_date(r.lex.column(col.table, col.column)):
            r.q.conditions.append(Condition(col, "=", str(year)))   # an integer year column
        else:
            if start:
                r.q.conditions.append(Condition(col, ">=", start))
            if end:
                r.q.conditions.append(Condition(col, "<", end))
        r.take(*range(first, i + width))
        i += width


def _year_of(literal: str | None) -> int | None:
    """2021 for DATE '2021-01-01' (a bound made from a whole year), else None."""
    if literal and literal.startswith("DATE '") and literal.endswith("-01-01'") and len(literal) == 17:
        return int(literal[6:10])
    return None


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
                if r.lower(end) in [w.lower() for w in r.lex.words(col.column)[1:]]:
                    end += 1                          # "distance over 5000 km"
                r.take(*range(i, end))
                continue
        if r.number(i) is not None and r.lower(i - 1) in ("with", "have", "has", "had") and i - 1 not in r.used:
            found = _numeric_col(r, i + 1)            # "courses with 4 credits"
            if found is not None and r.tokens[i + 1].lower != r.tokens[i + 1].stem:
                r.q.conditions.append(Condition(found[0], "=", t[i].text))
                r.take(*range(i - 1, found[1]))
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
            continue
        # <comparator> <number> <table>: how many related rows ("more than 8 orders")
        if m is not None and m.tables and _values_with_count(r, i, m, op, number):
            continue
        if m is not None and m.tables and (target := r.related_target(m)) is not None:
            entity = r.require_entity(m)
            r.q.related.append(Related(entity, target, op, int(float(number))))
            r.take(*range(i, m.end))
            continue
        # "cheaper than 20", "longer than 8000 km", "invoices over 9000": the entity's one such column
        col = _implied_column(r, i) if r.mention(after) is None else None
        unit = col is not None and (r.lower(n_at + 1) in [w.lower() for w in r.lex.words(col.column)[1:]]
                                    or r.lower(n_at + 1) in MEASURE_UNITS)
        if col is not None and (unit or not _counts_a_word(r, after)):
            r.q.conditions.append(Condition(col, op, number))
            r.take(*range(i, n_at + 1 + unit))


def _values_with_count(r: Reader, i: int, m: Mention, op: str, number: str) -> bool:
    """"Cities with more than 40 patients", "specialties with more than 3 doctors": the values of a
    column the question starts with, grouped, with a HAVING on the count of the rows named after the
    number; the column must be the counted table's own (or the only one the words name)."""
    head = r.mention(r.next_meaningful(0))
    target, start = m.tables[0], head.start if head is not None else 0
    if head is not None and head.tables and (nxt := r.mention(head.end)) is not None and nxt.columns:
        owner = head.tables[0]                    # "customer segments", "patient cities": that table's column
        head = Mention(nxt.start, nxt.end, columns=[c for c in nxt.columns if c[0] == owner])
    if head is None or head.tables or head.end != i - 1 or r.lower(i - 1) not in ("with", "having", "that"):
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


def _names_a_row(r: Reader, c: tuple[str, str]) -> bool:
    """The key, or a name label (`name`, first / last name) of its table; a city that only labels
    rows of a table without a name column (`locations.city`) is a value to group by."""
    return c[1] == r.lex.key_of(c[0]) or c[1] in r.lex.labels(c[0]) and any(
        w.lower() in ("name", "first", "last") for w in r.lex.norm_words(c[1]))


_KINDS = {**dict.fromkeys(("cheaper", "expensive"), ("price", "cost", "fare")), **dict.fromkeys(("larger", "bigger",
          "smaller"), ("area", "size")), **dict.fromkeys(("longer", "shorter"), ("distance", "length", "duration")),
          **dict.fromkeys(("higher", "taller", "lower"), ("altitude", "height", "elevation")),
          **dict.fromkeys(("older", "younger"), ("age",))}
# Units a bare bound may carry after its number ("rivers shorter than 400 miles"): the column's own.
MEASURE_UNITS = {"miles", "mile", "km", "kilometers", "kilometres", "meters", "metres", "feet", "foot", "ft", "kg",
                 "kilograms", "pounds", "lbs", "tons", "tonnes", "euros", "euro", "dollars", "dollar", "usd", "eur"}
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
    if many:
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


def read_having(r: Reader, m_start: int, measure: Measure, end: int) -> bool:
    """<aggregate> <measure> <comparator> <number> on another table's rows: a HAVING."""
    k = end + (1 if r.lower(end) in ("is", "of") else 0)
    cmp = comparator_at(r, k)
    if cmp is None or r.number(k + cmp[1]) is None:
        return False
    r.q.having.append((measure, cmp[0], r.tokens[k + cmp[1]].text))
    r.take(*range(m_start, k + cmp[1] + 1))
    return True


NEGATIONS = ("without", "never", "no", "not")


def read_negations(r: Reader) -> None:
    """"without orders", "with no employees", "never placed an order", "never booked a flight"."""
    t = r.tokens
    for i in range(len(t)):
        if i in r.used or r.lower(i) not in ("without", "never", "no"):
            continue
        j = r.next_meaningful(r.past_adjectives(i + 1))   # "without cancelled orders"
        m = r.mention(j) if j is not None else None
        if m is None:
            continue
        if m.tables and (target := r.related_target(m)) is not None:
            entity = r.require_entity(m)
            end = m.end
            k = r.next_meaningful(end)
            m2 = r.mention(k) if k is not None else None
            if m2 is not None and m2.tables and m2.tables[0] not in (entity, target):
                end = m2.end             # "never booked a flight": the flight is the booking's
            r.q.related.append(Related(entity, target, "=", 0))
            r.take(*range(i if r.lower(i - 1) != "with" else i - 1, end))
        elif m.columns and (r.lower(i) == "without"
                            or (r.lower(i) == "no" and r.lower(i - 1) in ("have", "has", "with"))):
            col = r.pick_column(m, m.columns)
            _own_missing(r, i, m, col)
            r.q.conditions.append(Condition(col, "IS NULL"))
            r.take(*range(i - (r.lower(i) == "no"), m.end))


def _own_missing(r: Reader, i: int, m: Mention, col: Col) -> None:
    """"airports with no departures": a missing value of another table's column (flights'
    departure date) is not what is asked; the rows without related rows may be. Refused."""
    before = [x for x in r.mentions if x.end <= i and x.tables]
    owner = before[-1].tables[0] if before else r.q.entity
    if owner is None or owner == col.table:
        return
    said = m.text(r.tokens)
    raise cannot(f"I can't tell what 'no {said}' means for {r.said(owner)}: {r.said(owner)} without "
                 f"{r.said(col.table)}, or {r.said(col.table)} with an empty {col.column}?",
                 f"Say '{r.said(owner)} without {r.said(col.table)}', or name the column and its table.", r.reading())


def read_having_any(r: Reader) -> None:
    """"customers with orders", "products that have reviews": at least one related row."""
    for m in r.mentions:
        if m.start in r.used or not m.tables or any(x.table != r.q.entity or x.cols for x in r.q.measures):
            continue
        j = m.start - 1
        while j >= 0 and r.lower(j) in ("a", "an", "any", "some", "at", "least", "one"):
            j -= 1
        if j < 0 or j in r.used or r.lower(j) not in ("with", "have", "has", "had") or r.lower(j + 1) in ("at",):
            continue
        target = r.related_target(m)
        if target is None or r.number(m.start - 1) is not None:
            continue
        r.q.related.append(Related(r.require_entity(m), target, ">=", 1))
        r.take(*range(j, m.end))


def read_presence(r: Reader) -> None:
    """"with a commission", "have a commission": a nullable column that is set."""
    for m in r.mentions:
        if m.start in r.used or not m.columns or m.values:
            continue
        j = m.start - 1
        while j >= 0 and r.lower(j) in ("a", "an", "the", "any"):
            j -= 1
        if j < 0 or j in r.used or r.lower(j) not in ("with", "have", "has", "earn", "earns", "had", "receive", "get"):
            continue
        nxt = r.next_meaningful(m.end)
        if nxt is not None and (r.mention(nxt) is None or r.mention(nxt).columns):
            continue
        col = r.pick_column(m, m.columns)
        if not r.lex.column(col.table, col.column).nullable:
            continue
        refuse_superlative_presence(r, j, m, col)
        r.q.conditions.append(Condition(col, "IS NOT NULL"))
        r.take(*range(j, m.end))
