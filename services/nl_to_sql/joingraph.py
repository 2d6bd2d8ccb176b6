"""Paths over join edges (joins.py): the cheapest chain between two tables, preferring confident
edges, and the edges that connect several tables."""
from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence

from services.nl_to_sql.joins import JoinEdge


class JoinGraph:
    """Undirected graph of join edges; paths prefer confident edges (cost 1 + (1 - confidence))."""

    def __init__(self, edges: Iterable[JoinEdge]):
        self.edges = list(edges)
        self.adjacent: dict[str, list[JoinEdge]] = {}
        for e in self.edges:
            self.adjacent.setdefault(e.left_table, []).append(e)
            if e.right_table != e.left_table:
                self.adjacent.setdefault(e.right_table, []).append(e)

    def neighbours(self, table: str) -> list[str]:
        return sorted({e.other(table) for e in self.adjacent.get(table, []) if e.other(table) != table})

    def path(self, start: str, goal: str, max_hops: int = 4, allowed: set[str] | None = None
             ) -> list[JoinEdge] | None:
        """The cheapest chain of edges from `start` to `goal` (at most `max_hops`), or None."""
        if start == goal:
            return []
        best: dict[str, float] = {start: 0.0}
        queue: list[tuple[float, int, str, tuple[JoinEdge, ...]]] = [(0.0, 0, start, ())]
        while queue:
            cost, hops, node, steps = heapq.heappop(queue)
            if node == goal:
                return list(steps)
            if hops >= max_hops or cost > best.get(node, float("inf")):
                continue
            for e in self.adjacent.get(node, []):
                other = e.other(node)
                if other == node or (allowed is not None and other not in allowed and other != goal):
                    continue
                new_cost = cost + 1.0 + (1.0 - e.confidence)
                if new_cost < best.get(other, float("inf")):
                    best[other] = new_cost
                    heapq.heappush(queue, (new_cost, hops + 1, other, (*steps, e)))
        return None

    def connect(self, tables: Sequence[str], max_hops: int = 4) -> tuple[list[str], list[JoinEdge]] | None:
        """Edges joining all `tables` (a greedy Steiner tree grown from the first), with the bridge
        tables it passes through; None when some table cannot be reached."""
        if not tables:
            return [], []
        joined = [tables[0]]
        used: list[JoinEdge] = []
        for goal in tables[1:]:
            if goal in joined:
                continue
            options = [p for p in (self.path(s, goal, max_hops) for s in joined) if p is not None]
            if not options:
                return None
            steps = min(options, key=lambda p: (sum(2.0 - e.confidence for e in p), len(p)))
            for e in steps:
                for t in (e.left_table, e.right_table):
                    if t not in joined:
                        joined.append(t)
                if e not in used:
                    used.append(e)
        return joined, used
