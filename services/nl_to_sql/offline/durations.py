"""Durations between two dates of a row, in days: "average length of stay", "average duration of
admissions per clinic", "average number of days between admission and discharge", "admissions that
lasted more than 10 days"; ages from a birth date ("average age of patients").

A table's start and end dates are two date columns of which exactly one is named like an end
(`discharged_on`, `end_date`, `shipped_at`, `returned_on`, ...): with exactly two date columns the
other one is the start, with more the start must be named like one too. "between <a> and <b>"
must name both columns (a word of each: "admission" / `admitted_on`, "shipment" / `shipped_on`);
"length of stay" and "duration" need exactly one table with such a pair (or the one named after
"of"); "<noun> time" names the end ("average delivery time": `delivered_at` - `placed_at`). A
figure needs its aggregate word ("average", "total", "maximum", "quickest" ...); the unit is the
one asked ("in hours", "how many minutes", spans.py), else days of dates or an interval of
timestamps."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from services.nl_to_sql.offline.coltypes import is_date
from services.nl_to_sql.offline.conditions import comparator_at
from services.nl_to_sql.offline.datecols import SPAN_ENDS as _END
from services.nl_to_sql.offline.datecols import SPAN_STARTS as _START
from services.nl_to_sql.offline.datecols import own_event_date
from services.nl_to_sql.offline.model import Col, Condition, Measure, cannot
from services.nl_to_sql.offline.normalise import IRREGULAR, root, verb_stems
from services.nl_to_sql.offline.shapes import AGGREGATES
from services.nl_to_sql.offline.spans import (
    asked_unit,
    is_timed,
    rank_by_span,
    span_measure,
    span_sql,
    unit_after,
    unit_word,
)

if TYPE_CHECKING:
    from services.nl_to_sql.offline.reader import Reader
    from services.nl_to_sql.offline.render import Renderer

_NOUNS = (("length", "of", "stay"), ("stay", "length"), ("length", "of", "the", "stay"), ("duration",), ("length",))


@dataclass
class Lasting(Condition):
    """(end - start) op <n units>: "admissions that lasted more than 10 days"."""
    start: Col | None = None
    unit: str = "day"

    def render(self, rd: Renderer, scope: str = "") -> str:
        assert self.start is not None
        span = span_sql(rd.col(self.col, scope), rd.col(self.start, scope), is_timed(rd.lex, self.col, self.start),
                        self.unit)
        return f"{span} {self.op} {self.value}"


def _first_root(r: Reader, column: str, table: str) -> str:
    """The column's first word after its own table's ("Issued" of `lgInvIssuedOn` in `lgInvoice`)."""
    own = {root(w.lower()) for w in r.lex.table_words.get(table, [])}
    words = [root(w.lower()) for w in r.lex.norm_words(column)]
    while len(words) > 1 and words[0] in own:
        words = words[1:]
    return words[0] if words else ""


def date_pair(r: Reader, table: str, named: bool = False) -> tuple[Col, Col] | None:
    """(start, end) date columns of a table, when its names say which is which; a due date ends a
    span only when the question names it ("days between issue and due date", not "duration")."""
    dates = [c for c in r.lex.table(table).columns if is_date(c)]
    if len(dates) < 2:
        return None
    ends = [c for c in dates if any(_first_root(r, c.name, table).startswith(w)
                                    for w in _END + (("due",) if named else ()))]
    own = own_event_date(r.lex, table, [c.name for c in dates])    # `loans.loan_date`: when a loan starts
    starts = [c for c in dates if c not in ends and (len(dates) == 2 or c.name == own or any(
        _first_root(r, c.name, table).startswith(w) for w in _START))]
    if len(ends) != 1 or len(starts) != 1:
        return None
    return Col(table, starts[0].name), Col(table, ends[0].name)


_SAME_END = {"arrive": "deliver", "arrival": "deliver", "arrived": "deliver"}   # a parcel arrives when delivered


def _names(word: str, column_root: str) -> bool:
    """"admission" names `admitted_on`, "discharge" `discharged_on`, "shipment" `shipped_on`,
    "settle" `settlement_date`, "pay" `paid_on`, "resolved" `solved_at`."""
    w = word.lower()
    said = {root(w), w, w[:-1] if w.endswith("e") else w, *verb_stems(w), _SAME_END.get(w, w)}
    if w.endswith("ission"):
        said.add(w[:-6] + "it")                       # admission -> admit
    if w.endswith("ution"):
        said |= {w[:-5] + "ve", w[2:-5] + "ve"}        # resolution -> resolve, solve
    said |= {s[2:] for s in said if s.startswith("res") and len(s) > 6}   # resolve: solve
    columns = {column_root, IRREGULAR.get(column_root, column_root)}   # `paid_on`: pay
    return len(column_root) >= 3 and any(
        s == c or s.startswith(c) and len(s) - len(c) <= 1 or len(s) >= 5 and c.startswith(s)
        for s in said for c in columns)


def end_named_by(r: Reader, word: str, end: Col) -> bool:
    """"delivered" names `delivered_at`, "settle" `settled_on` (the end date of a span)."""
    return _names(word, _first_root(r, end.column, end.table))


def _between(r: Reader, i: int) -> tuple[tuple[Col, Col], int] | None:
    """"between <a> and <b>" naming the start and end dates of one table."""
    if r.lower(i) != "between" or r.lower(i + 2) != "and" or r.tokens[i + 1:i + 4] == [] or len(r.tokens) < i + 4:
        return None
    a, b = r.tokens[i + 1].text, r.tokens[i + 3].text
    found = []
    for table in sorted(r.tables):
        pair = date_pair(r, table, named=True)
        if pair is None:
            continue
        start, end = (_first_root(r, c.column, table) for c in pair)
        if _names(a, start) and _names(b, end) or _names(a, end) and _names(b, start):
            found.append(pair)
    after = i + 4 + (r.tokens[i + 4:i + 5] != [] and r.tokens[i + 4].stem == "date")   # "... and due date"
    return (found[0], after) if len(found) == 1 else None


def _noun(r: Reader, i: int) -> tuple[tuple[Col, Col], int] | None:
    """"length of stay", "duration" [of <table>]: the one table with a start and end date."""
    for words in _NOUNS:
        if all(r.lower(i + k) == w and i + k not in r.used for k, w in enumerate(words)):
            end = i + len(words)
            named = r.mention(end + 1) if r.lower(end) == "of" else None
            if named is not None and named.tables:
                pair = date_pair(r, named.tables[0])
                return (pair, named.end) if pair is not None else None
            pairs = [p for t in sorted(r.tables) if (p := date_pair(r, t)) is not None]
            near = [p for p in pairs if p[0].table in {m.tables[0] for m in r.mentions if m.tables}]
            if len(near) == 1 or not near and len(pairs) == 1:
                return (near or pairs)[0], end
            return None
    return None


_SPEEDS = {"quickest": "MIN", "fastest": "MIN", "shortest": "MIN", "slowest": "MAX", "longest": "MAX"}


def _named_end(r: Reader, j: int) -> tuple[tuple[Col, Col], int] | None:
    """"delivery time", "resolution times", "time to deliver", "parking duration": the span of the
    one table whose end date the word names (`delivered_at`, `resolved_at`), or whose name starts
    with it (`parking_sessions`)."""
    if r.lower(j + 1) in ("time", "times", "duration", "durations", "length"):
        word, end = j, j + 2
    elif r.lower(j) == "time" and r.lower(j + 1) == "to":
        word, end = j + 2, j + 3
    else:
        return None
    if r.tokens[word:word + 1] == [] or word in r.used:
        return None
    said = r.tokens[word].text
    found = [pair for t in sorted(r.tables) if (pair := date_pair(r, t, named=True)) is not None and (
             end_named_by(r, said, pair[1]) or root(said.lower()) == root(r.lex.table_words[t][0].lower()))]
    return (found[0], end) if len(found) == 1 else None


def _unit_of(r: Reader, end: int) -> tuple[str | None, int, list[int]]:
    """The unit right after a span ("in days") or anywhere in the question ("how many minutes")."""
    unit, after = unit_after(r, end)
    if unit is not None:
        return unit, after, []
    unit, said = asked_unit(r)
    return unit, end, said


def read_durations(r: Reader) -> None:
    for i in range(len(r.tokens)):
        if i in r.used:
            continue
        agg = AGGREGATES.get(r.lower(i)) or _SPEEDS.get(r.lower(i))
        j = i + 1 + (r.lower(i + 1) == "the") if agg else i
        if r.lower(j) == "number" and r.lower(j + 1) == "of" and r.tokens[j + 2:j + 3] and \
                r.tokens[j + 2].stem == "day":
            found = _between(r, j + 3)                # "average number of days between ..."
        elif r.lower(j) in ("time", "days") and r.lower(j + 1) != "to":
            found = _between(r, j + 1)                # "average time between ...", "average days between"
        elif (named := _named_end(r, j)) is not None:
            found = named                             # "average delivery time"
        elif agg and (m := r.mention(j)) is not None and m.tables and r.lower(m.end) in ("duration", "length") \
                and (pair := date_pair(r, m.tables[0])) is not None:
            found = pair, m.end + 1                   # "average rental duration"
        elif (agg or r.prev(j) is None and r.lower(j) in ("duration", "length")) and r.lower(i) not in _SPEEDS:
            found = _noun(r, j)                       # "average length of stay", "duration of ... on average"
        else:
            found = None
        if found is None:
            continue
        (start, end_col), end = found
        unit, end, said = _unit_of(r, end)
        if r.lower(end) == "on" and r.lower(end + 1) == "average" and agg is None:
            agg, end = "AVG", end + 2
        if agg is None:
            raise cannot("A duration per row needs a figure: the average, total, minimum or maximum.",
                         f"Say e.g. 'average {r.tokens[j].text} ...'.", r.reading())
        r.add_measure(span_measure(r, agg, (start, end_col), unit))
        r.take(*range(i, end), *said)
        if not any(m.tables and m.tables[0] == r.q.entity and any(k not in r.used for k in range(m.start, m.end))
                   for m in r.mentions):
            r.q.entity = start.table                  # "resolution time": not `elimination."Time"`
        return


def birth_date(r: Reader, table: str) -> Col | None:
    """The table's one date column named like a birth date (`birth_date`, `date_of_birth`, `dob`)."""
    born = [c.name for c in r.lex.table(table).columns
            if is_date(c) and any(w in c.name.lower() for w in ("birth", "born", "dob"))]
    return Col(table, born[0]) if len(born) == 1 else None


def read_ages(r: Reader) -> None:
    """"average age of patients", "maximum age per clinic": the whole years since the birth date of
    rows that store no age, of the table named after "of" or the one table of the question with one."""
    for i in range(len(r.tokens) - 1):
        agg = AGGREGATES.get(r.lower(i))
        j = i + 1 + (r.lower(i + 1) == "the")
        before = r.mention(j)                         # "average patient age"
        if before is not None and before.tables and r.tokens[before.end:before.end + 1] and \
                r.tokens[before.end].stem == "age":
            j = before.end
        else:
            before = None
        if i in r.used or agg not in ("AVG", "MIN", "MAX") or r.tokens[j:j + 1] == [] or \
                r.tokens[j].stem != "age" or r.mention(j) is not None:
            continue
        end, named = j + 1, before or (r.mention(j + 2) if r.lower(j + 1) == "of" else None)
        if named is not None and named.tables:
            tables, end = [named.tables[0]], max(end, named.end)
        else:
            said = [t for m in r.mentions for t in m.tables]
            tables = [t for t in sorted(r.tables, key=lambda t: t not in said) if birth_date(r, t) is not None]
            tables = [t for t in tables if t in said][:1] or tables
        born = birth_date(r, tables[0]) if len(tables) == 1 else None
        if born is None:
            continue
        r.add_measure(Measure(agg, born.table, (born,), f"{agg.lower()}_age", age=True))
        r.take(*range(i, end))
        return


_BORN_BY = {">": "<", ">=": "<=", "<": ">", "<=": ">="}   # older than 60: born before 60 years ago


class AgeBound(Condition):
    """The age from a birth date compared with a number: "patients older than 60" were born more
    than 60 years ago (a patient of 60 years and a month is older than 60); "exactly 60" is the
    whole years."""
    def render(self, rd: Renderer, scope: str = "") -> str:
        if self.op in _BORN_BY:
            return f"{rd.col(self.col, scope)} {_BORN_BY[self.op]} CURRENT_DATE - interval '{self.value} years'"
        return f"date_part('year', age({rd.col(self.col, scope)})) {self.op} {self.value}"


def read_age_bounds(r: Reader) -> None:
    """"older / younger than 60 [years]", "over 60 years old" of rows with a birth date and no age."""
    born = birth_date(r, r.q.entity) if r.q.entity is not None else None
    if born is None or r.lex.table(born.table).column("age") is not None:
        return
    for i in range(len(r.tokens)):
        word = r.lower(i)
        if i in r.used:
            continue
        if word in ("older", "younger") and r.lower(i + 1) == "than" and r.number(i + 2) is not None:
            op, n, end = (">" if word == "older" else "<"), i + 2, i + 3
        elif (cmp := comparator_at(r, i)) is not None and r.number(i + cmp[1]) is not None and \
                r.lower(i + cmp[1] + 1) in ("years", "year") and r.lower(i + cmp[1] + 2) == "old":
            op, n, end = cmp[0], i + cmp[1], i + cmp[1] + 3        # "over 60 years old"
        else:
            continue
        end += r.lower(end) in ("years", "year") and r.lower(end - 1) != "old"
        r.q.conditions.append(AgeBound(born, op, r.tokens[n].text))
        r.take(*range(i, end))


def read_lasting(r: Reader) -> None:
    """"<rows> that lasted more than 10 days", "<rows> longer than 10 days"."""
    entity = r.q.entity
    pair = date_pair(r, entity) if entity is not None else None
    if pair is None:
        _lasting_as_column(r)
        return
    for i in range(len(r.tokens)):
        verb = r.lower(i) in ("lasted", "lasting", "last", "lasts")
        at = i + 1 if verb else i
        cmp = comparator_at(r, at)
        if i in r.used or cmp is None or not verb and cmp[0] not in (">", "<") or not verb and \
                r.lower(at) not in ("longer", "shorter"):
            continue
        n = at + cmp[1]
        unit = unit_word(r.lower(n + 1)) if r.tokens[n + 1:n + 2] else None
        if r.number(n) is None or unit is None:
            continue
        r.q.conditions.append(Lasting(pair[1], cmp[0], r.tokens[n].text, start=pair[0], unit=unit))
        r.take(*range(i, n + 2))
        return


_LASTING, _TIME_COLUMNS = ("lasted", "lasting", "last", "lasts"), ("minute", "hour", "second")


def _lasting_as_column(r: Reader) -> None:
    """"Matches that lasted more than 200 minutes" of rows holding their length in a `minutes`
    column: the verb says no more than the comparison with that column."""
    for i in range(len(r.tokens)):
        cmp = comparator_at(r, i + 1) if r.lower(i) in _LASTING and i not in r.used else None
        if cmp is None or r.number(i + 1 + cmp[1]) is None:
            continue
        m = r.mention(i + 2 + cmp[1])
        if m is not None and m.end - m.start == 1 and r.tokens[m.start].stem in _TIME_COLUMNS and any(
                t == r.q.entity for t, _ in m.columns):
            r.take(i)


def read_longest(r: Reader) -> None:
    """"The longest admission [in days]": the rows ranked by their duration (each row's own figure)."""
    for i in range(len(r.tokens)):
        if i in r.used or r.lower(i) not in ("longest", "shortest"):
            continue
        m = r.mention(i + 1)
        pair = date_pair(r, m.tables[0]) if m is not None and m.tables else None
        if m is None or pair is None or m.tables[0] != r.q.entity:
            continue
        unit, end, said = _unit_of(r, m.end)
        rank_by_span(r, pair, r.lower(i) == "longest", unit)
        r.take(*range(i, end), *said)
        return
