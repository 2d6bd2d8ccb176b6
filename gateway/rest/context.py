"""Typed application keys: what the gateway's cleanup contexts put into the aiohttp app."""
from __future__ import annotations

from typing import TYPE_CHECKING

import aiopg
from aiohttp import web

from broker import Broker, RpcClient, StatusPublisher
from contracts.rpc import Caller
from gateway.auth import TokenVerifier

if TYPE_CHECKING:
    from gateway.rest.revocations import RevocationCheck
    from gateway.settings import GatewaySettings
    from gateway.submit import Submitter

SETTINGS: web.AppKey[GatewaySettings] = web.AppKey("settings")
VERIFIER = web.AppKey("verifier", TokenVerifier)
BROKER = web.AppKey("broker", Broker)
RPC = web.AppKey("rpc", RpcClient)
STATUS = web.AppKey("status_publisher", StatusPublisher)
DB = web.AppKey("control_db", aiopg.Pool)
SUBMITTER: web.AppKey[Submitter] = web.AppKey("submitter")
REVOCATIONS: web.AppKey[RevocationCheck] = web.AppKey("revocations")

# Per-request: the requestId chosen for a workflow call, so error bodies and logs can carry it.
REQUEST_ID = web.RequestKey("request_id", str)
PRINCIPAL = web.RequestKey("principal", Caller)
