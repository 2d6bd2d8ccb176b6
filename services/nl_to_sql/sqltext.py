"""SQL text for the service's own read-only queries (value samples and lookups): quoted names and
string literals."""
from __future__ import annotations


def sql_identifier(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def sql_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
