"""How long rows have been with us: "Which employee has been with us the longest?", "our
longest-serving agent", "the 3 couriers working here the longest": the rows ranked by the date their
span starts (`hired_on`, `joined_on`, `signed_up_on`), earliest first; "the shortest" latest first."""
from __future__ import annotations

from typing import TYPE_CHECKING

from services.nl_to_sql.offline.coltypes import is_date
from services.nl_to_sql.offline.datecols import SPAN_ENDS, SPAN_STARTS, event_words
from services.nl_to_sql.offline.model import Col

if TYPE_CHECKING:
    from services.nl_to_sql.offline.reader import Reader

# words around "the longest" that make it a tenure ("with us", "serving", "working here", "employed")
_TENURE = {"us", "here", "serving", "working", "employed", "been", "tenure"}
_PHRASE = {"has", "have", "had", "been", "with", "us", "here", "the", "serving", "working", "employed", "for",
           "our", "longest", "shortest"}


def start_date(r: Reader, table: str) -> Col | None:
    """The one date a row of `table` starts with: named like a start, else the table's one date."""
    dates = [c.name for c in r.lex.table(table).columns if is_date(c)]
    starts = [d for d in dates if (w := (event_words(r.lex, d) or [""])[0]).startswith(SPAN_STARTS)
              and not w.startswith(SPAN_ENDS)]
    pick = starts if len(starts) == 1 else dates if len(dates) == 1 else []
    return Col(table, pick[0]) if pick else None


def read_tenure(r: Reader) -> None:
    for i, t in enumerate(r.tokens):
        if i in r.used or t.lower not in ("longest", "shortest") or r.q.order is not None:
            continue
        near = {r.lower(k) for k in range(i - 4, i + 2)}
        if not near & _TENURE:
            continue
        table = r.q.entity or next((m.tables[0] for m in reversed(r.mentions) if m.tables and m.start != i + 1
                                    and m.start < i + 3 and m.start not in r.used), None)
        col = start_date(r, table) if table is not None else None
        if col is None:
            continue
        r.q.entity = table
        r.q.order, r.q.limit = (col, t.lower == "shortest"), r.q.limit or 1
        lo, hi = i, i + 1
        while lo > 0 and r.lower(lo - 1) in _PHRASE and lo - 1 not in r.used:
            lo -= 1
        while hi < len(r.tokens) and r.lower(hi) in _PHRASE and hi not in r.used:
            hi += 1
        r.take(*range(lo, hi))
        return
