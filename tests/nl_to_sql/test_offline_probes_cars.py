"""The offline engine on a schema shaped like two public text-to-SQL benchmark databases (written for these
tests, not taken from the eval): a keyless car cluster joined through oddly named columns and a music shop
with declared keys. Each case is a misreading found with the development-only `cars` probe questions
(bench/nl_eval/cars.txt), fixed generally: "which <values> ..." listed the missing value as one of them
("which companies do customers work for?" once showed the customers without a company as a NULL company).
Answers are compared by result with hand-written SQL on real PostgreSQL."""
from __future__ import annotations

import pytest

from tests.nl_to_sql.offline_checks import assert_answered_as, assert_refused_saying
from tests.nl_to_sql.test_offline_schemas import _seeded

MUSIC = """
CREATE TABLE employee (employee_id integer PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL,
                       title text, reports_to integer REFERENCES employee);
CREATE TABLE customer (customer_id integer PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL,
                       company text, city text NOT NULL, support_rep_id integer REFERENCES employee);
INSERT INTO employee VALUES (1, 'Andrew', 'Adams', 'General Manager', NULL), (2, 'Jane', 'Peacock', 'Agent', 1);
INSERT INTO customer VALUES (1, 'Luis', 'Goncalves', 'Embraer', 'Sao Paulo', 2), (2, 'Leonie', 'Kohler', NULL, 'Stuttgart', 2),
  (3, 'Astrid', 'Gruber', 'Apple', 'Vienna', 2), (4, 'Daan', 'Peeters', NULL, 'Brussels', 2),
  (5, 'Kara', 'Nielsen', 'Apple', 'Vienna', 2);
"""


@pytest.fixture(scope="module")
async def music(session_databases):
    return await _seeded(session_databases, "music", MUSIC)


CASES = [
    # the values of a nullable column: the missing one is no company
    ("Which companies do customers work for?", "SELECT DISTINCT company FROM customer WHERE company IS NOT NULL"),
    ("Which cities do customers live in?", "SELECT DISTINCT city FROM customer"),
]


@pytest.mark.parametrize(("question", "expected"), CASES)
def test_cars_probe_readings(music, question, expected):
    if expected.startswith("REFUSE:"):
        assert_refused_saying(music, question, expected.removeprefix("REFUSE:"))
    else:
        assert_answered_as(music, question, expected)
