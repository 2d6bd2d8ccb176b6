"""Questions as people type them, read in their plain forms before tokenizing: "don't" and "dont",
"whos", "r there", "is not known" (unknown), "in the database", "on file" and "at all" (nothing),
"50,000" and "90k", "1 April 2024" (2024-04-01), "the best rating" (the highest), "from 2020 on"
(since 2020), "never played anything" (never played), "wich" and "more then". Quoted values are
left as typed."""
from __future__ import annotations

import calendar
import re

from services.nl_to_sql.text import spell_out_not

_QUOTED = re.compile(r"('[^']*'|\"[^\"]*\")")
_BARE_NOT = re.compile(r"\b(do|does|did|is|are|was|were|have|has|had|ca|wo|could|would|should)nt\b", re.IGNORECASE)
_IS = re.compile(r"\b(who|what|where|how)s\b", re.IGNORECASE)
_ARE = re.compile(r"\b[rR](?= there\b| the\b)|(?<![\w'])r(?= [a-z])")
_NOT_KNOWN = re.compile(r"\bnot (?:known|recorded|given|specified|available|on file|filled in)"
                        r"(?=\s*(?:[?.!,]|$|yet\b))", re.IGNORECASE)
# "papers in the database": the data itself, never a value ('Databases') or a table
_META = re.compile(r"\s*\b(?:(?:in|from|of) (?:the|our|this|your) (?:database|db|system|dataset|data set)|"
                   r"on (?:file|record)|at all)\b", re.I)
_THOUSANDS = re.compile(r"\b(\d{1,3})((?:,\d{3})+)(?![\d,]*\d)\b")
_KILO = re.compile(r"\b(\d+(?:\.\d+)?)[kK]\b")
# "the best average rating": the highest (a rating, score or grade is better when higher)
_BEST = re.compile(r"\b(best|worst)(?= (?:(?:average|mean|overall|total) )?(?:\w+ )?"
                   r"(?:ratings?|scores?|stars|grades?)\b)", re.I)
_TOGETHER = re.compile(r"\b(?:together|along) with\b", re.I)
_OF_ALL = re.compile(r"\b(total|sum|average|mean|maximum|minimum) of all (?:the |of the )?", re.I)
_ONWARDS = re.compile(r"\b(?:from )?(\d{4}) (?:on|onwards?)\b", re.I)
# "never played anything", "don't follow anybody": the verb alone says it ("report to anyone" keeps its word)
_ANY_OBJECT = re.compile(r"\b(\w+) (?:anything|something|anywhere|anybody|anyone|somebody|someone)\b", re.I)
_KEEPS_ANY = {"to", "by", "with", "for", "from", "on", "at", "of", "in", "there", "is", "are", "was", "were", "than",
              "and", "or", "not", "no", "if", "has", "have", "had"}
# misspellings of the small words the typo reading (typos.py) leaves alone as too short to guess
_SMALL_TYPOS = {"wich": "which", "whcih": "which", "wihch": "which", "teh": "the", "hte": "the", "thier": "their",
                "waht": "what", "hwo": "how", "ppl": "people", "plz": "please"}
_SMALL_TYPO = re.compile(r"\b(" + "|".join(_SMALL_TYPOS) + r")\b", re.I)
_THEN = re.compile(r"\b(more|less|fewer|greater|higher|lower|longer|shorter|bigger|smaller|older|younger|"
                   r"earlier|later|cheaper) then\b", re.I)
# "... and the year each one formed", "... and the city each is in": each row's own column
_EACH_ONES = re.compile(r"\b(and|with) (?:the|its|their) (\w+(?: \w+)?) (?:each|every)(?: one| of them)? "
                        r"(\w+(?: \w+){0,2}?)\s*(?=[.?!]?\s*$)", re.I)
_MONTH_NUMBERS = {m.lower(): i for names in (calendar.month_name, calendar.month_abbr)
                  for i, m in enumerate(names) if m}
_MONTH = "(" + "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True)) + r")\.?"
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{_MONTH},? (\d{{4}})\b", re.I)
_MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH} (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}})\b", re.I)
_ORD = r"(?:st|nd|rd|th)?"
# "between March 1 and June 30, 2024", "from 1 March to 30 June 2024": one year for both days
_DAYS_ONE_YEAR = re.compile(rf"\b(between|from) {_MONTH} (\d{{1,2}}){_ORD} (and|to|until) {_MONTH} (\d{{1,2}}){_ORD},? "
                            r"(\d{4})\b", re.I)
_DAYS_ONE_YEAR_DM = re.compile(rf"\b(between|from) (\d{{1,2}}){_ORD} (?:of )?{_MONTH} (and|to|until) (\d{{1,2}}){_ORD} "
                               rf"(?:of )?{_MONTH},? (\d{{4}})\b", re.I)
_MONTHS_BETWEEN = re.compile(rf"\bbetween {_MONTH} (\d{{4}}) and {_MONTH} (\d{{4}})\b", re.I)


def _not(m: re.Match) -> str:
    return {"ca": "can", "wo": "will"}.get(m.group(1).lower(), m.group(1)) + " not"


def _small_typo(m: re.Match) -> str:
    word = _SMALL_TYPOS[m.group(1).lower()]
    return word.capitalize() if m.group(1)[0].isupper() else word


def _kilo(m: re.Match) -> str:
    value = float(m.group(1)) * 1000
    return str(int(value)) if value.is_integer() else str(value)


def _iso(year: str, month: str, day: int | str) -> str:
    return f"{year}-{_MONTH_NUMBERS[month.lower()]:02d}-{int(day):02d}"


def _dates(text: str) -> str:
    """"1 April 2024", "April 1st, 2024": 2024-04-01; "between June 2022 and June 2023": both months whole."""
    text = _DAYS_ONE_YEAR.sub(lambda m: f"{m.group(1)} {_iso(m.group(7), m.group(2), m.group(3))} {m.group(4)} "
                              f"{_iso(m.group(7), m.group(5), m.group(6))}", text)
    text = _DAYS_ONE_YEAR_DM.sub(lambda m: f"{m.group(1)} {_iso(m.group(7), m.group(3), m.group(2))} {m.group(4)} "
                                 f"{_iso(m.group(7), m.group(6), m.group(5))}", text)
    text = _DAY_MONTH_YEAR.sub(lambda m: _iso(m.group(3), m.group(2), m.group(1)), text)
    text = _MONTH_DAY_YEAR.sub(lambda m: _iso(m.group(3), m.group(1), m.group(2)), text)
    return _MONTHS_BETWEEN.sub(lambda m: f"between {_iso(m.group(2), m.group(1), 1)} and " + _iso(
        m.group(4), m.group(3), calendar.monthrange(int(m.group(4)), _MONTH_NUMBERS[m.group(3).lower()])[1]), text)


def _plain(text: str) -> str:
    text = _BARE_NOT.sub(_not, _SMALL_TYPO.sub(_small_typo, text))
    text = _THEN.sub(lambda m: m.group(1) + " than", text)       # "more then 45"
    text = _ARE.sub("are", _IS.sub(lambda m: m.group(1) + " is", text))
    text = _META.sub("", _NOT_KNOWN.sub("unknown", text))
    text = _THOUSANDS.sub(lambda m: m.group(1) + m.group(2).replace(",", ""), text)
    text = _EACH_ONES.sub(lambda m: f"{m.group(1)} their " + (f"{m.group(3)} {m.group(2)}" if " " not in m.group(3)
                          and m.group(3).lower() not in ("is", "was", "has") else m.group(2)), text)
    text = _TOGETHER.sub("with", text)                                # "together with their hire dates"
    text = _OF_ALL.sub(lambda m: m.group(1) + " of the ", text)     # "the total of all tips"
    text = _ONWARDS.sub(lambda m: "since " + m.group(1), text)      # "from 2020 on"
    text = _ANY_OBJECT.sub(lambda m: m.group(0) if m.group(1).lower() in _KEEPS_ANY else m.group(1), text)
    text = _BEST.sub(lambda m: "highest" if m.group(1).lower() == "best" else "lowest", text)
    return _dates(_KILO.sub(_kilo, text))


def plain_text(question: str) -> str:
    parts = _QUOTED.split(spell_out_not(question))   # first: the apostrophe of "don't" opens no quote
    return "".join(part if k % 2 else _plain(part) for k, part in enumerate(parts))
