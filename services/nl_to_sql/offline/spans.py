"""The length of a row's span between two of its dates, in the unit the question asks for.

Two dates subtract to whole days in PostgreSQL; two timestamps (or a timestamp and a date) to an
interval. "in minutes", "in hours", "how many days" ask for a number: the interval's seconds
divided by the unit's, or the days multiplied out. A span of timestamps without a unit stays an
interval (the executor returns it as ISO-8601 text, "P1DT2H30M"), never a number in a unit the
question did not name; a comparison with a number of units ("lasted more than 90 minutes") always
has one."""
from __future__ import annotations

from typing import TYPE_CHECKING

from services.nl_to_sql.offline.model import Col, Group, Measure
from services.nl_to_sql.offline.normalise import root

if TYPE_CHECKING:
    from services.nl_to_sql.offline.linking import Lexicon
    from services.nl_to_sql.offline.reader import Reader

SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}
_PLURALS = {"seconds": "second", "secs": "second", "minutes": "minute", "mins": "minute", "hours": "hour",
            "hrs": "hour", "days": "day", "weeks": "week"}


def unit_word(word: str) -> str | None:
    """"minutes" -> "minute"; None when the word is no unit of time."""
    w = word.lower()
    return w if w in SECONDS else _PLURALS.get(w) or (root(w) if root(w) in SECONDS else None)


def unit_after(r: Reader, end: int) -> tuple[str | None, int]:
    """"in minutes" / ", in hours" / "in whole days" at `end`: (the unit, where the phrase ends)."""
    at = end + (r.tokens[end:end + 1] != [] and r.tokens[end].text == ",")
    if r.lower(at) != "in":
        return None, end
    word = at + 1 + (r.lower(at + 1) == "whole")
    unit = unit_word(r.lower(word)) if r.tokens[word:word + 1] else None
    return (unit, word + 1) if unit is not None else (None, end)


def asked_unit(r: Reader) -> tuple[str | None, list[int]]:
    """The unit a question asks its span in anywhere: "in minutes" or "how many hours"; its tokens."""
    for i in range(len(r.tokens) - 1):
        if i in r.used:
            continue
        if r.lower(i) == "in" and (unit := unit_word(r.lower(i + 1))) is not None and i + 1 not in r.used:
            return unit, [i, i + 1]
        if r.lower(i) == "how" and r.lower(i + 1) == "many" and (unit := unit_word(r.lower(i + 2))) is not None:
            return unit, [i, i + 1, i + 2]
    return None, []


def is_timed(lex: Lexicon, *cols: Col) -> bool:
    """Whether a span of these columns is an interval (one of them holds a time of day)."""
    return any("timestamp" in lex.column(c.table, c.column).type.lower() for c in cols)


def span_sql(end: str, start: str, timed: bool, unit: str | None) -> str:
    """The SQL of `end` - `start`: days of two dates, seconds over the unit's of timestamps."""
    if not timed:
        days = f"({end} - {start})"
        if unit in (None, "day"):
            return days
        return f"{days} * {SECONDS['day'] // SECONDS[unit]}" if SECONDS[unit] < SECONDS["day"] else f"{days} / 7.0"
    if unit is None:
        return f"({end} - {start})"
    return f"extract(epoch FROM {end} - {start}) / {SECONDS[unit]}"


def span_measure(r: Reader, agg: str, pair: tuple[Col, Col], unit: str | None) -> Measure:
    """`agg` of the span between a table's start and end dates, named by its unit."""
    start, end = pair
    unit_name = f"{unit}s" if unit else "duration" if is_timed(r.lex, start, end) else "days"
    return Measure(agg, start.table, (end,), f"{agg.lower()}_{unit_name}", minus=start, unit=unit)


def rank_by_span(r: Reader, pair: tuple[Col, Col], longest: bool, unit: str | None) -> None:
    """The rows ranked by their own span ("the longest admission", "took the longest to deliver")."""
    measure = span_measure(r, "SUM", pair, unit)      # a group of one row: its own span
    r.add_measure(measure)
    r.q.groups.append(Group(pair[0].table))
    r.q.order, r.q.limit = (measure, longest), r.q.limit or 1
