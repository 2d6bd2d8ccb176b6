"""Least privilege: querycast connects to a customer database as a role that can read the tables
and nothing else. A role that could read server files, run programs, signal other sessions,
bypass row-level security or create roles (let alone a superuser) is refused, at registration
and on every new connection (grants change), unless the registration sets
`allowPrivilegedRole: true`. The refusal carries the SQL that creates a suitable role."""
from __future__ import annotations

import logging
import re

from contracts.errors import ErrorCode, ServiceError

log = logging.getLogger(__name__)

# Predefined roles that reach outside the database (membership counts, direct or inherited).
DANGEROUS_ROLES = ("pg_read_server_files", "pg_write_server_files", "pg_execute_server_program",
                   "pg_signal_backend")

# One round trip: the attributes and memberships that make a role privileged.
ROLE_CHECK_SQL = (
    "SELECT r.rolname, r.rolsuper, r.rolbypassrls, r.rolcreaterole,"
    " ARRAY(SELECT d.rolname::text FROM pg_catalog.pg_roles d"
    "       WHERE d.rolname = ANY(%s) AND pg_catalog.pg_has_role(r.oid, d.oid, 'MEMBER')"
    "       ORDER BY d.rolname)"
    " FROM pg_catalog.pg_roles r WHERE r.rolname = current_user")

READER_ROLE = "querycast_reader"


def privilege_problems(row: tuple | None) -> list[str]:
    """What makes the connecting role privileged, in words; empty when it is fine."""
    if row is None:
        return ["its attributes cannot be read"]
    _name, superuser, bypass_rls, create_role, memberships = row
    if superuser:
        return ["it is a superuser"]  # (a member of every role, may do anything)
    problems = [f"it is a member of {role}" for role in memberships]
    if bypass_rls:
        problems.append("it bypasses row-level security (BYPASSRLS)")
    if create_role:
        problems.append("it can create roles (CREATEROLE)")
    return problems


async def inspect_role(cur) -> tuple[str, list[str]]:
    """(the role's name, what makes it privileged) for the connection `cur` belongs to."""
    await cur.execute(ROLE_CHECK_SQL, (list(DANGEROUS_ROLES),))
    row = await cur.fetchone()
    return (row[0] if row else "?"), privilege_problems(row)


def _ident(name: str) -> str:
    return name if re.fullmatch(r"[a-z_][a-z0-9_]*", name) else '"' + name.replace('"', '""') + '"'


def reader_role_sql(database: str, role: str = READER_ROLE, schemas: tuple[str, ...] = ("public",),
                    password: str = "choose-a-password", *, create: bool = True) -> list[str]:
    """The statements that create (or, `create=False`, update) a read-only role for querycast:
    CONNECT on the database, USAGE on the schemas, SELECT on their tables (also future ones),
    nothing else."""
    r, db = _ident(role), _ident(database)
    quoted_password = "'" + password.replace("'", "''") + "'"
    statements = [f"{'CREATE' if create else 'ALTER'} ROLE {r} LOGIN PASSWORD {quoted_password}"
                  " NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION",
                  f"GRANT CONNECT ON DATABASE {db} TO {r}"]
    for schema in schemas:
        s = _ident(schema)
        statements += [f"GRANT USAGE ON SCHEMA {s} TO {r}",
                       f"GRANT SELECT ON ALL TABLES IN SCHEMA {s} TO {r}",
                       f"ALTER DEFAULT PRIVILEGES IN SCHEMA {s} GRANT SELECT ON TABLES TO {r}"]
    return statements


def privileged_role_error(role: str, database: str, problems: list[str]) -> ServiceError:
    sql = "; ".join(reader_role_sql(database)) + ";"
    return ServiceError(
        ErrorCode.PRIVILEGED_ROLE,
        f"The role '{role}' is too powerful for querycast: {', '.join(problems)}. Queries run as "
        "this role could read server files or other roles' secrets, or stop other sessions.",
        suggestion=f"Create a read-only role and register the database with it: {sql} "
                   "(or set options.allowPrivilegedRole to true to accept the risk).")


def check_role(role: str, problems: list[str], *, database_id: str, database: str,
               allow_privileged: bool) -> None:
    """Raise PRIVILEGED_ROLE unless the role is fine or the registration accepts the risk."""
    if not problems:
        return
    if not allow_privileged:
        raise privileged_role_error(role, database, problems)
    log.warning("connecting as a privileged role because allowPrivilegedRole is set",
                extra={"databaseId": database_id, "role": role, "problems": problems})
