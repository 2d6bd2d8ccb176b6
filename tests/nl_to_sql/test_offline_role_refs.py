"""The offline engine on references named by a role and the table they point at (`lead_user_id`,
`owner_rep_id`, `host_city_id`): "its lead", "the owner of the Helix account", "who leads the
Mobile project" (the row the reference points at), while the verb of the same word stays a verb
("which city hosted the most fairs" counts the fairs, never adds up their `host_city_id`).
Also the irregular verb of `feedings` ("keepers who never fed an animal", "animals fed more than
twice"). The answered cases were refused before the change; the verb cases are guards. Answers are
compared by result with hand-written SQL."""
from __future__ import annotations

import pytest

from tests.nl_to_sql.offline_checks import assert_answered_as
from tests.nl_to_sql.test_offline_schemas import _seeded

SCRIPT = """
CREATE SCHEMA roles;
CREATE TABLE roles.users (user_id integer PRIMARY KEY, full_name text NOT NULL);
CREATE TABLE roles.projects (project_id integer PRIMARY KEY, title text NOT NULL UNIQUE,
  lead_user_id integer NOT NULL REFERENCES roles.users (user_id));
CREATE TABLE roles.reps (rep_id integer PRIMARY KEY, rep_name text NOT NULL);
CREATE TABLE roles.accounts (account_id integer PRIMARY KEY, company text NOT NULL UNIQUE,
  owner_rep_id integer NOT NULL REFERENCES roles.reps (rep_id));
CREATE TABLE roles.city (city_id integer PRIMARY KEY, city_name text NOT NULL);
CREATE TABLE roles.fairs (fair_id integer PRIMARY KEY, theme text NOT NULL,
  host_city_id integer REFERENCES roles.city (city_id));
CREATE TABLE roles.keepers (keeper_id integer PRIMARY KEY, keeper_name text NOT NULL);
CREATE TABLE roles.animals (animal_id integer PRIMARY KEY, animal_name text NOT NULL, species text NOT NULL);
CREATE TABLE roles.feedings (feeding_id integer PRIMARY KEY, animal_id integer NOT NULL REFERENCES roles.animals,
  keeper_id integer NOT NULL REFERENCES roles.keepers, fed_at timestamp NOT NULL, food text NOT NULL);
INSERT INTO roles.keepers VALUES (1, 'Nia Obi'), (2, 'Lars Berg'), (3, 'Mo Chen');
INSERT INTO roles.animals VALUES (1, 'Tembo', 'elephant'), (2, 'Zuri', 'giraffe'), (3, 'Kito', 'lion');
INSERT INTO roles.feedings SELECT g, 1 + g % 3 * (g % 2), 1 + g % 2, TIMESTAMP '2024-01-01 08:00' + g * INTERVAL '1 day',
  'hay' FROM generate_series(1, 9) g;
INSERT INTO roles.users SELECT g, (ARRAY['Ada Moss', 'Ben Cole', 'Cy Dunn', 'Di Fox'])[g] FROM generate_series(1, 4) g;
INSERT INTO roles.projects VALUES (1, 'Mobile', 2), (2, 'Web', 3), (3, 'Data', 2), (4, 'Docs', 1);
INSERT INTO roles.reps VALUES (1, 'Hana Lowe'), (2, 'Sam Reid'), (3, 'Kit Moor');
INSERT INTO roles.accounts VALUES (1, 'Helix', 3), (2, 'Orbit', 1), (3, 'Nimbus', 1);
INSERT INTO roles.city VALUES (1, 'Leeds'), (2, 'York'), (9, 'Hull');
INSERT INTO roles.fairs VALUES (1, 'Cars', 2), (2, 'Books', 2), (3, 'Food', 9), (4, 'Toys', 2), (5, 'Art', 1);
"""


@pytest.fixture(scope="module")
async def seeded(session_databases):
    return await _seeded(session_databases, "role_refs", SCRIPT)


ANSWERED = [
    ("Who is the lead of the Mobile project?",
     "SELECT u.full_name FROM roles.projects p JOIN roles.users u ON u.user_id = p.lead_user_id "
     "WHERE p.title = 'Mobile'"),
    ("Show each project and its lead",
     "SELECT p.title, u.full_name FROM roles.projects p JOIN roles.users u ON u.user_id = p.lead_user_id"),
    ("Who leads the Web project?",
     "SELECT u.full_name FROM roles.projects p JOIN roles.users u ON u.user_id = p.lead_user_id "
     "WHERE p.title = 'Web'"),
    ("Who owns the Helix account?",
     "SELECT r.rep_name FROM roles.accounts a JOIN roles.reps r ON r.rep_id = a.owner_rep_id "
     "WHERE a.company = 'Helix'"),
    ("Which keepers have never fed an animal?",
     "SELECT keeper_name FROM roles.keepers k WHERE NOT EXISTS (SELECT 1 FROM roles.feedings f "
     "WHERE f.keeper_id = k.keeper_id)"),
    ("Which animals were fed more than twice?",
     "SELECT a.animal_name FROM roles.feedings f JOIN roles.animals a ON a.animal_id = f.animal_id "
     "GROUP BY a.animal_id, a.animal_name HAVING count(*) > 2"),
    # guards: the verb of the role's word
    ("Which city hosted the most fairs?",
     "SELECT c.city_name FROM roles.fairs f JOIN roles.city c ON c.city_id = f.host_city_id "
     "GROUP BY c.city_id, c.city_name ORDER BY count(*) DESC LIMIT 1"),
    ("Which user leads the most projects?",
     "SELECT u.full_name FROM roles.projects p JOIN roles.users u ON u.user_id = p.lead_user_id "
     "GROUP BY u.user_id, u.full_name ORDER BY count(*) DESC LIMIT 1"),
]


@pytest.mark.parametrize(("question", "sql"), ANSWERED, ids=[q for q, _ in ANSWERED])
def test_answered(seeded, question, sql):
    assert_answered_as(seeded, question, sql)
