"""Winning of a table that ranks its rows (`results.position`, `result."Rank"`): "who won the
London Marathon", "drivers who have never won a race", "the runner who has won the most races" are
those rows ranked first, read as a mention of that table with its rank = 1."""
from __future__ import annotations

from typing import TYPE_CHECKING

from services.nl_to_sql.offline.coltypes import is_numeric
from services.nl_to_sql.offline.linking import Mention
from services.nl_to_sql.offline.model import Col, Condition

if TYPE_CHECKING:
    from services.nl_to_sql.offline.reader import Reader

_WON = ("won", "win", "wins", "winning")
_BETWEEN = ("a", "an", "the", "any", "most", "more", "than", "at", "least", "fewer", "each", "every", "no")
_RANKS = (["rank"], ["position"], ["place"], ["placing"], ["finish", "position"], ["finishing", "position"],
          ["final", "position"], ["final", "rank"], ["finish"])


def _rank_columns(r: Reader) -> list[Col]:
    return [Col(t, c.name) for t in sorted(r.tables) for c in r.lex.table(t).columns
            if is_numeric(c) and [w.lower() for w in r.lex.norm_words(c.name)] in _RANKS]


def read_wins(r: Reader) -> None:
    wins = [i for i, t in enumerate(r.tokens) if t.lower in _WON and i not in r.used and r.mention(i) is None]
    if not wins:
        return
    ranks = _rank_columns(r)
    if len(ranks) != 1:
        return                                        # no ranking, or several: what "won" means is not read
    rank = ranks[0]
    ranked = {e.right_table for e in r.planner.edges if e.left_table == rank.table}
    for i in wins:
        j = i + 1
        while r.lower(j) in _BETWEEN or r.tokens[j:j + 1] and r.tokens[j].kind == "number":
            j += 1
        won = r.mention(j)
        if won is not None and won.tables and set(won.tables) <= ranked:
            won.tables = [rank.table]                 # "won the most races": the winning results
            r.take(i)
        elif (counted := _counted_before(r, i, ranked)) is not None:
            counted.tables = [rank.table]             # "how many races did Verstappen win"
            r.take(i)
        else:
            r.mentions.append(Mention(i, i + 1, tables=[rank.table]))
            if r.q.entity is None and r.lower(0) == "who":
                r.q.entity = _winner(r, ranked)       # "who won the London Marathon": its runner
    r.q.conditions.append(Condition(rank, "=", "1"))


def _winner(r: Reader, ranked: set[str]) -> str | None:
    """The one ranked table of named rows that no value of the question belongs to."""
    valued = {t for v in r.values for t, _, _ in v.values}
    for parts in (("first", "last", "surname", "forename"), ("name",)):   # a person's names first
        named = [t for t in sorted(ranked - valued) if any(
            w.lower() in parts for c in r.lex.labels(t) for w in r.lex.norm_words(c))]
        if named:
            return named[0] if len(named) == 1 else None
    return None


def _counted_before(r: Reader, i: int, ranked: set[str]) -> Mention | None:
    """The rows "how many <rows> ... won" counts, when the rank's table refers to them."""
    if r.lower(0) != "how" or r.lower(1) != "many":
        return None
    m = r.mention(2)
    return m if m is not None and m.tables and set(m.tables) <= ranked and m.end < i else None
