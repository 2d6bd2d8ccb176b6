"""The executor's pool usage as Prometheus gauges, read from the live pools at scrape time."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from prometheus_client import REGISTRY
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from services.executor.pools import DatabasePools


class PoolUsage(Collector):
    def collect(self) -> Iterator[GaugeMetricFamily]:
        in_use = GaugeMetricFamily("querycast_executor_pool_connections_in_use",
                                   "Connections of a database's pool running a query now", labels=["database"])
        opened = GaugeMetricFamily("querycast_executor_pool_connections_open",
                                   "Connections a database's pool holds open (in use and idle)", labels=["database"])
        limit = GaugeMetricFamily("querycast_executor_pool_connections_max",
                                  "The pool size limit (QUERYCAST_EXECUTOR_POOL_MAX_SIZE)", labels=["database"])
        used: Counter[str] = Counter()
        open_count: Counter[str] = Counter()
        maximum: Counter[str] = Counter()
        for pools in list(DatabasePools.live):  # one per process, more in in-process tests
            for database_id, (u, o, m) in pools.usage().items():
                used[database_id] += u
                open_count[database_id] += o
                maximum[database_id] += m
        for database_id in sorted(maximum):
            in_use.add_metric([database_id], used[database_id])
            opened.add_metric([database_id], open_count[database_id])
            limit.add_metric([database_id], maximum[database_id])
        yield from (in_use, opened, limit)


REGISTRY.register(PoolUsage())
