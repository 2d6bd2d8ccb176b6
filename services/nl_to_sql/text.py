"""Words out of identifiers, comments and questions: the shared vocabulary of the hashing
embedding, the retriever's name matching and the offline engine."""
from __future__ import annotations

import re

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*|\d+(?:\.\d+)?")

STOPWORDS = frozenset("""
a an the of for to in on at by with and or is are was were be been do does did what which who whom
whose how me my our we i you your please show list give get find tell all each every there their
this that these those as from into than then it its have has had any some per
""".split())

# A few domain synonyms, so "clients" finds `customers` and "staff" finds `employees` offline.
SYNONYMS = {
    "client": "customer", "buyer": "customer", "shopper": "customer",
    "staff": "employee", "worker": "employee", "employe": "employee", "salesperson": "employee",
    "shop": "store", "branch": "store", "item": "product", "article": "product",
    "purchase": "order", "sale": "order", "sold": "order", "bought": "order",
    "inventory": "stock", "cost": "price", "earning": "revenue", "income": "revenue",
    "turnover": "revenue", "pay": "salary", "wage": "salary",
}


def stem(word: str) -> str:
    """A tiny English stemmer: plural and a few suffixes (enough for table/column names); "movie" and
    "movies" share a stem, as "city" and "cities" do."""
    w = singular(word)
    return w[:-2] + "y" if len(w) > 4 and w.endswith("ie") else w


def singular(word: str) -> str:
    """A word's singular for messages and labels: "orders" -> "order", "cities" -> "city", "movie"."""
    w = word.lower()
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("sses", "shes", "ches", "xes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def identifier_words(name: str) -> list[str]:
    """`order_items` -> ["order", "items"]; `unitPrice` -> ["unit", "price"]."""
    parts: list[str] = []
    for chunk in re.split(r"[^A-Za-z0-9]+", name):
        parts.extend(p.lower() for p in _CAMEL.split(chunk) if p)
    return parts


def words(text: str) -> list[str]:
    """Lower-cased words of free text, identifiers split into parts."""
    out: list[str] = []
    for token in _WORD.findall(text):
        out.extend(identifier_words(token) if not token[0].isdigit() else [token])
    return out


def terms(text: str) -> list[str]:
    """Stemmed content words with synonyms folded: what matching and embeddings compare."""
    out = []
    for w in words(text):
        if w in STOPWORDS:
            continue
        s = stem(w)
        out.append(SYNONYMS.get(s, s))
    return out


_NOT = re.compile(r"\b([A-Za-z]+)n['\u2019]t\b")


def spell_out_not(text: str) -> str:
    """"don't" -> "do not", "isn't" -> "is not", "can't" -> "can not", "won't" -> "will not"."""
    return _NOT.sub(lambda m: {"ca": "can", "wo": "will"}.get(m.group(1).lower(), m.group(1)) + " not", text)
