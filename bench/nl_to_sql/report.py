"""Figures of an eval run, per schema and overall: answered %, correct % (execution accuracy; a
refused unanswerable question counts as correct; another choice of the rows tied at a gold query's
LIMIT counts as correct, see ties.py), strict % (without that), wrong-but-confident %, retrieval recall of the
gold tables, latency p50/p95, and the refusal reasons of answerable questions."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from bench.nl_to_sql.runner import CORRECT, GOLD_ERROR, REFUSED, WRONG, Outcome

TOP_REASONS = 8


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
    reasons: list[tuple[str, int]] = field(default_factory=list)   # (kind, count), most common first
    gold_rejected: int = 0          # gold queries the service's validator rejects (false rejects)
    strict: float = 0.0             # correct % without accepting another choice of rows tied at a LIMIT

    def as_dict(self) -> dict[str, object]:
        return {**self.__dict__, "reasons": [{"reason": r, "count": n} for r, n in self.reasons]}


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile (0.5: the median of an odd count, the upper middle of an even one)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def reason_kind(message: str) -> str:
    """A refusal message with its specifics (quoted words, numbers) folded, so reasons group."""
    kind = re.sub(r"(?<![A-Za-z])'[^']*'", "'…'", message)
    kind = re.sub(r"\b\d+(\.\d+)?\b", "N", kind)
    return kind[:110]


def figures(name: str, outcomes: list[Outcome]) -> Figures:
    scored = [o for o in outcomes if o.verdict != GOLD_ERROR]
    n = len(scored) or 1
    answered = [o for o in scored if o.sql is not None]
    unanswerable = [o for o in scored if o.question.gold is None]
    recalls = [o.recall for o in scored if o.recall is not None]
    latencies = [o.latency_ms for o in scored]
    reasons = Counter(reason_kind(o.reason) for o in scored if o.verdict == REFUSED and o.reason)
    return Figures(
        name, len(scored), 100 * len(answered) / n,
        100 * sum(o.verdict == CORRECT for o in scored) / n,
        100 * sum(o.verdict == WRONG for o in scored) / n,
        f"{sum(o.verdict == CORRECT for o in unanswerable)}/{len(unanswerable)}",
        sum(recalls) / len(recalls) if recalls else None,
        percentile(latencies, 0.5), percentile(latencies, 0.95), reasons.most_common(),
        sum(o.gold_rejected is not None for o in outcomes),
        100 * sum(o.verdict == CORRECT and not o.tie for o in scored) / n)


def rows(outcomes: list[Outcome]) -> list[Figures]:
    """One split's figures: each schema in order of appearance, then all, then all but the shop."""
    out = [figures(schema, [o for o in outcomes if o.question.schema == schema])
           for schema in dict.fromkeys(o.question.schema for o in outcomes)]
    out.append(figures("all", outcomes))
    others = [o for o in outcomes if o.question.schema != "shop"]
    if others and len(out) > 2:
        out.append(figures("all but shop", others))
    return out


def splits(outcomes: list[Outcome]) -> dict[str, list[Outcome]]:
    return {split: [o for o in outcomes if o.question.split == split]
            for split in sorted({o.question.split for o in outcomes})}


def as_json(outcomes: list[Outcome]) -> dict[str, list[dict[str, object]]]:
    return {split: [f.as_dict() for f in rows(part)] for split, part in splits(outcomes).items()}


HEADER = (f"{'set':<22}{'questions':>10}{'answered':>10}{'correct':>9}{'strict':>8}{'wrong':>8}{'unans.':>8}"
          f"{'recall':>8}{'p50 ms':>9}{'p95 ms':>9}")


def table_row(f: Figures) -> str:
    recall = f"{f.recall:.3f}" if f.recall is not None else "-"
    return (f"{f.name:<22}{f.questions:>10}{f.answered:>9.1f}%{f.correct:>8.1f}%{f.strict:>7.1f}%{f.wrong:>7.1f}%"
            f"{f.refused_unanswerable:>8}{recall:>8}{f.p50_ms:>9.1f}{f.p95_ms:>9.1f}")


def render(outcomes: list[Outcome], *, failures: bool = False) -> str:
    lines = []
    for split, part in splits(outcomes).items():
        figs = rows(part)
        lines += [f"\n== {split} ==", HEADER, *map(table_row, figs)]
        per_schema = [f for f in figs if f.name not in ("all", "all but shop") and f.reasons]
        if per_schema:
            lines.append("refusal reasons of answerable questions:")
        for f in per_schema:
            lines.append(f"  {f.name}:")
            lines += [f"    {count:>3}  {kind}" for kind, count in f.reasons[:TOP_REASONS]]
    gold = [o for o in outcomes if o.question.gold is not None]
    rejected = [o for o in gold if o.gold_rejected is not None]
    lines.append(f"\nvalidator: {len(rejected)} of {len(gold)} gold queries rejected (false rejects)")
    lines += [f"  {o.question.schema}: {o.question.text}: {o.gold_rejected}" for o in rejected]
    for o in outcomes:
        if o.verdict == GOLD_ERROR:
            lines.append(f"GOLD ERROR {o.question.schema}: {o.question.text}: {o.reason}")
    if failures:
        lines.append("\nfailures:")
        for o in outcomes:
            if o.verdict in (WRONG, REFUSED):
                lines.append(f"[{o.question.split} {o.question.schema}] {o.verdict.upper()}: {o.question.text}\n"
                             f"    {o.reason}" + (f"\n    {' '.join(o.sql.split())}" if o.sql else ""))
    return "\n".join(lines)
