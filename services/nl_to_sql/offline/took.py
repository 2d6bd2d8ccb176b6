"""How long a row took, read off the verb of its end date (durations.py finds the span):
"which order took the longest to deliver" (the rows ranked by `delivered_at` - `placed_at`),
"shipments that took more than 6 days to arrive", "orders delivered in under 35 minutes", "claims
settled within 30 days of being filed", "which ticket was resolved the fastest", "how many days
on average does it take to settle a claim", "how long did shipment PX48641 take to arrive".

The verb must name the end date of one table's start and end dates (the question's own rows
first); the unit is the one said ("6 days", "in hours", "how many minutes"), else days of dates
or an interval of timestamps (spans.py)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from services.nl_to_sql.offline.conditions import comparator_at
from services.nl_to_sql.offline.durations import Lasting, date_pair, end_named_by
from services.nl_to_sql.offline.model import Col, Group
from services.nl_to_sql.offline.spans import asked_unit, rank_by_span, span_measure, unit_word

if TYPE_CHECKING:
    from services.nl_to_sql.offline.reader import Reader

_TAKE = ("take", "takes", "took", "taking", "taken")
_RANKS = {"longest": True, "shortest": False, "quickest": False, "fastest": False, "slowest": True}
_WITHIN = {("in", "under"): "<", ("in", "less", "than"): "<", ("within",): "<=", ("in", "more", "than"): ">",
           ("after", "more", "than"): ">", ("in", "over"): ">"}
_FILLERS = ("get", "be", "been", "being", "they", "it", "was", "were", "is", "are")
_AFTER = {("more", "than"): ">", ("less", "than"): "<", ("over",): ">", ("under",): "<", ("within",): "<="}


def _pair(r: Reader, verb: int) -> tuple[Col, Col] | None:
    """The start and end dates whose end the verb at `verb` names, of the question's rows if they
    have them, else of the one table that has."""
    if r.tokens[verb:verb + 1] == [] or verb in r.used:
        return None
    word = r.tokens[verb].text
    tables = [r.q.entity] if r.q.entity is not None else []
    for group in (tables, sorted(r.tables)):
        found = [p for t in group if (p := date_pair(r, t, named=True)) is not None and end_named_by(r, word, p[1])]
        if len(found) == 1:
            return found[0]
        if found:
            return None
    return None


def _verb_after_to(r: Reader, i: int) -> int | None:
    """The verb of "to [get] <verb>" at `i`."""
    if r.lower(i) != "to":
        return None
    return i + 1 + (r.lower(i + 1) in _FILLERS)


def _amount(r: Reader, i: int) -> tuple[str, str, int] | None:
    """"6 days", "a week", "35 minutes" at `i`: (the number, its unit, where it ends)."""
    if r.lower(i) in ("a", "an", "one") and (unit := unit_word(r.lower(i + 1))) is not None:
        return "1", unit, i + 2
    n = r.number(i)
    unit = unit_word(r.lower(i + 1)) if r.tokens[i + 1:i + 2] else None
    return (r.tokens[i].text, unit, i + 2) if n is not None and unit is not None else None


def _took(r: Reader, i: int) -> bool:
    """"took the longest to <verb>", "took more than 6 days to <verb>", "take to <verb>"."""
    k = i + 1 + (r.lower(i + 1) == "the")
    if r.lower(k) in _RANKS and (verb := _verb_after_to(r, k + 1)) is not None and (pair := _pair(r, verb)):
        unit, said = asked_unit(r)
        rank_by_span(r, pair, _RANKS[r.lower(k)], unit)
        r.take(*range(i, verb + 1), *said)
        return True
    cmp = comparator_at(r, i + 1)
    amount = _amount(r, i + 1 + cmp[1]) if cmp is not None else None
    if cmp is not None and amount is not None and (verb := _verb_after_to(r, amount[2])) is not None and \
            (pair := _pair(r, verb)) is not None:
        r.q.conditions.append(Lasting(pair[1], cmp[0], amount[0], start=pair[0], unit=amount[1]))
        r.take(*range(i, verb + 1))
        return True
    verb = _verb_after_to(r, i + 1)
    if verb is None or (pair := _pair(r, verb)) is None:
        return False
    unit, said = asked_unit(r)
    average = [k for k in range(len(r.tokens)) if r.lower(k) in ("average", "avg", "mean") and k not in r.used]
    if average:
        r.take(*average, *[k - 1 for k in average if r.lower(k - 1) == "on"])   # "on average"
        r.add_measure(span_measure(r, "AVG", pair, unit))
    else:                                             # "how long did <row> take": each row's own span
        r.add_measure(span_measure(r, "SUM", pair, unit))
        r.q.groups.append(Group(pair[0].table))
    r.take(*range(i, verb + 1), *said, *[k for k in range(min(i, 3)) if r.lower(k) in ("how", "long")])
    return True


def _within(r: Reader, i: int) -> bool:
    """"<verb>ed in under 35 minutes", "<verb>ed within 30 days of being filed"."""
    pair = _pair(r, i)
    if pair is None:
        return False
    for (words, op), later in [*((w, False) for w in _WITHIN.items()), *((w, True) for w in _AFTER.items())]:
        if all(r.lower(i + 1 + k) == w and i + 1 + k not in r.used for k, w in enumerate(words)):
            amount = _amount(r, i + 1 + len(words))
            if amount is None or later and r.lower(amount[2]) != "after":
                continue                              # "paid more than 500": no span
            end = amount[2]
            if r.lower(end) in ("of", "after"):       # "of enrolling", "after they were issued": the start
                after = end + 1
                while r.lower(after) in _FILLERS:
                    after += 1
                end = after + 1 if r.tokens[after:after + 1] else end
            r.q.conditions.append(Lasting(pair[1], op, amount[0], start=pair[0], unit=amount[1]))
            r.take(*range(i, end))
            return True
    k = i + 1 + (r.lower(i + 1) == "the")
    if r.lower(k) in _RANKS and r.lower(i + 1) == "the":
        rank_by_span(r, pair, _RANKS[r.lower(k)], None)      # "which ticket was resolved the fastest"
        r.take(*range(i, k + 1))
        return True
    return False


def read_took(r: Reader) -> None:
    for i in range(len(r.tokens)):
        if i in r.used:
            continue
        if r.lower(i) in _TAKE and _took(r, i) or _within(r, i):
            return
