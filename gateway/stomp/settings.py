"""Settings of the STOMP proxy (environment variables documented in docs/stomp.md)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from enum import Enum
from urllib.parse import unquote, urlsplit

DEFAULT_WEB_STOMP_URL = "ws://127.0.0.1:15674/ws"


class Profile(str, Enum):
    COMPAT = "compat"   # anonymous sessions allowed, /topic/<feature> is a broadcast
    STRICT = "strict"   # JWT required, non-admins see only their own events


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (value or "").split(",") if part.strip())


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
    max_frame_bytes: int = 2 * 1024 * 1024
    max_headers: int = 64
    # Before CONNECTED only a CONNECT frame is expected: keep the door small.
    max_connect_frame_bytes: int = 16 * 1024
    connect_timeout_seconds: float = 10.0
    # A client that does not take a frame within this time is too slow: error + close.
    send_timeout_seconds: float = 10.0
    # SockJS sessions have no TCP backpressure: frames queued for a client beyond this close it.
    max_pending_frames: int = 10_000
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
            max_frame_bytes=int(env.get("QUERYCAST_STOMP_MAX_FRAME_BYTES", cls.max_frame_bytes)),
            max_headers=int(env.get("QUERYCAST_STOMP_MAX_HEADERS", cls.max_headers)),
            connect_timeout_seconds=float(
                env.get("QUERYCAST_STOMP_CONNECT_TIMEOUT_SECONDS", cls.connect_timeout_seconds)),
            send_timeout_seconds=float(
                env.get("QUERYCAST_STOMP_SEND_TIMEOUT_SECONDS", cls.send_timeout_seconds)),
            max_pending_frames=int(env.get("QUERYCAST_STOMP_MAX_PENDING_FRAMES", cls.max_pending_frames)),
            allowed_origins=_split(env.get("QUERYCAST_ALLOWED_ORIGINS")),
            broadcast=env.get("QUERYCAST_STATUS_BROADCAST", "true").lower() not in ("0", "false", "no"),
        )

    def __repr__(self) -> str:  # never print the broker password
        return (f"StompSettings(profile={self.profile.value}, web_stomp_url={self.web_stomp_url!r}, "
                f"broker_user={self.broker_user!r}, vhost={self.broker_vhost!r})")
