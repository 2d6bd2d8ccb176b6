"""How often a row took part in an event: "tickets transferred more than once", "dogs treated at
least twice", "customers who ordered 3 or more times": a count of the rows the verb names (its
table refers to the question's rows), as "tickets with more than 1 transfer"."""
from __future__ import annotations

from typing import TYPE_CHECKING

from contracts.errors import ServiceError
from services.nl_to_sql.offline.model import Related

if TYPE_CHECKING:
    from services.nl_to_sql.offline.reader import Reader

_TIMES = {"once": 1, "twice": 2, "thrice": 3}
_BOUNDS = {("more", "than"): ">", ("at", "least"): ">=", ("over",): ">", ("fewer", "than"): "<", ("less", "than"): "<"}
_BETWEEN = {"been", "was", "were", "got", "get", "the", "a", "an"}


def _count_at(r: Reader, i: int) -> tuple[str, int, int] | None:
    """(operator, number, end) of "more than once", "at least 3 times", "3 or more times" at token i."""
    for words, op in _BOUNDS.items():
        if tuple(r.lower(i + k) for k in range(len(words))) != words:
            continue
        j = i + len(words)
        if r.lower(j) in _TIMES:
            return op, _TIMES[r.lower(j)], j + 1
        if r.tokens[j:j + 1] and r.tokens[j].kind == "number" and r.lower(j + 1) == "times":
            return op, int(float(r.tokens[j].text)), j + 2
    if r.tokens[i].kind == "number" and r.lower(i + 1) == "or" and r.lower(i + 2) == "more" and \
            r.lower(i + 3) == "times":
        return ">=", int(float(r.tokens[i].text)), i + 4
    return None


def read_times(r: Reader) -> None:
    entity = r.q.entity
    if entity is None:
        return
    for i in range(len(r.tokens)):
        found = _count_at(r, i) if i not in r.used else None
        if found is None:
            continue
        j = i - 1
        while j >= 0 and r.lower(j) in _BETWEEN:
            j -= 1
        verb = next((m for m in r.mentions if m.end == j + 1 and m.tables and m.start not in r.used), None)
        target = r.related_target(verb) if verb is not None else None
        if target is None:
            continue
        try:
            if not r.planner.plan(entity, [target]).fans_out:
                continue                              # each row has one: no count of it
        except ServiceError:
            continue
        op, n, end = found
        r.q.related.append(Related(entity, target, op, n))
        r.take(*range(verb.start, verb.end), *range(i, end))
        return
