"""A row against the row its own reference points at, on a column that is not a figure: "reps who
work in a different region than their manager", "employees at a different branch from their
manager", "agents with the same commission rate as their manager".

Recognised only as "a different <X> than / from [that of] their <reference>" or "the same <X> as
their <reference>", where <reference> is the rows' reference to their own table (`manager_id`,
declared or inferred) and <X> is a column of the rows or a table they refer to directly (the
branch: the same `branch_id`). Rows without a referenced row, or without a value, are left out:
the comparison is not true for them (as in the inner join of "X and their manager")."""
from __future__ import annotations

from typing import TYPE_CHECKING

from services.nl_to_sql.offline.coltypes import is_key_like
from services.nl_to_sql.offline.model import Col
from services.nl_to_sql.offline.selfjoin import self_column
from services.nl_to_sql.offline.versus import Versus

if TYPE_CHECKING:
    from services.nl_to_sql.offline.linking import Mention
    from services.nl_to_sql.offline.reader import Reader

_OWNER = ("their", "its", "his", "her")
_LINKS = {"different": ("than", "from", "to"), "same": ("as",)}


def _compared(r: Reader, m: Mention, entity: str) -> str | None:
    """The entity's column <X> names: its own column, or its reference to the table <X> names."""
    if m.tables and m.tables[0] != entity:
        refs = [e.left_columns[0] for e in r.planner.edges if e.left_table == entity
                and e.right_table == m.tables[0] and len(e.left_columns) == 1]
        return refs[0] if len(refs) == 1 else None
    own = [c for t, c in m.columns if t == entity and not is_key_like(c)]
    return own[0] if len(own) == 1 else None


def read_differs(r: Reader) -> None:
    entity = r.q.entity
    key = r.lex.key_of(entity) if entity else None
    if entity is None or key is None:
        return
    for i in range(len(r.tokens)):
        word = r.lower(i)
        if word not in _LINKS or i in r.used:
            continue
        what = r.mention(i + 1)
        if what is None or r.lower(what.end) not in _LINKS[word]:
            continue
        j = what.end + 1
        if r.lower(j) == "that" and r.lower(j + 1) == "of":
            j += 2                                    # "a different region from that of their manager"
        ref_m = r.mention(j + 1) if r.lower(j) in _OWNER else None
        ref = self_column(r, entity, ref_m.columns) if ref_m is not None and not ref_m.tables else None
        column = _compared(r, what, entity)
        if ref is None or ref_m is None or column is None or column == ref:
            continue
        start = i - (r.lower(i - 1) in ("a", "the", "an"))
        start -= start > 0 and r.lower(start - 1) in ("in", "at", "on", "with", "for", "of") and start - 1 not in r.used
        r.q.conditions.append(Versus(Col(entity, column), "=" if word == "same" else "<>", average=False,
                                     ref=(ref, key)))
        r.take(*range(start, ref_m.end))
        return
