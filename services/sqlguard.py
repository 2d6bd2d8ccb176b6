"""The read-only guard: decide, before anything reaches a database, that a SQL string is exactly
one query that reads data and touches nothing else (docs/architecture.md#workflows).

This is defence in depth: the executor also runs every statement in a read-only transaction as
a least-privileged role, so the database refuses writes the guard might miss. The guard's job is
to refuse early, with a reason a user understands, and to stop what a read-only transaction does
not. Function calls are checked against an allow-list (`services.sql_functions`): only built-ins
known to compute a value from their arguments, plus what a database's registration names in
`allowedFunctions`. A deny-list cannot keep up with functions that run SQL given as text.

Both the executor and the NL->SQL validator call `check_read_only`; the rules live only here.
"""
from __future__ import annotations

import logging
import re

import sqlglot
from sqlglot import exp
from sqlglot.dialects.postgres import Postgres
from sqlglot.errors import ParseError, TokenError
from sqlglot.tokens import TokenType

from contracts.errors import ErrorCode, ServiceError
from services.sql_functions import (
    CONSTRUCTS,
    READABLE_SETTINGS,
    SAFE_FUNCTIONS,
    SPECIAL_SYNTAX,
    refusal_reason,
)

# sqlglot warns on stderr whenever it falls back to an opaque Command; we refuse those anyway.
logging.getLogger("sqlglot").setLevel(logging.ERROR)

READ_ONLY_SUGGESTION = "Only a single SELECT (or WITH ... SELECT) query can be run here."

# Statement kinds that are never a read: reported with a friendly name.
_STATEMENT_NAMES: tuple[tuple[type[exp.Expr], str], ...] = (
    (exp.Insert, "INSERT"), (exp.Update, "UPDATE"), (exp.Delete, "DELETE"), (exp.Merge, "MERGE"),
    (exp.TruncateTable, "TRUNCATE"), (exp.Create, "CREATE"), (exp.Drop, "DROP"),
    (exp.Alter, "ALTER"), (exp.Copy, "COPY"), (exp.Set, "SET"), (exp.Grant, "GRANT"),
    (exp.Revoke, "REVOKE"), (exp.Transaction, "BEGIN"), (exp.Commit, "COMMIT"),
    (exp.Rollback, "ROLLBACK"), (exp.Use, "USE"), (exp.Command, "this command"),
)

# Catalogs that hold secrets (password hashes, foreign-server credentials, server config files,
# large objects): never readable through querycast, whatever the registered role may do.
_DENIED_RELATIONS = frozenset({
    "pg_authid", "pg_shadow", "pg_user_mapping", "pg_user_mappings", "pg_hba_file_rules",
    "pg_ident_file_mappings", "pg_file_settings", "pg_largeobject", "pg_largeobject_metadata",
    "pg_settings", "pg_db_role_setting",
    # every querycast user connects as the same role, so these would show one user the SQL
    # (and its literals) another user is running
    "pg_stat_activity", "pg_stat_statements", "pg_stat_statements_info",
})


class _Postgres(Postgres):
    """PostgreSQL as sqlglot reads it, keeping each function's name as written (sqlglot would
    otherwise normalise `strftime` and `to_char` alike), so the allow-list judges what runs."""

    ORIGINAL_NAME_META_KEY = "querycast_name"


def _reject(reason: str, suggestion: str = READ_ONLY_SUGGESTION) -> ServiceError:
    return ServiceError(ErrorCode.SQL_REJECTED, reason, suggestion=suggestion)


def check_read_only(sql: str, *, dialect: str = "postgres", timeout_seconds: float | None = None,
                    allowed_functions: frozenset[str] | set[str] | tuple = ()) -> exp.Expr:
    """Return the parsed statement, or raise ServiceError(SQL_REJECTED) saying why.

    `timeout_seconds` is the longest a statement may run. `pg_sleep(n)` is allowed only as a
    constant no longer than that (the statement timeout then ends it if it is too long for the
    request); any other sleep, or any sleep when no limit is given, is refused.
    `allowed_functions` are further function names (`name` or `schema.name`, as PostgreSQL
    stores them) a database's registration allows.
    """
    _check_characters(sql)
    statements = _parse(sql, dialect)
    if not statements:
        raise _reject("The SQL is empty.", "Write a SELECT query.")
    if len(statements) > 1:
        raise _reject(f"The SQL contains {len(statements)} statements; only one is allowed.",
                      "Remove the extra statements (check for semicolons and comments).")
    statement = statements[0]
    _check_statement_kind(statement)
    allowed = frozenset(allowed_functions)
    for node in statement.walk():
        _check_node(node, sql, timeout_seconds, allowed)
    return statement


def statement_text(sql: str) -> str:
    """A statement check_read_only accepted, without the semicolons after it (and the comments
    after those), so that it can stand inside a larger statement. Anything else after a
    semicolon stays, for PostgreSQL to refuse."""
    if ";" not in sql:
        return sql
    tokens, end = _Postgres().tokenize(sql), len(sql)
    while tokens and tokens[-1].token_type is TokenType.SEMICOLON:
        end = tokens.pop().start
    return sql[:end]


def _check_characters(sql: str) -> None:
    if "\x00" in sql:
        raise _reject("The SQL contains a NUL character; PostgreSQL would run only the part "
                      "before it, so it cannot be checked.", "Remove the NUL (\\0) character.")
    try:
        sql.encode("utf-8")
    except UnicodeEncodeError:
        raise _reject("The SQL contains invalid Unicode (a lone surrogate).",
                      "Send the SQL as valid UTF-8 text.") from None


def _parse(sql: str, dialect: str) -> list[exp.Expr]:
    try:
        parsed = sqlglot.parse(sql, read=_Postgres if dialect == "postgres" else dialect)
    except (ParseError, TokenError):
        raise _reject("The SQL could not be parsed, so it cannot be checked as read-only.",
                      "Check the syntax; only standard PostgreSQL SELECT queries are accepted.") from None
    # Empty statements (stray semicolons, a trailing comment) are not statements.
    return [s for s in parsed if s is not None and not isinstance(s, exp.Semicolon)]


def _check_statement_kind(statement: exp.Expr) -> None:
    if isinstance(statement, exp.Subquery):
        statement = statement.unnest()
    if isinstance(statement, (exp.Query, exp.Values)):
        return
    raise _reject(f"Only queries that read data are allowed; this is {_describe(statement)}.")


def _describe(node: exp.Expr) -> str:
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


def _check_node(node: exp.Expr, sql: str, timeout_seconds: float | None,
                allowed: frozenset[str]) -> None:
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
    if isinstance(node, exp.Operator):
        raise _reject("The OPERATOR(...) syntax is not allowed: it can call any function.",
                      "Write the operator itself (e.g. a + b).")
    if isinstance(node, exp.Func):
        _check_function(node, sql, timeout_seconds, allowed)
    if isinstance(node, exp.Table) and str(node.name).lower() in _DENIED_RELATIONS:
        raise _reject(f"The system table {str(node.name).lower()} holds credentials or server "
                      "settings and cannot be queried.", "Query your own tables instead.")


def call_name(node: exp.Func, sql: str) -> tuple[str | None, bool]:
    """(the name PostgreSQL resolves for this call, folded to lower case unless quoted; whether
    it is written in a grammar of its own, e.g. CAST(x AS t), a || b). The name is None for
    such a construct that is not on the list."""
    if isinstance(node, exp.Anonymous):
        ident = node.this
        quoted = isinstance(ident, exp.Identifier) and ident.quoted
        name = ident.name if isinstance(ident, exp.Identifier) else str(ident)
        if quoted:
            return _unicode_escaped(name, node, sql), False
        # x = ALL(array): reserved words, so never a function of the database.
        return name.lower(), name.lower() in ("all", "any", "some")
    written = node.meta.get(_Postgres.ORIGINAL_NAME_META_KEY)
    if written is None:
        if isinstance(node, (exp.Binary, exp.Unary)):
            return "operator", True
        return SPECIAL_SYNTAX.get(type(node)), True
    start = node.meta.get("start")
    quoted = start is not None and sql[start:start + 1] == '"'
    return (written if quoted else written.lower()), False


_UNICODE_ESCAPE = re.compile(r"\\(\\|[0-9A-Fa-f]{4}|\+[0-9A-Fa-f]{6})")


def _unicode_escaped(name: str, node: exp.Func, sql: str) -> str:
    """The name PostgreSQL reads from U&"..." (sqlglot keeps the escapes): refused either way,
    since no allowed name has a backslash, but the refusal must name the real function."""
    start = node.meta.get("start")
    if start is None or sql[max(0, start - 2):start].upper() != "U&":
        return name

    def char(match: re.Match) -> str:
        code = match.group(1)
        return "\\" if code == "\\" else chr(int(code.lstrip("+"), 16))

    try:
        return _UNICODE_ESCAPE.sub(char, name)
    except ValueError:
        return name


def function_name(node: exp.Func) -> str:
    if isinstance(node, exp.Anonymous):
        return str(node.name).lower()
    return node.sql_name().lower()


def _qualifier(node: exp.Func) -> str | None:
    """`schema` of `schema.fn(...)` (in a select list or FROM), None when unqualified."""
    parent = node.parent
    if isinstance(parent, exp.Dot) and parent.expression is node:
        owner = parent.this
        if isinstance(owner, exp.Column) and not owner.table:
            owner = owner.this
        if isinstance(owner, exp.Identifier):
            return owner.name if owner.quoted else owner.name.lower()
        return "?"  # catalog.schema.fn or stranger: never allowed
    if isinstance(parent, exp.Table) and parent.this is node and parent.args.get("db"):
        db = parent.args["db"]
        if parent.args.get("catalog"):
            return "?"
        return db.name if db.quoted else db.name.lower()
    return None


_ALLOW_HINT = ("an administrator can allow a function of the database with allowedFunctions when "
               "registering it.")


def _check_function(node: exp.Func, sql: str, timeout_seconds: float | None,
                    allowed: frozenset[str]) -> None:
    name, syntax = call_name(node, sql)
    if syntax and name in CONSTRUCTS:
        return
    if name is None:
        shown = function_name(node)
        raise _reject(f"The function {shown}() is not allowed: it is not a known-safe built-in "
                      "function.", f"Remove the call to {shown}().")
    qualifier = _qualifier(node)
    if (f"{qualifier}.{name}" if qualifier else name) in allowed:
        return
    if qualifier is not None and qualifier != "pg_catalog":
        raise _reject(f"The function {qualifier}.{name}() is not allowed: only built-in functions "
                      "(and those the database's registration lists in allowedFunctions) may be "
                      "called.", f"Remove the call to {qualifier}.{name}(); {_ALLOW_HINT}")
    if name == "pg_sleep":
        _check_sleep(node, timeout_seconds)
    elif name == "current_setting":
        _check_setting(node)
    elif name not in SAFE_FUNCTIONS:
        raise _reject(f"The function {name}() is not allowed: {refusal_reason(name)}.",
                      f"Remove the call to {name}(); {_ALLOW_HINT}")


def _arguments(node: exp.Func) -> list[exp.Expr]:
    return list(node.expressions) if isinstance(node, exp.Anonymous) else [node.this]


def _check_setting(node: exp.Func) -> None:
    args = _arguments(node)
    setting = args[0] if len(args) == 1 else None
    if not (isinstance(setting, exp.Literal) and setting.is_string
            and setting.this.lower() in READABLE_SETTINGS):
        raise _reject("The function current_setting() is allowed only for settings that shape how "
                      "values are shown (e.g. 'TimeZone'), never for other or custom settings.",
                      "Remove the call to current_setting().")


def _check_sleep(node: exp.Func, timeout_seconds: float | None) -> None:
    seconds = _constant_seconds(node)
    if timeout_seconds is None or seconds is None:
        raise _reject("The function pg_sleep() only holds a database connection; it is not allowed "
                      "here.", "Remove the sleep from the query.")
    if seconds > timeout_seconds:
        raise _reject(f"pg_sleep({seconds:g}) would wait longer than the {timeout_seconds:g} s limit "
                      "for a query.", "Remove the sleep from the query.")


def _constant_seconds(node: exp.Func) -> float | None:
    args = _arguments(node)
    if len(args) != 1:
        return None
    arg = args[0]
    negative = isinstance(arg, exp.Neg)
    if negative:
        arg = arg.this
    if not isinstance(arg, exp.Literal) or arg.is_string:
        return None
    try:
        value = float(arg.this)
    except ValueError:
        return None
    return -value if negative else value


def statement_names(statement: exp.Expr, sql: str) -> set[str]:
    """Every function name the statement calls and every column name it uses, as PostgreSQL
    resolves them: a user-defined function of that name would run in their place (PostgreSQL
    also calls `f(t)` for `t.f`), so the executor checks them against the database's own."""
    names: set[str] = set()
    for node in statement.walk():
        if isinstance(node, exp.Func):
            name, syntax = call_name(node, sql)
            if name and not (syntax and name in CONSTRUCTS):
                names.add(name)
        elif isinstance(node, exp.Column) and isinstance(node.this, exp.Identifier):
            ident = node.this
            names.add(ident.name if ident.quoted else ident.name.lower())
    return names


def shadowed_function_error(name: str) -> ServiceError:
    return _reject(
        f"The query uses the name {name}, and the database has a function {name}() of its own "
        "that PostgreSQL could run in place of the built-in function or the column; functions of "
        "the database are refused.",
        f"Rename the column or avoid {name}; an administrator can allow the function with "
        "allowedFunctions when registering the database.")
