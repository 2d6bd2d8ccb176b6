"""Words a finished reading explains without a pass of their own: a verb naming the reference the
joins use ("trips started in San Jose": `start_station_id`), "members" after a table ("faculty
members" are the faculty's rows), a closing "to them" (the rows themselves), and a verb naming the
date of the rows it is followed by ("customers who placed more than 2 orders": `orders.placed_at`)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from services.nl_to_sql.offline.normalise import is_verb_form, root
from services.nl_to_sql.text import identifier_words

if TYPE_CHECKING:
    from services.nl_to_sql.offline.reader import Reader

_MEMBERS = ("member", "members")
# more verbs that only name the relationship a join implements ("tickets each contact submitted"), beside RELATING
LOGGING = frozenset("submit submits submitted raise raises raised assign assigns assigned file files filed get gets "
                    "got".split())
BEFORE_ROWS = {"a", "an", "the", "any", "more", "than", "at", "least", "most", "fewer", "less", "over", "under", "one"}


def take_plan_words(r: Reader) -> None:
    for t in r.tokens:
        if t.index in r.used or r.mention(t.index) is not None and t.lower not in _MEMBERS:
            continue
        before = next((m for m in r.mentions if m.end == t.index and m.tables), None)
        if t.lower in _MEMBERS and before is not None and not any(
                "member" in c.lower() for x in r.mentions if x.start == t.index for _, c in x.columns):
            r.take(t.index)
    last = r.prev(len(r.tokens))
    if last is not None and r.lower(last) in ("them", "it", "him", "her") and r.q.entity is not None and \
            r.lower(last - 1) in ("to", "for", "by", "with", "on", "in") and r.mention(last - 1) is None:
        r.take(last - 1, last)                        # "agents with no tickets assigned to them": the agents
    verbs = [m for m in r.mentions if m.start not in r.used and m.end - m.start == 1
             and is_verb_form(r.lower(m.start)) and m.columns and not m.tables]
    if not verbs:
        return
    words = {root(w.lower()) for e in plan_edges(r) for c in e.left_columns for w in identifier_words(c)}
    for m in verbs:
        if root(r.lower(m.start)) in words:
            r.take(m.start)


def plan_edges(r: Reader) -> list:
    tables = r.q.tables()
    if not tables:
        return []
    try:
        plan = r.planner.plan(r.q.measures[0].table if r.q.measures else tables[0], tables)
    except Exception:
        return []
    return [s.edge for s in plan.steps] + [e for x in r.q.related for e in r.planner.path(x.entity, x.target)]
