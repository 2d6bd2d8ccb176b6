"""Pick the tables a question needs: nearest table documents in the index, re-ranked by name
matches, plus the tables on the foreign-key paths that join them."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations

from services.nl_to_sql.index import DOC, EXAMPLE, TABLE, SchemaIndex
from services.nl_to_sql.schema import Schema, Table
from services.nl_to_sql.text import SYNONYMS, identifier_words, stem, terms

NAME_MATCH_BONUS = 0.5
COLUMN_MATCH_BONUS = 0.05
MAX_JOIN_HOPS = 3
KNOWLEDGE_PER_KIND = 3


@dataclass
class Retrieved:
    tables: list[str]                  # seeds first, then the tables that join them
    seeds: list[str]
    docs: list[str] = field(default_factory=list)
    examples: list[tuple[str, str]] = field(default_factory=list)  # (question, sql)


@lru_cache(maxsize=65536)
def name_terms(identifier: str) -> frozenset[str]:
    out = set()
    for w in identifier_words(identifier):
        s = stem(w)
        out.add(SYNONYMS.get(s, s))
    return frozenset(out)


def lexical_bonus(table: Table, question_terms: set[str]) -> float:
    bonus = 0.0
    tn = name_terms(table.name)
    if tn and tn <= question_terms:
        bonus += NAME_MATCH_BONUS
    elif tn & question_terms:
        bonus += NAME_MATCH_BONUS * 0.15 * len(tn & question_terms) / len(tn)
    matched = sum(1 for c in table.columns
                  if (ct := name_terms(c.name) - {"id"}) and ct <= question_terms)
    return bonus + min(4, matched) * COLUMN_MATCH_BONUS


async def retrieve(index: SchemaIndex, schema: Schema, question: str, top_k: int) -> Retrieved:
    q_terms = set(terms(question))
    hits = await index.query(schema.database_id, question, TABLE, min(len(schema.tables), top_k * 3))
    scores: dict[str, float] = {}
    for hit in hits:
        key = hit.metadata.get("table")
        if key in schema.tables:
            scores[key] = hit.score + lexical_bonus(schema.tables[key], q_terms)
    # A table named in the question is never left out, even if the embedding ranked it low.
    for key, table in schema.tables.items():
        if key not in scores:
            bonus = lexical_bonus(table, q_terms)
            if bonus >= NAME_MATCH_BONUS:
                scores[key] = bonus
    ranked = sorted(scores, key=lambda k: (-scores[k], k))
    seeds = ranked[:top_k]
    tables = list(seeds) + join_tables(schema, seeds, scores)

    docs: list[str] = []
    examples: list[tuple[str, str]] = []
    if await index.has_knowledge(schema.database_id):
        for hit in await index.query(schema.database_id, question, [DOC, EXAMPLE], 2 * KNOWLEDGE_PER_KIND):
            if hit.score <= 0.05:
                continue
            if hit.metadata.get("kind") == DOC and len(docs) < KNOWLEDGE_PER_KIND:
                docs.append(hit.document)
            elif hit.metadata.get("kind") == EXAMPLE and len(examples) < KNOWLEDGE_PER_KIND:
                examples.append((hit.document, hit.metadata.get("sql", "")))
    return Retrieved(tables=tables, seeds=seeds, docs=docs, examples=examples)


def join_tables(schema: Schema, seeds: list[str], scores: dict[str, float]) -> list[str]:
    """Intermediate tables on the shortest FK paths between the strong seeds."""
    if not seeds:
        return []
    best = scores[seeds[0]]
    strong = [s for s in seeds if scores[s] >= best * 0.5]
    edges = schema.edges()
    extra: list[str] = []
    for a, b in combinations(strong, 2):
        path = schema.join_path(a, b, edges, max_hops=MAX_JOIN_HOPS)
        for _, to_key, _ in path or []:
            if to_key not in seeds and to_key not in extra:
                extra.append(to_key)
    return extra
