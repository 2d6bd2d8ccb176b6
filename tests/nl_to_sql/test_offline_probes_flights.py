"""The offline engine on the eval's flights and university schemas (seeded into real PostgreSQL, with the
value samples the service takes), for probe questions written for the engine over their shapes (two
airport roles, airlines and aircraft, bookings; students, courses, instructors and their link tables).
Each is answered as the hand-written SQL answers it (compared by result) or refused naming what the
words do not decide. These are not eval questions."""
from __future__ import annotations

import pytest

from tests.nl_to_sql.offline_checks import assert_answered_as, assert_refused_saying
from tests.nl_to_sql.test_offline_schemas import _seeded


@pytest.fixture(scope="module")
async def seeded(session_databases):
    return {name: await _seeded(session_databases, name) for name in ("flights", "university")}


ANSWERED = [
    # a table without a key column is identified by its bare `code` (airport names need not be unique)
    ("flights", "Number of departures per airport",
     "SELECT f.origin, count(*) FROM flights f GROUP BY 1"),
    ("flights", "Which airports are in Germany?", "SELECT code FROM airports WHERE country = 'Germany'"),
    # a verb whose table the counted rows refer to describes them all ("quantity sold" kind)
    ("flights", "Number of bookings per travel class", "SELECT travel_class, count(*) FROM bookings GROUP BY 1"),
    # a date after a grouping by another table stays the measured rows' date
    ("flights", "Number of bookings per passenger in 2025",
     "SELECT passenger_id, count(*) FROM bookings WHERE booked_on >= '2025-01-01' AND booked_on < '2026-01-01' "
     "GROUP BY 1"),
    ("flights", "Number of different destinations per airline",
     "SELECT airline_id, count(DISTINCT destination) FROM flights GROUP BY 1"),
    ("university", "Number of grades per grade", "SELECT grade, count(*) FROM takes GROUP BY 1"),
    # a value before the related rows' condition is the rows' own
    ("university", "Finance students with grade A",
     "SELECT DISTINCT s.student_id, s.name FROM student s JOIN takes t ON t.student_id = s.student_id "
     "WHERE s.dept_name = 'Finance' AND t.grade = 'A'"),
]

REFUSED = [
    # a verb whose rows refer to the counted ones would keep only the rows that have them: which is meant?
    ("university", "Number of students advised per department", "'advised' keeps only the rows"),
    ("university", "How many students are advised?", "'advised' keeps only the rows"),
    ("flights", "Number of flights booked per airline", "'booked' keeps only the rows"),
    # after a condition on related rows, a value the rows hold and a table those rows look up holds
    ("university", "Students with grade F in Biology", "the student dept_name or the course dept_name"),
    # "number of <column>" of a column the question does not group by: the rows, or the different values?
    ("flights", "Number of destinations per airline", "counts the flights rows or the different destination"),
    ("flights", "Number of nationalities", "counts the passengers rows or the different nationality"),
]


@pytest.mark.parametrize("schema_name,question,expected", ANSWERED, ids=[q for _, q, _ in ANSWERED])
def test_probe_questions_are_answered_as_hand_written_sql_answers_them(seeded, schema_name, question, expected):
    assert_answered_as(seeded[schema_name], question, expected)


@pytest.mark.parametrize("schema_name,question,says", REFUSED, ids=[q for _, q, _ in REFUSED])
def test_probe_questions_the_words_do_not_decide_are_refused_naming_why(seeded, schema_name, question, says):
    assert_refused_saying(seeded[schema_name], question, says)
