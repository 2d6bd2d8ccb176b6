"""The last passes of a reading: named values become filters, named columns become the output,
and whatever is left over is refused by name."""
from __future__ import annotations

from typing import TYPE_CHECKING

from services.nl_to_sql.offline.linking import Mention, is_date, is_text
from services.nl_to_sql.offline.model import Col, Condition, Group, Measure, cannot
from services.nl_to_sql.offline.normalise import FILLER, SHAPE_WORDS, is_year
from services.nl_to_sql.offline.render import literal

if TYPE_CHECKING:
    from services.nl_to_sql.offline.reader import Reader

_VALUE_LEAD = ("is", "=", "named", "called", "equals", "of")


def _pick_value(r: Reader, v: Mention) -> tuple[str, str, str]:
    owners = v.values
    anchors = r.context_tables()
    for a in anchors:
        own = [o for o in owners if o[0] == a]
        if len(own) == 1:
            return own[0]
    if len({(t, c) for t, c, _ in owners}) == 1:
        return owners[0]
    ranked = sorted(owners, key=lambda o: r._distance(anchors, o[0]) if anchors else 0)
    if anchors and r._distance(anchors, ranked[0][0]) < r._distance(anchors, ranked[1][0]):
        return ranked[0]
    names = ", ".join(sorted({f"{t}.{c}" for t, c, _ in owners})[:4])
    raise cannot(f"'{v.text(r.tokens)}' is a value of more than one column ({names}).",
                 f"Name the column, e.g. '{owners[0][1]} {v.text(r.tokens)}'.", r.reading())


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


def read_values(r: Reader) -> None:
    # <column> [is] <value>: "with memo Payroll", "city 'Berlin'", "status shipped"
    for m in r.mentions:
        if m.start in r.used or not m.columns:
            continue
        j = m.end + (1 if r.lower(m.end) in _VALUE_LEAD else 0)
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
        schema = r.mention(v.start)
        if schema is not None and schema.tables and schema.end >= v.end:
            continue                                  # a table's name wins over a value
        if schema is not None and schema.columns and r.q.entity is not None and \
                any(c[0] == r.q.entity for c in schema.columns) and all(o[0] != r.q.entity for o in v.values):
            continue                                  # "first name" of passengers, not the travel class 'first'
        tok = r.tokens[v.start]
        own_word = v.end < len(r.tokens) and any(
            r.tokens[v.end].stem in {w.lower() for w in r.lex.words(o[1])} for o in v.values)
        if v.end - v.start == 1 and tok.kind == "word" and (tok.lower in FILLER or tok.lower in SHAPE_WORDS) \
                and not (tok.capitalized and any(tok.text == o[2] for o in v.values)) and not own_word:
            continue                                  # "in" is not India's code
        table, column, value = _pick_value(r, v)
        values, end = [value], v.end
        while r.lower(end) == "or" and (w := r.value(end + 1)) is not None:
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
        if v.end < len(r.tokens) and r.tokens[v.end].stem in {w.lower() for w in r.lex.words(column)}:
            r.take(v.end)                             # "business class": the travel class 'business'
        year = r.lex.table(table).column("year")
        if year is not None and r.number(v.end) is not None and is_year(r.tokens[v.end]):
            r.q.conditions.append(Condition(Col(table, year.name), "=", r.tokens[v.end].text))   # "Fall 2022"
            r.take(v.end)
        # the value's own table named next to it is part of the same phrase ("the Books category")
        col_words = [w.lower() for w in r.lex._norm_words(column)]
        for m in (r.mention(v.end), _mention_ending(r, v.start)):
            if m is not None and m.tables and (m.tables == [table] or [
                    w.lower() for w in r.lex.table_words[m.tables[0]]] == col_words[:-1]):
                r.take(*range(m.start, m.end))
    # <table> <number>: "customer 42", "department 60"
    for m in r.mentions:
        if m.start in r.used or not m.tables or r.number(m.end) is None:
            continue
        table = m.tables[0]
        key = r.lex.key_of(table)
        if key is None or r.tokens[m.end - 1].lower != r.tokens[m.end - 1].stem:
            continue
        r.q.conditions.append(Condition(Col(table, key), "=", r.tokens[m.end].text))
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


def read_booleans(r: Reader) -> None:
    """"discontinued products", "products that are not discontinued"."""
    for m in r.mentions:
        if m.start in r.used or not m.columns:
            continue
        flags = [c for c in m.columns if r.lex.column(*c).type.lower().startswith("bool")]
        if not flags:
            continue
        col = r.pick_column(m, flags)
        negated = r.lower(m.start - 1) in ("not", "non", "no") and m.start - 1 not in r.used
        r.q.conditions.append(Condition(col, "=", "false" if negated else "true"))
        r.take(*range(m.start - (1 if negated else 0), m.end))


def read_sort(r: Reader) -> None:
    """"sorted by name", "ordered by hire date descending", "alphabetically"."""
    for i, tok in enumerate(r.tokens):
        if i in r.used:
            continue
        if tok.lower in ("sorted", "ordered", "sort", "order") and r.lower(i + 1) == "by":
            m = r.mention(i + 2)
            if m is None or not m.columns:
                continue
            col = r.pick_column(m, m.columns)
            end = m.end
            desc = r.lower(end) in ("descending", "desc")
            if r.lower(end) in ("descending", "desc", "ascending", "asc"):
                end += 1
            r.q.order = (col, desc)
            r.take(*range(i, end))
        elif tok.lower in ("highest", "largest", "lowest", "smallest", "most", "fewest") and \
                r.lower(i + 1) == "first" and r.q.measures and r.q.groups and r.q.order is None:
            r.q.order = (r.q.measures[0], tok.lower in ("highest", "largest", "most"))   # "..., highest first"
            r.take(i, i + 1)
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


def _mention_ending(r: Reader, i: int) -> Mention | None:
    j = i - 1
    while j >= 0 and r.tokens[j].lower in ("the", "a", "an"):
        j -= 1
    return next((m for m in r.mentions if m.end == j + 1 and m.start not in r.used), None)


def read_which_column(r: Reader) -> None:
    """"Which city has the most customers": the ranked rows are a column's values."""
    if r.q.entity is not None or not r.q.measures or r.q.groups:
        return
    for m in r.mentions:
        if m.start not in r.used and m.columns and not m.tables:
            measure = r.q.measures[0]
            own = [c for c in m.columns if c[0] == measure.table] or m.columns
            col = r.pick_column(m, own)
            r.q.groups.append(Group(col.table, col.column))
            r.take(*range(m.start, m.end))
            return


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
        elif owner is not None:
            options = [c for c in options if c[0] == owner] or \
                [c for c in options if owner in r.planner.graph.neighbours(c[0])
                 and any(e.left_table == owner and e.right_table == c[0] for e in r.planner.edges)]
        words = [t.stem for t in r.tokens[m.start:m.end]]
        if not options and owner is not None and words == ["name"] and r.lex.labels(owner):
            cols = [Col(owner, c) for c in r.lex.labels(owner)]     # "customer names": first and last
        elif not options:
            raise cannot(f"'{m.text(r.tokens)}' is not a column of {r.short(owner) if owner else 'these tables'}.",
                         f"Name the table it belongs to, e.g. '<table> {m.text(r.tokens)}'.", r.reading())
        else:
            cols = [r.pick_column(m, options)]
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


def check_leftovers(r: Reader) -> None:
    covered = r.planned_tables()
    for m in r.mentions:
        if m.start in r.used:
            continue
        if m.tables and (m.tables[0] in covered or m.tables[0] == r.q.entity):
            r.take(*range(m.start, m.end))
        elif m.tables and r.q.measures and r.tokens[m.start].lower != r.tokens[m.start].stem and \
                m.end - m.start == 1 and any(m.tables[0] in r.planner.graph.neighbours(t) for t in covered):
            r.take(m.start)                           # a verb naming the event: "quantity sold"
        elif m.tables and r.q.entity is not None and any(
                e.left_table == r.q.entity and e.right_table == m.tables[0] for e in r.planner.edges):
            if not (r.q.measures or r.q.groups):      # "products and their categories": shown too
                labels = r.lex.labels(m.tables[0])
                if not labels:
                    continue
                r.q.projection += [Col(m.tables[0], c) for c in labels if Col(m.tables[0], c) not in r.q.projection]
                r.take(*range(m.start, m.end))
            elif m.start > 0 and r.lower(m.start - 1) == "of":
                r.take(*range(m.start, m.end))        # "average fare of bookings of flights": each has one
    for m in r.mentions:
        if m.tables[:1] == [r.q.entity] and r.lower(m.start - 1) in ("every", "each") and not r.q.measures:
            r.take(m.start - 1)                       # "of every category": all of them
    if r.lower(0) == "when" and r.q.projection and not r.q.measures and \
            all(is_date(r.lex.column(c.table, c.column)) for c in r.q.projection):
        r.take(0)                                     # "when did each store open": its opening date
    leftovers = [t for t in r.tokens if t.index not in r.used and t.lower not in FILLER]
    if leftovers:
        words = ", ".join(f"'{t.text}'" for t in leftovers[:5])
        raise cannot(f"I don't understand {words} in this question.",
                     "Rephrase it with the names of tables and columns, e.g. "
                     f"{r.lex.describe(sorted(r.tables))}; or configure an LLM provider.", r.reading())
    if r.q.entity is None and not r.q.measures:
        raise cannot("I could not tell which table the question is about.",
                     f"Mention what you ask about, e.g. {r.lex.describe(sorted(r.tables))}.", r.reading())
    q = r.q
    if q.entity is not None and (q.measures or q.groups):
        used = {m.table for m in q.measures} | {g.table for g in q.groups} | {c.col.table for c in q.conditions} \
            | {h[0].table for h in q.having} | {x.entity for x in q.related} | {m.per for m in q.measures}
        if q.entity not in used:
            raise cannot(f"I don't see how {r.short(q.entity)} fits into this question.",
                         "Ask about one thing at a time, e.g. 'number of orders per store'.", r.reading())
    if any(m.inner == "COUNT" and m.agg != "COUNT" and m.per is None for m in q.measures):
        raise cannot("An average (or maximum) of a count needs the rows it is counted per.",
                     "Say per what, e.g. 'average number of orders per customer'.", r.reading())
    if q.groups and any(g.column is None and g.table == (q.measures[0].table if q.measures else q.entity)
                        and not (q.measures and q.measures[0].per) for g in q.groups) \
            and not (q.measures and q.measures[0].table != q.entity and q.order):
        if q.measures and q.measures[0].agg == "COUNT" or not q.measures:
            raise cannot(f"Counting {r.short(q.groups[0].table)} per {r.short(q.groups[0].table)} does not make sense.",
                         "Group by a column or by another table, e.g. 'number of orders per store'.", r.reading())
        q.groups = [g for g in q.groups if g.column is not None or g.table != q.measures[0].table]
    if isinstance(q.order[0] if q.order else None, Col) and q.groups:
        raise cannot("The top row within each group (e.g. the cheapest product per category) is not supported "
                     "offline.", "Ask for one group at a time, or for the minimum/maximum per group.", r.reading())
    if q.limit is not None and q.measures and not q.groups and q.order is None:
        raise cannot("A single figure has no top N.", "Ask for the figure, or for the top rows by it.", r.reading())
    if isinstance(q.order[0] if q.order else None, Measure) and not q.groups and q.entity is None:
        raise cannot("I could not tell what to rank.",
                     "Say which rows to rank, e.g. 'which store has the most orders'.", r.reading())
