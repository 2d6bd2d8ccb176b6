"""The query model the reader fills and the renderer turns into SQL: what is counted or
measured, per what, under which conditions, in which order. Tables are schema keys, columns
their real names; nothing here is SQL text except the literals of conditions."""
from __future__ import annotations

from dataclasses import dataclass, field

from contracts.errors import ErrorCode, ServiceError


def cannot(message: str, suggestion: str, reading: str | None = None) -> ServiceError:
    details = {"reading": reading} if reading else None
    return ServiceError(ErrorCode.CANNOT_ANSWER, message, suggestion=suggestion, details=details)


@dataclass(frozen=True)
class Col:
    table: str
    column: str


@dataclass
class Measure:
    agg: str                                  # COUNT, SUM, AVG, MIN, MAX
    table: str                                # the table whose rows are aggregated
    cols: tuple[Col, ...] = ()                # one column, two multiplied (quantity * price), none: rows
    label: str = "value"
    per: str | None = None                    # two-level: aggregate of per-<per> sums ("average order value")
    inner: str = "SUM"                        # the per-row aggregate of a two-level measure
    share: list[Condition] | None = None      # a percentage: the share of rows meeting these
    needs_per: bool = False                   # an average of counts or sums: "per <table>" must follow
    minus: Col | None = None                  # a duration: cols[0] - minus ("length of stay" in days)
    unit: str | None = None                   # the duration's unit (spans.py): None, days of dates
    age: bool = False                         # cols[0] is a birth date: the age in whole years


@dataclass
class Condition:
    col: Col
    op: str                                   # = < > <= >= <> BETWEEN IEQ (case-blind =) IS NULL ...
    value: str | None = None                  # an SQL literal (already quoted), None for IS [NOT] NULL


@dataclass
class Related:
    """A condition on how many rows of `target` each `entity` row has ("without orders",
    "more than 8 orders")."""
    entity: str
    target: str
    op: str
    n: int
    conditions: list[Condition] = field(default_factory=list)   # on the counted rows ("orders in 2025")
    fixed: bool = False                       # its conditions came with it ("both a gym and a pool")


@dataclass
class Group:
    table: str
    column: str | None = None                 # None: the table's rows (key and label columns)
    bucket: str | None = None                 # day/week/month/quarter/year of a date column
    via: str | None = None                    # reached through this table ("per student department")


@dataclass
class Query:
    entity: str | None = None
    measures: list[Measure] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    conditions: list[Condition] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)
    having: list[tuple[Measure, str, str]] = field(default_factory=list)
    projection: list[Col] = field(default_factory=list)
    order: tuple[Measure | Col, bool] | None = None     # (what, descending)
    limit: int | None = None
    offset: int = 0                           # "the second largest": the ranked rows after the first
    distinct: bool = False
    identify: bool = False                    # show the entity's key and label columns
    bare: bool = False                        # "only the names": no key and label columns added
    top_group: Group | None = None            # the top `limit` rows by `order` within each of these groups
    with_empty: bool = False                  # "including hotels with none": a group without rows counts 0
    self_ref: tuple[str, ...] = ()            # a key column of the entity's table referring to that table
    #                                           ("doctors and their supervisors"): shown by its labels

    def tables(self) -> list[str]:
        out = [self.entity] if self.entity else []
        for m in self.measures + [h[0] for h in self.having]:
            out += [m.table] + [c.table for c in m.cols] + [c.col.table for c in m.share or []]
            if m.per:
                out.append(m.per)
        out += [g.table for g in self.groups + ([self.top_group] if self.top_group else [])]
        out += [c.col.table for c in self.conditions]
        out += [c.table for c in self.projection]
        if isinstance(self.order[0] if self.order else None, Col):
            out.append(self.order[0].table)
        return list(dict.fromkeys(t for t in out if t))
