"""Verbs and agent nouns read off names: the verb of an event table (`advisor`: advise, `treatments`:
treat, `prescriptions`: prescribe, `evaluation`: evaluate, `reservations`: reserve) and the agent of a
`<participle>_by` column (`directed_by`: director, `written_by`: writer)."""
from __future__ import annotations

from services.nl_to_sql.offline.normalise import IRREGULAR, stem, verb_stems

# event nouns whose verb is spelled otherwise: "sold" of `sales`, "flown" of `flights`
_IRREGULAR_EVENTS = {"sale": ("sell", "sells", "selling", "sold"), "flight": ("fly", "flies", "flew", "flown")}


_ING_EVENTS = {"feed", "meet", "screen", "sight", "train", "hear", "read"}   # the verb of `<verb>ings` rows


def event_verbs(words: list[str]) -> list[str]:
    """The verb forms a one-word table's name is the event noun of."""
    last = words[-1].lower() if len(words) == 1 else ""
    base = stem(last)
    if base in _IRREGULAR_EVENTS:
        return list(_IRREGULAR_EVENTS[base])
    if len(last) > 7 and base.endswith("ing") and base[:-3] in _ING_EVENTS:
        return [base[:-3]]                            # `feedings`: "fed", "feeds"
    if len(last) > 6 and last.endswith("or"):
        return [last[:-2], last[:-2] + "e"]
    if len(last) > 7 and base.endswith("ment"):
        return [base[:-4]]
    if len(last) > 8 and base.endswith("ption"):
        return [base[:-5] + "b", base[:-5] + "be"]
    if len(last) > 7 and base.endswith("ation"):
        return [base[:-3] + "e", base[:-3] + "ed", base[:-5] + "e", base[:-5] + "ed"]
    return []


def agent_nouns(words: list[str]) -> list[str]:
    """`directed_by` -> director, `written_by` -> writer, `composed_by` -> composer."""
    if len(words) != 2 or words[1].lower() != "by":
        return []
    said = words[0].lower()
    bases = {IRREGULAR[said]} if said in IRREGULAR else set(verb_stems(said))
    return sorted({b + s for b in bases if len(b) > 2 for s in (("r",) if b.endswith("e") else ("or", "er"))})
