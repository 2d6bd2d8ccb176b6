"""The `schema.introspect` result: what a registered database contains (tables, views, columns,
keys, comments). The executor produces it; the NL->SQL service indexes it."""
from __future__ import annotations

from typing import Literal

from pydantic import Field

from contracts.base import CamelModel


class ColumnDef(CamelModel):
    name: str
    type: str                       # PostgreSQL's own spelling, e.g. "numeric(10,2)", "timestamp with time zone"
    nullable: bool
    comment: str | None = None


class ForeignKey(CamelModel):
    columns: list[str]
    ref_schema: str
    ref_table: str
    ref_columns: list[str]


class TableInfo(CamelModel):
    # `schema` shadows a BaseModel attribute name in pydantic, so the Python name differs.
    schema_name: str = Field(alias="schema")
    name: str
    kind: Literal["table", "view"]
    comment: str | None = None
    columns: list[ColumnDef] = Field(default_factory=list)
    primary_key: list[str] = Field(default_factory=list)
    foreign_keys: list[ForeignKey] = Field(default_factory=list)

    @property
    def qualified_name(self) -> str:
        return f"{self.schema_name}.{self.name}"


class SchemaInfo(CamelModel):
    database_id: str
    dialect: Literal["postgres"] = "postgres"
    tables: list[TableInfo] = Field(default_factory=list)
    # The registration's `allowedFunctions`: NL->SQL validates generated SQL against the same
    # allow-list the executor applies, so neither accepts what the other would refuse.
    allowed_functions: list[str] = Field(default_factory=list)
