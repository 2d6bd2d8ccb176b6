"""Execution accuracy: does a predicted result set hold the gold result set?

Values are normalised (numbers rounded to 4 decimals, midnight timestamps as dates, everything as
text), rows are compared as multisets, column names and order are ignored, and the prediction may
carry extra columns (an id or a label next to the asked-for figure, as "which X" answers do): it
is correct when some choice of its columns, one per gold column, gives exactly the gold rows.
Row order is not compared.
"""
from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

MAX_MAPPINGS = 5000
_MIDNIGHT = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]00:00:00(?:\.0+)?(?:[+-]\d{2}:?\d{2}|Z)?$")
_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$")


def normalise(value: Any) -> str | None:
    """The comparable form of one value; NULL stays None (never equal to the text 'NULL')."""
    if value is None:
        return None
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return f"{round(float(value), 4):.4f}"
    text = str(value)
    if _NUMBER.match(text):
        return f"{round(float(text), 4):.4f}"
    if (m := _MIDNIGHT.match(text)) is not None:
        return m.group(1)
    return text


def _columns(rows: Sequence[Sequence[Any]], width: int) -> list[list[str | None]]:
    return [[normalise(row[i]) for row in rows] for i in range(width)]


def same_result(gold: Sequence[Sequence[Any]], predicted: Sequence[Sequence[Any]]) -> bool:
    if len(gold) != len(predicted):
        return False
    if not gold:
        return True
    gold_width, pred_width = len(gold[0]), len(predicted[0])
    if pred_width < gold_width:
        return False
    gold_cols, pred_cols = _columns(gold, gold_width), _columns(predicted, pred_width)
    # Candidate predicted columns for each gold column: the same multiset of values.
    candidates = []
    for g in gold_cols:
        wanted = Counter(g)
        options = [i for i, p in enumerate(pred_cols) if Counter(p) == wanted]
        if not options:
            return False
        candidates.append(options)
    target = Counter(zip(*gold_cols))
    for count, mapping in enumerate(itertools.product(*candidates)):
        if count >= MAX_MAPPINGS:
            return False
        if len(set(mapping)) != len(mapping):
            continue
        if Counter(zip(*(pred_cols[i] for i in mapping))) == target:
            return True
    return False
