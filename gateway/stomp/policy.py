"""Which destinations a client may use, and where they really go (docs/architecture.md#destinations).

Built-in destinations are subscribe-only: `/topic/<feature>` (the broadcast, or in the strict
profile the caller's own per-user key) and `/user/queue/<feature>` (always the caller's own key).
SENDs to `/app/**` are handled by the gateway. Operators can allow more destinations with
patterns (`*` = one path segment, `**` = anything); those are passed through unchanged for both
SUBSCRIBE and SEND, except topic keys that could reach another user's events.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from broker.topology import FEATURE_KEYS
from broker.user_keys import user_key
from contracts.rpc import Caller
from gateway.stomp.frames import Frame, FrameError
from gateway.stomp.settings import Profile, StompSettings

APP_PREFIX = "/app/"
FEATURE_TOPICS = {f"/topic/{key}": key for key in FEATURE_KEYS}
USER_QUEUES = {f"/user/queue/{key}": key for key in FEATURE_KEYS}
BUILT_IN = tuple(FEATURE_TOPICS) + tuple(USER_QUEUES)
# What a SUBSCRIBE to a built-in destination may carry: no x-queue-name (which could attach to
# any queue, e.g. the status history), no durable/exclusive queue arguments.
SAFE_SUBSCRIBE_HEADERS = frozenset({"id", "destination", "ack", "receipt", "prefetch-count"})
_TOPIC_PREFIXES = ("/topic/", "/exchange/amq.topic/")


class PolicyError(FrameError):
    """A frame the policy refuses; the session answers with ERROR and closes."""


def _compile(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    parts = []
    for pattern in patterns:
        regex = re.escape(pattern).replace(r"\*\*", ".*").replace(r"\*", "[^/]*")
        parts.append(f"(?:{regex})")
    return re.compile("|".join(parts))


def _reaches_other_users(destination: str) -> bool:
    """True for topic keys with wildcards or a per-user key: those could read other users' events."""
    for prefix in _TOPIC_PREFIXES:
        if destination.startswith(prefix):
            key = destination[len(prefix):]
            words = key.split(".")
            return "*" in words or "#" in words or (
                len(words) > 1 and words[0] in FEATURE_KEYS and words[1] == "user")
    return False


@dataclass(frozen=True)
class Subscription:
    upstream: str      # the destination the broker sees
    client: str        # the destination the client named (MESSAGE frames carry this one)
    built_in: bool = False  # a built-in destination: the gateway names its queue (naming.py)


class DestinationPolicy:
    def __init__(self, settings: StompSettings):
        self.settings = settings
        self._extra = _compile(settings.allowed_destinations)

    def describe_allowed(self) -> str:
        allowed = [*BUILT_IN, f"{APP_PREFIX}** (SEND)", *self.settings.allowed_destinations]
        return ", ".join(allowed)

    def _extra_allows(self, destination: str) -> bool:
        return (self._extra is not None and self._extra.fullmatch(destination) is not None
                and not _reaches_other_users(destination))

    def _refuse(self, verb: str, destination: str) -> PolicyError:
        return PolicyError("destination-refused",
                           f"{verb} to {destination[:200]!r} is not allowed. Allowed: {self.describe_allowed()}.")

    def subscribe(self, frame: Frame, principal: Caller | None) -> Subscription:
        """Rewrite `frame` in place for the broker; return where it really goes."""
        destination = frame.get("destination")
        if not destination:
            raise PolicyError("bad-frame", "SUBSCRIBE needs a destination header.")
        if not frame.get("id"):
            raise PolicyError("bad-frame", "SUBSCRIBE needs an id header.")
        upstream = self._built_in_upstream(destination, principal)
        if upstream is None:
            if not self._extra_allows(destination):
                raise self._refuse("SUBSCRIBE", destination)
            return Subscription(destination, destination)
        frame.keep_only(SAFE_SUBSCRIBE_HEADERS)
        if upstream != destination:
            frame.set("destination", upstream)
        return Subscription(upstream, destination, built_in=True)

    def _built_in_upstream(self, destination: str, principal: Caller | None) -> str | None:
        if destination in FEATURE_TOPICS:
            key = FEATURE_TOPICS[destination]
            if principal is not None and self.settings.profile is Profile.STRICT and not principal.is_admin:
                return f"/topic/{key}.user.{user_key(principal.user_id)}"
            # Everyone's events: the broadcast key, or every per-user key when broadcast is off.
            return destination if self.settings.broadcast else f"/topic/{key}.user.*"
        if destination in USER_QUEUES:
            if principal is None:
                raise PolicyError("auth", f"{destination} needs a logged-in session (send a JWT on CONNECT).")
            return f"/topic/{USER_QUEUES[destination]}.user.{user_key(principal.user_id)}"
        return None

    def send_target(self, frame: Frame) -> str:
        """'app' for destinations the gateway handles, 'broker' to forward; else PolicyError."""
        destination = frame.get("destination")
        if not destination:
            raise PolicyError("bad-frame", "SEND needs a destination header.")
        if destination.startswith(APP_PREFIX):
            return "app"
        if destination in BUILT_IN:
            raise PolicyError("destination-refused",
                              f"Clients cannot SEND to {destination}: only the services publish status "
                              f"events. Submit requests with SEND to {APP_PREFIX}nl-to-sql or "
                              f"{APP_PREFIX}query-execution.")
        if not self._extra_allows(destination):
            raise self._refuse("SEND", destination)
        return "broker"
