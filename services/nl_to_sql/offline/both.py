"""Rows with both of two stored values among their related rows: "apartments that have both a gym and
a pool", "customers with both a car and a property policy", "guests with both confirmed and
provisional bookings". One related row never holds both, so each value is its own EXISTS."""
from __future__ import annotations

from typing import TYPE_CHECKING

from services.nl_to_sql.offline.model import Col, Condition, Related
from services.nl_to_sql.offline.render import literal

if TYPE_CHECKING:
    from services.nl_to_sql.offline.linking import Mention
    from services.nl_to_sql.offline.reader import Reader

_ARTICLES = ("a", "an", "the")
_HAVING = ("have", "has", "had", "with")


def read_both(r: Reader) -> None:
    entity = r.q.entity
    if entity is None:
        return
    for t in r.tokens:
        if t.lower != "both" or t.index in r.used:
            continue
        first = r.value(t.index + 1 + (r.lower(t.index + 1) in _ARTICLES))
        if first is None or r.lower(first.end) != "and":
            continue
        second = r.value(first.end + 1 + (r.lower(first.end + 1) in _ARTICLES))
        held = _one_column(first, second)
        if second is None or held is None or held[0] == entity:
            continue
        table, column, values = held
        end = second.end
        named = r.mention(end)
        if named is not None and named.tables[:1] == [table]:
            end = named.end                           # "a property policy"
        for value in values:
            r.q.related.append(Related(entity, table, ">=", 1, [Condition(Col(table, column), "=", literal(value))],
                                       fixed=True))
        start = t.index - (r.lower(t.index - 1) in _HAVING)
        while (before := next((m for m in r.mentions if m.end == start and m.start not in r.used and (
                m.tables[:1] == [table] or (table, column) in m.columns)), None)) is not None:
            start = before.start                      # "cartoons directed by both ...": the values' own words
        r.take(*range(start, end))


def _one_column(first: Mention, second: Mention | None) -> tuple[str, str, tuple[str, str]] | None:
    """The one column holding both values, and the two values as stored."""
    if second is None:
        return None
    shared = {(t, c) for t, c, _ in first.values} & {(t, c) for t, c, _ in second.values}
    if len(shared) != 1:
        return None
    table, column = shared.pop()
    a = next(v for t, c, v in first.values if (t, c) == (table, column))
    b = next(v for t, c, v in second.values if (t, c) == (table, column))
    return (table, column, (a, b)) if a != b else None
