"""Other names of stored values: what a column's comment says its codes mean ("R (right-handed),
L (left-handed)": "left-handed players" is hand 'L'), and countries stored as ISO codes or by
name ("players from Spain" is country_code 'ESP', "French singers" Country 'France'), and who
practises a stored field ("cardiologists": specialty 'cardiology').

A name only stands for a value the column is known to hold: one of its sampled values, or, for a
column without samples, a code its own comment declares. valuelink.py prefers a stored value
spelled out over one of these names for the same words."""
from __future__ import annotations

import re

from services.nl_to_sql.joins import JoinEdge
from services.nl_to_sql.offline.countries import BY_CODE, BY_NAME, DEMONYMS, Country
from services.nl_to_sql.schema import Schema
from services.nl_to_sql.text import identifier_words

Hints = dict[tuple[str, str], list[str]]
Names = dict[tuple[str, str, str], list[str]]     # (table, column, stored value) -> its other names

# "R (right-handed)", "'A' (active)", "A = active", "A: active", "A - active" inside a comment
_CODE_IN_PARENS = re.compile(r"(?<![\w'])'?([A-Za-z0-9]{1,5})'?\s*\(([^()]{2,40})\)")
_CODE_EQUALS = re.compile(r"(?<![\w'])'?([A-Za-z0-9]{1,5})'?\s*(?:=|:|-)\s*"
                          r"([A-Za-z][A-Za-z -]{1,38}?)\s*(?=[,;.)]|\bor\b|$)")
_COUNTRY_WORDS = {"country", "nation", "nationality", "citizenship"}


def value_names(schema: Schema, hints: Hints, tables: set[str], edges: list[JoinEdge]) -> Names:
    """A column that joins another table gets no country names: the names are that table's
    ("cities in France" through the country row, not a second reading of city.CountryCode)."""
    joining = {(e.left_table, c) for e in edges for c in e.left_columns} | \
        {(e.right_table, c) for e in edges for c in e.right_columns}
    names: Names = {}
    # "French" of a schema storing the language 'French' is that language, never also France
    spelled = {v.lower() for (t, _), values in hints.items() if t in tables for v in values}
    for key in tables:
        table = schema.tables.get(key)
        if table is None:
            continue
        for column in table.columns:
            stored = hints.get((key, column.name))
            if column.comment:
                for code, meaning in comment_codes(column.comment):
                    value = _stored(code, stored)
                    if value is not None:
                        names.setdefault((key, column.name, value), []).append(meaning)
            for value in stored or ():
                if (practitioner := _practitioner(value)) is not None:
                    names.setdefault((key, column.name, value), []).append(practitioner)
            if stored and (key, column.name) not in joining:
                for value, other in _country_names(column.name, stored).items():
                    names.setdefault((key, column.name, value), []).extend(
                        n for n in other if n.lower() not in spelled or n.lower() not in DEMONYMS)
    return names


def _practitioner(value: str) -> str | None:
    """'cardiology' -> "cardiologist", 'dentistry' -> "dentist": the one who practises a field a
    column stores ("patients who have seen a cardiologist")."""
    lowered = value.lower()
    if lowered.endswith("ology") and value.isalpha():
        return value[:-1] + "ist"
    if lowered.endswith("istry") and value.isalpha():
        return value[:-2]
    return None


def comment_codes(comment: str) -> list[tuple[str, str]]:
    """(code, meaning) pairs a comment lists, e.g. "R (right-handed), L (left-handed) or U"."""
    pairs = [(m.group(1), m.group(2).strip()) for m in _CODE_IN_PARENS.finditer(comment)]
    if not pairs:
        pairs = [(m.group(1), m.group(2).strip()) for m in _CODE_EQUALS.finditer(comment)]
    # a meaning that merely repeats its code, or a sentence in parentheses, names nothing
    return [(code, meaning) for code, meaning in pairs
            if meaning.lower() != code.lower() and len(meaning.split()) <= 4 and _looks_like_a_code(code)]


def _looks_like_a_code(word: str) -> bool:
    """'L', 'ESP', '01', 'y': not "euros" of "amount in euros (gross)"."""
    return word.isupper() or word.isdigit() or len(word) <= 2


def _stored(code: str, stored: list[str] | None) -> str | None:
    if stored is None:
        return code
    matches = [v for v in stored if v.lower() == code.lower()]
    return matches[0] if len(matches) == 1 else None


def _country_names(column: str, stored: list[str]) -> dict[str, list[str]]:
    """A column of country codes (named after countries, or holding nothing else) gets the
    countries' names and demonyms; a column of country names gets their demonyms."""
    named = bool(_COUNTRY_WORDS & {w.lower() for w in identifier_words(column)})
    codes = {v: BY_CODE.get(v) for v in stored if v.isalpha() and v.isupper() and len(v) in (2, 3)}
    if len(codes) == len(stored) and len({len(v) for v in codes}) == 1:
        known = {v: c for v, c in codes.items() if c is not None}
        if known and (named or (len(known) == len(stored) and len(stored) >= 3)):
            return {v: [*c.names, *c.demonyms] for v, c in known.items()}
    if not named and len(stored) < 3:
        return {}
    countries: dict[str, Country] = {v: c for v in stored if (c := BY_NAME.get(v.lower())) is not None}
    if not named and len(countries) < len(stored) / 2:
        return {}
    return {v: list(c.demonyms) for v, c in countries.items() if c.demonyms}
