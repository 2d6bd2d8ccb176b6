"""The last passes of a reading: sorting, named columns become the output, and whatever is left
over is refused by name."""
from __future__ import annotations

from typing import TYPE_CHECKING

from services.nl_to_sql.offline.coltypes import is_date
from services.nl_to_sql.offline.groups import group_on
from services.nl_to_sql.offline.linking import Mention
from services.nl_to_sql.offline.model import Col, Measure, cannot
from services.nl_to_sql.offline.normalise import (
    DIRECTIONS,
    FILLER,
    MOVING,
    RELATING,
    direction_roots,
    is_verb_form,
    is_year,
)
from services.nl_to_sql.offline.orderwords import first_way
from services.nl_to_sql.offline.planwords import LOGGING, take_plan_words
from services.nl_to_sql.offline.selfjoin import self_column

if TYPE_CHECKING:
    from services.nl_to_sql.offline.reader import Reader

_ORDER_WAYS = {"descending": True, "decreasing": True, "ascending": False, "increasing": False}


def read_order_of(r: Reader) -> None:
    """"in (descending) order of population": read before the measures, so the column is the
    order, not a figure to show."""
    for i, tok in enumerate(r.tokens):
        if i in r.used or tok.lower != "order" or r.lower(i + 1) != "of":
            continue
        way = r.lower(i - 1)
        if not (way == "in" or way in _ORDER_WAYS and r.lower(i - 2) == "in"):
            continue
        m = r.mention(i + 2)
        if m is None or not m.columns:
            continue
        r.q.order = (r.pick_column(m, m.columns), _ORDER_WAYS.get(way, False))
        r.take(*range(i - (1 if way == "in" else 2), m.end))
        return


_SORT_WAYS = {"ascending": False, "asc": False, "descending": True, "desc": True}
_HIGH_LOW = {"high": True, "highest": True, "low": False, "lowest": False}


def _read_first_way(r: Reader, i: int) -> None:
    """"..., smallest first" after a column, "..., highest first" of a figure per group, "...,
    most expensive first" of rows already ranked: the order of those rows."""
    if r.q.order is not None and not isinstance(r.q.order[0], Measure):   # "the 5 most expensive wines ..."
        desc, width = first_way(r, i, r.q.order[0]) or (r.q.order[1], 0)
        r.q.order = (r.q.order[0], desc)
    elif r.q.order is None and not r.q.measures and (
            m := next((x for x in reversed(r.mentions) if x.end <= i and x.columns and not x.tables), None)):
        col = r.pick_column(m, m.columns)             # "fewer than 20 staff, smallest first"
        desc, width = first_way(r, i, col) or (False, 0)
        r.q.order = (col, desc)
    elif r.q.order is None and r.q.measures and r.q.groups:
        desc, width = first_way(r, i) or (False, 0)
        r.q.order = (r.q.measures[0], desc)           # "..., highest first"
    else:
        return
    r.take(*range(i, i + width))


def read_sort(r: Reader) -> None:
    """"sorted by name", "ordered by hire date descending", "alphabetically"."""
    for i, tok in enumerate(r.tokens):
        if i in r.used:
            continue
        by = i + 1
        if tok.lower in ("sort", "order") and i == r.next_meaningful(0):   # "sort employee names by age"
            by = next((k for k in range(i + 1, len(r.tokens)) if r.lower(k) == "by"), i + 1)
        if tok.lower in ("sorted", "ordered", "sort", "order", "listed") and (
                r.lower(by) == "by" or r.lower(i + 1) == "alphabetically" and r.lower(i + 2) == "by"):
            alphabetical = r.lower(i + 1) == "alphabetically"
            way = r.lower(by + 1 + alphabetical)
            m = r.mention(by + 1 + alphabetical + (way in _SORT_WAYS))   # "by ascending age"
            if m is None or not m.columns:
                continue
            col = r.pick_column(m, m.columns)
            end = m.end
            desc = r.lower(end) in ("descending", "desc") or _SORT_WAYS.get(way, False)
            if r.lower(end) in ("descending", "desc", "ascending", "asc"):
                end += 1
            elif r.lower(end) == "from" and r.lower(end + 2) == "to" and r.lower(end + 1) in _HIGH_LOW:
                desc, end = _HIGH_LOW[r.lower(end + 1)], end + 4        # "from high to low"
            elif r.lower(end) == "in" and r.lower(end + 1) in _ORDER_WAYS and r.lower(end + 2) == "order":
                desc, end = _ORDER_WAYS[r.lower(end + 1)], end + 3      # "... in descending order"
            elif (first := first_way(r, end, col)) is not None:
                desc, end = first[0], end + first[1]                     # "by budget, highest first"
            r.q.order = (col, desc)
            r.take(i, *range(by, end))
        elif first_way(r, i) is not None:
            _read_first_way(r, i)
        elif tok.lower == "alphabetically" or (tok.lower == "alphabetical" and r.lower(i + 1) == "order"):
            entity = r.q.entity
            labels = r.lex.labels(entity) if entity else []
            if not labels:
                continue
            r.q.order = (Col(entity, labels[-1] if len(labels) == 2 else labels[0]), False)
            r.take(i, i + 1 if tok.lower == "alphabetical" else i)
            if r.lower(i - 1) in ("in", "ordered", "sorted") and tok.lower == "alphabetical":
                r.take(i - 1)
            if tok.lower == "alphabetically" and r.lower(i - 1) in ("ordered", "sorted", "listed"):
                r.take(i - 1)


def read_which_column(r: Reader) -> None:
    """"Which city has the most customers": the ranked rows are a column's values."""
    if r.q.entity is not None or not r.q.measures or r.q.groups:
        return
    for m in r.mentions:
        if m.start not in r.used and m.columns and not m.tables:
            measure = r.q.measures[0]
            own = [c for c in m.columns if c[0] == measure.table] or m.columns
            col = r.pick_column(m, own)
            of = m.start - 1 - (r.lower(m.start - 1) in ("the", "all"))
            word = r.tokens[m.end - 1]
            if r.lower(of) == "of" and word.stem != word.lower and col.table == measure.table:
                r.take(*range(m.start, m.end))        # "average share of the episodes": the rows themselves
                return
            r.q.groups.append(group_on(r, col))
            r.take(*range(m.start, m.end))
            return


def read_directions(r: Reader) -> None:
    """"flights going to JFK", "departing from Berlin": the verb only says which way."""
    ways = {t.lower for t, nxt in zip(r.tokens, r.tokens[1:]) if t.lower in DIRECTIONS and
            (nxt.kind == "value" or nxt.capitalized) and not is_year(nxt)}
    if direction_roots(r.tokens) or ways == set(DIRECTIONS):      # "flights going from BER to JFK"
        r.take(*(t.index for t in r.tokens if t.lower in MOVING))


_WHAT_IT_IS = (("what", "is", "it"), ("what", "was", "it"), ("what", "are", "they"), ("what", "were", "they"),
               ("what", "it", "is"), ("what", "they", "are"))


def read_what_it_is(r: Reader) -> None:
    """"Which pupils have an SEN status recorded, and what is it?": the column of the condition is shown."""
    n = len(r.tokens)
    said = next((w for w in _WHAT_IT_IS if tuple(r.lower(n - len(w) + k) for k in range(len(w))) == w), None)
    shown = [c.col for c in r.q.conditions if c.op == "IS NOT NULL"]
    if said is None or r.q.measures or r.q.groups or len(shown) != 1 or any(i in r.used for i in range(n - 3, n)):
        return
    r.q.projection.append(shown[0])
    r.take(*range(n - len(said) - (r.lower(n - len(said) - 1) == "and"), n))


def read_projection(r: Reader) -> None:
    """Columns named in a list question are what it shows ("names and unit prices of ...")."""
    if r.q.measures or r.q.groups:
        return
    for idx, m in enumerate(r.mentions):
        if m.start in r.used or not m.columns:
            continue
        if m.tables and not (r.q.entity is None or m.tables[0] != r.q.entity):
            continue
        before = r.mentions[idx - 1] if idx else None
        options, owner = m.columns, r.q.entity
        if before is not None and before.tables and before.end == m.start:
            owner = before.tables[0]                  # "category name": the category's
            options = [c for c in options if c[0] == owner]
        elif owner is not None and [t.stem for t in r.tokens[m.start:m.end]] == ["name"] and \
                not [c for c in options if c[0] == owner] and r.lex.labels(owner):
            options = []                              # "name of the employee": first and last name
        elif owner is not None:
            options = [c for c in options if c[0] == owner] or \
                [c for c in options if owner in r.planner.graph.neighbours(c[0])
                 and any(e.left_table == owner and e.right_table == c[0] for e in r.planner.edges)]
        words = [t.stem for t in r.tokens[m.start:m.end]]
        if not options and owner is not None and words == ["name"] and r.lex.labels(owner):
            cols = [Col(owner, c) for c in r.lex.labels(owner)]     # "customer names": first and last
        elif not options and owner is not None and words == ["id"] and r.lex.key_of(owner):
            cols = [Col(owner, r.lex.key_of(owner) or "")]          # "id of the museums": museum_id
        elif not options:
            raise cannot(f"'{m.text(r.tokens)}' is not a column of {r.short(owner) if owner else 'these tables'}.",
                         f"Name the table it belongs to, e.g. '<table> {m.text(r.tokens)}'.", r.reading())
        else:
            cols = [r.pick_column(m, options)]
            _refuse_bare_self_ref(r, cols[0], m)
            _refuse_verb_before_column(r, m)
            cols += _referenced_labels(r, cols[0], m)
        for col in cols:
            if r.q.entity is None:
                r.q.entity = col.table
            if col not in r.q.projection:
                r.q.projection.append(col)
        r.take(*range(m.start, m.end))
    distinct = [t.index for t in r.tokens if t.lower in ("distinct", "different", "unique") and t.index not in r.used]
    if distinct and r.q.projection:
        r.q.distinct = True
        r.take(*distinct)
    elif distinct and r.q.entity is not None and not r.q.measures:
        # "different courses taken by ...": the rows once each, as a list across a join always is
        r.take(*[i for i in distinct if (m := r.mention(i + 1)) is not None and m.tables[:1] == [r.q.entity]])


def _refuse_bare_self_ref(r: Reader, col: Col, m: Mention) -> None:
    """"Employees whose manager earns more than 15000", "employees who are managers": a reference to
    the table's own rows named outside "X and their managers" is about those rows, not a column to show."""
    if self_column(r, col.table, [(col.table, col.column)]) is None or any(
            t.lower in ("id", "ids") for t in r.tokens[m.start:m.end]):
        return
    said, rows = m.text(r.tokens), r.said(col.table)
    raise cannot(f"I can't tell what '{said}' says about {rows} here ({col.column} refers to other {rows}).",
                 f"Ask e.g. '{rows} and their {said}' or '{rows} whose {said} is <name>'.", r.reading())


def _refuse_verb_before_column(r: Reader, m: Mention) -> None:
    """"Employees earning / paid the maximum salary of their job": a verb naming a column ("earning":
    salary) right before another column compares them (equal? above?), it does not show both."""
    verb, named = r.tokens[m.start].lower, " ".join(r.lex.norm_words(r.pick_column(m, m.columns).column))
    if m.end - m.start != 1 or not (verb.endswith("ing") or is_verb_form(verb)) or \
            r.tokens[m.start].stem in named.split():
        return
    j = m.end + (r.lower(m.end) in ("the", "a", "an"))
    nxt = r.mention(j)
    if nxt is not None and nxt.columns and not nxt.tables:
        raise cannot(f"I can't tell how '{verb}' compares {r.said(r.q.entity or m.columns[0][0])} with "
                     f"'{nxt.text(r.tokens)}' (equal to it, above it, below it?).",
                     f"Say e.g. '... whose {named} is equal to / above the {nxt.text(r.tokens)}'.", r.reading())


def _referenced_labels(r: Reader, col: Col, m: Mention) -> list[Col]:
    """"members and their home branches": a column that refers to another table's row shows that
    row's label too (the branch's name, not only its id), unless the question says "id"."""
    if any(t.lower in ("id", "ids", "key", "keys", "code", "codes", "number", "numbers")
           for t in r.tokens[m.start:m.end]):
        return []
    targets = {e.right_table for e in r.planner.edges
               if e.left_table == col.table and e.left_columns == (col.column,) and e.right_table != col.table}
    if len(targets) != 1:
        return []
    target = targets.pop()
    return [Col(target, c) for c in r.lex.labels(target) if c != col.column]


def first_and_last(r: Reader) -> None:
    """"first and last names": both columns."""
    for i in range(len(r.tokens) - 2):
        if r.lower(i + 1) != "and":
            continue
        m = r.mention(i + 2)
        if m is None or m.end - m.start < 2 or not m.columns or r.mention(i) is not None:
            continue
        head = r.tokens[i]
        twins = Mention(i, i + 1)
        for t, c in m.columns:
            words = [w.lower() for w in r.lex.words(c)]
            if len(words) >= 2 and words[0] != head.lower:
                twin = [x.name for x in r.lex.table(t).columns
                        if [w.lower() for w in r.lex.words(x.name)] == [head.lower] + words[1:]]
                if twin:
                    twins.columns.append((t, twin[0]))
        if twins.columns:
            r.mentions.append(twins)
            r.mentions.sort(key=lambda x: x.start)
        if r.mention(i) is not None:
            r.take(i + 1)


def _between(r: Reader) -> set[str]:
    """The tables on the join path from the measured rows to the conditions' tables ("average fare
    of Lufthansa flights": the flights link bookings to the airline)."""
    try:
        plan = r.planner.plan(r.q.measures[0].table, [c.col.table for c in r.q.conditions])
    except Exception:
        return set()
    return set(plan.tables())


def check_leftovers(r: Reader) -> None:
    take_plan_words(r)
    covered = r.planned_tables()
    for m in r.mentions:
        if m.start in r.used:
            continue
        if m.tables and (m.tables[0] in covered or m.tables[0] == r.q.entity):
            r.take(*range(m.start, m.end))
        elif m.tables and r.q.measures and is_verb_form(r.tokens[m.start].lower) and \
                m.end - m.start == 1 and any(m.tables[0] in r.planner.graph.neighbours(t) for t in covered):
            if not any(e.left_table in covered and e.right_table == m.tables[0]
                       and e.right_columns == (r.lex.key_of(m.tables[0]),) for e in r.planner.edges):
                # "number of students advised": the event's rows refer to the counted ones, so the verb
                # would keep only the rows that have such an event, and the query does not join it
                said = r.tokens[m.start].text
                raise cannot(f"I can't tell whether '{said}' keeps only the rows that have "
                             f"{r.said(m.tables[0])} rows or describes all of them.",
                             f"Say 'with {r.said(m.tables[0])}' to keep only those, or leave '{said}' out.",
                             r.reading())
            r.take(m.start)                           # a verb naming the event: "quantity sold"
        elif m.tables and r.q.measures and r.lower(m.start - 1) in ("at", "across") and any(
                e.left_table == r.q.measures[0].table and e.right_table == m.tables[0] for e in r.planner.edges):
            r.take(m.start - 1, *range(m.start, m.end))   # "spent at restaurants": each visit is at one
        elif m.tables and (by := m.start - 1 - (r.lower(m.start - 1) in ("a", "an", "any"))) >= 0 and \
                r.lower(by) == "by" and any(e.left_table == x.target and e.right_table == m.tables[0]
                                            for x in r.q.related for e in r.planner.edges):
            r.take(*range(by, m.end))                 # "never visited by a student": every visit is by one
        elif m.tables and r.q.entity is not None and any(
                e.left_table == r.q.entity and e.right_table == m.tables[0] for e in r.planner.edges):
            before = r.lower(m.start - 1)
            if before == "of":
                r.take(*range(m.start, m.end))        # "spouses of employees": each has one
                r.of_tables.append(m.tables[0])
            elif not (r.q.measures or r.q.groups) and (before in ("their", "its", "and", ",")
                                                        or r.lower(m.start - 2) in ("and", "with")):
                labels = r.lex.labels(m.tables[0])    # "products and their categories": shown too
                if not labels:
                    continue
                r.q.projection += [Col(m.tables[0], c) for c in labels if Col(m.tables[0], c) not in r.q.projection]
                r.take(*range(m.start, m.end))
    for m in r.mentions:
        if m.tables[:1] == [r.q.entity] and r.lower(m.start - 1) in ("every", "each") and not r.q.measures:
            r.take(m.start - 1)                       # "of every category": all of them
    if r.lower(0) == "when" and r.q.projection and not r.q.measures and \
            all(is_date(r.lex.column(c.table, c.column)) for c in r.q.projection):
        r.take(0)                                     # "when did each store open": its opening date
    if len(covered) >= 2 or r.q.related:
        r.take(*(t.index for t in r.tokens if t.lower in RELATING | LOGGING and t.index not in r.used
                 and r.mention(t.index) is None))
    for t in r.tokens:
        if t.index not in r.used and t.lower == "total" and r.lower(t.index - 1) == "in" and r.q.measures:
            r.take(t.index - 1, t.index)              # "how many ... in total"
        if t.index not in r.used and t.lower in ("only", "just") and r.q.projection:
            r.take(t.index)                           # "show only the names of stores"
            r.q.bare = True
    leftovers = [t for t in r.tokens if t.index not in r.used and t.lower not in FILLER]
    if leftovers:
        words = ", ".join(f"'{t.text}'" for t in leftovers[:5])
        raise cannot(f"I don't understand {words} in this question.",
                     "Rephrase it with the names of tables and columns, e.g. "
                     f"{r.lex.describe(r.tables_near())}; or configure an LLM provider.", r.reading())
    if r.q.entity is None and not r.q.measures:
        raise cannot("I could not tell which table the question is about.",
                     f"Mention what you ask about, e.g. {r.lex.describe(sorted(r.tables))}.", r.reading())
    q = r.q
    if q.entity is not None and (q.measures or q.groups):
        counted = {q.entity} if not q.measures else set()    # "employees per office city" counts them
        used = counted | {m.table for m in q.measures} | {g.table for g in q.groups} \
            | {c.col.table for c in q.conditions} \
            | {h[0].table for h in q.having} | {x.entity for x in q.related} | {m.per for m in q.measures}
        direct = bool(q.measures) and any(e.left_table == q.measures[0].table and e.right_table == q.entity
                                          for e in r.planner.edges)   # "quantity of products sold"
        if q.entity not in used and not direct and not (q.measures and q.conditions and q.entity in _between(r)):
            raise cannot(f"I don't see how {r.short(q.entity)} fits into this question.",
                         "Ask about one thing at a time, e.g. 'number of orders per store'.", r.reading())
    if any(m.needs_per and m.per is None for m in q.measures):
        raise cannot("An average (or maximum) of a count or of revenue needs the rows it is counted per.",
                     "Say per what, e.g. 'average number of orders per customer' or 'average revenue per "
                     "order'.", r.reading())
    if q.groups and any(g.column is None and g.table == (q.measures[0].table if q.measures else q.entity)
                        and not (q.measures and q.measures[0].per) for g in q.groups) \
            and not (q.measures and q.measures[0].table != q.entity and q.order):
        if q.measures and q.measures[0].agg == "COUNT" or not q.measures:
            raise cannot(f"Counting {r.short(q.groups[0].table)} per {r.short(q.groups[0].table)} does not make sense.",
                         "Group by a column or by another table, e.g. 'number of orders per store'.", r.reading())
        own = q.measures[0].table
        if q.measures[0].agg != "SUM":                # "average quantity per order item": of all the rows
            q.groups = [g for g in q.groups if g.column is not None or g.table != own]
        elif not r.lex.identity(own):
            raise cannot(f"A figure per {r.said(own)} row needs a column that identifies the row.",
                         f"Ask for the {r.said(own)} rows with the column instead.", r.reading())
        # "for each department, the total budget": each department's own figure, never one grand total
    if q.limit is not None and q.order is None and any(
            t.lower in ("top", "bottom") for t in r.tokens) and not (q.groups and q.measures):
        rows = r.short(q.entity) if q.entity else "rows"
        raise cannot("A top N needs something to rank by.",
                     f"Say by what, e.g. 'top 5 {rows} by <column>'.", r.reading())
    if isinstance(q.order[0] if q.order else None, Col) and q.groups:
        raise cannot("The top row within each group (e.g. the cheapest product per category) is not supported "
                     "offline.", "Ask for one group at a time, or for the minimum/maximum per group.", r.reading())
    if q.limit is not None and q.measures and not q.groups and q.order is None:
        raise cannot("A single figure has no top N.", "Ask for the figure, or for the top rows by it.", r.reading())
    if isinstance(q.order[0] if q.order else None, Measure) and not q.groups and q.entity is None:
        raise cannot("I could not tell what to rank.",
                     "Say which rows to rank, e.g. 'which store has the most orders'.", r.reading())
