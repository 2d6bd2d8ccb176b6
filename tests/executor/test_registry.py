"""The database registry and schema introspection over RPC: admin-only changes, passwords
encrypted at rest and never returned, and the schema the NL->SQL service indexes."""
from __future__ import annotations

import json
import uuid

import psycopg2
import pytest

from contracts.errors import ErrorCode, ServiceError
from contracts.rpc import Operation
from contracts.schema_info import SchemaInfo
from tests.executor.conftest import ADMIN, ALICE

SECRET = "s3cret-Pa55word!"


def _spec(database_id: str, database: str, user: str, **extra) -> dict:
    return {"id": database_id, "name": "Registry test", "host": "127.0.0.1", "port": 5432,
            "database": database, "user": user, "password": SECRET, **extra}


async def test_register_list_get_delete(calls, shop_db, shop_reader, exec_control_db):
    database_id = f"reg-{uuid.uuid4().hex[:6]}"
    with pytest.raises(ServiceError) as caught:
        await calls.call(Operation.DATABASES_REGISTER, _spec(database_id, shop_db[0], shop_reader), caller=ALICE)
    assert caught.value.code is ErrorCode.FORBIDDEN

    info = await calls.register(_spec(database_id, shop_db[0], shop_reader, options={"defaultMaxRows": 7}))
    assert info["id"] == database_id and info["options"]["defaultMaxRows"] == 7
    assert "password" not in json.dumps(info).lower()

    with pytest.raises(ServiceError) as caught:
        await calls.register(_spec(database_id, shop_db[0], shop_reader))
    assert caught.value.code is ErrorCode.CONFLICT

    listed = await calls.call(Operation.DATABASES_LIST, {})
    assert database_id in [d["id"] for d in listed["databases"]]
    got = await calls.call(Operation.DATABASES_GET, {"id": database_id})
    assert got == info
    assert SECRET not in json.dumps(listed) + json.dumps(got)

    # encrypted at rest: the control database never holds the password in clear
    conn = psycopg2.connect(exec_control_db)
    with conn.cursor() as cur:
        cur.execute("SELECT password_encrypted FROM databases WHERE id = %s", (database_id,))
        (stored,) = cur.fetchone()
    conn.close()
    assert stored and SECRET not in stored

    # the registered options apply: default max rows
    result = await calls.execute("SELECT g FROM generate_series(1, 20) g", database_id)
    assert result["rowCount"] == 7 and result["truncated"] is True

    assert (await calls.call(Operation.DATABASES_TEST, {"id": database_id}, caller=ADMIN))["ok"] is True
    with pytest.raises(ServiceError) as caught:
        await calls.call(Operation.DATABASES_DELETE, {"id": database_id}, caller=ALICE)
    assert caught.value.code is ErrorCode.FORBIDDEN
    assert await calls.call(Operation.DATABASES_DELETE, {"id": database_id}, caller=ADMIN) == {
        "id": database_id, "deleted": True}
    with pytest.raises(ServiceError) as caught:
        await calls.call(Operation.DATABASES_GET, {"id": database_id})
    assert caught.value.code is ErrorCode.NOT_FOUND


async def test_invalid_registration_says_which_field(calls):
    with pytest.raises(ServiceError) as caught:
        await calls.register({"id": "Not A Slug!", "name": "x", "host": "h", "database": "d", "user": "u"})
    assert caught.value.code is ErrorCode.VALIDATION_ERROR
    assert "id" in caught.value.body.message


async def test_connection_test_before_registering(calls, shop_db, shop_reader):
    ok = await calls.call(Operation.DATABASES_TEST, _spec("probe", shop_db[0], shop_reader), caller=ADMIN)
    assert ok["ok"] is True and ok["serverVersion"]
    with pytest.raises(ServiceError) as caught:
        await calls.call(Operation.DATABASES_TEST, _spec("probe", "no_such_database_here", shop_reader), caller=ADMIN)
    assert (caught.value.code, caught.value.body.sql_state) == (ErrorCode.CONNECTION_FAILED, "3D000")


async def test_schema_introspection(calls, shop):
    schema = SchemaInfo.model_validate(
        await calls.call(Operation.SCHEMA_INTROSPECT, {"databaseId": shop}))
    assert schema.database_id == shop and schema.dialect == "postgres"
    tables = {t.qualified_name: t for t in schema.tables}
    assert set(tables) == {"public.customers", "public.items", "public.items_view", "public.all_types"}

    customers = tables["public.customers"]
    assert customers.kind == "table" and customers.comment == "People who buy things"
    assert customers.primary_key == ["id"]
    columns = {c.name: c for c in customers.columns}
    assert [c.name for c in customers.columns] == ["id", "name", "email"]
    assert (columns["id"].type, columns["id"].nullable) == ("integer", False)
    assert (columns["email"].nullable, columns["email"].comment) == (True, "Contact address")

    items = tables["public.items"]
    assert [(fk.columns, fk.ref_schema, fk.ref_table, fk.ref_columns) for fk in items.foreign_keys] == [
        (["customer_id"], "public", "customers", ["id"])]
    assert tables["public.items_view"].kind == "view"
    assert {c.name: c.type for c in tables["public.all_types"].columns}["huge"] == "numeric(30,10)"


async def test_introspection_of_unknown_database(calls):
    with pytest.raises(ServiceError) as caught:
        await calls.call(Operation.SCHEMA_INTROSPECT, {"databaseId": "nowhere"})
    assert caught.value.code is ErrorCode.NOT_FOUND
