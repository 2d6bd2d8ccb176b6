"""Questions reworded before they are read, where a phrase says the same as one the passes know:
- "Which games has nobody played?", "listings that nobody has viewed", "titles nobody has rated
  yet": nobody having done it is the rows never having it done to them, read as "games that were
  never played" by the negation pass ("yet" then says nothing more). Only before the past form of
  a verb; "employees who supervise nobody" (nobody as the object) is left as it is.
- "hired before their own manager", "the average salary of their own department": "own" before a
  noun only stresses "their" ("a club other than their own" keeps it: there it is the noun)."""
from __future__ import annotations

import re

from services.nl_to_sql.offline.normalise import is_verb_form

_NOBODY = r"(?:nobody|no[- ]one|noone)"
_ASKED = re.compile(rf"\b(?:has|have|had)\s+{_NOBODY}\s+(?:ever\s+)?([A-Za-z]+)\b", re.I)
_TOLD = re.compile(rf"\b(that\s+|which\s+)?{_NOBODY}\s+(?:(?:has|have|had)\s+)?(?:ever\s+)?([A-Za-z]+)\b", re.I)
_YET = re.compile(r"\s+yet\b", re.I)
_OWN = re.compile(r"\b(their|its|his|her)\s+own\s+(?=[A-Za-z])", re.I)


def nobody_as_never(question: str) -> str:
    def asked(m: re.Match[str]) -> str:
        return f"were never {m.group(1)}" if is_verb_form(m.group(1)) else m.group(0)

    def told(m: re.Match[str]) -> str:
        if not is_verb_form(m.group(2)):
            return m.group(0)
        return ("that were never " if m.group(1) else "never ") + m.group(2)

    said = _TOLD.sub(told, _ASKED.sub(asked, question))
    return _YET.sub("", said) if said != question else question


def own_as_theirs(question: str) -> str:
    return _OWN.sub(lambda m: m.group(1) + " ", question)
