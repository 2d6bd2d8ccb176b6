"""What the words after "how many" / "number of" name when they are not a table: the rows a stored
value names ("how many programmers", "how many Bulldogs"), or a column in a list ("name and number of
staff of the museums")."""
from __future__ import annotations

from typing import TYPE_CHECKING

from services.nl_to_sql.offline.coltypes import is_text
from services.nl_to_sql.offline.model import Col, Condition, Measure
from services.nl_to_sql.offline.render import literal

if TYPE_CHECKING:
    from services.nl_to_sql.offline.linking import Mention
    from services.nl_to_sql.offline.reader import Reader

AGGREGATES = {"average": "AVG", "avg": "AVG", "mean": "AVG", "total": "SUM", "sum": "SUM", "maximum": "MAX",
              "max": "MAX", "minimum": "MIN", "min": "MIN"}


def listed_column(r: Reader, i: int) -> bool:
    """"Name and number of staff of the museums", "whose number of staff": a column named "number of ..."."""
    m = r.mention(i)
    return m is not None and m.start == i and not m.tables and bool(set(m.columns) & m.exact) and \
        (r.lower(i - 1) in ("and", "whose", "their", "its") or r.lower(m.end) == "and" or
         r.lower(i - 1) == "by" and r.lower(i - 2) in ("sorted", "ordered", "sort", "order")) and \
        r.lower(r.prev(i)) not in AGGREGATES


def count_of_value(r: Reader, v: Mention) -> tuple[Measure, int] | None:
    """The rows "how many <value>s" counts: those of the value's table, or, when the value names
    a row of its table (a job title, a breed), the one table of people (else the one table) that
    refers to it."""
    table, column, value = v.values[0]
    counted = table
    if column in r.lex.labels(table):
        referring = {e.left_table for e in r.planner.edges if e.right_table == table and e.left_table != table}
        people = {t for t in referring if len(r.lex.labels(t)) == 2} or referring
        if len(people) != 1:
            return None
        counted = people.pop()
    r.q.conditions.append(Condition(Col(table, column), "=", literal(value)))
    return Measure("COUNT", counted, label=f"{r.short(counted)}_count"), v.end


def distinct_values(r: Reader, i: int) -> tuple[Measure, int] | None:
    """"How many product categories are there?": the different values of a text column no table is
    named by (said in the plural, the question ending there)."""
    m = r.mention(i)
    word = r.tokens[m.end - 1] if m is not None else None
    if m is None or m.tables or word is None or word.stem == word.lower or \
            r.next_meaningful(m.end) is not None and r.lower(r.next_meaningful(m.end)) not in ("are", "exist"):
        return None
    text = [c for c in m.columns if is_text(r.lex.column(*c))]
    if len(text) != 1:
        return None
    col = Col(*text[0])
    return Measure("COUNT", col.table, (col,), f"distinct_{col.column}".lower()), m.end
