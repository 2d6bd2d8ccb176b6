"""A token whose account was disabled or removed after it was issued is refused at CONNECT: an
ERROR frame and a close, no CONNECTED (before, the session was CONNECTED and ended by the
revocation sweep a second or more later). The gateway asks the real revocation check of the REST
part (gateway/rest/revocations.py) on a migrated control database; the users are managed with the
operator CLI, as in production. (The check caches its answer per user for 2 s, for REST calls
too: a session opened within 2 s of a lookup that found the account valid is ended by the sweep.)"""
from __future__ import annotations

import asyncio
import uuid

import aiopg
import pytest

from controldb.migrate import apply_migrations
from gateway.rest.revocations import RevocationCheck
from services.admin import main as admin_main
from tests.gateway_stomp.js import NodeClient


@pytest.fixture
async def revocations(control_db: str):
    await apply_migrations(control_db)
    pool = await aiopg.create_pool(control_db, minsize=0, maxsize=2, timeout=10)
    try:
        yield control_db, RevocationCheck(pool)
    finally:
        pool.close()
        await pool.wait_closed()


async def admin(database_url: str, *argv: str) -> None:
    assert await asyncio.to_thread(admin_main, ["--database-url", database_url, *argv]) == 0


async def test_tokens_of_disabled_or_removed_accounts_get_an_error_not_connected(
        make_gateway, raw_client, verifier, revocations):
    database_url, check = revocations
    gateway = await make_gateway(revoked_tokens=check.revoked)
    names = {action: f"{action}-{uuid.uuid4().hex[:6]}" for action in ("disable-user", "remove-user", "keep")}
    for name in names.values():
        await admin(database_url, "add-user", name, "--password", f"{name}-password-1")
    tokens = {action: verifier.issue(name, ["user"])[0] for action, name in names.items()}
    for action in ("disable-user", "remove-user"):
        await admin(database_url, action, names[action])

    for action in ("disable-user", "remove-user"):
        client = await raw_client(gateway.ws_url)
        first = await client.connect(f"Authorization:Bearer {tokens[action]}")
        assert first.command == "ERROR", (action, first)
        assert "removed or disabled" in first.get("message") and names[action] not in first.get("message")
        await client.wait_closed()
        assert client.close_code == 1008
        assert client.frames.empty()  # no CONNECTED behind the ERROR

    kept = await raw_client(gateway.ws_url)
    assert (await kept.connect(f"Authorization:Bearer {tokens['keep']}")).command == "CONNECTED"
    assert (await kept.subscribe("/user/queue/nl-to-sql")).command == "RECEIPT"


async def test_stompjs_with_a_disabled_accounts_token_gets_on_stomp_error_and_never_connects(
        make_gateway, verifier, revocations):
    database_url, check = revocations
    gateway = await make_gateway(revoked_tokens=check.revoked)
    name = f"gone-{uuid.uuid4().hex[:6]}"
    await admin(database_url, "add-user", name, "--password", f"{name}-password-1")
    token = verifier.issue(name, ["user"])[0]
    await admin(database_url, "disable-user", name)
    client = await NodeClient.start("resilient.js", {
        "url": gateway.ws_url, "destination": "/user/queue/nl-to-sql",
        "connectHeaders": {"Authorization": f"Bearer {token}"}})
    try:
        error = await client.until("ERROR")
        assert "removed or disabled" in error["headers"]["message"]
        close = await client.until("CLOSE")
        assert close["code"] == 1008
        assert not [e for e in client.lines if e["event"] == "CONNECTED"]
    finally:
        await client.stop()
