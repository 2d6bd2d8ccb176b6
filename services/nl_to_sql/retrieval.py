"""Pick the tables a question needs.

A schema that fits the prompt budget (at most MAX_TABLES tables and DEFAULT_TOKEN_BUDGET tokens of
DDL) is sent whole. A bigger one: nearest table documents in the index, re-ranked by name matches
(name prefixes like `sb` that a schema's tables share ignored), the top `k` as seeds, plus the bridge tables on the
join paths between the strong seeds (declared or inferred edges, services/nl_to_sql/joins.py),
within MAX_TABLES tables and the token budget. The join edges among the chosen tables come along,
for the prompt and the status events.
"""
from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from functools import lru_cache

from services.nl_to_sql.index import DOC, EXAMPLE, TABLE, SchemaIndex
from services.nl_to_sql.joingraph import JoinGraph
from services.nl_to_sql.joins import JoinEdge, join_edges, name_prefixes, strip_prefix
from services.nl_to_sql.schema import Schema, Table
from services.nl_to_sql.valueindex import ValueIndex
from services.nl_to_sql.wordforms import DURATION_UNITS, identifier_roots, root, text_roots

NAME_MATCH_BONUS = 0.5
COLUMN_MATCH_BONUS = 0.25
COMMENT_MATCH_BONUS = 0.1       # per question word found in the table's or its columns' comments
VALUE_MATCH_BONUS = 0.6         # the question mentions a sampled value of the table (x 1 / tables holding it)
NAMED_VALUE_WEIGHT = 0.5        # a value at most two tables hold makes its table a seed, like a name
NEIGHBOUR_BONUS = 0.2           # a table joined to a chosen one, when there is room left
MAX_JOIN_HOPS = 4
TURN_COST = 0.1                 # a join path that turns (up to a table, then down from it) costs a little more
KNOWLEDGE_PER_KIND = 3
MAX_TABLES = 8                  # never more tables than this in a prompt, whatever the schema's size
DEFAULT_TOKEN_BUDGET = 4000     # estimated tokens of DDL the retrieved tables may take
CHARS_PER_TOKEN = 4


@dataclass
class Retrieved:
    tables: list[str]                  # the chosen tables, best first, bridges next to what they join
    seeds: list[str]
    docs: list[str] = field(default_factory=list)
    examples: list[tuple[str, str]] = field(default_factory=list)  # (question, sql)
    edges: list[JoinEdge] = field(default_factory=list)            # join edges among `tables`
    whole_schema: bool = False
    estimated_tokens: int = 0

    def event_data(self) -> dict[str, object]:
        """What SCHEMA_RETRIEVAL / PROMPT_BUILDING events show about the choice."""
        return {"joinEdges": [e.as_data() for e in self.edges], "wholeSchema": self.whole_schema,
                "schemaTokens": self.estimated_tokens}


def name_terms(identifier: str) -> frozenset[str]:
    """The word roots of a name (services/nl_to_sql/wordforms.py), as a question's words are."""
    return identifier_roots(identifier)


# Words that only say a column is a key: `country_code` is matched by "country".
_KEY_WORDS = frozenset(root(w) for w in ("id", "code", "key", "no"))
# Units a column's name carries that questions leave out: `runtime_minutes` is "the runtime".
_UNIT_WORDS = frozenset(root(w) for w in (*DURATION_UNITS, "ms", "km", "kg", "usd", "eur", "pct"))


def column_terms(name: str) -> frozenset[str]:
    """The words of a column's name that a question mentioning the column uses."""
    terms = name_terms(name) - _KEY_WORDS
    return terms - _UNIT_WORDS or terms


def lexical_bonus(table: Table, question_terms: set[str], prefix: str = "") -> float:
    bonus = 0.0
    tn = name_terms(strip_prefix(table.name, prefix))
    if tn and tn <= question_terms:
        bonus += NAME_MATCH_BONUS
    elif tn & question_terms:
        bonus += NAME_MATCH_BONUS * 0.15 * len(tn & question_terms) / len(tn)
    matched = sum(1 for c in table.columns
                  if (ct := column_terms(strip_prefix(c.name, prefix))) and ct <= question_terms)
    commented = len(comment_terms(table) & question_terms)
    return bonus + min(4, matched) * COLUMN_MATCH_BONUS + min(3, commented) * COMMENT_MATCH_BONUS


def comment_terms(table: Table) -> frozenset[str]:
    return _text_terms(" ".join(filter(None, [table.comment, *(c.comment for c in table.columns)])))


@lru_cache(maxsize=65536)
def _text_terms(text: str) -> frozenset[str]:
    return frozenset(text_roots(text))


def table_tokens(table: Table) -> int:
    return len(table.ddl()) // CHARS_PER_TOKEN + 1


def bridge_path(graph: JoinGraph, start: str, goal: str, max_hops: int = MAX_JOIN_HOPS) -> list[JoinEdge] | None:
    """The cheapest join path from `start` to `goal`: each edge 1 + (1 - confidence), plus
    TURN_COST each time the path changes between following references (`employees` ->
    `departments`) and coming back against them. Of equally long paths the straight chain of
    lookups wins ("employees in Germany": employees -> departments -> offices -> countries, not
    employees <- sales_orders -> customers -> countries); a junction table costs only the turn."""
    if start == goal:
        return []
    best: dict[tuple[str, int], float] = {(start, 0): 0.0}
    queue: list[tuple[float, int, str, int, tuple[JoinEdge, ...]]] = [(0.0, 0, start, 0, ())]
    while queue:
        cost, hops, node, heading, steps = heapq.heappop(queue)
        if node == goal:
            return list(steps)
        if hops >= max_hops or cost > best.get((node, heading), float("inf")):
            continue
        for e in graph.adjacent.get(node, []):
            other = e.other(node)
            if other == node:
                continue
            direction = 1 if e.left_table == node else -1      # 1: along the reference
            new_cost = cost + 2.0 - e.confidence + (TURN_COST if heading and direction != heading else 0.0)
            if new_cost < best.get((other, direction), float("inf")):
                best[(other, direction)] = new_cost
                heapq.heappush(queue, (new_cost, hops + 1, other, direction, (*steps, e)))
    return None


def fits_whole(schema: Schema, token_budget: int = DEFAULT_TOKEN_BUDGET, max_tables: int = MAX_TABLES) -> bool:
    """Whether the schema is sent whole (no ranking, so no use for a value index)."""
    return len(schema.tables) <= max_tables and \
        sum(table_tokens(t) for t in schema.tables.values()) <= token_budget


def edges_among(edges: list[JoinEdge], tables: list[str]) -> list[JoinEdge]:
    chosen = set(tables)
    return [e for e in edges if e.left_table in chosen and e.right_table in chosen]


async def retrieve(index: SchemaIndex, schema: Schema, question: str, top_k: int, *,
                   token_budget: int = DEFAULT_TOKEN_BUDGET, max_tables: int = MAX_TABLES,
                   values: ValueIndex | None = None) -> Retrieved:
    """The tables for `question`; `values`, the sampled values of the schema's tables (all or some),
    lets a value the question mentions pull its table."""
    edges = join_edges(schema)
    prefixes = name_prefixes(schema)
    q_terms = set(text_roots(question))
    if fits_whole(schema, token_budget, max_tables):
        tokens = sum(table_tokens(t) for t in schema.tables.values())
        scores = {k: lexical_bonus(t, q_terms, prefixes.get(t.schema, "")) for k, t in schema.tables.items()}
        ordered = sorted(schema.tables, key=lambda k: -scores[k])
        retrieved = Retrieved(tables=ordered, seeds=[k for k in ordered if scores[k] > 0][:top_k],
                              edges=edges_among(edges, ordered), whole_schema=True, estimated_tokens=tokens)
    else:
        mentioned = values.matches(question) if values is not None else {}
        retrieved = await _ranked(index, schema, question, top_k, q_terms, prefixes, edges,
                                  token_budget, max_tables, mentioned)
    retrieved.docs, retrieved.examples = await _knowledge(index, schema.database_id, question)
    return retrieved


async def _ranked(index: SchemaIndex, schema: Schema, question: str, top_k: int, q_terms: set[str],
                  prefixes: dict[str, str], edges: list[JoinEdge], token_budget: int, max_tables: int,
                  mentioned: dict[str, float]) -> Retrieved:
    hits = await index.query(schema.database_id, question, TABLE, min(len(schema.tables), top_k * 3))
    scores: dict[str, float] = {}
    for hit in hits:
        key = hit.metadata.get("table")
        if key in schema.tables:
            table = schema.tables[key]
            scores[key] = hit.score + lexical_bonus(table, q_terms, prefixes.get(table.schema, ""))
    # A table whose name, columns or comments the question uses is never left out, even if the
    # embedding ranked it low (hashing embeddings of a thousand tables have near misses).
    for key, table in schema.tables.items():
        if key not in scores:
            bonus = lexical_bonus(table, q_terms, prefixes.get(table.schema, ""))
            if bonus > 0:
                scores[key] = bonus
    for key, weight in mentioned.items():
        if key in schema.tables:
            scores[key] = scores.get(key, 0.0) + VALUE_MATCH_BONUS * weight
    ranked = sorted(scores, key=lambda k: (-scores[k], k))
    # Tables the question names outright (or through a value few tables hold) come first; then the
    # best of the rest, up to k seeds.
    named = [k for k in ranked if name_terms(strip_prefix(schema.tables[k].name,
                                                          prefixes.get(schema.tables[k].schema, ""))) <= q_terms
             or mentioned.get(k, 0.0) >= NAMED_VALUE_WEIGHT]
    seeds = list(dict.fromkeys(named + ranked))[:max(top_k, len(named))]
    graph = JoinGraph(edges)
    chosen: list[str] = []
    tokens = 0

    def add(keys: list[str]) -> bool:
        nonlocal tokens
        new = [k for k in dict.fromkeys(keys) if k not in chosen]
        cost = sum(table_tokens(schema.tables[k]) for k in new)
        if len(chosen) + len(new) > max_tables or (chosen and tokens + cost > token_budget):
            return False
        chosen.extend(new)
        tokens += cost
        return True

    best = max((scores[s] for s in seeds), default=0.0)
    strong = [s for s in seeds if s in named or scores[s] >= best * 0.5]
    weak = [s for s in seeds if s not in strong]
    for seed in strong:
        # The seed with the bridge tables joining it to what is chosen so far (if any path exists).
        paths = [p for p in (bridge_path(graph, c, seed) for c in chosen if c in strong) if p]
        bridge = [t for e in min(paths, key=len) for t in (e.left_table, e.right_table)] if paths else []
        if not add(bridge + [seed]):
            add([seed])
    # A link table's rows stand for the rows it links ("actors" found in `cast_member` are `person` rows):
    # the tables a chosen link table refers to come next.
    for c in list(chosen):
        refs = sorted({e.right_table for e in graph.adjacent.get(c, []) if e.left_table == c} - {c})
        if len(refs) >= 2 and not add(refs):
            for ref in refs:
                add([ref])
    # The weak seeds compete with the tables joined to the strong ones that the question's words
    # touch ("ranking points per country": the players the rankings refer to, by `country_code`).
    near = {n for c in chosen for n in graph.neighbours(c) if scores.get(n, 0.0) > 0.0} - set(chosen)
    for seed in sorted(set(weak) | near, key=lambda k: (-(scores[k] + (NEIGHBOUR_BONUS if k in near else 0.0)), k)):
        add([seed])
    # Room left in the prompt: the join neighbours of what is chosen (a question about orders often
    # needs their lines too) and the next best of the ranking, the best first.
    neighbours = {n for c in chosen for n in graph.neighbours(c)}
    fill = sorted((set(ranked) | neighbours) - set(chosen),
                  key=lambda k: (-(scores.get(k, 0.0) + (NEIGHBOUR_BONUS if k in neighbours else 0.0)), k))
    for key in fill:
        if len(chosen) >= max_tables:
            break
        add([key])
    return Retrieved(tables=chosen, seeds=[s for s in seeds if s in chosen],
                     edges=edges_among(edges, chosen), estimated_tokens=tokens)


async def _knowledge(index: SchemaIndex, database_id: str, question: str) -> tuple[list[str], list[tuple[str, str]]]:
    docs: list[str] = []
    examples: list[tuple[str, str]] = []
    if await index.has_knowledge(database_id):
        for hit in await index.query(database_id, question, [DOC, EXAMPLE], 2 * KNOWLEDGE_PER_KIND):
            if hit.score <= 0.05:
                continue
            if hit.metadata.get("kind") == DOC and len(docs) < KNOWLEDGE_PER_KIND:
                docs.append(hit.document)
            elif hit.metadata.get("kind") == EXAMPLE and len(examples) < KNOWLEDGE_PER_KIND:
                examples.append((hit.document, hit.metadata.get("sql", "")))
    return docs, examples
