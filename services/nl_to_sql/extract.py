"""Pull the SQL (and the explanation) out of an LLM's free-form answer.

The answer must hold exactly one SQL statement: the content of its one ```sql block, or, with no
block, the one statement written in the prose. Anything else (two blocks, two statements, SQL in
the prose next to the block, no SQL at all) is a `problem`, fed back to the model like a
validation error — the extractor never picks one statement out of several. Whether the statement
is read-only is the validator's job, so a fenced DELETE is refused as a DELETE.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import sqlglot
from sqlglot import exp

SQL_FENCE_LANGUAGES = frozenset({"sql", "postgresql", "postgres", "psql", "pgsql"})
_FENCE = re.compile(r"```[ \t]*([A-Za-z0-9_+-]*)[^\n]*\n(.*?)```", re.DOTALL)
_KEYWORD = re.compile(r"(?<![\w.$])(SELECT|WITH|VALUES|TABLE|INSERT|UPDATE|DELETE|MERGE|DROP|CREATE|ALTER|"
                      r"TRUNCATE|GRANT|REVOKE|COPY)\b", re.IGNORECASE)
_LEADING_COMMENTS = re.compile(r"\A(?:\s+|--[^\n]*\n?|/\*.*?\*/)*", re.DOTALL)

NO_SQL = "The answer contained no SQL query; answer with exactly one read-only SELECT in one ```sql block."


@dataclass(frozen=True)
class Extracted:
    sql: str | None
    explanation: str
    problems: list[str] = field(default_factory=list)   # why the answer is not exactly one statement


def extract_sql(text: str, dialect: str = "postgres") -> Extracted:
    fences = _FENCE.findall(text)
    prose = _FENCE.sub(" ", text)
    blocks = [body for lang, body in fences if _is_sql_fence(lang, body)]
    explanation = _tidy(prose)
    prose_statements = _statements_in_prose(prose, dialect)
    distinct = list(dict.fromkeys(_strip(b) for b in blocks))
    if len(distinct) > 1:
        return Extracted(None, explanation, [
            f"The answer contained {len(distinct)} different ```sql blocks; answer with exactly one "
            "```sql block holding one read-only SELECT query."])
    if distinct:
        problems = []
        if prose_statements.parsed:
            kinds = ", ".join(_kind(s) for s in prose_statements.parsed)
            problems.append(f"The answer also contains SQL outside the ```sql block ({kinds}); put exactly "
                            "one query in one ```sql block and no other SQL statement in the explanation.")
        return Extracted(distinct[0], explanation, problems)
    if len(prose_statements.parsed) > 1:
        kinds = ", ".join(_kind(s) for s in prose_statements.parsed)
        return Extracted(None, _tidy(prose_statements.rest), [
            f"The answer contained {len(prose_statements.parsed)} SQL statements ({kinds}); only one "
            "read-only SELECT query is allowed, in one ```sql block."])
    found = prose_statements.parsed or prose_statements.broken[:1]
    if not found:
        return Extracted(None, explanation, [NO_SQL])
    return Extracted(found[0], _tidy(prose_statements.rest))


def _is_sql_fence(lang: str, body: str) -> bool:
    lang = lang.lower()
    if lang in SQL_FENCE_LANGUAGES:
        return True
    # An unlabelled block counts when it starts like a statement (not a table of results).
    return lang == "" and _KEYWORD.match(_LEADING_COMMENTS.sub("", body)) is not None


def _strip(sql: str) -> str:
    sql = sql.strip()
    while sql.endswith(";"):
        sql = sql[:-1].rstrip()
    return sql


@dataclass
class _ProseStatements:
    parsed: list[str] = field(default_factory=list)   # statements that parse
    broken: list[str] = field(default_factory=list)   # SQL-looking (upper-case keyword) text that does not
    rest: str = ""                                     # the prose without them


def _statements_in_prose(prose: str, dialect: str) -> _ProseStatements:
    """Statements written in running text. A candidate starts at a SQL keyword that is upper-case
    or opens a line, and ends at the first `;` outside quotes, a blank line, or the end. It counts
    when it parses ("Done with the cleanup." does not); an upper-case candidate that does not
    parse is kept as `broken` SQL, so the model hears that its SQL did not parse."""
    out = _ProseStatements()
    prose = prose.replace("`", " ")  # inline code marks; same length, so positions stay
    kept: list[str] = []
    pos = 0
    for match in _KEYWORD.finditer(prose):
        start = match.start()
        if start < pos:
            continue
        line_start = prose.rfind("\n", 0, start) + 1
        upper = match.group(1).isupper()
        if not upper and prose[line_start:start].strip():
            continue
        end = _statement_end(prose, start)
        candidate = _strip(prose[start:end])
        if _parses(candidate, dialect):
            out.parsed.append(candidate)
        elif upper:
            out.broken.append(candidate)
            continue  # not a statement: leave it in the prose
        else:
            continue
        kept.append(prose[pos:start])
        pos = end + (1 if end < len(prose) and prose[end] == ";" else 0)
    kept.append(prose[pos:])
    out.rest = " ".join(kept)
    return out


def _statement_end(text: str, start: int) -> int:
    """Index of the `;` ending the statement at `start` (outside quotes and comments), of a blank
    line, or len(text)."""
    i, n = start, len(text)
    while i < n:
        ch = text[i]
        if ch in "'\"":
            close = text.find(ch, i + 1)
            if close < 0:
                return n
            i = close + 1
            continue
        if text.startswith("--", i):
            newline = text.find("\n", i)
            i = n if newline < 0 else newline
            continue
        if text.startswith("/*", i):
            close = text.find("*/", i + 2)
            i = n if close < 0 else close + 2
            continue
        if ch == ";":
            return i
        if ch == "\n" and text[i + 1:].lstrip(" \t").startswith("\n"):
            return i
        i += 1
    return n


def _parses(sql: str, dialect: str) -> bool:
    try:
        statements = [s for s in sqlglot.parse(sql, read=dialect) if s is not None]
    except Exception:  # sqlglot raises ParseError, TokenError and, on odd prose, others
        return False
    return len(statements) == 1 and not isinstance(statements[0], exp.Command)


def _kind(statement: str) -> str:
    match = _KEYWORD.match(statement)
    return match.group(1).upper() if match else "SQL"


def _tidy(text: str, limit: int = 600) -> str:
    return " ".join(text.split())[:limit]
