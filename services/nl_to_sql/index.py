"""Per-database chromadb index: one document per table plus operator-supplied documentation
snippets and example question/SQL pairs. Table documents carry a digest, so a rebuild re-embeds
only the tables that changed.

chromadb's client is synchronous; every call runs on one worker thread, so the event loop never
blocks and the client is never used from two threads at once.
"""
from __future__ import annotations

import asyncio
import hashlib
import logging
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import chromadb
from chromadb.api.types import EmbeddingFunction
from chromadb.config import Settings

from services.nl_to_sql.schema import Schema

log = logging.getLogger(__name__)

TABLE, DOC, EXAMPLE = "table", "doc", "example"
NO_KNOWLEDGE_TTL_SECONDS = 10.0


@dataclass
class SyncReport:
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0

    def as_data(self) -> dict[str, int]:
        return {"tablesAdded": self.added, "tablesUpdated": self.updated,
                "tablesRemoved": self.removed, "tablesUnchanged": self.unchanged}


@dataclass
class Hit:
    id: str
    score: float  # cosine similarity, higher is closer
    document: str
    metadata: dict[str, Any]


def collection_name(database_id: str) -> str:
    """chromadb names: 3-63 chars of [a-zA-Z0-9._-], alphanumeric at both ends."""
    digest = hashlib.sha1(database_id.encode()).hexdigest()[:8]
    return f"qc-{database_id[:40]}-{digest}"


def make_client(path: str | Path, server_url: str | None = None):
    """An embedded client on `path`, or a client of a chroma server: the embedded store belongs to
    one process, so replicas of the service share a server (QUERYCAST_CHROMA_URL) instead."""
    settings = Settings(anonymized_telemetry=False, allow_reset=False)
    if server_url:
        url = urlsplit(server_url)
        return chromadb.HttpClient(host=url.hostname or "127.0.0.1", port=url.port or 8000,
                                   ssl=url.scheme == "https", settings=settings)
    Path(path).mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=settings)


class SchemaIndex:
    def __init__(self, path: str | Path, embedding_function: EmbeddingFunction, *, server_url: str | None = None):
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chromadb")
        self._ef = embedding_function
        # Databases known to have no docs/examples skip that query. Another process may add some,
        # so "none" is only trusted for a few seconds; "some" is kept (a wasted query is harmless).
        self._no_knowledge_until: dict[str, float] = {}
        self._client = make_client(path, server_url)

    async def _run(self, fn, *args):
        return await asyncio.get_running_loop().run_in_executor(self._pool, fn, *args)

    def close(self) -> None:
        self._pool.shutdown(wait=True)

    def _collection(self, database_id: str):
        return self._client.get_or_create_collection(
            collection_name(database_id), embedding_function=self._ef,
            metadata={"databaseId": database_id, "hnsw:space": "cosine", "hnsw:search_ef": 1000,
                      "hnsw:construction_ef": 200})

    # -- tables -------------------------------------------------------------------------------

    async def sync_tables(self, schema: Schema) -> SyncReport:
        return await self._run(self._sync_tables, schema)

    def _sync_tables(self, schema: Schema) -> SyncReport:
        col = self._collection(schema.database_id)
        existing = col.get(where={"kind": TABLE}, include=["metadatas"])
        old = {i: (m or {}).get("digest") for i, m in zip(existing["ids"], existing["metadatas"])}
        report = SyncReport()
        ids, docs, metas = [], [], []
        edges = schema.edges()
        for key, table in schema.tables.items():
            neighbours = sorted({other for other, *_ in edges.get(key, [])})
            doc_id = f"{TABLE}:{key}"
            digest = table.digest(neighbours)
            if old.get(doc_id) == digest:
                report.unchanged += 1
                continue
            if doc_id in old:
                report.updated += 1
            else:
                report.added += 1
            ids.append(doc_id)
            docs.append(table.document(neighbours))
            metas.append({"kind": TABLE, "table": key, "digest": digest})
        for start in range(0, len(ids), 500):
            col.upsert(ids=ids[start:start + 500], documents=docs[start:start + 500],
                       metadatas=metas[start:start + 500])
        gone = [i for i in old if i.split(":", 1)[1] not in schema.tables]
        if gone:
            col.delete(ids=gone)
            report.removed = len(gone)
        return report

    async def query(self, database_id: str, text: str, kind: str | list[str], n: int) -> list[Hit]:
        return await self._run(self._query, database_id, text, kind, n)

    def _query(self, database_id: str, text: str, kind: str | list[str], n: int) -> list[Hit]:
        col = self._collection(database_id)
        if n <= 0:
            return []
        where = {"kind": {"$in": kind}} if isinstance(kind, list) else {"kind": kind}
        res = col.query(query_texts=[text], n_results=n, where=where,
                        include=["documents", "metadatas", "distances"])
        return [Hit(i, 1.0 - d, doc, meta or {})
                for i, doc, meta, d in zip(res["ids"][0], res["documents"][0],
                                           res["metadatas"][0], res["distances"][0])]

    # -- documentation and examples -----------------------------------------------------------

    async def add_knowledge(self, database_id: str, kind: str, text: str, sql: str | None = None) -> str:
        doc_id = await self._run(self._add_knowledge, database_id, kind, text, sql)
        self._no_knowledge_until.pop(database_id, None)
        return doc_id

    async def has_knowledge(self, database_id: str) -> bool:
        if self._no_knowledge_until.get(database_id, 0) > time.monotonic():
            return False
        if await self._run(self._any_knowledge, database_id):
            return True
        self._no_knowledge_until[database_id] = time.monotonic() + NO_KNOWLEDGE_TTL_SECONDS
        return False

    def _any_knowledge(self, database_id: str) -> bool:
        col = self._collection(database_id)
        return bool(col.get(where={"kind": {"$in": [DOC, EXAMPLE]}}, limit=1, include=[])["ids"])

    def _add_knowledge(self, database_id: str, kind: str, text: str, sql: str | None) -> str:
        doc_id = f"{kind}:{uuid.uuid4().hex[:12]}"
        meta: dict[str, Any] = {"kind": kind}
        if sql is not None:
            meta["sql"] = sql
        self._collection(database_id).add(ids=[doc_id], documents=[text], metadatas=[meta])
        return doc_id

    async def list_knowledge(self, database_id: str) -> list[Hit]:
        return await self._run(self._list_knowledge, database_id)

    def _list_knowledge(self, database_id: str) -> list[Hit]:
        res = self._collection(database_id).get(where={"kind": {"$in": [DOC, EXAMPLE]}},
                                                include=["documents", "metadatas"])
        hits = [Hit(i, 1.0, d, m or {}) for i, d, m in zip(res["ids"], res["documents"], res["metadatas"])]
        return sorted(hits, key=lambda h: h.id)

    async def remove_knowledge(self, database_id: str, doc_id: str) -> bool:
        return await self._run(self._remove_knowledge, database_id, doc_id)

    def _remove_knowledge(self, database_id: str, doc_id: str) -> bool:
        col = self._collection(database_id)
        if not doc_id.startswith((f"{DOC}:", f"{EXAMPLE}:")) or not col.get(ids=[doc_id])["ids"]:
            return False
        col.delete(ids=[doc_id])
        return True

    async def count(self, database_id: str, kind: str) -> int:
        return await self._run(
            lambda: len(self._collection(database_id).get(where={"kind": kind}, include=[])["ids"]))
