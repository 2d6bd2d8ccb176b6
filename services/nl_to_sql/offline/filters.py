"""Filters named in a question: stored values ("Madrid", "cancelled", "Hamburg or Munich", "not
in Germany"), `<column> <value>`, `<table> <number>`, names before tables ("the Books category"),
booleans ("discontinued") and ILIKE patterns ("starting with")."""
from __future__ import annotations

from typing import TYPE_CHECKING

from services.nl_to_sql.offline.coltypes import is_flag, is_key_like, is_text
from services.nl_to_sql.offline.linking import Mention
from services.nl_to_sql.offline.model import Col, Condition, cannot
from services.nl_to_sql.offline.normalise import DIRECTIONS, FILLER, SHAPE_WORDS, direction_roots, is_year, root
from services.nl_to_sql.offline.render import literal
from services.nl_to_sql.offline.rownames import name_over_its_aliases, named_row
from services.nl_to_sql.offline.yearcols import year_column_of, year_literal

if TYPE_CHECKING:
    from services.nl_to_sql.offline.reader import Reader

_VALUE_LEAD = ("is", "=", "named", "called", "equals", "of")


def _pick_value(r: Reader, v: Mention) -> tuple[str, str, str]:
    owners = v.values
    after = r.tokens[v.end].stem if v.end < len(r.tokens) and v.end not in r.used else None
    worded = [o for o in owners if after in {root(w) for w in r.lex.words(o[1])}]
    if len({(t, c) for t, c, _ in worded}) == 1:
        return worded[0]                              # "a Yoga class": `class_name`, not a trainer's specialty
    anchors = r.context_tables() or _column_tables(r, v)
    for a in anchors:
        own = [o for o in owners if o[0] == a]
        if (described := _described_by(r, v, own)) is not None:
            return described
        if len(own) == 1:
            _after_related_condition(r, v, own[0])
            return own[0]
        way = DIRECTIONS.get(r.lower(v.start - 1)) or direction_roots(r.tokens)   # "from FRA to LHR": each its own
        directed = [o for o in own if _named_by(r, o[0], o[1], way)]
        if len(own) > 1 and len(directed) == 1:
            return directed[0]                        # "flights to JFK": the destination
    if len({(t, c) for t, c, _ in owners}) == 1:
        return owners[0]
    if (alias := name_over_its_aliases(r, owners)) is not None:
        return alias
    if (named := named_row(r, v, owners)) is not None:
        return named
    ranked = sorted(owners, key=lambda o: r.distance(anchors, o[0]) if anchors else 0)
    if anchors and r.distance(anchors, ranked[0][0]) < r.distance(anchors, ranked[1][0]):
        return ranked[0]
    names = ", ".join(sorted({f"{t}.{c}" for t, c, _ in owners})[:4])
    raise cannot(f"'{v.text(r.tokens)}' is a value of more than one column ({names}).",
                 f"Name the column, e.g. '{owners[0][1]} {v.text(r.tokens)}'.", r.reading())



def _described_by(r: Reader, v: Mention, own: list[tuple[str, str, str]]) -> tuple[str, str, str] | None:
    """"Rivers that flow through Texas": the words right before the value are the comment of one of
    the columns holding it ('a state the river flows through': `traverse`, not `river_name`)."""
    start = v.start
    while start > 0 and start - 1 not in r.used and r.mention(start - 1) is None and r.tokens[start - 1].kind == "word":
        start -= 1
    for k in range(start, v.start):
        said = {root(t.lower) for t in r.tokens[k:v.start]}
        if not said - FILLER:
            break
        hits = [o for o in own if said <= {root(w) for w in (r.lex.column(o[0], o[1]).comment or "").lower().split()}]
        if len(hits) == 1:
            r.take(*range(k, v.start))
            return hits[0]
    return None


def _column_tables(r: Reader, v: Mention) -> list[str]:
    """"What is the capital of Texas?": with no table named, the table of the one column asked about
    (`state.capital`) is where the value is looked for; of several, the one whose key holds it."""
    tables = {c[0] for m in r.mentions if not m.tables and m.columns and m.end <= v.start and r.of_value(m.end, v.start)
              for c in m.columns}
    if len(tables) > 1:                           # "the population of California": the state's, whose key
        tables &= {o[0] for o in v.values if o[1] == r.lex.key_of(o[0])}   # holds the value
    return list(tables) if len(tables) == 1 else []


def _named_subject(r: Reader, v: Mention) -> tuple[str, str, str] | None:
    """"Cities called Springfield": after "named / called" the value is the named rows' own name (the
    table right before, else the subject), even when only another table's sampled column holds it (a
    capital) and their name column was not sampled (too many values); "cities named Kansas City" is
    the whole capitalised name, not the state 'Kansas'. Refused when their sampled names lack it."""
    if r.lower(v.start - 1) not in ("named", "called"):
        return None
    before = next((m for m in r.mentions if m.end == v.start - 1 and m.tables), None)
    owner = before.tables[0] if before is not None else r.q.entity
    end = v.end
    while end < len(r.tokens) and r.tokens[end].capitalized and end not in r.used:
        end += 1
    if owner is None or end == v.end and any(o[0] == owner for o in v.values):
        return None
    labels = r.lex.labels(owner)
    if len(labels) != 1:
        return None
    text = " ".join(t.text for t in r.tokens[v.start:end])
    known = r.hints.get((owner, labels[0]))
    if known is not None and text.lower() not in {k.lower() for k in known}:
        raise cannot(f"No {labels[0]} of {r.said(owner)} is '{text}' in the sampled values.",
                     f"Check the spelling; known values include {', '.join(known[:5])}.", r.reading())
    r.take(*range(v.end, end))
    return owner, labels[0], text


def _after_related_condition(r: Reader, v: Mention, own: tuple[str, str, str]) -> None:
    """"Students with grade F in Biology": after a condition on related rows (the enrolment's grade), a value
    the rows hold themselves (the student's department) may as well be of a table those rows look up (the
    course's department). Refused unless the value comes first ("Physics students with grade A")."""
    if own[0] != r.q.entity:
        return
    related = {c.col.table for c in r.q.conditions} - {own[0]}
    others = {o[0] for o in v.values} - {own[0]}
    near = [(t, o) for t in related for o in others if o == t or o in r.planner.graph.neighbours(t)]
    if near:
        t, o = near[0]
        raise cannot(f"I can't tell whether '{v.text(r.tokens)}' is the {r.said(own[0])} {own[1]} or the "
                     f"{r.said(o)} {own[1]} of their {r.said(t)}.",
                     f"Put it before the rows, e.g. '{v.text(r.tokens)} {r.said(own[0])} ...', or name the "
                     f"table, e.g. '{r.said(o)} {own[1]} {v.text(r.tokens)}'.", r.reading())

_LIKE = {"start": "{}%", "starting": "{}%", "starts": "{}%", "begin": "{}%", "beginning": "{}%", "begins": "{}%",
         "end": "%{}", "ending": "%{}", "ends": "%{}", "contain": "%{}%", "containing": "%{}%", "contains": "%{}%"}


def read_patterns(r: Reader) -> None:
    """"names starting with A", "title containing 'data'", "email ending with .org": ILIKE."""
    for m in r.mentions:
        if m.start in r.used or not m.columns:
            continue
        text_cols = [c for c in m.columns if is_text(r.lex.column(*c))]
        j = m.end
        owner = r.mention(j + 1) if r.lower(j) == "of" else None
        if owner is not None and owner.tables and any(c[0] == owner.tables[0] for c in text_cols):
            j = owner.end                             # "names of products containing 'Pro'"
            text_cols = [c for c in text_cols if c[0] == owner.tables[0]]
        j += 1 if r.lower(j) in ("that", "which", "is", "are") else 0
        pattern = _LIKE.get(r.lower(j))
        if not text_cols or pattern is None:
            continue
        k = j + (1 if r.lower(j + 1) == "with" else 0) + 1
        if k >= len(r.tokens) or k in r.used or r.tokens[k].kind not in ("word", "value", "number"):
            continue
        col = r.pick_column(m, text_cols)
        escaped = r.tokens[k].text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        r.q.conditions.append(Condition(col, "ILIKE", literal(pattern.format(escaped))))
        r.take(*range(m.end if owner is not None else m.start, k + 1))
        if owner is not None and not r.q.measures:
            r.q.projection.append(col)                # the names asked for are shown
            r.take(*range(m.start, m.end))


def _named_by(r: Reader, table: str, column: str, words: set[str]) -> bool:
    col = r.lex.column(table, column)
    text = r.lex.words(column) + (col.comment or "").lower().split()
    return bool(words and {w.lower() for w in text} & words)


def read_values(r: Reader) -> None:
    # <column> [is] <value>: "with memo Payroll", "city 'Berlin'", "status shipped"
    for m in r.mentions:
        if m.start in r.used or not m.columns:
            continue
        j = m.end + (1 if r.lower(m.end) in _VALUE_LEAD else 0)
        if _negation_not_number(r, m, j):
            continue
        v = r.value(j)
        text_cols = [c for c in m.columns if is_text(r.lex.column(*c))]
        if v is not None and any((t, c) in text_cols for t, c, _ in v.values):
            t, c, value = next(o for o in v.values if (o[0], o[1]) in text_cols)
            r.q.conditions.append(Condition(Col(t, c), "=", literal(value)))
            r.take(*range(m.start, v.end))
        elif v is None and text_cols and j < len(r.tokens) and j not in r.used and r.mention(j) is None and (
                r.tokens[j].kind == "value" or r.tokens[j].capitalized or (
                    r.tokens[j].kind == "word" and r.tokens[j].lower not in FILLER | SHAPE_WORDS
                    and all((c[0], c[1]) not in r.hints for c in text_cols))):
            end = j + 1
            while r.tokens[j].capitalized and end < len(r.tokens) and r.tokens[end].capitalized and \
                    r.mention(end) is None and end not in r.used:
                end += 1
            col = r.pick_column(m, text_cols)
            known = r.hints.get((col.table, col.column))
            text = " ".join(t.text for t in r.tokens[j:end])
            if known is not None and text.lower() not in {k.lower() for k in known}:
                raise cannot(f"No {col.column} is '{text}' in the sampled values of {col.table}.",
                             f"Check the spelling; known values include {', '.join(known[:5])}.", r.reading())
            r.q.conditions.append(Condition(col, "IEQ", literal(text)))
            r.take(*range(m.start, end))
    # stored values anywhere: "cancelled", "gold customers", "in Madrid", "the Books category"
    for v in r.values:
        if any(i in r.used for i in range(v.start, v.end)):
            continue
        k = v.start - 1 - (r.lower(v.start - 1) in ("is", "=", "named", "called"))
        if r.lower(k) in ("in", "at") and r.lower(k - 1) in ("is", "are"):
            k -= 2                                    # "whose home branch is in ..."
        keyed = next((m for m in r.mentions if m.end == k + 1 and m.start not in r.used
                      and any(is_key_like(c[1]) for c in m.columns)), None)
        pointed = _pointed_value(r, keyed, v) if keyed is not None else None
        if keyed is not None and pointed is not None:   # "whose home branch is in Shelbyville": the branch's
            r.take(*range(keyed.start, keyed.end))    # city
        elif keyed is not None:                       # "whose manager is Steven King"
            raise cannot(f"'{v.text(r.tokens)}' would be a value of the row that "
                         f"'{keyed.text(r.tokens)}' points at, a join the offline engine does not make here.",
                         "Ask about that table directly, or configure an LLM provider.", r.reading())
        if any(x.start <= v.start and v.end <= x.end and x.end - x.start > v.end - v.start for x in r.mentions):
            continue                                  # "born state", "host cities": a longer name's words
        schema = r.mention(v.start)
        if schema is not None and schema.tables and schema.end >= v.end:
            continue                                  # a table's name wins over a value
        if schema is not None and schema.columns and r.q.entity is not None and \
                any(c[0] == r.q.entity for c in schema.columns) and all(o[0] != r.q.entity for o in v.values):
            continue                                  # "first name" of passengers, not the travel class 'first'
        tok = r.tokens[v.start]
        own_word = v.end < len(r.tokens) and any(
            r.tokens[v.end].stem in {root(w) for w in r.lex.words(o[1])} for o in v.values)
        if v.end - v.start == 1 and tok.kind == "word" and (tok.lower in FILLER or tok.lower in SHAPE_WORDS) \
                and not (tok.capitalized and any(tok.text == o[2] for o in v.values)) and not own_word:
            continue                                  # "in" is not India's code
        if r.lower(v.start - 1) not in ("named", "called") and tok.capitalized and v.end < len(r.tokens) and \
                r.tokens[v.end].capitalized and v.end not in r.used and r.value(v.end) is None:
            said = " ".join(t.text for t in r.tokens[v.start:v.end + 1])
            raise cannot(f"'{said}' is not a value I know; '{v.text(r.tokens)}' is, as part of a longer name?",
                         "Quote the name, e.g. 'named \"...\"', or check the spelling.", r.reading())
        table, column, value = pointed or _named_subject(r, v) or _pick_value(r, v)
        values, end = [value], v.end
        while r.lower(end) in ("or", "and", ",") and (w := r.value(end + 1)) is not None:
            same = [o for o in w.values if (o[0], o[1]) == (table, column)]
            if not same:
                break
            values.append(same[0][2])                 # "in Hamburg or Munich"
            r.take(*range(end, w.end))
            end = w.end
        k = v.start - 1
        while k >= 0 and r.lower(k) in ("in", "the", "a", "an") and k not in r.used:
            k -= 1
        negated = k >= 0 and k not in r.used and r.lower(k) in ("not", "except", "excluding", "non")
        if negated:                                   # "orders that are not cancelled", "not in Germany"
            r.take(*range(k, v.start))
        if len(values) == 1:
            r.q.conditions.append(Condition(Col(table, column), "<>" if negated else "=", literal(value)))
        else:
            r.q.conditions.append(Condition(Col(table, column), "NOT IN" if negated else "IN",
                                            "(" + ", ".join(map(literal, values)) + ")"))
        r.take(*range(v.start, v.end))
        v = Mention(v.start, end, values=v.values)
        named = r.mention(v.end)
        if named is not None and (table, column) in named.columns:
            r.take(*range(named.start, named.end))    # "a gold loyalty tier": the tier is 'gold'
        elif v.end < len(r.tokens) and r.tokens[v.end].stem in {root(w) for w in r.lex.words(column)}:
            r.take(v.end)                             # "business class": the travel class 'business'
        year = year_column_of(r, table)
        for at in (v.end, v.start - 1):              # "Fall 2022", "the 2023 Japanese Grand Prix"
            if year is not None and r.number(at) is not None and is_year(r.tokens[at]) and at >= 0:
                r.q.conditions.append(Condition(Col(table, year), "=", year_literal(r, table, year, r.tokens[at].text)))
                r.take(at)
                break
        # the value's own table named next to it is part of the same phrase ("the Books category")
        col_words = [w.lower() for w in r.lex.norm_words(column)]
        for m in (r.mention(v.end), _mention_ending(r, v.start)):
            if m is not None and m.tables and (m.tables == [table] or [
                    w.lower() for w in r.lex.table_words[m.tables[0]]] == col_words[:-1]):
                r.take(*range(m.start, m.end))
    # <table> <number>: "customer 42", "department 60"; <table> <code>: "flight AF103"
    for m in r.mentions:
        code = m.end < len(r.tokens) and m.end not in r.used and _is_code(r.tokens[m.end].text)
        if m.start in r.used or not m.tables or (r.number(m.end) is None and not code):
            continue
        table = m.tables[0]
        key = r.lex.key_of(table)
        if key is None or r.tokens[m.end - 1].lower != r.tokens[m.end - 1].stem:
            continue
        textual = is_text(r.lex.column(table, key))
        if code and not textual:
            continue
        value = r.tokens[m.end].text
        r.q.conditions.append(Condition(Col(table, key), "=", literal(value) if textual else value))
        r.take(*range(m.start, m.end + 1))
    # <table> 'quoted' / <table> Capitalised Name: the table's label ("store 'Berlin Mitte'")
    for m in r.mentions:
        if m.start in r.used or not m.tables or m.end >= len(r.tokens) or m.end in r.used:
            continue
        tok = r.tokens[m.end]
        if not (tok.kind == "value" or (tok.capitalized and r.mention(m.end) is None)):
            continue
        labels = r.lex.labels(m.tables[0])
        if len(labels) != 1:
            continue
        end = m.end + 1
        while tok.kind != "value" and end < len(r.tokens) and r.tokens[end].capitalized and r.mention(end) is None:
            end += 1
        text = " ".join(t.text for t in r.tokens[m.end:end])
        r.q.conditions.append(Condition(Col(m.tables[0], labels[0]), "IEQ", literal(text)))
        r.take(*range(m.start, end))


def _pointed_value(r: Reader, keyed: Mention, v: Mention) -> tuple[str, str, str] | None:
    """The value's column in the one table a referencing column right before it points at."""
    targets = {e.right_table for e in r.planner.edges for t, c in keyed.columns
               if e.left_table == t and e.left_columns == (c,) and e.right_table != t}
    own = [o for o in v.values if o[0] in targets]
    return own[0] if len({(t, c) for t, c, _ in own}) == 1 else None


def _negation_not_number(r: Reader, m: Mention, j: int) -> bool:
    """"airports with no arrivals": "no" before a plain word is the negation, not an abbreviated
    number column (`flight_no`) holding the word."""
    return m.end - m.start == 1 and r.lower(m.start) == "no" and j < len(r.tokens) and \
        r.tokens[j].kind == "word" and not r.tokens[j].capitalized


def _is_code(text: str) -> bool:
    """"AF103", "B737": letters and digits, an identifier rather than a word."""
    return any(ch.isdigit() for ch in text) and any(ch.isalpha() for ch in text)


def read_names_before_tables(r: Reader) -> None:
    """"the Books category", "the Paris Opera store": a capitalised name before a table is its label."""
    for m in r.mentions:
        if m.start in r.used or not m.tables or m.start == 0:
            continue
        j = m.start - 1
        if j in r.used or not (r.tokens[j].capitalized or r.tokens[j].kind == "value") or r.mention(j) is not None:
            continue
        start = j
        while start - 1 > 0 and r.tokens[start - 1].capitalized and start - 1 not in r.used and \
                r.mention(start - 1) is None:
            start -= 1
        labels = r.lex.labels(m.tables[0])
        if len(labels) != 1:
            continue
        text = " ".join(t.text for t in r.tokens[start:m.start])
        r.q.conditions.append(Condition(Col(m.tables[0], labels[0]), "IEQ", literal(text)))
        r.take(*range(start, m.end))


def read_flags_before_tables(r: Reader) -> None:
    """"female singers", "discontinued products": a flag of the table named right after it, read
    first (like a stored value before its table) so the table can still be counted or ranked."""
    read_booleans(r, before_tables=True)


def read_booleans(r: Reader, before_tables: bool = False) -> None:
    """"discontinued products", "products that are not discontinued"."""
    for m in r.mentions:
        if m.start in r.used or not m.columns:
            continue
        flags = [c for c in m.columns if is_flag(r.lex.column(*c))]
        if before_tables:
            rows = r.mention(m.end)
            flags = [c for c in flags if rows is not None and rows.tables[:1] == [c[0]]]
        if not flags:
            continue
        col = r.pick_column(m, flags)
        k = m.start - 1
        while not before_tables and r.lower(k) in ("been", "be", "being", "yet") and k not in r.used:
            k -= 1                                    # "detentions that have not been served yet"
        negated = r.lower(k) in (("not", "non") if before_tables else ("not", "non", "no")) \
            and k not in r.used                       # "no lab courses": without courses that have labs
        opposite = tuple(t.stem for t in r.tokens[m.start:m.end]) == r.lex.opposites.get((col.table, col.column))
        r.q.conditions.append(Condition(col, "=", "false" if negated != opposite else "true"))
        r.take(*range(k if negated else m.start, m.end + (negated and r.lower(m.end) == "yet")))
        if before_tables:
            r.adjectives.update(range(m.start - (1 if negated else 0), m.end))

def _mention_ending(r: Reader, i: int) -> Mention | None:
    j = i - 1
    while j >= 0 and r.tokens[j].lower in ("the", "a", "an"):
        j -= 1
    return next((m for m in r.mentions if m.end == j + 1 and m.start not in r.used), None)


def read_value_adjectives(r: Reader) -> None:
    """"overdue invoices", "cancelled flights", "enterprise customers": a stored value of a column
    of the table named right after it is a condition on that table, read first so that the table
    stays free to be counted, measured or ranked ("number of cancelled flights per airline")."""
    for v in r.values:
        nxt = r.mention(v.end)
        if nxt is None or not nxt.tables or any(i in r.used for i in range(v.start, v.end)):
            continue
        own = [o for o in v.values if o[0] == nxt.tables[0]]
        if len({(t, c) for t, c, _ in own}) != 1 or r.lower(v.start - 1) in ("not", "non", "except", "excluding"):
            continue
        tok = r.tokens[v.start]
        if v.end - v.start == 1 and (tok.kind == "number" or tok.kind == "word" and (
                tok.lower in FILLER or tok.lower in SHAPE_WORDS)):
            continue                                  # "more than 4 apartments" counts them, whatever '4' is
        if tok.capitalized and r.tokens[v.end].capitalized:
            continue                                  # "Kansas City" is a name, not the Kansas cities
        table, column, value = own[0]
        r.q.conditions.append(Condition(Col(table, column), "=", literal(value)))
        r.take(*range(v.start, v.end))
        r.adjectives.update(range(v.start, v.end))
        if r.lower(v.start - 1) == "the" and column in r.lex.labels(table) and tok.capitalized:
            r.take(*range(nxt.start, nxt.end))        # "agents in the Billing team": that one team
