"""Verbs that name a column the question already names: "fee charged for an appointment" (`fee`
is "charged"), "amount charged", "amount paid": the verb, or the generic "amount" before it, says
nothing more than the column, so it is read as part of it."""
from __future__ import annotations

from typing import TYPE_CHECKING

from services.nl_to_sql.offline.linking import is_key_like, is_numeric
from services.nl_to_sql.offline.normalise import is_verb_form

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
