-- School (development-only probe schema), modelled on public text-to-SQL benchmark databases.
-- A secondary-school cluster in the non-public schema `academy`:
--   teachers (full_name, department 'English' / 'Mathematics' / 'Science' / 'Modern Languages' / 'Humanities' /
--     'Computing' / 'PE' / 'Arts', started_on, left_on NULL while still at the school, is_head_of_department,
--     mentor_id referencing teachers, NULL for a teacher without a mentor);
--   forms (form_name such as '7A', '9B', '12S'; year_level 7-13, 12 and 13 being the sixth form; tutor_id, the form
--     tutor, referencing teachers);
--   pupils (first_name, surname, date_of_birth, form_id, gender 'F' / 'M', free_school_meals NULL when not known,
--     sen_status 'SEN support' / 'EHCP' or NULL for no special educational needs, enrolled_on);
--   subjects (subject_name, department);
--   classes (teaching sets: class_code such as '9Ma1', subject_id, teacher_id, year_level, room);
--   class_enrolments (class_id, pupil_id; key class_id + pupil_id);
--   attendance (pupil_id, session_date, session 'AM' / 'PM', status 'present' / 'late' / 'absent' (unauthorised) /
--     'authorised' (authorised absence); one row per pupil and registration session);
--   assessments (class_id, title, assessed_on, max_mark);
--   marks (assessment_id, pupil_id, mark NULL when the pupil was absent; key assessment_id + pupil_id);
--   detentions (pupil_id, teacher_id who gave it, given_on, reason, served).
-- Primary keys on all ten tables; foreign keys declared everywhere except marks.pupil_id (-> pupils.pupil_id) and
-- detentions.teacher_id (-> teachers.teacher_id).
-- 18 teachers in 8 departments, Science the largest (4); 8 heads of department (one per department); Oliver Grant
-- (2016-09-01 .. 2024-07-19) and Grace Lin (2011-09-01 .. 2023-12-22) have left; David Whitfield is the
-- longest-serving (1998-09-01), Aisha Patel the newest (2024-09-02); 6 teachers without a mentor; Priya Raman
-- mentors the most (3: Tom Brennan, Ben Harper, Daniel Osei); Rajesh Kumar (2017) joined before his mentor Hannah
-- Clarke (2019) and, with James Achebe, has a mentor from another department; Fiona MacLeod, Oliver Grant, Aisha
-- Patel, Grace Lin and Marcus Webb teach no class; Daniel Osei (Science) teaches the Geography class 8Ge1.
-- 10 forms, 8B (tutor Aisha Patel) has no pupils, 9A has the most (5). 32 pupils (16 F, 16 M); Ryan O'Brien
-- (2006-09-07) is the oldest, Jacob Smith (2013-08-28) the youngest; 8 on free school meals, 4 unknown; 5 with
-- SEN support and 2 with an EHCP; Leo Kowalski is the only pupil enrolled in 2025; Jacob Smith, Harry Jones and
-- Ryan O'Brien are in no class.
-- 13 subjects, Spanish and Physical Education have no class; 16 classes, 8Ge1 has no pupils, 7En1 the most (5);
-- David Whitfield teaches the most classes (3); room M1 is used the most (3); Mathematics has the most pupils
-- (15); Olivia Brown and Grace Williams take both Mathematics and French; 40 enrolments.
-- 40 attendance rows for 10 pupils on 2025-03-03 and 2025-03-04 (26 present, 5 late, 6 absent, 3 authorised);
-- Ethan Wright has the most unauthorised absences (3), Noah Patel was late the most (2), Amelia Hughes and Hannah
-- Lee were present at every session.
-- 15 assessments 2024-10-10 .. 2025-06-10 (two sets sat an 'Algebra Test'); 7Fr1 and 8Ge1 have none; nobody sat
-- the Cells Test (2025-05-14); 38 marks, 4 absent (NULL); Emily Chen has the best percentage (58/60), Charlotte
-- King the best raw mark (91/100); Noah Patel and Grace Williams scored below half marks.
-- 14 detentions 2024-10-02 .. 2025-05-06, 4 not served; Ethan Wright has the most (4), Hannah Clarke gave the most
-- (3); 'Homework not handed in' is the most common reason (4).
-- A county-schools finance cluster in the public schema, like Spider's school_finance (no declared keys, quoted
-- capitalised columns; budget."School_ID" and endowment."School_ID" hold school."School_ID"): 10 schools in 5
-- counties, Marshall has the most (5); Plymouth is the oldest (1875), the largest (1148) and has the most
-- endowment money (26100.00); Argos is the smallest (203); LaVille has no budget row and Triton no endowment;
-- 19 budget rows 2021-2024; 12 endowments, Harold Beck gave to 3 schools, New Carlisle Bank the largest (15000).
-- A school-canteen cluster in the public schema (declared keys): 15 menu items in 4 categories (main, side,
-- dessert, drink), Halloumi Wrap is the most expensive (3.60) and never ordered, 2 items without calories; 20
-- orders 2025-03-03 .. 2025-03-07 (pupil, staff or visitor; card, cash or voucher), 40 order lines; Chicken Curry
-- sold the most (6); order 6 is the largest (8.20).

CREATE SCHEMA academy;

CREATE TABLE academy.teachers (teacher_id integer PRIMARY KEY, full_name text NOT NULL, department text NOT NULL,
  started_on date NOT NULL, left_on date, is_head_of_department boolean NOT NULL,
  mentor_id integer REFERENCES academy.teachers (teacher_id));

CREATE TABLE academy.forms (form_id integer PRIMARY KEY, form_name text NOT NULL UNIQUE,
  year_level integer NOT NULL CHECK (year_level BETWEEN 7 AND 13),
  tutor_id integer NOT NULL REFERENCES academy.teachers (teacher_id));

CREATE TABLE academy.pupils (pupil_id integer PRIMARY KEY, first_name text NOT NULL, surname text NOT NULL,
  date_of_birth date NOT NULL, form_id integer NOT NULL REFERENCES academy.forms (form_id),
  gender char(1) NOT NULL CHECK (gender IN ('F', 'M')), free_school_meals boolean,
  sen_status text CHECK (sen_status IN ('SEN support', 'EHCP')), enrolled_on date NOT NULL);

CREATE TABLE academy.subjects (subject_id integer PRIMARY KEY, subject_name text NOT NULL UNIQUE,
  department text NOT NULL);

CREATE TABLE academy.classes (class_id integer PRIMARY KEY, class_code text NOT NULL UNIQUE,
  subject_id integer NOT NULL REFERENCES academy.subjects (subject_id),
  teacher_id integer NOT NULL REFERENCES academy.teachers (teacher_id),
  year_level integer NOT NULL CHECK (year_level BETWEEN 7 AND 13), room text NOT NULL);

CREATE TABLE academy.class_enrolments (class_id integer NOT NULL REFERENCES academy.classes (class_id),
  pupil_id integer NOT NULL REFERENCES academy.pupils (pupil_id), PRIMARY KEY (class_id, pupil_id));

CREATE TABLE academy.attendance (attendance_id integer PRIMARY KEY,
  pupil_id integer NOT NULL REFERENCES academy.pupils (pupil_id), session_date date NOT NULL,
  session text NOT NULL CHECK (session IN ('AM', 'PM')),
  status text NOT NULL CHECK (status IN ('present', 'absent', 'late', 'authorised')),
  UNIQUE (pupil_id, session_date, session));

CREATE TABLE academy.assessments (assessment_id integer PRIMARY KEY,
  class_id integer NOT NULL REFERENCES academy.classes (class_id), title text NOT NULL, assessed_on date NOT NULL,
  max_mark integer NOT NULL);

-- marks.pupil_id holds a pupils.pupil_id but has no declared foreign key.
CREATE TABLE academy.marks (assessment_id integer NOT NULL REFERENCES academy.assessments (assessment_id),
  pupil_id integer NOT NULL, mark integer, PRIMARY KEY (assessment_id, pupil_id));

-- detentions.teacher_id holds a teachers.teacher_id but has no declared foreign key.
CREATE TABLE academy.detentions (detention_id integer PRIMARY KEY,
  pupil_id integer NOT NULL REFERENCES academy.pupils (pupil_id), teacher_id integer NOT NULL,
  given_on date NOT NULL, reason text NOT NULL, served boolean NOT NULL);

INSERT INTO academy.teachers VALUES
  (1, 'Margaret Okafor', 'English', '2003-09-01', NULL, true, NULL),
  (2, 'David Whitfield', 'Mathematics', '1998-09-01', NULL, true, NULL),
  (3, 'Priya Raman', 'Science', '2010-09-01', NULL, true, NULL),
  (4, 'Hannah Clarke', 'Mathematics', '2019-09-01', NULL, false, 2),
  (5, 'Tom Brennan', 'Science', '2021-09-01', NULL, false, 3),
  (6, 'Sophie Laurent', 'Modern Languages', '2012-01-09', NULL, true, NULL),
  (7, 'James Achebe', 'Humanities', '2015-09-01', NULL, true, 1),
  (8, 'Emily Sanderson', 'English', '2022-09-01', NULL, false, 1),
  (9, 'Rajesh Kumar', 'Computing', '2017-04-18', NULL, true, 4),
  (10, 'Fiona MacLeod', 'PE', '2008-09-01', NULL, true, NULL),
  (11, 'Oliver Grant', 'Mathematics', '2016-09-01', '2024-07-19', false, 2),
  (12, 'Chloe Dubois', 'Modern Languages', '2023-09-01', NULL, false, 6),
  (13, 'Ben Harper', 'Science', '2020-01-06', NULL, false, 3),
  (14, 'Aisha Patel', 'Humanities', '2024-09-02', NULL, false, 7),
  (15, 'Grace Lin', 'Arts', '2011-09-01', '2023-12-22', false, 16),
  (16, 'Nia Roberts', 'Arts', '2005-09-01', NULL, true, NULL),
  (17, 'Marcus Webb', 'PE', '2018-09-01', NULL, false, 10),
  (18, 'Daniel Osei', 'Science', '2014-09-01', NULL, false, 3);

INSERT INTO academy.forms VALUES
  (1, '7A', 7, 8), (2, '7B', 7, 12), (3, '8A', 8, 5), (4, '8B', 8, 14), (5, '9A', 9, 4), (6, '9B', 9, 17),
  (7, '10A', 10, 13), (8, '11A', 11, 7), (9, '12S', 12, 9), (10, '13S', 13, 16);

INSERT INTO academy.pupils VALUES
  (1, 'Amelia', 'Hughes', '2013-02-14', 1, 'F', false, NULL, '2024-09-04'),
  (2, 'Noah', 'Patel', '2012-11-03', 1, 'M', true, 'SEN support', '2024-09-04'),
  (3, 'Isla', 'Morrison', '2013-06-22', 1, 'F', NULL, NULL, '2024-09-04'),
  (4, 'Leo', 'Kowalski', '2012-09-30', 1, 'M', false, NULL, '2025-01-13'),
  (5, 'Freya', 'Campbell', '2013-04-09', 2, 'F', false, NULL, '2024-09-04'),
  (6, 'Yusuf', 'Ahmed', '2013-01-17', 2, 'M', true, NULL, '2024-09-04'),
  (7, 'Ruby', 'Evans', '2012-12-05', 2, 'F', false, 'EHCP', '2024-09-04'),
  (8, 'Jacob', 'Smith', '2013-08-28', 2, 'M', NULL, NULL, '2024-09-04'),
  (9, 'Maya', 'Thompson', '2012-03-11', 3, 'F', false, NULL, '2023-09-06'),
  (10, 'Ethan', 'Wright', '2011-10-19', 3, 'M', true, 'SEN support', '2023-09-06'),
  (11, 'Zara', 'Hussain', '2012-07-02', 3, 'F', false, NULL, '2023-09-06'),
  (12, 'Harry', 'Jones', '2011-12-24', 3, 'M', false, NULL, '2024-02-26'),
  (13, 'Olivia', 'Brown', '2010-09-15', 5, 'F', false, NULL, '2022-09-05'),
  (14, 'Samuel', 'Okoro', '2011-05-30', 5, 'M', true, NULL, '2022-09-05'),
  (15, 'Grace', 'Williams', '2011-01-08', 5, 'F', false, 'SEN support', '2022-09-05'),
  (16, 'Lucas', 'Silva', '2010-11-21', 5, 'M', NULL, NULL, '2023-04-17'),
  (17, 'Emily', 'Chen', '2011-03-03', 5, 'F', false, NULL, '2022-09-05'),
  (18, 'Daniel', 'Murphy', '2010-10-12', 6, 'M', true, 'EHCP', '2022-09-05'),
  (19, 'Chloe', 'Taylor', '2011-07-27', 6, 'F', false, NULL, '2022-09-05'),
  (20, 'Adam', 'Nowak', '2011-02-16', 6, 'M', false, NULL, '2022-09-05'),
  (21, 'Sofia', 'Rossi', '2010-12-01', 6, 'F', false, NULL, '2024-11-04'),
  (22, 'Oscar', 'Davies', '2009-09-09', 7, 'M', false, NULL, '2021-09-06'),
  (23, 'Hannah', 'Lee', '2010-04-25', 7, 'F', true, NULL, '2021-09-06'),
  (24, 'Mohammed', 'Ali', '2010-01-13', 7, 'M', false, 'SEN support', '2021-09-06'),
  (25, 'Poppy', 'Green', '2009-11-30', 7, 'F', false, NULL, '2021-09-06'),
  (26, 'Jack', 'Robinson', '2008-10-04', 8, 'M', true, NULL, '2020-09-07'),
  (27, 'Aisha', 'Begum', '2009-06-18', 8, 'F', false, NULL, '2020-09-07'),
  (28, 'William', 'Scott', '2009-02-22', 8, 'M', false, 'SEN support', '2020-09-07'),
  (29, 'Ella', 'Marsh', '2008-05-06', 9, 'F', false, NULL, '2019-09-04'),
  (30, 'Kwame', 'Mensah', '2007-12-14', 9, 'M', NULL, NULL, '2023-09-06'),
  (31, 'Charlotte', 'King', '2007-03-19', 10, 'F', false, NULL, '2018-09-05'),
  (32, 'Ryan', 'O''Brien', '2006-09-07', 10, 'M', true, NULL, '2018-09-05');

INSERT INTO academy.subjects VALUES
  (1, 'English Language', 'English'), (2, 'English Literature', 'English'), (3, 'Mathematics', 'Mathematics'),
  (4, 'Biology', 'Science'), (5, 'Chemistry', 'Science'), (6, 'Physics', 'Science'),
  (7, 'French', 'Modern Languages'), (8, 'Spanish', 'Modern Languages'), (9, 'History', 'Humanities'),
  (10, 'Geography', 'Humanities'), (11, 'Computer Science', 'Computing'), (12, 'Art', 'Arts'),
  (13, 'Physical Education', 'PE');

INSERT INTO academy.classes VALUES
  (1, '7En1', 1, 8, 7, 'E12'),
  (2, '7Ma1', 3, 4, 7, 'M3'),
  (3, '8Bi1', 4, 5, 8, 'S2'),
  (4, '9Ma1', 3, 2, 9, 'M1'),
  (5, '9Ma2', 3, 4, 9, 'M3'),
  (6, '9Fr1', 7, 6, 9, 'L4'),
  (7, '9Hi1', 9, 7, 9, 'H1'),
  (8, '10Ph1', 6, 3, 10, 'S1'),
  (9, '10Cs1', 11, 9, 10, 'C2'),
  (10, '11El1', 2, 1, 11, 'E10'),
  (11, '11Ch1', 5, 13, 11, 'S3'),
  (12, '12Ma1', 3, 2, 12, 'M1'),
  (13, '13Ar1', 12, 16, 13, 'A1'),
  (14, '8Ge1', 10, 18, 8, 'H2'),
  (15, '7Fr1', 7, 12, 7, 'L4'),
  (16, '11Ma1', 3, 2, 11, 'M1');

INSERT INTO academy.class_enrolments VALUES
  (1, 1), (1, 2), (1, 3), (1, 5), (1, 6),
  (2, 1), (2, 2), (2, 4), (2, 7),
  (15, 3), (15, 5),
  (3, 9), (3, 10), (3, 11),
  (4, 13), (4, 14), (4, 17),
  (5, 15), (5, 16), (5, 18), (5, 19),
  (6, 13), (6, 15), (6, 20),
  (7, 14), (7, 17), (7, 21),
  (8, 22), (8, 23), (8, 24),
  (9, 22), (9, 25),
  (10, 26), (10, 27),
  (16, 26), (16, 28),
  (11, 27),
  (12, 29), (12, 30),
  (13, 31);

-- Two days of registration for ten pupils; every session is 'present' unless listed in the CASE below.
INSERT INTO academy.attendance
SELECT row_number() OVER (ORDER BY p.pupil_id, d.session_date, s.session)::integer, p.pupil_id, d.session_date,
  s.session,
  CASE (p.pupil_id, d.session_date, s.session)::text
    WHEN '(2,2025-03-03,AM)' THEN 'late' WHEN '(2,2025-03-04,AM)' THEN 'late'
    WHEN '(7,2025-03-03,AM)' THEN 'authorised' WHEN '(7,2025-03-03,PM)' THEN 'authorised'
    WHEN '(10,2025-03-03,AM)' THEN 'absent' WHEN '(10,2025-03-03,PM)' THEN 'absent'
    WHEN '(10,2025-03-04,AM)' THEN 'absent'
    WHEN '(14,2025-03-04,AM)' THEN 'late'
    WHEN '(16,2025-03-03,PM)' THEN 'absent'
    WHEN '(18,2025-03-03,AM)' THEN 'authorised'
    WHEN '(26,2025-03-03,AM)' THEN 'late' WHEN '(26,2025-03-04,AM)' THEN 'absent'
    WHEN '(26,2025-03-04,PM)' THEN 'absent'
    WHEN '(30,2025-03-04,PM)' THEN 'late'
    ELSE 'present' END
FROM (VALUES (1), (2), (7), (10), (14), (16), (18), (23), (26), (30)) AS p (pupil_id)
CROSS JOIN (SELECT g::date AS session_date FROM generate_series('2025-03-03'::date, '2025-03-04'::date,
  interval '1 day') AS g) AS d
CROSS JOIN (VALUES ('AM'), ('PM')) AS s (session);

INSERT INTO academy.assessments VALUES
  (1, 1, 'Autumn Reading Test', '2024-11-15', 40),
  (2, 2, 'Number Skills Quiz', '2024-10-10', 20),
  (3, 2, 'Fractions Test', '2025-02-06', 50),
  (4, 4, 'Algebra Test', '2024-11-20', 60),
  (5, 5, 'Algebra Test', '2024-11-21', 60),
  (6, 6, 'Vocabulary Test', '2025-01-22', 30),
  (7, 7, 'Tudors Essay', '2025-03-12', 25),
  (8, 8, 'Forces Mock', '2025-01-15', 80),
  (9, 9, 'Python Project', '2025-03-28', 100),
  (10, 10, 'Macbeth Mock', '2024-12-04', 40),
  (11, 16, 'GCSE Mock Paper 1', '2024-12-09', 80),
  (12, 12, 'Calculus Test', '2025-02-27', 75),
  (13, 13, 'Portfolio Review', '2025-04-30', 100),
  (14, 3, 'Cells Test', '2025-05-14', 30),
  (15, 11, 'Bonding Quiz', '2025-06-10', 20);

INSERT INTO academy.marks VALUES
  (1, 1, 34), (1, 2, 22), (1, 3, 38), (1, 5, 29), (1, 6, NULL),
  (2, 1, 18), (2, 2, 9), (2, 7, 15),
  (3, 1, 41), (3, 2, 30), (3, 4, 44), (3, 7, NULL),
  (4, 13, 52), (4, 14, 47), (4, 17, 58),
  (5, 15, 33), (5, 16, 41), (5, 18, NULL), (5, 19, 49),
  (6, 13, 27), (6, 15, 14), (6, 20, 24),
  (7, 14, 18), (7, 17, 23), (7, 21, 20),
  (8, 22, 61), (8, 23, 72), (8, 24, 55),
  (9, 22, 88), (9, 25, 74),
  (10, 26, 25), (10, 27, 36),
  (11, 26, 49), (11, 28, NULL),
  (12, 29, 68), (12, 30, 59),
  (13, 31, 91),
  (15, 27, 17);

INSERT INTO academy.detentions VALUES
  (1, 10, 5, '2024-10-02', 'Homework not handed in', true),
  (2, 10, 4, '2024-11-13', 'Disruptive behaviour', true),
  (3, 10, 1, '2025-01-21', 'Late to lesson', false),
  (4, 26, 1, '2024-12-04', 'Mobile phone in class', true),
  (5, 26, 2, '2025-02-11', 'Homework not handed in', false),
  (6, 18, 4, '2024-11-21', 'Disruptive behaviour', true),
  (7, 14, 7, '2025-03-12', 'Homework not handed in', true),
  (8, 2, 4, '2025-03-03', 'Late to lesson', true),
  (9, 16, 2, '2024-11-20', 'Disruptive behaviour', true),
  (10, 22, 9, '2025-03-28', 'Mobile phone in class', false),
  (11, 32, 10, '2025-01-09', 'Missing PE kit', true),
  (12, 26, 17, '2025-05-06', 'Fighting', false),
  (13, 10, 17, '2025-05-06', 'Fighting', true),
  (14, 21, 6, '2025-02-05', 'Homework not handed in', true);

-- A county-schools finance cluster in the style of Spider's school_finance: no declared keys, quoted capitalised
-- columns. budget."School_ID" and endowment."School_ID" hold school."School_ID"; money in dollars.
CREATE TABLE school ("School_ID" integer, "School_Name" text, "Location" text, "Mascot" text, "Enrollment" integer,
  "Founded" integer, "County" text);
CREATE TABLE budget ("School_ID" integer, "Year" integer, "Budgeted" integer, "Invested" integer);
CREATE TABLE endowment ("Endowment_ID" integer, "School_ID" integer, "Donator_Name" text, "Amount" numeric(9,2));

INSERT INTO school VALUES
  (1, 'Bremen', 'Bremen', 'Lions', 495, 1962, 'Marshall'),
  (2, 'Culver Community', 'Culver', 'Cavaliers', 287, 1969, 'Marshall'),
  (3, 'Glenn', 'Walkerton', 'Falcons', 605, 1966, 'St. Joseph'),
  (4, 'Jimtown', 'Elkhart', 'Jimmies', 601, 1960, 'Elkhart'),
  (5, 'Knox Community', 'Knox', 'Redhawks', 620, 1958, 'Starke'),
  (6, 'LaVille', 'Lakeville', 'Lancers', 379, 1964, 'St. Joseph'),
  (7, 'New Prairie', 'New Carlisle', 'Cougars', 852, 1968, 'LaPorte'),
  (8, 'Triton', 'Bourbon', 'Trojans', 316, 1963, 'Marshall'),
  (9, 'Plymouth', 'Plymouth', 'Pilgrims', 1148, 1875, 'Marshall'),
  (10, 'Argos', 'Argos', 'Dragons', 203, 1958, 'Marshall');

INSERT INTO budget VALUES
  (1, 2022, 4979, 2134), (1, 2023, 3666, 5840),
  (2, 2021, 6803, 8335), (2, 2022, 7005, 6300), (2, 2023, 8110, 7840),
  (3, 2023, 119527, 85249), (3, 2024, 122000, 146102),
  (4, 2022, 6000, 9500),
  (5, 2021, 113531, 95542), (5, 2024, 120400, 118000),
  (7, 2022, 74849, 127013), (7, 2023, 76000, 80100), (7, 2024, 78500, 76200),
  (8, 2024, 3005, 2900),
  (9, 2021, 210000, 198500), (9, 2022, 215500, 230100), (9, 2023, 220000, 219000), (9, 2024, 228400, 240250),
  (10, 2023, 9800, 9100);

INSERT INTO endowment VALUES
  (1, 9, 'Plymouth Rotary Club', 12500.00),
  (2, 9, 'Harold Beck', 8000.00),
  (3, 3, 'Walkerton Lions Club', 4200.00),
  (4, 7, 'New Carlisle Bank', 15000.00),
  (5, 7, 'Harold Beck', 2500.00),
  (6, 1, 'Bremen Farm Co-op', 3100.00),
  (7, 5, 'Starke County Foundation', 9750.00),
  (8, 2, 'Lake Maxinkuckee Association', 6400.00),
  (9, 4, 'Elkhart RV Makers', 11200.00),
  (10, 9, 'Pilgrim Alumni Fund', 5600.00),
  (11, 10, 'Argos Hardware', 900.00),
  (12, 6, 'Harold Beck', 1750.00);

-- A school-canteen cluster with declared keys: menu items, till orders and the items on each order.
CREATE TABLE menu_item (item_id integer PRIMARY KEY, item_name text NOT NULL UNIQUE,
  category text NOT NULL CHECK (category IN ('main', 'side', 'dessert', 'drink')), price numeric(4,2) NOT NULL,
  is_vegetarian boolean NOT NULL, calories integer);
CREATE TABLE canteen_order (order_id integer PRIMARY KEY, ordered_at timestamp NOT NULL,
  customer_type text NOT NULL CHECK (customer_type IN ('pupil', 'staff', 'visitor')),
  payment_method text NOT NULL CHECK (payment_method IN ('card', 'cash', 'voucher')));
CREATE TABLE order_item (order_id integer NOT NULL REFERENCES canteen_order (order_id),
  item_id integer NOT NULL REFERENCES menu_item (item_id), quantity integer NOT NULL,
  PRIMARY KEY (order_id, item_id));

INSERT INTO menu_item VALUES
  (1, 'Chicken Curry', 'main', 3.20, false, 620),
  (2, 'Vegetable Lasagne', 'main', 3.00, true, 540),
  (3, 'Fish and Chips', 'main', 3.50, false, 780),
  (4, 'Jacket Potato with Beans', 'main', 2.40, true, 410),
  (5, 'Beef Burger', 'main', 3.30, false, 690),
  (6, 'Garlic Bread', 'side', 0.90, true, 210),
  (7, 'Side Salad', 'side', 0.80, true, 90),
  (8, 'Chips', 'side', 1.10, true, 380),
  (9, 'Apple Crumble', 'dessert', 1.20, true, 310),
  (10, 'Chocolate Brownie', 'dessert', 1.30, true, NULL),
  (11, 'Fruit Pot', 'dessert', 0.90, true, 70),
  (12, 'Orange Juice', 'drink', 0.95, true, 110),
  (13, 'Bottled Water', 'drink', 0.60, true, 0),
  (14, 'Milkshake', 'drink', 1.50, true, NULL),
  (15, 'Halloumi Wrap', 'main', 3.60, true, 560);

INSERT INTO canteen_order VALUES
  (1, '2025-03-03 12:05', 'pupil', 'card'), (2, '2025-03-03 12:07', 'pupil', 'cash'),
  (3, '2025-03-03 12:15', 'staff', 'card'), (4, '2025-03-03 12:31', 'pupil', 'voucher'),
  (5, '2025-03-04 12:02', 'pupil', 'card'), (6, '2025-03-04 12:10', 'visitor', 'cash'),
  (7, '2025-03-04 12:20', 'pupil', 'card'), (8, '2025-03-04 12:44', 'staff', 'card'),
  (9, '2025-03-05 12:01', 'pupil', 'voucher'), (10, '2025-03-05 12:12', 'pupil', 'card'),
  (11, '2025-03-05 12:18', 'staff', 'cash'), (12, '2025-03-05 13:05', 'pupil', 'card'),
  (13, '2025-03-06 12:03', 'pupil', 'card'), (14, '2025-03-06 12:09', 'pupil', 'cash'),
  (15, '2025-03-06 12:27', 'staff', 'card'), (16, '2025-03-06 12:40', 'pupil', 'voucher'),
  (17, '2025-03-07 12:04', 'pupil', 'card'), (18, '2025-03-07 12:11', 'visitor', 'card'),
  (19, '2025-03-07 12:22', 'pupil', 'card'), (20, '2025-03-07 12:50', 'staff', 'cash');

INSERT INTO order_item VALUES
  (1, 1, 1), (1, 8, 1), (1, 12, 1),
  (2, 5, 1), (2, 14, 1),
  (3, 2, 1), (3, 7, 1), (3, 13, 1),
  (4, 4, 1), (4, 11, 1),
  (5, 1, 1), (5, 10, 2),
  (6, 3, 2), (6, 13, 2),
  (7, 5, 1), (7, 8, 1),
  (8, 2, 1),
  (9, 4, 1), (9, 12, 1),
  (10, 1, 1), (10, 9, 1),
  (11, 3, 1), (11, 6, 1),
  (12, 10, 1),
  (13, 1, 1), (13, 14, 1),
  (14, 5, 1), (14, 8, 2),
  (15, 2, 1), (15, 9, 1), (15, 13, 1),
  (16, 4, 1),
  (17, 1, 1), (17, 12, 1),
  (18, 3, 1), (18, 7, 1),
  (19, 5, 1), (19, 10, 1), (19, 13, 1),
  (20, 1, 1);
