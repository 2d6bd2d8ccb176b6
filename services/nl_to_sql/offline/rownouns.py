"""Rows named by a noun column: `election(delegate, committee, ...)` has no name column, yet its rows
are the delegates ("which county has the most delegates"), and `tv_series(episode, air_date, ...)`
holds episodes. Such a column is a row's label and its word names the table's rows."""
from __future__ import annotations

import copy

from services.nl_to_sql.offline.coltypes import is_key_like, is_text
from services.nl_to_sql.offline.linking import Lexicon
from services.nl_to_sql.offline.normalise import root
from services.nl_to_sql.values import sampled_columns

# Words of columns that sort rows into kinds rather than name them.
_KINDS = {"type", "status", "kind", "category", "class", "level", "grade", "gender", "sex", "color", "colour",
          "country", "state", "region", "language", "nationality", "currency", "format", "size", "mode",
          "method", "result", "genre", "content", "position", "role", "city", "location", "stage", "note"}
_MANY = 10 ** 9
_FEW = 10           # fewer different values than this sort rows into kinds (semester, ward) too
_CACHE: dict[tuple[int, frozenset[tuple[str, str]]], tuple[Lexicon, Lexicon]] = {}


def row_nouns(lex: Lexicon, hints: dict[tuple[str, str], list[str]], joined: set[tuple[str, str]]) -> dict[str, str]:
    """table -> the one-word text column naming its rows, for tables without a name column. Of several
    such columns, the one with the most different values (a sampled column without hints has more
    than any category); a column with only a few values, or of a join (`joined`), names nothing."""
    out = {}
    for key, table in lex.schema.tables.items():
        if lex.labels(key):
            continue
        sampled = set(sampled_columns(table))
        counts = {}
        for c in table.columns:
            words = lex.norm_words(c.name)
            if not is_text(c) or len(words) != 1 or is_key_like(c.name) or (key, c.name) in joined or \
                    words[0].lower() in _KINDS or (root(words[0].lower()),) in lex.table_roots:
                continue
            distinct = len(hints[(key, c.name)]) if (key, c.name) in hints else _MANY if c.name in sampled else 0
            if distinct >= _FEW:
                counts[c.name] = distinct
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            out[key] = ranked[0][0]
    return out


def with_row_nouns(lex: Lexicon, nouns: dict[str, str]) -> Lexicon:
    """`lex` where each table of `nouns` is labelled by its noun column and named by its word."""
    if not nouns:
        return lex
    signature = (id(lex), frozenset(nouns.items()))
    cached = _CACHE.get(signature)
    if cached is not None and cached[0] is lex:
        return cached[1]
    out = copy.copy(lex)
    out.row_nouns = dict(nouns)
    out.by_first = {k: list(v) for k, v in lex.by_first.items()}
    for key, column in nouns.items():
        roots = tuple(root(w.lower()) for w in lex.norm_words(column))
        out.by_first.setdefault(roots[0], []).append((roots, key, None, False))
    if len(_CACHE) > 64:
        _CACHE.clear()
    _CACHE[signature] = (lex, out)
    return out
