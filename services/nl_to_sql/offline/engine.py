"""The offline engine: a deterministic semantic parser for analytics questions over any
introspected schema (see docs/nl-to-sql.md, "The offline engine").

normalise -> linking (tables, columns) + valuelink (stored values) -> reader (conditions, shapes,
wrapup passes fill the query model) -> planner (join paths) -> render (SQL). Every word must be
understood; otherwise the question is refused with CANNOT_ANSWER naming what was not."""
from __future__ import annotations

from dataclasses import dataclass

from contracts.errors import ServiceError
from services.nl_to_sql.offline import (
    both,
    comparisons,
    conditions,
    datecols,
    differs,
    durations,
    either,
    filters,
    groups,
    often,
    orderwords,
    percentages,
    pergroup,
    ranking,
    risks,
    roles,
    selfjoin,
    shapes,
    tenure,
    took,
    verbs,
    versus,
    wins,
    wrapup,
)
from services.nl_to_sql.offline.coltypes import is_date, is_key_like, is_numeric, is_text
from services.nl_to_sql.offline.columns import row_namers
from services.nl_to_sql.offline.linking import lexicon_for
from services.nl_to_sql.offline.model import Col, Condition, Group, Measure, Related, cannot
from services.nl_to_sql.offline.normalise import direction_roots, root, tokenize
from services.nl_to_sql.offline.planner import Planner, looks_up
from services.nl_to_sql.offline.rates import rates_as_percentages
from services.nl_to_sql.offline.reader import Reader
from services.nl_to_sql.offline.render import Renderer
from services.nl_to_sql.offline.rewording import nobody_as_never, own_as_theirs
from services.nl_to_sql.offline.rownouns import row_nouns, with_row_nouns
from services.nl_to_sql.offline.typos import corrected
from services.nl_to_sql.offline.valuelink import ValueIndex
from services.nl_to_sql.offline.valuenames import value_names
from services.nl_to_sql.schema import Schema

MODEL_NAME = "offline-rules-v1"   # the public name since v1; kept so settings and clients see no change


@dataclass
class Generated:
    sql: str
    explanation: str
    tables: list[str]


PASSES = (both.read_both, groups.read_with_empty, wrapup.read_directions, wrapup.read_order_of, roles.read_role_verbs, verbs.read_column_verbs, verbs.read_passive_events, verbs.read_link_verbs, verbs.read_agent_verbs, wrapup.first_and_last, filters.read_value_adjectives, datecols.read_overdue, datecols.read_active, wins.read_wins, filters.read_flags_before_tables, selfjoin.read_whose_reference, selfjoin.read_reports_to,
          differs.read_differs, versus.read_versus, versus.read_same_as,
          durations.read_durations, durations.read_ages, durations.read_age_bounds, durations.read_lasting, durations.read_longest, took.read_took, tenure.read_tenure,
          percentages.read_percentage, versus.read_at_extreme, ranking.read_from_to, ranking.read_top, ranking.read_superlatives,
          shapes.read_measures, selfjoin.read_self_ref, pergroup.read_each_prefix, groups.read_groups,
          conditions.read_dates, often.read_times, comparisons.read_comparisons,
          conditions.read_negations, wrapup.read_sort, datecols.read_date_flags, filters.read_booleans, filters.read_patterns, filters.read_values,
          filters.read_names_before_tables, conditions.read_presence, conditions.read_unknown, conditions.read_having_any, wrapup.read_which_column, wrapup.read_what_it_is,
          percentages.finish_percentage, ranking.finish_superlative, datecols.read_event_verbs, wrapup.read_projection, orderwords.read_order_words, pergroup.finish,
          versus.finish, either.read_or)


def read(question: str, schema: Schema, full: Schema, hints: dict[tuple[str, str], list[str]]) -> Reader:
    planner = Planner(full, hints, set())
    lex = with_row_nouns(lexicon_for(full), row_nouns(lexicon_for(full), hints, planner.join_columns))
    asked = {t.stem for t in tokenize(question)}      # "who taught": still names `teaches` once rewritten
    question = rates_as_percentages(own_as_theirs(nobody_as_never(question)), lex, hints)   # rewording, rates
    question = roles.who_did(roles.spell_out_role_nouns(question, planner.edges, full), planner.edges, full)
    tables = set(schema.tables)
    values = ValueIndex(hints, tables, value_names(schema, hints, tables, planner.edges))
    reader = Reader(question, lex, tables, values, planner, hints)
    reader.planner.roots = {t.stem for t in reader.tokens} | {t.lower for t in reader.tokens} | \
        direction_roots(reader.tokens) | asked
    if not reader.tokens:
        raise cannot("The question is empty.", "Ask about the data, e.g. 'How many orders are there?'")
    when = reader.lower(0) == "when" and reader.lower(1) in ("was", "were", "is", "are", "did", "does", "do")
    if when:                                      # "When was the first loan made?": a date is asked for
        reader.take(0)
    for step in PASSES:
        step(reader)
    for related in [x for x in reader.q.related if not x.fixed]:
        # "customers with at least 5 orders in 2025": the date is the counted orders'
        path = reader.planner.path(related.entity, related.target)
        inner = {t for e in path for t in (e.left_table, e.right_table)} - {related.entity}
        inner |= _beyond(reader, related)           # "books with no copies at Central Library"
        related.conditions = [c for c in reader.q.conditions if c.col.table in inner]
        reader.q.conditions = [c for c in reader.q.conditions if c.col.table not in inner]
    _joined_whose(reader)
    _merge_alternatives(reader)
    reader.q.groups = [g for n, g in enumerate(reader.q.groups) if g not in reader.q.groups[:n]]
    owners = {c.col.table for c in reader.q.conditions} | {c.table for c in reader.q.projection}
    if reader.q.entity is None and not reader.q.measures and len(owners) == 1:
        reader.q.entity = owners.pop()            # "Invoices due in January 2025"
    if when:
        _asks_a_date(reader)
    _having_groups(reader)
    _first_by_date(reader)
    _which_values(reader)
    if reader.which and not reader.q.measures and not reader.q.groups:
        reader.q.identify = True
        _who(reader)
    _person_names(reader)
    _figure_of_rated_rows(reader)
    _labels_of_groups(reader)
    wrapup.check_leftovers(reader)
    risks.check(reader)
    return reader


def _labels_of_groups(reader: Reader) -> None:
    """"Name of the museum with the most visits": a label of a table the figures are per is shown
    with its rows anyway (key and labels), so the words asking for it are read."""
    for m in reader.mentions:
        if m.start in reader.used or m.tables or not m.columns or reader.lower(m.end) != "of":
            continue
        grouped = {g.table for g in reader.q.groups if g.column is None}
        if any(t in grouped and c in reader.lex.labels(t) for t, c in m.columns):
            reader.take(*range(m.start, m.end))


def _asks_a_date(reader: Reader) -> None:
    """"When ...": the answer shows a date column (asked for, or the one ranked by); else refused."""
    q = reader.q
    shown = [*q.projection, *(m for x in q.measures for m in x.cols)]
    ranked = q.order[0] if q.order else None
    if isinstance(ranked, Col) and q.limit:
        shown.append(ranked)
    if any(is_date(reader.lex.column(c.table, c.column)) for c in shown):
        return
    # "When was Franklin Wong born?", "When was the 2023 Japanese Grand Prix?": the rows' named or one date
    named = next(((m, Col(*c)) for m in reader.mentions if m.start not in reader.used for c in m.columns
                  if c[0] == q.entity and is_date(reader.lex.column(*c))), None)
    date = named[1] if named else reader.entity_date() if not q.measures and not q.groups else None
    if date is not None and not named and not _is_when(reader, date):
        date = None                               # "When is member 5?": a member is no event
    if date is None and not named and not q.measures and not q.groups and q.entity is not None:
        texts = [c.name for c in reader.lex.table(q.entity).columns       # `event.date` stored as text
                 if c.name.lower() in ("date", "time") and not is_date(c)]
        date = Col(q.entity, texts[0]) if len(texts) == 1 and not any(
            is_date(c) for c in reader.lex.table(q.entity).columns) else None
    if date is None:
        raise cannot("I can't tell which date 'When' asks for.", "Name the date, e.g. 'the <date column> of ...'.",
                     reader.reading())
    if named:
        reader.take(*range(named[0].start, named[0].end))
    q.projection.append(date)
    for t in reader.tokens:                       # "When did the Global Awarding take place?": the date itself
        if t.lower in ("take", "took", "taken") and reader.lower(t.index + 1) == "place" or \
                t.lower in ("happen", "happened") and t.index not in reader.used:
            reader.take(*range(t.index, t.index + (2 if t.lower.startswith("t") else 1)))
    ends = [t for t in reader.tokens if t.lower in ("last", "latest", "first", "earliest")]
    if q.order is None and len(ends) == 1:        # "when did Dinesh Kumar last visit ...": the latest one
        q.order, q.limit = (date, ends[0].lower in ("last", "latest")), 1
        reader.take(ends[0].index)


def _is_when(reader: Reader, date: Col) -> bool:
    """A row's date that says when the row happened: a bare `date` / `time`, or one named after its
    table (`race_date`), not a date of something else it records (`joined_on`)."""
    words = {w.lower() for w in reader.lex.norm_words(date.column)}
    return words <= {"date", "day", "time", "datetime", "timestamp"} or \
        datecols.own_event_date(reader.lex, date.table, [date.column]) == date.column


def _beyond(reader: Reader, related: Related) -> set[str]:
    """Tables of conditions reached from the entity only through the related rows: those rows'
    conditions ("no copies at Central Library" is about the copies' branch; joining the branch to
    the books outside the NOT EXISTS would ask for copies there and none at once)."""
    q, out = reader.q, set()
    elsewhere = {g.table for g in q.groups} | {c.table for c in q.projection} | \
        {t for m in q.measures for t in (m.table, *(c.table for c in m.cols))}
    for c in q.conditions:
        if c.col.table in (related.entity, related.target) or c.col.table in elsewhere:
            continue
        route = reader.planner.path(related.entity, c.col.table)
        through = related.target in {t for e in route for t in (e.left_table, e.right_table)}
        theirs = reader.planner.path_avoiding(related.target, c.col.table, related.entity) or []
        # ... or looked up from the related rows while the entity reaches it only by fanning out:
        # "customers with no rentals of ladders" (the rented tool's category, not the ladders
        # of the customer's depot)
        mine = bool(theirs) and looks_up(related.target, theirs)
        if not through and mine and looks_up(related.entity, route):
            _whose_condition(reader, related, c)
        if not through and not (mine and not looks_up(related.entity, route)):
            continue
        # a count of the related rows must not fan out ("members with 3 loans of mystery books")
        if (related.op, related.n) in (("=", 0), (">=", 1)) or looks_up(related.target, theirs):
            out.add(c.col.table)
    return out


def _joined_whose(reader: Reader) -> None:
    """"Members with overdue loans at Central Library": a condition on a table the rows look up
    themselves (the member's home branch) and their joined rows too (the lent copy's branch) is as
    ambiguous as for related rows (_beyond). Refused."""
    q, entity = reader.q, reader.q.entity
    if entity is None or q.measures or q.groups:
        return
    joined = {c.col.table for c in q.conditions} - {entity}
    for c in q.conditions:
        if c.col.table == entity:
            continue                                  # "left-handed players who won ...": their own
        for rows in joined - {c.col.table}:
            try:
                route, to_rows = reader.planner.path(entity, c.col.table), reader.planner.path(entity, rows)
            except ServiceError:
                continue
            theirs = reader.planner.path_avoiding(rows, c.col.table, entity) or []
            through = rows in {t for e in route for t in (e.left_table, e.right_table)}
            if not through and theirs and looks_up(rows, theirs) and looks_up(entity, route) and \
                    not looks_up(entity, to_rows):
                _whose_condition(reader, Related(entity, rows, "=", 0), c)


def _whose_condition(reader: Reader, related: Related, c: Condition) -> None:
    """"members with loans at Eastside Branch": the members and their loans both look the branch
    up (the home branch, the lent copy's branch), so the condition could be on either. Refused."""
    value = c.value.strip("'") if c.value else c.col.column
    entity, target = reader.said(related.entity), reader.said(related.target)
    raise cannot(f"I can't tell whether '{value}' is about the {entity} themselves or about their {target} "
                 f"(both lead to {reader.said(c.col.table)}).",
                 f"Say e.g. '{entity} whose {reader.said(c.col.table)} is ...' or '{target} at ...'.", reader.reading())


def _person_names(reader: Reader) -> None:
    """"Which perpetrators ...", "which listings ...": rows without a name of their own are shown by
    their person's, and by the labels of what else they refer to."""
    q = reader.q
    if q.measures or q.groups or not q.identify or q.entity is None or not reader.lex.identity(q.entity):
        return                                        # a keyless row would be shown by the name alone
    for table in row_namers(reader, q.entity):
        q.projection += [Col(table, c) for c in reader.lex.labels(table) if Col(table, c) not in q.projection]


_RATED = {root(w) for w in ("rating", "score", "grade", "mark")}


def _figure_of_rated_rows(reader: Reader) -> None:
    """"What ratings did Alice Martin give?": rows named as ratings or scores are shown with their
    one number (`talk_ratings.stars`), not only by who gave them to what."""
    q = reader.q
    if q.measures or q.groups or not q.identify or q.entity is None or \
            root((reader.lex.table_words[q.entity] or [""])[-1].lower()) not in _RATED:
        return
    figures = [c.name for c in reader.lex.table(q.entity).columns if is_numeric(c) and not is_key_like(c.name)
               and c.name.lower() not in {k.lower() for k in reader.lex.table(q.entity).primary_key}]
    if len(figures) == 1 and Col(q.entity, figures[0]) not in q.projection:
        q.projection.append(Col(q.entity, figures[0]))


def _who(reader: Reader) -> None:
    """"Who teaches Database System Concepts?": the rows of a link table are not who; the one
    table of named people (a `name` or first/last name column) it refers to is."""
    entity = reader.q.entity
    if reader.lower(0) != "who" or entity is None or reader.lex.identity(entity) and reader.lex.labels(entity):
        return
    def named(table: str) -> bool:
        return any(w in ("name", "first", "last") for c in reader.lex.labels(table) for w in reader.lex.norm_words(c)[-2:])

    def referred(table: str) -> set[str]:
        return {e.right_table for e in reader.planner.edges if e.left_table == table and e.right_table != table}

    # "who advises student 5": not the student
    people = {t for t in referred(entity) if named(t)} - {c.col.table for c in reader.q.conditions}
    if not people and all(c.col.table == entity for c in reader.q.conditions):
        # "who had a payment refunded": the named people of the unnamed rows it refers to (subscriptions)
        people = {p for t in referred(entity) if not reader.lex.labels(t) for p in referred(t) if named(p)
                  and not any(root(reader.lex.norm_words(c)[0].lower()) in _own_words(reader, p)
                              for c in reader.lex.labels(p))}   # `plan_name`: a thing's own name
    if len(people) == 1:
        reader.q.entity = people.pop()


def _own_words(reader: Reader, table: str) -> set[str]:
    return {root(w.lower()) for w in reader.lex.table_words[table]}


def _having_groups(reader: Reader) -> None:
    """"Specialties with an average fee above 125": a HAVING on the values of a listed column groups
    by that column, not by the rows that hold it (a list of the rows' own labels still groups by row)."""
    q = reader.q
    if not q.having or q.groups or q.measures or not q.projection:
        return
    if any(c.column in reader.lex.identity(c.table) for c in q.projection):
        return
    q.groups = [Group(c.table, c.column) for c in q.projection]
    q.projection = []


def _first_by_date(reader: Reader) -> None:
    """"The first 3 patients to register": the earliest by the date the question names, not the
    first by key."""
    q = reader.q
    dates = [c for c in q.projection if is_date(reader.lex.column(c.table, c.column))]
    if reader.first_n and q.order is None and not q.measures and not q.groups and len(dates) == 1:
        q.order = (dates[0], False)


def _which_values(reader: Reader) -> None:
    """"Which cities do customers live in?", "which specialties do the doctors at X have?": the
    distinct values of the column, not every row with its value."""
    q = reader.q
    asked = reader.lower(0) in ("which", "what")
    # ... and a question that starts with the plural column: "Tournaments won by Holger Jensen"
    m = next((x for x in reader.mentions if x.start == (1 if asked else 0)), None)
    if not asked and m is not None:
        named = {c for x in reader.mentions if x is not m for c in x.columns}
        if reader.lower(m.end) in ("of", "and", "with", "") or \
                any((c.table, c.column) in named for c in q.projection):
            return                              # "surfaces of the matches ...", "names and budgets"
    if m is None or m.tables or q.measures or q.groups or \
            q.order is not None or q.limit is not None or reader.tokens[m.end - 1].lower == reader.tokens[m.end - 1].stem:
        return
    cols = [c for c in q.projection if (c.table, c.column) in m.columns]
    # a label named by its own words ("tournaments" for the matches' tourney_name) is a value too
    shown = [reader.lex.keys.get(cols[0].table)] if cols else []
    if len(cols) == 1 and cols[0].column not in shown and \
            (asked or is_text(reader.lex.column(cols[0].table, cols[0].column))):
        q.projection, q.distinct, q.bare = cols, True, True
        if reader.lex.column(cols[0].table, cols[0].column).nullable:   # a missing company is no company
            q.conditions.append(Condition(cols[0], "IS NOT NULL"))


def _merge_alternatives(reader: Reader) -> None:
    """Two stored values of one column can only both hold as alternatives: "in Berlin and in Paris"."""
    reader.q.conditions = [c for n, c in enumerate(reader.q.conditions) if c not in reader.q.conditions[:n]]
    by_col: dict[Col, list[Condition]] = {}
    for c in reader.q.conditions:
        if c.op == "=" and c.value is not None and c.value.startswith("'"):
            by_col.setdefault(c.col, []).append(c)
    for col, same in by_col.items():
        if len(same) > 1:
            merged = Condition(col, "IN", "(" + ", ".join(c.value or "" for c in same) + ")")
            reader.q.conditions = [c for c in reader.q.conditions if c not in same] + [merged]


def explain(reader: Reader) -> str:
    q = reader.q
    parts = []
    for m in q.measures:
        what = "rows" if not m.cols else " * ".join(f"{c.table}.{c.column}" for c in m.cols)
        if m.share is not None:
            parts.append(f"computes the percentage of {m.table} rows meeting the conditions")
        elif m.per:
            parts.append(f"computes the {m.agg.lower()} of per-{reader.short(m.per)} sums of {what}")
        else:
            parts.append(f"computes {m.agg.lower()} of {m.table if not m.cols else what}")
    for g in q.groups:
        parts.append(f"per {g.bucket + ' of ' if g.bucket else ''}{g.table + '.' + g.column if g.column else g.table}")
    if q.order is not None:
        target, desc = q.order
        name = target.label if isinstance(target, Measure) else f"{target.table}.{target.column}"
        parts.append(f"ranks by {name} {'descending' if desc else 'ascending'}")
    if q.limit:
        parts.append(f"keeps the first {q.limit}")
    if q.conditions or q.related:
        parts.append(f"with {len(q.conditions) + len(q.related)} condition(s)")
    if not q.measures and q.entity:
        parts.insert(0, f"lists {q.entity}")
    return "Offline engine: " + ", ".join(parts) + "."


def generate(question: str, schema: Schema, full_schema: Schema | None = None,
             value_hints: dict[tuple[str, str], list[str]] | None = None) -> Generated:
    """Translate `question` over the retrieved `schema` (joins may pass through `full_schema`),
    or raise ServiceError(CANNOT_ANSWER) naming what was not understood."""
    full = full_schema or schema
    try:
        reader = read(question, schema, full, value_hints or {})
    except ServiceError as err:                       # "custmers with more than 1 loan": read again, spelt right
        again = corrected(question, lexicon_for(full), value_hints or {})
        if again is None:
            raise
        try:
            reader = read(again, schema, full, value_hints or {})
        except ServiceError:
            raise err from None
    renderer = Renderer(reader.lex, reader.planner)
    sql = renderer.render(reader.q)
    tables = list(dict.fromkeys(reader.q.tables() + renderer.used_tables))
    return Generated(sql, explain(reader), tables)
