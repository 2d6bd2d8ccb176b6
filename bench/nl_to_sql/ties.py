"""Gold queries whose result is not determined: `ORDER BY ... LIMIT n` with rows tied at the n-th
place. PostgreSQL keeps whichever tied rows its plan meets first, so the gold result is one of
several equally right answers ("which store has the most orders" with two stores tied at the top).
A prediction that keeps a different choice of the tied rows is just as right.

`ranked_sql` rewrites the gold query without its LIMIT and with `rank() OVER (<its ORDER BY>)` as
an extra last column; `Ties.of` reads which rows every answer must hold (ranked before the n-th
row) and which rows may fill the remaining places (tied with the n-th row)."""
from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlglot
from sqlglot import exp

from bench.nl_to_sql.compare import MAX_MAPPINGS, normalise

RANK = "qc_eval_rank"


def _order_keys(select: exp.Select) -> list[exp.Ordered] | None:
    """The ORDER BY terms as expressions (positions and output aliases resolved)."""
    outputs = select.expressions
    aliases = {e.alias: e.this for e in outputs if isinstance(e, exp.Alias)}
    keys = []
    for term in select.args["order"].expressions:
        key = term.this
        if isinstance(key, exp.Literal) and key.is_int:
            position = int(key.name)
            if not 1 <= position <= len(outputs):
                return None
            key = outputs[position - 1]
            key = key.this if isinstance(key, exp.Alias) else key
        elif isinstance(key, exp.Column) and not key.table and key.name in aliases:
            key = aliases[key.name]
        if isinstance(key, exp.Star):
            return None
        keys.append(exp.Ordered(this=key.copy(), desc=term.args.get("desc"), nulls_first=term.args.get("nulls_first")))
    return keys


def ranked_sql(gold: str) -> tuple[str, int] | None:
    """(the gold query without LIMIT, ranked, and its LIMIT n), or None when it has no plain
    top-level ORDER BY ... LIMIT n."""
    try:
        tree = sqlglot.parse_one(gold, read="postgres")
    except sqlglot.errors.ParseError:
        return None
    if not isinstance(tree, exp.Select) or tree.args.get("offset") or tree.args.get("distinct") \
            or not tree.args.get("order") or not tree.args.get("limit"):
        return None
    limit = tree.args["limit"].expression
    if not isinstance(limit, exp.Literal) or not limit.is_int:
        return None
    keys = _order_keys(tree)
    if not keys:
        return None
    ranked = tree.copy()
    ranked.set("limit", None)
    window = exp.Window(this=exp.Anonymous(this="rank"), order=exp.Order(expressions=keys))
    ranked.set("expressions", [*ranked.expressions, exp.alias_(window, RANK)])
    return ranked.sql(dialect="postgres"), int(limit.name)


@dataclass
class Ties:
    must: list[tuple]          # rows ranked before the n-th row: in every right answer
    tied: list[tuple]          # rows tied with the n-th row: any of them fill the remaining places
    places: int                # how many of the tied rows a right answer holds

    @classmethod
    def of(cls, ranked_rows: Sequence[Sequence[Any]], limit: int) -> Ties | None:
        """From the ranked query's rows (rank last); None when nothing is tied at the n-th place."""
        rows = sorted(ranked_rows, key=lambda row: row[-1])
        if len(rows) <= limit or limit < 1:
            return None
        boundary = rows[limit - 1][-1]
        if rows[limit][-1] != boundary:
            return None
        must = [tuple(row[:-1]) for row in rows if row[-1] < boundary]
        tied = [tuple(row[:-1]) for row in rows if row[-1] == boundary]
        return cls(must, tied, limit - len(must))

    def accepts(self, predicted: Sequence[Sequence[Any]]) -> bool:
        """Some choice of predicted columns, one per gold column, gives all the `must` rows plus
        `places` of the tied rows."""
        if len(predicted) != len(self.must) + self.places or not predicted:
            return False
        width = len(self.tied[0])
        if len(predicted[0]) < width:
            return False
        must_rows = [tuple(normalise(v) for v in row) for row in self.must]
        tied_rows = [tuple(normalise(v) for v in row) for row in self.tied]
        pred_cols = [[normalise(row[i]) for row in predicted] for i in range(len(predicted[0]))]
        candidates = []
        for g in range(width):
            need, allowed = Counter(r[g] for r in must_rows), Counter(r[g] for r in must_rows + tied_rows)
            options = [i for i, col in enumerate(pred_cols) if not need - Counter(col) and not Counter(col) - allowed]
            if not options:
                return False
            candidates.append(options)
        must, tied = Counter(must_rows), Counter(tied_rows)
        for count, mapping in enumerate(itertools.product(*candidates)):
            if count >= MAX_MAPPINGS:
                return False
            if len(set(mapping)) != len(mapping):
                continue
            got = Counter(zip(*(pred_cols[i] for i in mapping)))
            rest = got - must
            if not must - got and not rest - tied and sum(rest.values()) == self.places:
                return True
        return False
