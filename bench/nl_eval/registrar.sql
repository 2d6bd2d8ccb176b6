-- Registrar (development-only probe schema), modelled on public text-to-SQL benchmark databases.
-- A university registrar cluster in the non-public schema `reg`, like Spider's college_2: departments (dept_name,
-- building, budget in dollars), classrooms (keyed by building and room_number, capacity in seats), instructors (a
-- department, salary in dollars or NULL when not yet set, hire_date), courses (course_id codes such as 'CS-101', title,
-- department, credits, has_lab), prereqs (course_id and prereq_id, both referencing courses), sections (a course in a
-- semester 'Fall' or 'Spring' of a year, meeting in building + room_number), teaches (instructor, section), students
-- (department = major, tot_cred credits earned, advisor_id an instructor or NULL, enrolled_on) and takes (student,
-- section, grade 'A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'D' or 'F', NULL when not yet graded). Primary keys on all
-- nine tables; foreign keys declared everywhere except sections (building, room_number) -> classrooms and
-- students.advisor_id -> instructors.
-- 10 departments: Computer Science has the largest budget (950000), Philosophy the smallest (250000) and no
-- instructor, course or student; Packard houses the most departments (3: History, Economics, English), Taylor one;
-- the average budget is 576000 (Computer Science, Mathematics, Physics, Biology and Chemistry are above it).
-- 11 classrooms in 6 buildings: Packard 101 is the largest (500 seats), Painter 514 the smallest (10); Lamberton 134
-- never hosted a section. 17 instructors: Alan Brennan (Computer Science) is the best paid (112000), then Ruth Adeyemi
-- (104000) and Li Wei (99000); Oscar Lindqvist earns the least (58000); Victor Reyes (Chemistry) has no salary and
-- was hired last (2024-01-08); Eleanor Whitfield was hired first (2003-08-25); average salary 84343.75; Computer
-- Science has the most instructors (3) and the highest average salary (99000); Music and English have one each;
-- Biology has the highest budget per instructor (420000). 25 courses: Computer Science has the most (7); Music
-- Theory is the only 2-credit course, 12 courses have 4 credits, 8 have a lab; Machine Learning, Probability, History
-- of Science and Organic Chemistry were never offered. 18 prerequisite pairs: Machine Learning has the most
-- prerequisites (3; 6 courses directly or indirectly), Data Structures is the prerequisite of the most courses (4);
-- 12 courses have no prerequisite; Machine Learning, Electromagnetism, Computational Biology and Econometrics have a
-- prerequisite from another department.
-- 30 sections: Fall 2023 8, Spring 2024 6, Fall 2024 9, Spring 2025 7; Intro to Programming has the most (3); Taylor
-- 3128 hosted the most (5) and Watson the most of any building (8); section 3 (Intro to Programming, Spring 2025) has
-- no student, section 11 (Calculus I, Fall 2023) the most (6). 32 teaches rows: sections 7 (Robotics) and 21
-- (Computational Biology) are co-taught; Alan Brennan taught the most sections (5) and the most enrollments (15),
-- Helen Marsh the most different students (8); James Holloway and Victor Reyes never taught; Daniel Feld and Kevin
-- Osei taught a course of another department.
-- 28 students: Computer Science has the most (7); Rosa Martinez has the most credits (128), then Chloe Dubois (120)
-- and Olivia Grant (115); Umar Farouk has the fewest (12), joined last (2025-01-13) and never took a course; Umar
-- Farouk and Xenia Popescu have no advisor; Alan Brennan advises the most students (3), Hannah Cole none; Valentina
-- Rossi and Bianca Ferrari have an advisor from another department. 79 takes rows: 12 ungraded (every Spring 2025
-- enrollment and Zoe Laurent's Fall 2024 Principles of Economics); Valentina Rossi has the only F, Pedro Alves the
-- only D; Chloe Dubois took the most sections (6); Calculus I has the most enrollments (9); Fall 2023 the most
-- enrollments of any semester (29); Farid Nazari has the highest credit-weighted GPA (4.0, then William Chen 3.9).
-- A wedding cluster in the public schema, like Spider's wedding (declared keys; wedding.male_id and female_id both
-- reference people): 20 people (10 men, 10 women) from 10 countries, the United States the most (5); Henrik Dahl is
-- the oldest (52), Nora Kelly the youngest (22), Lena Hoffmann's age is NULL; Henrik Dahl and Nora Kelly never
-- married, Ricky Barnes and Annie Mediate married twice. 8 churches: Chapel of St. Anne opened first (1795-08-15), New
-- Hope Community Church last (2008-04-13); Holy Trinity Church, Riverside Baptist Church and New Hope Community Church
-- continue an earlier congregation (continuation_of, NULL for the others); St. Mary's Cathedral hosted the most
-- weddings (3), St. Brigid's Church none. 10 weddings 2015-2023, two in 2019 and one in every other year; Marco
-- Bianchi and Giulia Romano are the only couple with an older bride; three couples come from different countries.
-- An activity cluster in the public schema, like Spider's activity_1 (no declared keys, capitalised quoted columns;
-- faculty_participates_in."FacID" = faculty."FacID", faculty_participates_in."ActID" = activity."ActID"): 15 faculty
-- members, Barton has the most offices (6); ranks Professor 5, AsstProf 4, AssocProf 3, Instructor 3; 10 activities
-- and 31 participations; Volunteer Tutoring has the most participants (7), Yoga none; Laura Abbott takes part in the
-- most activities (4), Ravi Patel in none; Laura Abbott and Anna Kowal are in both Choir and Photography.
CREATE SCHEMA reg;
CREATE TABLE reg.departments (dept_id integer PRIMARY KEY, dept_name text NOT NULL UNIQUE, building text NOT NULL,
                              budget numeric(12,2) NOT NULL);
CREATE TABLE reg.classrooms (building text NOT NULL, room_number text NOT NULL, capacity integer NOT NULL,
                             PRIMARY KEY (building, room_number));
CREATE TABLE reg.instructors (instructor_id integer PRIMARY KEY, name text NOT NULL,
                              dept_id integer NOT NULL REFERENCES reg.departments, salary numeric(9,2),
                              hire_date date NOT NULL);
CREATE TABLE reg.courses (course_id text PRIMARY KEY, title text NOT NULL, dept_id integer NOT NULL REFERENCES reg.departments,
                          credits integer NOT NULL, has_lab boolean NOT NULL);
CREATE TABLE reg.prereqs (course_id text NOT NULL REFERENCES reg.courses, prereq_id text NOT NULL REFERENCES reg.courses,
                          PRIMARY KEY (course_id, prereq_id));
CREATE TABLE reg.sections (section_id integer PRIMARY KEY, course_id text NOT NULL REFERENCES reg.courses,
                           semester text NOT NULL, year integer NOT NULL, building text NOT NULL, room_number text NOT NULL);
CREATE TABLE reg.teaches (instructor_id integer NOT NULL REFERENCES reg.instructors,
                          section_id integer NOT NULL REFERENCES reg.sections, PRIMARY KEY (instructor_id, section_id));
CREATE TABLE reg.students (student_id integer PRIMARY KEY, name text NOT NULL, dept_id integer NOT NULL REFERENCES reg.departments,
                           tot_cred integer NOT NULL, advisor_id integer, enrolled_on date NOT NULL);
CREATE TABLE reg.takes (student_id integer NOT NULL REFERENCES reg.students, section_id integer NOT NULL REFERENCES reg.sections,
                        grade text, PRIMARY KEY (student_id, section_id));
COMMENT ON COLUMN reg.departments.budget IS 'annual budget in US dollars';
COMMENT ON COLUMN reg.instructors.salary IS 'annual salary in US dollars, NULL when not yet set';
COMMENT ON COLUMN reg.courses.has_lab IS 'true when the course has a lab component';
COMMENT ON COLUMN reg.prereqs.course_id IS 'the course that has the prerequisite';
COMMENT ON COLUMN reg.prereqs.prereq_id IS 'courses.course_id of the course that must be taken first';
COMMENT ON COLUMN reg.sections.semester IS 'Fall or Spring';
COMMENT ON COLUMN reg.sections.building IS 'classrooms.building of the room the section meets in';
COMMENT ON COLUMN reg.sections.room_number IS 'classrooms.room_number (with building) of the room the section meets in';
COMMENT ON COLUMN reg.students.tot_cred IS 'total credits earned so far';
COMMENT ON COLUMN reg.students.advisor_id IS 'instructors.instructor_id of the student''s advisor, NULL when none assigned';
COMMENT ON COLUMN reg.takes.grade IS 'letter grade A, A-, B+, B, B-, C+, C, C-, D or F; NULL when not yet graded';

INSERT INTO reg.departments VALUES
  (1, 'Computer Science', 'Taylor', 950000.00),
  (2, 'Mathematics', 'Watson', 620000.00),
  (3, 'Physics', 'Watson', 780000.00),
  (4, 'Biology', 'Painter', 840000.00),
  (5, 'History', 'Packard', 410000.00),
  (6, 'Economics', 'Packard', 560000.00),
  (7, 'Music', 'Conrad', 300000.00),
  (8, 'English', 'Packard', 350000.00),
  (9, 'Chemistry', 'Painter', 700000.00),
  (10, 'Philosophy', 'Conrad', 250000.00);

INSERT INTO reg.classrooms VALUES
  ('Taylor', '3128', 70),
  ('Taylor', '210', 40),
  ('Watson', '100', 30),
  ('Watson', '120', 50),
  ('Painter', '514', 10),
  ('Painter', '301', 60),
  ('Packard', '101', 500),
  ('Packard', '205', 35),
  ('Conrad', '12', 25),
  ('Conrad', '150', 80),
  ('Lamberton', '134', 45);

INSERT INTO reg.instructors VALUES
  (1, 'Alan Brennan', 1, 112000.00, '2009-08-17'),
  (2, 'Priya Natarajan', 1, 98000.00, '2014-01-06'),
  (3, 'Kevin Osei', 1, 87000.00, '2019-08-19'),
  (4, 'Helen Marsh', 2, 91000.00, '2011-08-22'),
  (5, 'Tomasz Kowalski', 2, 76000.00, '2018-01-08'),
  (6, 'Ruth Adeyemi', 3, 104000.00, '2007-08-27'),
  (7, 'Daniel Feld', 3, 88000.00, '2016-08-15'),
  (8, 'Maria Castillo', 4, 95000.00, '2012-01-09'),
  (9, 'Samuel Okafor', 4, 72000.00, '2021-08-16'),
  (10, 'Eleanor Whitfield', 5, 68000.00, '2003-08-25'),
  (11, 'James Holloway', 5, 61000.00, '2022-01-10'),
  (12, 'Li Wei', 6, 99000.00, '2015-08-17'),
  (13, 'Nadia Haddad', 6, 83000.00, '2020-01-13'),
  (14, 'Oscar Lindqvist', 7, 58000.00, '2017-08-21'),
  (15, 'Grace Mbeki', 8, 64000.00, '2013-08-19'),
  (16, 'Victor Reyes', 9, NULL, '2024-01-08'),
  (17, 'Hannah Cole', 9, 93500.00, '2010-08-23');

INSERT INTO reg.courses VALUES
  ('CS-101', 'Intro to Programming', 1, 4, true),
  ('CS-190', 'Game Design', 1, 3, false),
  ('CS-201', 'Data Structures', 1, 4, false),
  ('CS-315', 'Robotics', 1, 3, true),
  ('CS-319', 'Image Processing', 1, 3, false),
  ('CS-347', 'Database Systems', 1, 3, false),
  ('CS-420', 'Machine Learning', 1, 4, false),
  ('MA-101', 'Calculus I', 2, 4, false),
  ('MA-102', 'Calculus II', 2, 4, false),
  ('MA-221', 'Linear Algebra', 2, 3, false),
  ('MA-310', 'Probability', 2, 3, false),
  ('PHY-101', 'Physical Principles', 3, 4, true),
  ('PHY-220', 'Electromagnetism', 3, 4, true),
  ('BIO-101', 'Intro to Biology', 4, 4, true),
  ('BIO-301', 'Genetics', 4, 4, true),
  ('BIO-399', 'Computational Biology', 4, 3, false),
  ('HIS-101', 'World History', 5, 3, false),
  ('HIS-351', 'History of Science', 5, 3, false),
  ('EC-101', 'Principles of Economics', 6, 3, false),
  ('EC-250', 'Econometrics', 6, 4, false),
  ('MU-110', 'Music Theory', 7, 2, false),
  ('MU-199', 'Music Video Production', 7, 3, false),
  ('EN-120', 'Academic Writing', 8, 3, false),
  ('CH-101', 'General Chemistry', 9, 4, true),
  ('CH-230', 'Organic Chemistry', 9, 4, true);

INSERT INTO reg.prereqs VALUES
  ('CS-201', 'CS-101'),
  ('CS-315', 'CS-201'),
  ('CS-319', 'CS-201'),
  ('CS-347', 'CS-201'),
  ('CS-420', 'CS-201'),
  ('CS-420', 'MA-221'),
  ('CS-420', 'MA-310'),
  ('MA-102', 'MA-101'),
  ('MA-221', 'MA-101'),
  ('MA-310', 'MA-102'),
  ('PHY-220', 'PHY-101'),
  ('PHY-220', 'MA-102'),
  ('BIO-301', 'BIO-101'),
  ('BIO-399', 'BIO-101'),
  ('BIO-399', 'CS-101'),
  ('EC-250', 'EC-101'),
  ('EC-250', 'MA-310'),
  ('CH-230', 'CH-101');

INSERT INTO reg.sections VALUES
  (1, 'CS-101', 'Fall', 2023, 'Packard', '101'),
  (2, 'CS-101', 'Fall', 2024, 'Packard', '101'),
  (3, 'CS-101', 'Spring', 2025, 'Taylor', '3128'),
  (4, 'CS-190', 'Spring', 2024, 'Taylor', '3128'),
  (5, 'CS-201', 'Spring', 2024, 'Taylor', '3128'),
  (6, 'CS-201', 'Spring', 2025, 'Taylor', '3128'),
  (7, 'CS-315', 'Fall', 2024, 'Watson', '120'),
  (8, 'CS-319', 'Spring', 2024, 'Watson', '100'),
  (9, 'CS-347', 'Fall', 2023, 'Taylor', '3128'),
  (10, 'CS-347', 'Fall', 2024, 'Taylor', '210'),
  (11, 'MA-101', 'Fall', 2023, 'Watson', '120'),
  (12, 'MA-101', 'Fall', 2024, 'Watson', '120'),
  (13, 'MA-102', 'Spring', 2024, 'Watson', '120'),
  (14, 'MA-221', 'Spring', 2025, 'Watson', '100'),
  (15, 'PHY-101', 'Fall', 2023, 'Watson', '100'),
  (16, 'PHY-101', 'Fall', 2024, 'Painter', '301'),
  (17, 'PHY-220', 'Spring', 2025, 'Watson', '100'),
  (18, 'BIO-101', 'Fall', 2023, 'Painter', '301'),
  (19, 'BIO-101', 'Spring', 2025, 'Painter', '301'),
  (20, 'BIO-301', 'Spring', 2024, 'Painter', '514'),
  (21, 'BIO-399', 'Fall', 2024, 'Painter', '514'),
  (22, 'HIS-101', 'Fall', 2023, 'Packard', '205'),
  (23, 'HIS-101', 'Spring', 2025, 'Packard', '205'),
  (24, 'EC-101', 'Fall', 2023, 'Packard', '101'),
  (25, 'EC-101', 'Fall', 2024, 'Packard', '205'),
  (26, 'EC-250', 'Spring', 2025, 'Packard', '205'),
  (27, 'MU-199', 'Spring', 2024, 'Conrad', '150'),
  (28, 'MU-110', 'Fall', 2024, 'Conrad', '12'),
  (29, 'EN-120', 'Fall', 2023, 'Conrad', '12'),
  (30, 'CH-101', 'Fall', 2024, 'Painter', '301');

INSERT INTO reg.teaches VALUES
  (1, 1), (3, 2), (3, 3), (2, 4), (1, 5), (1, 6), (2, 7), (7, 7), (2, 8), (1, 9), (1, 10),
  (4, 11), (5, 12), (4, 13), (4, 14), (6, 15), (7, 16), (6, 17), (8, 18), (9, 19), (8, 20),
  (8, 21), (3, 21), (10, 22), (10, 23), (12, 24), (13, 25), (12, 26), (14, 27), (14, 28), (15, 29), (17, 30);

INSERT INTO reg.students VALUES
  (1, 'Aisha Rahman', 1, 98, 1, '2022-09-01'),
  (2, 'Ben Carter', 1, 45, 2, '2023-09-01'),
  (3, 'Chloe Dubois', 1, 120, 1, '2021-09-01'),
  (4, 'Diego Herrera', 1, 30, 3, '2024-01-15'),
  (5, 'Emily Zhang', 1, 76, 2, '2022-09-01'),
  (6, 'Farid Nazari', 2, 88, 4, '2022-09-01'),
  (7, 'Gabriela Souza', 2, 54, 5, '2023-09-01'),
  (8, 'Hiroshi Tanaka', 3, 102, 6, '2021-09-01'),
  (9, 'Isabel Moreno', 3, 64, 7, '2023-01-17'),
  (10, 'Jonas Berg', 4, 110, 8, '2021-09-01'),
  (11, 'Kira Ivanova', 4, 40, 9, '2024-01-15'),
  (12, 'Liam O''Connor', 5, 95, 10, '2022-09-01'),
  (13, 'Maya Patel', 5, 22, 11, '2024-09-03'),
  (14, 'Noah Fischer', 6, 70, 12, '2022-09-01'),
  (15, 'Olivia Grant', 6, 115, 12, '2021-09-01'),
  (16, 'Pedro Alves', 6, 35, 13, '2024-01-15'),
  (17, 'Quinn Harper', 7, 60, 14, '2023-09-01'),
  (18, 'Rosa Martinez', 7, 128, 14, '2020-09-01'),
  (19, 'Sam Whitaker', 8, 82, 15, '2022-09-01'),
  (20, 'Tara Singh', 9, 48, 16, '2023-09-01'),
  (21, 'Umar Farouk', 9, 12, NULL, '2025-01-13'),
  (22, 'Valentina Rossi', 1, 58, 7, '2023-09-01'),
  (23, 'William Chen', 2, 105, 4, '2021-09-01'),
  (24, 'Xenia Popescu', 3, 26, NULL, '2024-09-03'),
  (25, 'Yusuf Demir', 4, 72, 8, '2022-09-01'),
  (26, 'Zoe Laurent', 8, 18, 15, '2024-09-03'),
  (27, 'Ahmed Saleh', 1, 66, 1, '2023-01-17'),
  (28, 'Bianca Ferrari', 6, 90, 5, '2022-01-18');

INSERT INTO reg.takes VALUES
  (1, 1, 'A'), (1, 5, 'A-'), (1, 9, 'B+'), (1, 7, 'A'), (1, 11, 'A'),
  (2, 1, 'B'), (2, 5, 'C+'), (2, 10, 'B'),
  (3, 1, 'A'), (3, 5, 'A'), (3, 9, 'A'), (3, 8, 'A-'), (3, 7, 'A-'), (3, 24, 'B+'),
  (4, 4, 'B+'), (4, 2, 'A-'), (4, 6, NULL),
  (5, 1, 'B+'), (5, 5, 'B'), (5, 4, 'A'), (5, 14, NULL),
  (6, 11, 'A'), (6, 13, 'A'), (6, 14, NULL),
  (7, 11, 'B'), (7, 13, 'C'), (7, 17, NULL),
  (8, 15, 'A'), (8, 13, 'B+'), (8, 7, 'A-'), (8, 17, NULL),
  (9, 16, 'A-'), (9, 12, 'B+'),
  (10, 18, 'A'), (10, 20, 'A-'), (10, 21, 'B+'),
  (11, 19, NULL), (11, 30, 'B+'),
  (12, 22, 'A-'), (12, 24, 'B'), (12, 29, 'A'),
  (13, 23, NULL),
  (14, 24, 'B+'), (14, 11, 'B'), (14, 26, NULL),
  (15, 24, 'A'), (15, 11, 'A-'), (15, 13, 'B+'), (15, 26, NULL),
  (16, 25, 'C'), (16, 12, 'D'),
  (17, 27, 'A'), (17, 28, 'B+'),
  (18, 27, 'A-'), (18, 29, 'B+'), (18, 22, 'A-'),
  (19, 29, 'A'), (19, 22, 'B+'),
  (20, 18, 'B'), (20, 30, 'A-'),
  (22, 1, 'B+'), (22, 8, 'F'), (22, 10, 'B-'),
  (23, 11, 'A'), (23, 13, 'A'), (23, 15, 'A-'), (23, 14, NULL),
  (24, 16, 'B+'), (24, 12, 'A'),
  (25, 18, 'B+'), (25, 20, 'B'), (25, 21, 'C+'),
  (26, 28, 'A-'), (26, 25, NULL),
  (27, 4, 'A-'), (27, 8, 'B'), (27, 10, 'A'),
  (28, 24, 'A-'), (28, 26, NULL);

CREATE TABLE people (people_id integer PRIMARY KEY, name text NOT NULL, is_male boolean NOT NULL, age integer,
                     country text NOT NULL);
CREATE TABLE church (church_id integer PRIMARY KEY, name text NOT NULL, organized_by text NOT NULL,
                     open_date date NOT NULL, continuation_of text);
CREATE TABLE wedding (church_id integer NOT NULL REFERENCES church, male_id integer NOT NULL REFERENCES people (people_id),
                      female_id integer NOT NULL REFERENCES people (people_id), year integer NOT NULL,
                      PRIMARY KEY (church_id, male_id, female_id));
COMMENT ON COLUMN church.continuation_of IS 'the congregation this church continues, NULL when founded new';
COMMENT ON COLUMN wedding.male_id IS 'people.people_id of the groom';
COMMENT ON COLUMN wedding.female_id IS 'people.people_id of the bride';

INSERT INTO people VALUES
  (1, 'Mike Weir', true, 34, 'Canada'),
  (2, 'Juli Hanson', false, 32, 'Sweden'),
  (3, 'Ricky Barnes', true, 30, 'United States'),
  (4, 'Summer Duval', false, 26, 'United States'),
  (5, 'Todd Hamilton', true, 41, 'United States'),
  (6, 'Annie Mediate', false, 29, 'United States'),
  (7, 'Lucas Glover', true, 38, 'United States'),
  (8, 'Elena Petrova', false, 31, 'Russia'),
  (9, 'Tomas Novak', true, 36, 'Czech Republic'),
  (10, 'Ingrid Larsson', false, 28, 'Sweden'),
  (11, 'Rafael Ortega', true, 45, 'Spain'),
  (12, 'Carmen Ruiz', false, 43, 'Spain'),
  (13, 'Oliver Bennett', true, 27, 'United Kingdom'),
  (14, 'Sophie Clarke', false, 25, 'United Kingdom'),
  (15, 'Marco Bianchi', true, 33, 'Italy'),
  (16, 'Giulia Romano', false, 35, 'Italy'),
  (17, 'Henrik Dahl', true, 52, 'Sweden'),
  (18, 'Nora Kelly', false, 22, 'Ireland'),
  (19, 'Paul Fischer', true, 29, 'Germany'),
  (20, 'Lena Hoffmann', false, NULL, 'Germany');

INSERT INTO church VALUES
  (1, 'St. Mary''s Cathedral', 'Bishop Thomas Hale', '1852-05-10', NULL),
  (2, 'Grace Chapel', 'Rev. Anne Whitlock', '1921-09-18', NULL),
  (3, 'Holy Trinity Church', 'Rev. Samuel Ortiz', '1888-03-04', 'Trinity Mission'),
  (4, 'St. Olaf''s Church', 'Pastor Erik Lund', '1903-06-21', NULL),
  (5, 'Riverside Baptist Church', 'Rev. Marcus Bell', '1964-10-02', 'First Baptist Church'),
  (6, 'Chapel of St. Anne', 'Father Luca Moretti', '1795-08-15', NULL),
  (7, 'New Hope Community Church', 'Pastor Dana Kim', '2008-04-13', 'Hope Fellowship'),
  (8, 'St. Brigid''s Church', 'Father Sean Doyle', '1931-11-01', NULL);

INSERT INTO wedding VALUES
  (6, 11, 12, 2015),
  (1, 1, 2, 2016),
  (1, 5, 6, 2017),
  (3, 3, 4, 2018),
  (4, 9, 10, 2019),
  (6, 15, 16, 2019),
  (1, 7, 8, 2020),
  (2, 13, 14, 2021),
  (5, 19, 20, 2022),
  (7, 3, 6, 2023);

CREATE TABLE faculty ("FacID" integer, "Lname" text, "Fname" text, "Rank" text, "Sex" text, "Phone" integer,
                      "Room" text, "Building" text);
CREATE TABLE activity ("ActID" integer, "Activity_Name" text);
CREATE TABLE faculty_participates_in ("FacID" integer, "ActID" integer);
COMMENT ON COLUMN faculty."Rank" IS 'Professor, AssocProf, AsstProf or Instructor';
COMMENT ON COLUMN faculty."Sex" IS 'M or F';
COMMENT ON COLUMN faculty."Phone" IS 'four-digit campus extension';

INSERT INTO faculty VALUES
  (1001, 'Abbott', 'Laura', 'Professor', 'F', 2191, '288', 'Barton'),
  (1002, 'Baker', 'Thomas', 'AssocProf', 'M', 2105, '119', 'Krieger'),
  (1003, 'Chen', 'Mei', 'AsstProf', 'F', 3402, '301', 'NEB'),
  (1004, 'Dawson', 'Mark', 'Professor', 'M', 2780, '224', 'Barton'),
  (1005, 'Ellis', 'Fiona', 'Instructor', 'F', 3110, '105', 'NEB'),
  (1006, 'Fraser', 'Ian', 'AsstProf', 'M', 2245, '207', 'Krieger'),
  (1007, 'Gomez', 'Lucia', 'Professor', 'F', 3366, '310', 'NEB'),
  (1008, 'Hughes', 'Peter', 'AssocProf', 'M', 2512, '132', 'Barton'),
  (1009, 'Iqbal', 'Sana', 'AsstProf', 'F', 2873, '215', 'Krieger'),
  (1010, 'Jensen', 'Karl', 'Instructor', 'M', 3021, '118', 'NEB'),
  (1011, 'Kowal', 'Anna', 'AssocProf', 'F', 2630, '240', 'Barton'),
  (1012, 'Lopez', 'Diego', 'Professor', 'M', 3248, '322', 'Krieger'),
  (1013, 'Murphy', 'Claire', 'AsstProf', 'F', 2954, '110', 'Barton'),
  (1014, 'Nakamura', 'Ken', 'Professor', 'M', 2317, '301', 'Barton'),
  (1015, 'Patel', 'Ravi', 'Instructor', 'M', 3189, '102', 'NEB');

INSERT INTO activity VALUES
  (101, 'Hiking Club'),
  (102, 'Chess Club'),
  (103, 'Choir'),
  (104, 'Rowing'),
  (105, 'Debate Society'),
  (106, 'Photography'),
  (107, 'Volunteer Tutoring'),
  (108, 'Robotics League'),
  (109, 'Yoga'),
  (110, 'Film Society');

INSERT INTO faculty_participates_in VALUES
  (1001, 101), (1004, 101), (1006, 101), (1012, 101), (1014, 101),
  (1002, 102), (1008, 102), (1010, 102),
  (1001, 103), (1005, 103), (1011, 103),
  (1006, 104), (1012, 104),
  (1004, 105), (1007, 105), (1009, 105), (1013, 105),
  (1003, 106), (1001, 106), (1011, 106),
  (1005, 107), (1007, 107), (1009, 107), (1010, 107), (1013, 107), (1003, 107), (1001, 107),
  (1003, 108), (1006, 108),
  (1008, 110), (1014, 110);
