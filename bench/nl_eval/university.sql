-- University: departments, instructors, students, courses, sections taught and taken, advisors.
-- No declared keys at all (joins go through dept_name, course_id, student_id, instructor_id).
CREATE TABLE department (dept_name text, building text, budget numeric(12,2));
CREATE TABLE instructor (instructor_id integer, name text, dept_name text, salary numeric(10,2));
CREATE TABLE student (student_id integer, name text, dept_name text, tot_cred integer, enrolled_year integer);
CREATE TABLE course (course_id text, title text, dept_name text, credits integer);
CREATE TABLE teaches (instructor_id integer, course_id text, semester text, year integer);
CREATE TABLE takes (student_id integer, course_id text, semester text, year integer, grade text);
CREATE TABLE advisor (student_id integer, instructor_id integer);
CREATE TABLE classroom (building text, room_number text, capacity integer);

INSERT INTO department VALUES ('Biology', 'Watson', 90000), ('Comp. Sci.', 'Taylor', 100000),
  ('Elec. Eng.', 'Taylor', 85000), ('Finance', 'Painter', 120000), ('History', 'Painter', 50000),
  ('Music', 'Packard', 80000), ('Physics', 'Watson', 70000), ('Mathematics', 'Taylor', 95000);
INSERT INTO classroom VALUES ('Packard', '101', 500), ('Painter', '514', 10), ('Taylor', '3128', 70),
  ('Watson', '100', 30), ('Watson', '120', 50), ('Taylor', '201', 120);
INSERT INTO instructor
SELECT 10000 + g,
       (ARRAY['Srinivasan','Wu','Mozart','Einstein','El Said','Gold','Katz','Califieri','Singh','Crick','Brandt',
              'Kim','Lembr','Bawa','Yazdi','Wieland','Liley','Atanassov','Moreira','Gutierrez'])[g],
       (ARRAY['Comp. Sci.','Finance','Music','Physics','History','Physics','Comp. Sci.','History','Finance',
              'Biology','Comp. Sci.','Elec. Eng.','Mathematics','Mathematics','Biology','Elec. Eng.','Music',
              'Physics','Finance','History'])[g],
       60000 + (g * 3917) % 40000
FROM generate_series(1, 20) g;
INSERT INTO course VALUES
  ('BIO-101', 'Intro. to Biology', 'Biology', 4), ('BIO-301', 'Genetics', 'Biology', 4),
  ('BIO-399', 'Computational Biology', 'Biology', 3), ('CS-101', 'Intro. to Computer Science', 'Comp. Sci.', 4),
  ('CS-190', 'Game Design', 'Comp. Sci.', 4), ('CS-315', 'Robotics', 'Comp. Sci.', 3),
  ('CS-319', 'Image Processing', 'Comp. Sci.', 3), ('CS-347', 'Database System Concepts', 'Comp. Sci.', 3),
  ('EE-181', 'Intro. to Digital Systems', 'Elec. Eng.', 3), ('FIN-201', 'Investment Banking', 'Finance', 3),
  ('HIS-351', 'World History', 'History', 3), ('MU-199', 'Music Video Production', 'Music', 3),
  ('PHY-101', 'Physical Principles', 'Physics', 4), ('MA-101', 'Calculus', 'Mathematics', 4),
  ('MA-230', 'Linear Algebra', 'Mathematics', 3), ('MA-410', 'Topology', 'Mathematics', 3);
INSERT INTO student
SELECT 20000 + g,
       (ARRAY['Zhang','Shankar','Brandt','Chavez','Peltier','Levy','Williams','Sanchez','Snow','Brown','Aoi',
              'Bourikas','Tanaka','Okafor','Novak','Haddad','Ivanova','Larsen','Moreau','Silva'])[1 + (g * 7) % 20]
         || ' ' || chr(65 + g % 26) || '.',
       (ARRAY['Biology','Comp. Sci.','Elec. Eng.','Finance','History','Music','Physics','Mathematics'])[1 + (g * 3) % 8],
       (g * 13) % 140, 2019 + g % 6
FROM generate_series(1, 240) g;
INSERT INTO teaches
SELECT 10000 + 1 + (g * 7) % 16, c.course_id, (ARRAY['Fall','Spring','Summer'])[1 + g % 3], 2021 + g % 4
FROM generate_series(1, 40) g
JOIN (SELECT course_id, row_number() OVER (ORDER BY course_id) AS n FROM course) c ON c.n = 1 + g % 16;
INSERT INTO takes
SELECT 20000 + 1 + (g * g) % 240, c.course_id, (ARRAY['Fall','Spring','Summer'])[1 + g % 3], 2021 + (g * 5) % 4,
       CASE WHEN g % 23 = 0 THEN NULL ELSE (ARRAY['A','A-','B+','B','B-','C+','C','F'])[1 + (g * 11) % 8] END
FROM generate_series(1, 900) g
JOIN (SELECT course_id, row_number() OVER (ORDER BY course_id) AS n FROM course) c ON c.n = 1 + (g * 3) % 14;
INSERT INTO advisor SELECT 20000 + g, 10000 + 1 + (g * 3) % 20 FROM generate_series(1, 240, 2) g;
