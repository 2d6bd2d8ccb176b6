"""Columns that hold whole years rather than dates: an integer `year`, `open_year`, `year_awarded`,
a numeric `first_elected` (1994.0), or text whose stored values are all years (`creation` '1789')."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from services.nl_to_sql.offline.coltypes import is_numeric, is_text

if TYPE_CHECKING:
    from services.nl_to_sql.offline.reader import Reader

# a number named by one of these participles is the year it happened (`first_elected`, `year_founded`)
_WHEN = {"elected", "founded", "established", "created", "opened", "built", "born", "started", "joined",
         "launched", "released", "formed", "constructed", "introduced", "acquired", "hired", "published",
         "appointed", "awarded", "produced", "debuted", "incorporated", "inaugurated", "retired"}
_YEAR = re.compile(r"[12]\d{3}")


def holds_years(r: Reader, table: str, column: str) -> bool:
    col = r.lex.column(table, column)
    words = [w.lower() for w in r.lex.norm_words(column)]
    if is_numeric(col):
        return "year" in words or words[-1] in _WHEN
    values = r.hints.get((table, column), [])
    return is_text(col) and bool(values) and all(_YEAR.fullmatch(v.strip()) for v in values)


def year_column_of(r: Reader, table: str) -> str | None:
    """The one column of `table` holding years (of several, the one named `year`), else None."""
    years = [c.name for c in r.lex.table(table).columns if holds_years(r, table, c.name)]
    plain = [c for c in years if c.lower() == "year"]
    return years[0] if len(years) == 1 else plain[0] if len(plain) == 1 else None


def year_literal(r: Reader, table: str, column: str, year: int | str) -> str:
    """A year as the column compares it: 2019, or '2019' for a text column of years."""
    return f"'{year}'" if is_text(r.lex.column(table, column)) else str(year)
