"""The offline engine on a row compared with the row its own reference points at, on a column that
is not a figure: "a different region than their manager", "a different office from their mentor"
(the table the rows refer to: the same `office_id`), "the same commission as their manager". Rows
without a manager are left out. "Their own manager" is their manager ("own" before a noun only
stresses it). Each case was refused before the change; answers are compared by
result with hand-written SQL."""
from __future__ import annotations

import pytest

from services.nl_to_sql.offline.rewording import own_as_theirs
from tests.nl_to_sql.offline_checks import assert_answered_as
from tests.nl_to_sql.test_offline_schemas import _seeded

SCRIPT = """
CREATE SCHEMA rel;
CREATE TABLE rel.offices (office_id integer PRIMARY KEY, office_name text NOT NULL UNIQUE);
CREATE TABLE rel.agents (agent_id integer PRIMARY KEY, agent_name text NOT NULL, region text NOT NULL,
  office_id integer NOT NULL REFERENCES rel.offices, commission_rate numeric(4,2),
  manager_id integer REFERENCES rel.agents (agent_id), mentor_id integer REFERENCES rel.agents (agent_id));
INSERT INTO rel.offices VALUES (1, 'Leeds'), (2, 'York'), (3, 'Hull');
INSERT INTO rel.agents VALUES
  (1, 'Ada Moss', 'North', 1, 3.00, NULL, NULL),
  (2, 'Ben Cole', 'North', 2, 2.50, 1, 1),
  (3, 'Cy Dunn', 'South', 1, 3.00, 1, 2),
  (4, 'Di Fox', 'South', 3, 2.50, 3, 1),
  (5, 'Ed Hart', 'North', 3, NULL, 2, 4),
  (6, 'Flo Ives', 'East', 2, 2.50, 2, 2);
"""


@pytest.fixture(scope="module")
async def seeded(session_databases):
    return await _seeded(session_databases, "relations", SCRIPT)


ANSWERED = [
    ("Which agents work in a different region than their manager?",
     "SELECT a.agent_name FROM rel.agents a JOIN rel.agents m ON m.agent_id = a.manager_id WHERE a.region <> m.region"),
    ("agents in the same region as their manager",
     "SELECT a.agent_name FROM rel.agents a JOIN rel.agents m ON m.agent_id = a.manager_id WHERE a.region = m.region"),
    ("Which agents work at a different office from their mentor?",
     "SELECT a.agent_name FROM rel.agents a JOIN rel.agents m ON m.agent_id = a.mentor_id "
     "WHERE a.office_id <> m.office_id"),
    ("Which agents have the same commission rate as their manager?",
     "SELECT a.agent_name FROM rel.agents a JOIN rel.agents m ON m.agent_id = a.manager_id "
     "WHERE a.commission_rate = m.commission_rate"),
    ("Which agents work in a different region than their own manager?",
     "SELECT a.agent_name FROM rel.agents a JOIN rel.agents m ON m.agent_id = a.manager_id WHERE a.region <> m.region"),
    ("agents with a higher commission rate than their own mentor",
     "SELECT a.agent_name, a.commission_rate FROM rel.agents a JOIN rel.agents m ON m.agent_id = a.mentor_id "
     "WHERE a.commission_rate > m.commission_rate"),
]


@pytest.mark.parametrize("question", ["agents at an office other than their own", "their own."])
def test_own_as_the_noun_is_kept(question):
    assert own_as_theirs(question) == question


@pytest.mark.parametrize(("question", "sql"), ANSWERED, ids=[q for q, _ in ANSWERED])
def test_answered(seeded, question, sql):
    assert_answered_as(seeded, question, sql)
