"""The offline engine on phrasings the session-13 probe sets (bench/nl_eval/racing, market, campus) showed
it refused: order phrases that name no column ("in descending order", "in chronological order", "in
reverse alphabetical order", "list <rows> by <column>"), a month without a year ("born in January"), a
decade ("in the 1990s"), "tallest" / "shortest" by a height, and chat spellings ("whos", "havent",
"r there"); and, after the session-14 probe sets (bikes, scholar, finance, registrar, logistics): a verb
before a date phrase or "each year" naming the rows' one date ("papers published in 2021"), "50,000"
and "90k", "is not known", "a higher <column> than the average", "heavier than", "<verb column> the
most <unit>" and "scored the most <column>", rows of a label-less table shown and measured by the
person they are a role of (`athlete.people_id`), "people who are not athletes". Each case failed
before the change it tests, except the guards named in comments. Answers are compared by result with
hand-written SQL; ordered cases also by the order of their rows."""
from __future__ import annotations

import pytest

from services.nl_to_sql.offline.spelling import plain_text
from tests.nl_to_sql.offline_checks import assert_answered_as, assert_ordered_as, assert_refused_saying
from tests.nl_to_sql.test_offline_schemas import _seeded

SCRIPT = """
CREATE SCHEMA pitch;
CREATE TABLE pitch.clubs (club_id integer PRIMARY KEY, club_name text NOT NULL, city text NOT NULL,
  founded_on date NOT NULL, capacity integer NOT NULL);
CREATE TABLE pitch.players (player_id integer PRIMARY KEY, club_id integer REFERENCES pitch.clubs,
  full_name text NOT NULL, birth_date date NOT NULL, height numeric(4,1) NOT NULL, wage numeric(8,2) NOT NULL);
CREATE TABLE pitch.transfers (transfer_id integer PRIMARY KEY, player_id integer NOT NULL REFERENCES pitch.players,
  fee numeric(9,2) NOT NULL, signed_on date NOT NULL);
INSERT INTO pitch.clubs SELECT g, 'Club ' || chr(64 + g), (ARRAY['Leeds', 'York', 'Hull'])[1 + g % 3],
  DATE '1880-03-01' + g * 4000, 5000 + (g * 3719) % 20000 FROM generate_series(1, 7) g;
INSERT INTO pitch.players SELECT g, 1 + (g * 5) % 7, 'Player ' || chr(64 + g), DATE '1984-01-10' + g * 347,
  165 + (g * 7) % 30 + g / 10.0, 1000 + (g * 613) % 9000 FROM generate_series(1, 20) g;
INSERT INTO pitch.transfers SELECT g, 1 + (g * 3) % 14, 100000 + (g * 7717) % 900000,
  DATE '2019-01-05' + g * 47 FROM generate_series(1, 25) g;
CREATE TABLE paper (paper_id integer PRIMARY KEY, title text NOT NULL, year integer NOT NULL, citations integer);
INSERT INTO paper SELECT g, 'Paper ' || g, 2012 + g % 9, CASE WHEN g % 7 = 0 THEN NULL ELSE (g * 37) % 400 END
  FROM generate_series(1, 30) g;
CREATE TABLE people (people_id integer, name text, height numeric(4,1), age integer, home_town text);
CREATE TABLE athlete (athlete_id integer, people_id integer, medals integer, world_rank integer);
CREATE TABLE result (athlete_id integer, event text, points integer);
INSERT INTO people SELECT g, 'Person ' || chr(64 + g), 160 + (g * 11) % 35 + g / 10.0, 18 + (g * 7) % 20,
  (ARRAY['Leeds', 'York', 'Hull', 'Bath'])[1 + g % 4] FROM generate_series(1, 14) g;
INSERT INTO athlete SELECT g, 2 * g - 1, (g * 5) % 9 + g, 100 - g * 3 FROM generate_series(1, 7) g;
INSERT INTO result SELECT 1 + g % 7, 'Event ' || (g % 4), (g * 13) % 50 + g FROM generate_series(1, 20) g;
"""


@pytest.fixture(scope="module")
async def pitch(session_databases):
    return await _seeded(session_databases, "phrasing_probe", SCRIPT)


ORDERED = [
    ("List the wages of players in descending order", "SELECT wage FROM pitch.players ORDER BY wage DESC"),
    ("List all transfers in chronological order", "SELECT signed_on FROM pitch.transfers ORDER BY signed_on"),
    ("Show the transfers in reverse chronological order",
     "SELECT signed_on FROM pitch.transfers ORDER BY signed_on DESC"),
    ("List the clubs in reverse alphabetical order", "SELECT club_name FROM pitch.clubs ORDER BY club_name DESC"),
    ("List the clubs by capacity", "SELECT capacity FROM pitch.clubs ORDER BY capacity"),
    ("List the clubs by capacity, largest first", "SELECT capacity FROM pitch.clubs ORDER BY capacity DESC"),
    ("List the clubs by capacity in descending order", "SELECT capacity FROM pitch.clubs ORDER BY capacity DESC"),
    ("Number of players per club in descending order",
     "SELECT count(*) FROM pitch.players GROUP BY club_id ORDER BY count(*) DESC"),
]

ANSWERED = [
    # guard: "the number of <rows> by <column>" still groups
    ("List the number of clubs by city", "SELECT city, count(*) FROM pitch.clubs GROUP BY city"),
    ("How many players were born in March?",
     "SELECT count(*) FROM pitch.players WHERE extract(month FROM birth_date) = 3"),
    ("Which transfers were signed in July?",
     "SELECT transfer_id FROM pitch.transfers WHERE extract(month FROM signed_on) = 7"),
    # guard: a month with its year stays that one month
    ("Which transfers were signed in July 2020?",
     "SELECT transfer_id FROM pitch.transfers WHERE signed_on >= DATE '2020-07-01' AND signed_on < DATE '2020-08-01'"),
    ("Which players were born in the 1990s?",
     "SELECT full_name FROM pitch.players WHERE birth_date >= DATE '1990-01-01' AND birth_date < DATE '2000-01-01'"),
    ("Who is the tallest player?", "SELECT full_name FROM pitch.players ORDER BY height DESC LIMIT 1"),
    ("Who is the shortest player?", "SELECT full_name FROM pitch.players ORDER BY height LIMIT 1"),
    ("whos the youngest player", "SELECT full_name FROM pitch.players ORDER BY birth_date DESC LIMIT 1"),
    ("how many clubs r there", "SELECT count(*) FROM pitch.clubs"),
    ("How many papers were published in 2020?", "SELECT count(*) FROM paper WHERE year = 2020"),
    ("Which papers were published after 2017?", "SELECT title FROM paper WHERE year > 2017"),
    ("How many papers were published each year?", "SELECT year, count(*) FROM paper GROUP BY year"),
    ("Which transfers had a fee over 200,000?", "SELECT transfer_id FROM pitch.transfers WHERE fee > 200000"),
    ("Which players have a wage over 5k?", "SELECT full_name FROM pitch.players WHERE wage > 5000"),
    ("Which papers' citations are not known?", "SELECT title FROM paper WHERE citations IS NULL"),
    ("Which athletes have a higher world rank than the average?",
     "SELECT athlete_id FROM athlete WHERE world_rank > (SELECT avg(world_rank) FROM athlete)"),
    ("Which athletes are taller than 180?",
     "SELECT p.name FROM athlete a JOIN people p ON p.people_id = a.people_id WHERE p.height > 180"),
    ("Which athletes are older than 30?",
     "SELECT p.name FROM athlete a JOIN people p ON p.people_id = a.people_id WHERE p.age > 30"),
    ("Which athlete won the most medals?",
     "SELECT p.name FROM athlete a JOIN people p ON p.people_id = a.people_id ORDER BY a.medals DESC LIMIT 1"),
    ("Which athlete scored the most points?",
     "SELECT a.athlete_id FROM result r JOIN athlete a ON a.athlete_id = r.athlete_id GROUP BY a.athlete_id "
     "ORDER BY sum(r.points) DESC LIMIT 1"),
    ("Which home towns have more than one athlete?",
     "SELECT p.home_town FROM athlete a JOIN people p ON p.people_id = a.people_id GROUP BY p.home_town "
     "HAVING count(*) > 1"),
    ("Which people are not athletes?",
     "SELECT name FROM people p WHERE NOT EXISTS (SELECT 1 FROM athlete a WHERE a.people_id = p.people_id)"),
    ("Which players havent been transferred?",
     "SELECT full_name FROM pitch.players p WHERE NOT EXISTS "
     "(SELECT 1 FROM pitch.transfers t WHERE t.player_id = p.player_id)"),
]


@pytest.mark.parametrize(("question", "sql"), ORDERED, ids=[q for q, _ in ORDERED])
def test_ordered(pitch, question, sql):
    assert_ordered_as(pitch, question, sql)


@pytest.mark.parametrize(("question", "sql"), ANSWERED, ids=[q for q, _ in ANSWERED])
def test_answered(pitch, question, sql):
    assert_answered_as(pitch, question, sql)


# A registrar, a courier and a bike share (after bench/nl_eval/registrar, logistics, bikes, scholar)
CAMPUS = """
CREATE SCHEMA uni;
CREATE TABLE uni.departments (dept_id integer PRIMARY KEY, dept_name text NOT NULL);
CREATE TABLE uni.instructors (instructor_id integer PRIMARY KEY, name text NOT NULL,
  dept_id integer NOT NULL REFERENCES uni.departments);
CREATE TABLE uni.courses (course_id integer PRIMARY KEY, title text NOT NULL, dept_id integer NOT NULL
  REFERENCES uni.departments, has_lab boolean NOT NULL);
CREATE TABLE uni.sections (section_id integer PRIMARY KEY, course_id integer NOT NULL REFERENCES uni.courses,
  semester text NOT NULL, year integer NOT NULL);
CREATE TABLE uni.teaches (instructor_id integer NOT NULL REFERENCES uni.instructors,
  section_id integer NOT NULL REFERENCES uni.sections);
CREATE TABLE uni.students (student_id integer PRIMARY KEY, name text NOT NULL, dept_id integer NOT NULL
  REFERENCES uni.departments);
CREATE TABLE uni.takes (student_id integer NOT NULL REFERENCES uni.students, section_id integer NOT NULL
  REFERENCES uni.sections, grade text);
INSERT INTO uni.departments SELECT g, 'Dept ' || g FROM generate_series(1, 5) g;
INSERT INTO uni.instructors SELECT g, 'Instructor ' || g, 1 + g % 5 FROM generate_series(1, 8) g;
INSERT INTO uni.courses SELECT g, 'Course ' || chr(64 + g), 1 + g % 4, g % 3 = 0 FROM generate_series(1, 10) g;
INSERT INTO uni.sections SELECT g, 1 + g % 10, (ARRAY['Fall', 'Spring'])[1 + g % 2], 2023 + g % 2
  FROM generate_series(1, 16) g;
INSERT INTO uni.teaches SELECT 1 + (g * 3) % 8, g FROM generate_series(1, 16) g;
INSERT INTO uni.students SELECT g, 'Student ' || g, 1 + (g * 2) % 5 FROM generate_series(1, 20) g;
INSERT INTO uni.takes SELECT 1 + g % 20, 1 + (g * 7) % 16, (ARRAY['A', 'B', 'C'])[1 + g % 3]
  FROM generate_series(1, 50) g;
CREATE TABLE route (route_id integer PRIMARY KEY, route_code text NOT NULL, distance_km integer NOT NULL);
CREATE TABLE parcel (parcel_id integer PRIMARY KEY, tracking_number text NOT NULL, zip_code text NOT NULL,
  weight_kg numeric(6,2) NOT NULL);
INSERT INTO route SELECT g, 'R-' || (100 + g), 100 + (g * 137) % 900 FROM generate_series(1, 8) g;
INSERT INTO parcel SELECT g, 'TRK' || (5000 + g), '9' || (1000 + g % 3), 1 + (g * 7) % 30 FROM generate_series(1, 12) g;
CREATE TABLE station (station_id integer PRIMARY KEY, name text NOT NULL, city text NOT NULL);
CREATE TABLE trip (trip_id integer PRIMARY KEY, start_date timestamp NOT NULL,
  start_station_id integer NOT NULL REFERENCES station, end_station_id integer NOT NULL REFERENCES station);
INSERT INTO station SELECT g, 'Station ' || g, (ARRAY['Oslo', 'Bergen'])[1 + g % 2] FROM generate_series(1, 6) g;
INSERT INTO trip SELECT g, TIMESTAMP '2024-05-01 08:00' + g * INTERVAL '7 hours', 1 + g % 5, 1 + (g * 2) % 4
  FROM generate_series(1, 20) g;
CREATE TABLE keyword (keyword_id integer PRIMARY KEY, keyword text NOT NULL);
CREATE TABLE article (article_id integer PRIMARY KEY, title text NOT NULL, year integer NOT NULL);
CREATE TABLE article_keyword (article_id integer NOT NULL REFERENCES article,
  keyword_id integer NOT NULL REFERENCES keyword);
INSERT INTO keyword SELECT g, 'Keyword ' || g FROM generate_series(1, 7) g;
INSERT INTO article SELECT g, 'Article ' || g, 2010 + g FROM generate_series(1, 9) g;
INSERT INTO article_keyword SELECT 1 + g % 9, 1 + g % 5 FROM generate_series(1, 14) g;
CREATE TABLE customer (customer_id integer PRIMARY KEY, customer_name text NOT NULL, city text NOT NULL);
CREATE TABLE account (account_id integer PRIMARY KEY, customer_id integer NOT NULL REFERENCES customer,
  balance numeric(9,2) NOT NULL);
INSERT INTO customer SELECT g, 'Customer ' || g, (ARRAY['Oslo', 'Bergen', 'Tromso'])[1 + g % 3]
  FROM generate_series(1, 9) g;
INSERT INTO account SELECT g, 1 + g % 8, 500 + (g * 1733) % 6000 FROM generate_series(1, 20) g;
CREATE TABLE battle (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE ship (id integer PRIMARY KEY, name text NOT NULL, lost_in_battle integer NOT NULL REFERENCES battle);
INSERT INTO battle SELECT g, 'Battle ' || g FROM generate_series(1, 6) g;
INSERT INTO ship SELECT g, 'Ship ' || g, 1 + g % 4 FROM generate_series(1, 9) g;
CREATE TABLE staff (staff_id integer PRIMARY KEY, name text NOT NULL, manager_id integer REFERENCES staff);
INSERT INTO staff VALUES (1, 'Ann Berg', NULL), (2, 'Bo Lind', 1), (3, 'Cy Holm', 1), (4, 'Di Ek', 2), (5, 'Ed Ros', 2);
CREATE TABLE book (book_id integer PRIMARY KEY, title text NOT NULL, published_year integer NOT NULL);
INSERT INTO book SELECT g, 'Book ' || g, 1990 + g % 7 FROM generate_series(1, 12) g;
CREATE TABLE faculty (faculty_id integer PRIMARY KEY, fname text NOT NULL, lname text NOT NULL, rank text NOT NULL);
INSERT INTO faculty SELECT g, 'F' || g, 'L' || g, (ARRAY['Professor', 'Lecturer'])[1 + g % 2] FROM generate_series(1, 9) g;
"""


@pytest.fixture(scope="module")
async def campus(session_databases):
    return await _seeded(session_databases, "phrasing_campus", CAMPUS)


CAMPUS_ANSWERED = [
    # a student reaches a course through the sections taken, not through the department both are in
    ("Which students got an A in Course C?",
     "SELECT DISTINCT st.name FROM uni.students st JOIN uni.takes t ON t.student_id = st.student_id "
     "JOIN uni.sections s ON s.section_id = t.section_id JOIN uni.courses c ON c.course_id = s.course_id "
     "WHERE c.title = 'Course C' AND t.grade = 'A'"),
    # ... and an instructor through the sections taught ("taught" names `teaches`), one hop longer
    ("Which instructors taught Course C?",
     "SELECT DISTINCT i.name FROM uni.instructors i JOIN uni.teaches te ON te.instructor_id = i.instructor_id "
     "JOIN uni.sections s ON s.section_id = te.section_id JOIN uni.courses c ON c.course_id = s.course_id "
     "WHERE c.title = 'Course C'"),
    ("Which departments have no lab courses?",
     "SELECT dept_name FROM uni.departments d WHERE NOT EXISTS "
     "(SELECT 1 FROM uni.courses c WHERE c.dept_id = d.dept_id AND c.has_lab)"),
    # guard: a flag before its own table
    ("How many lab courses are there?", "SELECT count(*) FROM uni.courses WHERE has_lab"),
    ("How many courses are in the database?", "SELECT count(*) FROM uni.courses"),
    # a `<table>_code` and a `tracking_number` name their rows, a `zip_code` does not; `weight_kg` is a "weight"
    ("Which route is the longest?", "SELECT route_code FROM route ORDER BY distance_km DESC LIMIT 1"),
    ("Which parcels weigh more than 20 kg?", "SELECT tracking_number FROM parcel WHERE weight_kg > 20"),
    ("How many trips started in Oslo?",
     "SELECT count(*) FROM trip t JOIN station s ON s.station_id = t.start_station_id WHERE s.city = 'Oslo'"),
    ("Which keywords are not used by any article?",
     "SELECT keyword FROM keyword k WHERE NOT EXISTS "
     "(SELECT 1 FROM article_keyword ak WHERE ak.keyword_id = k.keyword_id)"),
    ("Which articles came out before 2015?", "SELECT title FROM article WHERE year < 2015"),
    ("How many faculty members hold each rank?", "SELECT rank, count(*) FROM faculty GROUP BY rank"),
    ("Which customers have more than 9,000 dollars in total across their accounts?",
     "SELECT c.customer_name FROM customer c JOIN account a ON a.customer_id = c.customer_id "
     "GROUP BY c.customer_id, c.customer_name HAVING sum(a.balance) > 9000"),
    ("Which customers have less than 5000 in their accounts?",
     "SELECT c.customer_name FROM customer c JOIN account a ON a.customer_id = c.customer_id "
     "GROUP BY c.customer_id, c.customer_name HAVING sum(a.balance) < 5000"),
    ("Which customer has the most money in their accounts?",
     "SELECT c.customer_name FROM customer c JOIN account a ON a.customer_id = c.customer_id "
     "GROUP BY c.customer_id, c.customer_name ORDER BY sum(a.balance) DESC LIMIT 1"),
    # the verb naming the reference itself ("lost": `lost_in_battle`) is no column to show
    ("In which battles were no ships lost?",
     "SELECT name FROM battle b WHERE NOT EXISTS (SELECT 1 FROM ship s WHERE s.lost_in_battle = b.id)"),
    # a referenced row named by its one full-name column; "who" is the one table referring to itself
    ("Which staff are managed by Bo Lind?", "SELECT name FROM staff WHERE manager_id = 2"),
    ("Who reports to Ann Berg?", "SELECT name FROM staff WHERE manager_id = 1"),
    # misspelt words, read again when the question is refused
    ("How many custmers are there?", "SELECT count(*) FROM customer"),
    ("custmers with more than 2 acccounts",
     "SELECT customer_name FROM customer c WHERE (SELECT count(*) FROM account a "
     "WHERE a.customer_id = c.customer_id) > 2"),
]


@pytest.mark.parametrize(("question", "sql"), CAMPUS_ANSWERED, ids=[q for q, _ in CAMPUS_ANSWERED])
def test_campus_answered(campus, question, sql):
    assert_answered_as(campus, question, sql)


REFUSED = [
    # a trading verb names rows of their own, never the year of the thing traded
    ("How many papers were sold in 2020?", "I don't understand 'sold'"),
    # "the largest" of related rows may be the total or the single largest: still asked
    ("Which player received the largest fee?", "I can't tell whether to rank each player"),
    # a single figure has no order
    ("List the total wage of players in ascending order", "I don't understand 'ascending', 'order'"),
]


@pytest.mark.parametrize(("question", "says"), REFUSED, ids=[q for q, _ in REFUSED])
def test_refused(pitch, question, says):
    assert_refused_saying(pitch, question, says)


def test_two_counts_of_different_rows_are_refused(campus):
    # one join would count the stations once per trip (or the trips as stations)
    assert_refused_saying(campus, "For each city, how many stations does it have and how many trips started there?",
                          "I can only count one kind of row")


def test_a_real_word_is_no_misspelling(campus):
    # "publisher" is one letter from `published_year`'s "published", and a word of its own
    assert_refused_saying(campus, "Which publisher has the most books?", "I don't understand 'publisher'")


def test_a_contraction_before_a_quoted_value_is_spelled_out():
    # the apostrophe of "don't" opens no quoted value; the quoted value itself stays as typed
    assert plain_text("Which clubs don't have 'Club 50,000' as name, or havent 10k?") == \
        "Which clubs do not have 'Club 50,000' as name, or have not 10000?"
