"""The offline engine on "nobody" before a verb's past form ("Which courses has nobody enrolled in?",
"tracks nobody has ever played", "talks nobody has rated yet"): the rows without such related rows,
as "never" reads them; and "never <verb>ed" naming a nullable second date of the related rows
("courses never completed": no enrolment with a completion date, not no enrolment at all). The
answered cases were refused (or, for "never completed", answered as no enrolment) before the change;
"students who supervise nobody" (nobody as the object) stays refused. Compared by result with
hand-written SQL."""
from __future__ import annotations

import pytest

from services.nl_to_sql.offline.rewording import nobody_as_never
from tests.nl_to_sql.offline_checks import assert_answered_as
from tests.nl_to_sql.test_offline_schemas import _seeded

SCRIPT = """
CREATE SCHEMA nob;
CREATE TABLE nob.courses (course_id integer PRIMARY KEY, title text NOT NULL UNIQUE);
CREATE TABLE nob.learners (learner_id integer PRIMARY KEY, learner_name text NOT NULL);
CREATE TABLE nob.enrollments (enrollment_id integer PRIMARY KEY, course_id integer NOT NULL REFERENCES nob.courses,
  learner_id integer NOT NULL REFERENCES nob.learners, enrolled_at timestamp NOT NULL, completed_at timestamp);
CREATE TABLE nob.tracks (track_id integer PRIMARY KEY, track_title text NOT NULL);
CREATE TABLE nob.plays (play_id integer PRIMARY KEY, track_id integer NOT NULL REFERENCES nob.tracks,
  learner_id integer NOT NULL REFERENCES nob.learners, played_at timestamp NOT NULL);
INSERT INTO nob.courses VALUES (1, 'SQL Basics'), (2, 'Python'), (3, 'Statistics'), (4, 'Design');
INSERT INTO nob.learners VALUES (1, 'Ada'), (2, 'Ben'), (3, 'Cy');
INSERT INTO nob.enrollments VALUES
  (1, 1, 1, '2024-01-02 09:00', '2024-02-01 10:00'), (2, 1, 2, '2024-01-05 09:00', NULL),
  (3, 2, 2, '2024-03-01 09:00', NULL), (4, 3, 3, '2024-04-01 09:00', '2024-05-01 09:00');
INSERT INTO nob.tracks VALUES (1, 'Intro'), (2, 'Theme'), (3, 'Outro');
INSERT INTO nob.plays VALUES (1, 1, 1, '2024-01-01 08:00'), (2, 1, 2, '2024-01-02 08:00'), (3, 3, 1, '2024-01-03 08:00');
"""


@pytest.fixture(scope="module")
async def seeded(session_databases):
    return await _seeded(session_databases, "nobody", SCRIPT)


ANSWERED = [
    ("Which courses has nobody enrolled in?",
     "SELECT title FROM nob.courses c WHERE NOT EXISTS (SELECT 1 FROM nob.enrollments e WHERE e.course_id = c.course_id)"),
    ("tracks nobody has ever played",
     "SELECT track_title FROM nob.tracks t WHERE NOT EXISTS (SELECT 1 FROM nob.plays p WHERE p.track_id = t.track_id)"),
    ("Which tracks that nobody has played yet?",
     "SELECT track_title FROM nob.tracks t WHERE NOT EXISTS (SELECT 1 FROM nob.plays p WHERE p.track_id = t.track_id)"),
    ("Which courses were never completed?",
     "SELECT title FROM nob.courses c WHERE NOT EXISTS (SELECT 1 FROM nob.enrollments e WHERE e.course_id = c.course_id "
     "AND e.completed_at IS NOT NULL)"),
    ("Which courses has nobody completed yet?",
     "SELECT title FROM nob.courses c WHERE NOT EXISTS (SELECT 1 FROM nob.enrollments e WHERE e.course_id = c.course_id "
     "AND e.completed_at IS NOT NULL)"),
]


@pytest.mark.parametrize(("question", "sql"), ANSWERED, ids=[q for q, _ in ANSWERED])
def test_answered(seeded, question, sql):
    assert_answered_as(seeded, question, sql)


@pytest.mark.parametrize("question", ["Which learners supervise nobody?", "Which projects have nobody working on them?"])
def test_nobody_as_object_or_before_other_words_is_left_as_asked(question):
    assert nobody_as_never(question) == question
