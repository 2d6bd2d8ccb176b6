"""What revenue is computed from: quantity x price on an order-lines table (or the price of the
product the lines refer to), else the one amount-like column of the nearest table, else the one
price of a table the question names ("total value of sales": `sales.sold_price`)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from services.nl_to_sql.offline.coltypes import is_numeric
from services.nl_to_sql.offline.model import Col, Measure, cannot

if TYPE_CHECKING:
    from services.nl_to_sql.offline.reader import Reader


def revenue(r: Reader) -> Measure:
    """quantity x price on an order-lines table, else an amount-like column, else a named table's price."""
    for key in r.tables_near():
        table = r.lex.table(key)
        qty = [c.name for c in table.columns if c.name.lower() in ("quantity", "qty")]
        price = [c.name for c in table.columns if "price" in c.name.lower()]
        if len(qty) == 1 and len(price) == 1:
            return Measure("SUM", key, (Col(key, qty[0]), Col(key, price[0])), "revenue")
        priced = [(e.right_table, p) for e in r.planner.edges if e.left_table == key and e.right_table in r.tables
                  and key in r.context_tables()                # "revenue of the order lines", not of anything
                  and len(p := [c.name for c in r.lex.table(e.right_table).columns
                                if "price" in c.name.lower() and is_numeric(c)]) == 1]
        if len(qty) == 1 and not price and len(priced) == 1:   # lines x the price of the product they refer to
            return Measure("SUM", key, (Col(key, qty[0]), Col(priced[0][0], priced[0][1][0])), "revenue")
    for key in r.tables_near():
        amounts = [c.name for c in r.lex.table(key).columns if is_numeric(c) and any(
            w in c.name.lower() for w in ("amount", "revenue", "total", "fare", "fee"))]
        if not amounts and key in r.context_tables() and not _sold_in_lines(r, key):
            amounts = [c.name for c in r.lex.table(key).columns if is_numeric(c) and "price" in c.name.lower()]
        if len(amounts) == 1:
            return Measure("SUM", key, (Col(key, amounts[0]),), "revenue")
    raise cannot("I could not find what revenue is computed from in this schema.",
                 "Name the column to add up, e.g. 'total amount of payments'.", r.reading())


def _sold_in_lines(r: Reader, key: str) -> bool:
    """Whether rows with a quantity refer to `key` (a product's price is per unit of its order lines)."""
    return any(e.right_table == key and any(c.name.lower() in ("quantity", "qty")
                                            for c in r.lex.table(e.left_table).columns) for e in r.planner.edges)
