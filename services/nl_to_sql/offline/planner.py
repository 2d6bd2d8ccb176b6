"""Join-path planning over declared and inferred join edges (`services.nl_to_sql.joins`).

A plan joins every table a query needs to its root table along the most confident paths, noting
each step that fans out (from a referenced row to its many referencing rows), since a SUM over a
fanned-out join counts rows more than once. Two edges between the same pair of tables
(`flights.origin` and `flights.destination` both hold airport codes) are ambiguous unless a word of
the question names one of the columns (or its comment)."""
from __future__ import annotations

from dataclasses import dataclass

from services.nl_to_sql.joingraph import JoinGraph
from services.nl_to_sql.joins import JoinEdge, infer_join_edges
from services.nl_to_sql.offline.lexwords import ABBREVIATIONS, ROLE_WORDS
from services.nl_to_sql.offline.model import cannot
from services.nl_to_sql.offline.normalise import root, verb_stems
from services.nl_to_sql.offline.roles import agent_verbs
from services.nl_to_sql.schema import Schema
from services.nl_to_sql.text import STOPWORDS, identifier_words, words

MAX_HOPS = 4


@dataclass(frozen=True)
class EitherEdge(JoinEdge):
    """Parallel edges joined as one: a row referring by any of them ("matches a player played": as
    the winner or as the loser)."""
    any_of: bool = True


@dataclass
class Step:
    edge: JoinEdge
    table: str                     # the table this step adds
    fans_out: bool                 # the added table is on the "many" side


@dataclass
class Plan:
    root: str
    steps: list[Step]

    @property
    def fans_out(self) -> bool:
        return any(s.fans_out for s in self.steps)

    def tables(self) -> list[str]:
        return [self.root] + [s.table for s in self.steps]


class Planner:
    def __init__(self, schema: Schema, hints: dict[tuple[str, str], list[str]] | None, question_roots: set[str]):
        self.schema = schema
        self.edges = _edges(schema, hints)
        self.graph = JoinGraph(self.edges)
        self.roots = question_roots
        self.either = False            # a verb of taking part in either role ("played"): roles.py
        self.join_columns = {(t, c) for e in self.edges for t, cols in (
            (e.left_table, e.left_columns), (e.right_table, e.right_columns)) for c in cols}

    def path(self, start: str, goal: str) -> list[JoinEdge]:
        steps = self.graph.path(start, goal, MAX_HOPS)
        if steps is None:
            raise cannot(f"I could not find how {_name(start)} and {_name(goal)} are related.",
                         "Ask about one of them at a time, or add documentation of how they join.")
        steps = [self._disambiguate(e) for e in steps]
        return self._other_route(start, goal, steps)

    def path_avoiding(self, start: str, goal: str, avoid: str) -> list[JoinEdge] | None:
        """The cheapest route that does not pass `avoid` (the related rows' own way to a table)."""
        steps = self.graph.path(start, goal, MAX_HOPS, allowed=set(self.graph.adjacent) - {avoid})
        return None if steps is None else [self._disambiguate(e) for e in steps]

    def _other_route(self, start: str, goal: str, steps: list[JoinEdge]) -> list[JoinEdge]:
        """Two chains of lookups of the same length through different tables ("loans per branch":
        the lent copy's branch or the member's home branch) are ambiguous unless a word names the
        tables or columns of exactly one of them."""
        between = {t for e in steps for t in (e.left_table, e.right_table)} - {start, goal}
        if not between:
            return steps
        if not looks_up(start, steps):
            return self._without_peaks(start, goal, steps)
        # A route through other tables, or one that parts from this one after a shared start
        # ("fines per branch": the fined loan's member's branch or its copy's)
        for avoid in [between, *({t} for t in _between(start, steps))]:
            others = self.graph.path(start, goal, len(steps), allowed=set(self.graph.adjacent) - avoid)
            if others is not None and len(others) == len(steps) and looks_up(start, others) and \
                    _cost(others) - _cost(steps) <= ROUTE_MARGIN:
                break
        else:
            return steps
        others = [self._disambiguate(e) for e in others]
        named = [route for route in (steps, others) if self._route_words(start, goal, route) & self.roots]
        if len(named) == 1:
            return named[0]
        ways = " or ".join("through " + ", ".join(map(_name, _between(start, route))) for route in (steps, others))
        raise cannot(f"{_name(goal)} are reached from {_name(start)} in more than one way ({ways}).",
                     f"Say which one you mean, e.g. name {_name(_between(start, steps)[0])} or "
                     f"{_name(_between(start, others)[0])} in the question.")

    def _without_peaks(self, start: str, goal: str, steps: list[JoinEdge]) -> list[JoinEdge]:
        """Rows related only through a row both refer to (copies and members of the same branch)
        are not what a question relating them means when as short a route through their events
        exists (the copies' loans by the members): that route is taken."""
        peaks = _peaks(start, steps)
        if not peaks:
            return steps
        allowed = set(self.graph.adjacent) - peaks
        others = self.graph.path(start, goal, len(steps), allowed=allowed)
        if others is None or _peaks(start, others) or _cost(others) - _cost(steps) > ROUTE_MARGIN:
            # one hop longer through a table the question names ("instructors who taught Robotics": teaches)
            longer = self.graph.path(start, goal, len(steps) + 1, allowed=allowed)
            if longer is None or _peaks(start, longer) or not any(
                    root(w) in self.roots for t in _between(start, longer) for w in identifier_words(_name(t))):
                return steps
            others = longer
        return [self._disambiguate(e) for e in others]

    def _route_words(self, start: str, goal: str, route: list[JoinEdge]) -> set[str]:
        words_ = [w for t in _between(start, route) for w in identifier_words(_name(t))]
        words_ += [w for e in route for c in (*e.left_columns, *e.right_columns) for w in identifier_words(c)]
        ends = {root(w) for t in (start, goal) for w in identifier_words(_name(t))}
        return {root(w) for w in words_ if len(w) > 2} - ends - {"id", "key", "code"}

    def _disambiguate(self, edge: JoinEdge) -> JoinEdge:
        pair = {edge.left_table, edge.right_table}
        parallel = [e for e in self.edges if {e.left_table, e.right_table} == pair
                    and e.confidence >= edge.confidence - 0.2]
        if len(parallel) < 2:
            return edge
        named = [e for e in parallel if self._names(e)]
        if len(named) == 1:
            return named[0]
        plain = [e for e in parallel if not _role_named(e)]
        if not named and len(plain) == 1:             # `employee.dno`, not the department's `mgr_ssn`
            return plain[0]
        bare = [e for e in parallel if _bare_reference(e)]
        if not named and len(bare) == 1:              # a coach's `team_id`, not the `previous_team_id`
            return bare[0]
        if not named and self.either and len({(e.left_table, e.right_columns) for e in parallel}) == 1 \
                and all(len(e.left_columns) == 1 for e in parallel):
            first = parallel[0]
            return EitherEdge(first.left_table, tuple(e.left_columns[0] for e in parallel), first.right_table,
                              first.right_columns * len(parallel), first.confidence, first.source)
        options = " or ".join(f"{e.left_table}.{e.left_columns[0]}" for e in parallel)
        raise cannot(f"{_name(edge.left_table)} and {_name(edge.right_table)} are related in more than one way "
                     f"({options}).", "Say which one you mean, e.g. with the column's name.")

    def _names(self, edge: JoinEdge) -> bool:
        column = self.schema.tables[edge.left_table].column(edge.left_columns[0])
        named = [ABBREVIATIONS.get(w.lower(), w) for w in identifier_words(edge.left_columns[0])]   # mgr: manager
        text = [*named, *words(column.comment or "")]
        ours = {root(w) for w in text if len(w) > 3 or w in named and len(w) == 3 and w.lower() not in STOPWORDS} | \
            {v for w in text if len(w) > 3 for v in verb_stems(w)} | \
            {v for w in named for v in agent_verbs(w)}   # winner_id: "won"; end_station_id: "end"
        # words naming the two tables themselves ("airport") tell the edges apart no better
        tables = {root(w) for t in (edge.left_table, edge.right_table) for w in identifier_words(t.split(".")[-1])}
        return bool((ours - tables) & self.roots)

    def plan(self, root_table: str, needed: list[str], via: dict[str, str] | None = None) -> Plan:
        """Join `needed` to `root_table`; `via` says through which table a goal must be reached
        ("the student's department", not the course's)."""
        via = via or {}
        joined = [root_table]
        steps: list[Step] = []
        for goal in dict.fromkeys([t for g, t in via.items() if g in needed] + list(needed)):
            if goal in joined:
                continue
            best = None
            for start in ([via[goal]] if goal in via and via[goal] in joined else joined):
                try:
                    p = self.path(start, goal)
                except Exception:
                    continue
                if best is None or (len(p), bool(_peaks(start, p))) < (len(best[1]), bool(_peaks(*best))):
                    best = (start, p)                 # of equal routes, one not through a shared parent
            if best is None:
                self.path(root_table, goal)   # raises the refusal
                continue
            current = best[0]
            for edge in best[1]:
                nxt = edge.other(current)
                if nxt not in joined:
                    joined.append(nxt)
                    # Moving from the referenced table to the referencing one multiplies rows.
                    steps.append(Step(edge, nxt, fans_out=(nxt == edge.left_table)))
                current = nxt
        return Plan(root_table, steps)


ROUTE_MARGIN = 0.25   # a route costlier than the best by more than this (less confident edges) is no rival


def looks_up(start: str, route: list[JoinEdge]) -> bool:
    """Every step goes from a referencing row to the one row it refers to (no fan-out)."""
    current = start
    for e in route:
        if e.left_table != current or e.right_table == current:
            return False
        current = e.right_table
    return True


def _peaks(start: str, route: list[JoinEdge]) -> set[str]:
    """Tables a route reaches by a lookup and leaves against a reference (A -> P <- B)."""
    out, current, up = set(), start, False
    for e in route:
        nxt = e.other(current)
        if up and nxt == e.left_table:
            out.add(current)
        up = nxt == e.right_table and current == e.left_table
        current = nxt
    return out


def _between(start: str, route: list[JoinEdge]) -> list[str]:
    out, current = [], start
    for e in route[:-1]:
        current = e.other(current)
        out.append(current)
    return out


def _cost(route: list[JoinEdge]) -> float:
    return sum(2.0 - e.confidence for e in route)


def _name(key: str) -> str:
    return key.split(".")[-1]


_CACHE: dict[tuple[int, int], tuple[tuple[int, ...], list[JoinEdge]]] = {}


def _edges(schema: Schema, hints) -> list[JoinEdge]:
    signature = tuple(map(id, schema.tables.values()))
    # Hints are a fresh dict per request; their columns and sizes identify them well enough.
    key = (id(schema), hash(tuple(sorted((k, len(v)) for k, v in (hints or {}).items()))))
    cached = _CACHE.get(key)
    if cached is not None and cached[0] == signature:
        return cached[1]
    edges = infer_join_edges(schema, hints or None)
    if len(_CACHE) > 64:
        _CACHE.clear()
    _CACHE[key] = (signature, edges)
    return edges


def _bare_reference(edge: JoinEdge) -> bool:
    """A reference named by the referenced table's word alone (`team_id` -> teams)."""
    said = [root(w) for w in identifier_words(edge.left_columns[0]) if w.lower() not in ("id", "key", "code", "no")]
    return said == [root(w) for w in identifier_words(edge.right_table.split(".")[-1])][-1:]


def _role_named(edge: JoinEdge) -> bool:
    """A reference whose name starts with a role (`mgr_ssn`, `head_id`): one row in a role, not membership."""
    first = identifier_words(edge.left_columns[0])[:1]
    return bool(first) and len(identifier_words(edge.left_columns[0])) > 1 and first[0].lower() in ROLE_WORDS
