"""The users table: argon2id password hashes and roles (login and `querycast-admin`)."""
from __future__ import annotations

import asyncio
from dataclasses import dataclass

import aiopg
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

_hasher = PasswordHasher()
# Verified when the user does not exist, so a wrong username costs as much as a wrong password.
_DUMMY_HASH = _hasher.hash("querycast-no-such-user")

_REVOKE = ("INSERT INTO user_revocations (username) VALUES (%s)"
           " ON CONFLICT (username) DO UPDATE SET revoked_at = now()")

USERNAME_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.@-]{0,127}$"


@dataclass(frozen=True)
class User:
    username: str
    roles: tuple[str, ...]
    disabled: bool = False


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _password_matches(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


class UserStore:
    def __init__(self, pool: aiopg.Pool):
        self._pool = pool

    async def authenticate(self, username: str, password: str) -> User | None:
        """The user if the password matches and the account is enabled, else None. Hashing runs
        in a thread: argon2 is deliberately slow and must not stall the event loop."""
        async with self._pool.acquire() as conn, conn.cursor() as cur:
            await cur.execute("SELECT password_hash, roles, disabled FROM users WHERE username = %s",
                              (username,))
            row = await cur.fetchone()
        if row is None:
            await asyncio.to_thread(_password_matches, _DUMMY_HASH, password)
            return None
        if not await asyncio.to_thread(_password_matches, row[0], password) or row[2]:
            return None
        return User(username, tuple(row[1] or ()), row[2])

    async def upsert(self, username: str, password: str, roles: list[str]) -> None:
        password_hash = await asyncio.to_thread(hash_password, password)
        async with self._pool.acquire() as conn, conn.cursor() as cur:
            await cur.execute(
                "INSERT INTO users (username, password_hash, roles) VALUES (%s, %s, %s)"
                " ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash,"
                " roles = EXCLUDED.roles, disabled = false, updated_at = now()",
                (username, password_hash, roles))

    async def remove(self, username: str) -> bool:
        async with self._pool.acquire() as conn, conn.cursor() as cur:
            await cur.execute("DELETE FROM users WHERE username = %s", (username,))
            removed = cur.rowcount > 0
            if removed:
                await cur.execute(_REVOKE, (username,))
            return removed

    async def set_disabled(self, username: str, disabled: bool) -> bool:
        async with self._pool.acquire() as conn, conn.cursor() as cur:
            await cur.execute("UPDATE users SET disabled = %s, updated_at = now() WHERE username = %s",
                              (disabled, username))
            changed = cur.rowcount > 0
            if changed and disabled:
                await cur.execute(_REVOKE, (username,))
            return changed

    async def revoked_until(self, username: str) -> float | None:
        """Epoch seconds up to which this user's tokens are void (removed, disabled), or None.
        A disabled user's tokens are void whenever they were issued."""
        async with self._pool.acquire() as conn, conn.cursor() as cur:
            await cur.execute(
                "SELECT (SELECT disabled FROM users WHERE username = %s),"
                " (SELECT extract(epoch FROM revoked_at) FROM user_revocations WHERE username = %s)",
                (username, username))
            disabled, revoked_at = await cur.fetchone()
        if disabled:
            return float("inf")
        return float(revoked_at) if revoked_at is not None else None

    async def revoked_until_many(self, usernames: list[str]) -> dict[str, float | None]:
        """`revoked_until` of many users in one query."""
        async with self._pool.acquire() as conn, conn.cursor() as cur:
            await cur.execute(
                "SELECT n.username, u.disabled, extract(epoch FROM r.revoked_at)"
                " FROM unnest(%s::text[]) AS n(username)"
                " LEFT JOIN users u ON u.username = n.username"
                " LEFT JOIN user_revocations r ON r.username = n.username", (usernames,))
            rows = await cur.fetchall()
        return {name: float("inf") if disabled else (float(at) if at is not None else None)
                for name, disabled, at in rows}

    async def list(self) -> list[User]:
        async with self._pool.acquire() as conn, conn.cursor() as cur:
            await cur.execute("SELECT username, roles, disabled FROM users ORDER BY username")
            return [User(r[0], tuple(r[1] or ()), r[2]) for r in await cur.fetchall()]
