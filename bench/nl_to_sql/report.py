"""Figures of an eval run, per schema and overall: answered %, correct % (execution accuracy; a
refused unanswerable question counts as correct), wrong-but-confident %, retrieval recall of the
gold tables, latency p50/p95, and the refusal reasons."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from bench.nl_to_sql.runner import CORRECT, GOLD_ERROR, REFUSED, WRONG, Outcome


@dataclass
class Figures:
    name: str
    questions: int
    answered: float
    correct: float
    wrong: float
    refused_unanswerable: str
    recall: float | None
    p50_ms: float
    p95_ms: float

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def percentile(values: list[float], share: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def figures(name: str, outcomes: list[Outcome]) -> Figures:
    scored = [o for o in outcomes if o.verdict != GOLD_ERROR]
    n = len(scored) or 1
    answered = [o for o in scored if o.sql is not None]
    unanswerable = [o for o in scored if o.question.gold is None]
    recalls = [o.recall for o in scored if o.recall is not None]
    latencies = [o.latency_ms for o in scored]
    return Figures(
        name, len(scored), 100 * len(answered) / n,
        100 * sum(o.verdict == CORRECT for o in scored) / n,
        100 * sum(o.verdict == WRONG for o in scored) / n,
        f"{sum(o.verdict == CORRECT for o in unanswerable)}/{len(unanswerable)}",
        sum(recalls) / len(recalls) if recalls else None,
        percentile(latencies, 0.5), percentile(latencies, 0.95))


def reason_kind(message: str) -> str:
    """A refusal message with its specifics (quoted words, names) folded, so reasons group."""
    kind = re.sub(r"(?<![A-Za-z])'[^']*'", "'…'", message)
    kind = re.sub(r"\b\d+(\.\d+)?\b", "N", kind)
    return kind[:110]


def render(outcomes: list[Outcome], *, failures: bool = False) -> str:
    lines = []
    header = (f"{'set':<22}{'questions':>10}{'answered':>10}{'correct':>9}{'wrong':>8}{'unans.':>8}"
              f"{'recall':>8}{'p50 ms':>9}{'p95 ms':>9}")
    splits = sorted({o.question.split for o in outcomes})
    for split in splits:
        part = [o for o in outcomes if o.question.split == split]
        lines += [f"\n== {split} ==", header]
        rows = [figures(schema, [o for o in part if o.question.schema == schema])
                for schema in dict.fromkeys(o.question.schema for o in part)]
        rows.append(figures("all", part))
        others = [o for o in part if o.question.schema != "shop"]
        if others and len(rows) > 2:
            rows.append(figures("all but shop", others))
        for f in rows:
            recall = f"{f.recall:.3f}" if f.recall is not None else "-"
            lines.append(f"{f.name:<22}{f.questions:>10}{f.answered:>9.1f}%{f.correct:>8.1f}%{f.wrong:>7.1f}%"
                         f"{f.refused_unanswerable:>8}{recall:>8}{f.p50_ms:>9.1f}{f.p95_ms:>9.1f}")
        reasons = Counter(reason_kind(o.reason) for o in part if o.verdict == REFUSED and o.reason)
        if reasons:
            lines.append("refusal reasons (answerable questions):")
            lines += [f"  {count:>3}  {kind}" for kind, count in reasons.most_common(12)]
    gold_errors = [o for o in outcomes if o.verdict == GOLD_ERROR]
    for o in gold_errors:
        lines.append(f"GOLD ERROR {o.question.schema}: {o.question.text}: {o.reason}")
    if failures:
        lines.append("\nfailures:")
        for o in outcomes:
            if o.verdict in (WRONG, REFUSED):
                lines.append(f"[{o.question.split} {o.question.schema}] {o.verdict.upper()}: {o.question.text}\n"
                             f"    {o.reason}" + (f"\n    {' '.join(o.sql.split())}" if o.sql else ""))
    return "\n".join(lines)
