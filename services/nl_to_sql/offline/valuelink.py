"""Value linking: words of a question that are stored values of a column ("Berlin" a city,
"cancelled" a status, "programmers" the job title 'Programmer'), from the sampled values of the
retrieved tables. Multi-word values ("United States", "Database System Concepts") match as one."""
from __future__ import annotations

from services.nl_to_sql.offline.linking import Mention
from services.nl_to_sql.offline.normalise import Token, root, tokenize

Hints = dict[tuple[str, str], list[str]]
# One-letter codes of a two- or three-valued column spelled out: "female patients" is sex 'F'.
SPELLED = {"f": ("female", "woman"), "m": ("male", "man")}


class ValueIndex:
    def __init__(self, hints: Hints, tables: set[str]):
        self.by_first: dict[str, list[tuple[tuple[str, ...], str, str, str]]] = {}
        self.exact: dict[str, list[tuple[str, str, str]]] = {}
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

    def find(self, tokens: list[Token]) -> list[Mention]:
        """Longest value matches at each position (overlapping matches are kept; the reader
        picks between a value reading and a schema reading of the same words)."""
        out = []
        for i, tok in enumerate(tokens):
            if tok.kind not in ("word", "number", "value"):
                continue
            key = tok.stem if tok.kind == "word" else tok.lower
            best: Mention | None = None
            for roots, table, column, value in self.by_first.get(key, []):
                n = len(roots)
                span = tokens[i:i + n]
                if len(span) != n or any((t.stem if t.kind == "word" else t.lower) != r for t, r in zip(span, roots)):
                    continue
                if best is None or n > best.end - best.start:
                    best = Mention(i, i + n)
                if n == best.end - best.start and (table, column, value) not in best.values:
                    best.values.append((table, column, value))
            if tok.kind == "value":
                # A quoted value: only an exact (case-insensitive) match of a whole stored value.
                exact = self.exact.get(tok.lower, [])
                best = Mention(i, i + 1, values=exact) if exact else None
            if best:
                out.append(best)
        return out
