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


def _check(seeded, question: str, expected: str) -> None:
    """`expected`: the hand-written SQL, or "REFUSE:" and what the refusal says."""
    if expected.startswith("REFUSE:"):
        assert_refused_saying(seeded, question, expected.removeprefix("REFUSE:"))
    else:
        assert_answered_as(seeded, question, expected)


@pytest.mark.parametrize(("question", "expected"), CASES)
def test_cars_probe_readings(music, question, expected):
    _check(music, question, expected)


# A keyless "details" table named `<rows>_data` whose rows carry only a bare Id (another table names them).
CAR_DETAILS = """
CREATE TABLE car_names ("MakeId" integer, "Model" text, "Make" text);
CREATE TABLE cars_data ("Id" integer, "Cylinders" integer, "Horsepower" integer, "Weight" integer);
INSERT INTO car_names VALUES (1, 'ford', 'ford pinto'), (2, 'bmw', 'bmw 2002'), (3, 'ford', 'ford torino');
INSERT INTO cars_data VALUES (1, 4, 86, 2226), (2, 4, 113, 2234), (3, 8, 140, 3449);
"""


@pytest.fixture(scope="module")
async def car_details(session_databases):
    return await _seeded(session_databases, "car_details", CAR_DETAILS)


DETAILS = [
    # `cars_data` holds cars: "cars" is its rows (once not understood)
    ("How many cars have 4 cylinders?", 'SELECT count(*) FROM cars_data WHERE "Cylinders" = 4'),
    ("What is the average weight of the cars?", 'SELECT avg("Weight") FROM cars_data'),
    # ... but which one of them, it cannot say by a bare Id (the name is another table's)
    ("Which car has the most horsepower?", "REFUSE:have no name of their own, only Id"),
    ("Top 2 cars by weight", "REFUSE:have no name of their own, only Id"),
]


@pytest.mark.parametrize(("question", "expected"), DETAILS)
def test_a_details_table_is_its_rows_but_cannot_name_one(car_details, question, expected):
    _check(car_details, question, expected)
