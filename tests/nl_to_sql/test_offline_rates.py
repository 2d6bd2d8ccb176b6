"""The offline engine on "<word> rate": the percentage of rows whose flag (`passed`), nullable date
(`completed_at`) or stored value (status 'denied') the word's participle names, overall or per group
("completion rate for each course", "the claim denial rate", "skip rate in percent"). Refused before
the change ("I don't understand 'rate'"). A column called so ("unemployment rate") is that column,
and "win rate" stays refused (its share is of the decided rows, which no name says). Compared by
result with hand-written SQL."""
from __future__ import annotations

import pytest

from contracts.errors import ErrorCode, ServiceError
from services.nl_to_sql.offline.engine import generate
from tests.nl_to_sql.offline_checks import assert_answered_as
from tests.nl_to_sql.test_offline_schemas import _seeded

SCRIPT = """
CREATE SCHEMA rates;
CREATE TABLE rates.courses (course_id integer PRIMARY KEY, title text NOT NULL UNIQUE);
CREATE TABLE rates.enrollments (enrollment_id integer PRIMARY KEY, course_id integer NOT NULL REFERENCES rates.courses,
  enrolled_at timestamp NOT NULL, completed_at timestamp);
CREATE TABLE rates.inspections (inspection_id integer PRIMARY KEY, inspected_on date NOT NULL, passed boolean NOT NULL);
CREATE TABLE rates.claims (claim_id integer PRIMARY KEY, product_line text NOT NULL, status text NOT NULL);
CREATE TABLE rates.regions (region_id integer PRIMARY KEY, region_name text NOT NULL, unemployment_rate numeric(4,1));
CREATE TABLE rates.deals (deal_id integer PRIMARY KEY, stage text NOT NULL);
INSERT INTO rates.courses VALUES (1, 'SQL'), (2, 'Python'), (3, 'Design');
INSERT INTO rates.enrollments VALUES (1, 1, '2024-01-01', '2024-02-01'), (2, 1, '2024-01-02', NULL),
  (3, 1, '2024-01-03', '2024-03-01'), (4, 2, '2024-01-04', NULL), (5, 3, '2024-01-05', '2024-01-20');
INSERT INTO rates.inspections VALUES (1, '2024-01-01', true), (2, '2024-01-02', false), (3, '2024-01-03', true),
  (4, '2024-01-04', true);
INSERT INTO rates.claims VALUES (1, 'auto', 'denied'), (2, 'auto', 'settled'), (3, 'home', 'denied'),
  (4, 'home', 'open'), (5, 'home', 'settled'), (6, 'auto', 'settled');
INSERT INTO rates.regions VALUES (1, 'North', 4.5), (2, 'South', 6.1);
INSERT INTO rates.deals VALUES (1, 'won'), (2, 'lost'), (3, 'open'), (4, 'won');
"""


@pytest.fixture(scope="module")
async def seeded(session_databases):
    return await _seeded(session_databases, "rates", SCRIPT)


ANSWERED = [
    ("What is the overall inspection pass rate?",
     "SELECT 100.0 * count(*) FILTER (WHERE passed) / count(*) FROM rates.inspections"),
    ("What's the completion rate in percent?",
     "SELECT 100.0 * count(completed_at) / count(*) FROM rates.enrollments"),
    ("completion rate for each course",
     "SELECT c.title, 100.0 * count(e.completed_at) / count(*) FROM rates.enrollments e "
     "JOIN rates.courses c ON c.course_id = e.course_id GROUP BY c.course_id, c.title"),
    ("What's the claim denial rate?",
     "SELECT 100.0 * count(*) FILTER (WHERE status = 'denied') / count(*) FROM rates.claims"),
    ("denial rate per product line",
     "SELECT product_line, 100.0 * count(*) FILTER (WHERE status = 'denied') / count(*) FROM rates.claims "
     "GROUP BY product_line"),
    ("What is the unemployment rate of North?", "SELECT unemployment_rate FROM rates.regions WHERE region_name = 'North'"),
]


@pytest.mark.parametrize(("question", "sql"), ANSWERED, ids=[q for q, _ in ANSWERED])
def test_answered(seeded, question, sql):
    assert_answered_as(seeded, question, sql)


def test_win_rate_is_not_guessed(seeded):
    _, schema, hints = seeded
    with pytest.raises(ServiceError) as err:
        generate("What's our win rate?", schema, value_hints=hints)
    assert err.value.code is ErrorCode.CANNOT_ANSWER
