"""The offline engine on spans between two timestamps or dates of a row (spans.py, durations.py,
took.py): "average resolution time in hours", "the quickest delivery time in minutes", "which parcel
took the longest to deliver", "parcels that took more than 3 days to arrive", "delivered in under 36
hours", "settled within 30 days of being filed", "paid more than two weeks after they were issued",
"how many days on average does it take to settle a claim", "how long did parcel PX3 take to arrive,
in hours", "which ticket was resolved the fastest", "average duration of visits in minutes"; and
"which project was archived first" (the date the word before the superlative names, of two).
Each case was refused before the change (timestamps had no span, units other than days were not
read). Answers are compared by result with hand-written SQL."""
from __future__ import annotations

import pytest

from tests.nl_to_sql.offline_checks import assert_answered_as
from tests.nl_to_sql.test_offline_schemas import _seeded

SCRIPT = """
CREATE SCHEMA desk;
CREATE TABLE desk.tickets (ticket_id integer PRIMARY KEY, subject text NOT NULL, priority text NOT NULL,
  opened_at timestamp NOT NULL, solved_at timestamp);
CREATE TABLE desk.parcels (parcel_id integer PRIMARY KEY, tracking_code text NOT NULL UNIQUE,
  created_at timestamp NOT NULL, delivered_at timestamp);
CREATE TABLE desk.claims (claim_id integer PRIMARY KEY, claimant text NOT NULL, claim_date date NOT NULL,
  settlement_date date);
CREATE TABLE desk.invoices (invoice_id integer PRIMARY KEY, amount numeric(8,2) NOT NULL, issued_on date NOT NULL,
  paid_on date);
CREATE TABLE desk.visitors (visitor_id integer PRIMARY KEY, full_name text NOT NULL);
CREATE TABLE desk.visits (visit_id integer PRIMARY KEY, visitor_id integer NOT NULL REFERENCES desk.visitors,
  entered_at timestamp NOT NULL, left_at timestamp);
CREATE TABLE desk.projects (project_id integer PRIMARY KEY, title text NOT NULL, created_on date NOT NULL,
  archived_on date);
INSERT INTO desk.projects VALUES (1, 'Web', '2023-01-05', '2024-06-01'), (2, 'App', '2023-03-01', '2024-02-01'),
  (3, 'Docs', '2023-09-09', NULL), (4, 'Data', '2022-11-30', '2024-09-15');
INSERT INTO desk.tickets SELECT g, 'Problem ' || g, (ARRAY['low', 'high', 'urgent'])[1 + g % 3],
  TIMESTAMP '2024-02-01 09:00' + g * INTERVAL '1 day',
  CASE WHEN g % 5 = 0 THEN NULL ELSE TIMESTAMP '2024-02-01 09:00' + g * INTERVAL '1 day' + (g * 7 % 40) * INTERVAL '1 hour'
       + g * INTERVAL '13 minutes' END FROM generate_series(1, 20) g;
INSERT INTO desk.parcels SELECT g, 'PX' || g, TIMESTAMP '2024-05-01 08:00' + g * INTERVAL '5 hours',
  CASE WHEN g = 7 THEN NULL ELSE TIMESTAMP '2024-05-01 08:00' + g * INTERVAL '5 hours' + (g * 11 % 97) * INTERVAL '1 hour'
       + g * INTERVAL '7 minutes' END FROM generate_series(1, 18) g;
INSERT INTO desk.claims SELECT g, 'Claimant ' || g, DATE '2024-01-10' + g * 9,
  CASE WHEN g % 6 = 0 THEN NULL ELSE DATE '2024-01-10' + g * 9 + (g * 13 % 61) END FROM generate_series(1, 16) g;
INSERT INTO desk.invoices SELECT g, 100 + g * 17, DATE '2024-03-01' + g * 4,
  CASE WHEN g % 4 = 0 THEN NULL ELSE DATE '2024-03-01' + g * 4 + (g * 5 % 29) END FROM generate_series(1, 15) g;
INSERT INTO desk.visitors SELECT g, (ARRAY['Ada Moss', 'Ben Cole', 'Cy Dunn', 'Di Fox'])[g] FROM generate_series(1, 4) g;
INSERT INTO desk.visits SELECT g, 1 + g % 4, TIMESTAMP '2024-06-01 07:00' + g * INTERVAL '1 day',
  CASE WHEN g % 7 = 0 THEN NULL ELSE TIMESTAMP '2024-06-01 07:00' + g * INTERVAL '1 day' + (20 + g * 17 % 150) * INTERVAL '1 minute' END
  FROM generate_series(1, 21) g;
"""


@pytest.fixture(scope="module")
async def seeded(session_databases):
    return await _seeded(session_databases, "spans", SCRIPT)


ANSWERED = [
    ("What is the average resolution time in hours for each priority?",
     "SELECT priority, avg(extract(epoch FROM solved_at - opened_at) / 3600) FROM desk.tickets GROUP BY priority"),
    ("What was the quickest delivery time in minutes?",
     "SELECT min(extract(epoch FROM delivered_at - created_at) / 60) FROM desk.parcels"),
    ("What is the average delivery time?", "SELECT avg(delivered_at - created_at) FROM desk.parcels"),
    ("Which parcel took the longest to deliver?",
     "SELECT tracking_code FROM desk.parcels WHERE delivered_at IS NOT NULL ORDER BY delivered_at - created_at DESC "
     "LIMIT 1"),
    ("Which parcels took more than 3 days to arrive?",
     "SELECT tracking_code FROM desk.parcels WHERE delivered_at - created_at > interval '3 days'"),
    ("How many parcels were delivered in under 36 hours?",
     "SELECT count(*) FROM desk.parcels WHERE delivered_at - created_at < interval '36 hours'"),
    ("Which claims were settled within 30 days of being filed?",
     "SELECT claimant FROM desk.claims WHERE settlement_date - claim_date <= 30"),
    ("How many days on average does it take to settle a claim?",
     "SELECT avg(settlement_date - claim_date) FROM desk.claims"),
    ("What is the average claim duration in hours?",          # two dates: whole days of 24 hours
     "SELECT avg((settlement_date - claim_date) * 24) FROM desk.claims"),
    ("Which invoices were paid more than two weeks after they were issued?",
     "SELECT invoice_id FROM desk.invoices WHERE paid_on - issued_on > 14"),
    ("How long did parcel PX3 take to arrive, in hours?",
     "SELECT extract(epoch FROM delivered_at - created_at) / 3600 FROM desk.parcels WHERE tracking_code = 'PX3'"),
    ("Which ticket was resolved the fastest?",
     "SELECT subject FROM desk.tickets WHERE solved_at IS NOT NULL ORDER BY solved_at - opened_at LIMIT 1"),
    ("What is the average duration of visits in minutes?",
     "SELECT avg(extract(epoch FROM left_at - entered_at) / 60) FROM desk.visits"),
    ("Which project was archived first?", "SELECT title FROM desk.projects ORDER BY archived_on LIMIT 1"),
    ("Which project was created most recently?",    # guard: an earlier reading of the word before
     "SELECT title FROM desk.projects ORDER BY created_on DESC LIMIT 1"),
    ("Which visits lasted longer than 2 hours?",
     "SELECT visit_id FROM desk.visits WHERE left_at - entered_at > interval '2 hours'"),
]


@pytest.mark.parametrize(("question", "sql"), ANSWERED, ids=[q for q, _ in ANSWERED])
def test_answered(seeded, question, sql):
    assert_answered_as(seeded, question, sql)

