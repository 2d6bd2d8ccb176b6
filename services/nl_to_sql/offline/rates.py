""""The completion rate for each course", "the overall inspection pass rate", "the denial rate": the
share of rows where the word's participle holds, read as "the percentage of enrollments completed
for each course" by the percentage pass. The participle must name exactly one table's flag
(`passed`, `skipped`), nullable date (`completed_at`) or stored value (status 'denied'); a column
called so ("unemployment rate") is read as that column, and anything else is left as asked.
"Win rate" is left alone: its share is usually of the decided rows only (won or lost), which no
name says."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from services.nl_to_sql.offline.coltypes import is_date, is_flag
from services.nl_to_sql.offline.normalise import root

if TYPE_CHECKING:
    from services.nl_to_sql.offline.linking import Lexicon

_RATE = re.compile(r"\b(?:the\s+|an?\s+|our\s+)?(?:overall\s+|total\s+)?(?:([A-Za-z]+)\s+)?([A-Za-z]+)\s+rates?\b",
                   re.I)
_IN_PERCENT = re.compile(r",?\s+(?:in|as an?)\s+(?:percent|percentage|%)(?=\W|$)", re.I)   # said once already


def participles(word: str) -> set[str]:
    """The past forms a rate's word may be the noun or verb of: completion, denial, settlement, skip."""
    w = word.lower()
    out = {w + "ed", w + "d", w + w[-1] + "ed"} if len(w) > 2 else set()
    for suffix, cut in (("ation", 5), ("ion", 3), ("al", 2), ("ance", 4), ("ence", 4), ("ure", 3), ("ment", 4)):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            base = w[:-cut]
            out |= {base + "ed", base + "d"}
    return out


def _shares(lex: Lexicon, hints: dict[tuple[str, str], list[str]], forms: set[str]) -> dict[str, set[str]]:
    """Each table with a flag, a nullable date or a stored value the participles name -> the forms named."""
    found: dict[str, set[str]] = {}
    for key, table in lex.schema.tables.items():
        for column in table.columns:
            words = [w.lower() for w in lex.words(column.name)]
            if is_flag(column) and forms & set(words):
                found.setdefault(key, set()).update(forms & set(words))
            elif is_date(column) and column.nullable and words and words[0] in forms:
                found.setdefault(key, set()).add(words[0])
    for (key, _), values in hints.items():
        if key in lex.schema.tables and (said := {v.lower() for v in values} & forms):
            found.setdefault(key, set()).update(said)
    return found


def rates_as_percentages(question: str, lex: Lexicon, hints: dict[tuple[str, str], list[str]]) -> str:
    def reworded(m: re.Match[str]) -> str:
        before, word = m.group(1), m.group(2).lower()
        named = {root(w.lower()) for c in (c for t in lex.schema.tables.values() for c in t.columns)
                 if "rate" in (ws := [w.lower() for w in lex.words(c.name)]) for w in ws}
        if root(word) in named or word in ("win", "the", "a", "an", "this", "that", "interest", "hourly"):
            return m.group(0)
        shares = _shares(lex, hints, participles(word))
        if len(shares) != 1:
            return m.group(0)
        table, forms = shares.popitem()
        words = lex.table_words[table]
        noun = " ".join(words)
        said = before if before and root(before.lower()) not in {root(w.lower()) for w in words} else None
        prefix = f"{said} " if said and said.lower() not in ("overall", "total") else ""
        return f"{prefix}the percentage of {noun} {min(forms)}"
    said = _RATE.sub(reworded, question)
    return _IN_PERCENT.sub("", said) if said != question else question

