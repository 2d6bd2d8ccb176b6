"""Names that let a broker operator tell whose upstream connection is whose (docs/stomp.md
"What operators see in RabbitMQ").

Web-STOMP (3.10) ignores every CONNECT header but `login`, `passcode`, `host` and
`heart-beat`: the management console shows each upstream connection as "Web STOMP 1.2" of the
gateway's broker user, named by its address (`<gateway ip:port> -> <broker ip:port>`), with the
fixed client property `product: STOMP client`. What the gateway can name is the queue behind
each subscription to a built-in destination (`x-queue-name`, honoured for topic destinations):
`querycast-gateway.<user>.<session>.<n>`, where `<user>` is the session's user id (characters a
queue name shows plainly, at most 64) or `anonymous`. The queue stays auto-delete, so it goes
with the subscription. The gateway also logs each upstream connection's local address next to
the session and user, which is the connection name the console shows.
"""
from __future__ import annotations

import re
import secrets

QUEUE_PREFIX = "querycast-gateway"
_UNSAFE = re.compile(r"[^A-Za-z0-9@_\-]+")
MAX_USER_CHARS = 64


def session_tag() -> str:
    return secrets.token_hex(4)


def shown_user(user_id: str | None) -> str:
    if user_id is None:
        return "anonymous"
    shown = _UNSAFE.sub("_", user_id)[:MAX_USER_CHARS]
    return shown or "_"


def subscription_queue(user_id: str | None, tag: str, number: int) -> str:
    return f"{QUEUE_PREFIX}.{shown_user(user_id)}.{tag}.{number}"
