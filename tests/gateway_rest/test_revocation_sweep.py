"""Pure logic of the STOMP revocation sweep: the cost follows distinct users (one batched lookup,
cached), not sessions, and an unanswerable check leaves sessions open. The end-to-end behaviour
against the real gateway is in test_stomp_session_end.py."""
from __future__ import annotations

import asyncio
import time
from types import SimpleNamespace

from contracts.errors import ErrorCode, ServiceError
from contracts.rpc import Caller
from gateway.auth import VerifiedToken
from gateway.rest.revocations import RevocationCheck
from gateway.stomp.expiry import SessionGuard, sweep_revoked


def token(user: str, issued_at: float = 1000.0, *, ours: bool = True) -> VerifiedToken:
    return VerifiedToken(Caller(user_id=user, roles=[]), issued_at, time.time() + 3600, ours)


class FakeUsers:
    def __init__(self, revoked: dict[str, float]):
        self.revoked = revoked
        self.calls: list[list[str]] = []
        self.down = False

    async def revoked_until_many(self, usernames: list[str]) -> dict[str, float | None]:
        if self.down:
            raise OSError("control database down")
        self.calls.append(usernames)
        return {u: self.revoked.get(u) for u in usernames}


def check_with(users: FakeUsers, cache_seconds: float = 60.0) -> RevocationCheck:
    check = RevocationCheck(None, cache_seconds=cache_seconds)  # type: ignore[arg-type]
    check._users = users  # type: ignore[assignment]
    return check


async def test_one_lookup_per_distinct_user_then_the_cache():
    users = FakeUsers({"bob": 2000.0, "eve": float("inf")})
    check = check_with(users)
    tokens = [token(u) for u in ("amy", "bob", "eve") for _ in range(50)]
    tokens += [token("bob", issued_at=3000.0), token("eve", ours=False)]
    revoked = await check.revoked(tokens)
    assert users.calls == [["amy", "bob", "eve"]]
    # bob's tokens issued before his revocation, every one of disabled eve's own; not the
    # newer bob token nor the identity provider's eve token
    assert {(t.caller.user_id, t.issued_at) for t in revoked} == {("bob", 1000.0), ("eve", 1000.0)}
    assert len(revoked) == 100
    assert await check.revoked(tokens) == revoked and len(users.calls) == 1
    await check.revoked([token("zoe")])
    assert users.calls[-1] == ["zoe"]


async def test_a_control_database_outage_is_unavailable_not_revoked():
    users = FakeUsers({"bob": 2000.0})
    users.down = True
    try:
        await check_with(users).revoked([token("bob")])
    except ServiceError as err:
        assert err.code is ErrorCode.UNAVAILABLE and "down" not in err.body.message
    else:
        raise AssertionError("an unanswerable check must not pass")


async def test_the_sweep_revokes_only_revoked_sessions_and_survives_failures():
    guards = {name: SessionGuard(token(name), None) for name in ("amy", "bob")}
    anonymous = SessionGuard(None, None)
    ctx = SimpleNamespace(sessions=[SimpleNamespace(guard=g) for g in (*guards.values(), anonymous, None)])
    answers: list = [OSError("down"), []]
    asked: list[list[str]] = []

    async def revoked_tokens(tokens):
        asked.append(sorted(t.caller.user_id for t in tokens))
        answer = answers.pop(0) if answers else [t for t in tokens if t.caller.user_id == "bob"]
        if isinstance(answer, Exception):
            raise answer
        return answer

    sweep = asyncio.create_task(sweep_revoked(ctx, revoked_tokens, interval=0.01))
    try:
        async with asyncio.timeout(5):
            while not guards["bob"]._revoked.is_set():
                await asyncio.sleep(0.01)
    finally:
        sweep.cancel()
    assert len(asked) >= 3 and all(names == ["amy", "bob"] for names in asked)  # anonymous never asked
    assert not guards["amy"]._revoked.is_set() and not anonymous._revoked.is_set()


class SlowUsers(FakeUsers):
    """revoked_until answers only once `answer` is set (or raises when `down`)."""

    def __init__(self, revoked: dict[str, float]):
        super().__init__(revoked)
        self.answer = asyncio.Event()

    async def revoked_until(self, user: str) -> float | None:
        self.calls.append([user])
        await self.answer.wait()
        if self.down:
            raise OSError("control database down")
        return self.revoked.get(user)


async def test_concurrent_rest_checks_of_one_user_share_one_lookup():
    users = SlowUsers({"mallory": 2000.0})
    check = check_with(users)
    calls = [asyncio.ensure_future(check.check(token(user))) for user in ("alice",) * 10 + ("mallory",) * 3]
    await asyncio.sleep(0)
    users.answer.set()
    results = await asyncio.gather(*calls, return_exceptions=True)
    assert users.calls == [["alice"], ["mallory"]]
    assert results[:10] == [None] * 10 and all(type(r).__name__ == "AuthError" for r in results[10:])


async def test_a_failed_shared_lookup_refuses_every_waiting_check_and_a_cancelled_one_is_retried():
    users = SlowUsers({})
    check = check_with(users)
    users.down = True
    calls = [asyncio.ensure_future(check.check(token("alice"))) for _ in range(3)]
    await asyncio.sleep(0)
    users.answer.set()
    results = await asyncio.gather(*calls, return_exceptions=True)
    assert all(isinstance(r, ServiceError) and r.code is ErrorCode.UNAVAILABLE for r in results)
    assert users.calls == [["alice"]]
    # The caller doing the lookup is cancelled: the one waiting for it looks the user up itself.
    users.down, users.answer = False, asyncio.Event()
    first = asyncio.ensure_future(check.check(token("bob")))
    await asyncio.sleep(0)
    second = asyncio.ensure_future(check.check(token("bob")))
    await asyncio.sleep(0)
    first.cancel()
    await asyncio.sleep(0)
    users.answer.set()
    assert await second is None and users.calls[-2:] == [["bob"], ["bob"]]
