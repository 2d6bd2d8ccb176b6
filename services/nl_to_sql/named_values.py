"""Values a question names that no sample holds: a title, a person's name, a product ("Who directed
Silent River?", "members who borrowed The Golden Kingdom"). Sampling keeps only categorical columns
(at most MAX_DISTINCT values, services/nl_to_sql/values.py), so such names are looked up directly:
the capitalised runs and quoted strings of the question, each compared (case-blind, whole value)
with the free-text columns of the retrieved tables that have no sample. A found value becomes a
hint of its column, as if sampled, so the offline engine reads it as that column's value.

The lookup is one read-only query through the executor, like the sample; best effort (no hints on
any failure). Values stay in memory, never in events or logs.
"""
from __future__ import annotations

import re

from services.nl_to_sql.schema import Table
from services.nl_to_sql.sqltext import sql_identifier, sql_literal

Hints = dict[tuple[str, str], list[str]]

MAX_PHRASES = 4
MAX_PHRASE_CHARS = 60
MAX_LOOKUPS = 32              # (column, phrase) comparisons in one query: each may scan its table
# Capitalised words that start a question or a command, not a name
_LEADS = frozenset("""what which who whom whose when where why how list show give find tell count name names
is are was were do does did has have had in on of for the a an and or by at from to with all any each every
number total average please""".split())
_QUOTED = re.compile(r"'([^']{2,60})'|\"([^\"]{2,60})\"")
_UNSAFE = re.compile(r"[\\\x00-\x1f\x7f]")
_WORD = re.compile(r"[A-Za-z0-9][\w&.\-/]*")


def phrases(question: str, known: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """The quoted strings and runs of capitalised words (numbers may continue a run: "Live 11"),
    without a leading question word, a lone first word ("Members who ...") or a value already
    `known` (lower case); a run that starts with "The" is tried with and without it."""
    found = [a or b for a, b in _QUOTED.findall(question)]
    unquoted = _QUOTED.sub(" , ", question)
    run: list[str] = []
    first = True
    for token in [*re.findall(r"[A-Za-z0-9][\w&.\-/']*|[^\sA-Za-z0-9]", unquoted), ","]:
        word = token[:-2] if token.endswith("'s") else token
        if (word[:1].isupper() or run and word.isdigit()) and _WORD.fullmatch(word):
            run.append(word)
            continue
        _flush(run[1:] if first and len(run) == 1 else run, found)
        run, first = [], False
    # no backslash or control character reaches the literal (a server without standard strings)
    out = [p for p in dict.fromkeys(found) if len(p) <= MAX_PHRASE_CHARS and p.lower() not in known
           and not _UNSAFE.search(p)]
    return out[:MAX_PHRASES]


def _flush(run: list[str], found: list[str]) -> None:
    while run and run[0].lower() in _LEADS - {"the"}:
        run = run[1:]
    if not run or all(w.lower() in _LEADS for w in run):
        return
    found.append(" ".join(run))
    if run[0].lower() == "the" and len(run) > 1:
        found.append(" ".join(run[1:]))


def lookup_sql(targets: list[tuple[Table, list[str]]], said: list[str]) -> str | None:
    """One query: rows (table key, column, stored value) for each phrase one of the columns holds
    exactly, ignoring case; None if nothing to look up. `targets`: tables with their free-text
    columns that have no sample."""
    parts: list[str] = []
    for table, columns in targets:
        source = ".".join(sql_identifier(p) for p in (table.schema, table.name))
        for column in columns:
            for phrase in said:
                if len(parts) == MAX_LOOKUPS:
                    break
                parts.append(f"(SELECT {sql_literal(table.key)} AS t, {sql_literal(column)} AS c, v FROM "
                             f"(SELECT {sql_identifier(column)}::text AS v FROM {source} "
                             f"WHERE lower({sql_identifier(column)}::text) = lower({sql_literal(phrase)}) LIMIT 1) s)")
    return "\nUNION ALL\n".join(parts) if parts else None


def named_hints(rows: list) -> Hints:
    """The lookup's rows as hints: each column with the values found in it."""
    out: Hints = {}
    for table, column, value in rows:
        if value not in out.setdefault((table, column), []):
            out[(table, column)].append(value)
    return out
