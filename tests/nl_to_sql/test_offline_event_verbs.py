"""The offline engine on the verb of an event table the join path goes through: "Which profiles
watched Neon Skyline?" (the verb names the sessions' date `watched_at` and their figure
`minutes_watched`), "Which accounts rated Neon Skyline?" (the verb names `ratings`, while "rating"
also names the titles' `maturity_rating`). Each was refused before the change ("'watched' is not a
column of profiles"); the verb says nothing more than the link. Also "customers" and "subscribers"
of a schema whose people are `accounts` (refused before: "I don't understand 'customers'"). Compared
by result with hand-written SQL."""
from __future__ import annotations

import pytest

from tests.nl_to_sql.offline_checks import assert_answered_as
from tests.nl_to_sql.test_offline_schemas import _seeded

SCRIPT = """
CREATE TABLE accounts (account_id integer PRIMARY KEY, full_name text NOT NULL);
CREATE TABLE profiles (profile_id integer PRIMARY KEY, account_id integer NOT NULL REFERENCES accounts,
  profile_name text NOT NULL);
CREATE TABLE titles (title_id integer PRIMARY KEY, title text NOT NULL UNIQUE, maturity_rating text NOT NULL);
CREATE TABLE viewing_sessions (session_id integer PRIMARY KEY, profile_id integer NOT NULL REFERENCES profiles,
  title_id integer NOT NULL REFERENCES titles, watched_at timestamp NOT NULL, minutes_watched integer NOT NULL);
CREATE TABLE ratings (rating_id integer PRIMARY KEY, account_id integer NOT NULL,
  title_id integer NOT NULL REFERENCES titles, stars integer NOT NULL, rated_on date NOT NULL);
INSERT INTO accounts VALUES (1, 'Emma Stone'), (2, 'Liam Park'), (3, 'Noor Aziz');
INSERT INTO profiles VALUES (1, 1, 'Emma'), (2, 1, 'Kids'), (3, 2, 'Liam'), (4, 3, 'Noor');
INSERT INTO titles VALUES (1, 'Neon Skyline', 'PG-13'), (2, 'Deep Blue', 'G'), (3, 'Iron Harvest', 'R');
INSERT INTO viewing_sessions VALUES (1, 1, 1, '2024-01-05 20:00', 90), (2, 3, 1, '2024-02-01 21:00', 45),
  (3, 2, 2, '2024-02-03 09:00', 30), (4, 1, 1, '2024-03-01 22:00', 20);
INSERT INTO ratings VALUES (1, 1, 1, 5, '2024-01-06'), (2, 3, 1, 3, '2024-02-02'), (3, 2, 3, 4, '2024-02-10');
"""


@pytest.fixture(scope="module")
async def seeded(session_databases):
    return await _seeded(session_databases, "event_verbs", SCRIPT)


ANSWERED = [
    ("Which profiles watched Neon Skyline?",
     "SELECT DISTINCT p.profile_name FROM profiles p JOIN viewing_sessions v ON v.profile_id = p.profile_id "
     "JOIN titles t ON t.title_id = v.title_id WHERE t.title = 'Neon Skyline'"),
    ("How many different profiles have watched Neon Skyline?",
     "SELECT count(DISTINCT v.profile_id) FROM viewing_sessions v JOIN titles t ON t.title_id = v.title_id "
     "WHERE t.title = 'Neon Skyline'"),
    ("Which accounts rated Neon Skyline?",
     "SELECT DISTINCT a.full_name FROM accounts a JOIN ratings r ON r.account_id = a.account_id "
     "JOIN titles t ON t.title_id = r.title_id WHERE t.title = 'Neon Skyline'"),
    ("How many customers do we have?", "SELECT count(*) FROM accounts"),
    ("Which subscribers have more than one profile?",
     "SELECT a.full_name FROM accounts a JOIN profiles p ON p.account_id = a.account_id "
     "GROUP BY a.account_id, a.full_name HAVING count(*) > 1"),
]


@pytest.mark.parametrize(("question", "sql"), ANSWERED, ids=[q for q, _ in ANSWERED])
def test_answered(seeded, question, sql):
    assert_answered_as(seeded, question, sql)
