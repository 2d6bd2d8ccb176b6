-- Movies (development-only probe schema), modelled on public text-to-SQL benchmark databases.
-- An IMDB-like cluster in the non-public schema `cinema`: movie, person, the cast_member bridge (with the
-- character's `role` and a billing order; one actor plays two roles in movie 5), the director bridge (movies
-- 10 and 20 have two directors, 76-80 none), genre, movie_genre, rating (movies 66-80 unrated). Keys are
-- declared on movie, person and cast_member only. Persons 1-90 act, 91-110 direct (91-95 also act), 111-120
-- neither; genres 9 and 10 have no movie. Movies 78-80 came out within the last year (dates relative to the
-- seeding day); the others between 1995 and 2024.
-- A college cluster in the public schema, like the college benchmarks (snake_case, no declared keys):
-- department, instructor, course, section (taught by an instructor), student, takes, advisor (s_id refers
-- to a student, i_id to an instructor: two references to people, both `id`), prereq (a course and its
-- prerequisite course). Philosophy has no instructor and no course; instructors 19-24 advise nobody and 21-24
-- teach nothing; courses 27-30 have no section; students 86-100 have no advisor, 91-100 took nothing;
-- students 3, 8 and 12 took a course twice.
CREATE SCHEMA cinema;
CREATE TABLE cinema.movie (movie_id integer PRIMARY KEY, title text NOT NULL, release_date date NOT NULL,
                           runtime_minutes integer, budget numeric(12,2), gross numeric(12,2),
                           language text NOT NULL, country text NOT NULL);
CREATE TABLE cinema.person (person_id integer PRIMARY KEY, name text NOT NULL, birth_date date, birth_country text);
CREATE TABLE cinema.cast_member (movie_id integer NOT NULL REFERENCES cinema.movie,
                                 person_id integer NOT NULL REFERENCES cinema.person,
                                 role text NOT NULL, billing integer NOT NULL);
CREATE TABLE cinema.director (movie_id integer NOT NULL, person_id integer NOT NULL);
CREATE TABLE cinema.genre (genre_id integer NOT NULL, name text NOT NULL);
CREATE TABLE cinema.movie_genre (movie_id integer NOT NULL, genre_id integer NOT NULL);
CREATE TABLE cinema.rating (movie_id integer NOT NULL, stars numeric(3,1) NOT NULL, votes integer NOT NULL);
COMMENT ON COLUMN cinema.cast_member.role IS 'the character played';
COMMENT ON COLUMN cinema.rating.stars IS 'average user rating from 1 to 10';
COMMENT ON COLUMN cinema.movie.gross IS 'box office takings in US dollars';

INSERT INTO cinema.movie
SELECT g,
       (ARRAY['Silent','Broken','Golden','Last','Hidden','Crimson','Frozen','Wild','Lost','Electric'])[1 + (g - 1) % 10]
         || ' ' || (ARRAY['River','Empire','Garden','Horizon','Shadow','Island','Promise','Machine'])[1 + (g - 1) / 10],
       CASE WHEN g = 78 THEN CURRENT_DATE - 12 WHEN g = 79 THEN CURRENT_DATE - 45 WHEN g = 80 THEN CURRENT_DATE - 200
            ELSE DATE '1995-01-01' + (g * 421) % 10950 END,
       CASE WHEN g % 17 = 0 THEN NULL ELSE 85 + (g * 37) % 90 END,
       CASE WHEN g % 11 = 0 THEN NULL ELSE (5 + (g * 13) % 195) * 1000000 END,
       CASE WHEN g % 13 = 0 THEN NULL ELSE (2 + (g * 29) % 400) * 1000000 END,
       (ARRAY['English','English','English','French','Spanish','Japanese','Korean','German'])[1 + (g * 3) % 8],
       (ARRAY['USA','USA','UK','France','Spain','Japan','South Korea','Germany'])[1 + (g * 3) % 8]
FROM generate_series(1, 80) g;

INSERT INTO cinema.person
SELECT g,
       (ARRAY['Anna','Ben','Clara','David','Emma','Felix','Grace','Hugo','Iris','Jonas','Kate','Leo'])[1 + (g - 1) % 12]
         || ' ' || (ARRAY['Adams','Brooks','Chen','Dubois','Evans','Fischer','Garcia','Hayes','Ito','Kim'])[1 + (g - 1) / 12],
       CASE WHEN g % 19 = 0 THEN NULL ELSE DATE '1940-01-01' + (g * 389) % 20000 END,
       CASE WHEN g % 23 = 0 THEN NULL
            ELSE (ARRAY['USA','UK','France','Spain','Japan','South Korea','Germany','Canada','Australia'])[1 + (g * 5) % 9] END
FROM generate_series(1, 120) g;

INSERT INTO cinema.cast_member
SELECT m, 1 + (m * 7 + k * 13) % 95,
       (ARRAY['Detective','Doctor','Captain','Mother','Villain','Teacher','Soldier','Narrator','Pilot','Singer'])[1 + (m + k * 3) % 10],
       k + 1
FROM generate_series(1, 80) m, generate_series(0, 3) k;
INSERT INTO cinema.cast_member VALUES (5, 1 + (5 * 7) % 95, 'Twin Brother', 5);

INSERT INTO cinema.director SELECT m, 91 + (m * 3) % 20 FROM generate_series(1, 75) m;
INSERT INTO cinema.director VALUES (10, 110), (20, 101);

INSERT INTO cinema.genre VALUES (1, 'Drama'), (2, 'Comedy'), (3, 'Action'), (4, 'Thriller'), (5, 'Horror'),
  (6, 'Romance'), (7, 'Science Fiction'), (8, 'Animation'), (9, 'Documentary'), (10, 'Western');
INSERT INTO cinema.movie_genre SELECT m, 1 + m % 8 FROM generate_series(1, 80) m;
INSERT INTO cinema.movie_genre SELECT m, 1 + (m + 3) % 8 FROM generate_series(1, 80) m WHERE m % 3 = 0;

INSERT INTO cinema.rating SELECT m, round(4 + ((m * 37) % 60) / 10.0, 1), 1000 + (m * 7919) % 500000
FROM generate_series(1, 65) m;

CREATE TABLE department (dept_name text, building text, budget numeric(12,2));
CREATE TABLE instructor (id integer, name text, dept_name text, salary numeric(10,2));
CREATE TABLE student (id integer, name text, dept_name text, tot_cred integer, enrolled_year integer);
CREATE TABLE course (course_id text, title text, dept_name text, credits integer);
CREATE TABLE section (course_id text, sec_id text, semester text, year integer, instructor_id integer,
                      building text, room_number text);
CREATE TABLE takes (student_id integer, course_id text, sec_id text, semester text, year integer, grade text);
CREATE TABLE advisor (s_id integer, i_id integer);
CREATE TABLE prereq (course_id text, prereq_id text);

INSERT INTO department VALUES ('Computer Science', 'Taylor', 120000), ('Mathematics', 'Euler', 80000),
  ('Physics', 'Watson', 95000), ('Biology', 'Darwin', 90000), ('History', 'Painter', 50000),
  ('Music', 'Packard', 65000), ('Philosophy', 'Painter', 40000);
INSERT INTO instructor
SELECT g,
       (ARRAY['Srinivasan','Wu','Mozart','Einstein','El Said','Gold','Katz','Califieri','Singh','Crick','Brandt','Kim',
              'Lembr','Bawa','Yazdi','Wieland','Liley','Atanassov','Moreira','Gutierrez','Okafor','Nakamura','Rossi',
              'Petrov'])[g],
       (ARRAY['Computer Science','Mathematics','Physics','Biology','History','Music'])[1 + (g - 1) % 6],
       55000 + (g * 2713) % 60000
FROM generate_series(1, 24) g;
INSERT INTO student
SELECT g,
       (ARRAY['Zhang','Shankar','Brandt','Chavez','Peltier','Levy','Williams','Sanchez','Snow','Tanaka'])[1 + (g - 1) % 10]
         || ' ' || (ARRAY['A.','B.','C.','D.','E.','F.','G.','H.','J.','K.'])[1 + (g - 1) / 10],
       (ARRAY['Computer Science','Mathematics','Physics','Biology','History','Music','Philosophy'])[1 + (g * 3) % 7],
       (g * 17) % 130, 2019 + g % 5
FROM generate_series(1, 100) g;
INSERT INTO course
SELECT (ARRAY['CS','MATH','PHYS','BIO','HIST','MUS'])[1 + (g - 1) % 6] || '-' || (101 + (g - 1) / 6 * 100),
       (ARRAY['Intro to Programming','Calculus I','Mechanics','Cell Biology','World History','Music Theory',
              'Data Structures','Linear Algebra','Electromagnetism','Genetics','Medieval Europe','Harmony',
              'Databases','Probability','Quantum Physics','Ecology','Modern Asia','Composition',
              'Operating Systems','Number Theory','Optics','Microbiology','The Cold War','Orchestration',
              'Machine Learning','Topology','Astrophysics','Neuroscience','Historiography','Jazz'])[g],
       (ARRAY['Computer Science','Mathematics','Physics','Biology','History','Music'])[1 + (g - 1) % 6],
       CASE WHEN g % 4 = 0 THEN 4 WHEN g % 7 = 0 THEN 2 ELSE 3 END
FROM generate_series(1, 30) g;
INSERT INTO prereq
SELECT (ARRAY['CS','MATH','PHYS','BIO','HIST','MUS'])[1 + (g - 1) % 6] || '-' || (101 + (g - 1) / 6 * 100),
       (ARRAY['CS','MATH','PHYS','BIO','HIST','MUS'])[1 + (g - 7) % 6] || '-' || (101 + (g - 7) / 6 * 100)
FROM generate_series(7, 30) g WHERE g % 2 = 1;
INSERT INTO prereq VALUES ('CS-501', 'MATH-101');
INSERT INTO section
SELECT c.course_id, '1', CASE WHEN (g + t) % 2 = 0 THEN 'Fall' ELSE 'Spring' END, 2022 + (g + t) % 3,
       1 + (g * 7 + t * 3) % 20,
       (ARRAY['Taylor','Euler','Watson','Darwin','Painter','Packard'])[1 + (g + t) % 6], (100 + (g * 7 + t) % 30)::text
FROM generate_series(1, 26) g, generate_series(1, 2) t,
     LATERAL (SELECT (ARRAY['CS','MATH','PHYS','BIO','HIST','MUS'])[1 + (g - 1) % 6] || '-' || (101 + (g - 1) / 6 * 100)
              AS course_id) c;
INSERT INTO takes
SELECT s, sec.course_id, sec.sec_id, sec.semester, sec.year,
       (ARRAY['A','A-','B+','B','B-','C','F'])[1 + (s + k * 3) % 7]
FROM generate_series(1, 90) s, generate_series(0, 3) k,
     LATERAL (SELECT * FROM section ORDER BY course_id, year, semester
              OFFSET (s * 7 + k * 11) % 52 LIMIT 1) sec;
INSERT INTO takes
SELECT t.student_id, t.course_id, s.sec_id, s.semester, s.year, 'B'
FROM takes t JOIN section s ON s.course_id = t.course_id AND (s.semester, s.year) <> (t.semester, t.year)
WHERE t.student_id IN (3, 8, 12)
  AND t.course_id = (SELECT min(course_id) FROM takes WHERE student_id = t.student_id);
INSERT INTO advisor SELECT s, 1 + (s * 5) % 18 FROM generate_series(1, 85) s;
