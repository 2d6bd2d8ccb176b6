"""strict profile: a JWT is required, each non-admin sees only their own events on
/topic/<feature> (destination header unchanged), admins see everything."""
import asyncio
import time
import uuid

import jwt
import pytest

from contracts.status import Feature, Stage
from gateway.stomp import Profile

EVENTS = 1000


@pytest.fixture
async def strict_gateway(make_gateway):
    return await make_gateway(profile=Profile.STRICT)


async def subscribed(raw_client, url: str, token: str, destination: str = "/topic/nl-to-sql"):
    client = await raw_client(url)
    connected = await client.connect(f"Authorization:Bearer {token}")
    assert connected.command == "CONNECTED", connected
    assert (await client.subscribe(destination)).command == "RECEIPT"
    return client


async def collect_until(client, barrier_request: str, timeout: float = 30) -> list:
    frames = []
    async with asyncio.timeout(timeout):
        while True:
            frame = await client.frames.get()
            assert frame.command == "MESSAGE", frame
            frames.append(frame)
            if frame.get("x-request-id") == barrier_request:
                return frames


async def test_each_user_sees_only_their_own_events_admin_sees_all(strict_gateway, raw_client, verifier, publisher):
    run = uuid.uuid4().hex[:6]
    users = [f"alice-{run}", f"bob-{run}", f"carol-{run}"]
    alice = await subscribed(raw_client, strict_gateway.ws_url, verifier.issue(users[0], ["user"])[0])
    bob = await subscribed(raw_client, strict_gateway.ws_url, verifier.issue(users[1], ["user"])[0])
    alice_private = await subscribed(raw_client, strict_gateway.ws_url, verifier.issue(users[0], ["user"])[0],
                                     "/user/queue/nl-to-sql")
    admin = await subscribed(raw_client, strict_gateway.ws_url, verifier.issue(f"root-{run}", ["admin"])[0])

    sent: dict[str, list[str]] = {u: [] for u in users}
    for i in range(EVENTS // 2):
        user = users[i % 3]
        request_id = f"{run}-{i}"
        events = publisher.for_request(Feature.NL_TO_SQL, request_id, user)
        await events.step(Stage.REQUEST_RECEIVED, "received", {}, 5)
        await events.fail("no", {"errorCode": "CANNOT_ANSWER"})
        sent[user] += [request_id, request_id]
    # Barriers: after these, everything published earlier was delivered (one queue, FIFO).
    barriers = {}
    for user in users[:2]:
        barriers[user] = f"{run}-barrier-{user}"
        await publisher.for_request(Feature.NL_TO_SQL, barriers[user], user).succeed("barrier")

    got_alice = await collect_until(alice, barriers[users[0]])
    got_bob = await collect_until(bob, barriers[users[1]])
    got_private = await collect_until(alice_private, barriers[users[0]])
    assert [f.get("x-request-id") for f in got_alice[:-1]] == sent[users[0]]
    assert [f.get("x-request-id") for f in got_bob[:-1]] == sent[users[1]]
    assert [f.get("x-request-id") for f in got_private[:-1]] == sent[users[0]]
    leaks = ([f for f in got_alice + got_private if f.get("x-user-id") != users[0]]
             + [f for f in got_bob if f.get("x-user-id") != users[1]])
    assert leaks == []
    assert {f.get("destination") for f in got_alice + got_bob} == {"/topic/nl-to-sql"}
    assert {f.get("destination") for f in got_private} == {"/user/queue/nl-to-sql"}

    admin_frames = []
    async with asyncio.timeout(30):
        while not any(f.get("x-request-id") == barriers[users[1]] for f in admin_frames):
            admin_frames.append(await admin.frames.get())
    admin_ids = [f.get("x-request-id") for f in admin_frames if f.get("x-request-id", "").startswith(run)]
    assert len([r for r in admin_ids if "barrier" not in r]) == EVENTS
    assert {f.get("x-user-id") for f in admin_frames} >= set(users)


async def test_anonymous_connect_is_refused(strict_gateway, raw_client):
    client = await raw_client(strict_gateway.ws_url)
    error = await client.connect("login:guest", "passcode:guest")
    assert error.command == "ERROR" and "Authentication required" in error.get("message")
    await client.wait_closed()


async def test_forged_and_expired_tokens_are_refused(strict_gateway, raw_client, verifier):
    settings = verifier.settings
    now = int(time.time())
    claims = {"sub": "mallory", "roles": ["admin"], "iss": settings.issuer, "aud": settings.audience}
    forged = jwt.encode({**claims, "iat": now, "exp": now + 600}, "another-secret-of-at-least-32-bytes!!", "HS256")
    expired = jwt.encode({**claims, "iat": now - 7200, "exp": now - 3600}, settings.secret, "HS256")
    unsigned = jwt.encode({**claims, "iat": now, "exp": now + 600}, None, "none")
    for token, words in ((forged, "invalid"), (expired, "expired"), (unsigned, "not accepted")):
        client = await raw_client(strict_gateway.ws_url)
        error = await client.connect(f"Authorization:Bearer {token}")
        assert error.command == "ERROR" and words in error.get("message"), error
        await client.wait_closed()


async def test_a_session_ends_with_an_error_frame_when_its_token_expires(
        strict_gateway, raw_client, verifier, publisher, monkeypatch):
    monkeypatch.setattr(verifier, "settings", verifier.settings.replace(leeway_seconds=0))
    settings = verifier.settings
    user = f"shortlived-{uuid.uuid4().hex[:6]}"
    now = int(time.time())
    short = jwt.encode({"sub": user, "roles": ["user"], "iss": settings.issuer, "aud": settings.audience,
                        "iat": now, "exp": now + 3}, settings.secret, "HS256")
    expiring = await subscribed(raw_client, strict_gateway.ws_url, short, "/user/queue/nl-to-sql")
    lasting = await subscribed(raw_client, strict_gateway.ws_url, verifier.issue(user, ["user"])[0],
                               "/user/queue/nl-to-sql")

    # until then it is a working session
    await publisher.for_request(Feature.NL_TO_SQL, f"before-{user}", user).succeed("still valid")
    assert (await expiring.frame()).get("x-request-id") == f"before-{user}"
    assert (await lasting.frame()).get("x-request-id") == f"before-{user}"

    error = await expiring.frame(timeout=now + 3 - time.time() + 5)
    assert error.command == "ERROR" and "expired" in error.get("message"), error
    assert time.time() >= now + 3
    await expiring.wait_closed()
    assert expiring.close_code == 1008

    # a session whose token is still valid goes on
    await publisher.for_request(Feature.NL_TO_SQL, f"after-{user}", user).succeed("still here")
    assert (await lasting.frame()).get("x-request-id") == f"after-{user}"
    assert not lasting.closed.is_set()
