"""Comparisons with a computed value: "drugs priced above the average price", "doctors earning more
than the average salary of their clinic", "... higher than their specialty's average", "doctors
who earn more than their supervisor"; and "the same <column> as <row>" (`read_same_as`).

Recognised only when a comparator is followed by "[the] average / mean" or by "their / its <x>":
- the average of all the rows (a scalar subquery), or of the rows sharing the row's <x> when
  "their <x>" names a column of the rows ("specialty") or a table they refer to directly
  ("clinic": the same `clinic_id`);
- "their <x>" without an average, where <x> is the rows' reference to their own table
  (`supervisor_id`): the referenced row's value of the same column.
The compared figure is the column named before the comparator (or by its verb: "earning",
"priced"; or its adjective: "cheaper"), and a column named after "average" must be the same one.
An average next to other conditions ("cardiology doctors earning above the average") is refused:
the average of all the rows, or of the ones the conditions keep?"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from services.nl_to_sql.offline.coltypes import is_date, is_key_like, is_numeric
from services.nl_to_sql.offline.conditions import comparator_at
from services.nl_to_sql.offline.linking import Mention
from services.nl_to_sql.offline.model import Col, Condition, cannot
from services.nl_to_sql.offline.normalise import root, verb_stems
from services.nl_to_sql.offline.render import ident, table_ref
from services.nl_to_sql.offline.selfjoin import self_column

if TYPE_CHECKING:
    from services.nl_to_sql.offline.reader import Reader
    from services.nl_to_sql.offline.render import Renderer

_AVERAGE = ("average", "avg", "mean")
_OWNER = ("their", "its", "his", "her")
_KINDS = {"cheaper": ("price", "cost", "fare"), "expensive": ("price", "cost", "fare"),
          "longer": ("distance", "length", "duration"), "shorter": ("distance", "length", "duration"),
          "heavier": ("weight",), "lighter": ("weight",), "taller": ("height",), "older": ("age",),
          "younger": ("age",)}
_SPLIT = {"more": ">", "higher": ">", "greater": ">", "larger": ">", "bigger": ">", "fewer": "<", "less": "<",
          "lower": "<", "smaller": "<"}


@dataclass
class Versus(Condition):
    """`col op` the average of the column (over all rows, or those sharing `partition`), or the
    value of the row `ref` (the rows' own key column it refers to) points at."""
    average: bool = True
    partition: tuple[str, ...] = ()
    ref: tuple[str, str] | None = None            # (referring column, referenced key)

    def render(self, rd: Renderer, scope: str = "") -> str:
        table, column = self.col.table, self.col.column
        inner = rd.alias(table, "_avg" if self.average else "_ref")
        value = f"{inner}.{ident(column)}"
        where = [f"{inner}.{ident(p)} = {rd.col(Col(table, p), scope)}" for p in self.partition]
        if self.ref is not None:
            where = [f"{inner}.{ident(self.ref[1])} = {rd.col(Col(table, self.ref[0]), scope)}"]
        sql = f"SELECT {'avg(' + value + ')' if self.average else value} FROM {table_ref(table)} {inner}"
        if where:
            sql += " WHERE " + " AND ".join(where)
        return f"{rd.col(self.col, scope)} {self.op} ({sql})"


def _left_column(r: Reader, i: int) -> tuple[Col, int] | None:
    """The figure before the comparator: a named column, a verb naming one ("earning", "priced"), or
    the comparator's adjective ("cheaper than")."""
    entity = r.q.entity
    if entity is None:
        return None
    word = r.lower(i + 1) if r.lower(i) == "more" and r.lower(i + 1) == "expensive" else r.lower(i)
    if word in _KINDS:
        col = r.entity_column(_KINDS[word])
        return (col, i) if col is not None else None
    j = i - 1
    while j >= 0 and r.lower(j) in ("is", "are", "was", "were", "be"):
        j -= 1
    m = next((m for m in r.mentions if m.end == j + 1 and m.start not in r.used), None)
    if m is not None and m.columns:
        own = [c for c in m.columns if c[0] == entity and _figure(r, c)]
        return (Col(*own[0]), m.start) if len(own) == 1 else None
    if j < 0 or j in r.used or r.tokens[j].kind != "word":
        return None
    said = {root(r.lower(j))} | set(verb_stems(r.lower(j)))
    named = [c.name for c in r.lex.table(entity).columns if _figure(r, (entity, c.name))
             and root(r.lex.norm_words(c.name)[-1].lower()) in said]
    return (Col(entity, named[0]), j) if len(named) == 1 else None


def _split_comparator(r: Reader, i: int) -> tuple[Col, str, int] | None:
    """"more seats than", "fewer credits than": (the column, the operator, the index after "than")."""
    if r.lower(i) not in _SPLIT or i in r.used or r.q.entity is None:
        return None
    m = r.mention(i + 1)
    own = [c for c in m.columns if c[0] == r.q.entity and _figure(r, c)] if m is not None else []
    if m is None or len(own) != 1 or r.lower(m.end) != "than":
        return None
    return Col(*own[0]), _SPLIT[r.lower(i)], m.end + 1


def _right_column(r: Reader, j: int) -> tuple[Col, int] | None:
    """"Payments above the average payment amount": the figure named only after "average"."""
    if r.lower(j) not in _AVERAGE or r.q.entity is None:
        return None
    m = r.mention(j + 1)
    if m is not None and m.tables[:1] == [r.q.entity]:
        m = r.mention(m.end)
    own = [c for c in m.columns if c[0] == r.q.entity and _figure(r, c)] if m is not None else []
    return (Col(*own[0]), j) if len(own) == 1 else None


def _figure(r: Reader, c: tuple[str, str]) -> bool:
    return is_numeric(r.lex.column(*c)) and not is_key_like(c[1])


def _partition(r: Reader, m: Mention, entity: str) -> tuple[str, ...] | None:
    """The rows an average is taken among: those with the same <column>, or referring to the same
    row of a table they refer to directly."""
    if m.tables and m.tables[0] != entity:
        edges = [e for e in r.planner.edges if e.left_table == entity and e.right_table == m.tables[0]]
        return edges[0].left_columns if len(edges) == 1 else None
    own = [c for c in m.columns if c[0] == entity and not is_numeric(r.lex.column(*c)) or c[0] == entity
           and is_key_like(c[1])]
    return (own[0][1],) if len(own) == 1 and self_column(r, entity, m.columns) is None else None


def _average_of(r: Reader, k: int, col: Col) -> tuple[int, bool]:
    """After "average": an optional column (the compared one) or the rows' own table; returns the
    index after them and whether anything was named that is not the compared column."""
    m = r.mention(k)
    if m is None:
        return k, False
    if m.tables[:1] == [col.table]:
        nxt = r.mention(m.end)
        if nxt is not None and nxt.columns and not nxt.tables:
            return nxt.end, (col.table, col.column) not in nxt.columns   # "the average payment amount"
        return m.end, False                           # "the average drug": of all of them
    if m.columns:
        same = (col.table, col.column) in m.columns
        return m.end, not same
    return k, False


def _before_referenced(r: Reader, i: int) -> bool:
    """"Employees hired before their manager": a date of the row against the referenced row's."""
    entity, key = r.q.entity, r.lex.key_of(r.q.entity) if r.q.entity else None
    if entity is None or key is None or r.lower(i) not in ("before", "after") or r.lower(i + 1) not in _OWNER:
        return False
    ref_m, date_m = r.mention(i + 2), next((m for m in r.mentions if m.end == i and m.start not in r.used), None)
    ref = self_column(r, entity, ref_m.columns) if ref_m is not None and not ref_m.tables else None
    dates = [c for c in date_m.columns if c[0] == entity and is_date(r.lex.column(*c))] if date_m else []
    if ref is None or date_m is None or len(dates) != 1:
        return False
    col = Col(*dates[0])
    r.q.conditions.append(Versus(col, "<" if r.lower(i) == "before" else ">", average=False, ref=(ref, key)))
    r.take(*range(date_m.start, ref_m.end))
    if not r.q.measures:
        r.q.projection.append(col)
        r.q.identify = True
    return True


def read_versus(r: Reader) -> None:
    for i in range(len(r.tokens)):
        if i in r.used:
            continue
        if _before_referenced(r, i):
            return
        split = _split_comparator(r, i)               # "more seats than the average"
        cmp = comparator_at(r, i) if split is None else (split[1], split[2] - i)
        if cmp is None:
            continue
        op, width = cmp
        j = i + width + (r.lower(i + width) == "the")
        if r.lower(j) not in (*_AVERAGE, *_OWNER):
            continue
        left = (split[0], i) if split is not None else _left_column(r, i) or _right_column(r, j)
        if left is None:
            said = " ".join(t.text for t in r.tokens[j:j + 3])
            raise cannot(f"I could not tell which figure is compared with '{said}'.",
                         "Name the column before the comparison, e.g. '<rows> with a <column> above the average'.",
                         r.reading())
        col, start = left
        found = _read_right(r, j, col)
        if found is None:
            continue
        cond, end = found
        cond.op = op
        r.q.conditions.append(cond)
        r.take(*range(min(start, i), end))
        if not r.q.measures and col not in r.q.projection:
            r.q.projection.append(col)                # the figure compared is shown
            r.q.identify = True
        return


def _read_right(r: Reader, j: int, col: Col) -> tuple[Versus, int] | None:
    entity = col.table
    if r.lower(j) in _AVERAGE:
        k, other = _average_of(r, j + 1, col)
        if other:
            raise cannot("The question compares one column with the average of another.",
                         "Compare a column with its own average, e.g. 'salary above the average salary'.",
                         r.reading())
        if r.lower(k) in ("of", "in", "for", "among", "across", "within") and r.lower(k + 1) in _OWNER:
            m = r.mention(k + 2)
            part = _partition(r, m, entity) if m is not None else None
            if m is None or part is None:
                return None
            return Versus(col, "", average=True, partition=part), m.end
        if r.lower(k) in ("of", "for") and r.lower(k + 1) == "all" and (m := r.mention(k + 2)) is not None \
                and m.tables[:1] == [entity]:
            k = m.end                                 # "the average of all drugs"
        return Versus(col, "", average=True), k
    m = r.mention(j + 1)
    if m is None:
        return None
    after = m.end
    if r.lower(after) in _AVERAGE:                    # "their specialty's average [salary]"
        part = _partition(r, m, entity)
        k, other = _average_of(r, after + 1, col)
        if part is None or other:
            return None
        return Versus(col, "", average=True, partition=part), k
    ref = self_column(r, entity, m.columns)
    key = r.lex.key_of(entity)
    if ref is None or key is None or m.tables:
        return None
    if r.mention(after) is not None and (col.table, col.column) in r.mention(after).columns:
        after = r.mention(after).end                  # "their supervisor's salary"
    return Versus(col, "", average=False, ref=(ref, key)), after


def finish(r: Reader) -> None:
    """An average next to other conditions: of all the rows, or of those the conditions keep?"""
    averages = [c for c in r.q.conditions if isinstance(c, Versus) and c.average]
    others = [c for c in r.q.conditions if not isinstance(c, Versus)]
    if averages and (others or r.q.related):
        said = " ".join(r.lex.norm_words(averages[0].col.column)).lower()
        raise cannot(f"I can't tell whether the average {said} is of all the {r.said(averages[0].col.table)} or only "
                     "of those the other conditions keep.",
                     f"Ask with one condition, or compare with a number (e.g. '{said} above 100').", r.reading())
    overall = [c for c in averages if not c.partition]
    if overall and (r.q.groups or r.q.top_group is not None):   # "... above the average fee per doctor"
        said = " ".join(r.lex.norm_words(overall[0].col.column)).lower()
        raise cannot(f"I can't tell whether the average {said} is of all the {r.said(overall[0].col.table)} or of "
                     "each group's own.",
                     f"Say 'above the average {said} of their <group>' for each group's own average, or ask "
                     "without the grouping.", r.reading())


@dataclass
class SameAs(Condition):
    """`col` equal to the same column of one other row, that row left out: "employees with the same
    job as employee 101"."""
    key: str = ""
    row: str = ""                                     # the other row's key, an SQL literal

    def render(self, rd: Renderer, scope: str = "") -> str:
        table, inner = self.col.table, rd.alias(self.col.table, "_same")
        other = f"SELECT {inner}.{ident(self.col.column)} FROM {table_ref(table)} {inner} " \
                f"WHERE {inner}.{ident(self.key)} = {self.row}"
        return f"({rd.col(self.col, scope)} = ({other}) AND {rd.col(Col(table, self.key), scope)} <> {self.row})"


def read_same_as(r: Reader) -> None:
    """"the same <column, or table the rows refer to> as <entity> <key>": the entity's column equal
    to that row's (`e.job_id = (SELECT job_id ... WHERE employee_id = 101)`), the row itself left out."""
    entity = r.q.entity
    key = r.lex.key_of(entity) if entity else None
    for i in range(len(r.tokens)):
        if i in r.used or r.lower(i) != "same" or entity is None or key is None:
            continue
        what = r.mention(i + 1)
        if what is None or r.lower(what.end) != "as":
            continue
        row = r.mention(what.end + 1 + (r.lower(what.end + 1) == "the"))
        n = row.end if row is not None else -1
        if row is None or row.tables[:1] != [entity] or r.number(n) is None:
            continue
        own = [c for t, c in what.columns if t == entity and not is_key_like(c)] or \
            [e.left_columns[0] for e in r.planner.edges if e.left_table == entity and e.right_table in what.tables
             and len(e.left_columns) == 1]
        if len(own) != 1:
            continue
        value = r.tokens[n].text
        literal = value if is_numeric(r.lex.column(entity, key)) else "'" + value.replace("'", "''") + "'"
        r.q.conditions.append(SameAs(Col(entity, own[0]), "=", None, key=key, row=literal))
        r.take(*range(i - (r.lower(i - 1) == "the"), n + 1))
        return


@dataclass
class AtExtreme(Condition):
    """`col` = its lowest (or highest) value over all rows: "festivals in the earliest year" are all
    the festivals of that year, however many share it."""
    highest: bool = False

    def render(self, rd: Renderer, scope: str = "") -> str:
        inner = rd.alias(self.col.table, "_ext")
        value = f"{'max' if self.highest else 'min'}({inner}.{ident(self.col.column)})"
        return f"{rd.col(self.col, scope)} = (SELECT {value} FROM {table_ref(self.col.table)} {inner})"


_EXTREMES = {"earliest": False, "first": False, "oldest": False, "latest": True, "last": True, "newest": True,
             "most recent": True}


def read_at_extreme(r: Reader) -> None:
    """"in the earliest year", "on the latest date": the rows at that date or year of their own."""
    entity = r.q.entity
    for i in range(len(r.tokens) - 3):
        if entity is None or r.lower(i) not in ("in", "on", "during") or r.lower(i + 1) != "the" or \
                any(k in r.used for k in range(i, i + 3)):
            continue
        two = f"{r.lower(i + 2)} {r.lower(i + 3)}"
        word, width = (two, 2) if two in _EXTREMES else (r.lower(i + 2), 1)
        m = r.mention(i + 2 + width)
        if word not in _EXTREMES or m is None or m.tables:
            continue
        own = [c for c in m.columns if c[0] == entity and (is_date(r.lex.column(*c)) or c[1].lower() == "year")]
        if len(own) == 1:
            r.q.conditions.append(AtExtreme(Col(*own[0]), "=", None, highest=_EXTREMES[word]))
            r.take(*range(i, m.end))
