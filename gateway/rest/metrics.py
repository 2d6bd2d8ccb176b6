"""Prometheus metrics of the REST half (the STOMP gauges live in gateway/stomp/metrics.py; both
use the default registry, which GET /metrics exposes)."""
from __future__ import annotations

import logging
import time
from typing import Any

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, Counter, Histogram, generate_latest

from gateway.rest.context import REQUEST_ID

log = logging.getLogger("gateway.access")

HTTP_REQUESTS = Counter("querycast_http_requests_total", "HTTP requests by route and status",
                        ["method", "route", "status"])
HTTP_LATENCY = Histogram("querycast_http_request_duration_seconds", "HTTP request latency by route",
                         ["method", "route"])
RPC_LATENCY = Histogram("querycast_rpc_duration_seconds", "RPC round trip by operation and outcome",
                        ["operation", "outcome"],
                        buckets=(.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60, 120, 300))


# The two series of each (method, route, status), looked up once: `labels()` takes a lock and
# checks its arguments on every call. Bounded like the labels themselves (a client can send any
# method), by starting over when full.
_SERIES: dict[tuple[str, str, int], tuple[Any, Any]] = {}
_SERIES_KEPT = 1024


def _series(method: str, route: str, status: int) -> tuple[Any, Any]:
    key = (method, route, status)
    series = _SERIES.get(key)
    if series is None:
        if len(_SERIES) >= _SERIES_KEPT:
            _SERIES.clear()
        series = _SERIES[key] = (HTTP_REQUESTS.labels(method, route, str(status)), HTTP_LATENCY.labels(method, route))
    return series


def rpc_latency(operation: str, outcome: str) -> Any:
    """RPC_LATENCY's series of (operation, outcome), looked up once (as `_series`)."""
    key = (operation, outcome)
    series = _RPC_SERIES.get(key)
    if series is None:
        if len(_RPC_SERIES) >= _SERIES_KEPT:
            _RPC_SERIES.clear()
        series = _RPC_SERIES[key] = RPC_LATENCY.labels(operation, outcome)
    return series


_RPC_SERIES: dict[tuple[str, str], Any] = {}


def route_label(request: web.Request) -> str:
    """The route template (`/api/query/{requestId}`), never the raw path: bounded cardinality."""
    route = request.match_info.route
    resource = route.resource if route is not None else None
    return resource.canonical if resource is not None else "unmatched"


@web.middleware
async def metrics_middleware(request: web.Request, handler) -> web.StreamResponse:
    started = time.perf_counter()
    status = 500
    try:
        response = await handler(request)
        status = response.status
        return response
    except web.HTTPException as exc:
        status = exc.status
        raise
    finally:
        elapsed = time.perf_counter() - started
        route = route_label(request)
        count, latency = _series(request.method, route, status)
        count.inc()
        latency.observe(elapsed)
        if log.isEnabledFor(logging.INFO):
            _log_access(request, route, status, elapsed)


def _log_access(request: web.Request, route: str, status: int, elapsed: float) -> None:
    """The access log line (its fields are built only when INFO is logged)."""
    extra = {"method": request.method, "route": route, "status": status, "durationMs": round(elapsed * 1000, 1)}
    if REQUEST_ID in request:
        extra["requestId"] = request[REQUEST_ID]
    log.info("%s %s %s", request.method, request.path, status, extra=extra)


async def metrics_handler(_request: web.Request) -> web.Response:
    response = web.Response(body=generate_latest())
    response.content_type = CONTENT_TYPE_LATEST.split(";")[0]
    response.charset = "utf-8"
    return response
