"""The offline engine on a schema like the movies probe (bench/nl_eval/movies.sql), written for these tests:
an IMDB-like cluster in the non-public schema `cinema` (`movie` and `person` with declared keys, a keyless
`director` link table of two references, a `rating` table with `stars` and `votes`) beside an unrelated
keyless college cluster in `public` (`department`, `student` and `instructor` keyed by a bare `id`,
`takes`, `course`, `advisor` with `s_id` and `i_id`; both clusters have a `budget` and a `title`).
Misreadings found there, each fixed generally: "how many directors" counted the link table's rows
(credits, not people); `takes.student_id` was taken as takes' own key, so students reached their grades
through their department's courses; `advisor.s_id` / `i_id` joined nothing; "top 5 movies by rating"
counted rating rows; "movies" was no form of `movie`; `runtime_minutes` was not "runtime", `release_date`
not "released"; a `budget` of two unrelated clusters was refused although the other words name one.
Answers are compared by result with hand-written SQL on real PostgreSQL."""
from __future__ import annotations

import pytest

from tests.nl_to_sql.offline_checks import assert_answered_as, assert_refused_saying, inferred_edges
from tests.nl_to_sql.test_offline_schemas import _seeded

SCRIPT = """
CREATE SCHEMA cinema;
CREATE TABLE cinema.movie (movie_id integer PRIMARY KEY, title text NOT NULL, release_date date NOT NULL,
  runtime_minutes integer, budget numeric(12,2), language text NOT NULL, country text NOT NULL);
CREATE TABLE cinema.person (person_id integer PRIMARY KEY, name text NOT NULL, birth_date date);
CREATE TABLE cinema.director (movie_id integer NOT NULL, person_id integer NOT NULL);
CREATE TABLE cinema.rating (movie_id integer NOT NULL, stars numeric(3,1) NOT NULL, votes integer NOT NULL);
INSERT INTO cinema.movie SELECT g, 'Movie ' || g, DATE '1990-01-01' + g * 400, 80 + (g * 37) % 90,
  (5 + (g * 13) % 195) * 1000000, (ARRAY['English','French','Korean'])[1 + g % 3], (ARRAY['USA','France','South Korea'])[1 + g % 3]
  FROM generate_series(1, 30) g;
INSERT INTO cinema.person SELECT g, 'Person ' || g, DATE '1950-01-01' + g * 300 FROM generate_series(1, 12) g;
INSERT INTO cinema.director SELECT m, 1 + m % 6 FROM generate_series(1, 28) m;
INSERT INTO cinema.rating SELECT m, 4 + (m * 7) % 60 / 10.0, 1000 + m * 37 FROM generate_series(1, 25) m;
CREATE TABLE department (dept_name text, building text, budget numeric(12,2));
CREATE TABLE student (id integer, name text, dept_name text, tot_cred integer);
CREATE TABLE course (course_id text, title text, dept_name text, credits integer);
CREATE TABLE takes (student_id integer, course_id text, grade text);
CREATE TABLE instructor (id integer, name text, dept_name text, salary numeric(10,2));
CREATE TABLE advisor (s_id integer, i_id integer);
INSERT INTO instructor SELECT g, 'Instructor ' || g, (ARRAY['Physics','History','Music'])[1 + g % 3], 60000 + g * 1000
  FROM generate_series(1, 8) g;
INSERT INTO advisor SELECT s, 1 + s % 6 FROM generate_series(1, 30) s;
INSERT INTO department VALUES ('Physics', 'Watson', 95000), ('History', 'Painter', 50000), ('Music', 'Painter', 65000);
INSERT INTO student SELECT g, 'Student ' || g, (ARRAY['Physics','History','Music'])[1 + g % 3], g * 7 % 130
  FROM generate_series(1, 40) g;
INSERT INTO course SELECT 'C-' || g, 'Course ' || g, (ARRAY['Physics','History','Music'])[1 + g % 3], 3 FROM generate_series(1, 9) g;
INSERT INTO takes SELECT s, 'C-' || (1 + (s + k) % 9), (ARRAY['A','B','C','F'])[1 + (s * 3 + k) % 4]
  FROM generate_series(1, 36) s, generate_series(0, 2) k;
"""


@pytest.fixture(scope="module")
async def movies(session_databases):
    return await _seeded(session_databases, "movies_probe", SCRIPT)


def test_a_reference_named_after_a_table_keyed_by_a_bare_id_is_never_its_own_tables_key(movies):
    _, schema, _ = movies
    edges = inferred_edges(schema)
    assert ("takes", ("student_id",), "student", ("id",)) in edges
    # the initial of the one table keyed by a bare `id` (college benchmarks' `advisor.s_ID`, `i_ID`)
    assert ("advisor", ("s_id",), "student", ("id",)) in edges
    assert ("advisor", ("i_id",), "instructor", ("id",)) in edges


ANSWERED = [
    # `takes.student_id` refers to `student.id` (once the students' department and its courses)
    ("Students who got an F",
     "SELECT s.id, s.name FROM student s WHERE EXISTS (SELECT 1 FROM takes t WHERE t.student_id = s.id AND t.grade = 'F')"),
    ("Students without an advisor",
     "SELECT s.id FROM student s WHERE NOT EXISTS (SELECT 1 FROM advisor a WHERE a.s_id = s.id)"),
    # "movies" is a form of `movie`
    ("How many movies are there?", "SELECT count(*) FROM cinema.movie"),
    ("Number of movies per language", "SELECT language, count(*) FROM cinema.movie GROUP BY language"),
    # `runtime_minutes` is the runtime, `release_date` what "released" names
    ("What is the average runtime of movies?", "SELECT avg(runtime_minutes) FROM cinema.movie"),
    ("Which movies were released in 2000?",
     "SELECT title FROM cinema.movie WHERE release_date >= '2000-01-01' AND release_date < '2001-01-01'"),
    ("Number of movies released per year",
     "SELECT date_trunc('year', release_date), count(*) FROM cinema.movie GROUP BY 1"),
    # a `budget` of two unrelated clusters: the other words are in one of them
    ("Average budget per country", "SELECT country, avg(budget) FROM cinema.movie GROUP BY country"),
    ("Which building has the largest total budget?",
     "SELECT building, sum(budget) FROM department GROUP BY building ORDER BY 2 DESC LIMIT 1"),
    ("Titles of Music courses", "SELECT title FROM course WHERE dept_name = 'Music'"),
    # the rows of a link table, said so
    ("How many director rows are there?", "SELECT count(*) FROM cinema.director"),
    ("Number of directors per movie",
     "SELECT m.movie_id, count(*) FROM cinema.movie m JOIN cinema.director d ON d.movie_id = m.movie_id GROUP BY 1"),
    ("Top 3 movies by number of ratings",
     "SELECT m.movie_id, count(*) FROM cinema.movie m JOIN cinema.rating r ON r.movie_id = m.movie_id "
     "GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 3"),
]

REFUSED = [
    # a keyless table of only two references holds pairs: the people, or every (movie, person) pair?
    ("How many directors are there?", "counts: the different ones, or every row of director"),
    ("How many different directors are there?", "counts: the different ones, or every row of director"),
    # a table said in the singular after "by": its number of rows, or a column of it?
    ("Top 5 movies by rating", "ranks by the number of rating rows or by a column of rating"),
    # nothing else says which cluster's budget
    ("What is the total budget?", "could be any of"),
]


@pytest.mark.parametrize(("question", "sql"), ANSWERED, ids=[q for q, _ in ANSWERED])
def test_answered(movies, question, sql):
    assert_answered_as(movies, question, sql)


@pytest.mark.parametrize(("question", "says"), REFUSED, ids=[q for q, _ in REFUSED])
def test_refused(movies, question, says):
    assert_refused_saying(movies, question, says)
