"""The offline engine on two of the eval's schemas seeded into real PostgreSQL: `university` (no
declared keys at all: joins through inferred `*_id` and `dept_name` edges) and `ledger` (schema
`fin`, prefixed camelCase names, no foreign keys). Answers are compared by result with
hand-written SQL; ambiguous questions are refused."""
from __future__ import annotations

import aiopg
import pytest

from bench.nl_to_sql.questions import seed_script
from contracts.errors import ErrorCode, ServiceError
from services.executor.introspect import introspect
from services.nl_to_sql.offline.engine import generate
from services.nl_to_sql.schema import Schema
from services.nl_to_sql.values import MAX_DISTINCT, sample_sql
from tests.nl_to_sql.offline_checks import assert_answered_as
from tests.nl_to_sql.offline_checks import result_rows as _rows


async def _seeded(make, name: str, script: str | None = None):
    """A throw-away database seeded with the eval schema `name` (or `script`), its schema and value hints."""
    _, dsn = make(f"qc_nl_{name}")
    async with aiopg.connect(dsn) as conn, conn.cursor() as cur:
        await cur.execute(script or seed_script(name))
    async with aiopg.connect(dsn) as conn:
        schema = Schema.from_introspection((await introspect(conn, name)).to_dict())
    hints: dict[tuple[str, str], list[str]] = {}
    for key, table in schema.tables.items():
        if (sql := sample_sql(table)) is None:
            continue
        values: dict[str, list[str]] = {}
        for column, value in _rows(dsn, sql):
            values.setdefault(column, []).append(value)
        hints.update({(key, c): v for c, v in values.items() if len(v) <= MAX_DISTINCT})
    return dsn, schema, hints


@pytest.fixture(scope="module")
async def university(session_databases):
    return await _seeded(session_databases, "university")


@pytest.fixture(scope="module")
async def ledger(session_databases):
    return await _seeded(session_databases, "ledger")


UNIVERSITY = [
    ("Average salary of instructors by department", "SELECT dept_name, avg(salary) FROM instructor GROUP BY 1"),
    ("Students who took Robotics",
     "SELECT DISTINCT s.student_id FROM student s JOIN takes t ON t.student_id = s.student_id "
     "JOIN course c ON c.course_id = t.course_id WHERE c.title = 'Robotics'"),
    ("Which instructors taught in 2023?",
     "SELECT DISTINCT i.instructor_id FROM instructor i JOIN teaches t ON t.instructor_id = i.instructor_id "
     "WHERE t.year = 2023"),
    ("Students who never took a course",
     "SELECT s.student_id FROM student s WHERE NOT EXISTS (SELECT 1 FROM takes t WHERE t.student_id = s.student_id)"),
    ("Titles of courses with 4 credits", "SELECT title FROM course WHERE credits = 4"),
    ("How many students have more than 100 credits?", "SELECT count(*) FROM student WHERE tot_cred > 100"),
]
LEDGER = [
    ("Total invoice amount per customer",
     'SELECT c."lgCustomerId", sum(i."lgInvAmount") FROM fin."lgInvoice" i JOIN fin."lgCustomer" c '
     'ON c."lgCustomerId" = i."lgInvCustomerId" GROUP BY 1'),
    ("Total paid per customer",
     'SELECT c."lgCustomerId", sum(p."lgPayAmount") FROM fin."lgPayment" p JOIN fin."lgInvoice" i '
     'ON i."lgInvoiceId" = p."lgPayInvoiceId" JOIN fin."lgCustomer" c ON c."lgCustomerId" = i."lgInvCustomerId" '
     "GROUP BY 1"),
    ("Invoices due in January 2025",
     'SELECT * FROM fin."lgInvoice" WHERE "lgInvDueOn" >= \'2025-01-01\' AND "lgInvDueOn" < \'2025-02-01\''),
    ("What percentage of invoices are paid?",
     'SELECT 100.0 * count(*) FILTER (WHERE "lgInvStatus" = \'paid\') / count(*) FROM fin."lgInvoice"'),
    ("Accounts without journal lines",
     'SELECT a."lgAccountId" FROM fin."lgAccount" a WHERE NOT EXISTS (SELECT 1 FROM fin."lgJournalLine" l '
     'WHERE l."lgLineAccountId" = a."lgAccountId")'),
    ("Total debit and credit per account type",
     'SELECT a."lgAccountType", sum(l."lgDebit"), sum(l."lgCredit") FROM fin."lgJournalLine" l '
     'JOIN fin."lgAccount" a ON a."lgAccountId" = l."lgLineAccountId" GROUP BY 1'),
]


@pytest.mark.parametrize("question,expected", UNIVERSITY, ids=[q for q, _ in UNIVERSITY])
def test_university_without_declared_keys(university, question, expected):
    assert_answered_as(university, question, expected)


@pytest.mark.parametrize("question,expected", LEDGER, ids=[q for q, _ in LEDGER])
def test_ledger_in_a_non_public_schema_with_prefixed_names(ledger, question, expected):
    assert_answered_as(ledger, question, expected)


@pytest.mark.parametrize("question,says", [
    ("Total invoice amount in 2024", "which date column"),        # issued or due?
    ("Which students will graduate with honours?", "'graduate', 'honours'"),
])
def test_ambiguous_or_unknown_is_refused_by_name(university, ledger, question, says):
    seeded = ledger if "invoice" in question else university
    with pytest.raises(ServiceError) as err:
        generate(question, seeded[1], value_hints=seeded[2])
    assert err.value.code is ErrorCode.CANNOT_ANSWER and says in err.value.body.message
