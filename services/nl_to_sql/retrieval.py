"""Pick the tables a question needs.

A schema that fits the prompt budget (at most MAX_TABLES tables and DEFAULT_TOKEN_BUDGET tokens of
DDL) is sent whole. A bigger one: nearest table documents in the index, re-ranked by name matches
(name prefixes like `sb` that a schema's tables share ignored), the top `k` as seeds, plus the bridge tables on the
join paths between the strong seeds (declared or inferred edges, services/nl_to_sql/joins.py),
within MAX_TABLES tables and the token budget. The join edges among the chosen tables come along,
for the prompt and the status events.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from services.nl_to_sql.index import DOC, EXAMPLE, TABLE, SchemaIndex
from services.nl_to_sql.joins import JoinEdge, JoinGraph, join_edges, name_prefixes, strip_prefix
from services.nl_to_sql.schema import Schema, Table
from services.nl_to_sql.text import SYNONYMS, identifier_words, stem, terms

NAME_MATCH_BONUS = 0.5
COLUMN_MATCH_BONUS = 0.25
COMMENT_MATCH_BONUS = 0.1       # per question word found in the table's or its columns' comments
NEIGHBOUR_BONUS = 0.2           # a table joined to a chosen one, when there is room left
MAX_JOIN_HOPS = 3
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


@lru_cache(maxsize=65536)
def name_terms(identifier: str) -> frozenset[str]:
    out = set()
    for w in identifier_words(identifier):
        s = stem(w)
        out.add(SYNONYMS.get(s, s))
    return frozenset(out)


def lexical_bonus(table: Table, question_terms: set[str], prefix: str = "") -> float:
    bonus = 0.0
    tn = name_terms(strip_prefix(table.name, prefix))
    if tn and tn <= question_terms:
        bonus += NAME_MATCH_BONUS
    elif tn & question_terms:
        bonus += NAME_MATCH_BONUS * 0.15 * len(tn & question_terms) / len(tn)
    matched = sum(1 for c in table.columns
                  if (ct := name_terms(strip_prefix(c.name, prefix)) - {"id"}) and ct <= question_terms)
    commented = len(comment_terms(table) & question_terms)
    return bonus + min(4, matched) * COLUMN_MATCH_BONUS + min(3, commented) * COMMENT_MATCH_BONUS


def comment_terms(table: Table) -> frozenset[str]:
    return _text_terms(" ".join(filter(None, [table.comment, *(c.comment for c in table.columns)])))


@lru_cache(maxsize=65536)
def _text_terms(text: str) -> frozenset[str]:
    return frozenset(terms(text))


def table_tokens(table: Table) -> int:
    return len(table.ddl()) // CHARS_PER_TOKEN + 1


def edges_among(edges: list[JoinEdge], tables: list[str]) -> list[JoinEdge]:
    chosen = set(tables)
    return [e for e in edges if e.left_table in chosen and e.right_table in chosen]


async def retrieve(index: SchemaIndex, schema: Schema, question: str, top_k: int, *,
                   token_budget: int = DEFAULT_TOKEN_BUDGET, max_tables: int = MAX_TABLES) -> Retrieved:
    edges = join_edges(schema)
    prefixes = name_prefixes(schema)
    q_terms = set(terms(question))
    if len(schema.tables) <= max_tables and \
            (tokens := sum(table_tokens(t) for t in schema.tables.values())) <= token_budget:
        scores = {k: lexical_bonus(t, q_terms, prefixes.get(t.schema, "")) for k, t in schema.tables.items()}
        ordered = sorted(schema.tables, key=lambda k: -scores[k])
        retrieved = Retrieved(tables=ordered, seeds=[k for k in ordered if scores[k] > 0][:top_k],
                              edges=edges_among(edges, ordered), whole_schema=True, estimated_tokens=tokens)
    else:
        retrieved = await _ranked(index, schema, question, top_k, q_terms, prefixes, edges,
                                  token_budget, max_tables)
    retrieved.docs, retrieved.examples = await _knowledge(index, schema.database_id, question)
    return retrieved


async def _ranked(index: SchemaIndex, schema: Schema, question: str, top_k: int, q_terms: set[str],
                  prefixes: dict[str, str], edges: list[JoinEdge], token_budget: int, max_tables: int
                  ) -> Retrieved:
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
    ranked = sorted(scores, key=lambda k: (-scores[k], k))
    # Tables the question names outright come first; then the best of the rest, up to k seeds.
    named = [k for k in ranked if name_terms(strip_prefix(schema.tables[k].name,
                                                          prefixes.get(schema.tables[k].schema, ""))) <= q_terms]
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
        paths = [p for p in (graph.path(c, seed, MAX_JOIN_HOPS) for c in chosen if c in strong) if p]
        bridge = [t for e in min(paths, key=len) for t in (e.left_table, e.right_table)] if paths else []
        if not add(bridge + [seed]):
            add([seed])
    for seed in weak:
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
