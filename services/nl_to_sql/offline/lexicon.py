"""Tokens of a question and the schema phrases they name (tables, columns), for the offline engine."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from services.nl_to_sql.schema import Schema
from services.nl_to_sql.text import STOPWORDS, SYNONYMS, identifier_words, stem

NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "twenty": 20, "fifty": 50, "hundred": 100}
_TOKEN = re.compile(r"'([^']*)'|\"([^\"]*)\"|(\d{4}-\d{2}-\d{2})|(\d+(?:\.\d+)?)|([<>]=?|=)|([A-Za-z][A-Za-z0-9_]*)")
# Word parts too generic to name a column on their own ("name" could be anyone's).
_GENERIC_PARTS = {"id", "name", "at", "on", "date", "in", "of", "is", "no", "code", "type"}
DATE_TYPES = ("date", "timestamp")
NUMERIC_TYPES = ("int", "numeric", "decimal", "real", "double", "float", "money", "serial")
TEXT_TYPES = ("text", "char", "citext", "name")


@dataclass
class Token:
    index: int
    text: str              # as written
    lower: str
    stem: str              # stemmed, synonyms folded
    kind: str              # word | number | date | value (quoted) | op

    @property
    def capitalized(self) -> bool:
        # The first word is capitalised by grammar, not because it is a name.
        return self.kind == "word" and self.index > 0 and self.text[:1].isupper()


def tokenize(question: str) -> list[Token]:
    tokens: list[Token] = []
    for m in _TOKEN.finditer(question):
        quoted = m.group(1) if m.group(1) is not None else m.group(2)
        if quoted is not None:
            tokens.append(Token(len(tokens), quoted, quoted.lower(), quoted.lower(), "value"))
        elif m.group(3):
            tokens.append(Token(len(tokens), m.group(3), m.group(3), m.group(3), "date"))
        elif m.group(4):
            tokens.append(Token(len(tokens), m.group(4), m.group(4), m.group(4), "number"))
        elif m.group(5):
            tokens.append(Token(len(tokens), m.group(5), m.group(5), m.group(5), "op"))
        else:
            word = m.group(6)
            for part in identifier_words(word) if "_" in word else [word]:
                lower = part.lower()
                if lower in NUMBER_WORDS:
                    tokens.append(Token(len(tokens), str(NUMBER_WORDS[lower]), lower, lower, "number"))
                    continue
                s = stem(lower)
                tokens.append(Token(len(tokens), part, lower, SYNONYMS.get(s, s), "word"))
    return tokens


@dataclass(frozen=True)
class Phrase:
    stems: tuple[str, ...]
    table: str
    column: str | None     # None: the phrase names the table


@dataclass
class Mention:
    start: int
    end: int               # exclusive
    options: list[Phrase] = field(default_factory=list)

    @property
    def is_table(self) -> bool:
        return any(p.column is None for p in self.options)


def _stems(identifier: str) -> tuple[str, ...]:
    out = []
    for w in identifier_words(identifier):
        s = stem(w)
        out.append(SYNONYMS.get(s, s))
    return tuple(out)


def build_phrases(schema: Schema) -> list[Phrase]:
    phrases: list[Phrase] = []
    for key, table in schema.tables.items():
        phrases.append(Phrase(_stems(table.name), key, None))
        for col in table.columns:
            full = _stems(col.name)
            if full == ("id",):
                continue
            phrases.append(Phrase(full, key, col.name))
            content = tuple(s for s in full if s not in STOPWORDS)
            if content != full and content:
                phrases.append(Phrase(content, key, col.name))
            if len(content) > 1 and content[-1] not in _GENERIC_PARTS:
                phrases.append(Phrase(content[-1:], key, col.name))
    return phrases


def find_mentions(tokens: list[Token], phrases: list[Phrase]) -> list[Mention]:
    """Longest-first, left-to-right matches of schema phrases in the question."""
    by_first: dict[str, list[Phrase]] = {}
    for p in phrases:
        by_first.setdefault(p.stems[0], []).append(p)
    mentions: list[Mention] = []
    i = 0
    while i < len(tokens):
        best: Mention | None = None
        if tokens[i].kind == "word":
            for p in by_first.get(tokens[i].stem, []):
                n = len(p.stems)
                if tuple(t.stem for t in tokens[i:i + n] if t.kind == "word") == p.stems and \
                        all(t.kind == "word" for t in tokens[i:i + n]):
                    if best is None or n > best.end - best.start:
                        best = Mention(i, i + n, [p])
                    elif n == best.end - best.start:
                        best.options.append(p)
        if best:
            mentions.append(best)
            i = best.end
        else:
            i += 1
    return mentions


def type_is(col_type: str, family: tuple[str, ...]) -> bool:
    t = col_type.lower()
    return any(f in t for f in family)
