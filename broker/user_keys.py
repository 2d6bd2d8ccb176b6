"""Per-user routing keys: `<feature>.user.<userKey>` (docs/architecture.md#destinations).

The user key is a keyed BLAKE2b hash of the exact user id (UTF-8), 32 hex digits. It is
injective in practice (a collision needs a 128-bit hash collision) and never the user id
itself, so no user id, however it is spelled, can take another user's key: `carol.x` and
`carol_x-bcd7a89603c603f7` get unrelated keys. The key is a fixed, versioned constant, so every
service computes the same key without shared configuration; a new version would be a new
migration (docs/stomp.md, "User keys").
"""
from __future__ import annotations

import hashlib

from contracts.status import Feature

_KEY = b"querycast/user-key/v1"
USER_KEY_HEX_DIGITS = 32


def user_key(user_id: str) -> str:
    """One routing-key word for `user_id`: hex digits only (no dots, wildcards or odd bytes)."""
    return hashlib.blake2b(user_id.encode("utf-8"), key=_KEY, digest_size=USER_KEY_HEX_DIGITS // 2).hexdigest()


def user_routing_key(feature: Feature, user_id: str) -> str:
    return f"{feature.routing_key}.user.{user_key(user_id)}"
