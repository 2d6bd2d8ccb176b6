"""Offline embeddings: signed feature hashing of words, word pairs and character trigrams.

No network and no model download, ever: chromadb always gets this function, never its default
ONNX model. Lexical, deterministic and fast (about 10 µs per table document); good enough to find
tables by their names, columns and comments, which is what schema retrieval needs.
"""
from __future__ import annotations

import hashlib
import math
from typing import Any, cast

from chromadb.api.types import Documents, EmbeddingFunction, Embeddings, Space
from chromadb.utils.embedding_functions import register_embedding_function

from services.nl_to_sql.text import terms

DEFAULT_DIMENSIONS = 1024


def _bucket(feature: str, dims: int) -> tuple[int, float]:
    digest = hashlib.blake2b(feature.encode(), digest_size=8).digest()
    value = int.from_bytes(digest, "little")
    return value % dims, (1.0 if (value >> 63) & 1 else -1.0)


def hashing_vector(text: str, dims: int = DEFAULT_DIMENSIONS) -> list[float]:
    vec = [0.0] * dims
    words = terms(text)
    features: list[tuple[str, float]] = []
    for w in words:
        features.append(("w:" + w, 1.0))
        padded = f"^{w}$"
        if len(w) > 3:
            features.extend(("c:" + padded[i:i + 3], 0.25) for i in range(len(padded) - 2))
    features.extend((f"b:{a}_{b}", 0.5) for a, b in zip(words, words[1:]))
    for feature, weight in features:
        index, sign = _bucket(feature, dims)
        vec[index] += sign * weight
    norm = math.sqrt(sum(v * v for v in vec)) or 1.0
    return [v / norm for v in vec]


@register_embedding_function
class HashingEmbeddingFunction(EmbeddingFunction[Documents]):
    def __init__(self, dimensions: int = DEFAULT_DIMENSIONS):
        self.dimensions = dimensions

    def __call__(self, input: Documents) -> Embeddings:
        return cast(Embeddings, [hashing_vector(text, self.dimensions) for text in input])

    @staticmethod
    def name() -> str:
        return "querycast-hashing"

    def default_space(self) -> Space:
        return "cosine"

    def supported_spaces(self) -> list[Space]:
        return ["cosine"]

    def get_config(self) -> dict[str, Any]:
        return {"dimensions": self.dimensions}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> HashingEmbeddingFunction:
        return HashingEmbeddingFunction(int(config.get("dimensions", DEFAULT_DIMENSIONS)))


def embedding_function(kind: str) -> EmbeddingFunction:
    """QUERYCAST_EMBEDDINGS: only `hashing` ships; anything else is a configuration error."""
    if kind in ("", "hashing"):
        return HashingEmbeddingFunction()
    raise ValueError(f"unknown QUERYCAST_EMBEDDINGS value {kind!r} (supported: hashing)")
