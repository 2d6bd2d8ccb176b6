"""GET /api/requests: the caller's own requests, newest first, with a preview of what was asked,
how it ended and how long it took; admins may list another user's; keyset pagination with an
opaque cursor; malformed parameters are 400/403 problems. GET /api/requests/{id} returns the full
text (what the console re-runs)."""
from __future__ import annotations

import asyncio

import pytest

from services.recorder.app import running_recorder
from tests.gateway_rest.test_rpc_mapping import body


@pytest.fixture
async def recorder(amqp_url, migrated_db):
    async with running_recorder(amqp_url=amqp_url, database_url=migrated_db, flush_interval=0.05) as consumer:
        yield consumer


async def run(gateway, headers: dict, sql: str, request_id: str) -> None:
    response = await gateway.post("/api/query/execute", json=body(sql, clientRequestId=request_id),
                                  headers=headers)
    assert response.status in (200, 422, 504), await response.text()


async def listing(gateway, headers: dict, **query) -> dict:
    response = await gateway.get("/api/requests", params=query, headers=headers)
    assert response.status == 200, await response.text()
    return await response.json()


async def settled(gateway, headers: dict, count: int, **query) -> list[dict]:
    """Poll until the recorder has stored the terminal event of the newest `count` requests."""
    for _ in range(200):
        items = (await listing(gateway, headers, limit=str(count), **query))["requests"]
        if len(items) == count and all(item["status"] != "RUNNING" for item in items):
            return items
        await asyncio.sleep(0.05)
    raise AssertionError(f"requests did not settle: {items}")


async def test_lists_only_the_callers_requests_newest_first_with_outcome(gateway, auth, stub_executor, recorder):
    alice, bob = auth("alice"), auth("bob")
    await run(gateway, alice, "SELECT 1  AS\n   first", "alice-1")
    await run(gateway, bob, "SELECT 'bob'", "bob-1")
    await run(gateway, alice, "failed", "alice-2")

    items = await settled(gateway, alice, 2)
    assert [item["requestId"] for item in items] == ["alice-2", "alice-1"]
    failed, done = items
    assert done["feature"] == "QUERY_EXECUTION" and done["userId"] == "alice"
    assert done["preview"] == "SELECT 1 AS first"  # whitespace collapsed to one line
    assert done["databaseId"] == "demo"
    assert done["status"] == "COMPLETED" and failed["status"] == "ERROR"
    assert done["durationMs"] >= 0 and done["finishedAt"] >= done["createdAt"]
    assert (await listing(gateway, alice)).get("nextCursor") is None

    theirs = await settled(gateway, bob, 1)
    assert [item["requestId"] for item in theirs] == ["bob-1"]


async def test_detail_has_the_full_text_for_its_owner_and_admins_only(gateway, auth, stub_executor, recorder):
    alice = auth("alice")
    sql = "SELECT 1 -- " + "x" * 300
    await run(gateway, alice, sql, "long-1")
    items = await settled(gateway, alice, 1)
    assert len(items[0]["preview"]) == 200 and items[0]["preview"].endswith("…")

    detail = await gateway.get("/api/requests/long-1", headers=alice)
    assert detail.status == 200
    assert (await detail.json())["text"] == sql
    admin = await gateway.get("/api/requests/long-1", headers=auth("root", "admin"))
    assert admin.status == 200 and (await admin.json())["userId"] == "alice"
    foreign = await gateway.get("/api/requests/long-1", headers=auth("bob"))
    unknown = await gateway.get("/api/requests/never-1", headers=auth("bob"))
    assert foreign.status == unknown.status == 404
    assert (await foreign.json())["detail"] == (await unknown.json())["detail"]


async def test_admins_filter_by_user_others_are_refused(gateway, auth, stub_executor, recorder):
    await run(gateway, auth("alice"), "SELECT 1", "filter-a")
    await run(gateway, auth("bob"), "SELECT 2", "filter-b")
    root = auth("root", "admin")

    assert [i["requestId"] for i in await settled(gateway, root, 1, user="alice")] == ["filter-a"]
    assert [i["requestId"] for i in await settled(gateway, root, 1, user="bob")] == ["filter-b"]
    assert (await listing(gateway, root))["requests"] == []  # without `user`: the admin's own

    refused = await gateway.get("/api/requests", params={"user": "bob"}, headers=auth("alice"))
    assert refused.status == 403
    assert refused.content_type == "application/problem+json"
    assert (await refused.json())["code"] == "FORBIDDEN"
    # Naming oneself is allowed.
    assert len((await listing(gateway, auth("alice"), user="alice"))["requests"]) == 1


async def test_cursor_pages_through_everything_once(gateway, auth, stub_executor):
    alice = auth("alice")
    ids = [f"page-{n}" for n in range(5)]
    for request_id in ids:
        await run(gateway, alice, "SELECT 1", request_id)

    seen, cursor, pages = [], None, 0
    while True:
        query = {"limit": "2", **({"cursor": cursor} if cursor else {})}
        page = await listing(gateway, alice, **query)
        pages += 1
        assert len(page["requests"]) <= 2
        seen += [item["requestId"] for item in page["requests"]]
        cursor = page.get("nextCursor")
        if cursor is None:
            break
    assert pages == 3
    assert seen == list(reversed(ids))  # newest first, no duplicates, nothing skipped


@pytest.mark.parametrize("query", [
    {"cursor": "not-a-cursor"},
    {"cursor": "eyJ0IjoieWVzdGVyZGF5IiwiciI6ImEifQ"},  # base64 JSON with a bad time
    {"cursor": "W10"},                                  # base64 of []
    {"limit": "0"}, {"limit": "101"}, {"limit": "ten"}, {"limit": "²"}, {"limit": "-1"}, {"limit": ""},
])
async def test_malformed_parameters_are_400_problems(gateway, auth, query):
    response = await gateway.get("/api/requests", params=query, headers=auth("alice"))
    assert response.status == 400
    assert response.content_type == "application/problem+json"
    problem = await response.json()
    assert problem["code"] == "VALIDATION_ERROR" and problem["detail"]


async def test_listing_needs_a_token(gateway):
    response = await gateway.get("/api/requests")
    assert response.status == 401
