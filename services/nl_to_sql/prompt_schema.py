"""The schema part of an LLM prompt, as valid PostgreSQL: one CREATE TABLE per retrieved table
(identifiers quoted where PostgreSQL would fold or reject them, each column's comment after its
separating comma, sampled values of low-cardinality columns in that comment), then the join edges
between those tables — declared and inferred — as SQL comments, so the block stays runnable DDL."""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from services.nl_to_sql.schema import Schema, Table

PROMPT_MAX_VALUES = 20      # a column with more sampled values than this is not shown as a category
PROMPT_VALUE_CHARS = 40     # longer values are left out (they are not categories either)
_PLAIN = re.compile(r"^[a-z_][a-z0-9_]*$")
# Words PostgreSQL reserves (as column or table names they must be quoted).
_RESERVED = frozenset("""
all analyse analyze and any array as asc asymmetric both case cast check collate column constraint create
current_catalog current_date current_role current_time current_timestamp current_user default deferrable
desc distinct do else end except false fetch for foreign from grant group having in initially intersect
into lateral leading limit localtime localtimestamp not null offset on only or order placing primary
references returning select session_user some symmetric table then to trailing true union unique user
using variadic when where window with authorization binary collation concurrently cross freeze full ilike
inner is isnull join left like natural notnull outer overlaps right similar tablesample verbose
""".split())

Values = Mapping[tuple[str, str], Sequence[str]]


class Edge(Protocol):
    """What the prompt needs of a join edge (`services.nl_to_sql.joins.JoinEdge`, frozen)."""

    @property
    def left_table(self) -> str: ...
    @property
    def left_columns(self) -> tuple[str, ...]: ...
    @property
    def right_table(self) -> str: ...
    @property
    def right_columns(self) -> tuple[str, ...]: ...
    @property
    def confidence(self) -> float: ...
    @property
    def source(self) -> str: ...
    def as_data(self) -> dict[str, object]: ...


def ident(name: str) -> str:
    if _PLAIN.match(name) and name not in _RESERVED:
        return name
    return '"' + name.replace('"', '""') + '"'


def table_name(table: Table) -> str:
    return ident(table.name) if table.schema == "public" else f"{ident(table.schema)}.{ident(table.name)}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _literal(value: str) -> str:
    return "'" + _one_line(value).replace("'", "''") + "'"


def category_values(values: Sequence[str] | None) -> list[str]:
    """The sampled values worth showing: all of them, when the column has few and short ones."""
    if not values or len(values) > PROMPT_MAX_VALUES or any(len(v) > PROMPT_VALUE_CHARS for v in values):
        return []
    return list(values)


def table_ddl(table: Table, values: Values | None = None) -> str:
    items: list[tuple[str, str]] = []
    for c in table.columns:
        notes = [_one_line(c.comment)] if c.comment else []
        shown = category_values((values or {}).get((table.key, c.name)))
        if shown:
            notes.append("values: " + ", ".join(_literal(v) for v in shown))
        items.append((f"{ident(c.name)} {c.type}{'' if c.nullable else ' NOT NULL'}", "; ".join(notes)))
    if table.primary_key:
        items.append((f"PRIMARY KEY ({', '.join(ident(c) for c in table.primary_key)})", ""))
    for fk in table.foreign_keys:
        ref = ident(fk.ref_table) if fk.ref_schema == "public" else f"{ident(fk.ref_schema)}.{ident(fk.ref_table)}"
        items.append((f"FOREIGN KEY ({', '.join(ident(c) for c in fk.columns)}) REFERENCES {ref} "
                      f"({', '.join(ident(c) for c in fk.ref_columns)})", ""))
    lines = []
    for i, (definition, note) in enumerate(items):
        line = f"  {definition}{',' if i < len(items) - 1 else ''}"
        lines.append(f"{line}  -- {note}" if note else line)
    head = [f"-- {_one_line(table.comment)}"] if table.comment else []
    if table.kind == "view":
        head.append(f"-- {table.key} is a view: read it like a table.")
    body = "\n".join(lines)
    return "\n".join([*head, f"CREATE TABLE {table_name(table)} (\n{body}\n);"])


def _edge_table(schema: Schema, key: str) -> str:
    table = schema.tables.get(key)
    return table_name(table) if table is not None else key


def edge_text(edge: Edge, schema: Schema) -> str:
    left, right = _edge_table(schema, edge.left_table), _edge_table(schema, edge.right_table)
    on = " AND ".join(f"{left}.{ident(lc)} = {right}.{ident(rc)}"
                      for lc, rc in zip(edge.left_columns, edge.right_columns))
    how = "declared foreign key" if edge.source == "declared" else \
        f"inferred from column {'names' if edge.source == 'name' else 'values'}, confidence {edge.confidence:.2f}"
    return f"{on}  ({how})"


def edges_between(edges: Iterable[Edge], tables: Iterable[str]) -> list[Edge]:
    keep = set(tables)
    return [e for e in edges if e.left_table in keep and e.right_table in keep and e.left_table != e.right_table]


def _ordered(schema: Schema, keys: Sequence[str]) -> list[str]:
    """Referenced tables before the tables whose foreign keys point at them (then retrieval order),
    so the DDL also runs as written."""
    wanted = [k for k in keys if k in schema.tables]
    done: list[str] = []
    visiting: set[str] = set()

    def visit(key: str) -> None:
        if key in done or key in visiting:
            return
        visiting.add(key)
        for fk in schema.tables[key].foreign_keys:
            ref = fk.ref_table if fk.ref_schema == "public" else f"{fk.ref_schema}.{fk.ref_table}"
            if ref in wanted:
                visit(ref)
        visiting.discard(key)
        done.append(key)

    for key in wanted:
        visit(key)
    return done


def schema_section(schema: Schema, tables: Sequence[str], edges: Iterable[Edge] = (),
                   values: Values | None = None) -> tuple[str, list[Edge]]:
    """(the DDL block, the join edges it lists)."""
    keys = _ordered(schema, tables)
    parts = [table_ddl(schema.tables[k], values) for k in keys]
    shown = edges_between(edges, keys)
    if shown:
        parts.append("-- Join edges between these tables (join along these; inferred ones come from "
                     "names or values, not declared keys):\n" + "\n".join(f"-- {edge_text(e, schema)}" for e in shown))
    return "\n\n".join(parts), shown
