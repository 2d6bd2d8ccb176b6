"""The prompt an LLM gets: dialect rules, the retrieved tables as DDL, operator documentation, the
most similar examples, then the question; and the correction turn that feeds validation errors back."""
from __future__ import annotations

from dataclasses import dataclass, field

from services.nl_to_sql.retrieval import Retrieved
from services.nl_to_sql.schema import Schema

DIALECT_NAMES = {"postgres": "PostgreSQL"}


@dataclass
class Prompt:
    system: str
    messages: list[dict[str, str]] = field(default_factory=list)

    def add_correction(self, reply_text: str, errors: list[str]) -> None:
        self.messages.append({"role": "assistant", "content": reply_text})
        bullet_list = "\n".join(f"- {e}" for e in errors)
        self.messages.append({"role": "user", "content": (
            "That SQL failed validation:\n" + bullet_list +
            "\nFix it using only the tables and columns in the schema above and answer again "
            "with exactly one ```sql block.")})


def build_prompt(question: str, schema: Schema, retrieved: Retrieved) -> Prompt:
    dialect = DIALECT_NAMES.get(schema.dialect, schema.dialect)
    system = (
        f"You translate questions into {dialect} SQL for the database '{schema.database_id}'.\n"
        "Rules:\n"
        "- Answer with exactly one read-only SELECT statement (WITH ... SELECT is fine) in a ```sql block, "
        "then one or two sentences explaining it.\n"
        "- Use only the tables and columns listed in the schema; join along the foreign keys shown.\n"
        "- When the question lists rows, add an explicit LIMIT (100 unless the question says otherwise).\n"
        "- Never modify data, never call functions with side effects, never use SELECT INTO or FOR UPDATE.\n"
        "- If the schema cannot answer the question, say so instead of guessing."
    )
    parts = ["Schema:\n" + "\n\n".join(schema.tables[k].ddl() for k in retrieved.tables if k in schema.tables)]
    if retrieved.docs:
        parts.append("Documentation:\n" + "\n".join(f"- {d}" for d in retrieved.docs))
    if retrieved.examples:
        parts.append("Examples:\n" + "\n\n".join(f"Question: {q}\n```sql\n{sql}\n```"
                                                   for q, sql in retrieved.examples))
    parts.append(f"Question: {question}")
    return Prompt(system, [{"role": "user", "content": "\n\n".join(parts)}])
