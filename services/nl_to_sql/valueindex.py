"""An inverted index of sampled column values, so a question that names a table only through a
stored value ("flights from Berlin", "employees in Germany", "cancelled orders") pulls that table.

Values come from the sampler (services/nl_to_sql/values.py: categorical text columns only, at most
MAX_DISTINCT values a column) and are matched as whole word sequences, through the same word roots
as table and column names (services/nl_to_sql/wordforms.py), so "cancelled" meets 'canceled'.
Values of three characters or less ('BER', 'HR') match only when written the same way, in
capitals. A value several tables hold counts for each of them in inverse proportion (a status
'active' in fifty tables says little; 'Lufthansa' in one says a lot). Values stay in memory,
never in events or logs.
"""
from __future__ import annotations

from services.nl_to_sql.text import STOPWORDS, words
from services.nl_to_sql.wordforms import root

MAX_VALUE_CHARS = 40
MAX_VALUE_WORDS = 4
SHORT = 3           # values this short are matched case-sensitively, as capitals only
# Values that say nothing about a table: they are in every second status column.
UNINFORMATIVE = frozenset({"yes", "no", "true", "false", "none", "null", "other", "others", "unknown",
                           "n/a", "na", "misc", "default", "any", "all", "not", "new", "old"})

Key = tuple[str, ...]


def value_key(value: str) -> Key | None:
    """The match key of a stored value, or None for values that cannot name anything."""
    text = value.strip()
    if not text or len(text) > MAX_VALUE_CHARS or text.lower() in UNINFORMATIVE:
        return None
    parts = words(text)
    if not parts or len(parts) > MAX_VALUE_WORDS or all(p in STOPWORDS or p.isdigit() for p in parts):
        return None
    if len(parts) == 1 and len(text) <= SHORT:
        return ("=" + text,) if text.isupper() and text.isalpha() else None
    return tuple(root(p) for p in parts)


class ValueIndex:
    """key -> table -> columns holding a value with that key."""

    def __init__(self) -> None:
        self._keys: dict[Key, dict[str, set[str]]] = {}
        self._tables: dict[str, set[Key]] = {}

    def __len__(self) -> int:
        return len(self._tables)

    def __contains__(self, table: str) -> bool:
        return table in self._tables

    def tables(self) -> list[str]:
        return list(self._tables)

    def set_table(self, table: str, values: dict[str, list[str]]) -> None:
        """The sampled values of one table (column -> values), replacing what it had."""
        self.remove(table)
        keys = self._tables.setdefault(table, set())
        for column, column_values in values.items():
            for value in column_values:
                key = value_key(value)
                if key is not None:
                    self._keys.setdefault(key, {}).setdefault(table, set()).add(column)
                    keys.add(key)

    def remove(self, table: str) -> None:
        for key in self._tables.pop(table, ()):
            holders = self._keys.get(key, {})
            holders.pop(table, None)
            if not holders:
                self._keys.pop(key, None)

    def matches(self, question: str) -> dict[str, float]:
        """Tables whose sampled values the question mentions, each with a weight in (0, 1]: the
        best over its mentioned values of 1 / the number of tables holding that value."""
        raw = _raw_words(question)
        roots = [root(w.lower()) for w in raw]
        out: dict[str, float] = {}
        for start in range(len(raw)):
            candidates: list[Key] = [("=" + raw[start],)] if len(raw[start]) <= SHORT else []
            candidates += [tuple(roots[start:start + n]) for n in range(1, MAX_VALUE_WORDS + 1)
                           if start + n <= len(raw)]
            for key in candidates:
                holders = self._keys.get(key)
                if not holders or (len(key) == 1 and raw[start].lower() in STOPWORDS):
                    continue
                weight = 1.0 / len(holders)
                for table in holders:
                    out[table] = max(out.get(table, 0.0), weight)
        return out


def _raw_words(text: str) -> list[str]:
    """The words of a question as written (case kept, identifiers not split), for short values."""
    out: list[str] = []
    for token in text.replace("'", " ").replace('"', " ").split():
        stripped = token.strip(".,;:!?()[]")
        if stripped:
            out.extend(words(stripped) if not stripped.isupper() else [stripped])
    return out
