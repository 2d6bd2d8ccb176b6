"""The offline engine on a tool-hire schema written for these tests (not an eval schema): two routes
to the same table, conditions on the rows a related-row test counts, a table's own event date among
several, a nullable date as a flag. Each question is answered as the hand-written SQL answers it (compared by result on real
PostgreSQL) or refused naming what is ambiguous."""
from __future__ import annotations

import pytest

from tests.nl_to_sql.offline_checks import assert_answered_as, assert_refused_saying
from tests.nl_to_sql.test_offline_schemas import _seeded

# customers have a home depot (declared); tools stand in a depot and rentals refer to both (by name only)
TOOL_HIRE = """
CREATE TABLE depots (depot_id integer PRIMARY KEY, name text NOT NULL, city text NOT NULL);
CREATE TABLE customers (customer_id integer PRIMARY KEY, name text NOT NULL, city text NOT NULL,
                        home_depot_id integer REFERENCES depots);
CREATE TABLE tools (tool_id integer PRIMARY KEY, name text NOT NULL, category text NOT NULL, depot_id integer);
CREATE TABLE rentals (rental_id integer, tool_id integer, customer_id integer, rental_date date, due_date date,
                      return_date date, rental_no text);
CREATE TABLE repairs (repair_id integer, tool_id integer, reported_on date, fixed_on date);
CREATE TABLE charges (charge_id integer, rental_id integer, amount numeric(8,2));
INSERT INTO depots VALUES (1, 'North Yard', 'Leeds'), (2, 'South Yard', 'Leeds'), (3, 'Dock Yard', 'Hull');
INSERT INTO customers SELECT g, 'Customer ' || g, (ARRAY['Leeds', 'Hull', 'York'])[1 + g % 3], 1 + (g * 2) % 3
FROM generate_series(1, 30) g;
INSERT INTO tools SELECT g, (ARRAY['Hammer drill', 'Ladder', 'Tile saw', 'Sander', 'Mixer'])[1 + g % 5] || ' ' || g,
       (ARRAY['drill', 'ladder', 'saw', 'sander', 'mixer'])[1 + g % 5], 1 + g % 3
FROM generate_series(1, 15) g;
INSERT INTO rentals SELECT g, 1 + (g * 7) % 15, 1 + (g * 11 + g / 4) % 27, d, d + 7,
       CASE WHEN g % 5 = 0 THEN NULL ELSE d + g % 10 END, 'R' || (1000 + g)
FROM generate_series(1, 200) g, LATERAL (SELECT DATE '2024-01-01' + (g * 5) % 500 AS d) x;
INSERT INTO repairs SELECT g, 1 + g % 15, DATE '2024-02-01' + g * 9, DATE '2024-02-05' + g * 9
FROM generate_series(1, 20) g;
INSERT INTO charges SELECT g, 1 + (g * 3) % 200, 5 + g % 20 FROM generate_series(1, 25) g;
"""


@pytest.fixture(scope="module")
async def tool_hire(session_databases):
    return await _seeded(session_databases, "toolhire", TOOL_HIRE)


ANSWERED = [
    # "late" of a date when the rows have a due date: after it (once refused: compared with what?)
    ("Rentals returned late", "SELECT rental_id FROM rentals WHERE return_date > due_date"),
    # of two routes to depots, the one a word names ("home" is customers.home_depot_id)
    ("Number of rentals per home depot",
     "SELECT d.depot_id, count(*) FROM rentals r JOIN customers c ON c.customer_id = r.customer_id "
     "JOIN depots d ON d.depot_id = c.home_depot_id GROUP BY 1"),
    ("Number of rentals per tool depot",
     "SELECT d.depot_id, count(*) FROM rentals r JOIN tools t ON t.tool_id = r.tool_id "
     "JOIN depots d ON d.depot_id = t.depot_id GROUP BY 1"),
    # rows related through their events (rentals), not only through a row both refer to (a depot)
    ("Number of different customers per tool",
     "SELECT r.tool_id, count(DISTINCT r.customer_id) FROM rentals r GROUP BY 1"),
    # a value after a negated or counted table is about those rows, also through a further lookup
    ("Customers with no rentals of ladders",
     "SELECT c.customer_id FROM customers c WHERE NOT EXISTS (SELECT 1 FROM rentals r JOIN tools t "
     "ON t.tool_id = r.tool_id WHERE r.customer_id = c.customer_id AND t.category = 'ladder')"),
    ("Customers with more than 3 rentals of saws",
     "SELECT c.customer_id FROM customers c WHERE (SELECT count(*) FROM rentals r JOIN tools t "
     "ON t.tool_id = r.tool_id WHERE r.customer_id = c.customer_id AND t.category = 'saw') > 3"),
    ("Customers with rentals of mixers",
     "SELECT c.customer_id FROM customers c WHERE EXISTS (SELECT 1 FROM rentals r JOIN tools t "
     "ON t.tool_id = r.tool_id WHERE r.customer_id = c.customer_id AND t.category = 'mixer')"),
    # ... while the entity's own lookup stays the entity's
    ("Depots without customers in York",
     "SELECT d.depot_id FROM depots d WHERE NOT EXISTS (SELECT 1 FROM customers c "
     "WHERE c.home_depot_id = d.depot_id AND c.city = 'York')"),
    # of several dates, the one named after the table is its own event's
    ("Number of rentals per month", "SELECT date_trunc('month', rental_date), count(*) FROM rentals GROUP BY 1"),
    ("How many rentals were there in March 2024?",
     "SELECT count(*) FROM rentals WHERE rental_date >= '2024-03-01' AND rental_date < '2024-04-01'"),
    ("Rentals due in April 2024",
     "SELECT rental_id FROM rentals WHERE due_date >= '2024-04-01' AND due_date < '2024-05-01'"),
    # a date after counted or related rows is theirs, by their own event date, never the entity's date
    ("Customers with more than 5 rentals in 2024",
     "SELECT c.customer_id FROM customers c WHERE (SELECT count(*) FROM rentals r WHERE r.customer_id = c.customer_id "
     "AND r.rental_date >= '2024-01-01' AND r.rental_date < '2025-01-01') > 5"),
    ("Customers with rentals in May 2024",
     "SELECT DISTINCT c.customer_id FROM customers c JOIN rentals r ON r.customer_id = c.customer_id "
     "WHERE r.rental_date >= '2024-05-01' AND r.rental_date < '2024-06-01'"),
    # ... and of rows without a date, the date of the row they look up (the charge's rental)
    ("Customers with no charges in 2025",
     "SELECT cu.customer_id FROM customers cu WHERE NOT EXISTS (SELECT 1 FROM charges ch JOIN rentals r "
     "ON r.rental_id = ch.rental_id WHERE r.customer_id = cu.customer_id AND r.rental_date >= '2025-01-01' "
     "AND r.rental_date < '2026-01-01')"),
    # a listed column that refers to another table's row shows that row's label
    ("Customers and their home depots",
     "SELECT c.name, d.name FROM customers c JOIN depots d ON d.depot_id = c.home_depot_id"),
    # "how many distinct <column>" is the number of its values
    ("How many distinct cities do customers live in?", "SELECT count(DISTINCT city) FROM customers"),
    ("How many different categories are there?", "SELECT count(DISTINCT category) FROM tools"),
    # a value right after a referencing column is the referenced row's (both tables have a city)
    ("Customers whose home depot is in Hull",
     "SELECT c.customer_id FROM customers c JOIN depots d ON d.depot_id = c.home_depot_id WHERE d.city = 'Hull'"),
    # a participle naming a nullable date column is whether it is set; with a date after it, that date
    ("How many rentals have not been returned yet?", "SELECT count(*) FROM rentals WHERE return_date IS NULL"),
    ("How many rentals were returned?", "SELECT count(*) FROM rentals WHERE return_date IS NOT NULL"),
    ("Unreturned rentals of ladders",
     "SELECT r.rental_id FROM rentals r JOIN tools t ON t.tool_id = r.tool_id "
     "WHERE r.return_date IS NULL AND t.category = 'ladder'"),
    ("How many rentals were returned in May 2024?",
     "SELECT count(*) FROM rentals WHERE return_date >= '2024-05-01' AND return_date < '2024-06-01'"),
]

REFUSED = [
    # the rented tool's depot or the customer's home depot?
    ("How many rentals does each depot have?", "depots are reached from rentals in more than one way"),
    ("Which depot has the most rentals?", "in more than one way"),
    # two dates, neither named after the table
    ("Number of repairs per month", "no date to group by month"),
    # counted rows with two dates, neither named after them
    ("Tools with more than 1 repair in 2024", "repairs has several date columns"),
    # the customers' home depot or their rentals' depot? (both look it up)
    ("Customers with rentals of tools at North Yard", "'North Yard' is about the customers themselves or about"),
    # "no <column>" of another table's column: rows without related rows, or related rows missing a value?
    ("Tools with no returns", "can't tell what 'no returns' means for tools"),
    # "with no <word>" is a negation, never the abbreviated number column `rental_no` holding the word
    ("Customers with no deliveries", "'no'"),
    # ... unless two tables hold such a column
    ("How many distinct cities are there?", "'cities' could be any of customers.city, depots.city"),
]


@pytest.mark.parametrize("question,expected", ANSWERED, ids=[q for q, _ in ANSWERED])
def test_probe_shapes_are_answered_as_hand_written_sql_answers_them(tool_hire, question, expected):
    assert_answered_as(tool_hire, question, expected)


@pytest.mark.parametrize("question,says", REFUSED, ids=[q for q, _ in REFUSED])
def test_probe_ambiguities_are_refused_naming_them(tool_hire, question, says):
    assert_refused_saying(tool_hire, question, says)
