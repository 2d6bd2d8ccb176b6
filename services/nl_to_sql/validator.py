"""Is this SQL something we may hand to the user? One read-only statement (the executor's rules,
shared through `services.sqlguard`, with the functions the database's registration allows) whose
every table and column exists in the database's schema, with "did you mean" hints for near
misses. The messages go back to the LLM verbatim on correction."""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from sqlglot import exp
from sqlglot.optimizer.scope import Scope, traverse_scope

from contracts.errors import ServiceError
from services.nl_to_sql.extract import NO_SQL, extract_sql
from services.nl_to_sql.schema import Schema, Table
from services.sqlguard import check_read_only


@dataclass
class Validation:
    valid: bool
    errors: list[str] = field(default_factory=list)
    tables: list[str] = field(default_factory=list)


@dataclass
class CheckedAnswer:
    sql: str | None
    explanation: str
    errors: list[str]
    tables: list[str]


def check_answer(raw: str, schema: Schema, *, sql: str | None = None, explanation: str = "",
                 extract: bool = True) -> CheckedAnswer:
    """An answer's one SQL statement (pulled out of the model's text when `extract`), checked:
    the extraction problems first (not exactly one statement), then the validation errors.
    CPU-bound (sqlglot): the workflow runs it in a worker thread."""
    problems: list[str] = []
    if extract:
        extracted = extract_sql(raw, schema.dialect)
        sql, explanation, problems = extracted.sql, extracted.explanation, list(extracted.problems)
    elif sql is None:
        problems = [NO_SQL]
    tables: list[str] = []
    if sql is not None:
        validation = validate_sql(sql, schema)
        problems += validation.errors
        tables = validation.tables
    return CheckedAnswer(sql, explanation, list(dict.fromkeys(problems)), tables)


def _did_you_mean(name: str, candidates: list[str]) -> str:
    close = difflib.get_close_matches(name.lower(), [c.lower() for c in candidates], n=1, cutoff=0.6)
    if not close:
        return ""
    original = next(c for c in candidates if c.lower() == close[0])
    return f" Did you mean '{original}'?"


def validate_sql(sql: str, schema: Schema, *, timeout_seconds: float | None = None) -> Validation:
    try:
        tree = check_read_only(sql, dialect=schema.dialect, timeout_seconds=timeout_seconds,
                               allowed_functions=schema.allowed_functions)
    except ServiceError as err:
        message = err.body.message
        if err.body.suggestion:
            message += f" ({err.body.suggestion})"
        return Validation(False, [message])
    errors: list[str] = []
    used: list[str] = []
    try:
        scopes = traverse_scope(tree)
    except Exception as err:  # sqlglot's scope builder rejects some odd-but-parseable SQL
        return Validation(False, [f"The query structure could not be analysed: {err}"])
    for scope in scopes:
        _check_scope(scope, schema, errors, used)
    unique_errors = list(dict.fromkeys(errors))
    return Validation(not unique_errors, unique_errors, list(dict.fromkeys(used)))


def _resolve_table(node: exp.Table, schema: Schema, errors: list[str]) -> Table | None:
    if not node.name:
        return None  # a table function such as generate_series(...)
    table = schema.find(node.name, node.db or None)
    if table is None:
        shown = f"{node.db}.{node.name}" if node.db else node.name
        errors.append(f"Table '{shown}' does not exist.{_did_you_mean(node.name, list(schema.tables))}")
    return table


def _columns_of(source) -> list[str] | None:
    """Column names a source exposes; None when unknown (SELECT * of a subquery, functions)."""
    if isinstance(source, Table):
        return [c.name for c in source.columns]
    if isinstance(source, Scope):
        selects = source.expression.selects if isinstance(source.expression, exp.Query) else []
        if any(isinstance(s, exp.Star) or (isinstance(s, exp.Column) and isinstance(s.this, exp.Star))
               for s in selects):
            return None
        return list(source.expression.named_selects) if isinstance(source.expression, exp.Query) else None
    return None


def _check_scope(scope: Scope, schema: Schema, errors: list[str], used: list[str]) -> None:
    sources: dict[str, object] = {}
    for alias, source in scope.sources.items():
        if isinstance(source, exp.Table):
            table = _resolve_table(source, schema, errors)
            if table is not None:
                used.append(table.key)
            sources[alias] = table
        else:
            sources[alias] = source
    # Correlated subqueries may name the outer query's tables.
    outer: dict[str, object] = {}
    parent = scope.parent
    while parent is not None:
        for alias, source in parent.sources.items():
            if alias not in sources and alias not in outer:
                outer[alias] = schema.find(source.name, source.db or None) if isinstance(source, exp.Table) else source
        parent = parent.parent
    aliases = set()
    if isinstance(scope.expression, exp.Select):
        aliases = {s.alias_or_name.lower() for s in scope.expression.selects if s.alias}

    for column in scope.columns:
        name = column.name
        if not name or isinstance(column.this, exp.Star):
            continue
        if isinstance(scope.expression, exp.Select) and column.find_ancestor(exp.Select) is not scope.expression:
            continue  # belongs to a nested query, checked in that query's own scope
        qualifier = column.table
        if qualifier:
            if qualifier not in sources and qualifier not in outer:
                if qualifier in {k.split(".")[-1] for k in schema.tables} or schema.find(qualifier):
                    errors.append(f"Table '{qualifier}' is used in '{column.sql()}' but is not in the FROM clause.")
                else:
                    errors.append(f"Unknown table or alias '{qualifier}' in '{column.sql()}'.")
                continue
            source = sources[qualifier] if qualifier in sources else outer.get(qualifier)  # type: ignore[assignment]
            known = _columns_of(source)
            if source is None or known is None:
                continue  # the table itself was already reported, or its columns are unknowable
            if name.lower() not in {k.lower() for k in known}:
                where = source.key if isinstance(source, Table) else qualifier
                errors.append(f"Column '{name}' does not exist in table '{where}'."
                              + (_did_you_mean(name, known) or _elsewhere(name, schema)))
            continue
        if name.lower() in aliases:
            continue
        visible = [s for s in sources.values() if s is not None]
        maybe_lists = [_columns_of(s) for s in visible]
        columns_lists = [c for c in maybe_lists if c is not None]
        if len(columns_lists) != len(maybe_lists) or not visible:
            continue
        if any(name.lower() in {c.lower() for c in cols} for cols in columns_lists):
            continue
        if any(name.lower() in {c.lower() for c in (_columns_of(s) or [])} for s in outer.values() if s is not None):
            continue
        known = [c for cols in columns_lists for c in cols]
        tables = ", ".join(sorted(s.key if isinstance(s, Table) else "subquery" for s in visible))
        errors.append(f"Column '{name}' does not exist in {tables}."
                      + (_did_you_mean(name, known) or _elsewhere(name, schema)))


def _elsewhere(column: str, schema: Schema) -> str:
    owners = [t.key for t in schema.tables.values() if t.column(column)]
    if owners:
        return f" It exists in {', '.join(sorted(owners)[:3])}; join that table."
    return ""
