"""The NL->SQL view of a database schema: built from the executor's `schema.introspect` result
(`contracts.schema_info.SchemaInfo` JSON), with the lookups retrieval, prompts and validation need."""
from __future__ import annotations

import hashlib
from collections import deque
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    nullable: bool = True
    comment: str | None = None


@dataclass(frozen=True)
class ForeignKey:
    columns: tuple[str, ...]
    ref_schema: str
    ref_table: str
    ref_columns: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    schema: str
    name: str
    columns: tuple[Column, ...]
    kind: str = "table"
    comment: str | None = None
    primary_key: tuple[str, ...] = ()
    foreign_keys: tuple[ForeignKey, ...] = ()

    @property
    def key(self) -> str:
        """`public.orders` -> `orders`; other schemas stay qualified."""
        return self.name if self.schema == "public" else f"{self.schema}.{self.name}"

    def column(self, name: str) -> Column | None:
        lowered = name.lower()
        return next((c for c in self.columns if c.name.lower() == lowered), None)

    def ddl(self) -> str:
        """This table as valid PostgreSQL DDL (the form prompts carry)."""
        from services.nl_to_sql.prompt_schema import table_ddl  # the one DDL renderer
        return table_ddl(self)

    def document(self, neighbours: list[str]) -> str:
        """The text embedded for retrieval: names, types, comments and join partners."""
        parts = [f"table {self.key}"]
        if self.comment:
            parts.append(self.comment)
        for c in self.columns:
            parts.append(f"column {c.name} {c.type}" + (f" {c.comment}" if c.comment else ""))
        if neighbours:
            parts.append("joins " + " ".join(neighbours))
        return "\n".join(parts)

    def digest(self, neighbours: list[str]) -> str:
        return hashlib.sha256(self.document(neighbours).encode()).hexdigest()[:32]


@dataclass
class Schema:
    database_id: str
    tables: dict[str, Table] = field(default_factory=dict)
    dialect: str = "postgres"
    allowed_functions: frozenset[str] = frozenset()  # the registration's `allowedFunctions`

    @classmethod
    def from_introspection(cls, info: dict[str, Any]) -> Schema:
        schema = cls(info["databaseId"], dialect=info.get("dialect", "postgres"),
                     allowed_functions=frozenset(info.get("allowedFunctions", ())))
        for t in info.get("tables", []):
            table = Table(
                schema=t.get("schema", "public"), name=t["name"], kind=t.get("kind", "table"),
                comment=t.get("comment"),
                columns=tuple(Column(c["name"], c["type"], c.get("nullable", True), c.get("comment"))
                              for c in t.get("columns", [])),
                primary_key=tuple(t.get("primaryKey", [])),
                foreign_keys=tuple(ForeignKey(tuple(fk["columns"]), fk.get("refSchema", "public"),
                                              fk["refTable"], tuple(fk["refColumns"]))
                                   for fk in t.get("foreignKeys", [])),
            )
            schema.tables[table.key] = table
        return schema

    def find(self, name: str, schema_name: str | None = None) -> Table | None:
        key = name.lower() if not schema_name or schema_name.lower() == "public" else f"{schema_name}.{name}".lower()
        return next((t for k, t in self.tables.items() if k.lower() == key), None)

    def _ref_key(self, fk: ForeignKey) -> str:
        return fk.ref_table if fk.ref_schema == "public" else f"{fk.ref_schema}.{fk.ref_table}"

    def edges(self) -> dict[str, list[tuple[str, Table, ForeignKey, bool]]]:
        """Undirected FK graph: table key -> [(other key, owner of the FK, FK, owner is this table)]."""
        graph: dict[str, list] = {k: [] for k in self.tables}
        for key, table in self.tables.items():
            for fk in table.foreign_keys:
                ref = self._ref_key(fk)
                if ref in graph:
                    graph[key].append((ref, table, fk, True))
                    if ref != key:
                        graph[ref].append((key, table, fk, False))
        return graph

    def neighbours(self, key: str) -> list[str]:
        return sorted({other for other, *_ in self.edges().get(key, [])})

    def join_path(self, start: str, goal: str, edges=None, max_hops: int = 4) -> list[tuple[str, str, str]] | None:
        """Shortest FK path as join steps [(from_key, to_key, ON condition)], or None."""
        edges = edges or self.edges()
        if start == goal:
            return []
        previous: dict[str, tuple[str, str]] = {start: ("", "")}
        queue = deque([(start, 0)])
        while queue:
            node, depth = queue.popleft()
            if depth >= max_hops:
                continue
            for other, owner, fk, _ in edges.get(node, []):
                if other in previous:
                    continue
                ref = self._ref_key(fk)
                on = " AND ".join(f"{owner.key}.{c} = {ref}.{r}" for c, r in zip(fk.columns, fk.ref_columns))
                previous[other] = (node, on)
                if other == goal:
                    steps = []
                    cur = goal
                    while cur != start:
                        prev, cond = previous[cur]
                        steps.append((prev, cur, cond))
                        cur = prev
                    return list(reversed(steps))
                queue.append((other, depth + 1))
        return None

    def subset(self, keys: list[str]) -> Schema:
        return Schema(self.database_id, {k: self.tables[k] for k in keys if k in self.tables}, self.dialect,
                      self.allowed_functions)
