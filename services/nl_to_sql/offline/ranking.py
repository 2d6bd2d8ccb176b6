"""The order of a question's rows: top-N and bottom-N, "the N <rows>", superlatives ("most",
"highest", "latest", "most expensive") and "which <row> has the most <things>"."""
from __future__ import annotations

from typing import TYPE_CHECKING

from services.nl_to_sql.offline.coltypes import is_date, is_numeric
from services.nl_to_sql.offline.columns import person_of
from services.nl_to_sql.offline.linking import Mention
from services.nl_to_sql.offline.model import Col, Group, Measure, cannot
from services.nl_to_sql.offline.normalise import TIME_UNITS, is_verb_form
from services.nl_to_sql.offline.orderwords import first_way
from services.nl_to_sql.offline.pergroup import row_asked
from services.nl_to_sql.offline.shapes import ADJECTIVES, AGGREGATES, MOST, REVENUE_WORDS, measure_at

if TYPE_CHECKING:
    from services.nl_to_sql.offline.reader import Reader


def read_top(r: Reader) -> None:
    t = r.tokens
    for i in range(len(t)):
        if i in r.used:
            continue
        w = r.lower(i)
        if w in ("top", "first", "bottom") and r.number(i + 1) is not None and t[i + 2:i + 3] \
                and t[i + 2].stem not in TIME_UNITS:
            r.q.limit = int(float(t[i + 1].text))
            r.ascending = w == "bottom"
            r.first_n = w == "first"
            r.take(i, i + 1)
        elif w == "top" and i + 1 < len(t):
            r.q.limit = 10
            r.take(i)
        elif t[i].kind == "number" and r.mention(i + 1) is not None and r.mention(i + 1).tables[:1] == [r.q.entity] \
                and r.next_meaningful(0) == i and float(t[i].text).is_integer() \
                and r.tokens[r.mention(i + 1).end - 1].lower != r.tokens[r.mention(i + 1).end - 1].stem:
            r.q.limit = int(float(t[i].text))         # "the 3 categories with the lowest revenue"
            r.take(i)
        elif t[i].kind == "number" and r.lower(i + 1) in (*MOST, *ADJECTIVES, "most") \
                and r.lower(i - 1) not in ("than", "over", "above", "under", "below", "least", "most") \
                and float(t[i].text) < 1000 and float(t[i].text).is_integer():
            r.q.limit = int(float(t[i].text))
            r.take(i)


def _named_date(r: Reader, at: int, before: bool = False) -> Col | None:
    """"The earliest registered patient": the date column the next word names ("which project was
    created first": with `before`, the word before)."""
    m = next((m for m in r.mentions if (m.end == at if before else m.start == at) and m.start not in r.used
              and m.columns), None)
    dates = [c for c in m.columns if is_date(r.lex.column(*c))] if m is not None else []
    if m is None or not dates or (r.q.entity is not None and all(c[0] != r.q.entity for c in dates)):
        return None
    col = r.pick_column(m, [c for c in dates if c[0] == r.q.entity] or dates)
    r.take(*range(m.start, m.end))
    return col


def read_superlatives(r: Reader) -> None:
    t = r.tokens
    for i in range(len(t)):
        if i in r.used:
            continue
        w = r.lower(i)
        if first_way(r, i) is not None:
            continue                                  # "tallest first": an order (wrapup.read_sort), no top row
        descending = None
        width = 1
        if w in _NTH and r.lower(i - 1) == "the" and (r.lower(i + 1) in MOST or r.lower(i + 1) in ADJECTIVES):
            r.q.offset = _NTH[w] - 1                  # "the second largest": after the first
            r.take(i)
            continue
        whole = r.mention(i)
        if w in MOST and whole is not None and whole.end - i > 1 and whole.columns and not whole.tables:
            numbers = [c for c in whole.columns if is_numeric(r.lex.column(*c))]
            if r.lower(i - 1) == "the" and numbers:   # "the highest elevation": `highest_elevation`,
                r.q.order = (r.pick_column(whole, numbers), MOST[w])   # highest first
                r.q.limit = r.q.limit or 1
                r.superlative = True
                if r.q.entity is not None and r.q.order[0].table != r.q.entity:
                    r.take(*range(i, whole.end))
            continue                                  # "an average highest elevation": the column
        if w in ("first", "last") and r.lower(i - 1) == "the" and (m1 := r.mention(i + 1)) is not None \
                and m1.tables[:1] == [r.q.entity] and r.entity_date() is not None:
            w = "earliest" if w == "first" else "latest"     # "the first loan": the earliest one
            verb = r.mention(m1.end)                 # ... "the last loan returned": by its return date
            dates = [c for c in (verb.columns if verb is not None else []) if c[0] == r.q.entity
                     and is_date(r.lex.column(*c))]
            if dates:
                r.q.order, r.q.limit, r.superlative = (r.pick_column(verb, dates), w == "latest"), r.q.limit or 1, True
                r.take(i, *range(verb.start, verb.end))
                continue
        if w == "most" and r.lower(i + 1) in ADJECTIVES:
            w = r.lower(i + 1)
            width = 2
        elif w == "most" and r.lower(i + 1) == "recently":
            w, width = "recent", 2                    # "hired most recently"
            before = next((m for m in r.mentions if (m.end == i or m.start == i + 2) and m.start not in r.used
                           and m.columns and any(is_date(r.lex.column(*c)) for c in m.columns)), None)
            if before is not None:                    # "hired most recently", "most recently hired"
                col = r.pick_column(before, [c for c in before.columns if is_date(r.lex.column(*c))])
                r.q.order = (col, True)
                r.q.limit = r.q.limit or 1
                r.superlative = True
                r.take(*range(min(before.start, i), max(before.end, i + 2)))
                if r.which:                           # "which customers signed up most recently": and when
                    r.q.projection.append(col)
                    r.q.identify = True
                continue
        if w in ("most", "least") and r.lower(i + 1) in ("common", "frequent", "popular") and _most_common(r, i):
            continue
        named = r.mention(r.next_meaningful(i + width))
        if w in ADJECTIVES and (width == 2 or w not in ("recent",)) and \
                not (w in MOST and named is not None and named.columns and not named.tables):
            kinds, descending = ADJECTIVES[w]       # ... not "largest population": that column
            v = r.value(r.next_meaningful(i + width) or i) if r.q.entity is None else None
            if v is not None and len({t for t, _, _ in v.values}) == 1:
                r.q.entity = v.values[0][0]           # "cheapest antibiotic": of the rows the value is in
            elif r.q.entity is None and kinds and named is not None and named.tables and \
                    _kind_column(r, named.tables[0], kinds):
                r.q.entity = named.tables[0]          # "name of the shortest track": the tracks'
            if w in ("expensive",) and width == 1 and r.lower(i - 1) != "most":
                continue
            age = _age_column(r) if w in ("oldest", "youngest") else None
            if age is not None:
                descending = w == "oldest"            # the oldest singer has the highest age
            if not kinds and age is None and _date_figure(r, i, i + width, descending):
                continue
            col = age or (r.entity_column(kinds) if kinds else _age_date(r) if w in ("oldest", "youngest") else
                          _named_date(r, i + width) or _named_date(r, i, before=True) or r.entity_date())
            if col is None and w not in MOST:         # "longest" may still rank by a named measure
                raise cannot(f"I don't know what '{t[i + width - 1].text}' means for "
                             f"{r.short(r.q.entity) if r.q.entity else 'these rows'}.",
                             "Name the column to sort by.", r.reading())
            if col is not None:
                r.q.order = (col, descending)
                r.q.limit = r.q.limit or 1
                r.superlative = True
                r.take(*range(i, i + width))
                continue
        if w not in MOST:
            continue
        descending = MOST[w]
        if _verb_column_most(r, i, descending) or _most_money(r, i, descending):
            continue
        found = measure_at(r, i + 1, None)
        if found is not None and found[0].agg == "COUNT" and found[0].table == r.q.entity:
            found = None                             # "largest invoice" ranks invoices, never counts them
        elif found is not None and found[0].agg == "COUNT" and not found[0].cols and w not in _COUNTING \
                and r.lower(r.next_meaningful(i + 1)) not in ("number", "count"):
            said, rows = " ".join(x.text for x in t[i:found[1]]), r.short(found[0].table)
            raise cannot(f"I can't tell whether '{said}' means the single biggest {rows} or the most {rows} rows.",
                         f"Say 'with the most {rows} rows' to count them, or '{rows} with the highest <column>' "
                         f"for the biggest one, e.g. {r.lex.describe([found[0].table], 1)}.", r.reading())
        if found is None and r.lower(i + 1) in AGGREGATES:
            found = measure_at(r, i + 2, AGGREGATES[r.lower(i + 1)])
            which_column = r.lower(0) == "which" and (w1 := r.mention(1)) is not None and bool(w1.columns) \
                and not w1.tables                     # "which city has the highest average amount"
            if found is not None and AGGREGATES[r.lower(i + 1)] != "SUM" and (
                    r.q.entity is None and not which_column or found[0].table == r.q.entity or found[0].needs_per):
                found = None                          # "highest average salary" ranks groups only
        if found is None:
            nxt = r.mention(r.next_meaningful(i + 1))
            if r.q.entity is not None and nxt is not None and nxt.tables[:1] == [r.q.entity]:
                r.superlative = True             # "largest invoice", "longest flight by distance"
                r.ascending = not descending
                r.take(i)
                if r.q.limit is None:
                    r.q.limit = 1
            continue
        measure, end = found
        if len(measure.cols) == 1 and measure.agg == "SUM" and r.lower(i + 1) not in AGGREGATES and w not in \
                _COUNTING and not r.which and _group_follows(r, end) and not row_asked(r, i):
            col = measure.cols[0]                     # "highest salary in each department": a MAX per group
            agg = "MAX" if descending else "MIN"
            r.add_measure(Measure(agg, col.table, (col,), f"{agg.lower()}_{col.column}".lower()))
            r.take(*range(i, end))
            continue
        if r.q.entity is None and len(measure.cols) == 1 and measure.agg == "SUM" and not r.q.groups \
                and r.next_meaningful(end) is None and r.lower(i + 1) not in AGGREGATES \
                and r.next_meaningful(0) == i and r.lower(0) != "who":   # "ranking date with the most points"
            col = measure.cols[0]                     # "what is the lowest salary?": a MIN
            agg = "MAX" if descending else "MIN"
            r.add_measure(Measure(agg, col.table, (col,), f"{agg.lower()}_{col.column}".lower()))
            r.take(*range(i, end))
            continue
        verb_at = _verb_before_the(r, i)              # "scored the most points": their total
        if verb_at is not None and len(measure.cols) == 1 and measure.agg == "SUM" and w in _COUNTING:
            r.take(verb_at)
        elif len(measure.cols) == 1 and measure.agg == "SUM" and r.lower(i + 1) not in AGGREGATES \
                and r.q.entity is not None and measure.table != r.q.entity \
                and not any(r.lower(k) in REVENUE_WORDS for k in range(i + 1, end)):   # revenue adds up
            said = " ".join(r.lex.words(measure.cols[0].column)).lower()      # "which job pays the most?"
            raise cannot(f"I can't tell whether to rank each {r.one(r.q.entity)} by the total, the average or "
                         f"the single highest {said} of its {r.short(measure.table)}.",
                         f"Say 'the highest total {said}' or 'the highest average {said}'.", r.reading())
        if len(measure.cols) == 1 and measure.agg == "SUM" and r.lower(i + 1) not in AGGREGATES \
                and r.q.entity is None and w not in _COUNTING \
                and not any(r.lower(k) in REVENUE_WORDS for k in range(i + 1, end)):
            said = " ".join(r.lex.words(measure.cols[0].column)).lower()   # "which country has the highest age?"
            raise cannot(f"I can't tell whether '{w} {said}' ranks by the total, the average or the single "
                         f"highest {said} of the {r.short(measure.table)} rows in each.",
                         f"Say 'the highest total {said}' or 'the highest average {said}'.", r.reading())
        r.ascending = not descending
        r.rank_by(measure)
        r.q.limit = r.q.limit or 1
        r.take(*range(i, end))


_COUNTING = ("most", "fewest", "least")
# What a number column a verb names counts ("killed the most people", "scored the most points").
_UNIT_NOUNS = frozenset("people persons person points goals runs votes copies units times".split())


def _verb_before_the(r: Reader, i: int) -> int | None:
    """Where an unread verb no column is named by stands before "the" <superlative at i> ("lent the most")."""
    j = i - 2
    return j if r.lower(i - 1) == "the" and j not in r.used and r.mention(j) is None and is_verb_form(r.lower(j)) \
        else None


def _most_money(r: Reader, i: int, descending: bool) -> bool:
    """"Which branch has lent the most money", "the most money in their accounts": the total of the one
    money column of the one table whose rows refer to the ranked rows (the one named, if any)."""
    entity = r.q.entity
    if r.lower(i + 1) not in ("money", "cash") or entity is None or r.q.measures:
        return False
    named = [m for m in r.mentions if m.start > i + 1 and m.tables and m.start not in r.used]
    referring = {e.left_table for e in r.planner.edges if e.right_table == entity and e.left_table != entity
                 and (not named or e.left_table == named[0].tables[0]) and len(r.lex.money_columns(e.left_table)) == 1}
    if len(referring) != 1:
        return False
    table = referring.pop()
    col = Col(table, r.lex.money_columns(table)[0])
    r.ascending = not descending
    r.rank_by(Measure("SUM", table, (col,), f"total_{col.column}".lower()))
    r.q.limit = r.q.limit or 1
    verb = _verb_before_the(r, i)
    verb = i if verb is None else verb
    r.take(*range(verb, i + 2), *(range(named[0].start - 1, named[0].end) if named and r.lower(
        named[0].start - 1) in ("their", "its") and r.lower(named[0].start - 2) in ("in", "on", "across") else ()))
    return True


def _verb_column_most(r: Reader, i: int, descending: bool) -> bool:
    """"Which perpetrator killed the most people", "who scored the most points": a verb naming a
    number column before "the most": the entity's own column ranks it, a related table's is summed."""
    m = next((x for x in r.mentions if x.end == i - 1 and x.start not in r.used and x.columns and not x.tables), None)
    if r.lower(i - 1) != "the" or m is None or m.end - m.start != 1 or not is_verb_form(r.lower(m.start)) \
            or r.q.entity is None:
        return False
    numbers = [c for c in m.columns if is_numeric(r.lex.column(*c)) and (c[0] == r.q.entity or r.distance(
        [r.q.entity], c[0]) == 1)]
    if not numbers:
        return False
    col = r.pick_column(m, numbers)
    end = i + 1
    if r.lower(end) in _UNIT_NOUNS or r.lower(end) in [w.lower() for w in r.lex.words(col.column)]:
        end += 1
    r.ascending = not descending
    r.rank_by(Measure("SUM", col.table, (col,), f"total_{col.column}".lower()))
    r.q.limit = r.q.limit or 1
    r.take(*range(m.start, end))
    return True
_NTH = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}


def _kind_column(r: Reader, table: str, kinds: tuple[str, ...]) -> bool:
    return any(kind in c.name.lower() and is_numeric(c) for kind in kinds for c in r.lex.table(table).columns)


def _age_date(r: Reader) -> Col | None:
    """"oldest passenger" is by birth date; "oldest account" by its one date; an employee with only
    a hire date has no age."""
    entity = r.q.entity
    if entity is None:
        return None
    born = [c.name for c in r.lex.table(entity).columns if is_date(c) and
            any(w in c.name.lower() for w in ("birth", "born", "dob"))]
    born = born or [c.name for c in r.lex.table(entity).columns if is_numeric(c) and   # `birth_year`
                    {"birth", "born"} & set(r.lex.norm_words(c.name.lower())) and "year" in c.name.lower()]
    if len(born) == 1:
        return Col(entity, born[0])
    return None if len(r.lex.labels(entity)) == 2 or r.lower(r.next_meaningful(0)) == "youngest" else r.entity_date()


def _age_column(r: Reader) -> Col | None:
    """A numeric column named just `age` of rows without a birth date: "the youngest singer"."""
    for entity in (r.q.entity, *person_of(r, r.q.entity)) if r.q.entity else ():
        columns = r.lex.table(entity).columns
        if any(is_date(c) and any(w in c.name.lower() for w in ("birth", "born", "dob")) for c in columns):
            return None
        ages = [c.name for c in columns if is_numeric(c) and [w.lower() for w in r.lex.words(c.name)] == ["age"]]
        if len(ages) == 1:
            return Col(entity, ages[0])
    return None


def _most_common(r: Reader, i: int) -> bool:
    """"most common loyalty tier", "which travel class is the most popular": the column's value
    with the most rows."""
    m = r.mention(i + 2)
    if m is None and r.lower(0) == "which":
        m = r.mention(1)
        m = m if m is not None and r.next_meaningful(m.end) == i else None
    start = m.start if m is not None else i
    if m is not None and m.tables and (nxt := r.mention(m.end)) is not None:
        m = Mention(nxt.start, nxt.end, columns=[c for c in nxt.columns if c[0] == m.tables[0]])   # "aircraft model"
    if m is None or not m.columns or m.tables:
        return False
    col = r.pick_column(m, m.columns)
    measure = Measure("COUNT", col.table, label="count")
    r.add_measure(measure)
    r.q.groups.append(Group(col.table, col.column))
    r.q.order, r.q.limit = (measure, r.lower(i) == "most"), r.q.limit or 1
    r.take(*range(i, i + 2), *range(start, m.end))
    return True


def _date_figure(r: Reader, i: int, end: int, latest: bool) -> bool:
    """"What is the latest hire date", "earliest hire date per department": a MAX / MIN of the
    date column named next, when no table before it says which rows are ranked."""
    m = r.mention(end)
    dates = [c for c in m.columns if is_date(r.lex.column(*c)) and c in m.exact] if m is not None else []
    if not dates or r.lower(0) in ("which", "who") or any(x.tables and x.end <= i for x in r.mentions):
        return False
    col = r.pick_column(m, dates)
    agg = "MAX" if latest else "MIN"
    r.add_measure(Measure(agg, col.table, (col,), f"{agg.lower()}_{col.column}".lower()))
    r.take(*range(i, m.end))
    return True


def _group_follows(r: Reader, end: int) -> bool:
    """"... in each department", "... per class", "... by department": a grouping comes next."""
    j = end + (r.lower(end) in ("in", "for", "of", "within"))
    return r.lower(j) in ("each", "every", "per") or r.lower(end) == "by"


def finish_superlative(r: Reader) -> None:
    """"the largest invoice": rank by the entity's one measure column when nothing else ranks it."""
    if not r.superlative or r.q.order is not None:
        return
    entity = r.q.entity
    if entity is None:
        raise cannot("I could not tell what to rank.", "Say what to rank by, e.g. 'largest invoice by amount'.",
                     r.reading())
    key = r.lex.key_of(entity)
    numeric = [c.name for c in r.lex.table(entity).columns if is_numeric(c) and c.name != key
               and not c.name.lower().endswith(("id", "year"))]   # a year is a date, never a size
    if len(numeric) != 1:
        raise cannot(f"I don't know which column of {r.short(entity)} to rank by.",
                     f"Say it, e.g. 'largest {r.short(entity)} by <column>'.", r.reading())
    r.q.order = (Col(entity, numeric[0]), not r.ascending)
    r.q.identify = True
    r.q.projection = r.q.projection or [Col(entity, numeric[0])]


def read_from_to(r: Reader) -> None:
    """"From cheapest to most expensive", "from the oldest to the youngest": an order of the rows by
    the column the first superlative ranks by, in its direction; no LIMIT."""
    for i, tok in enumerate(r.tokens):
        if i in r.used or tok.lower != "from":
            continue
        a = i + 1 + (r.lower(i + 1) == "the")
        least = r.lower(a) == "least"
        a += r.lower(a) in ("most", "least")          # "from most expensive to cheapest"
        to = a + 1
        if r.lower(a) not in ADJECTIVES or r.lower(to) != "to" or r.q.entity is None:
            continue
        b = to + 1 + (r.lower(to + 1) == "the")
        b += r.lower(b) in ("most", "least")
        kinds, descending = ADJECTIVES[r.lower(a)]
        descending ^= least
        col = r.entity_column(kinds) if kinds else _age_column(r) or r.entity_date()
        if col is None or b >= len(r.tokens):
            continue
        if r.lower(a) in ("oldest", "youngest") and _age_column(r) is not None:
            descending = r.lower(a) == "oldest"       # the oldest first: the highest age first
        r.q.order = (col, descending)
        r.take(*range(i, b + 1))
        return
