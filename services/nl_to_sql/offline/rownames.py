"""Which of a table's columns holding a stored value names its rows: "France" as `country.Name` and
`country.LocalName`, "Tokyo" as a city's name and its district."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from services.nl_to_sql.offline.linking import Mention
    from services.nl_to_sql.offline.reader import Reader


def named_row(r: Reader, v: Mention, owners: list[tuple[str, str, str]]) -> tuple[str, str, str] | None:
    """"a city called Valencia", "the population of Tokyo": a value right after "called", "named" or
    "of" names a row by its name, when the one table holding it has it in its name column too (and in
    others, such as a district)."""
    tables = {t for t, _, _ in owners}
    if len(tables) != 1 or r.lower(v.start - 1) not in ("called", "named", "of"):
        return None
    labels = r.lex.labels(next(iter(tables)))
    named = [o for o in owners if o[1] in labels]
    return named[0] if len(named) == 1 and len(labels) == 1 else None


def name_over_its_aliases(r: Reader, owners: list[tuple[str, str, str]]) -> tuple[str, str, str] | None:
    """"France" as `country.Name` and `country.LocalName`: other names of the same rows, so the
    table's own name column is meant. Any other column holding the value keeps it ambiguous."""
    tables = {t for t, _, _ in owners}
    if len(tables) != 1:
        return None
    labels = r.lex.labels(next(iter(tables)))
    named = [o for o in owners if o[1] in labels]
    others_are_names = all(r.lex.norm_words(c)[-1:] == ["name"] for _, c, _ in owners if c not in labels)
    return named[0] if len(named) == 1 and len(labels) == 1 and others_are_names else None
