"""The top row (or top N rows) within each group: "the most expensive drug in each category",
"each clinic's most recently hired doctor", "the 2 cheapest products per category".

The superlative and the grouping are read by the usual passes (`ranking`, `groups`); a ranking of
the rows by one of their columns that also has exactly one "each / every / per" group becomes this
shape. It renders as `rank() OVER (PARTITION BY <group> ORDER BY <column>)` in a subquery, so rows
tied at the top of a group are all shown (as `WHERE price = (SELECT max(price) ... )` would). A
ranking by an aggregate within groups ("the 2 doctors with the most appointments in each clinic")
stays refused (`risks.check_group_top`)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from services.nl_to_sql.offline.model import Col, Group, Measure, Query, cannot
from services.nl_to_sql.offline.render import ident

if TYPE_CHECKING:
    from services.nl_to_sql.offline.reader import Reader
    from services.nl_to_sql.offline.render import Renderer

_EACH = ("each", "every")
_ROW_LINK = ("with", "having", "has", "have", "that", "who", "which", "the", "a", "an")


def row_asked(r: Reader, i: int) -> bool:
    """"Doctor with the highest salary in each clinic": the rows named before the superlative are
    asked for (not "the highest salary in each clinic", a MAX per group)."""
    j = i - 1
    while j >= 0 and r.lower(j) in _ROW_LINK:
        j -= 1
    return r.q.entity is not None and j < i - 1 and any(
        m.end == j + 1 and m.tables[:1] == [r.q.entity] for m in r.mentions)


def _ranks_rows(r: Reader) -> bool:
    return r.q.order is not None and isinstance(r.q.order[0], Col) and not r.q.measures and r.q.entity is not None


def read_each_prefix(r: Reader) -> None:
    """"Each clinic's most recently hired doctor", "the cheapest drug of every category", "the
    newest doctor at each clinic": the groupings the `groups` pass leaves to a list question."""
    ranked = r.q.order is not None and r.q.limit is not None and r.q.entity is not None
    if not (ranked or r.superlative and r.q.order is None and not r.q.measures and r.q.entity):
        return                                        # "the largest invoice" is ranked later, by its amount
    for i, tok in enumerate(r.tokens):
        if i in r.used or tok.lower not in _EACH or r.lower(i - 1) in ("in", "for", "within") \
                or i and r.lower(i - 1) not in ("of", "at", "across", "from"):
            continue
        m = r.mention(i + 1)
        if m is None:
            continue
        if m.tables and m.tables[0] != r.q.entity:
            r.q.groups.append(Group(m.tables[0]))
        elif m.columns and not m.tables:
            own = [c for c in m.columns if c[0] == r.q.entity]
            if len(own) != 1:
                continue
            r.q.groups.append(Group(*own[0]))
        else:
            continue
        r.take(i - (r.lower(i - 1) in ("of", "at", "across", "from")), *range(i, m.end))
        return


def finish(r: Reader) -> None:
    """A ranking of the rows by their own column with one "each/every/per" group: per group."""
    q = r.q
    said = any(t.lower in (*_EACH, "per") and t.index in r.used for t in r.tokens)
    if said and _by_figure(r):
        return
    if not _ranks_rows(r) or q.limit is None or len(q.groups) != 1 or q.having or not said:
        return
    group = q.groups[0]
    if group.table == q.entity and group.column is None or group.bucket is not None:
        return
    q.top_group, q.groups = group, []


def _by_figure(r: Reader) -> bool:
    """"The 2 doctors with the most appointments in each clinic", "top 3 products by revenue within
    each category": rows ranked by a figure of theirs, within the one other group."""
    q = r.q
    if q.limit is None or q.order is None or not isinstance(q.order[0], Measure) or len(q.groups) != 2 \
            or len(q.measures) != 1 or q.having or q.measures[0].per or q.measures[0].share is not None:
        return False
    rows = [g for g in q.groups if g == Group(q.entity or "")]
    other = [g for g in q.groups if g not in rows]
    if len(rows) != 1 or len(other) != 1 or other[0].bucket is not None or other[0].table == q.entity \
            and other[0].column is None:
        return False
    q.top_group, q.groups = other[0], [other[0], rows[0]]
    return True


def render(rd: Renderer, q: Query) -> str:
    if q.order is not None and isinstance(q.order[0], Measure):
        return _render_by_figure(rd, q)
    group, (ranked, desc) = q.top_group, q.order or (None, True)
    assert group is not None and q.entity is not None and isinstance(ranked, Col)
    entity = q.entity
    needed = [group.table, ranked.table] + [c.col.table for c in q.conditions] + [c.table for c in q.projection]
    plan = rd.planner.plan(entity, needed, {group.table: group.via} if group.via else None)
    if plan.fans_out:
        said, whole = rd.lex.table_words.get(entity, [entity]), rd.lex.table_words.get(group.table, [group.table])
        raise cannot(f"Each {' '.join(said).lower()} row has several {' '.join(whole).lower()} rows, so 'the top one "
                     "in each' is unclear.",
                     "Ask for the top rows of the table the groups are a column of.")
    if group.column is not None:
        shown = [rd.col(Col(group.table, group.column))]
        partition = shown
    else:
        shown = rd.identity(group.table)
        key = rd.lex.key_of(group.table)
        partition = [rd.col(Col(group.table, key))] if key else shown
    rows = rd.identity(entity) if rd.lex.identity(entity) else \
        [rd.col(Col(entity, c.name)) for c in rd.lex.table(entity).columns]
    extra = [rd.col(c) for c in q.projection] + [rd.col(ranked)]
    exprs = list(dict.fromkeys(shown + rows + extra))
    names = _names(rd, exprs)
    where = rd.where(q)
    if rd.lex.column(ranked.table, ranked.column).nullable:
        where.append(f"{rd.col(ranked)} IS NOT NULL")   # a missing value is never the top one
    window = (f"rank() OVER (PARTITION BY {', '.join(partition)} ORDER BY {rd.col(ranked)} "
              f"{'DESC' if desc else 'ASC'}) AS rank_in_group")
    inner = rd.assemble([f"{e} AS {n}" for e, n in zip(exprs, names)] + [window], plan, where)
    indented = inner.replace("\n", "\n  ")
    first = ", ".join(f"t.{n}" for n in names[:len(shown)])
    return (f"SELECT {', '.join('t.' + n for n in names)}\nFROM (\n  {indented}\n) t\n"
            f"WHERE t.rank_in_group <= {q.limit}\nORDER BY {first}, t.rank_in_group")


def _names(rd: Renderer, exprs: list[str]) -> list[str]:
    """Output names: the column's, with its table's short name in front when two are alike."""
    table_of = {a: t for t, a in rd.aliases.items()}
    plain = [e.split(".", 1)[1].strip('"') for e in exprs]
    out = []
    for e, n in zip(exprs, plain):
        if plain.count(n) > 1:
            table = table_of[e.split(".", 1)[0]]
            n = "_".join(w.lower() for w in rd.lex.table_words.get(table, [table])) + "_" + n
        out.append(ident(n))
    return out


def _render_by_figure(rd: Renderer, q: Query) -> str:
    """The grouped figure per (group, row) with its rank within the group, then the top N of each."""
    group, (measure, desc) = q.top_group, q.order or (None, True)
    assert group is not None and isinstance(measure, Measure)
    needed = [g.table for g in q.groups] + [c.col.table for c in q.conditions] + [c.table for c in measure.cols]
    plan = rd.planner.plan(measure.table, needed, {g.table: g.via for g in q.groups if g.via})
    if group.column is not None:
        partition = [rd.col(Col(group.table, group.column))]
    else:
        key = rd.lex.key_of(group.table)
        partition = [rd.col(Col(group.table, key))] if key else rd.identity(group.table)
    window = (f"rank() OVER (PARTITION BY {', '.join(partition)} ORDER BY {rd.measure(measure, plan)} "
              f"{'DESC NULLS LAST' if desc else 'ASC'}) AS rank_in_group")
    limit, order, q.limit, q.order, q.top_group = q.limit, q.order, None, None, None
    try:
        inner = rd.aggregate(q)
    finally:
        q.limit, q.order, q.top_group = limit, order, group
    head, _, tail = inner.partition("\nFROM ")
    indented = f"{head}, {window}\nFROM {tail}".replace("\n", "\n  ")
    return f"SELECT t.*\nFROM (\n  {indented}\n) t\nWHERE t.rank_in_group <= {limit}\nORDER BY t.rank_in_group"
