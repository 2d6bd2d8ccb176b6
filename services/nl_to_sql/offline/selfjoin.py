"""A table joined to itself through a key column that refers to the same table (`manager_id`,
`supervisor_id`, declared or inferred): "doctors and their supervisors' names", "each employee's
manager", "number of employees per manager".

Recognised only when the column is named right after "their / its / and / with" (or the rows'
own name) for a list, or after "per / by / for each" for a figure; the referenced rows are joined
as a second copy of the table (an inner join: rows without one are left out, as "X and their Y"
pairs are) and shown by their label columns, or grouped by their key and labels."""
from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from services.nl_to_sql.offline.model import Col, Condition, Query, cannot
from services.nl_to_sql.offline.normalise import Token, root, verb_stems
from services.nl_to_sql.offline.planner import Plan
from services.nl_to_sql.offline.render import ident, literal, table_ref

if TYPE_CHECKING:
    from services.nl_to_sql.offline.reader import Reader
    from services.nl_to_sql.offline.render import Renderer

_BEFORE_LIST = ("their", "its", "his", "her", "and", "with")
_BEFORE_GROUP = ("per", "by", "each", "every")
_ANYONE = ("nobody", "noone", "no", "anyone", "anybody", "someone", "somebody")
_ABOUT_THEM = ("living", "who", "that", "with", "from", "in", "whose", "at", "based", "working", "on", "of", "older",
               "younger", "born", "having", "named", "called")
SCOPE = "_ref"


def self_column(r: Reader, table: str, columns: list[tuple[str, str]]) -> str | None:
    """The one column of `columns` that is `table`'s reference to its own rows."""
    own = [c for t, c in columns if t == table and any(
        e.left_table == table == e.right_table and e.left_columns == (c,) for e in r.planner.edges)]
    return own[0] if len(own) == 1 else None


def read_self_ref(r: Reader) -> None:
    entity = r.q.entity or (r.q.measures[0].table if r.q.measures else None)   # "average salary per manager"
    if entity is None:
        return
    for m in r.mentions:
        if m.start in r.used or not m.columns or m.tables:
            continue
        column = self_column(r, entity, m.columns)
        before = r.lower(m.start - 1)
        if column is None:
            continue
        named_before = any(x.end == m.start and x.tables[:1] == [entity] for x in r.mentions)
        plural = r.tokens[m.end - 1].lower != r.tokens[m.end - 1].stem
        if m.start == r.next_meaningful(0) and plural and (entity, column) not in m.exact and not r.q.measures:
            said = m.text(r.tokens).lower()                 # "managers and their employees": the referenced rows
            raise cannot(f"'{said}' are {r.said(entity)} that others refer to by {column}; I only join "
                         f"{r.said(entity)} to themselves for '{r.said(entity)} and their {said}'.",
                         f"Ask e.g. '{r.said(entity)} and their {said}' or 'number of {r.said(entity)} per "
                         f"{said}'.", r.reading())
        if r.q.measures and before in _BEFORE_GROUP:
            start = m.start - 1 - (r.lower(m.start - 2) in ("for", "in") and before in ("each", "every"))
        elif not r.q.measures and (before in _BEFORE_LIST or named_before):
            start = m.start - (before in ("their", "its", "his", "her")) - (r.lower(m.start - 2) in ("and", "with"))
            if named_before and r.lower(m.start - 2) in ("each", "every"):
                start = m.start - 2                   # "each employee's manager": every employee
        else:
            continue
        end, shown = m.end, []
        after = r.mention(end)
        if r.tokens[end:end + 1] and r.tokens[end].stem == "name" and not r.q.measures:
            end += 1                                  # "their managers' names": the labels, shown anyway
        elif after is not None and after.columns and not r.q.measures:
            own = [c for t, c in after.columns if t == entity]
            if len(own) != 1:
                raise cannot(f"'{after.text(r.tokens)}' is not a column of {r.said(entity)}.",
                             f"Name a column of {r.said(entity)}.", r.reading())
            shown, end = own, after.end               # "their managers' salaries": the managers'
        r.q.entity = entity
        r.q.self_ref = (column, *shown)
        r.take(*range(max(start, 0), end))
        if named_before and start < m.start - 1:
            r.take(m.start - 1)
        return


def _edge_key(rd: Renderer, q: Query) -> tuple[str, str]:
    entity = q.entity
    assert entity is not None
    edge = next(e for e in rd.planner.edges if e.left_table == entity == e.right_table
                and e.left_columns == q.self_ref[:1])
    return edge.left_columns[0], edge.right_columns[0]


def render(rd: Renderer, q: Query) -> str:
    entity = q.entity
    assert entity is not None
    fk, key = _edge_key(rd, q)
    labels = rd.lex.labels(entity)
    if not labels and not q.measures:
        raise cannot(f"I don't know which columns name a row of {entity}.", "Ask for the key column instead.")
    needed = [c.col.table for c in q.conditions] + [c.table for c in q.projection]
    if any(m.table != entity or m.per or m.share is not None for m in q.measures) or q.groups or q.having:
        raise cannot("A figure of another table per referenced row is not supported offline.",
                     "Ask for the figure of the rows themselves, e.g. 'number of <rows> per <column>'.")
    plan = rd.planner.plan(entity, needed)
    ref = rd.alias(entity, SCOPE)
    join = f"JOIN {table_ref(entity)} {ref} ON {ref}.{ident(key)} = {rd.col(Col(entity, fk))}"
    said = "_".join(w.lower() for w in rd.lex.norm_words(fk)[:-1]) or "ref"
    if q.measures:
        shown = [f"{ref}.{ident(key)}"] + [f"{ref}.{ident(c)}" for c in labels if c != key]
        select = [f"{s} AS {ident(said + '_' + s.split('.', 1)[1].strip(chr(34)))}" for s in shown]
        select += [f"{rd.measure(m, plan)} AS {ident(m.label)}" for m in q.measures]
        return _sql(rd, plan, select, join, rd.where(q), group=shown, order=shown[0])
    select = rd.identity(entity) + [rd.col(c) for c in q.projection]
    select = list(dict.fromkeys(select))
    select += [f"{ref}.{ident(c)} AS {ident(said + '_' + c)}" for c in labels + list(q.self_ref[1:])]
    key_own = rd.lex.key_of(entity)
    return _sql(rd, plan, select, join, rd.where(q), order=rd.col(Col(entity, key_own)) if key_own else None)


def _sql(rd: Renderer, plan: Plan, select: list[str], join: str, where: list[str], group: list[str] | None = None,
         order: str | None = None) -> str:
    sql = rd.assemble(select, plan, where, group, order=order)
    head, _, tail = sql.partition("\nWHERE ") if where else sql.partition("\nGROUP BY ") if group else \
        sql.partition("\nORDER BY ") if order else (sql, "", "")
    sep = "\nWHERE " if where else "\nGROUP BY " if group else "\nORDER BY " if order else ""
    return f"{head}\n{join}{sep}{tail}" if sep else f"{head}\n{join}"


@dataclass
class ReferredBy(Condition):
    """The rows whose reference to their own table points at the row with these label values
    ("employees who report to Steven King"): `fk IN (SELECT key FROM t WHERE labels = values)`."""
    key: str = ""
    labels: tuple[tuple[str, str], ...] = ()

    def render(self, rd: Renderer, scope: str = "") -> str:
        table = self.col.table
        ref = rd.alias(table, "_by")
        where = " AND ".join(f"{ref}.{ident(c)} = {v}" for c, v in self.labels)
        inner = f"SELECT {ref}.{ident(self.key)} FROM {table_ref(table)} {ref} WHERE {where}"
        return f"{rd.col(self.col, scope)} IN ({inner})"


def _names_reference(r: Reader, i: int, column: str) -> int | None:
    """The end of "report(s) to", "<column> is", "<column verb> by" ("managed by", "supervised by")
    at token i, else None."""
    word = r.lower(i)
    if word in ("report", "reports", "reported", "reporting") and r.lower(i + 1) == "to":
        return i + 2
    if word in ("report", "reports", "reporting") and r.lower(i + 1) == "directly" and r.lower(i + 2) == "to":
        return i + 3
    if r.lower(i + 1) == "by" and _column_verb(r, column) & {root(word), *verb_stems(word)}:
        return i + 2                                  # "managed by": `manager_id`; "referred by": `referred_by`
    if word == "whose" and (m := r.mention(i + 1)) is not None and (r.q.entity, column) in m.columns \
            and r.lower(m.end) == "is":
        return m.end + 1                              # "whose manager is"
    return None


def _column_verb(r: Reader, column: str) -> set[str]:
    """The verb a reference column stands for: `manager_id` "manage", `referred_by` "refer"."""
    words = [w.lower() for w in r.lex.norm_words(column)]
    if len(words) > 1 and words[-1] == "by":
        return {root(words[0]), *verb_stems(words[0])}
    return {words[0][:-2]} if words[0].endswith(("er", "or")) else set()


def _self_table(r: Reader) -> tuple[str, str, str] | None:
    """The question's rows (or, for "who ...", the one table of such rows), its reference to its own
    rows and its key."""
    entity = r.q.entity
    if entity is None and r.lower(0) == "who":       # "who reports to Margaret Chen": the one table of such rows
        own = [t for t in sorted(r.tables) if self_column(r, t, [(t, c.name) for c in r.lex.table(t).columns])]
        entity = own[0] if len(own) == 1 else None
    refs = [c.name for c in r.lex.table(entity).columns] if entity is not None else []
    column = self_column(r, entity, [(entity, c) for c in refs]) if entity is not None else None
    key = r.lex.key_of(entity) if entity is not None else None
    return (entity, column, key) if entity is not None and column is not None and key is not None else None


def _named_row(r: Reader, start: int, entity: str, column: str) -> tuple[tuple[tuple[str, str], ...], int]:
    """The label values of the row named from token `start` (first and last name, or its one name),
    each a sampled value when values are sampled, and the end of the name; else a refusal."""
    labels = r.lex.labels(entity)
    names = [t for t in r.tokens[start:start + len(labels)] if t.kind == "value" or t.capitalized]
    run = list(itertools.takewhile(lambda t: t.capitalized and t.kind == "word", r.tokens[start:start + 4]))
    end = start + len(names)
    if len(labels) == 1 and len(run) > 1:         # "supervised by Hannah Cho": one `name` column
        joined = " ".join(t.text for t in run)
        names, end = [Token(run[0].index, joined, joined.lower(), joined.lower(), "word")], start + len(run)
    if len(names) != len(labels) or not labels:
        said = " ".join(w.lower() for w in r.lex.norm_words(column)[:-1])
        raise cannot(f"I could not tell which {r.one(entity)} '{' '.join(t.text for t in r.tokens[start:])}' "
                     f"is (the {said}).",
                     f"Give the full {' and '.join(' '.join(r.lex.norm_words(c)).lower() for c in labels)}.",
                     r.reading())
    for c, t in zip(labels, names):
        known = r.hints.get((entity, c))
        if known is not None and t.text not in known:
            raise cannot(f"No {' '.join(r.lex.norm_words(c)).lower()} is '{t.text}' in the sampled values of "
                         f"{r.said(entity)}.", "Check the spelling.", r.reading())
    return tuple((c, literal(t.text)) for c, t in zip(labels, names)), end


def read_whose_reference(r: Reader) -> None:
    """"Who does Julien Girard report to?", "Who is Julien Girard's manager?", "Who is the manager of
    Julien Girard?", "Who manages Julien Girard?": the row the named row refers to."""
    found = _self_table(r) if r.lower(0) == "who" and not r.used else None
    if found is None:
        return
    entity, column, key = found
    verb = {*verb_stems(r.lower(1)), root(r.lower(1))}

    def names_column(i: int) -> bool:
        return (m := r.mention(i)) is not None and (entity, column) in m.columns

    start = None
    if r.lower(1) in ("does", "did", "do") and r.tokens[2:3] and r.tokens[2].capitalized:
        start = 2                                     # "who does <name> report to"
    elif r.lower(1) in ("is", "was") and r.lower(2) == "the" and names_column(3) and r.lower(r.mention(3).end) == "of":
        start = r.mention(3).end + 1                  # "who is the manager of <name>"
    elif r.lower(1) in ("is", "was") and r.tokens[2:3] and r.tokens[2].capitalized:
        start = 2                                     # "who is <name>'s manager"
    elif _column_verb(r, column) & verb or r.lex.norm_words(column)[0].lower() in verb:
        start = 2                                     # "who manages <name>", "who referred <name>"
    if start is None:
        return
    labels, end = _named_row(r, start, entity, column)
    if start == 2 and r.lower(1) in ("does", "did", "do"):
        if r.lower(end) not in ("report", "reports") or r.lower(end + 1) != "to":
            return
        end += 2
    elif start == 2 and r.lower(1) in ("is", "was"):
        if not names_column(end):
            return
        end = r.mention(end).end
    if r.next_meaningful(end) is not None:
        return                                        # "who is Ann's manager and ...": not only the manager
    r.q.conditions.append(ReferredBy(Col(entity, key), "IN", key=column, labels=labels))
    r.q.entity = entity
    r.take(*range(0, end))


def read_reports_to(r: Reader) -> None:
    """"Employees who report to Steven King", "doctors supervised by Ben Fischer", "employees whose
    manager is Steven King": the referenced row named by its label values (first and last name, or
    its one name), each a sampled value of that column when values are sampled."""
    found = _self_table(r)
    if found is None:
        return
    entity, column, key = found
    for i in range(len(r.tokens)):
        start = _names_reference(r, i, column) if i not in r.used else None
        if start is None:
            continue
        if r.lower(start) in ("each", "every"):
            r.take(*range(i, start))                  # "how many staff report to each manager": a group
            continue
        if r.lower(start) in _ANYONE:                 # "agents who don't report to anyone": no lead
            if r.lower(start + 1 + (r.lower(start) == "no")) in _ABOUT_THEM:
                return                                # "referred by someone living in ...": about that someone
            negated = r.lower(i - 1) == "not" or r.lower(start) in _ANYONE[:3]
            said_not = r.lower(i - 1) == "not"       # "were not referred by anyone", "don't report to anyone"
            begin = i - said_not - (said_not and r.lower(i - 2) in ("do", "does", "did"))
            r.q.conditions.append(Condition(Col(entity, column), "IS NULL" if negated else "IS NOT NULL"))
            r.take(*range(begin, start + 1 + (r.lower(start) == "no")))
            r.q.entity = entity
            return
        labels, end = _named_row(r, start, entity, column)
        r.q.conditions.append(ReferredBy(Col(entity, column), "IN", key=key, labels=labels))
        r.take(*range(i, end))
        r.q.entity = entity
        return
