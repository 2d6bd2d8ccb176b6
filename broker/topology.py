"""The RabbitMQ topology (docs/architecture.md#commands), declared in one place.

Services call `declare_topology` on start (idempotent: same arguments every time), and
`broker/definitions.json` is generated from the same tables so a node booted from
`rabbitmq.conf` already has everything (`python -m broker.topology` rewrites it).
"""
from __future__ import annotations

import base64
import hashlib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

COMMANDS_EXCHANGE = "querycast.commands"
DEAD_LETTER_EXCHANGE = "querycast.dead-letter"
DEAD_LETTER_QUEUE = "querycast.dead-letter"
STATUS_EXCHANGE = "amq.topic"
STATUS_HISTORY_QUEUE = "querycast.status-history"
# Fanouts for messages every executor / every NL->SQL process must see (cancel by requestId).
EXECUTOR_CONTROL_EXCHANGE = "querycast.executor.control"
NL_TO_SQL_CONTROL_EXCHANGE = "querycast.nl-to-sql.control"

NL_TO_SQL_KEY = "nl-to-sql"
QUERY_EXECUTION_KEY = "query-execution"
FEATURE_KEYS = (NL_TO_SQL_KEY, QUERY_EXECUTION_KEY)

DELIVERY_LIMIT = 5


def command_queue(routing_key: str) -> str:
    return f"querycast.{routing_key}.requests"


@dataclass(frozen=True)
class Exchange:
    name: str
    type: str


@dataclass(frozen=True)
class Queue:
    name: str
    arguments: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Binding:
    exchange: str
    queue: str
    routing_key: str


def _quorum(**extra: Any) -> dict[str, Any]:
    return {"x-queue-type": "quorum", **extra}


EXCHANGES = (
    Exchange(COMMANDS_EXCHANGE, "direct"),
    Exchange(DEAD_LETTER_EXCHANGE, "fanout"),
    Exchange(EXECUTOR_CONTROL_EXCHANGE, "fanout"),
    Exchange(NL_TO_SQL_CONTROL_EXCHANGE, "fanout"),
)

QUEUES = tuple(
    Queue(
        command_queue(key),
        _quorum(
            **{
                "x-delivery-limit": DELIVERY_LIMIT,
                "x-dead-letter-exchange": DEAD_LETTER_EXCHANGE,
            }
        ),
    )
    for key in FEATURE_KEYS
) + (
    Queue(DEAD_LETTER_QUEUE, _quorum()),
    Queue(STATUS_HISTORY_QUEUE, _quorum()),
)

# Every status event carries its per-user key (the broadcast key rides along as CC), so binding
# the history queue to the per-user keys records each event exactly once.
BINDINGS = tuple(Binding(COMMANDS_EXCHANGE, command_queue(k), k) for k in FEATURE_KEYS) + (
    Binding(DEAD_LETTER_EXCHANGE, DEAD_LETTER_QUEUE, ""),
) + tuple(Binding(STATUS_EXCHANGE, STATUS_HISTORY_QUEUE, f"{k}.user.*") for k in FEATURE_KEYS)


async def declare_topology(channel: Any) -> None:
    """Declare exchanges, queues and bindings on a `broker.ManagedChannel`-style channel."""
    for ex in EXCHANGES:
        await channel.exchange_declare(ex.name, ex.type)
    for q in QUEUES:
        await channel.queue_declare(q.name, arguments=q.arguments)
    for b in BINDINGS:
        await channel.queue_bind(b.queue, b.exchange, b.routing_key)


async def redeclare_queue(channel: Any, name: str) -> None:
    """Declare `name` and its bindings again if it is one of the topology's queues (a consumer
    the broker cancelled because the queue was deleted); other queues are left to their owner's
    setup steps."""
    for q in QUEUES:
        if q.name == name:
            await channel.queue_declare(q.name, arguments=q.arguments)
            for b in BINDINGS:
                if b.queue == name:
                    await channel.queue_bind(b.queue, b.exchange, b.routing_key)
            return


def _rabbit_password_hash(password: str, salt: bytes = b"qcst") -> str:
    return base64.b64encode(salt + hashlib.sha256(salt + password.encode()).digest()).decode()


def definitions() -> dict[str, Any]:
    return {
        "rabbit_version": "3.10.8",
        "users": [
            {
                "name": "guest",
                "password_hash": _rabbit_password_hash("guest"),
                "hashing_algorithm": "rabbit_password_hashing_sha256",
                "tags": ["administrator"],
            }
        ],
        "vhosts": [{"name": "/"}],
        "permissions": [
            {"user": "guest", "vhost": "/", "configure": ".*", "write": ".*", "read": ".*"}
        ],
        "exchanges": [
            {"name": e.name, "vhost": "/", "type": e.type, "durable": True,
             "auto_delete": False, "internal": False, "arguments": {}}
            for e in EXCHANGES
        ],
        "queues": [
            {"name": q.name, "vhost": "/", "durable": True, "auto_delete": False,
             "arguments": q.arguments}
            for q in QUEUES
        ],
        "bindings": [
            {"source": b.exchange, "vhost": "/", "destination": b.queue,
             "destination_type": "queue", "routing_key": b.routing_key, "arguments": {}}
            for b in BINDINGS
        ],
    }


DEFINITIONS_PATH = Path(__file__).with_name("definitions.json")


def render_definitions() -> str:
    return json.dumps(definitions(), indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    DEFINITIONS_PATH.write_text(render_definitions())
    print(f"wrote {DEFINITIONS_PATH}", file=sys.stderr)
