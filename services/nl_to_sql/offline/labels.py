"""Which columns name a table's rows, the way an answer shows "which" rows: first and last name
(`forename`, `surname` too), else the one name or title column (the full name over a short one),
else a theme, a column named like the table, a city or model, a `<table>_number`, a description."""
from __future__ import annotations

from typing import TYPE_CHECKING

from services.nl_to_sql.offline.coltypes import is_text
from services.nl_to_sql.offline.lexwords import TABLE_SUFFIXES
from services.nl_to_sql.offline.normalise import root

if TYPE_CHECKING:
    from services.nl_to_sql.offline.linking import Lexicon

_FIRST = (["first", "name"], ["given", "name"], ["forename"], ["firstname"])
_LAST = (["last", "name"], ["family", "name"], ["surname"], ["lastname"])
_THEMES = (["theme"], ["subject"], ["topic"])
_SHORT = {"short", "abbreviated", "abbreviation", "nick", "code", "alias", "local"}
# a `<word>_number` or `<word>_code` that is no row's identifier (`zip_code`, `phone_number`)
_NOT_IDENTIFYING = {"zip", "postal", "post", "phone", "telephone", "mobile", "fax", "country", "currency", "area",
                    "language", "status", "type", "region", "state", "city", "color", "colour", "size", "class"}


def initial_words(words: list[str], own: list[str]) -> list[str]:
    """`dname` of `department`, `pnumber` of `project`: the table's initial before a column word is
    the table's word (company_1's `dname`, `dlocation`, `pname`); other words as they are."""
    if len(words) == 1 and own and len(words[0]) > 3 and words[0][0].lower() == own[-1][0].lower() and \
            words[0][1:].lower() in _INITIALLED:
        return [own[-1], words[0][1:].lower()]
    return words


_INITIALLED = {"name", "number", "location", "num", "no"}
_NOT_POSTAL = {"email", "mail", "ip", "web", "mac", "e"}
_HANDLES = (["username"], ["user", "name"], ["login"], ["handle"], ["screen", "name"], ["user", "handle"])


def _named_part(words: list[str], parts: tuple[list[str], ...]) -> bool:
    return words[-2:] in parts or words[-1:] in parts


def row_labels(lex: Lexicon, key: str) -> list[str]:
    table = lex.table(key)
    texts = [c.name for c in table.columns if is_text(c)]
    words_of = {c: initial_words(lex.norm_words(c), lex.table_words[key]) for c in texts}
    firsts = [c for c in texts if _named_part(words_of[c], _FIRST)]
    lasts = [c for c in texts if _named_part(words_of[c], _LAST)]
    if len(firsts) == 1 and len(lasts) == 1:
        return [firsts[0], lasts[0]]
    own = [root(w) for w in lex.table_words[key]]
    if len(own) > 1 and lex.table_words[key][-1].lower() in TABLE_SUFFIXES:
        own = own[:-1]                                # `festival_detail.Festival_Name`: the festival's name
    ranked = []
    for c in texts:
        words = [root(w) for w in words_of[c]]
        if words[-1:] in (["name"], ["title"], ["label"]):
            rank = 0 if len(words) == 1 or words[:-1] == own[-len(words) + 1:] else 1
            nuance = 0 if "full" in words else 2 if _SHORT & set(words) else 1    # building_full_name
            ranked.append(((rank, nuance), c))
    ranked.sort()
    if ranked and (len(ranked) == 1 or ranked[0][0] < ranked[1][0]):
        # `car_makers` with `Maker` and `FullName`: the column named like the table's last word too
        named = [c for c in texts if [root(w) for w in words_of[c]] == own[-1:]] if ranked[0][0][0] else []
        return named + [ranked[0][1]]
    if ranked:
        return []
    themed = [c for c in texts if words_of[c][-1:] in _THEMES]
    if len(themed) == 1:                              # `farm_competition.theme`
        return themed
    named = [c for c in texts if _names_its_table(lex, c, own)]
    if len(named) == 1:                               # `airlines.Airline`, `countrylanguage.Language`
        return named
    addressed = [c for c in texts if words_of[c][-1:] == ["address"] and not _NOT_POSTAL & set(words_of[c])
                 and not next(x for x in table.columns if x.name == c).nullable]
    if len(addressed) == 1:                           # `properties.address`: a building by its address
        return addressed
    for fallback in ("city", "model"):                # a place by its city, a machine by its model
        named = [c for c in texts if c.lower() == fallback]
        if named:
            return named
    if (code := row_code(lex, key)) is not None:
        return [code]
    described = [c for c in texts if words_of[c][-1:] == ["description"]]
    return described if len(described) == 1 else []  # `sizes(size_code, size_description)`: what a code means


def row_code(lex: Lexicon, key: str) -> str | None:
    """The one code or number a row goes by (`routes.route_code`, `shipments.tracking_number`), not its key."""
    table = lex.table(key)
    texts = [c.name for c in table.columns if is_text(c)]
    words_of = {c: initial_words(lex.norm_words(c), lex.table_words[key]) for c in texts}
    own = [root(w) for w in lex.table_words[key]]
    if (handle := handle_column(lex, key)) is not None:
        return handle                                 # `listeners.username` beside a `display_name`
    keys = {k.lower() for k in table.primary_key}    # `sizes.size_code` is the key; its description names it
    numbered = [c for c in texts if [root(w) for w in words_of[c]] in (own[-1:] + ["number"], own + ["number"]) or
                [root(w) for w in words_of[c]] in (own[-1:] + ["code"], own + ["code"]) and c.lower() not in keys]
    if len(numbered) == 1:                            # `apartments.apt_number`, `routes.route_code`
        return numbered[0]
    numbered = [c for c in texts if len(words_of[c]) > 1 and words_of[c][-1].lower() in ("number", "code")
                and not {w.lower() for w in words_of[c]} & _NOT_IDENTIFYING and c.lower() not in keys
                and not next(x for x in table.columns if x.name == c).nullable]
    return numbered[0] if len(numbered) == 1 else None   # `shipments.tracking_number`, `bikes.serial_number`


def handle_column(lex: Lexicon, key: str) -> str | None:
    """The one user name or login a table's rows go by (`listeners.username`)."""
    handles = [c.name for c in lex.table(key).columns if is_text(c) and
               [w.lower() for w in lex.norm_words(c.name)] in _HANDLES]
    return handles[0] if len(handles) == 1 else None


def _names_its_table(lex: Lexicon, column: str, own: list[str]) -> bool:
    """A column named like its table, or like the tail of its compound name."""
    roots = [root(w) for w in lex.norm_words(column)]
    return roots == own or (len(roots) == 1 and len(roots[0]) >= 4 and bool(own) and own[-1] != roots[0]
                            and own[-1].endswith(roots[0]))
