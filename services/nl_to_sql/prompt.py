"""The prompt an LLM gets: dialect rules, the retrieved tables as valid DDL with their join edges
and sampled category values, operator documentation, the operator's most similar example pairs,
an optional hint (the offline engine's partial reading, in hybrid mode), then the question; and
the correction turn that feeds validation errors back."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from services.nl_to_sql.prompt_schema import Edge, Values, schema_section
from services.nl_to_sql.retrieval import Retrieved
from services.nl_to_sql.schema import Schema

DIALECT_NAMES = {"postgres": "PostgreSQL"}


@dataclass
class Prompt:
    system: str
    messages: list[dict[str, str]] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)      # the join edges the schema section lists

    def add_correction(self, reply_text: str, errors: list[str]) -> None:
        self.messages.append({"role": "assistant", "content": reply_text or "(no answer)"})
        bullet_list = "\n".join(f"- {e}" for e in errors)
        self.messages.append({"role": "user", "content": (
            "That answer failed validation:\n" + bullet_list +
            "\nFix it using only the tables and columns in the schema above and answer again "
            "with exactly one ```sql block holding one SELECT query, and no other SQL.")})

    def add_hint(self, hint: str) -> None:
        """Put a hint just before the question (the last paragraph of the first user turn)."""
        first = self.messages[0]["content"]
        head, _, question = first.rpartition("\n\n")
        self.messages[0]["content"] = f"{head}\n\n{hint}\n\n{question}" if head else f"{hint}\n\n{first}"

    @property
    def chars(self) -> int:
        return len(self.system) + sum(len(m["content"]) for m in self.messages)


def build_prompt(question: str, schema: Schema, retrieved: Retrieved, *, edges: Iterable[Edge] = (),
                 values: Values | None = None) -> Prompt:
    dialect = DIALECT_NAMES.get(schema.dialect, schema.dialect)
    system = (
        f"You translate questions into {dialect} SQL for the database '{schema.database_id}'.\n"
        "Rules:\n"
        "- Answer with exactly one read-only SELECT statement (WITH ... SELECT is fine) in one ```sql block, "
        "then one or two sentences explaining it. Write no other SQL statement anywhere in the answer.\n"
        "- Use only the tables and columns listed in the schema; join along the join edges listed there.\n"
        "- Column comments list a column's values when it has few; use them exactly as written.\n"
        "- When the question lists rows, add an explicit LIMIT (100 unless the question says otherwise).\n"
        "- Never modify data, never call functions with side effects, never use SELECT INTO or FOR UPDATE.\n"
        "- If the schema cannot answer the question, say so instead of guessing."
    )
    ddl, shown = schema_section(schema, retrieved.tables, edges, values)
    parts = ["Schema:\n```sql\n" + ddl + "\n```"]
    if retrieved.docs:
        parts.append("Documentation:\n" + "\n".join(f"- {' '.join(d.split())}" for d in retrieved.docs))
    if retrieved.examples:
        parts.append("Examples of questions and their SQL, the most similar first:\n" + "\n\n".join(
            f"Question: {' '.join(q.split())}\n```sql\n{sql.strip()}\n```" for q, sql in retrieved.examples))
    parts.append(f"Question: {' '.join(question.split())}")
    return Prompt(system, [{"role": "user", "content": "\n\n".join(parts)}], shown)
