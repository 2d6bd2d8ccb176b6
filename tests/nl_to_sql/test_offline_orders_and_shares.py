"""The offline engine on a small venue-booking schema of its own: "competitions" of a table and of
the records that refer to it (`team_contest`, `contest_record`: the referred table is meant); the start date of a span named with
the table's own words (`booking_start_date` / `booking_end_date`); a date named by the verb before
it ("trips scheduled in 2024"); a percentage whose share is a figure's test ("give 5 stars", "a
rating of 4 or higher"); "<number> <figure>" after give / got / are; "<superlative> first" as
the order of listed rows, not a top row ("tallest first", "oldest first", "most expensive first");
a building named by its address; "no garden" of a nullable flag (false, not unknown); and rows
without a name of their own shown by the labels of what they refer to (a listing by its property);
`festival_detail."Festival_Name"` as a festival's name; "the 2023 festivals" (the year of the rows
named after it); and "designed" as a verb linking architects and bridges, not a stored category
'Design' of a part of the schema no join reaches; "members enrolled in Yoga" (the verb of the
enrollments' own date, which the path goes through anyway); "never been listed", "never listed
anything" (the verb's own rows, none of them); "sold" as the verb of `sales`; and "Tom Hale's
email" of a trainer without one refused, not read as the emails of his classes' members; "total
value of sales" as the sum of the sales' one price; "When did the Spring Gala take place?" of a
date kept as text in a column named `date`; "in the earliest year" (every row of that year);
"how many people work in ..." (the one table of staff); "taller than 185 or younger than 20" (an OR
of the question's two conditions on one table); "What ratings did Ada Moss give?" (a rating's one
number shown).
Each case failed before the change it tests, except the guards named in comments. Answers are
compared by result with hand-written SQL."""
from __future__ import annotations

import pytest

from tests.nl_to_sql.offline_checks import assert_answered_as, assert_ordered_as, assert_refused_saying
from tests.nl_to_sql.test_offline_schemas import _seeded

SCRIPT = """
CREATE SCHEMA venue;
CREATE TABLE venue.team_contest (contest_id integer PRIMARY KEY, year integer NOT NULL, theme text NOT NULL);
CREATE TABLE venue.contest_record (contest_id integer NOT NULL REFERENCES venue.team_contest,
  team text NOT NULL, rank integer NOT NULL, PRIMARY KEY (contest_id, team));
CREATE TABLE venue.guests (guest_id integer PRIMARY KEY, full_name text NOT NULL, height_cm integer NOT NULL,
  date_of_birth date NOT NULL, age integer NOT NULL);
CREATE TABLE venue.hall_bookings (hall_booking_id integer PRIMARY KEY, guest_id integer NOT NULL REFERENCES venue.guests,
  booking_start_date date NOT NULL, booking_end_date date NOT NULL, price numeric(8,2) NOT NULL);
CREATE TABLE venue.shuttles (shuttle_id integer PRIMARY KEY, route text NOT NULL,
  scheduled_departure timestamp NOT NULL, actual_departure timestamp);
CREATE TABLE venue.reviews (review_id integer PRIMARY KEY, guest_id integer NOT NULL REFERENCES venue.guests,
  stars integer NOT NULL, written_on date NOT NULL);
INSERT INTO venue.team_contest SELECT g, 2014 + g, 'Theme ' || chr(64 + g) FROM generate_series(1, 8) g;
INSERT INTO venue.contest_record SELECT 1 + g % 8, 'Team ' || g, 1 + g % 3 FROM generate_series(1, 20) g;
INSERT INTO venue.guests SELECT g, (ARRAY['Ada Moss', 'Ben Cole', 'Cy Dunn', 'Di Fox', 'Ed Gray', 'Flo Hart'])[g],
  150 + (g * 13) % 40, DATE '1960-05-01' + g * 2900, 64 - g * 8 FROM generate_series(1, 6) g;
INSERT INTO venue.hall_bookings SELECT g, 1 + g % 6, DATE '2023-10-01' + g * 23, DATE '2023-10-03' + g * 23,
  100 + (g * 37) % 300 FROM generate_series(1, 24) g;
INSERT INTO venue.shuttles SELECT g, 'Route ' || (1 + g % 3), TIMESTAMP '2023-11-20 08:00' + g * INTERVAL '9 days',
  CASE WHEN g % 4 = 0 THEN NULL ELSE TIMESTAMP '2023-11-20 08:05' + g * INTERVAL '9 days' END
  FROM generate_series(1, 20) g;
CREATE TABLE venue.agents (agent_id integer PRIMARY KEY, full_name text NOT NULL);
CREATE TABLE venue.properties (property_id integer PRIMARY KEY, address text NOT NULL, city text NOT NULL,
  floor_area_sqm integer NOT NULL, has_garden boolean);
CREATE TABLE venue.listings (listing_id integer PRIMARY KEY, property_id integer NOT NULL REFERENCES venue.properties,
  agent_id integer NOT NULL REFERENCES venue.agents, asking_price numeric(10,2) NOT NULL);
CREATE TABLE venue.offers (offer_id integer PRIMARY KEY, listing_id integer NOT NULL REFERENCES venue.listings,
  amount numeric(10,2) NOT NULL);
CREATE TABLE venue.sales (sale_id integer PRIMARY KEY, listing_id integer NOT NULL REFERENCES venue.listings,
  sold_price numeric(10,2) NOT NULL, completed_on date NOT NULL);
INSERT INTO venue.agents VALUES (1, 'Hana Lowe'), (2, 'Sam Reid'), (3, 'Kit Moor'), (4, 'Lia Fern');
INSERT INTO venue.properties SELECT g, g || ' Mill Lane', (ARRAY['Leeds', 'York'])[1 + g % 2], 50 + (g * 17) % 90,
  CASE WHEN g % 3 = 0 THEN NULL ELSE g % 3 = 1 END FROM generate_series(1, 9) g;
INSERT INTO venue.listings SELECT g, 1 + g % 9, 1 + g % 2, 100000 + g * 5000 FROM generate_series(1, 12) g;
INSERT INTO venue.listings VALUES (13, 2, 3, 250000);
INSERT INTO venue.properties VALUES (10, '10 Mill Lane', 'Leeds', 40, NULL);
INSERT INTO venue.sales SELECT g, g * 2, 150000 + g * 1000, DATE '2024-03-01' + g * 20 FROM generate_series(1, 5) g;
INSERT INTO venue.offers SELECT g, 1 + (g * g) % 12, 90000 + g * 1000 FROM generate_series(1, 30) g;
CREATE TABLE venue.categories (category_id integer PRIMARY KEY, name text NOT NULL);
INSERT INTO venue.categories VALUES (1, 'Design'), (2, 'Music'), (3, 'Printing');
CREATE TABLE festival_detail ("Festival_ID" integer, "Festival_Name" text, "Chair_Name" text, "Location" text,
  "Year" integer, "Num_of_Audience" integer);
CREATE TABLE nomination ("Artwork_ID" integer, "Festival_ID" integer, "Result" text);
CREATE TABLE architect ("Architect_ID" integer, "Name" text, "Nationality" text);
CREATE TABLE bridge ("Bridge_ID" integer, "Architect_ID" integer, "Name" text, "Length_meters" numeric);
INSERT INTO festival_detail SELECT g, 'Festival ' || chr(64 + g), 'Chair ' || g, (ARRAY['Seville', 'Oslo'])[1 + g % 2],
  2020 + g % 4, 1000 * g FROM generate_series(1, 8) g;
INSERT INTO nomination SELECT g, 1 + g % 8, (ARRAY['Won', 'Nominated'])[1 + g % 2] FROM generate_series(1, 20) g;
INSERT INTO architect SELECT g, 'Architect ' || chr(64 + g), (ARRAY['Danish', 'Irish'])[1 + g % 2]
  FROM generate_series(1, 5) g;
INSERT INTO bridge SELECT g, 1 + g % 4, 'Bridge ' || g, 20 * g FROM generate_series(1, 11) g;
CREATE TABLE venue.members (member_id integer PRIMARY KEY, username text NOT NULL, email text NOT NULL);
CREATE TABLE venue.trainers (trainer_id integer PRIMARY KEY, full_name text NOT NULL);
CREATE TABLE venue.classes (class_id integer PRIMARY KEY, title text NOT NULL,
  trainer_id integer NOT NULL REFERENCES venue.trainers);
CREATE TABLE venue.enrollments (enrollment_id integer PRIMARY KEY, member_id integer NOT NULL REFERENCES venue.members,
  class_id integer NOT NULL REFERENCES venue.classes, enrolled_at timestamp NOT NULL, UNIQUE (member_id, class_id));
INSERT INTO venue.members SELECT g, 'member' || g, 'm' || g || '@example.org' FROM generate_series(1, 8) g;
INSERT INTO venue.trainers VALUES (1, 'Tom Hale'), (2, 'Ivy Shaw');
INSERT INTO venue.classes VALUES (1, 'Yoga', 1), (2, 'Pilates', 2), (3, 'Spin', 1);
INSERT INTO venue.enrollments SELECT g, 1 + g % 8, 1 + (g * 5) % 3, TIMESTAMP '2024-02-01 10:00' + g * INTERVAL '3 days'
  FROM generate_series(1, 14) g;
CREATE TABLE gala (gala_id integer PRIMARY KEY, name text NOT NULL, date text NOT NULL, venue text NOT NULL);
INSERT INTO gala VALUES (1, 'Spring Gala', '12 April 2024', 'Town Hall'), (2, 'Winter Ball', '3 December 2024', 'Pier');
CREATE TABLE venue.staff (staff_id integer PRIMARY KEY, full_name text NOT NULL, hall text NOT NULL);
INSERT INTO venue.staff SELECT g, 'Staff ' || g, (ARRAY['Main Hall', 'Annex'])[1 + g % 2] FROM generate_series(1, 7) g;
CREATE TABLE venue.hall_ratings (rating_id integer PRIMARY KEY, guest_id integer NOT NULL REFERENCES venue.guests,
  hall text NOT NULL, stars integer NOT NULL);
INSERT INTO venue.hall_ratings SELECT g, 1 + g % 6, (ARRAY['Main Hall', 'Annex'])[1 + g % 2], 1 + (g * 7) % 5
  FROM generate_series(1, 18) g;
INSERT INTO venue.reviews SELECT g, 1 + g % 6, 1 + (g * 3) % 5, DATE '2024-01-05' + g * 11 FROM generate_series(1, 30) g;
"""


@pytest.fixture(scope="module")
async def seeded(session_databases):
    return await _seeded(session_databases, "orders_shares", SCRIPT)


ANSWERED = [
    ("Contests held before 2018", "SELECT theme FROM venue.team_contest WHERE year < 2018"),
    ("How many contests were there in 2019?", "SELECT count(*) FROM venue.team_contest WHERE year = 2019"),
    ("How many bookings were made in 2024?",
     "SELECT count(*) FROM venue.hall_bookings WHERE booking_start_date >= '2024-01-01' "
     "AND booking_start_date < '2025-01-01'"),
    ("How many shuttles were scheduled in 2024?",
     "SELECT count(*) FROM venue.shuttles WHERE scheduled_departure >= '2024-01-01' "
     "AND scheduled_departure < '2025-01-01'"),
    ("What percentage of reviews give 5 stars?",
     "SELECT 100.0 * count(*) FILTER (WHERE stars = 5) / count(*) FROM venue.reviews"),
    ("What percentage of reviews have 4 or more stars?",
     "SELECT 100.0 * count(*) FILTER (WHERE stars >= 4) / count(*) FROM venue.reviews"),
    ("What percentage of reviews in 2024 gave 5 stars?",     # the date narrows the whole, not the share
     "SELECT 100.0 * count(*) FILTER (WHERE stars = 5) / count(*) FROM venue.reviews "
     "WHERE written_on >= '2024-01-01' AND written_on < '2025-01-01'"),
    ("how many reviews got 2 stars", "SELECT count(*) FROM venue.reviews WHERE stars = 2"),
    ("whats the biggest property",                         # a building goes by its address
     "SELECT address FROM venue.properties ORDER BY floor_area_sqm DESC LIMIT 1"),
    ("Which properties have no garden?",                   # a flag's "no": false, not unknown (NULL)
     "SELECT address FROM venue.properties WHERE has_garden = false"),
    ("Which listings received more than two offers?",      # a listing is shown by its property's address
     "SELECT p.address FROM venue.offers o JOIN venue.listings l ON l.listing_id = o.listing_id "
     "JOIN venue.properties p ON p.property_id = l.property_id GROUP BY l.listing_id, p.address HAVING count(*) > 2"),
    ("which festivals were in Seville",                    # `festival_detail`: a festival's own name
     "SELECT \"Festival_Name\" FROM festival_detail WHERE \"Location\" = 'Seville'"),
    ("What was the total audience of the 2023 festivals?",
     "SELECT sum(\"Num_of_Audience\") FROM festival_detail WHERE \"Year\" = 2023"),
    ("how many nominations did the 2022 festivals get",     # the year of the rows named after it
     "SELECT count(*) FROM nomination n JOIN festival_detail f ON f.\"Festival_ID\" = n.\"Festival_ID\" "
     "WHERE f.\"Year\" = 2022"),
    ("How many bridges has each architect designed?",     # not the category 'Design' of another cluster
     "SELECT a.\"Name\", count(*) FROM bridge b JOIN architect a ON a.\"Architect_ID\" = b.\"Architect_ID\" "
     "GROUP BY a.\"Architect_ID\", a.\"Name\""),
    ("members enrolled in Yoga",                           # the verb of the enrollments' own date: the path
     "SELECT DISTINCT m.username FROM venue.enrollments e JOIN venue.members m ON m.member_id = e.member_id "
     "JOIN venue.classes c ON c.class_id = e.class_id WHERE c.title = 'Yoga'"),
    ("Which members enrolled in both Yoga and Spin?",
     "SELECT m.username FROM venue.members m WHERE EXISTS (SELECT 1 FROM venue.enrollments e JOIN venue.classes c "
     "ON c.class_id = e.class_id WHERE e.member_id = m.member_id AND c.title = 'Yoga') AND EXISTS (SELECT 1 FROM "
     "venue.enrollments e JOIN venue.classes c ON c.class_id = e.class_id WHERE e.member_id = m.member_id "
     "AND c.title = 'Spin')"),
    ("Which properties have never been listed?",
     "SELECT address FROM venue.properties p WHERE NOT EXISTS (SELECT 1 FROM venue.listings l "
     "WHERE l.property_id = p.property_id)"),
    ("which agents have never listed anything",
     "SELECT full_name FROM venue.agents a WHERE NOT EXISTS (SELECT 1 FROM venue.listings l WHERE l.agent_id = a.agent_id)"),
    ("Which agents haven't sold anything?",                # "sold": the verb of `sales`
     "SELECT full_name FROM venue.agents a WHERE NOT EXISTS (SELECT 1 FROM venue.listings l JOIN venue.sales s "
     "ON s.listing_id = l.listing_id WHERE l.agent_id = a.agent_id)"),
    ("total value of sales completed in 2024",             # the named sales' price, not the offers' amount
     "SELECT sum(sold_price) FROM venue.sales WHERE completed_on >= '2024-01-01' AND completed_on < '2025-01-01'"),
    ("When did the Spring Gala take place?",               # a date kept as text in a column named `date`
     "SELECT date FROM gala WHERE name = 'Spring Gala'"),
    ("Which festivals took place in the earliest year?",   # every festival of that year, not one of them
     "SELECT \"Festival_Name\" FROM festival_detail WHERE \"Year\" = (SELECT min(\"Year\") FROM festival_detail)"),
    ("how many people work in the Main Hall?",             # the one table of staff
     "SELECT count(*) FROM venue.staff WHERE hall = 'Main Hall'"),
    ("Which guests are taller than 185 or younger than 20?",
     "SELECT full_name FROM venue.guests WHERE height_cm > 185 OR age < 20"),
    ("What ratings did Ada Moss give?",                    # a rating's one number, not only whose it is
     "SELECT r.stars FROM venue.hall_ratings r JOIN venue.guests g ON g.guest_id = r.guest_id "
     "WHERE g.full_name = 'Ada Moss'"),
    ("List the 3 most expensive bookings with their price, most expensive first",
     "SELECT hall_booking_id, price FROM venue.hall_bookings ORDER BY price DESC LIMIT 3"),
]


@pytest.mark.parametrize(("question", "sql"), ANSWERED, ids=[q for q, _ in ANSWERED])
def test_answered(seeded, question, sql):
    assert_answered_as(seeded, question, sql)


ORDERED = [
    ("List the guests ordered by height, tallest first", "SELECT full_name FROM venue.guests ORDER BY height_cm DESC"),
    ("List all guests with their date of birth, oldest first",
     "SELECT full_name FROM venue.guests ORDER BY date_of_birth"),
    ("List all guests with their age, oldest first",       # an age: the oldest have the highest
     "SELECT full_name FROM venue.guests ORDER BY age DESC"),
    ("Show the guests by age, youngest first", "SELECT full_name FROM venue.guests ORDER BY age"),
]


@pytest.mark.parametrize(("question", "sql"), ORDERED, ids=[q for q, _ in ORDERED])
def test_ordered(seeded, question, sql):
    # every guest, in this order: "tallest first" orders the list, it is no top row
    assert_ordered_as(seeded, question, sql)


def test_a_named_rows_column_is_not_of_rows_that_refer_to_it(seeded):
    # trainers have no email; the emails of the members of their classes are not theirs
    assert_refused_saying(seeded, "What is Tom Hale's email?", "which have no email")
    assert_answered_as(seeded, "What is member3's email?", "SELECT email FROM venue.members WHERE username = 'member3'")


def test_or_of_three_conditions_stays_refused(seeded):
    # guard: "in 2024" is a range of two conditions; with a third, the grouping of "or" is unknown
    assert_refused_saying(seeded, "How many reviews were written in 2024 or gave 5 stars?", "'or'")
