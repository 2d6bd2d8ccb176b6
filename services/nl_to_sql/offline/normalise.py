"""Normalisation: a question as tokens, each with its lower-case form and a stem (plural, verb
forms and a few irregular words folded), and the closed word classes the reader knows."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from services.nl_to_sql.offline.spelling import plain_text
from services.nl_to_sql.text import identifier_words
from services.nl_to_sql.text import stem as plural_stem

NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "twenty": 20, "fifty": 50, "hundred": 100}
_TOKEN = re.compile(r"'([^']*)'|\"([^\"]*)\"|(\d{4}-\d{2}-\d{2})|(\d+(?:\.\d+)?)|([<>]=?|=)|([A-Za-z][A-Za-z0-9_]*)")
# Irregular forms, so "took" finds `takes`, "children" finds 'Child' and "paid" finds `...Pay...`.
IRREGULAR = {"took": "take", "taken": "take", "taught": "teach", "children": "child", "people": "person",
             "men": "man", "women": "woman", "paid": "pay", "sold": "sell", "bought": "buy", "flew": "fly",
             "held": "hold", "flown": "fly", "born": "birth", "hires": "hire", "hired": "hire",
             "employed": "employ", "written": "write", "wrote": "write", "made": "make", "aircraft": "aircraft",
             "staff": "staff", "gross": "gross", "status": "status", "class": "class", "address": "address",
             "courses": "course", "analyses": "analysis", "data": "data", "ordered": "order", "statuses": "status",
             "campuses": "campus", "bonuses": "bonus", "buses": "bus", "classes": "class", "addresses": "address",
             "won": "win", "lost": "lose", "spent": "spend", "spending": "spend", "fed": "feed", "met": "meet"}
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m and m.lower() != "may"})
TIME_UNITS = ("day", "week", "month", "quarter", "year")


@dataclass
class Token:
    index: int
    text: str              # as written
    lower: str
    stem: str
    kind: str              # word | number | date | value (quoted) | op

    @property
    def capitalized(self) -> bool:
        # The first word is capitalised by grammar, not because it is a name.
        return self.kind == "word" and self.index > 0 and self.text[:1].isupper()

    @property
    def number(self) -> float | None:
        return float(self.text) if self.kind == "number" else None


def stem(word: str) -> str:
    """Plural and past/participle forms folded: "orders" -> "order", "cancelled" stays a word
    of its own ("cancel" is not a schema word), "placed" -> "place" only via `verb_stems`."""
    w = word.lower()
    if w in IRREGULAR:
        return IRREGULAR[w]
    return plural_stem(w)


def root(word: str) -> str:
    """The matching form of a word, for schema names and question words alike: the stem with
    a verb ending dropped ("booked", "bookings" -> "book"; "opened" -> "open")."""
    s = stem(word)
    for suffix in ("ing", "ed"):
        if s.endswith(suffix) and len(s) - len(suffix) >= 3:
            s = s[: -len(suffix)]
            if len(s) >= 2 and s[-1] == s[-2] and s[-1] not in "ls":
                s = s[:-1]              # "cancelled" stays "cancell", "shipped" -> "ship"
            break
    return s


def verb_stems(word: str) -> list[str]:
    """Candidate base forms of a verb-like word: "booked" -> book, "departing" -> depart,
    "issued" -> issue; used only to link a verb to a table or column of the same root."""
    w = word.lower()
    out = []
    for suffix, repl in (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("d", ""), ("ure", ""), ("ment", ""),
                         ("ion", ""), ("ion", "e"), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            base = w[: -len(suffix)] + repl
            if len(base) >= 2 and base[-1] == base[-2] and repl == "" and suffix in ("ed", "ing"):
                out.append(base[:-1])       # "travelled" -> travel
            out.append(base)
    return out


_PAST = {"took", "taken", "taught", "sold", "bought", "paid", "flew", "flown", "made", "wrote", "written", "won",
         "sent", "held", "built", "spent", "lost"}
_NOT_PAST = {"breed", "speed", "hundred", "indeed", "kindred", "hatred", "sacred", "naked", "wicked", "creed"}


def is_verb_form(word: str) -> bool:
    """"ordered", "booked", "sold": a verb naming a table's event, not the table as a noun ("breed")."""
    w = word.lower()
    return w in _PAST or (w.endswith("ed") and len(w) > 4 and w not in _NOT_PAST)


# "flights from Berlin", "bookings to JFK": words a direction column is named or commented with
DIRECTIONS = {"from": {"origin", "depart", "departure", "source", "from"},
              "to": {"destination", "arriv", "arrival", "target", "to"}}


# Verbs that only name the relationship a join implements ("orders each employee handled").
RELATING = frozenset("handle handles handled handling process processes processed serve serves served serving "
                     "buy buys bought purchase purchases purchased manage manages managed own owns owned "
                     "receive receives received write writes wrote written issue issues issued belong belongs "
                     "belonging generate generates generated generating speak speaks speaking spoke spoken "
                     "publish publishes published publishing design designs designed designing".split())
MOVING = frozenset("go goes going went fly flies flying depart departs departing departed arrive arrives arriving "
                   "arrived leave leaves leaving land lands landing travel travels travelling".split())


def direction_roots(tokens: list[Token]) -> set[str]:
    """The direction words of "from <name>" / "to <name>" (not "from 2020"), when only one is used."""
    found = set()
    for i, t in enumerate(tokens[:-1]):
        nxt = tokens[i + 1]
        if t.lower in DIRECTIONS and (nxt.kind == "value" or nxt.capitalized) and not is_year(nxt):
            found.add(t.lower)
    return DIRECTIONS[found.pop()] if len(found) == 1 else set()


# A possessive: "department's average", "supervisors' names" (not an apostrophe opening a quoted value).
_POSSESSIVE = re.compile(r"(?<=[A-Za-z0-9])'s(?=[\s,.?!]|$)|(?<=[A-Za-z]s)'(?=[\s,.?!]|$)")


def tokenize(question: str) -> list[Token]:
    tokens: list[Token] = []
    question = plain_text(question)
    if question.count("'") % 2 or not re.search(r"(^|\s)'", question):
        question = _POSSESSIVE.sub("", question)
    for m in _TOKEN.finditer(question):
        quoted = m.group(1) if m.group(1) is not None else m.group(2)
        if quoted is not None:
            tokens.append(Token(len(tokens), quoted, quoted.lower(), quoted.lower(), "value"))
        elif m.group(3):
            tokens.append(Token(len(tokens), m.group(3), m.group(3), m.group(3), "date"))
        elif m.group(4):
            tokens.append(Token(len(tokens), m.group(4), m.group(4), m.group(4), "number"))
        elif m.group(5):
            tokens.append(Token(len(tokens), m.group(5), m.group(5), m.group(5), "op"))
        else:
            word = m.group(6)
            for part in identifier_words(word) if "_" in word else [word]:
                lower = part.lower()
                if lower in NUMBER_WORDS:
                    tokens.append(Token(len(tokens), str(NUMBER_WORDS[lower]), lower, lower, "number"))
                    continue
                tokens.append(Token(len(tokens), part, lower, root(lower), "word"))
    return _rephrased(tokens)


_OR_MORE = {"more": "least", "greater": "least", "higher": "least", "above": "least", "over": "least",
            "fewer": "most", "less": "most", "lower": "most", "below": "most", "under": "most"}


def _renumbered(tokens: list[Token]) -> list[Token]:
    """Rewritten tokens with their positions counted again."""
    return [Token(k, x.text, x.lower, x.stem, x.kind) for k, x in enumerate(tokens)]


def _word(text: str) -> Token:
    return Token(0, text, text.lower(), root(text.lower()), "word")


def _rephrased(tokens: list[Token]) -> list[Token]:
    """Two phrasings read as their plain forms: "<number> or more / or fewer" is "at least / at most
    <number>"; "<verb>s the most / the least" at the end ("earns the most", "costs the least") is
    "the most / least <verb>", the verb naming a column."""
    tokens = [t for k, t in enumerate(tokens)               # "lent out", "checked out": lent, checked
              if not (t.lower == "out" and k and tokens[k - 1].lower in _OUT_VERBS)]
    tokens = _verb_measures(tokens)
    tokens = _their_figure(_figure_lists(_first_as_earliest(_whose_is_the_most(_unit_first(tokens)))))
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        nxt = [x.lower for x in tokens[i + 1:i + 4]]
        for unit in (0, 1):                       # "3 or more", "10 days or fewer"
            if t.kind == "number" and len(nxt) >= 2 + unit and nxt[unit] == "or" and nxt[unit + 1] in _OR_MORE \
                    and (not unit or tokens[i + 1].kind == "word"):
                out += [_word("at"), _word(_OR_MORE[nxt[unit + 1]]), t, *tokens[i + 1:i + 1 + unit]]
                i += 3 + unit
                break
        else:
            i = _plain(tokens, i, nxt, out)
    return _renumbered(out)


_BOUNDS = frozenset("more less over under above below at between exactly greater fewer".split())
_MEASURE_VERBS = {"weigh": "weight", "weighs": "weight", "weighed": "weight", "cost": "cost", "costs": "cost",
                  "costed": "cost", "measure": "size", "measures": "size"}


def _verb_measures(tokens: list[Token]) -> list[Token]:
    """"cars that weigh more than 4000", "tracks that cost 1.99": the verb's noun (weight, cost),
    and a number right after it is that value ("cost = 1.99")."""
    out: list[Token] = []
    for k, t in enumerate(tokens):
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        noun = _MEASURE_VERBS.get(t.lower) if k and after is not None and (
            after.kind == "number" or after.lower in _BOUNDS) else None
        if noun is None:                              # "costs the most" stays a verb (_plain)
            out.append(t)
            continue
        out.append(_word(noun))
        if k + 1 < len(tokens) and tokens[k + 1].kind == "number":
            out.append(Token(0, "=", "=", "=", "op"))
    return _renumbered(out) if len(out) != len(tokens) or any(a is not b for a, b in zip(out, tokens)) else tokens


_OUT_VERBS = frozenset("lent lend lends lending loaned checked rented hired came come comes".split())
_LIST_AGGREGATES = frozenset("average avg mean total sum minimum min maximum max".split())
_AS_FIGURES = {"lowest": "minimum", "smallest": "minimum", "highest": "maximum", "largest": "maximum",
               "biggest": "maximum"}


def _their_figure(tokens: list[Token]) -> list[Token]:
    """"authors and the number of their books" is "authors and their number of books"."""
    words = [t.lower for t in tokens]
    for i in range(len(words) - 4):
        if words[i] in ("and", "with") and words[i + 1] == "the" and words[i + 3] == "of" and words[i + 4] == "their" \
                and (words[i + 2] in _LIST_AGGREGATES or words[i + 2] in ("number", "count")):
            return _renumbered([*tokens[:i + 1], tokens[i + 4], tokens[i + 2], tokens[i + 3], *tokens[i + 5:]])
    return tokens


def _figure_lists(tokens: list[Token]) -> list[Token]:
    """"the lowest, average and highest capacity": superlatives in a list of aggregates (commas are
    not tokens; "and" before the last word) are its minimum and maximum, not a ranking."""
    out, i = list(tokens), 0
    while i < len(out):
        k = i
        while k < len(out) and (out[k].lower in _LIST_AGGREGATES or out[k].lower in _AS_FIGURES or
                                out[k].lower == "and" and k > i):
            k += 1
        run = out[i:k]
        if len(run) >= 3 and run[-2].lower == "and" and any(t.lower in _LIST_AGGREGATES for t in run):
            for n in range(i, k):
                if out[n].lower in _AS_FIGURES:
                    out[n] = _word(_AS_FIGURES[out[n].lower])
        i = max(k, i + 1)
    return _renumbered(out)


_SUPERLATIVES = frozenset("largest highest biggest greatest smallest lowest longest shortest oldest youngest "
                          "heaviest lightest latest earliest most least fewest".split())


def _whose_is_the_most(tokens: list[Token]) -> list[Token]:
    """"the shop whose number of products is the largest" is "the shop with the largest number of
    products" (only when the superlative ends the question)."""
    words = [t.lower for t in tokens]
    if "whose" not in words or len(words) < 5 or words[-1] not in _SUPERLATIVES or words[-2] != "the" \
            or words[-3] not in ("is", "are", "was", "were"):
        return tokens
    w = words.index("whose")
    if len(words) - 3 - w < 2:
        return tokens
    return [*tokens[:w], _word("with"), tokens[-2], tokens[-1], *tokens[w + 1:-3]]


def _first_as_earliest(tokens: list[Token]) -> list[Token]:
    """"Which branch opened first?" is "... opened earliest" ("last": "latest"): a verb's date."""
    if len(tokens) < 3 or tokens[-1].lower not in ("first", "last") or not is_verb_form(tokens[-2].lower):
        return tokens
    return [*tokens[:-1], _word("earliest" if tokens[-1].lower == "first" else "latest")]


def _unit_first(tokens: list[Token]) -> list[Token]:
    """"Which day had the most appointments?" is "the most appointments per day" (the time unit, not
    a column named after it, like `prescriptions.days`)."""
    words = [t.lower for t in tokens]
    start = 1 if words[:1] in (["which"], ["what"], ["the"]) else 0
    if len(words) < start + 5 or words[start] not in TIME_UNITS \
            or words[start + 1] not in ("had", "has", "saw", "with") \
            or words[start + 2] != "the" or words[start + 3] not in ("most", "fewest", "least"):
        return tokens
    return [*tokens[start + 2:], _word("per"), tokens[start]]


# Verbs of "<verb> the most in <amounts>" that only say the amounts are the rows' own.
_EARNING = frozenset("earn earns earned earning spend spends spent spending make makes generate generates "
                     "generated bring brings brought".split())


def _plain(tokens: list[Token], i: int, nxt: list[str], out: list[Token]) -> int:
    t = tokens[i]
    if t.lower in ("best", "worst") and nxt[:1] == ["paid"]:
        out.append(_word("highest" if t.lower == "best" else "lowest"))   # "the 3 best paid doctors"
        return i + 1
    passive = is_verb_form(t.lower) and i > 0 and tokens[i - 1].lower in ("is", "are", "was", "were", "been")
    if t.kind == "word" and (t.lower.endswith("s") and not t.lower.endswith("ss") or passive) and nxt[:1] == ["the"] \
            and len(nxt) == 2 and nxt[1] in ("most", "least") and i + 3 == len(tokens) and i > 0 \
            and (not passive or nxt[1] == "most"):
        # "earns the most" is "the most earns", "has been borrowed the most" "the most borrowed": ranks by
        # what the verb names
        out += [tokens[i + 1], tokens[i + 2], t]
        return i + 3
    if t.kind == "word" and nxt == ["the", "most", "in"] and i > 0 and i + 5 <= len(tokens) <= i + 6 \
            and t.lower not in FILLER:
        # "earns the most in fees": the highest total fees; "has paid the most in fines": the highest
        # total fines paid (the verb may say which: "paid"; one it cannot read is left to refuse)
        if tokens[i - 1].lower not in ("has", "have", "had"):
            out.append(_word("has"))
        out += [_word("the"), _word("highest"), _word("total"), *tokens[i + 4:]]
        if t.lower not in _EARNING:
            out.append(t)
        return len(tokens)
    often = nxt[:3] == ["the", "most", "often"] and i + 4 == len(tokens) or \
        nxt[:2] == ["most", "often"] and i + 3 == len(tokens)
    if passive and often:                             # "prescribed most often": the most prescribed
        out += [_word("the"), _word("most"), t]
        return len(tokens)
    out.append(t)
    return i + 1


_PERIODIC = {"daily": "day", "weekly": "week", "monthly": "month", "quarterly": "quarter", "yearly": "year",
             "annual": "year", "annually": "year"}


def spelled_periods(tokens: list[Token], schema_words: set[str]) -> list[Token]:
    """"Daily number of loans" is "per day number of loans", unless a name of the schema starts with
    the word (`monthly_fee`: "monthly fee" is that column)."""
    if not any(t.lower in _PERIODIC for t in tokens):
        return tokens
    out: list[Token] = []
    for t in tokens:
        unit = _PERIODIC.get(t.lower)
        out += [_word("per"), _word(unit)] if unit and t.stem not in schema_words else [t]
    return _renumbered(out)


# "How long is ...": the nouns the adjective asks for, the first the schema has.
_HOW = {"long": ("length", "duration", "distance"), "tall": ("height", "altitude", "elevation"),
        "high": ("height", "altitude", "elevation"), "big": ("area", "size"), "large": ("area", "size"),
        "old": ("age",), "heavy": ("weight",), "deep": ("depth",), "far": ("distance",), "wide": ("width",)}


def how_adjective(tokens: list[Token], schema_words: set[str]) -> list[Token]:
    """"How tall is Mount Rainier?" is "What is the altitude of Mount Rainier?": the first of the
    adjective's nouns a name of the schema starts with."""
    if len(tokens) < 4 or tokens[0].lower != "how" or tokens[2].lower not in ("is", "are", "was", "were"):
        return tokens
    noun = next((n for n in _HOW.get(tokens[1].lower, ()) if root(n) in schema_words), None)
    if noun is None:
        return tokens
    out = [_word("what"), tokens[2], _word("the"), _word(noun), _word("of"), *tokens[3:]]
    return _renumbered(out)


_LENGTHS, _UNITS = ("length", "duration", "time"), ("day", "minute", "hour", "second", "week", "millisecond")


def lengths_in_units(tokens: list[Token], schema_words: set[str], owners: dict[str, set[str]]) -> list[Token]:
    """"average length of matches in minutes", "treatment length in days" of rows storing their
    length in a `minutes` / `days` column: that column ("minutes of matches", "days"). `owners`:
    a column word's root -> the roots of the words of the tables having such a column; the table
    said ("of matches", "match length") must be one ("length of admissions in days" is a duration)."""
    for i, t in enumerate(tokens):
        if t.lower not in _LENGTHS:
            continue
        at = next((k for k in range(i + 1, min(i + 6, len(tokens) - 1)) if tokens[k].lower == "in"), None)
        unit = root(tokens[at + 1].lower) if at is not None else ""
        if at is None or tokens[at + 1].stem not in _UNITS or unit not in owners:
            continue
        of = tokens[i + 1:at] if at > i + 1 and tokens[i + 1].lower == "of" else []
        before = tokens[i - 1] if i > 0 and tokens[i - 1].kind == "word" and tokens[i - 1].lower not in FILLER \
            and tokens[i - 1].lower not in SHAPE_WORDS else None
        said = [root(x.lower) for x in (*of[1:], *([before] if before else [])) if x.lower != "the"]
        if at > i + 1 and not of or any(w in schema_words and w not in owners[unit] for w in said) or \
                any(root(x.lower) not in schema_words for x in of[1:] if x.lower not in ("the", "a", "an")):
            continue                                  # "length of stay in days": a duration (durations.py)
        start = i - (before is not None and root(before.lower) not in schema_words)
        return _renumbered([*tokens[:start], tokens[at + 1], *of, *tokens[at + 2:]])
    return tokens


def is_year(token: Token | None) -> bool:
    return token is not None and token.kind == "number" and re.fullmatch(r"(19|20)\d\d", token.text) is not None


# Words with no meaning of their own once the rest of the question is understood.
FILLER = frozenset("""
a an the of for to in on at with and is are was were be been being do does did what which who whom
whose me my our we i you your please show list give get find tell all there their this that these
those as from it its have has had any some can could would display return us overall here
exist exists existing currently ever record records row rows entry entries data
listed registered located based working work works live lives living held hold holds
placed place placing make made offer offers offered served serve serves been get got received receive
operate operates operated named called company written spoken come comes came information info detail details
issued created recorded posted logged given gave happened occurred took done across among still
""".split())
# Words the reader may consume in a shape; never values.
SHAPE_WORDS = frozenset("""
how many much number count total sum average avg mean maximum max minimum min highest lowest largest
smallest biggest longest shortest top most least fewest first last per by each every sorted ordered
order sort than over above under below between since before after more less fewer greater higher chronological
lower without never no not percentage percent share proportion ratio fraction distinct different tallest
unique alphabetically ascending descending asc desc latest earliest newest oldest recent heaviest lightest
""".split())
