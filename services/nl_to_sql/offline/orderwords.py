"""Order phrases that name no column: "in descending order", "in chronological order", "in reverse
alphabetical order", and "list <rows> by <column>" (an order, not a grouping, when nothing is counted).
"in order of <column>" and "sorted by <column>" are read in wrapup.py."""
from __future__ import annotations

from typing import TYPE_CHECKING

from services.nl_to_sql.offline.coltypes import is_date, is_numeric
from services.nl_to_sql.offline.model import Col, Measure
from services.nl_to_sql.offline.shapes import ADJECTIVES, MOST

if TYPE_CHECKING:
    from services.nl_to_sql.offline.linking import Mention
    from services.nl_to_sql.offline.reader import Reader

_WAYS = {"descending": True, "decreasing": True, "ascending": False, "increasing": False}
_TIMES = ("chronological", "date", "time")
_ALPHABETICAL = ("alphabetical", "alphabetic")
_REVERSE = ("reverse", "reversed")
_ORDER_WORDS = (*_WAYS, *_TIMES, *_ALPHABETICAL, *_REVERSE)
LIST_COMMANDS = ("list", "show", "display", "give", "rank", "print", "sort")
# "<word> first": which way the rows go (a superlative's own direction: "cheapest first" ascending)
_FIRST = {**{w: d for w, (_, d) in ADJECTIVES.items()}, **MOST, "best": True, "worst": False, "expensive": True}


def first_way(r: Reader, i: int, col: Col | None = None) -> tuple[bool, int] | None:
    """"tallest first", "most expensive first", "oldest first" at token i: (descending, tokens read);
    of a number column (an age) the oldest come first by its highest value."""
    k = i + (r.lower(i) in ("most", "least") and r.lower(i + 1) in _FIRST)
    w = r.lower(k)
    if w not in _FIRST or r.lower(k + 1) != "first" or k + 1 in r.used:
        return None
    desc = _FIRST[w] != (r.lower(i) == "least" and k > i)
    if w in ("oldest", "youngest") and col is not None and is_numeric(r.lex.column(col.table, col.column)):
        desc = w == "oldest"
    return desc, k + 2 - i


def _phrase(r: Reader, i: int) -> tuple[int, list[str]] | None:
    """(start, the words between "in" and "order") of "in <words> order" ending at token i."""
    k = i - 1
    while k >= 0 and r.lower(k) in _ORDER_WORDS and k not in r.used:
        k -= 1
    if r.lower(k) != "in" or k in r.used or k == i - 1:
        return None
    return k, [r.lower(j) for j in range(k + 1, i)]


def _shown(r: Reader) -> Col | Measure | None:
    """What a bare "in descending order" sorts: the figure, else the one shown number or date."""
    if r.q.measures:                                 # a single figure has no order: "total ... in ascending order"
        return r.q.measures[0] if r.q.groups else None
    cols = [c for c in r.q.projection if (lambda x: is_numeric(x) or is_date(x))(r.lex.column(c.table, c.column))]
    if len(cols) == 1:
        return cols[0]
    if len(r.q.projection) == 1:
        return r.q.projection[0]
    return None


def _label(r: Reader) -> Col | None:
    entity = r.q.entity
    labels = r.lex.labels(entity) if entity else []
    if entity is None or not labels:
        return None
    return Col(entity, labels[-1] if len(labels) == 2 else labels[0])


def read_order_words(r: Reader) -> None:
    for i, tok in enumerate(r.tokens):
        if i in r.used or tok.lower != "order" or r.lower(i + 1) == "of":
            continue
        found = _phrase(r, i)
        if found is None:
            continue
        start, words = found
        reverse = any(w in _REVERSE for w in words)
        ways = [_WAYS[w] for w in words if w in _WAYS]
        what: Col | Measure | None
        if any(w in _ALPHABETICAL for w in words):
            what, desc = _label(r), reverse
        elif any(w in _TIMES for w in words):
            dates = [c for c in r.q.projection if is_date(r.lex.column(c.table, c.column))]
            what, desc = (dates[0] if len(dates) == 1 else r.entity_date()), reverse
        elif ways and r.q.order is not None:
            what, desc = r.q.order[0], ways[0]        # "by rating in descending order"
        elif ways:
            what, desc = _shown(r), ways[0]
        elif reverse and r.q.order is not None:
            what, desc = r.q.order[0], not r.q.order[1]
        else:
            continue
        if what is None:
            continue
        r.q.order = (what, desc)
        r.take(*range(start, i + 1))
    for i, tok in enumerate(r.tokens):               # "in reverse alphabetical order" read as alphabetical
        if i not in r.used and tok.lower in _REVERSE and i + 1 in r.used and r.lower(i + 1) in _ALPHABETICAL \
                and r.q.order is not None:
            r.q.order = (r.q.order[0], not r.q.order[1])
            r.take(i)


def list_by(r: Reader, start: int, m: Mention) -> bool:
    """"List the football teams by stadium capacity (, largest first)": the entity's rows in the
    order of its column; True when read so."""
    entity = r.q.entity
    before = next((x for x in r.mentions if x.end == start and x.tables), None)
    if entity is None or before is None or before.tables[0] != entity or r.q.measures or r.q.limit is not None \
            or r.superlative or r.q.order is not None or r.lower(0) not in LIST_COMMANDS:
        return False
    own = [c for c in m.columns if c[0] == entity]
    if m.tables or not own:
        return False
    col = r.pick_column(m, own)
    end, desc = m.end, False
    if (way := first_way(r, end, col)) is not None:
        desc, end = way[0], end + way[1]
    r.q.order = (col, desc)
    r.take(*range(start, end))
    return True
