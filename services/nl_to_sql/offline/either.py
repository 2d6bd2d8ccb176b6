"""OR of two conditions: "students older than 22 or younger than 17", "organisations on the starter
plan or based in Ireland". Read last, when the question's one unread word is "or" and it has
exactly two conditions on the same table; a date range read from one phrase ("in 2024": from and
before) stays a range."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from services.nl_to_sql.offline.model import Condition

if TYPE_CHECKING:
    from services.nl_to_sql.offline.reader import Reader
    from services.nl_to_sql.offline.render import Renderer


@dataclass
class AnyOf(Condition):
    """(a OR b) of two conditions on one table."""
    either: list[Condition] = field(default_factory=list)

    def render(self, rd: Renderer, scope: str = "") -> str:
        return "(" + " OR ".join(rd.condition(c, scope) for c in self.either) + ")"


def _bound(value: str | None) -> str:
    return (value or "").replace("DATE ", "").strip("'")


def _one_range(a: Condition, b: Condition) -> bool:
    """`>= 2024-01-01` and `< 2025-01-01` of one column: one phrase's range, not two alternatives."""
    if a.col != b.col or {a.op, b.op} not in ({">=", "<"}, {">", "<"}, {">=", "<="}, {">", "<="}):
        return False
    low, high = (a, b) if a.op.startswith(">") else (b, a)
    lo, hi = _bound(low.value), _bound(high.value)
    try:
        return float(lo) < float(hi)
    except ValueError:
        return lo < hi


def read_or(r: Reader) -> None:
    ors = [t.index for t in r.tokens if t.lower == "or" and t.index not in r.used]
    q = r.q
    if len(ors) != 1 or len(q.conditions) != 2 or q.related or q.having:
        return
    a, b = q.conditions
    if a.col.table != b.col.table or _one_range(a, b):
        return
    q.conditions = [AnyOf(a.col, "OR", None, either=[a, b])]
    r.take(ors[0])
