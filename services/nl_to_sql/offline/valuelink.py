"""Value linking: words of a question that are stored values of a column ("Berlin" a city,
"cancelled" a status, "programmers" the job title 'Programmer'), from the sampled values of the
retrieved tables. Multi-word values ("United States", "Database System Concepts") match as one."""
from __future__ import annotations

from services.nl_to_sql.offline.linking import Mention
from services.nl_to_sql.offline.normalise import Token, root, tokenize
from services.nl_to_sql.offline.valuenames import Names

Hints = dict[tuple[str, str], list[str]]
# One-letter codes of a two- or three-valued column spelled out: "female patients" is sex 'F'.
SPELLED = {"f": ("female", "woman"), "m": ("male", "man")}


class ValueIndex:
    def __init__(self, hints: Hints, tables: set[str], names: Names | None = None):
        """`names`: other names of stored values (valuenames.py), matched like the values but
        only where no stored value is spelled out in the same words."""
        self.by_first: dict[str, list[tuple[tuple[str, ...], str, str, str]]] = {}
        self.exact: dict[str, list[tuple[str, str, str]]] = {}
        self._named: set[tuple[tuple[str, ...], str, str, str]] = set()
        for (table, column), values in hints.items():
            if table not in tables:
                continue
            for value in values:
                self.exact.setdefault(value.lower(), []).append((table, column, value))
                words = tuple(t.lower for t in tokenize(value) if t.kind in ("word", "number"))
                if not words or len(words) > 6:
                    continue
                roots = tuple(root(w) if w.isalpha() else w for w in words)
                self.by_first.setdefault(roots[0], []).append((roots, table, column, value))
                for word in SPELLED.get(value.lower(), ()) if len(values) <= 3 else ():
                    self.by_first.setdefault(root(word), []).append(((root(word),), table, column, value))
        for (table, column, value), others in (names or {}).items():
            for other in others:
                if other.lower() == value.lower():
                    continue
                words = tuple(t.lower for t in tokenize(other) if t.kind in ("word", "number"))
                if words and len(words) <= 6:
                    entry = (tuple(root(w) if w.isalpha() else w for w in words), table, column, value)
                    self.by_first.setdefault(entry[0][0], []).append(entry)
                    self._named.add(entry)

    def find(self, tokens: list[Token]) -> list[Mention]:
        """Longest value matches at each position (overlapping matches are kept; the reader
        picks between a value reading and a schema reading of the same words)."""
        out = []
        for i, tok in enumerate(tokens):
            if tok.kind not in ("word", "number", "value"):
                continue
            key = tok.stem if tok.kind == "word" else tok.lower
            best: Mention | None = None
            spelled = set()       # values whose stored spelling matched here
            for roots, table, column, value in self.by_first.get(key, []):
                n = len(roots)
                span = tokens[i:i + n]
                if len(span) != n or any((t.stem if t.kind == "word" else t.lower) != r for t, r in zip(span, roots)):
                    continue
                if best is None or n > best.end - best.start:
                    best = Mention(i, i + n)
                if n == best.end - best.start and (table, column, value) not in best.values:
                    best.values.append((table, column, value))
                if (roots, table, column, value) not in self._named:
                    spelled.add((n, table, column, value))
            if best is not None:
                # a table whose stored value is spelled out here is not also read through a name
                n = best.end - best.start
                spelled_in = {t for m, t, *_ in spelled if m == n}
                best.values = [v for v in best.values if (n, *v) in spelled or v[0] not in spelled_in]
            if tok.kind == "value":
                # A quoted value: only an exact (case-insensitive) match of a whole stored value.
                exact = self.exact.get(tok.lower, [])
                best = Mention(i, i + 1, values=exact) if exact else None
            if best:
                out.append(best)
        return out
