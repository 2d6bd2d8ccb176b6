"""Misspelt words ("custmers", "constructers", "bigest"): a word the schema and the engine do not
know, one edit away from exactly one word they do, read as that word. Used only to read again a
question that was refused, so a spelling never changes an answer the question had."""
from __future__ import annotations

import re

from services.nl_to_sql.offline.linking import Lexicon
from services.nl_to_sql.offline.normalise import FILLER, SHAPE_WORDS, is_verb_form, root
from services.nl_to_sql.offline.shapes import ADJECTIVES, MOST

_WORD = re.compile(r"(?<!['\"\w])[a-z][a-z]+(?![\w'\"])")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
MIN_LENGTH = 5                                    # shorter words are too often other real words
_SUFFIXES = ("er", "ers", "or", "ors", "ed", "ing", "ion", "ions", "s", "es", "ly")


def _edits(word: str) -> set[str]:
    """Every word one deletion, transposition, substitution or insertion away."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return ({a + b[1:] for a, b in splits if b} | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
            | {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
            | {a + c + b for a, b in splits for c in _LETTERS})


def _known(lex: Lexicon, hints: dict[tuple[str, str], list[str]]) -> set[str]:
    words = {w.lower() for ws in lex.table_words.values() for w in ws}
    words |= {w.lower() for t in lex.schema.tables.values() for c in t.columns for w in lex.words(c.name)}
    return words | set(SHAPE_WORDS) | set(ADJECTIVES) | set(MOST)


def corrected(question: str, lex: Lexicon, hints: dict[tuple[str, str], list[str]]) -> str | None:
    """The question with its misspelt words replaced, or None when it has none."""
    known = _known(lex, hints)
    roots = {root(w) for w in known}
    said = {w.lower() for values in hints.values() for v in values for w in v.split()}
    changed = False

    def fix(m: re.Match) -> str:
        nonlocal changed
        word = m.group(0)
        if len(word) < MIN_LENGTH or word in FILLER or word in said or word in known or root(word) in roots or \
                any(word.endswith(x) and word[:-len(x)] in roots for x in _SUFFIXES) or \
                is_verb_form(word) or word.endswith("ing"):
            return word                               # "publisher", "played": words of their own
        near = {w for w in _edits(word) if w in known}
        stems = {w for w in _edits(root(word)) if w in known}
        if len({root(w) for w in near | stems}) != 1:
            return word
        changed = True
        return near.pop() if len(near) == 1 else word[:0] + stems.pop() + word[len(root(word)):]

    out = _WORD.sub(fix, question)
    return out if changed else None
