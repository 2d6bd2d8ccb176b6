"""Words for people that a schema names otherwise: "how many people work at <hotel>" counts the
one table of staff (`staff`, `employees`, `workers`) the question's tables hold."""
from __future__ import annotations

from services.nl_to_sql.offline.normalise import Token, root

_PEOPLE = frozenset({"people", "ppl", "persons"})
_STAFF = frozenset({"employee", "staff", "worker", "personnel"})


def people_at_work(tokens: list[Token], table_names: list[list[str]]) -> list[Token]:
    """"how many people work at <hotel>": the one table of staff (`staff`, `employees`) of these."""
    found = [words[-1] for words in table_names if words and root(words[-1].lower()) in _STAFF]
    if len(found) != 1:
        return tokens
    staff = found[0]
    return [Token(t.index, staff, staff.lower(), root(staff.lower()), "word") if t.lower in _PEOPLE and
            k + 1 < len(tokens) and tokens[k + 1].lower in ("work", "works", "worked", "working") else t
            for k, t in enumerate(tokens)]
