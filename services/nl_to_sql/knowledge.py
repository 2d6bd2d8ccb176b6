"""Payloads of the knowledge operations (documentation snippets and example question/SQL pairs
the operator adds to a database's index) and of `schema.refresh`."""
from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from contracts.base import CamelModel
from contracts.rest import DATABASE_ID_PATTERN, MAX_QUESTION_CHARS, MAX_SQL_CHARS


class DatabaseRef(CamelModel):
    database_id: str = Field(pattern=DATABASE_ID_PATTERN)


class KnowledgeAdd(DatabaseRef):
    kind: Literal["doc", "example"]
    text: str | None = Field(default=None, min_length=1, max_length=20_000)       # doc
    question: str | None = Field(default=None, min_length=1, max_length=MAX_QUESTION_CHARS)  # example
    sql: str | None = Field(default=None, min_length=1, max_length=MAX_SQL_CHARS)  # example

    @model_validator(mode="after")
    def _shape(self) -> KnowledgeAdd:
        if self.kind == "doc" and not self.text:
            raise ValueError("a doc needs `text`")
        if self.kind == "example" and not (self.question and self.sql):
            raise ValueError("an example needs `question` and `sql`")
        return self


class KnowledgeRemove(DatabaseRef):
    id: str = Field(min_length=1, max_length=64)


class KnowledgeItem(CamelModel):
    id: str
    kind: Literal["doc", "example"]
    text: str | None = None
    question: str | None = None
    sql: str | None = None
