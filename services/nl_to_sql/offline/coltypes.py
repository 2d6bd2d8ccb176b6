"""What kind of value a column holds, read off its type, name and comment: a date, a number, text, a key,
the thing its table is named for."""
from __future__ import annotations

import re

from services.nl_to_sql.offline.normalise import root
from services.nl_to_sql.schema import Column, Table

DATE_TYPES = ("date", "timestamp")
NUMERIC_TYPES = ("int", "numeric", "decimal", "real", "double", "float", "money", "serial")
TEXT_TYPES = ("text", "char", "citext", "name")


def type_is(col_type: str, family: tuple[str, ...]) -> bool:
    t = col_type.lower()
    return any(f in t for f in family)


def is_numeric(column: Column) -> bool:
    return type_is(column.type, NUMERIC_TYPES)


def is_key_like(name: str) -> bool:
    """`id`, `customer_id`, `lgInvoiceId`: identifiers, never measures."""
    lowered = name.lower()
    return lowered == "id" or lowered.endswith(("_id", "id")) and not lowered.endswith(("paid", "void"))


def is_date(column: Column) -> bool:
    return type_is(column.type, DATE_TYPES)


def is_birth_date(column: Column) -> bool:
    return is_date(column) and any(w in column.name.lower() for w in ("birth", "born", "dob"))


def date_columns(table: Table, births: bool = True) -> list[str]:
    """The date columns of `table`; without `births`, not a birth date (not an event of related rows)."""
    return [c.name for c in table.columns if is_date(c) and (births or not is_birth_date(c))]


def is_flag(column: Column) -> bool:
    return column.type.lower().startswith("bool")


def is_text(column: Column) -> bool:
    return type_is(column.type, TEXT_TYPES)


_NOT_THE_THING = {"a", "an", "as", "the", "of", "per", "each", "every", "no"}
_AFTER_THE_THING = {"from", "of", "in", "on", "for", "by", "with", "between", "out", "over"}


def calls_it(word: str, comment: str) -> bool:
    """"average user rating from 1 to 10" says the column is a rating; "match length" and "years
    of work as a conductor" do not say the column is a match or a conductor."""
    said = re.findall(r"[a-z]+|[^\sa-z]", comment.lower())
    return any(root(w) == word and (n == 0 or said[n - 1] not in _NOT_THE_THING) and
               (n + 1 == len(said) or said[n + 1] in _AFTER_THE_THING or not said[n + 1].isalpha())
               for n, w in enumerate(said))
