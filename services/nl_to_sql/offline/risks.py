"""Readings that are often wrong although every word was understood: checked after the reading,
each one refused with what is ambiguous and how to say it unambiguously.

- Counting rows across a fanned-out join ("students per course" through `takes`): each student
  once, or every enrolment? Both are common; a word decides ("different students", "enrolments").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from contracts.errors import ServiceError
from services.nl_to_sql.offline.model import Col, Measure, cannot
from services.nl_to_sql.offline.normalise import is_verb_form, root
from services.nl_to_sql.offline.planner import Plan
from services.nl_to_sql.offline.repeats import check_repeated_rows
from services.nl_to_sql.text import singular

if TYPE_CHECKING:
    from services.nl_to_sql.offline.linking import Mention
    from services.nl_to_sql.offline.reader import Reader

DISTINCT_WORDS = ("distinct", "different", "unique", "individual", "separate")
_PASSIVE = ("was", "were", "is", "are", "been", "be", "being")


def says_distinct(r: Reader) -> bool:
    return any(t.lower in DISTINCT_WORDS for t in r.tokens)


def check(r: Reader) -> None:
    check_nth(r)
    check_whose(r)
    check_counts(r)
    check_link_rows(r)
    check_singular_rank(r)
    check_listing(r)
    check_owners(r)
    check_group_top(r)
    check_line_average(r)
    check_every_related(r)
    check_summed_fraction(r)
    check_agent_rows(r)
    check_repeated_rows(r)
    check_predicate_column(r)
    check_ranked_column_owner(r)
    check_named_row_column(r)


def check_whose(r: Reader) -> None:
    """"Whose books were borrowed the most?" asks for the books' owners (authors? members?), which
    no word names; answering with the books themselves would be confidently wrong."""
    owned = next((m for m in r.mentions if m.start == 1), None)
    if r.lower(0) == "whose" and owned is not None and owned.tables:   # "whose salary": the salary's own rows
        raise cannot("I can't tell whose rows 'whose' asks for.",
                     "Name them, e.g. 'which authors' books were borrowed the most?'.", r.reading())


def check_nth(r: Reader) -> None:
    """"The second largest": one ranked row after the first; any other reading (a MIN / MAX figure, a
    top per group) would silently answer the first."""
    q = r.q
    if q.offset and (q.order is None or q.limit != 1 or q.top_group is not None):
        raise cannot("I can only take the second (third, ...) of one ranked list of rows here.",
                     "Ask e.g. 'which <rows> has the second highest <column>?'.", r.reading())


_FRACTIONS = ("pct", "percent", "percentage", "ratio", "fraction")


def check_summed_fraction(r: Reader) -> None:
    """"Total commission per department" over `commission_pct`: fractions of another column do not
    add up; the sum of the percentages is seldom what is meant (the commission amounts are)."""
    for m in r.q.measures:
        if m.agg == "SUM" and len(m.cols) == 1 and m.per is None and \
                {w.lower() for w in r.lex.norm_words(m.cols[0].column)} & set(_FRACTIONS):
            col = m.cols[0].column
            raise cannot(f"{col} is a percentage; adding it up is seldom meaningful, and the amounts it "
                         "is a fraction of are not a column I can tell.",
                         f"Ask for the average {col}, or configure an LLM provider.", r.reading())


def check_every_related(r: Reader) -> None:
    """"Customers whose invoices are all paid": every related row, not any one of them; "all" after
    a form of "be" / "have" or before "(of) their / whose" is a quantifier the joins and EXISTS tests do not express
    ("show all customers" is filler)."""
    t = r.tokens
    for i, tok in enumerate(t):
        after = [x.lower for x in t[i + 1:i + 3]]
        if tok.lower == "all" and (i > 0 and t[i - 1].lower in _PASSIVE + ("have", "has", "had") or
                                   after[:1] in (["their"], ["its"]) or after[:1] == ["of"] and
                                   after[1:] in (["their"], ["whose"], ["its"])):
            raise cannot("'all' of the related rows (every one, not any one) is not something I can express "
                         "offline.", "Ask for the rows without the opposite instead, e.g. '... with no unpaid "
                         "...', or configure an LLM provider.", r.reading())


def check_line_average(r: Reader) -> None:
    """"Average quantity per order" over `order_items`: each order's average line, or the average
    of the orders' totals? The lines are named after the table they make up, so both are read."""
    q = r.q
    if len(q.measures) != 1 or len(q.groups) != 1 or q.groups[0].column is not None or "per" not in \
            [t.lower for t in r.tokens] or any(t.lower in ("each", "every") for t in r.tokens):
        return
    m, whole = q.measures[0], q.groups[0].table
    if m.agg != "AVG" or not m.cols or m.per is not None or m.share is not None or m.table == whole:
        return
    parts, own = r.lex.table_words.get(m.table, []), r.lex.table_words.get(whole, [])
    if not own or len(parts) <= len(own) or [root(w) for w in parts[:len(own)]] != [root(w) for w in own]:
        return
    column = " ".join(r.lex.norm_words(m.cols[0].column)).lower()
    one = r.one(whole)
    raise cannot(f"I can't tell whether 'average {column} per {one}' means the average {column} of the "
                 f"{r.said(m.table)} of each {one}, or the average of each {one}'s total {column}.",
                 f"Say 'average total {column} per {one}' for one figure, or 'average {column} for each {one}' "
                 f"for one row per {one}.", r.reading())


def check_group_top(r: Reader) -> None:
    """"The 2 doctors with the most appointments in each clinic": the top rows within every group
    (a window function) is not a single ranking with a LIMIT, so it is refused."""
    q = r.q
    if q.limit is None or q.order is None or not q.groups or q.top_group is not None:
        return                                        # a top per group the reading recognised (pergroup.py)
    each = [n for n, t in enumerate(r.tokens) if t.lower in ("each", "every") and n in r.used]
    if not each and len(q.groups) < 2:
        return
    said = " ".join(t.text for t in r.tokens[each[0]:each[0] + 2]) if each else "per ..."
    raise cannot(f"I can't rank within each group: '{said}' asks for the top rows of every group, and the "
                 "offline engine ranks all the rows together.",
                 "Ask for the figure per group, highest first (e.g. 'number of <rows> per <group> and <row>, "
                 "highest first'), or configure an LLM provider for the top rows of every group.", r.reading())


def check_agent_rows(r: Reader) -> None:
    """"How many followers does the listener maya_k have?": `follows` rows are the listeners' own
    follows of artists; their followers are not stored."""
    for m in r.mentions:
        agent = r.lex.agents.get(m.tables[0]) if len(m.tables) == 1 else None
        if agent is None or root(r.tokens[m.end - 1].lower) != agent[0]:
            continue
        if any(c.col.table == agent[1] for c in r.q.conditions):
            raise cannot(f"'{m.text(r.tokens)}' are {r.said(agent[1])} in {r.said(m.tables[0])}; I can't tell "
                         f"whose {m.text(r.tokens)} a {r.one(agent[1])} has.",
                         f"Ask e.g. 'how many {r.said(m.tables[0])} does this {r.one(agent[1])} have'.", r.reading())


def check_owners(r: Reader) -> None:
    """"Job history of employees in the IT department": the department of the history rows or of
    their employees? When the owner named after "of" is not on the way to a condition, refuse."""
    entity = r.q.entity
    for owner in r.of_tables:
        for c in r.q.conditions:
            if entity is None or c.col.table in (entity, owner):
                continue
            try:
                direct = r.planner.plan(entity, [c.col.table]).tables()
                r.planner.path(owner, c.col.table)
            except Exception:
                continue
            if owner not in direct:
                raise cannot(f"I can't tell whether the {r.said(c.col.table)} condition is about the "
                             f"{r.said(entity)} rows themselves or about their {r.said(owner)}.",
                             f"Ask about one of them, e.g. '{r.said(entity)} whose {r.said(owner)} ...' or "
                             f"'{r.said(entity)} with {r.said(c.col.table)} ...'.", r.reading())


def _plan(r: Reader, m: Measure) -> Plan | None:
    q = r.q
    needed = [g.table for g in q.groups] + [c.col.table for c in q.conditions]
    try:
        return r.planner.plan(m.table, needed, {g.table: g.via for g in q.groups if g.via})
    except Exception:
        return None                                   # the renderer refuses it with its own reason


def _pairs_unique(r: Reader, plan: Plan, bridge: str) -> bool:
    """A link table whose primary key is exactly its two join columns, or that has no other
    columns at all (`advisor(student_id, instructor_id)`), holds each pair once."""
    table = r.lex.table(bridge)
    key = set(table.primary_key)
    cols = {c for s in plan.steps for e in [s.edge] for t, cs in ((e.left_table, e.left_columns),
                                                                  (e.right_table, e.right_columns))
            if t == bridge for c in cs}
    return bool(key) and key == cols or len(cols) >= 2 and {c.name for c in table.columns} == cols


def _passive_verb(r: Reader, table: str, counted: str) -> bool:
    """"How many courses were taught", "courses taken by student 5": the rows are the object of the
    bridge's verb, so each row of the bridge is one of them."""
    for m in r.mentions:
        if m.tables[:1] == [table] and m.end - m.start == 1 and is_verb_form(r.tokens[m.start].lower):
            before = next((x for x in r.mentions if x.end == m.start), None)
            by = r.lower(m.end) == "by"
            if r.lower(m.start - 1) in _PASSIVE or (by and before is not None and before.tables[:1] == [counted]):
                return True
    return False


def check_counts(r: Reader) -> None:
    q = r.q
    counted = {m.table for m in q.measures if m.agg == "COUNT" and not m.cols and m.share is None}
    if len(counted) > 1:                              # "how many stations ... and how many trips": one join
        raise cannot("I can only count one kind of row per question offline.",  # would count both wrong
                     "Ask for each count in its own question.", r.reading())
    if says_distinct(r):
        return
    for m in q.measures + [h[0] for h in q.having]:
        if m.agg != "COUNT" or m.cols or m.share is not None or m.per is not None:
            continue
        plan = _plan(r, m)
        fanned = [s.table for s in plan.steps if s.fans_out] if plan is not None else []
        if not fanned or not (q.groups or _passive_verb(r, fanned[0], m.table)) or _pairs_unique(r, plan, fanned[0]):
            continue
        said = next((m2.text(r.tokens).lower() for m2 in r.mentions if m2.tables[:1] == [m.table]), r.one(m.table))
        bridge = r.said(fanned[0])
        raise cannot(f"I can't tell whether '{said}' counts each {r.one(m.table)} once or every row of "
                     f"{bridge} (the same {r.one(m.table)} can appear there more than once).",
                     f"Say 'number of different {said}' to count each once, or 'number of {bridge}' to count "
                     f"the rows of {bridge}.", r.reading())


def check_link_rows(r: Reader) -> None:
    """"How many directors are there?" over `director(movie_id, person_id)`: a keyless table made only of
    references to other tables holds pairs, so its rows are credits (a person per movie), not the people;
    counting them without a group is refused (the different people, or every pair?), "different" too (of
    which reference?); "<table> rows" counts the rows."""
    q = r.q
    if q.groups or any(t.lower in ("row", "rows", "record", "records", "entries") for t in r.tokens):
        return
    for m in q.measures:
        table = r.lex.table(m.table)
        if m.agg != "COUNT" or m.cols or m.share is not None or m.per is not None or table.primary_key:
            continue
        refs = {e.left_columns[0]: e.right_table for e in r.planner.edges
                if e.left_table == m.table and len(e.left_columns) == 1 and e.right_table != m.table}
        if len(set(refs.values())) < 2 or {c.name for c in table.columns} != set(refs):
            continue
        said = next((x.text(r.tokens).lower() for x in r.mentions if x.tables[:1] == [m.table]), r.one(m.table))
        pairs = " and ".join(r.one(t) for t in dict.fromkeys(refs.values()))
        raise cannot(f"I can't tell what '{said}' counts: the different ones, or every row of {r.said(m.table)} "
                     f"(one per {pairs} pair; the same one can appear in many rows).",
                     f"Say 'number of {r.said(m.table)} rows' to count the rows, or configure an LLM provider to "
                     "count the different ones.", r.reading())


def check_singular_rank(r: Reader) -> None:
    """"Top 5 movies by rating" over a `rating` table (with `stars`, `votes`): a table said in the singular
    after "by" names what each row has, not how many; the number of its rows is "by number of ratings"."""
    order = r.q.order
    if not isinstance(order, tuple) or not isinstance(order[0], Measure):
        return
    m = order[0]
    if m.agg != "COUNT" or m.cols or m.table == r.q.entity:
        return
    for x in r.mentions:
        word = r.lower(x.end - 1)
        if x.tables[:1] == [m.table] and r.lower(x.start - 1) == "by" and singular(word) == word:
            raise cannot(f"I can't tell whether 'by {x.text(r.tokens)}' ranks by the number of {r.said(m.table)} "
                         f"rows or by a column of {r.said(m.table)}.",
                         f"Say 'by number of {r.said(m.table)} rows' or name the column, e.g. "
                         f"{r.lex.describe([m.table], 1)}.", r.reading())


def check_listing(r: Reader) -> None:
    """"Courses taken by student 20005": each course once, or once per enrolment? "Which dogs were
    treated ..." asks which ones: each once."""
    q = r.q
    if q.measures or q.groups or q.entity is None or says_distinct(r) or r.which:
        return
    needed = [c.col.table for c in q.conditions] + [c.table for c in q.projection]
    try:
        plan = r.planner.plan(q.entity, needed)
    except Exception:
        return
    fanned = [s.table for s in plan.steps if s.fans_out]
    if fanned and _passive_verb(r, fanned[0], q.entity) and not _pairs_unique(r, plan, fanned[0]):
        rows = r.one(q.entity)
        said = next((m.text(r.tokens).lower() for m in r.mentions if m.tables[:1] == [q.entity]), rows)
        bridge = r.said(fanned[0])
        raise cannot(f"I can't tell whether to list each {rows} once or once per row of {bridge} (the same "
                     f"{rows} can appear there more than once).",
                     f"Say 'different {said}' to list each once, or ask for the {bridge} rows.", r.reading())


_SUPERLATIVES = ("highest", "lowest", "largest", "smallest", "biggest", "greatest", "longest", "shortest",
                 "most", "least", "maximum", "minimum", "max", "min", "top")


def refuse_superlative_presence(r: Reader, j: int, m: Mention, col: Col) -> None:
    """"The state with the highest point": a column named by a superlative (`highest_point`) after
    "with the" reads both as the rows having one and as the row ranked first; refused."""
    if r.lower(j + 1) == "the" and r.lower(m.start) in _SUPERLATIVES:
        said = m.text(r.tokens)
        raise cannot(f"I can't tell what 'with the {said}' means: the rows that have a {col.column}, or the "
                     "one ranked first?", f"Say 'with a {said}', or name the number to rank by, e.g. 'with the "
                     "greatest <number column>'.", r.reading())


def check_predicate_column(r: Reader) -> None:
    """"Which cities are capitals", "the capital cities": another table's column said as what the rows
    are (right after "are / is", or right before the rows' name) is a predicate (cities whose name is a
    capital), not a column to show next to them; refused."""
    entity = r.q.entity
    if entity is None:
        return
    names = [m for m in r.mentions if m.tables[:1] == [entity]]
    for c in r.q.projection:
        if c.table == entity:
            continue
        for m in r.mentions:
            if (c.table, c.column) not in m.columns or m.tables:
                continue
            after_be = m.start > 0 and r.lower(m.start - 1) in ("are", "is") and any(n.end < m.start for n in names)
            if after_be or any(n.start == m.end for n in names):
                said, rows = m.text(r.tokens), names[0].text(r.tokens)
                raise cannot(f"I can't tell what '{said}' says about the {rows}: that they are one (named like a "
                             f"{c.column}), or their {r.said(c.table)}'s {c.column} to show next to them.",
                             f"Say '{rows} and their {r.said(c.table)}'s {c.column}', or configure an LLM "
                             "provider.", r.reading())


def check_ranked_column_owner(r: Reader) -> None:
    """"Which state has the capital with the largest population", "which state capital has the largest
    population": a superlative right after a column ranks what that column names (the capital city),
    not the rows it belongs to; refused (unless the rows are grouped by that column)."""
    grouped = {(g.table, g.column) for g in r.q.groups}
    for i, tok in enumerate(r.tokens[:-2]):
        if tok.lower not in ("with", "has", "have") or r.lower(i + 1) != "the" or r.lower(i + 2) not in _SUPERLATIVES:
            continue
        m = next((x for x in r.mentions if x.end == i and x.columns and not x.tables), None)
        if m is not None and isinstance(r.q.order, tuple) and isinstance(r.q.order[0], Col) and \
                not grouped & set(m.columns):         # "which city has the most customers" groups by city
            said = " ".join(t.text for t in r.tokens[m.start:i + 4])
            raise cannot(f"I can't tell what '{said}' ranks: the rows the {m.text(r.tokens)} belongs to, or "
                         f"what the {m.text(r.tokens)} names?", "Ask about the table it names directly, or "
                         "configure an LLM provider.", r.reading())


def check_named_row_column(r: Reader) -> None:
    """"What is Maya Patel's email address?" of an instructor without an email: the email of the
    students of her courses is not hers. A column right after a named row's value is that row's, or
    of what it refers to; not of rows that refer to it."""
    for v in r.values:
        owners = {t for t, c, _ in v.values if c in r.lex.labels(t)}
        m = next((x for x in r.mentions if x.start == v.end and x.columns and not x.tables), None)
        if m is None or len(owners) != 1:
            continue
        named = owners.pop()
        shown = [c for c in r.q.projection if (c.table, c.column) in m.columns and c.table != named]
        if not shown:
            continue
        try:
            path = r.planner.path(named, shown[0].table)
        except ServiceError:
            continue
        at, steps = named, []
        for e in path:                                # True: a step to rows that refer to the one before
            steps.append(e.left_table != at)
            at = e.left_table if e.left_table != at else e.right_table
        # "Eric Tai's room number" of his one `lives_in` row is his; his courses' students are others
        if steps.count(True) >= 2 or True in steps and False in steps[steps.index(True):]:
            words = " ".join(r.lex.norm_words(shown[0].column)).lower()
            raise cannot(f"'{v.text(r.tokens)}' is one of the {r.said(named)}, which have no {words}; "
                         f"the {words} of their {r.said(shown[0].table)} is not theirs.",
                         f"Ask e.g. 'the {words} of the {r.said(shown[0].table)} of {v.text(r.tokens)}'.",
                         r.reading())
