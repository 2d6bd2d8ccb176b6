"""Pull the SQL (and the explanation) out of an LLM's free-form answer."""
from __future__ import annotations

import re

_FENCE = re.compile(r"```[ \t]*([A-Za-z0-9_-]*)[ \t]*\n(.*?)```", re.DOTALL)
_STATEMENT = re.compile(r"(?is)\b(WITH|SELECT)\b.*?(?:;|$)")


def extract_sql(text: str) -> tuple[str | None, str]:
    """(sql or None, explanation): prefers a ```sql fence, then any fence holding a query, then a
    bare SELECT/WITH statement in the prose."""
    fences = _FENCE.findall(text)
    for lang, body in sorted(fences, key=lambda f: f[0].lower() != "sql"):
        if lang.lower() in ("sql", "postgresql", "postgres", "") and re.search(r"(?i)\b(select|with)\b", body):
            sql = body.strip().rstrip(";").strip()
            explanation = _FENCE.sub(" ", text)
            return sql, _tidy(explanation)
    match = _STATEMENT.search(text)
    if match:
        sql = match.group(0).strip().rstrip(";").strip()
        return sql, _tidy(text[:match.start()] + " " + text[match.end():])
    return None, _tidy(text)


def _tidy(text: str, limit: int = 600) -> str:
    return " ".join(text.split())[:limit]
