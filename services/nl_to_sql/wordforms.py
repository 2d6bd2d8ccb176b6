"""Word forms for matching a question against a schema: one root per word, so that inflected and
derived forms of a name meet ("bookings", "booked" and `booking_id` -> book; "cancelled",
"cancellation" and 'canceled' -> cancel; "invoiced" and `invoices` -> invoic), abbreviations of
identifiers expanded (`qty`, `dept`, `cust`) and a few common synonyms folded (client -> customer).

Both sides of a comparison go through the same function, so a root need not be an English word.
Retrieval (names, comments and sampled values) uses it; the offline engine keeps its own, stricter
readings (services/nl_to_sql/offline/normalise.py) and may adopt this module.
"""
from __future__ import annotations

from functools import lru_cache

from services.nl_to_sql.text import STOPWORDS, identifier_words, words
from services.nl_to_sql.text import stem as plural_stem

IRREGULAR = {
    "paid": "pay", "sold": "sell", "bought": "buy", "flew": "fly", "flown": "fly", "taught": "teach",
    "took": "take", "taken": "take", "children": "child", "people": "person", "men": "man",
    "women": "woman", "wrote": "write", "written": "write", "born": "birth", "spent": "spend",
    "made": "make", "gave": "give", "given": "give", "held": "hold", "led": "lead", "won": "win",
    "lost": "lose", "met": "meet", "sent": "send", "built": "build", "began": "begin", "begun": "begin",
    "data": "data", "staff": "staff", "aircraft": "aircraft", "series": "series", "news": "news",
}
# Identifier abbreviations (`qty`, `dept_no`, `custId`), expanded before the root is taken.
ABBREVIATIONS = {
    "qty": "quantity", "amt": "amount", "dept": "department", "emp": "employee", "empl": "employee",
    "cust": "customer", "inv": "invoice", "txn": "transaction", "tx": "transaction", "acct": "account",
    "pct": "percent", "addr": "address", "desc": "description", "num": "number", "tot": "total",
    "prod": "product", "cat": "category", "org": "organisation", "mgr": "manager", "dob": "birth",
    "pos": "position", "loc": "location", "dest": "destination", "dep": "departure", "arr": "arrival",
    "tourney": "tournament",
}
# Common synonyms, written as plain words; folded after the root is taken (both sides).
_SYNONYMS = {
    "client": "customer", "buyer": "customer", "shopper": "customer", "purchaser": "customer",
    "staff": "employee", "worker": "employee", "personnel": "employee", "employe": "employee",
    "salesperson": "employee", "shop": "store", "outlet": "store", "branch": "store",
    "item": "product", "article": "product", "good": "product", "merchandise": "product",
    "purchase": "order", "sale": "order", "sell": "order", "buy": "order",
    "inventory": "stock", "cost": "price", "earning": "revenue", "income": "revenue",
    "turnover": "revenue", "wage": "salary",
    "town": "city", "nation": "country", "organization": "organisation", "firm": "company",
    "vendor": "supplier", "courier": "carrier", "reservation": "booking", "book": "booking",
    "traveller": "passenger", "traveler": "passenger", "plane": "aircraft", "airplane": "aircraft",
    "instructor": "teacher", "lecturer": "teacher", "professor": "teacher", "pupil": "student",
    "boss": "manager", "supervisor": "manager", "bill": "invoice", "receipt": "payment",
    "job": "position", "division": "department", "zip": "postal", "postcode": "postal",
    "winner": "win", "loser": "lose", "loss": "lose",      # `winner_id`: "wins", "won"
    "advisor": "advise", "adviser": "advise",               # `advisor`: "advised", "advises"
    "actor": "cast", "actress": "cast", "act": "cast",      # `cast_member`: "actors", "acted"
}
# Units of duration a column's name ends with and questions leave out (`runtime_minutes`: "the runtime").
DURATION_UNITS = frozenset({"minutes", "mins", "hours", "hrs", "seconds", "secs", "days"})
# Words a suffix rule would fold into another word's root (department / departure).
_KEEP = frozenset({"department", "apartment", "station", "national", "international", "string", "thing"})
_DERIVATIONAL = ("ation", "ition", "ment", "ion", "ure", "al", "ing", "ed")
_MIN_ROOT = 3


def _strip(word: str) -> str:
    s = plural_stem(word)
    if s in _KEEP:
        return s
    for suffix in _DERIVATIONAL:
        if s.endswith(suffix) and len(s) - len(suffix) >= (_MIN_ROOT if suffix in ("ing", "ed") else 4):
            s = s[: -len(suffix)]
            break
    if s.endswith("e") and len(s) > _MIN_ROOT:
        s = s[:-1]                                    # hire / hired / hiring -> hir
    if len(s) > _MIN_ROOT and s[-1] == s[-2] and s[-1] not in "aeiou":
        s = s[:-1]                                    # cancell -> cancel, shipp -> ship, enroll -> enrol
    return s


@lru_cache(maxsize=65536)
def root(word: str) -> str:
    """The matching form of one word (any case)."""
    w = word.lower()
    w = ABBREVIATIONS.get(w, w)
    w = IRREGULAR.get(w, w)
    r = _strip(w)
    return SYNONYMS.get(r, r)


SYNONYMS: dict[str, str] = {}
SYNONYMS.update({_strip(k): _strip(v) for k, v in _SYNONYMS.items()})


def text_roots(text: str) -> list[str]:
    """Roots of the content words of free text (identifiers inside split into their parts)."""
    return [root(w) for w in words(text) if w not in STOPWORDS]


@lru_cache(maxsize=65536)
def identifier_roots(identifier: str) -> frozenset[str]:
    """Roots of an identifier's parts: `sbTxCustId` -> {sb, transaction, customer, id}."""
    return frozenset(root(w) for w in identifier_words(identifier))
