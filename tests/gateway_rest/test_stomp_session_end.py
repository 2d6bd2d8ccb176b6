"""Authenticated STOMP sessions through the real gateway (control database, RabbitMQ node) end
with an ERROR frame and a 1008 close when their user is removed or disabled (both profiles) or
their token expires (both profiles); other users' sessions and anonymous ones go on."""
from __future__ import annotations

import asyncio
import time
import uuid

import aiohttp
import pytest

from gateway.auth import TokenVerifier
from gateway.stomp.settings import Profile
from services.admin import main as admin_main
from tests.gateway_rest.stomp_client import StompClient, encode

DESTINATION = "/topic/query-execution"


async def _login(gateway, add_user, name: str) -> str:
    await add_user(name, f"{name}-password-1")
    response = await gateway.post("/api/auth/login", json={"username": name, "password": f"{name}-password-1"})
    assert response.status == 200
    return (await response.json())["accessToken"]


async def _session(gateway, token: str | None) -> StompClient:
    client = await StompClient.connect(str(gateway.make_url("/ws")), token)
    await client.subscribe(DESTINATION)
    return client


async def _ending(client: StompClient, timeout: float) -> tuple[str, str, int | None]:
    """(command, message) of the next frame that is not a MESSAGE, then the close code."""
    async with asyncio.timeout(timeout):
        while True:
            frame = await client._next()
            if frame.command != "MESSAGE":
                break
        while True:
            msg = await client.ws.receive()
            if msg.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.CLOSING):
                break
    return frame.command, frame.headers.get("message", ""), client.ws.close_code


async def _still_works(client: StompClient) -> None:
    name = f"again-{uuid.uuid4().hex[:6]}"
    await client.ws.send_str(encode("SUBSCRIBE", {"id": name, "destination": DESTINATION, "receipt": name}))
    async with asyncio.timeout(5):
        while (frame := await client._next()).command == "MESSAGE":
            pass
    assert frame.command == "RECEIPT", frame


@pytest.fixture(params=[Profile.COMPAT, Profile.STRICT], ids=lambda p: p.value)
async def any_profile_gateway(request, start_gateway, gateway_settings):
    settings = gateway_settings.replace(stomp=gateway_settings.stomp.replace(profile=request.param))
    return request.param, await start_gateway(settings)


async def test_sessions_of_removed_or_disabled_users_end_within_seconds(any_profile_gateway, add_user,
                                                                        migrated_db):
    profile, gateway = any_profile_gateway
    tokens = {name: await _login(gateway, add_user, name) for name in ("gina", "hank", "ivy")}
    sessions = {name: await _session(gateway, token) for name, token in tokens.items()}
    anonymous = await _session(gateway, None) if profile is Profile.COMPAT else None
    try:
        await asyncio.sleep(1.5)  # a few sweeps find nothing to end
        for client in sessions.values():
            await _still_works(client)

        started = time.monotonic()
        for argv in (["disable-user", "gina"], ["remove-user", "hank"]):
            assert await asyncio.to_thread(admin_main, ["--database-url", migrated_db, *argv]) == 0
        for name in ("gina", "hank"):
            command, message, code = await _ending(sessions[name], timeout=8)
            assert command == "ERROR" and "removed or disabled" in message, (name, command, message)
            assert code == 1008
            assert "gina" not in message and "postgres" not in message.lower()
        assert time.monotonic() - started < 8

        await _still_works(sessions["ivy"])
        if anonymous is not None:
            await _still_works(anonymous)
    finally:
        for client in [*sessions.values(), *([anonymous] if anonymous else [])]:
            await client.close()


async def test_compat_sessions_end_at_token_expiry_anonymous_ones_do_not(start_gateway, gateway_settings):
    auth = gateway_settings.auth.replace(leeway_seconds=0)
    gateway = await start_gateway(gateway_settings.replace(
        auth=auth, stomp=gateway_settings.stomp.replace(profile=Profile.COMPAT)))
    short_token, _ = TokenVerifier(auth.replace(ttl_seconds=3)).issue("kim", ["user"])
    long_token, _ = TokenVerifier(auth).issue("lee", ["user"])
    issued = time.time()
    expiring, lasting = await _session(gateway, short_token), await _session(gateway, long_token)
    anonymous = await _session(gateway, None)
    try:
        command, message, code = await _ending(expiring, timeout=10)
        assert command == "ERROR" and "expired" in message and code == 1008
        assert time.time() >= int(issued) + 3
        await _still_works(lasting)
        await _still_works(anonymous)
    finally:
        for client in (expiring, lasting, anonymous):
            await client.close()
