"""Rows a keyless table names but may hold more than once: `river (river_name, length, traverse)`
has no declared key, is identified only by its text name, and refers to another table (the state it
flows through), so a river can be one row per state. Counting, adding up or listing such rows without
fixing that reference ("how many rivers", "rivers longer than 1500", "the area of Lake Erie") counts
or shows a river once per state, or once: both readings are plausible and the schema cannot tell,
so the question is refused naming them. A condition on the reference ("rivers in Texas"), a group
by it ("per state"), a single top row ("the longest river") and MIN / MAX are the same either way,
and so is a list of the rows' own columns with their name, or of one named row, shown once each
("what is the area of Lake Erie?": `SELECT DISTINCT area`); a list showing the reference is per it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from services.nl_to_sql.offline.coltypes import is_text
from services.nl_to_sql.offline.model import Col, cannot

if TYPE_CHECKING:
    from services.nl_to_sql.offline.reader import Reader

_FIXING = ("=", "IEQ", "IN")
_DISTINCT = ("distinct", "different", "unique")   # risks.DISTINCT_WORDS would import in a circle


def repeated_by(r: Reader, table: str) -> tuple[str, str, str] | None:
    """(the table's text name key, the column referring to another table, that table) when the table's rows are
    identified by nothing the database guarantees and may repeat once per referenced row."""
    t = r.lex.table(table)
    key = r.lex.key_of(table)
    if t.primary_key or key is None or not is_text(r.lex.column(table, key)) or key not in r.lex.labels(table):
        return None                               # a declared key, or a code or id column named as one
    refs = sorted({(e.left_columns[0], e.right_table) for e in r.planner.edges
                   if e.left_table == table and len(e.left_columns) == 1 and e.left_columns[0] != key})
    return (key, *refs[0]) if refs else None


def _fixed(r: Reader, table: str, ref: str, referenced: str) -> bool:
    q = r.q
    if any(c.col.table == table and c.col.column == ref and c.op in _FIXING for c in q.conditions) or \
            any(c == Col(table, ref) or c.table == referenced for c in q.projection):
        return True
    groups = q.groups + ([q.top_group] if q.top_group else [])
    return any(g.table == table and g.column == ref or g.table != table and g.column is None for g in groups)


def check_repeated_rows(r: Reader) -> None:
    q = r.q
    if q.order is not None and q.limit == 1 and not q.offset:
        return                                    # the single top row is the same row either way
    tables = [m.table for m in q.measures if m.agg not in ("MIN", "MAX") and not (m.agg == "COUNT" and m.cols)]
    if not q.measures and q.entity is not None:
        tables.append(q.entity)
    for table in dict.fromkeys(tables):
        found = repeated_by(r, table)
        if found is None or _fixed(r, table, found[1], found[2]):
            continue
        key, ref, _ = found
        counted = [m for m in q.measures if m.agg == "COUNT" and not m.cols and m.table == table]
        if counted and len(q.measures) == 1 and any(t.lower in _DISTINCT for t in r.tokens):
            counted[0].cols = (Col(table, key),)  # "how many different rivers": count(DISTINCT river_name)
            continue
        named = any(c.col == Col(table, key) and c.op in _FIXING for c in q.conditions)
        if not q.measures and q.projection and all(c.table == table for c in q.projection) and q.order is None \
                and q.limit is None and (named or Col(table, key) in q.projection):
            q.distinct = True                     # "the area of Lake Erie": the asked-for values, each once,
            continue                              # are the answer whichever way the rows repeat
        raise cannot(f"{table} has no declared key and refers to another table by {ref}, so one {key} may "
                     f"be stored once per {ref}: I can't tell whether each {key} is meant once or once per "
                     f"{ref}.", f"Name one {ref} (e.g. '... in <{ref}>'), ask 'per {ref}', or configure an "
                     "LLM provider.", r.reading())
