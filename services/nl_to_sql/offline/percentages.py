"""Percentages: "percentage of <rows> [with / that ...]" is the share of those rows meeting the
question's value conditions (`count(*) FILTER (WHERE ...) / count(*)`); a date range narrows all
the rows counted, not the share."""
from __future__ import annotations

from typing import TYPE_CHECKING

from services.nl_to_sql.offline.coltypes import is_date
from services.nl_to_sql.offline.model import Col, Condition, Measure, Related, cannot

if TYPE_CHECKING:
    from services.nl_to_sql.offline.reader import Reader
    from services.nl_to_sql.offline.render import Renderer


class HasRelated(Condition):
    """A row that has related rows (or none), as the share a percentage counts."""
    of_each_row = True

    def __init__(self, related: Related, key: str):
        super().__init__(Col(related.entity, key), "EXISTS")
        self.related = related

    def render(self, rd: Renderer, scope: str = "") -> str:
        return rd.related(self.related)


def read_percentage(r: Reader) -> None:
    for i, tok in enumerate(r.tokens):
        if tok.lower in ("percentage", "percent", "share", "proportion", "fraction") and r.lower(i + 1) == "of":
            j = i + 2 + (r.lower(i + 2) == "all") + (r.lower(i + 2 + (r.lower(i + 2) == "all")) == "the")
            m = r.mention(r.past_adjectives(j))       # "percentage of (all) (the) overdue invoices"
            own = r.mention(i)
            if m is not None and m.tables and own is not None and any(c[0] == m.tables[0] for c in own.columns):
                continue                              # "share of the episodes": their `share` column
            if m is not None and m.tables:
                r.percent_of = m.tables[0]
                r.q.entity = r.q.entity or m.tables[0]
                r.take(*range(i, m.end))


def finish_percentage(r: Reader) -> None:
    if r.percent_of is None:
        return
    # the share is of rows with a named value; a date range narrows all the rows counted
    share = [c for c in r.q.conditions if c.op in ("IEQ", "IS NOT NULL", "IS NULL", "IN", "NOT IN")
             or (c.op in ("=", "<>") and c.value is not None and c.value.startswith("'"))
             or c.value in ("true", "false") or getattr(c, "of_each_row", False)]
    if not share and len(r.q.related) == 1 and not r.q.conditions and r.q.related[0].entity == r.percent_of:
        share = [HasRelated(r.q.related[0], r.lex.key_of(r.percent_of) or r.lex.table(r.percent_of).columns[0].name)]
        r.q.related = []                              # "percentage of students in at least one club"
    if not share and r.q.conditions:                 # "percentage of reviews that give 5 stars": a figure's
        share = [c for c in r.q.conditions        # test; a date range still narrows all the rows
                 if not is_date(r.lex.column(c.col.table, c.col.column))]
    if not share:
        raise cannot("I could not tell which rows the percentage is of.",
                     f"Say the condition, e.g. 'percentage of {r.short(r.percent_of)} with <column> <value>'.",
                     r.reading())
    r.add_measure(Measure("COUNT", r.percent_of, label="percentage", share=share))
    r.q.conditions = [c for c in r.q.conditions if c not in share]
    r.q.related, related = [], r.q.related
    if related:
        raise cannot("A percentage of rows by a count of related rows is not supported offline.",
                     "Ask for the count instead.", r.reading())
