"""Sums and averages over rows that a join repeats: "average runtime per genre" through a
`movie_genre` bridge whose pairs may repeat, "total gross of action movies".

Joining the measured rows to the many side of a relation repeats each of them once per related row,
so `avg(runtime)` would weigh a movie listed twice under a genre twice. The measured rows are first
made distinct per group (`SELECT DISTINCT <group>, <key>, <values>`), then aggregated: each measured
row counts once in each group it belongs to. A keyless table's rows are told apart by all their
columns. Only measures of one table take this shape; anything else stays refused."""
from __future__ import annotations

from typing import TYPE_CHECKING

from services.nl_to_sql.offline.model import Col, Measure, Query, cannot
from services.nl_to_sql.offline.planner import Plan
from services.nl_to_sql.offline.render import ident

if TYPE_CHECKING:
    from services.nl_to_sql.offline.render import Renderer

_ADDING_UP = ("SUM", "AVG")
_NO_EQUALITY = ("json", "xml", "point", "line", "box", "path", "polygon", "circle")   # no DISTINCT on these


def wanted(measures: list[Measure], having: list[tuple[Measure, str, str]]) -> bool:
    return any(m.agg in _ADDING_UP and m.cols and m.share is None for m in measures + [h[0] for h in having])


def _refused() -> Exception:
    return cannot("Adding this up across the related rows would count some rows more than once.",
                  "Ask for the figure per row of the table that holds it.")


def render(r: Renderer, q: Query, measures: list[Measure], plan: Plan, select: list[str], group: list[str]) -> str:
    everything = measures + [h[0] for h in q.having]
    tables = {m.table for m in everything} | {c.table for m in everything for c in m.cols}
    identity = _identity(r, next(iter(tables))) if len(tables) == 1 else []
    if not identity or any(m.share is not None or m.per for m in everything):
        raise _refused()
    table = next(iter(tables))
    inner = [f"{expr} AS g{n}" for n, expr in enumerate(group)] + \
        [f"{r.col(Col(table, c))} AS k{n}" for n, c in enumerate(identity)]
    values: dict[str, str] = {}                       # per-row value -> its column in the subquery
    for m in everything:
        if m.cols:
            values.setdefault(r.value(m), f"v{len(values)}")
    inner += [f"{expr} AS {name}" for expr, name in values.items()]

    def outer(m: Measure) -> str:
        if not m.cols:
            return f"count(DISTINCT ({', '.join(f't.k{n}' for n in range(len(identity)))}))"
        column = f"t.{values[r.value(m)]}"
        return f"count(DISTINCT {column})" if m.agg == "COUNT" else f"{m.agg.lower()}({column})"

    shown = [f"t.g{n} AS {ident(_name(shown_as))}" for n, shown_as in enumerate(select)]
    labels: dict[int, str] = {}
    for m in measures:
        label = ident(m.label) if ident(m.label) not in labels.values() else ident(f"{m.label}_{len(labels)}")
        labels[id(m)] = label
        shown.append(f"{outer(m)} AS {label}")
    sub = r.assemble(inner, plan, r.group_where(q), distinct=True).replace("\n", "\n  ")
    sql = f"SELECT {', '.join(shown)}\nFROM (\n  {sub}\n) t"
    grouped = [f"t.g{n}" for n in range(len(group))]
    if grouped:
        sql += "\nGROUP BY " + ", ".join(grouped)
    if q.having:
        sql += "\nHAVING " + " AND ".join(f"{outer(m)} {op} {value}" for m, op, value in q.having)
    if q.order is not None:
        what, desc = q.order
        if isinstance(what, Measure):
            key_expr = labels.get(id(what)) or outer(what)
        elif r.col(what) in group:
            key_expr = f"t.g{group.index(r.col(what))}"
        else:
            raise _refused()
        nulls = " NULLS LAST" if desc else ""
        sql += f"\nORDER BY {key_expr} {'DESC' if desc else 'ASC'}{nulls}" + (f", {grouped[0]}" if grouped else "")
    elif any(g.bucket for g in q.groups):
        sql += "\nORDER BY " + ", ".join(grouped)
    if q.limit:
        sql += f"\nLIMIT {q.limit}" + (f" OFFSET {q.offset}" if q.offset else "")
    return sql


def _identity(r: Renderer, table: str) -> list[str]:
    """The columns that tell the measured rows apart: the key, or else all of them (a keyless `rating`
    row is its movie, stars and votes; two rows alike in every column count once)."""
    key = r.lex.key_of(table)
    if key is not None:
        return [key]
    columns = r.lex.table(table).columns
    if any(t in c.type.lower() for c in columns for t in _NO_EQUALITY):
        return []
    return [c.name for c in columns]


def _name(expr: str) -> str:
    """The name a grouped query shows a group under: its column's, or its bucket's."""
    if " AS " in expr:
        return expr.rsplit(" AS ", 1)[1]
    return expr.split(".")[-1].strip('"')
