"""Settings of the STOMP proxy (environment variables documented in docs/stomp.md)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from enum import Enum
from urllib.parse import unquote, urlsplit

from gateway.stomp.broker_config import broker_max_frame_bytes

DEFAULT_WEB_STOMP_URL = "ws://127.0.0.1:15674/ws"
# Read once at import: Web-STOMP's own frame limit from rabbitmq.conf (broker_config.py).
BROKER_MAX_FRAME_BYTES = broker_max_frame_bytes()


class Profile(str, Enum):
    COMPAT = "compat"   # anonymous sessions allowed, /topic/<feature> is a broadcast
    STRICT = "strict"   # JWT required, non-admins see only their own events


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (value or "").split(",") if part.strip())


def _int(env, name: str, default: int) -> int:
    return int(env.get(name, default))


@dataclass(frozen=True)
class StompSettings:
    profile: Profile = Profile.COMPAT
    web_stomp_url: str = DEFAULT_WEB_STOMP_URL
    broker_user: str = "guest"
    broker_password: str = "guest"
    broker_vhost: str = "/"
    # Extra destination patterns clients may SUBSCRIBE and SEND to, on top of the built-in
    # feature destinations (subscribe-only). `*` matches within one path segment, `**` anything.
    allowed_destinations: tuple[str, ...] = ()
    max_frame_bytes: int = BROKER_MAX_FRAME_BYTES
    max_headers: int = 64
    # Before CONNECTED only a CONNECT frame is expected: keep the door small.
    max_connect_frame_bytes: int = 16 * 1024
    connect_timeout_seconds: float = 10.0
    # A client that does not take a frame within this time is too slow: error + close.
    send_timeout_seconds: float = 10.0
    # Budgets (docs/stomp.md "Limits"); a breach is an ERROR naming the limit and a close.
    # Bytes of a frame still waiting for its end, and the time it may take to complete.
    max_incomplete_frame_bytes: int = BROKER_MAX_FRAME_BYTES
    incomplete_frame_seconds: float = 10.0
    # All sessions' incomplete frames together: what an attack can make the gateway hold.
    max_incomplete_bytes_total: int = 32 * 1024 * 1024
    max_subscriptions: int = 32
    # Bytes queued for one client and not yet taken by its transport (SockJS has no TCP
    # backpressure; raw WebSockets are also bounded by the send timeout).
    max_pending_bytes: int = 8 * 1024 * 1024
    max_sessions_per_address: int = 256
    max_anonymous_sessions: int = 2000
    # The gateway's own heart-beats with the broker, whatever the client negotiated: it sends
    # one this often when it sent nothing else and asks the broker for the same. 0 turns it off.
    upstream_heartbeat_ms: int = 10_000
    allowed_origins: tuple[str, ...] = ()
    broadcast: bool = True
    sockjs_heartbeat_seconds: float = 25.0
    sockjs_disconnect_delay_seconds: float = 5.0

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> StompSettings:
        env = os.environ if env is None else env
        url = env.get("QUERYCAST_WEB_STOMP_URL", DEFAULT_WEB_STOMP_URL)
        amqp = urlsplit(env.get("QUERYCAST_AMQP_URL", ""))
        # Default the upstream credentials to the AMQP ones: same broker, same user.
        user = env.get("QUERYCAST_BROKER_USER") or (unquote(amqp.username) if amqp.username else "guest")
        password = env.get("QUERYCAST_BROKER_PASSWORD") or (
            unquote(amqp.password) if amqp.password else "guest")
        vhost = env.get("QUERYCAST_BROKER_VHOST") or (
            unquote(amqp.path[1:]) if amqp.path and amqp.path != "/" else "/")
        profile = env.get("QUERYCAST_STOMP_PROFILE", "compat").strip().lower()
        try:
            profile_value = Profile(profile)
        except ValueError:
            raise ValueError("QUERYCAST_STOMP_PROFILE must be 'compat' or 'strict'") from None
        return cls(
            profile=profile_value,
            web_stomp_url=url,
            broker_user=user,
            broker_password=password,
            broker_vhost=vhost,
            allowed_destinations=_split(env.get("QUERYCAST_STOMP_ALLOWED_DESTINATIONS")),
            max_frame_bytes=_int(env, "QUERYCAST_STOMP_MAX_FRAME_BYTES", cls.max_frame_bytes),
            max_headers=int(env.get("QUERYCAST_STOMP_MAX_HEADERS", cls.max_headers)),
            connect_timeout_seconds=float(
                env.get("QUERYCAST_STOMP_CONNECT_TIMEOUT_SECONDS", cls.connect_timeout_seconds)),
            send_timeout_seconds=float(
                env.get("QUERYCAST_STOMP_SEND_TIMEOUT_SECONDS", cls.send_timeout_seconds)),
            max_incomplete_frame_bytes=_int(env, "QUERYCAST_STOMP_MAX_INCOMPLETE_FRAME_BYTES",
                                            cls.max_incomplete_frame_bytes),
            incomplete_frame_seconds=float(
                env.get("QUERYCAST_STOMP_INCOMPLETE_FRAME_SECONDS", cls.incomplete_frame_seconds)),
            max_incomplete_bytes_total=_int(env, "QUERYCAST_STOMP_MAX_INCOMPLETE_BYTES_TOTAL",
                                            cls.max_incomplete_bytes_total),
            max_subscriptions=_int(env, "QUERYCAST_STOMP_MAX_SUBSCRIPTIONS", cls.max_subscriptions),
            max_pending_bytes=_int(env, "QUERYCAST_STOMP_MAX_PENDING_BYTES", cls.max_pending_bytes),
            max_sessions_per_address=_int(env, "QUERYCAST_STOMP_MAX_SESSIONS_PER_ADDRESS",
                                          cls.max_sessions_per_address),
            max_anonymous_sessions=_int(env, "QUERYCAST_STOMP_MAX_ANONYMOUS_SESSIONS", cls.max_anonymous_sessions),
            upstream_heartbeat_ms=_int(env, "QUERYCAST_STOMP_UPSTREAM_HEARTBEAT_MS", cls.upstream_heartbeat_ms),
            allowed_origins=_split(env.get("QUERYCAST_ALLOWED_ORIGINS")),
            broadcast=env.get("QUERYCAST_STATUS_BROADCAST", "true").lower() not in ("0", "false", "no"),
        )

    def __repr__(self) -> str:  # never print the broker password
        return (f"StompSettings(profile={self.profile.value}, web_stomp_url={self.web_stomp_url!r}, "
                f"broker_user={self.broker_user!r}, vhost={self.broker_vhost!r})")
