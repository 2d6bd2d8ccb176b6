"""One of several same-named columns ("budget" of movies and of departments): the entity's, a named
table's, the one joined to the question's other words, else the nearest by joins; a tie between
unrelated tables is refused. A word naming an unreachable table and a reachable column is the column."""
from __future__ import annotations

from typing import TYPE_CHECKING

from services.nl_to_sql.offline.labels import row_code
from services.nl_to_sql.offline.model import Col, cannot

if TYPE_CHECKING:
    from services.nl_to_sql.offline.linking import Mention
    from services.nl_to_sql.offline.normalise import Token
    from services.nl_to_sql.offline.planner import Planner
    from services.nl_to_sql.offline.reader import Reader



_PER = ("each", "every", "per", "by")


def pick_column(r: Reader, m: Mention, options: list[tuple[str, str]]) -> Col:
    """One of same-named columns: the entity's, else a table the question names, else the
    nearest by joins; a tie between unrelated tables is refused."""
    if len(options) == 1:
        return Col(*options[0])
    anchors = r.context_tables()
    if r.q.entity is not None:
        own = [o for o in options if o[0] == r.q.entity]
        if len(own) == 1:
            return Col(*own[0])
    reachable = [o for o in options if r.distance(anchors, o[0]) < 99] if anchors else options
    if reachable and len(reachable) < len(options):   # "wins per country": the players', not the singers'
        options = reachable
        if len(options) == 1:
            return Col(*options[0])
    exact = [o for o in options if o in m.exact]
    if len(exact) == 1:
        return Col(*exact[0])
    totals = [o for o in options if r.lex.norm_words(o[1])[0].lower() == "total"]
    if len({o[0] for o in options}) == 1 and len(totals) == 1:
        return Col(*totals[0])                    # "horses": total_horses, not working_horses
    for a in anchors:
        own = [o for o in options if o[0] == a]
        if len(own) == 1:
            return Col(*own[0])
    held = {v.values[0][0] for v in r.values if len({o[0] for o in v.values}) == 1 and v.start >= m.end
            and not any(m.end <= x.start < v.start and r.lower(x.start - 1) not in ("and", ",")
                        for x in r.mentions)}        # not "the name of the capital of Germany"
    of_held = [o for o in options if o[0] in held]
    if not anchors and len(of_held) == 1:         # "first names of the trainers": the professionals'
        return Col(*of_held[0])
    subject = {v.values[0][0] for v in r.values if len({o[0] for o in v.values}) == 1 and v.end <= m.start
               and all(t.lower in ("was", "is", "were", "are") for t in r.tokens[v.end:m.start])}
    of_subject = [o for o in options if o[0] in subject]
    if not anchors and len(of_subject) == 1:      # "when was Franklin Wong born": the employee's
        return Col(*of_subject[0])
    # "the population of France": the table whose rows the stored value right after it names
    valued = {o[0] for v in r.values if r.of_value(m.end, v.start) for o in v.values}
    of_value = [o for o in options if o[0] in valued]
    if len(of_value) == 1 and len(valued) == 1:
        return Col(*of_value[0])
    ranked = sorted(options, key=lambda o: r.distance(anchors, o[0]) if anchors else 0)
    if anchors and r.distance(anchors, ranked[0][0]) < r.distance(anchors, ranked[1][0]):
        return Col(*ranked[0])
    keyed = {o[0] for v in r.values if r.of_value(m.end, v.start)
             for o in v.values if o[1] == r.lex.key_of(o[0])}
    named = [o for o in options if o[0] in keyed]
    if not anchors and len(named) == 1:           # "the population of California": the state's, the
        return Col(*named[0])                     # one table whose key holds the named value
    per = [x for x in r.mentions if x is not m and x.columns and not x.tables and r.lower(x.start - 1) in _PER]
    beside = [o for o in options if any(c[0] == o[0] for x in per for c in x.columns)]
    if len(beside) == 1:                          # "total population of each continent": the country's
        return Col(*beside[0])
    joined = [o for o in options if _joins_the_rest(r, m, options, o[0])]
    if len(joined) == 1:                          # "average budget per country": only movies have both
        return Col(*joined[0])
    names = ", ".join(f"{t}.{c}" for t, c in options[:4])
    raise cannot(f"'{m.text(r.tokens)}' could be any of {names}.",
                 "Name the table too, e.g. '<table> <column>'.", r.reading())


def _joins_the_rest(r: Reader, m: Mention, options: list[tuple[str, str]], table: str) -> bool:
    """Whether every other word of the question that names a table, a column or a stored value can be
    read in a table that `table` joins to (so the options' tables lie in unrelated parts of the schema
    and the question's other words are in one of them); False when there are no such words."""
    said = [set(x.tables) or {c[0] for c in x.columns} for x in r.mentions
            if x is not m and not set(x.columns) & set(options) and (x.tables or x.columns)]
    said += [{o[0] for o in v.values} for v in r.values]
    hops = len(r.lex.schema.tables)
    return bool(said) and all(any(t == table or r.planner.graph.path(table, t, hops) is not None for t in tables)
                              for tables in said)


def drop_unreachable(mentions: list[Mention], planner: Planner) -> None:
    """A word naming a table no join reaches from the question's other tables, and also a column of
    one that does, is that column ("which country has the most customers": `customer.country`, not
    the table `countries` of another part of the schema)."""
    for m in mentions:
        if not m.tables or not m.columns:
            continue
        others = {t for x in mentions if x is not m for t in (*x.tables, *(c[0] for c in x.columns))}

        def reaches(table: str, others: set[str] = others) -> bool:
            return any(table == o or planner.graph.path(o, table, 4) is not None for o in others)

        if others and not any(reaches(t) for t in m.tables) and any(reaches(c[0]) for c in m.columns):
            m.tables = []


def drop_unrelated_participles(values: list[Mention], mentions: list[Mention], tokens: list[Token],
                               planner: Planner) -> list[Mention]:
    """"How many bridges has each architect designed?": "designed" is no category 'Design' of a
    part of the schema no join reaches from the tables the question names; a participle is a stored
    value only there ("the total amount deposited": the transaction type 'deposit')."""
    named = {t for m in mentions for t in (*m.tables, *(c[0] for c in m.columns))}
    out = []
    for v in values:
        word = tokens[v.start].lower if v.end == v.start + 1 else ""
        bare = {x.lower() for _, _, x in v.values}
        if named and word.endswith(("ed", "ing")) and word not in bare and not any(
                t == o or planner.graph.path(o, t, 4) is not None for t, _, _ in v.values for o in named):
            continue
        out.append(v)
    return out


def person_of(r: Reader, entity: str | None) -> tuple[str, ...]:
    """(the table,) of named rows a label-less table's rows are roles of (`perpetrator.People_ID`,
    `gymnast.gymnast_id` -> `people`): its name shows them and its columns (height, age) are theirs."""
    if entity is None or r.lex.labels(entity):
        return ()
    named = {e.right_table for e in r.planner.edges if e.left_table == entity and e.right_table != entity
             and any(w.lower() in ("name", "first", "last") for c in r.lex.labels(e.right_table)
                     for w in r.lex.norm_words(c)[-2:])}
    return (named.pop(),) if len(named) == 1 else ()


def row_namers(r: Reader, entity: str) -> list[str]:
    """The tables whose labels show a label-less table's rows: its person's (person_of), and every
    other labelled table it refers to by a column that is never NULL (a listing is shown by its
    property's address and its agent's name), so the join keeps every row; not a table it
    refers to twice."""
    labels = r.lex.labels(entity)
    if labels and labels != [row_code(r.lex, entity)]:
        return []                                     # a room number is a room's only within its hotel
    out = list(person_of(r, entity))
    edges = [e for e in r.planner.edges if e.left_table == entity and e.right_table != entity]
    for e in edges:
        if e.right_table in out or not r.lex.labels(e.right_table) or \
                sum(x.right_table == e.right_table for x in edges) > 1:
            continue                                  # a sender and a recipient: neither is the row's
        if all(not r.lex.column(entity, c).nullable for c in e.left_columns):
            out.append(e.right_table)
    return out
