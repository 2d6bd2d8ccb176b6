"""Verbs naming one of two roles a row plays towards the same table: a match refers to its
`winner_id` and its `loser_id` player, so "players who won", "matches player 7 lost" name the
edge through the column whose agent noun the verb is (winner: win, won; loser: lose, lost).
Only edges that have a parallel twin are named this way; with one edge the verb says nothing the
join does not, and it stays a word to understand."""
from __future__ import annotations

from typing import TYPE_CHECKING

from services.nl_to_sql.offline.normalise import verb_stems
from services.nl_to_sql.text import identifier_words

if TYPE_CHECKING:
    from services.nl_to_sql.joins import JoinEdge
    from services.nl_to_sql.offline.reader import Reader


def agent_verbs(word: str) -> set[str]:
    """`winner` -> win, `loser` -> lose, `buyer` -> buy: the verb an -er noun is the agent of."""
    w = word.lower()
    if not w.endswith("er") or len(w) < 5:
        return set()
    base = w[:-2]
    out = {base, base + "e"}
    if base[-1] == base[-2]:
        out.add(base[:-1])                            # winner: win
    return out


def _role_edges(edges: list[JoinEdge]) -> dict[str, set[JoinEdge]]:
    """verb -> the edges (with a parallel twin) whose referencing column names its agent."""
    out: dict[str, set[JoinEdge]] = {}
    for e in edges:
        twins = [o for o in edges if o is not e and {o.left_table, o.right_table} == {e.left_table, e.right_table}]
        if not twins:
            continue
        for w in identifier_words(e.left_columns[0]):
            for verb in agent_verbs(w):
                out.setdefault(verb, set()).add(e)
    return out


def _forms(word: str, stem: str) -> set[str]:
    return {word, stem, *verb_stems(word)}


def read_role_verbs(r: Reader) -> None:
    """Take a verb that names one role edge between tables of the question, and let the planner
    see its base form ("winning" is win)."""
    roles = _role_edges(r.planner.edges)
    if not roles:
        return
    # the tables the words name: "who won match 100" names no player, so the verb joins nothing
    said = {t for m in r.mentions for t in (*m.tables, *(c[0] for c in m.columns))} | \
        {t for v in r.values for t, _, _ in v.values}
    for t in r.tokens:
        if t.index in r.used or r.mention(t.index) is not None or r.value(t.index) is not None:
            continue
        named = {e for f in _forms(t.lower, t.stem) for e in roles.get(f, ())}
        if named and all(e.left_table in said and e.right_table in said for e in named):
            r.planner.roots |= {f for f in _forms(t.lower, t.stem) if f in roles}
            r.take(t.index)
            if r.lower(t.index + 1) == "by":
                r.take(t.index + 1)                   # "matches lost by players from USA": the agent
