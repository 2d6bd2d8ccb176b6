"""Shared fixtures: a project-local RabbitMQ node started from the repo's rabbitmq.conf, a
connected Broker, and throw-away PostgreSQL databases on the machine's server.

Environment:
  QUERYCAST_TEST_AMQP_URL      use this broker instead of starting a local node (fault tests skip
                               their stop/start steps only in that case, and say so)
  QUERYCAST_TEST_NODE          local node name (default "test"); QUERYCAST_TEST_PORT_OFFSET (20)
  QUERYCAST_TEST_PG_DSN        admin DSN (default postgresql://postgres@127.0.0.1:5432/postgres)
"""
from __future__ import annotations

import os
import uuid

import pytest

from broker import Broker
from broker.local_node import LocalNode
from controldb.pgadmin import admin_execute

ADMIN_DSN = os.environ.get("QUERYCAST_TEST_PG_DSN", "postgresql://postgres@127.0.0.1:5432/postgres")


@pytest.fixture(scope="session")
def rabbit_node():
    """The test node; stopped at the end when this session started it."""
    node = LocalNode(os.environ.get("QUERYCAST_TEST_NODE", "test"),
                     int(os.environ.get("QUERYCAST_TEST_PORT_OFFSET", "20")))
    started = node.launch()
    node.wait_ready()
    yield node
    if started:
        node.stop()


@pytest.fixture(scope="session")
def amqp_url(rabbit_node: LocalNode) -> str:
    return rabbit_node.amqp_url


@pytest.fixture
async def broker(amqp_url: str):
    b = Broker(amqp_url, f"querycast-test-{uuid.uuid4().hex[:6]}", max_backoff=1.0)
    await b.start()
    yield b
    await b.close()


def _admin_exec(sql: str) -> None:
    admin_execute(ADMIN_DSN, sql)

def dsn_for(database: str) -> str:
    base, _, _ = ADMIN_DSN.rpartition("/")
    return f"{base}/{database}"


class ThrowAwayDatabases:
    """Creates empty PostgreSQL databases and drops every one of them at the end."""

    def __init__(self) -> None:
        self.created: list[str] = []

    def make(self, prefix: str = "qc_test") -> tuple[str, str]:
        name = f"{prefix}_{uuid.uuid4().hex[:10]}"
        _admin_exec(f'CREATE DATABASE "{name}"')
        self.created.append(name)
        return name, dsn_for(name)

    def drop_all(self) -> None:
        for name in self.created:
            _admin_exec(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def make_database():
    """Factory for empty PostgreSQL databases, dropped after the test; returns (name, dsn)."""
    databases = ThrowAwayDatabases()
    yield databases.make
    databases.drop_all()


@pytest.fixture
def control_db(make_database) -> str:
    """DSN of an empty control database (registry, users, status history) for one test."""
    return make_database("qc_control")[1]
