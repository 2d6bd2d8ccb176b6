"""Functions and operators of the customer database that PostgreSQL could run in place of what a
statement seems to say: an unqualified call resolves through the search path (`public.upper(int)`
wins over the built-in `upper(text)` for an int argument), `t.f` is read as `f(t)`, and an
operator of the database (`text + text`) is a function call in disguise. The guard only sees the
statement; which of its names and operators the database defines itself is asked in the same
round trip as the execution's limits (session.preamble), and such a statement never runs.

Views, row-level security policies and domain checks the database's owner wrote run as written:
they are the database's own design, not something the query chose to call.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlglot import exp
from sqlglot.dialects.postgres import Postgres
from sqlglot.errors import TokenError

from contracts.errors import ErrorCode, ServiceError
from services.sqlguard import check_read_only, shadowed_function_error, statement_names

# Not built in, not part of an installed extension (pg_depend 'e').
_OWN = ("{alias}.{ns} NOT IN ('pg_catalog'::pg_catalog.regnamespace,"
        " 'information_schema'::pg_catalog.regnamespace)"
        " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d"
        "  WHERE d.classid = '{catalog}'::pg_catalog.regclass AND d.objid = {alias}.oid"
        "  AND d.deptype = 'e')")
# Parameter: the names the statement uses.
FUNCTIONS_SQL = ("ARRAY(SELECT DISTINCT p.proname::text FROM pg_catalog.pg_proc p"
                 " WHERE p.proname = ANY(%s::text[]) AND "
                 + _OWN.format(alias="p", ns="pronamespace", catalog="pg_catalog.pg_proc") + " ORDER BY 1)")
# Every operator of the database's own (almost always none).
OPERATORS_SQL = ("ARRAY(SELECT DISTINCT o.oprname::text FROM pg_catalog.pg_operator o WHERE "
                 + _OWN.format(alias="o", ns="oprnamespace", catalog="pg_catalog.pg_operator")
                 + " ORDER BY 1)")

# Every cast of the database's own whose function is the database's (a cast is a function call
# in disguise too): "<context>:<target in pg_catalog, t or f>:<target's name>", context e(xplicit),
# a(ssignment) or i(mplicit). Casts without a function (binary or I/O) run no function of theirs.
CASTS_SQL = ("ARRAY(SELECT DISTINCT pg_catalog.concat_ws(':', c.castcontext,"
             " t.typnamespace = 'pg_catalog'::pg_catalog.regnamespace, t.typname)"
             " FROM pg_catalog.pg_cast c JOIN pg_catalog.pg_proc p ON p.oid = c.castfunc"
             " JOIN pg_catalog.pg_type t ON t.oid = c.casttarget WHERE "
             + _OWN.format(alias="p", ns="pronamespace", catalog="pg_catalog.pg_proc") + " ORDER BY 1)")
# In Uses.casts: the statement casts to a type of pg_catalog's.
BUILT_IN_TYPE = "*"

_OPERATOR_CHARS = re.compile(r"[+\-*/<>=~!@#%^&|`?]+")


@dataclass(frozen=True)
class Uses:
    """What a checked statement names (functions and columns) and its operator symbols."""

    names: frozenset[str] = frozenset()
    symbols: frozenset[str] = frozenset()
    # The types it casts to: names of types of the database's, BUILT_IN_TYPE for any other.
    casts: frozenset[str] = frozenset()


NOTHING = Uses()


def uses_of(sql: str, timeout_seconds: float, allowed: frozenset[str]) -> Uses:
    """The guard's check (raises SQL_REJECTED), then what the database must be asked about:
    the names not allowed by the registration (`public.f` allowed lets the bare `f` through too)
    and the operators."""
    statement = check_read_only(sql, timeout_seconds=timeout_seconds, allowed_functions=allowed)
    bare = set(allowed) | {name.rsplit(".", 1)[-1] for name in allowed}
    return Uses(frozenset(statement_names(statement, sql) - bare), frozenset(operator_symbols(sql)),
                frozenset(cast_targets(statement)))


def cast_targets(statement: exp.Expr) -> set[str]:
    """The types the statement casts to (`::t`, CAST, arrays of them): a user-defined type by
    its name as PostgreSQL folds it, BUILT_IN_TYPE for the others."""
    targets: set[str] = set()
    for cast in statement.find_all(exp.Cast):
        for kind in cast.to.find_all(exp.DataType):
            if kind.this is exp.DataType.Type.USERDEFINED:
                ident = kind.args.get("kind")
                ident = ident.expression if isinstance(ident, exp.Dot) else ident
                if isinstance(ident, exp.Identifier):
                    targets.add(ident.name if ident.quoted else ident.name.lower())
            elif kind.this is not exp.DataType.Type.ARRAY:
                targets.add(BUILT_IN_TYPE)
    return targets


# Constructs PostgreSQL turns into operators it looks up by name, like any written operator (a
# database's `=` for varchar runs in `v IN ('a')`): IN / NOT IN, simple CASE, IS [NOT] DISTINCT
# FROM, NULLIF, JOIN USING and NATURAL JOIN compare with = (or <>), BETWEEN with >= and <= (NOT
# BETWEEN with < and >), [NOT] LIKE, ILIKE and SIMILAR TO are ~~, ~~*, ~ and their negations.
# (SELECT DISTINCT, GROUP BY, ORDER BY and a searched CASE WHEN compare through the type's
# operator class or not at all: only superusers define those.)
IMPLIED_OPERATORS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("IN", "CASE", "DISTINCT", "NULLIF", "USING", "NATURAL"), frozenset({"=", "<>"})),
    "BETWEEN": frozenset({">=", "<=", "<", ">"}),
    "LIKE": frozenset({"~~", "!~~"}),
    "ILIKE": frozenset({"~~*", "!~~*"}),
    "SIMILAR": frozenset({"~", "!~"}),
}


def operator_symbols(sql: str) -> set[str]:
    """The operator symbols the statement writes, and those its constructs imply."""
    try:
        tokens = Postgres().tokenize(sql)
    except TokenError:
        return set()  # the guard has parsed it already; never reached
    symbols: set[str] = set()
    words = [t.text.upper() for t in tokens]
    for at, token in enumerate(tokens):
        if token.token_type.name.endswith(("STRING", "IDENTIFIER")):
            continue
        if _OPERATOR_CHARS.fullmatch(token.text):
            symbols.add(token.text)
        elif _implies(words, at):
            symbols |= IMPLIED_OPERATORS[words[at]]
    return symbols


def _implies(words: list[str], at: int) -> bool:
    word = words[at]
    if word == "DISTINCT":  # IS [NOT] DISTINCT FROM, not SELECT DISTINCT
        return at > 0 and words[at - 1] in ("IS", "NOT")
    if word == "CASE":  # a simple CASE <value> WHEN, not a searched CASE WHEN
        return at + 1 < len(words) and words[at + 1] != "WHEN"
    return word in IMPLIED_OPERATORS


def check(functions: list[str], operators: list[str], uses: Uses, casts: Sequence[str] = ()) -> None:
    """Raise SQL_REJECTED when the database defines a function, operator or cast the statement
    uses. An operator symbol counts when it is part of one of the database's (sqlglot reads `###`
    as three `#`), which may refuse a statement needlessly but never lets one through. A cast of
    the database's that PostgreSQL applies by itself (implicit or on assignment) could run in any
    statement: then every statement is refused; an explicit one when the statement casts to its
    type (to any built-in type, when its type is one)."""
    if functions:
        raise shadowed_function_error(functions[0])
    for cast in casts:
        context, built_in, target = cast.split(":", 2)
        if context != "e" or (BUILT_IN_TYPE if built_in == "t" else target) in uses.casts:
            how = "that PostgreSQL may apply by itself" if context != "e" else "that the query uses"
            raise ServiceError(
                ErrorCode.SQL_REJECTED,
                f"The database has a cast to {target} of its own, {how}, which runs a function of the "
                "database; casts of the database are refused.",
                suggestion=f"Write the query without casting to {target}, or ask the database's owner "
                           "to drop the cast.")
    for symbol in sorted(uses.symbols):
        own = next((op for op in operators if symbol in op), None)
        if own is not None:
            raise ServiceError(
                ErrorCode.SQL_REJECTED,
                f"The query uses the operator {symbol}, and the database has an operator {own} of its "
                "own, which runs a function of the database; operators of the database are refused.",
                suggestion=f"Write the query without {symbol} (e.g. with a built-in function).")
