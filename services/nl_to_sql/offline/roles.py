"""Verbs naming one of two roles a row plays towards the same table: a match refers to its
`winner_id` and its `loser_id` player, so "players who won", "matches player 7 lost" name the
edge through the column whose agent noun the verb is (winner: win, won; loser: lose, lost).
Only edges that have a parallel twin are named this way; with one edge the verb says nothing the
join does not, and it stays a word to understand."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from services.nl_to_sql.offline.lexwords import ROLE_WORDS
from services.nl_to_sql.offline.normalise import root, stem, verb_stems
from services.nl_to_sql.text import identifier_words

if TYPE_CHECKING:
    from services.nl_to_sql.joins import JoinEdge
    from services.nl_to_sql.offline.reader import Reader
    from services.nl_to_sql.schema import Schema


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


# the noun of an event whose verb is not the noun itself ("a loss" of "lose"; "a win" of "win")
_NOUNS = {"lose": "losses"}


def spell_out_role_nouns(question: str, edges: list[JoinEdge], schema: Schema) -> str:
    """"the most wins", "more than 12 losses": the referencing rows of that role ("matches won",
    "matches lost"), so that the verb names its edge. Not when a table or column is named so."""
    roles = _role_edges(edges)
    if not roles:
        return question
    vocabulary = {w.lower() for t in schema.tables.values() for n in (t.name, *(c.name for c in t.columns))
                  for w in identifier_words(n)}
    said = {stem(w) for w in re.findall(r"[A-Za-z]+", question)}
    for verb, named in roles.items():
        tables, others = {e.left_table for e in named}, {e.right_table for e in named}
        if len(tables) != 1 or len(verb) < 3 or not any(
                stem(identifier_words(o.split(".")[-1])[-1]) in said or said & _own_words(schema, o, tables)
                for o in others):
            continue                                  # "average minutes of wins": whose? not spelled out
        noun = _NOUNS.get(verb, verb + "s")
        if noun in vocabulary or verb in vocabulary:
            continue
        past = {"win": "won", "lose": "lost"}.get(verb, verb + ("d" if verb.endswith("e") else "ed"))
        rows = " ".join(identifier_words(tables.pop().split(".")[-1])).lower()
        question = re.sub(rf"\b{noun}\b", f"{rows} {past}", question, flags=re.IGNORECASE)
    return question


def _own_words(schema: Schema, table: str, others: set[str]) -> set[str]:
    """The stems of `table`'s column words no table of `others` has: "wins per country" names the
    players by their `country_code`."""
    def words(key: str) -> set[str]:
        return {stem(w.lower()) for c in schema.tables[key].columns for w in identifier_words(c.name)}
    return words(table) - set().union(*(words(o) for o in others)) - {"id", "name", "code"}


_IRREGULAR = {"wrote": ("author", "writer"), "written": ("author", "writer"), "sang": ("singer",),
              "sung": ("singer",), "taught": ("teacher", "instructor"), "built": ("builder",), "drew": ("artist",),
              "made": ("maker",), "founded": ("founder",)}


def who_did(question: str, edges: list[JoinEdge], schema: Schema) -> str:
    """"Who won match 100?" is "the winner of match 100": the agent of the one role the verb names;
    "who directed / composed / wrote <X>?" is "the director / composer / author of <X>" when the
    schema names such a table or column."""
    said = re.match(r"\s*who\s+([A-Za-z]+)\s+(\S.*)$", question, flags=re.IGNORECASE)
    if said is None:
        return question
    word = said.group(1).lower()
    forms = {word, root(word), *verb_stems(word)}
    agents = {w.lower() for e in _role_edges(edges).get(next((f for f in forms if f in _role_edges(edges)), ""), ())
              for w in identifier_words(e.left_columns[0]) if agent_verbs(w) & forms}
    if not agents and (word.endswith("ed") or word in _IRREGULAR or word.endswith("s") and not word.endswith("ss")):
        names = {stem(w.lower()) for t in schema.tables.values() for n in (t.name, *(c.name for c in t.columns))
                 for w in identifier_words(n)}
        made = _IRREGULAR.get(word) or tuple(b + s for b in set(verb_stems(word)) for s in ("er", "or", "r")) + \
            tuple(b for b in verb_stems(word) if b in ROLE_WORDS)      # "who leads": the lead of
        agents = {a for a in made if a in names}
    return f"who is the {agents.pop()} of {said.group(2)}" if len(agents) == 1 else question


def _forms(word: str, stem: str) -> set[str]:
    return {word, stem, *verb_stems(word)}


# verbs of taking part in a row in any of its roles: "players who played a match" (winner or loser)
_TAKING_PART = frozenset({"play", "participate", "compete", "appear"})


def read_role_verbs(r: Reader) -> None:
    """Take a verb that names one role edge between tables of the question, and let the planner
    see its base form ("winning" is win); a verb of taking part joins by either role."""
    roles = _role_edges(r.planner.edges)
    if not roles:
        return
    for t in r.tokens:
        dated = r.lower(t.index + 1) in ("in", "during", "before", "after", "since", "on", "between") and \
            any(x.kind in ("number", "date") for x in r.tokens[t.index + 2:t.index + 4])
        if t.index not in r.used and r.mention(t.index) is None and r.value(t.index) is None and \
                _forms(t.lower, t.stem) & _TAKING_PART and not dated:   # "played in 2021": whose date?
            r.planner.either = True
            r.take(t.index)
            r.role_verbs.add(t.index)
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
            r.role_verbs.add(t.index)
            if r.lower(t.index + 1) == "by":
                r.take(t.index + 1)                   # "matches lost by players from USA": the agent
