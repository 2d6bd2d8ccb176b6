"""The offline engine on "who" about rows that name nobody and refer to people only through other
unnamed rows: "who had a payment refunded" are the accounts of the refunded payments' subscriptions,
not the payments' ids (the answer before the change). A table named by its own word (`plan_name`)
is a thing, not people. Compared by result with hand-written SQL."""
from __future__ import annotations

import pytest

from tests.nl_to_sql.offline_checks import assert_answered_as
from tests.nl_to_sql.test_offline_schemas import _seeded

SCRIPT = """
CREATE TABLE accounts (account_id integer PRIMARY KEY, full_name text NOT NULL);
CREATE TABLE plans (plan_id integer PRIMARY KEY, plan_name text NOT NULL UNIQUE);
CREATE TABLE subscriptions (subscription_id integer PRIMARY KEY, account_id integer NOT NULL REFERENCES accounts,
  plan_id integer NOT NULL REFERENCES plans, started_on date NOT NULL);
CREATE TABLE payments (payment_id integer PRIMARY KEY, subscription_id integer NOT NULL REFERENCES subscriptions,
  paid_on date NOT NULL, amount numeric(6,2) NOT NULL, status text NOT NULL);
INSERT INTO accounts VALUES (1, 'Emma Stone'), (2, 'Liam Park'), (3, 'Noor Aziz');
INSERT INTO plans VALUES (1, 'Basic'), (2, 'Premium');
INSERT INTO subscriptions VALUES (1, 1, 1, '2024-01-01'), (2, 2, 2, '2024-02-01'), (3, 3, 2, '2024-03-01'),
  (4, 1, 2, '2024-05-01');
INSERT INTO payments VALUES (1, 1, '2024-01-01', 7.99, 'paid'), (2, 2, '2024-02-01', 19.99, 'refunded'),
  (3, 3, '2024-03-01', 19.99, 'failed'), (4, 4, '2024-05-01', 19.99, 'refunded'), (5, 4, '2024-06-01', 19.99, 'paid');
"""


@pytest.fixture(scope="module")
async def seeded(session_databases):
    return await _seeded(session_databases, "who", SCRIPT)


ANSWERED = [
    ("who had a payment refunded",
     "SELECT DISTINCT a.full_name FROM payments y JOIN subscriptions s ON s.subscription_id = y.subscription_id "
     "JOIN accounts a ON a.account_id = s.account_id WHERE y.status = 'refunded'"),
    ("Who made a failed payment?",
     "SELECT DISTINCT a.full_name FROM payments y JOIN subscriptions s ON s.subscription_id = y.subscription_id "
     "JOIN accounts a ON a.account_id = s.account_id WHERE y.status = 'failed'"),
]


@pytest.mark.parametrize(("question", "sql"), ANSWERED, ids=[q for q, _ in ANSWERED])
def test_answered(seeded, question, sql):
    assert_answered_as(seeded, question, sql)
