"""Verbs that name a column the question already names: "fee charged for an appointment" (`fee`
is "charged"), "amount charged", "amount paid": the verb, or the generic "amount" before it, says
nothing more than the column, so it is read as part of it. A passive verb of the rows' own
happening ("matches were played at Wimbledon") says nothing either."""
from __future__ import annotations

from typing import TYPE_CHECKING

from contracts.errors import ServiceError
from services.nl_to_sql.offline.coltypes import is_key_like, is_numeric
from services.nl_to_sql.offline.linking import Mention
from services.nl_to_sql.offline.normalise import FILLER, SHAPE_WORDS, is_verb_form, root, verb_stems

if TYPE_CHECKING:
    from services.nl_to_sql.offline.reader import Reader

_GENERIC = ("amount", "sum", "price")


def read_column_verbs(r: Reader) -> None:
    for n, m in enumerate(r.mentions):
        if m.start in r.used or not m.columns or m.end - m.start != 1 or not is_verb_form(r.lower(m.start)):
            continue
        before = r.mentions[n - 1] if n else None
        if before is not None and before.end == m.start and set(before.columns) & set(m.columns) \
                and before.start not in r.used:
            r.take(m.start)                            # "fee charged": the fee
        elif r.lower(m.start - 1) in _GENERIC and m.start - 1 not in r.used and r.mention(m.start - 1) is None \
                and any(is_numeric(r.lex.column(t, c)) and not is_key_like(c) for t, c in m.columns):
            m.start -= 1                               # "amount charged": what "charged" names


_HAPPENED = ("played", "staged")
_BE = ("is", "are", "was", "were", "be", "been", "being")


def read_passive_events(r: Reader) -> None:
    """"How many matches were played in 2021": the rows named right before "were" are what was
    played. Active ("players who played in 2020") is left to be understood or refused, since it
    would tie the players to a date of their own."""
    for t in r.tokens:
        if t.lower not in _HAPPENED or t.index in r.used:
            continue
        if r.lower(t.index - 1) not in _BE:
            continue                                  # "players played in 2020" is no passive
        before = next((m for m in r.mentions if m.end == t.index - 1 and m.tables), None)
        if before is not None and before.tables[0] not in {c[0] for m in r.mentions if m is not before
                                                             for c in m.columns}:
            r.take(t.index)


# Verbs of taking part that say no more than the link between two tables: "singers who performed
# in a concert" are the singers a concert row links; a verb carrying a condition of its own
# ("failed", "cancelled", "won") is never one of these.
LINK_VERBS = {"perform", "attend", "participate", "appear", "enrol", "enroll", "register", "visit", "star",
              "sing", "sang", "sung", "compete", "feature", "belong", "work", "teach", "taught", "host",
              "organize", "organise", "direct", "produce", "involve", "contribute", "serve", "see", "seen", "saw",
              "give", "gave", "given", "lead", "led", "own", "done", "show", "shown", "play", "broadcast",
              "employ", "hire", "went", "go"}
_THEN = ("in", "at", "on", "for", "with", "to", "into", "under", "from")
_WHO = ("who", "that", "which", "whom")
_HAVE = ("have", "has", "had")
_DOES = ("does", "do", "did")


def read_link_verbs(r: Reader) -> None:
    """"Singers who performed in no concert", "which singer performed in the most concerts":
    the verb after a table, before another table linked to it (directly or through a bridge),
    is that link; what is said about the other table (no, the most, in 2014) is read as usual."""
    for t in r.tokens:
        if t.index in r.used or t.stem not in LINK_VERBS or r.mention(t.index) is not None or \
                r.value(t.index) is not None:
            continue
        back = t.index - 1 - (r.lower(t.index - 1) in (*_HAVE, *_BE))   # "who have seen", "are shown"
        while r.lower(back) in ("not", "never") and r.lower(back - 1) in (*_DOES, *_HAVE, "who", "that"):
            back -= 1 + (r.lower(back - 1) in (*_DOES, *_HAVE))           # "who do not lead"
        back -= r.lower(back) in _WHO
        subject = next((m for m in r.mentions if m.end == back + 1 and m.tables), None)
        ahead = t.index + 1 + (r.lower(t.index + 1) in _THEN)
        past = ahead
        while r.lower(past) in SHAPE_WORDS or r.lower(past) in FILLER:
            past += 1                                 # "employs the largest number of employees"
        other = next((m for m in r.mentions if ahead <= m.start <= max(ahead + 3, past) and m.tables), None)
        value = next((v for v in r.values if ahead <= v.start <= ahead + 2 and len({x[0] for x in v.values}) == 1),
                     None)                        # "who have seen a cardiologist": a doctor's value
        if value is not None and (other is None or value.start <= other.start and value.end > other.end):
            other = Mention(value.start, value.end, tables=[value.values[0][0]])   # "shown on Cartoon Network"
        if subject is None or other is None or subject.tables[0] == other.tables[0]:
            continue
        if any(r.tokens[k].kind in ("number", "date") and r.lower(k - 1) in _THEN
               for k in range(t.index + 1, other.start)):
            continue                                  # "worked in 2020 on projects": a date first
        try:
            r.planner.path(subject.tables[0], other.tables[0])
        except ServiceError:
            continue
        r.take(*range(t.index, ahead if ahead < other.start and r.lower(ahead - 1) in _THEN else t.index + 1))


def _agents(word: str) -> set[str]:
    """The agent nouns of a verb form: composed: composer, made: maker, directed: director."""
    return {b + s for b in {*verb_stems(word), root(word)} for s in ("er", "or", "r")}


def read_agent_verbs(r: Reader) -> None:
    """"Tracks composed by Jimmy Page": a participle before "by <stored value>" whose agent noun
    names the value's column (composed: `composer`, directed: `director`) says only whose value it is.
    "Models made by volvo", "how many models does ford make": the agent noun names the rows' reference
    to the table holding the value (`model_list.Maker` -> `car_makers`), so the value is that table's."""
    for t in r.tokens:
        agent = next((m for m in r.mentions if m.end == t.index and m.tables and r.lower(
            m.start - 1 - (r.lower(m.start - 1) in ("each", "every", "the"))) in _DOES), None)
        if t.index not in r.used and r.mention(t.index) is None and agent is not None and \
                _agents(t.lower) & {root(w) for w in r.lex.table_words[agent.tables[0]][-1:]}:
            r.take(t.index)                           # "does each teacher teach": the teacher's rows
            continue
        if t.index in r.used or not is_verb_form(t.lower) and not any(    # "does Hannah Clarke teach"
                v.end == t.index and r.lower(v.start - 1) in _DOES for v in r.values):
            continue
        if r.lower(t.index + 1) == "by":
            value = next((v for v in r.values if v.start == t.index + 2), None)
            taken = (t.index, t.index + 1)
        else:                                         # "does ford make": the value before the verb
            value = next((v for v in r.values if v.end == t.index and r.lower(v.start - 1) in _DOES), None)
            if value is None or r.next_meaningful(t.index + 1) is not None:
                continue
            taken = (value.start - 1, t.index)
        if value is None:
            continue
        agents = _agents(t.lower)
        columns = {c for _, c, _ in value.values}
        if r.mention(t.index) is None and taken[1] == t.index + 1 and columns and \
                all(agents & {w.lower() for w in r.lex.norm_words(c)} for c in columns):
            r.take(*taken)
            continue
        before = [m for m in r.mentions if m.end <= min(taken) and m.tables]
        rows = r.q.entity or (before[-1].tables[0] if before else None)
        held = {e.right_table for e in r.planner.edges if e.left_table == rows != e.right_table
                and len(e.left_columns) == 1 and agents & {w.lower() for w in r.lex.norm_words(e.left_columns[0])}}
        theirs = [x for x in value.values if x[0] in held]
        theirs = [x for x in theirs if agents & {w.lower() for w in r.lex.norm_words(x[1])}] or theirs
        if rows is not None and len({x[0] for x in theirs}) == 1:
            value.values = theirs
            r.take(*taken)
