"""Groupings of a question: "by", "per", "each", "for every", "in each", time buckets
(day/week/month/quarter/year of a date column, "per signup year"), a key column grouping by the
rows it points at, "per product category" through the product, "<rows> and their <figure>"."""
from __future__ import annotations

from typing import TYPE_CHECKING

from services.nl_to_sql.offline.coltypes import is_date, is_key_like, is_numeric
from services.nl_to_sql.offline.conditions import event_verb
from services.nl_to_sql.offline.linking import Mention
from services.nl_to_sql.offline.model import Col, Group, cannot
from services.nl_to_sql.offline.normalise import TIME_UNITS, is_verb_form, root
from services.nl_to_sql.offline.orderwords import list_by
from services.nl_to_sql.offline.shapes import GROUP_WORDS, measure_at
from services.nl_to_sql.offline.yearcols import holds_years

if TYPE_CHECKING:
    from services.nl_to_sql.offline.reader import Reader


def _bucket_column(r: Reader) -> Col | None:
    anchor = r.q.measures[0].table if r.q.measures else r.q.entity
    return r.date_column_near(anchor) if anchor else None


_EMPTY_LEAD = ("including", "incl", "include", "even", "and", "or")
_EMPTY_LINK = ("those", "ones", "the", "that", "which", "who", "with", "without", "have", "has", "had", "do", "does")


def read_with_empty(r: Reader) -> None:
    """"Bookings per hotel, including hotels that have none (no bookings, zero)": a group without rows
    counts 0."""
    for t in r.tokens:
        if t.lower not in _EMPTY_LEAD[:4] or t.index in r.used:
            continue
        j = t.index + 1
        while r.lower(j) in _EMPTY_LINK or _table_at(r, j) is not None:
            j = _table_at(r, j) or j + 1
        if r.lower(j) in ("nobody", "noone", "never") and r.tokens[j + 1:j + 2] and r.tokens[j + 1].kind == "word":
            end = j + 2                               # "including artists nobody follows", "... who never played"
        elif r.lower(j) not in ("none", "zero", "0", "no"):
            continue
        else:
            end = _table_at(r, j + 1) or j + 1        # "zero bookings", "no bookings"
            if r.lower(j) == "no" and end == j + 1:
                continue
        r.take(*range(t.index - (r.lower(t.index - 1) in _EMPTY_LEAD[4:]), end))
        r.q.with_empty = True
        return


def _table_at(r: Reader, j: int) -> int | None:
    """The end of a table's name starting at token j, if one does."""
    m = r.mention(j)
    return m.end if m is not None and m.tables else None


def read_groups(r: Reader) -> None:
    t = r.tokens
    for i in range(1, len(t)):                        # "stores and their number of employees"
        if r.lower(i) == "their" and r.lower(i - 1) in ("and", "with") and r.q.measures and r.q.entity \
                and not r.q.groups and r.q.measures[0].table != r.q.entity and {i - 1, i}.isdisjoint(r.used):
            r.q.groups.append(Group(r.q.entity))
            r.take(i - 1, i)
    for i in range(len(t)):
        if i in r.used:
            continue
        w = r.lower(i)
        start = i
        if w in ("for", "in", "within") and r.lower(i + 1) in ("each", "every"):
            i += 1
            w = r.lower(i)
        elif w == "in" and r.lower(i + 1) == "terms" and r.lower(i + 2) == "of":
            i += 2                                    # "top 5 products in terms of revenue"
            w = "by"
        elif w == "and" and r.q.groups and i - 1 in r.used and r.mention(i + 1) is not None:
            w = "per"                                 # "revenue per store and status"
        if w not in GROUP_WORDS:
            continue
        if w in ("each", "every") and not r.q.measures and start == i:
            continue                                  # "the name of every category" lists them all
        j = i + 1
        while r.lower(j) in ("each", "every", "the") and j not in r.used:
            j += 1
        if w == "by" and (r.lower(start - 1) in ("sorted", "ordered", "sort", "order", "listed", "alphabetically")
                          or r.lower(r.next_meaningful(0)) in ("sort", "order") and not r.q.measures):
            continue                                  # "sort employee names by age": an order
        if w == "by" and _participle(r.lower(start - 1)):
            r.take(start)                             # "orders served by employees": not a grouping
            continue
        if w == "by" and (r.q.limit is not None or r.superlative):
            found = measure_at(r, j, None)
            if found is not None:                    # "top 5 customers by revenue"
                measure, end = found
                r.rank_by(measure)
                r.take(*range(start, end))
                continue
        if j < len(t) and t[j].stem in (*TIME_UNITS, "decade") and j not in r.used:
            unit = t[j].stem
            decade = "decade" if unit == "decade" else None   # of an integer year: year / 10 * 10
            named = r.fact_column(unit)
            counted = {x.table for x in r.q.measures if x.agg == "COUNT" and not x.cols}
            before = next((m for m in r.mentions if m.end == start and mention_is_date(r, m) and (
                m.start not in r.used or {c[0] for c in m.columns} & counted)), None)   # "invoices issued per"
            years = next((m for m in r.mentions if m.end == start and m.start not in r.used
                          and unit in ("year", "decade") and _year_columns(r, m)), None)
            if before is not None:                   # "hired per year"
                dates = [c for c in before.columns if is_date(r.lex.column(*c))]
                col = r.pick_column(before, dates)
                r.q.groups.append(Group(col.table, col.column, unit))
                r.take(*range(before.start, j + 1))
                continue
            if years is not None:                    # "enrolled per year": an integer `enrolled_year`
                col = r.pick_column(years, _year_columns(r, years))
                r.q.groups.append(Group(col.table, col.column, decade))
                r.take(*range(years.start, j + 1))
                continue
            if named is None and unit in ("year", "decade"):
                named = _own_year(r)
            if named is not None:                    # "per year" with an integer year column
                r.q.groups.append(Group(named.table, named.column, decade))
                event_verb(r, start, named)           # "papers published each year"
            else:
                col = _bucket_column(r) or r.verb_date(unit in ("year", "decade"))
                if col is None:
                    raise cannot(f"I found no date to group by {unit}.", "Group by a column instead.", r.reading())
                bucket = None if not is_date(r.lex.column(col.table, col.column)) else unit
                r.q.groups.append(Group(col.table, col.column, bucket))
            r.take(*range(start, j + 1))
            continue
        if w == "by" and r.mention(j) is None and (v := r.value(j)) is not None and len({x[0] for x in v.values}) == 1:
            r.take(start)                             # "albums by Metallica": the value says whose
            continue
        m = r.mention(j)
        of_counts = r.mention(j + 2) if m is None and r.lower(j) == "number" and r.lower(j + 1) == "of" else None
        if of_counts is not None and of_counts.columns and not of_counts.tables and \
                all(is_numeric(r.lex.column(*c)) for c in of_counts.columns):
            m = of_counts                             # "per number of cylinders": a column of counts
        if m is None or (m.tables and r.number(m.end) is not None):
            continue                                  # "by student 20005" is a filter
        if w == "by" and list_by(r, start, m):
            continue
        clause = r.mention(m.end) if w == "by" and m.tables and is_verb_form(r.lower(m.end)) else None
        if clause is not None and any(c[0] == m.tables[0] for c in clause.columns):
            r.take(start)                             # "performances by orchestras founded after 1900": whose
            continue
        if m.columns and m.end < len(t) and t[m.end].stem in TIME_UNITS and mention_is_date(r, m):
            dates = [c for c in m.columns if is_date(r.lex.column(*c))]
            col = r.pick_column(m, dates)             # "per signup year"
            r.q.groups.append(Group(col.table, col.column, t[m.end].stem))
            r.take(*range(start, m.end + 1))
            continue
        end = m.end
        nxt = r.mention(m.end)
        if m.columns and nxt is not None and nxt.tables and any(
                e.left_table == c[0] and e.left_columns == (c[1],) and e.right_table == nxt.tables[0]
                for c in m.columns for e in r.planner.edges):
            end = nxt.end                             # "per origin airport": the origin column
        if m.tables and nxt is not None and nxt.tables and any(
                e.left_table == m.tables[0] and e.right_table == nxt.tables[0] for e in r.planner.edges):
            r.q.groups.append(Group(nxt.tables[0], via=m.tables[0]))   # "per product category"
            r.take(*range(start, nxt.end))
            continue
        if m.tables and r.mention(m.end) is not None and r.mention(m.end).columns:
            m2 = r.mention(m.end)                     # "per customer city": the customer's city
            own = [c for c in m2.columns if c[0] == m.tables[0]]
            if own:
                r.q.groups.append(Group(own[0][0], own[0][1]))
                r.take(*range(start, m2.end))
                continue
        fact = r.q.measures[0].table if r.q.measures else r.q.entity
        if m.tables and r.q.measures and r.q.measures[0].needs_per and r.q.measures[0].per is None \
                and r.lex.key_of(m.tables[0]) is not None:
            r.q.measures[0].per = m.tables[0]         # "average number of courses per department"
            r.take(*range(start, end))
            continue
        own = [c for c in m.columns if c[0] == fact]
        if not own and m.tables and fact is not None and fact != m.tables[0]:
            # "by department" where the facts carry the department's name (`dept_name`)
            wanted = [w.lower() for w in r.lex.table_words[m.tables[0]]] + ["name"]
            own = [(fact, c.name) for c in r.lex.table(fact).columns
                   if [w.lower() for w in r.lex.norm_words(c.name)] == wanted]
        if own and (not m.tables or fact not in m.tables):
            r.q.groups.append(group_on(r, Col(*own[0])))         # "by department" in instructors
        elif m.tables and r.q.measures and r.q.measures[0].per is not None and not own:
            labels = r.lex.labels(m.tables[0])        # "average order value per store": its name
            if len(labels) != 1:
                raise cannot(f"I don't know which column names a {r.short(m.tables[0])}.",
                             f"Say it, e.g. 'per {r.short(m.tables[0])} <column>'.", r.reading())
            r.q.groups.append(Group(m.tables[0], labels[0]))
        elif m.tables and r.q.measures and r.q.measures[0].needs_per and r.q.measures[0].per is None:
            r.q.measures[0].per = m.tables[0]         # the average of per-customer counts or sums
        elif m.tables:
            r.q.groups.append(Group(m.tables[0]))
        elif m.columns:
            col = r.pick_column(m, m.columns)
            r.q.groups.append(group_on(r, col))
        r.take(*range(start, end))


_PARTICIPLES = {"taken", "taught", "sold", "made", "written", "bought", "done", "given", "held", "paid", "seen",
                "run", "led", "owned", "flown"}


def _participle(word: str) -> bool:
    return word in _PARTICIPLES or (len(word) > 4 and word.endswith("ed") and word not in ("ordered", "sorted"))


def group_on(r: Reader, col: Col) -> Group:
    """A key column groups by the rows it points at ("per manager": the managers), and so does a
    reference named like the table it points at ("per channel": `tv_series.channel` of `tv_channel`)."""
    for e in r.planner.edges:
        said = [root(w) for w in r.lex.norm_words(col.column)]
        named = said == [root(w) for w in r.lex.table_words[e.right_table]][-len(said):]
        if e.left_table == col.table and e.left_columns == (col.column,) and (is_key_like(col.column) or named):
            if e.right_table == col.table:
                raise cannot(f"Grouping by {col.column} needs {r.short(col.table)} joined to itself, "
                             "which the offline engine does not do.", "Configure an LLM provider for this one.",
                             r.reading())
            return Group(e.right_table)
    return Group(col.table, col.column)


def mention_is_date(r: Reader, m: Mention) -> bool:
    return any(is_date(r.lex.column(*c)) for c in m.columns)


def _own_year(r: Reader) -> Col | None:
    """The one integer `..._year` column of the counted rows when they have no date of their own
    ("books per decade": `published_year`, not the date of a copy joined to them)."""
    fact = r.q.measures[0].table if r.q.measures else r.q.entity
    columns = r.lex.table(fact).columns if fact else ()
    years = [c.name for c in columns if fact and holds_years(r, fact, c.name)]
    return Col(fact, years[0]) if fact and len(years) == 1 and not any(is_date(c) for c in columns) else None


def _year_columns(r: Reader, m: Mention) -> list[tuple[str, str]]:
    return [c for c in m.columns if holds_years(r, *c)]
