"""The read-only guard: decide, before anything reaches a database, that a SQL string is exactly
one query that reads data and touches nothing else (DESIGN §6).

This is defence in depth: the executor also runs every statement in a read-only transaction, so
the database refuses writes the guard might miss. The guard's job is to refuse early, with a
reason a user understands, and to stop what a read-only transaction does not (sleeping on a
connection, reading server files, talking to other servers, changing settings).

Both the executor and the NL->SQL validator call `check_read_only`; the rules live only here.
"""
from __future__ import annotations

import logging

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError, TokenError

from contracts.errors import ErrorCode, ServiceError

# sqlglot warns on stderr whenever it falls back to an opaque Command; we refuse those anyway.
logging.getLogger("sqlglot").setLevel(logging.ERROR)

READ_ONLY_SUGGESTION = "Only a single SELECT (or WITH ... SELECT) query can be run here."

# Statement kinds that are never a read: reported with a friendly name.
_STATEMENT_NAMES: tuple[tuple[type[exp.Expression], str], ...] = (
    (exp.Insert, "INSERT"), (exp.Update, "UPDATE"), (exp.Delete, "DELETE"), (exp.Merge, "MERGE"),
    (exp.TruncateTable, "TRUNCATE"), (exp.Create, "CREATE"), (exp.Drop, "DROP"),
    (exp.Alter, "ALTER"), (exp.Copy, "COPY"), (exp.Set, "SET"), (exp.Grant, "GRANT"),
    (exp.Revoke, "REVOKE"), (exp.Transaction, "BEGIN"), (exp.Commit, "COMMIT"),
    (exp.Rollback, "ROLLBACK"), (exp.Use, "USE"), (exp.Command, "this command"),
)

# Functions that escape a read-only transaction or reach outside the query: files, other
# servers, other sessions, settings, large objects, sequences, locks, replication, WAL.
_DENIED_FUNCTIONS = frozenset({
    "set_config", "pg_terminate_backend", "pg_cancel_backend", "pg_reload_conf",
    "pg_rotate_logfile", "pg_promote", "pg_switch_wal", "pg_create_restore_point",
    "pg_backup_start", "pg_backup_stop", "pg_start_backup", "pg_stop_backup",
    "pg_notify", "pg_logical_emit_message", "pg_import_system_collations",
    "nextval", "setval", "txid_current", "pg_current_xact_id",
    "query_to_xml", "query_to_xmlschema", "query_to_xml_and_xmlschema", "cursor_to_xml",
    "cursor_to_xmlschema", "pg_file_write", "pg_file_rename", "pg_file_unlink",
    "pg_stat_file", "pg_current_logfile", "pg_file_sync",
})
_DENIED_PREFIXES = (
    "dblink", "lo_", "pg_read_", "pg_ls_", "pg_advisory", "pg_try_advisory", "pg_stat_reset",
    "pg_create_", "pg_drop_replication", "pg_replication_", "pg_wal_replay", "pg_log_",
    "pg_logical_slot_", "pg_copy_", "pg_terminate", "pg_cancel", "pg_signal",
)
_SLEEP_FUNCTIONS = frozenset({"pg_sleep", "pg_sleep_for", "pg_sleep_until"})
# Catalogs that hold secrets (password hashes, foreign-server credentials, server config files,
# large objects): never readable through querycast, whatever the registered role may do.
_DENIED_RELATIONS = frozenset({
    "pg_authid", "pg_shadow", "pg_user_mapping", "pg_user_mappings", "pg_hba_file_rules",
    "pg_ident_file_mappings", "pg_file_settings", "pg_largeobject", "pg_largeobject_metadata",
})


def _reject(reason: str, suggestion: str = READ_ONLY_SUGGESTION) -> ServiceError:
    return ServiceError(ErrorCode.SQL_REJECTED, reason, suggestion=suggestion)


def check_read_only(sql: str, *, dialect: str = "postgres",
                    timeout_seconds: float | None = None) -> exp.Expression:
    """Return the parsed statement, or raise ServiceError(SQL_REJECTED) saying why.

    `timeout_seconds` is the longest a statement may run. `pg_sleep(n)` is allowed only as a
    constant no longer than that (the statement timeout then ends it if it is too long for the
    request); any other sleep, or any sleep when no limit is given, is refused.
    """
    statements = _parse(sql, dialect)
    if not statements:
        raise _reject("The SQL is empty.", "Write a SELECT query.")
    if len(statements) > 1:
        raise _reject(f"The SQL contains {len(statements)} statements; only one is allowed.",
                      "Remove the extra statements (check for semicolons and comments).")
    statement = statements[0]
    _check_statement_kind(statement)
    for node in statement.walk():
        _check_node(node, timeout_seconds)
    return statement


def _parse(sql: str, dialect: str) -> list[exp.Expression]:
    try:
        parsed = sqlglot.parse(sql, read=dialect)
    except (ParseError, TokenError):
        raise _reject("The SQL could not be parsed, so it cannot be checked as read-only.",
                      "Check the syntax; only standard PostgreSQL SELECT queries are accepted.") from None
    # Empty statements (stray semicolons, a trailing comment) are not statements.
    return [s for s in parsed if s is not None and not isinstance(s, exp.Semicolon)]


def _check_statement_kind(statement: exp.Expression) -> None:
    if isinstance(statement, exp.Subquery):
        statement = statement.unnest()
    if isinstance(statement, (exp.Query, exp.Values)):
        return
    raise _reject(f"Only queries that read data are allowed; this is {_describe(statement)}.")


def _describe(node: exp.Expression) -> str:
    for kind, name in _STATEMENT_NAMES:
        if isinstance(node, kind):
            if kind is exp.Command:
                words = str(node.this or "").split()
                if not words:
                    return "a command"
                name = words[0].upper()
            article = "an" if name[0] in "AEIOU" else "a"
            return f"{article} {name} statement"
    return "not a query"


def _check_node(node: exp.Expression, timeout_seconds: float | None) -> None:
    for kind, _name in _STATEMENT_NAMES:
        if isinstance(node, kind):
            raise _reject(f"The query contains {_describe(node)}; only reading data is allowed."
                          if kind is not exp.Command else
                          f"The query contains {_describe(node)}, which is not allowed.")
    if isinstance(node, exp.Into):
        raise _reject("SELECT ... INTO creates a table; only reading data is allowed.",
                      "Remove the INTO clause to get the rows back instead.")
    if isinstance(node, exp.Lock):
        raise _reject("FOR UPDATE / FOR SHARE locks rows; only plain reads are allowed.",
                      "Remove the FOR UPDATE / FOR SHARE clause.")
    if isinstance(node, exp.Func):
        _check_function(node, timeout_seconds)
    if isinstance(node, exp.Table) and str(node.name).lower() in _DENIED_RELATIONS:
        raise _reject(f"The system table {str(node.name).lower()} holds credentials or server "
                      "settings and cannot be queried.", "Query your own tables instead.")


def function_name(node: exp.Func) -> str:
    if isinstance(node, exp.Anonymous):
        return str(node.name).lower()
    return node.sql_name().lower()


def _check_function(node: exp.Func, timeout_seconds: float | None) -> None:
    name = function_name(node)
    if name in _SLEEP_FUNCTIONS:
        _check_sleep(node, name, timeout_seconds)
        return
    if name in _DENIED_FUNCTIONS or name.startswith(_DENIED_PREFIXES):
        raise _reject(f"The function {name}() is not allowed: it can change the server or reach "
                      "outside this query.", "Remove the call to " + name + "().")


def _check_sleep(node: exp.Func, name: str, timeout_seconds: float | None) -> None:
    seconds = _constant_seconds(node) if name == "pg_sleep" else None
    if timeout_seconds is None or seconds is None:
        raise _reject(f"{name}() only holds a database connection; it is not allowed here.",
                      "Remove the sleep from the query.")
    if seconds > timeout_seconds:
        raise _reject(f"pg_sleep({seconds:g}) would wait longer than the {timeout_seconds:g} s limit "
                      "for a query.", "Remove the sleep from the query.")


def _constant_seconds(node: exp.Func) -> float | None:
    args = list(node.expressions) if isinstance(node, exp.Anonymous) else [node.this]
    if len(args) != 1:
        return None
    arg = args[0]
    negative = isinstance(arg, exp.Neg)
    if negative:
        arg = arg.this
    if not isinstance(arg, exp.Literal):
        return None
    try:
        value = float(arg.this)
    except ValueError:
        return None
    return -value if negative else value
