"""Conditions of a question: dates and relative dates, negations ("without employees", "never"),
HAVING on another table's rows and present / missing values (comparisons of numbers:
comparisons.py)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from services.nl_to_sql.offline.coltypes import is_birth_date, is_date, is_flag
from services.nl_to_sql.offline.linking import Mention
from services.nl_to_sql.offline.model import Col, Condition, Measure, Related, cannot
from services.nl_to_sql.offline.normalise import MONTHS, RELATING, TIME_UNITS, is_verb_form, is_year
from services.nl_to_sql.offline.planwords import LOGGING
from services.nl_to_sql.offline.risks import refuse_superlative_presence
from services.nl_to_sql.offline.yearcols import holds_years, year_column_of, year_literal

if TYPE_CHECKING:
    from services.nl_to_sql.offline.reader import Reader
    from services.nl_to_sql.offline.render import Renderer

COMPARATORS = {("more", "than"): ">", ("greater", "than"): ">", ("higher", "than"): ">", ("larger", "than"): ">",
               ("over",): ">", ("above",): ">", ("at", "least"): ">=", ("less", "than"): "<",
               ("fewer", "than"): "<", ("lower", "than"): "<", ("smaller", "than"): "<", ("under",): "<",
               ("below",): "<", ("at", "most"): "<=", (">",): ">", (">=",): ">=", ("<",): "<", ("<=",): "<=",
               ("=",): "=", ("equal", "to"): "=", ("exactly",): "=", ("longer", "than"): ">",
               ("shorter", "than"): "<", ("cheaper", "than"): "<", ("more", "expensive", "than"): ">",
               ("older", "than"): ">", ("younger", "than"): "<", ("taller", "than"): ">", ("bigger", "than"): ">",
               ("heavier", "than"): ">", ("lighter", "than"): "<"}
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
    decade = i + 1 + (r.lower(i + 1) == "the")
    if w in ("in", "during") and is_year(at(decade)) and int(t[decade].text) % 10 == 0 and r.lower(decade + 1) == "s":
        y = int(t[decade].text)                      # "in the 1990s": that decade
        return _lit(date(y, 1, 1)), _lit(date(y + 10, 1, 1)), decade + 2 - i, None
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
    if w in ("from", "of") and is_year(at(i + 1)) or w == "the" and is_year(at(i + 1)) and \
            (named := r.mention(i + 2)) is not None and bool(named.tables):
        y = int(t[i + 1].text)                       # "orders from 2024", "each month of 2024", "the 2023 festivals"
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
    if w in ("next", "coming") and at(i + 2) is not None and t[i + 1].kind == "number" and t[i + 2].stem in TIME_UNITS:
        n, unit = int(float(t[i + 1].text)), t[i + 2].stem
        # "the next 7 days" starts today and takes in the seventh day from now
        return "CURRENT_DATE", f"CURRENT_DATE + INTERVAL '{n} {unit}' + INTERVAL '1 day'", 3, None
    if w == "next" and r.tokens[i + 1:i + 2] and t[i + 1].stem in ("year", "month", "week", "quarter"):
        unit = t[i + 1].stem
        this = f"date_trunc('{unit}', CURRENT_DATE)"
        return f"{this} + INTERVAL '1 {unit}'", f"{this} + INTERVAL '2 {unit}'", 2, None
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


@dataclass
class MonthIs(Condition):
    """"born in January": the month of a date column, whatever the year."""

    def render(self, rd: Renderer, scope: str = "") -> str:
        return f"extract(month FROM {rd.col(self.col, scope)}) = {self.value}"


def _month_alone(r: Reader, i: int) -> bool:
    """"held in July", "born in January" (no year after the month)."""
    t = r.tokens
    if r.lower(i) not in ("in", "during") or r.lower(i + 1) not in MONTHS or i + 1 in r.used or \
            (i + 2 < len(t) and (is_year(t[i + 2]) or t[i + 2].kind == "number")):
        return False
    col = r.date_column_for(i, None)
    if col is None or not is_date(r.lex.column(col.table, col.column)):
        return False
    r.q.conditions.append(MonthIs(col, "=", str(MONTHS[r.lower(i + 1)])))
    r.take(i, i + 1)
    return True


def value_date(r: Reader, j: int | None) -> Col | None:
    """The one date column of the one table of unnamed rows whose stored value is token j ("late" of
    `attendance`), when no column is named there ("Manchester in 2024" is no date of clubs)."""
    if j is None or any(m.start <= j < m.end for m in r.mentions):
        return None                                   # "cancelled in 2024": the `cancelled_on` it names
    valued = {t for v in r.values if v.start <= j < v.end for t, _, _ in v.values if not r.named(t)}
    dates = [c.name for t in valued for c in r.lex.table(t).columns if is_date(c)]
    return Col(valued.pop(), dates[0]) if len(valued) == 1 and len(dates) == 1 else None


def _year_of_rows_after(r: Reader, at: int) -> Col | None:
    """"nominations of the 2022 festivals": the year (or the one own date) of the rows named after it."""
    m = r.mention(at + 2) if r.lower(at) == "the" else None
    if m is None or not m.tables:
        return None
    year = year_column_of(r, m.tables[0])
    return Col(m.tables[0], year) if year is not None else r.date_column_near(m.tables[0])


def read_dates(r: Reader) -> None:
    i = 0
    while i < len(r.tokens):
        if i not in r.used and _month_alone(r, i):
            i += 2
            continue
        found = date_range_at(r, i) if i not in r.used else None
        if found is None:
            i += 1
            continue
        start, end, width, year = found
        first = i - 2 if r.lower(i) in ("last", "past", "next", "coming") and r.lower(i - 1) == "the" and \
            r.lower(i - 2) in ("in", "during", "over", "within") else i
        whole = [y for y in (_year_of(start), _year_of(end)) if y is not None]
        col = _year_of_rows_after(r, first) if year is not None else None   # "the 2023 festivals"
        col = col or r.date_column_for(first, year if year is not None or len(whole) != bool(start) + bool(end)
                                       else whole[0]) or value_date(r, r.prev(first))   # "late on 3 March 2025"
        if col is None:
            raise cannot("The question names a date, but I could not tell which date column it is about.",
                         "Name the date, e.g. 'hired in 2021' or 'with order date in 2025'.", r.reading())
        if not is_date(r.lex.column(col.table, col.column)) and year is None:
            years = [_year_of(x) for x in (start, end)]     # "enrolled before 2021": an integer year
            if any(x is None for x, bound in zip(years, (start, end)) if bound):
                raise cannot("The question names a date, but the year column holds whole years.",
                             "Ask with whole years, e.g. 'before 2021' or 'in 2022'.", r.reading())
            if start:
                r.q.conditions.append(Condition(col, ">=", year_literal(r, col.table, col.column, years[0])))
            if end:
                r.q.conditions.append(Condition(col, "<", year_literal(r, col.table, col.column, years[1])))
        elif not is_date(r.lex.column(col.table, col.column)):
            r.q.conditions.append(Condition(col, "=", year_literal(r, col.table, col.column, year)))
        else:
            if start:
                r.q.conditions.append(Condition(col, ">=", start))
            if end:
                r.q.conditions.append(Condition(col, "<", end))
        r.take(*range(first, i + width))
        event_verb(r, first, col)
        i += width


# Trading rows are rows of their own: "cars sold in 1975" is no model year of the cars
_TRADE = frozenset("sold bought purchased ordered paid rented booked borrowed lent shipped delivered returned".split())


def event_verb(r: Reader, at: int, col: Col) -> None:
    """"papers published in 2021", "stations installed before 2015": a verb no column is named by,
    right before the date phrase, says when the rows happened: read when their table has this one date."""
    j = at - 1
    table = r.lex.table(col.table)
    dated = [c for c in table.columns if is_date(c) or holds_years(r, col.table, c.name)]
    if j < 0 or j in r.used or r.mention(j) is not None or r.value(j) is not None or not is_verb_form(r.lower(j)) or \
            [c.name for c in dated] != [col.column] or is_birth_date(dated[0]) or r.lower(j) in _TRADE:
        return                                        # "players who won in 2022": not their birth
    r.take(j)


def _year_of(literal: str | None) -> int | None:
    """2021 for DATE '2021-01-01' (a bound made from a whole year), else None."""
    if literal and literal.startswith("DATE '") and literal.endswith("-01-01'") and len(literal) == 17:
        return int(literal[6:10])
    return None


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
# verbs that only say the rows are linked, after a negation ("never been used for a trip", "not used by")
_LINKED = RELATING | LOGGING | {"use", "uses", "used"}
_BE = ("is", "are", "was", "were")
_DO_HAVE = ("do", "does", "did", "have", "has", "had")


def read_negations(r: Reader) -> None:
    """"without orders", "with no employees", "never placed an order", "never booked a flight"."""
    t = r.tokens
    for i in range(len(t)):
        if i in r.used or r.lower(i) not in NEGATIONS:
            continue
        after = i + 1
        role = r.lower(i) == "not" and r.lower(i - 1) in _BE and i - 1 not in r.used  # "are not poker players"
        if r.lower(i) == "not" and not role:          # "who do not have any dogs", "that have not had a loan"
            if r.lower(i - 1) not in _DO_HAVE or i - 1 in r.used:
                continue
            after += r.lower(i + 1) in _DO_HAVE[3:]
        j = r.next_meaningful(r.past_adjectives(after))   # "without cancelled orders"
        while j is not None and (j in r.role_verbs or j in r.used and r.mention(j) is None or r.lower(j) in _LINKED
                                 or r.lower(j) in ("by", "for", "in", "on") and r.lower(j - 1) in _LINKED
                                 or r.lower(j) in ("been", "be", "being") and r.mention(j) is None):
            j = r.next_meaningful(j + 1)              # "never won a match", "not used by any paper": the edge
        m = r.mention(j) if j is not None else None
        verb = r.mention(after + (r.lower(after) in ("been", "be")))
        if m is None and verb is not None and verb.tables and is_verb_form(r.lower(verb.start)) and \
                verb.start not in r.used:
            m, j = verb, verb.start                   # "agents who have never listed anything": the verb's rows
        if m is None:
            continue
        verbed = j is not None and any(r.lower(k) in _LINKED for k in range(i + 1, j))   # "not used by"
        refers = bool(m.tables) and r.q.entity is not None and m.tables[0] != r.q.entity and any(
            e.left_table == m.tables[0] and e.right_table == r.q.entity for e in r.planner.edges)
        if role and (r.value(j) is not None or not verbed and not refers):
            continue                                  # "are not <rows referring to them>": no such rows
        if m.tables and (target := r.related_target(m)) is not None:
            entity = r.require_entity(m)
            end = m.end
            k = r.next_meaningful(end)
            m2 = r.mention(k) if k is not None else None
            if m2 is not None and m2.tables and m2.tables[0] not in (entity, target):
                end = m2.end             # "never booked a flight": the flight is the booking's
            elif m2 is not None and m2.columns and not m2.tables and all(
                    c in r.planner.join_columns for c in m2.columns):
                end = m2.end             # "no ships lost": `lost_in_battle` is the reference itself
            r.q.related.append(Related(entity, target, "=", 0))
            r.take(*range(i if r.lower(i - 1) not in ("with", *_DO_HAVE, *_BE) else i - 1, end))
        elif r.lower(i) == "not":
            continue
        elif r.lower(i) == "never" and (dated := _event_of_date(r, m)) is not None:
            related = Related(r.q.entity or "", dated, "=", 0)            # "products never sold": no sale
            named = [c for t, c in m.columns if t == dated and is_date(r.lex.column(t, c))]
            if len(named) == 1 and r.lex.column(dated, named[0]).nullable:   # "courses never completed"
                related.conditions, related.fixed = [Condition(Col(dated, named[0]), "IS NOT NULL")], True
            r.q.related.append(related)
            r.take(*range(i, m.end))
        elif m.columns and (r.lower(i) == "without"
                            or (r.lower(i) == "no" and r.lower(i - 1) in ("have", "has", "with"))):
            col = r.pick_column(m, m.columns)
            _own_missing(r, i, m, col)
            flag = is_flag(r.lex.column(col.table, col.column))
            r.q.conditions.append(Condition(col, "=", "false") if flag else Condition(col, "IS NULL"))
            r.take(*range(i - (r.lower(i) == "no"), m.end))   # a flag's "no garden": `has_garden` false


def _event_of_date(r: Reader, m: Mention) -> str | None:
    """The one other table whose date the verb names ("sold": `sale.sold_on`), when it refers to the rows."""
    tables = {t for t, c in m.columns if is_date(r.lex.column(t, c))}
    if r.q.entity is None or len(tables) != 1 or len(tables) != len({t for t, _ in m.columns}):
        return None
    table = tables.pop()
    linked = any(e.left_table == table and e.right_table == r.q.entity for e in r.planner.edges)
    return table if table != r.q.entity and linked else None


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
        if not r.lex.column(col.table, col.column).nullable or (r.q.order or (None,))[0] == col:
            continue                                  # "with the highest elevation" ranks by it
        refuse_superlative_presence(r, j, m, col)
        negated = r.lower(j - 1) == "not" and r.lower(j - 2) in ("do", "does", "did") and j - 1 not in r.used
        r.q.conditions.append(Condition(col, "IS NULL" if negated else "IS NOT NULL"))
        r.take(*range(j - 2 * negated, m.end))     # "contacts who don't have an email": none


_UNKNOWN = ("unknown", "missing", "empty", "blank", "unrecorded")


def read_unknown(r: Reader) -> None:
    """"museums whose number of staff is unknown", "cartoons with a missing writer": a nullable
    column of the rows that holds nothing."""
    for t in r.tokens:
        if t.index in r.used or t.lower not in _UNKNOWN:
            continue
        m = next((x for x in r.mentions if x.end == t.index - 1 and x.columns and not x.tables), None) \
            if r.lower(t.index - 1) in _BE else None
        if m is None:                                 # "an unknown writer", "is missing its bathroom count"
            m = r.mention(t.index + 1 + (r.lower(t.index + 1) in ("its", "their", "a", "an", "the")))
            m = m if m is not None and m.columns and not m.tables else None
        if m is None or m.start in r.used:
            continue
        col = r.pick_column(m, m.columns)
        if not r.lex.column(col.table, col.column).nullable:
            continue
        r.q.conditions.append(Condition(col, "IS NULL"))
        r.take(t.index, *range(t.index + 1, m.end) if m.start > t.index else range(m.start, m.end),
               *([t.index - 1] if r.lower(t.index - 1) in _BE else []))
