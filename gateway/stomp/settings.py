"""Settings of the STOMP proxy (environment variables documented in docs/stomp.md)."""
from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Annotated, Any, ClassVar
from urllib.parse import unquote, urlsplit

from pydantic import BeforeValidator, model_validator

from gateway.stomp.broker_config import broker_max_frame_bytes
from runtime.settings import CommaList, Flag, QuerycastSettings, lower, setting

DEFAULT_WEB_STOMP_URL = "ws://127.0.0.1:15674/ws"
# Read once at import: Web-STOMP's own frame limit from rabbitmq.conf (broker_config.py).
BROKER_MAX_FRAME_BYTES = broker_max_frame_bytes()


class Profile(str, Enum):
    COMPAT = "compat"   # anonymous sessions allowed, /topic/<feature> is a broadcast
    STRICT = "strict"   # JWT required, non-admins see only their own events


def _upstream_defaults(data: Any) -> Any:
    """The upstream credentials and vhost default to the AMQP URL's: same broker, same user."""
    if not isinstance(data, Mapping):
        return data
    data = dict(data)
    amqp = urlsplit((data.get("amqp_url") or "").split(",")[0].strip())  # the first node's user
    if not data.get("broker_user"):
        data["broker_user"] = unquote(amqp.username) if amqp.username else "guest"
    if not data.get("broker_password"):
        data["broker_password"] = unquote(amqp.password) if amqp.password else "guest"
    if not data.get("broker_vhost"):
        data["broker_vhost"] = unquote(amqp.path[1:]) if amqp.path and amqp.path != "/" else "/"
    return data


class StompSettings(QuerycastSettings):
    section: ClassVar[str] = "STOMP proxy (querycast-gateway)"

    profile: Annotated[Profile, BeforeValidator(lower)] = setting(
        Profile.COMPAT, "`compat` (anonymous allowed, broadcast) or `strict` (JWT required, own events only)",
        env="QUERYCAST_STOMP_PROFILE")
    web_stomp_url: str = setting(DEFAULT_WEB_STOMP_URL, "Web-STOMP endpoint the gateway proxies to; "
                                 "comma-separated for a cluster (each session opens on the next node that "
                                 "answers)", env="QUERYCAST_WEB_STOMP_URL")
    # Only read to default the broker credentials below.
    amqp_url: str = setting("", "RabbitMQ for every process", env="QUERYCAST_AMQP_URL", secret=True)
    broker_user: str = setting("guest", "user the gateway connects upstream as (client ones never reach "
                               "the broker)", env="QUERYCAST_BROKER_USER",
                               doc_default="from (the first) `QUERYCAST_AMQP_URL`")
    broker_password: str = setting("guest", "password of that user", env="QUERYCAST_BROKER_PASSWORD", secret=True,
                                   doc_default="from (the first) `QUERYCAST_AMQP_URL`")
    broker_vhost: str = setting("/", "vhost of that user", env="QUERYCAST_BROKER_VHOST",
                                doc_default="from (the first) `QUERYCAST_AMQP_URL`")
    # Extra destination patterns clients may SUBSCRIBE and SEND to, on top of the built-in
    # feature destinations (subscribe-only). `*` matches within one path segment, `**` anything.
    allowed_destinations: CommaList = setting((), "extra destination patterns operators expose "
                                              "(comma-separated)", env="QUERYCAST_STOMP_ALLOWED_DESTINATIONS",
                                              doc_default="the built-in feature destinations only")
    max_frame_bytes: int = setting(BROKER_MAX_FRAME_BYTES, "largest frame (ERROR + close)",
                                   env="QUERYCAST_STOMP_MAX_FRAME_BYTES", ge=1,
                                   doc_default="Web-STOMP's frame limit in rabbitmq.conf")
    max_headers: int = setting(64, "most headers in one frame", env="QUERYCAST_STOMP_MAX_HEADERS", ge=1)
    # Before CONNECTED only a CONNECT frame is expected: keep the door small.
    max_connect_frame_bytes: int = setting(16 * 1024, ge=1)
    connect_timeout_seconds: float = setting(10.0, "CONNECT must arrive (and CONNECTED come back) within this",
                                             env="QUERYCAST_STOMP_CONNECT_TIMEOUT_SECONDS", gt=0)
    # A client that does not take a frame within this time is too slow: error + close.
    send_timeout_seconds: float = setting(10.0, "a client that does not take a frame within this is cut off",
                                          env="QUERYCAST_STOMP_SEND_TIMEOUT_SECONDS", gt=0)
    # Budgets (docs/stomp.md "Limits"); a breach is an ERROR naming the limit and a close.
    # Bytes of a frame still waiting for its end, and the time it may take to complete.
    max_incomplete_frame_bytes: int = setting(BROKER_MAX_FRAME_BYTES, "bytes of one frame still waiting for its end",
                                              env="QUERYCAST_STOMP_MAX_INCOMPLETE_FRAME_BYTES", ge=1,
                                              doc_default="as QUERYCAST_STOMP_MAX_FRAME_BYTES")
    incomplete_frame_seconds: float = setting(10.0, "time one frame may take to complete",
                                              env="QUERYCAST_STOMP_INCOMPLETE_FRAME_SECONDS", gt=0)
    # All sessions' incomplete frames together: what an attack can make the gateway hold.
    max_incomplete_bytes_total: int = setting(32 * 1024 * 1024, "all sessions' incomplete frames together",
                                              env="QUERYCAST_STOMP_MAX_INCOMPLETE_BYTES_TOTAL", ge=1)
    max_subscriptions: int = setting(32, "subscriptions per session", env="QUERYCAST_STOMP_MAX_SUBSCRIPTIONS", ge=1)
    # Bytes queued for one client and not yet taken by its transport (SockJS has no TCP
    # backpressure; raw WebSockets are also bounded by the send timeout).
    max_pending_bytes: int = setting(8 * 1024 * 1024, "bytes queued for one client and not yet taken",
                                     env="QUERYCAST_STOMP_MAX_PENDING_BYTES", ge=1)
    max_sessions_per_address: int = setting(256, "sessions from one client address",
                                            env="QUERYCAST_STOMP_MAX_SESSIONS_PER_ADDRESS", ge=1)
    max_anonymous_sessions: int = setting(2000, "anonymous sessions in all (compat profile)",
                                          env="QUERYCAST_STOMP_MAX_ANONYMOUS_SESSIONS", ge=0)
    # The gateway's own heart-beats with the broker, whatever the client negotiated: it sends
    # one this often when it sent nothing else and asks the broker for the same. 0 turns it off.
    upstream_heartbeat_ms: int = setting(10_000, "the gateway's heart-beats with the broker (0 = off)",
                                         env="QUERYCAST_STOMP_UPSTREAM_HEARTBEAT_MS", ge=0)
    allowed_origins: CommaList = setting((), "allowed Origins for `/ws` WebSocket/SockJS (comma-separated)",
                                         env="QUERYCAST_ALLOWED_ORIGINS", doc_default="any")
    broadcast: Flag = setting(True, "also publish events under the broadcast key `<feature>`",
                              env="QUERYCAST_STATUS_BROADCAST")
    sockjs_heartbeat_seconds: float = setting(25.0, gt=0)
    sockjs_disconnect_delay_seconds: float = setting(5.0, gt=0)

    _upstream = model_validator(mode="before")(_upstream_defaults)

    def __repr__(self) -> str:  # never print the broker password
        return (f"StompSettings(profile={self.profile.value}, web_stomp_url={self.web_stomp_url!r}, "
                f"broker_user={self.broker_user!r}, vhost={self.broker_vhost!r})")
