"""Issue 11, least privilege: registering a role that can do more than read is refused (422
PRIVILEGED_ROLE, with the SQL to create a read-only role) unless `allowPrivilegedRole` is set,
which GET /api/databases shows; every new connection checks again; `make run` / compose
(scripts.bootstrap) serve the demo database as a read-only role."""
from __future__ import annotations

import logging
import time
import uuid
from pathlib import Path

import psycopg2
import pytest
import yaml

from broker import Broker, RpcClient
from contracts.errors import ErrorCode, ServiceError
from contracts.rest import DatabaseOptions
from controldb.registry import StoredDatabase
from scripts import bootstrap
from services.executor.pools import DatabasePools
from services.executor.settings import ExecutorSettings
from tests.conftest import ADMIN_DSN, _admin_exec, dsn_for
from tests.executor.roles import READER_PASSWORD, create_reader, drop_reader

ROOT = Path(__file__).resolve().parents[2]


def _spec(database: str, user: str, password: str = READER_PASSWORD, **options) -> dict:
    return {"id": f"priv-{uuid.uuid4().hex[:6]}", "name": "Privilege test", "host": "127.0.0.1",
            "database": database, "user": user, "password": password, "options": options}


def _sql(dsn: str, *statements: str):
    conn = psycopg2.connect(dsn)
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            for statement in statements:
                cur.execute(statement)
            return cur.fetchall() if cur.description else None
    finally:
        conn.close()


async def test_a_superuser_is_refused_with_the_sql_to_create_a_reader(rest, shop_db):
    spec = _spec(shop_db[0], "postgres", "")
    status, problem = await rest.register(spec)
    assert (status, problem["code"]) == (422, "PRIVILEGED_ROLE"), problem
    assert "'postgres'" in problem["detail"] and "superuser" in problem["detail"]
    suggestion = problem["suggestion"]
    for part in ("CREATE ROLE", "NOSUPERUSER", f"GRANT CONNECT ON DATABASE {shop_db[0]}",
                 "GRANT USAGE ON SCHEMA public", "GRANT SELECT ON ALL TABLES IN SCHEMA public",
                 "allowPrivilegedRole"):
        assert part in suggestion, part
    status, listed = await rest.get("/api/databases")
    assert status == 200 and spec["id"] not in {d["id"] for d in listed["databases"]}


@pytest.mark.parametrize("grant, words", [
    ("GRANT pg_read_server_files TO {role}", "pg_read_server_files"),
    ("GRANT pg_write_server_files TO {role}", "pg_write_server_files"),
    ("GRANT pg_execute_server_program TO {role}", "pg_execute_server_program"),
    ("GRANT pg_signal_backend TO {role}", "pg_signal_backend"),
    ("ALTER ROLE {role} BYPASSRLS", "BYPASSRLS"),
    ("ALTER ROLE {role} CREATEROLE", "CREATEROLE"),
])
async def test_roles_that_reach_beyond_reading_are_refused(rest, shop_db, grant, words):
    role = create_reader(shop_db[0], "qc_priv")
    try:
        _admin_exec(grant.format(role=role))
        status, problem = await rest.register(_spec(shop_db[0], role))
        assert (status, problem["code"]) == (422, "PRIVILEGED_ROLE"), problem
        assert words in problem["detail"]
    finally:
        drop_reader(role, [shop_db[0]])


async def test_inherited_membership_counts(rest, shop_db):
    role = create_reader(shop_db[0], "qc_priv")
    group = f"qc_group_{uuid.uuid4().hex[:6]}"
    try:
        _admin_exec(f"CREATE ROLE {group} NOLOGIN")
        _admin_exec(f"GRANT pg_read_server_files TO {group}")
        _admin_exec(f"GRANT {group} TO {role}")
        status, problem = await rest.register(_spec(shop_db[0], role))
        assert (status, problem["code"]) == (422, "PRIVILEGED_ROLE")
        assert "pg_read_server_files" in problem["detail"]
    finally:
        drop_reader(role, [shop_db[0]])
        _admin_exec(f"DROP ROLE IF EXISTS {group}")


async def test_allow_privileged_role_is_admin_only_logged_and_shown(rest, shop_db, caplog):
    spec = _spec(shop_db[0], "postgres", "", allowPrivilegedRole=True)
    status, problem = await rest.post("/api/databases", spec)  # a plain user
    assert status == 403, problem
    with caplog.at_level(logging.WARNING):
        status, info = await rest.register(spec)
    assert status == 201, info
    assert info["options"]["allowPrivilegedRole"] is True
    assert any("allowPrivilegedRole" in r.getMessage() and getattr(r, "databaseId", None) == spec["id"]
               for r in caplog.records)
    status, listed = await rest.get("/api/databases")
    shown = {d["id"]: d for d in listed["databases"]}[spec["id"]]
    assert shown["user"] == "postgres" and shown["options"]["allowPrivilegedRole"] is True
    status, result = await rest.execute("SELECT current_setting('is_superuser')", spec["id"])
    assert status == 200 and result["rows"] == [["on"]]


async def test_every_new_connection_checks_the_role_again(shop_db):
    """Grants change after registration: a connection opened later refuses the role."""
    role = create_reader(shop_db[0], "qc_priv")
    db = StoredDatabase(id="priv-later", name="x", host="127.0.0.1", port=5432, database=shop_db[0],
                        user=role, password=READER_PASSWORD, options=DatabaseOptions())
    pools = DatabasePools(ExecutorSettings())
    try:
        async with pools.connection(db):
            pass
        _admin_exec(f"GRANT pg_signal_backend TO {role}")
        await pools.close()
        pools = DatabasePools(ExecutorSettings())
        with pytest.raises(ServiceError) as caught:
            async with pools.connection(db):
                pass
        assert caught.value.code is ErrorCode.PRIVILEGED_ROLE
    finally:
        await pools.close()
        drop_reader(role, [shop_db[0]])


# --- make run / compose: the demo database and its read-only role --------------------------------

@pytest.fixture
def bootstrap_dbs(monkeypatch):
    suffix = uuid.uuid4().hex[:8]
    control, demo, role = f"qc_boot_control_{suffix}", f"qc_boot_demo_{suffix}", f"qc_boot_reader_{suffix}"
    monkeypatch.setenv("QUERYCAST_DEMO_DB_USER", role)
    monkeypatch.setenv("QUERYCAST_DEMO_DB_PASSWORD", "boot-reader-password")
    yield dsn_for(control), dsn_for(demo), role
    for name in (control, demo):
        _admin_exec(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    drop_reader(role, [])


async def test_the_run_local_seeding_creates_a_read_only_role_that_serves_the_demo(
        bootstrap_dbs, rest, amqp_url):
    control_dsn, demo_dsn, role = bootstrap_dbs
    await bootstrap.prepare(control_dsn, demo_dsn, demo_user=False)
    await bootstrap.prepare(control_dsn, demo_dsn, demo_user=False)  # again: idempotent

    (powers,) = _sql(ADMIN_DSN, "SELECT rolsuper, rolcreaterole, rolcreatedb, rolbypassrls, rolreplication,"
                                f" rolcanlogin FROM pg_roles WHERE rolname = '{role}'")
    assert powers == (False, False, False, False, False, True)
    database = bootstrap.database_name(demo_dsn)
    privileges = _sql(demo_dsn, (
        "SELECT c.relname, has_table_privilege(%(r)s, c.oid, 'SELECT'),"
        " has_table_privilege(%(r)s, c.oid, 'INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER'),"
        " has_schema_privilege(%(r)s, 'public', 'USAGE'), has_schema_privilege(%(r)s, 'public', 'CREATE'),"
        " has_database_privilege(%(r)s, %(d)s, 'CONNECT'), has_database_privilege(%(r)s, %(d)s, 'CREATE')"
        " FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' ORDER BY 1"
    ).replace("%(r)s", f"'{role}'").replace("%(d)s", f"'{database}'"))
    assert len(privileges) == 7
    assert all(row[1:] == (True, False, True, False, True, False) for row in privileges), privileges
    (members,) = _sql(ADMIN_DSN, "SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member"
                                 f" WHERE r.rolname = '{role}'")
    assert members == (0,)

    # registered the way `make run` does (bootstrap.register without the index step)
    spec = bootstrap.demo_registration(demo_dsn).model_copy(update={"id": f"demo-{uuid.uuid4().hex[:6]}"})
    broker = await Broker(amqp_url, "querycast-test-bootstrap").start()
    rpc = await RpcClient(broker, app_id="querycast-test").start()
    try:
        await bootstrap._register_demo(rpc, spec, time.monotonic() + 30)
    finally:
        await rpc.close()
        await broker.close()
    status, result = await rest.execute(
        "SELECT current_setting('is_superuser'), current_user, count(*) FROM customers", spec.id)
    assert status == 200, result
    assert result["rows"][0][:2] == ["off", role] and result["rows"][0][2] > 0


def test_compose_registers_the_demo_database_as_the_reader_role_it_creates():
    services = yaml.safe_load((ROOT / "compose.yaml").read_text())["services"]
    init, demo = services["init"]["environment"], services["demo"]["environment"]
    assert init["QUERYCAST_DEMO_DB_USER"] == demo["QUERYCAST_DEMO_DB_USER"] != "postgres"
    assert init["QUERYCAST_DEMO_DB_PASSWORD"] == demo["QUERYCAST_DEMO_DB_PASSWORD"]
    assert "@" not in demo["QUERYCAST_DEMO_DATABASE_URL"]  # no superuser credentials to register with
    assert services["init"]["command"][-1] == "prepare" and services["demo"]["command"][-1] == "register"
