"""The offline engine on a date phrase after a stored value and the word for its rows: "machines that
had corrective maintenance in 2025" dates the maintenance (its `performed_at`), not the machines'
own `installed_on`, which it used before the change (a wrong answer). A value of the rows
themselves keeps their date ("machines of type lathe installed in 2024"). Compared by result with
hand-written SQL."""
from __future__ import annotations

import pytest

from tests.nl_to_sql.offline_checks import assert_answered_as
from tests.nl_to_sql.test_offline_schemas import _seeded

SCRIPT = """
CREATE TABLE machines (machine_id integer PRIMARY KEY, machine_name text NOT NULL, machine_type text NOT NULL,
  installed_on date NOT NULL);
CREATE TABLE maintenance_events (event_id integer PRIMARY KEY, machine_id integer NOT NULL REFERENCES machines,
  maintenance_type text NOT NULL, performed_at timestamp NOT NULL, downtime_minutes integer NOT NULL);
INSERT INTO machines VALUES (1, 'Press A', 'press', '2025-02-01'), (2, 'Lathe B', 'lathe', '2024-03-01'),
  (3, 'Lathe C', 'lathe', '2023-05-01'), (4, 'Press D', 'press', '2025-06-01');
INSERT INTO maintenance_events VALUES (1, 2, 'corrective', '2025-01-10 08:00', 30),
  (2, 3, 'preventive', '2025-03-01 09:00', 20), (3, 1, 'corrective', '2024-12-30 10:00', 45),
  (4, 3, 'corrective', '2024-06-01 10:00', 15), (5, 4, 'preventive', '2025-07-01 10:00', 10);
"""


@pytest.fixture(scope="module")
async def seeded(session_databases):
    return await _seeded(session_databases, "value_dates", SCRIPT)


ANSWERED = [
    ("Which machines had corrective maintenance in 2025?",
     "SELECT DISTINCT m.machine_name FROM machines m JOIN maintenance_events e ON e.machine_id = m.machine_id "
     "WHERE e.maintenance_type = 'corrective' AND e.performed_at >= '2025-01-01' AND e.performed_at < '2026-01-01'"),
    ("machines with preventive maintenance in 2025",
     "SELECT DISTINCT m.machine_name FROM machines m JOIN maintenance_events e ON e.machine_id = m.machine_id "
     "WHERE e.maintenance_type = 'preventive' AND e.performed_at >= '2025-01-01' AND e.performed_at < '2026-01-01'"),
    ("lathe machines installed in 2024",
     "SELECT machine_name FROM machines WHERE machine_type = 'lathe' AND installed_on >= '2024-01-01' "
     "AND installed_on < '2025-01-01'"),
]


@pytest.mark.parametrize(("question", "sql"), ANSWERED, ids=[q for q, _ in ANSWERED])
def test_answered(seeded, question, sql):
    assert_answered_as(seeded, question, sql)
