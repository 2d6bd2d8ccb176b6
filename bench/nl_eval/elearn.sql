-- Elearn (development-only probe schema), modelled on public text-to-SQL benchmark databases.
-- An online-learning platform cluster in the non-public schema `learn`:
--   instructors (name, country, joined_on = when the instructor joined the platform);
--   categories (name, parent_id referencing categories, NULL for a top-level category);
--   courses (title, instructor_id, category_id, list price, level 'beginner' / 'intermediate' / 'advanced',
--     published_on NULL for a draft, language);
--   lessons (course_id, position 1..n in the course, title, duration_minutes, is_free_preview);
--   students (username such as 'alex_m', email, country, signed_up_at);
--   coupons (code such as 'WELCOME10', percent_off, expires_on NULL for a coupon that never expires);
--   enrollments (student_id, course_id, enrolled_at, price_paid, completed_at NULL until the student completes the
--     course, coupon_id NULL when no coupon was used; one row per student and course);
--   lesson_progress (enrollment_id, lesson_id, watched_seconds, finished; one row per enrollment and lesson started);
--   reviews (course_id, student_id, rating 1-5, body NULL for a rating without text, created_at).
-- Primary keys on all nine tables; foreign keys declared everywhere except enrollments.coupon_id
-- (-> coupons.coupon_id), lesson_progress.lesson_id (-> lessons.lesson_id) and reviews.student_id
-- (-> students.student_id).
-- 9 instructors; Emma Johnson joined first (2017-09-01), Germany has the most (2); Maya Patel teaches the most
-- courses (5); Aiko Sato has no course, Hannah Fischer only a draft; Sofia Rossi's Data Visualization with Tableau
-- was published (2021-09-09) before she joined (2021-10-01); Emma Johnson earned the most (739.94), Sofia Rossi has
-- the best average rating (4.67).
-- 13 categories, 5 top-level (Programming, Data Science, Design, Business, Photography); Programming has the most
-- sub-categories (3); Deep Learning sits under Machine Learning, itself under Data Science (8 courses in that
-- subtree); Business (only through Marketing) and Photography hold no course directly; Python holds the most (4).
-- 22 courses (11 beginner, 6 intermediate, 5 advanced; 18 English, 2 German, 1 Italian, 1 Portuguese); 2 drafts
-- (Transformers in Practice, the priciest at 149.99, and Figma Fundamentals); 2 free (Intro to Git, Statistics for
-- Data Science); Marketing Digital para Iniciantes is the cheapest paid one (19.99); Deep Learning with PyTorch is
-- the priciest published course (129.99) and the longest (132 minutes); Kotlin for Android is published but has no
-- enrollment; Time Series Forecasting is the newest (2025-03-18) with one enrollment, not completed.
-- 70 lessons, 22 free previews; Machine Learning Foundations has the most (5); Fine-Tuning a Language Model is the
-- longest (52 minutes); every lesson of Intro to Git and of Statistics for Data Science is a free preview, 4 courses
-- have none.
-- 30 students; United States has the most (6); zoe_p and ravi_s never enrolled (zoe_p still reviewed Growth
-- Marketing Playbook); alex_m enrolled on the day of signing up.
-- 60 enrollments 2022-01-15 .. 2025-03-20 (35 completed, 28 with a coupon, total revenue 2690.02); Python for
-- Beginners has the most (8), Machine Learning Foundations made the most (414.96); alex_m has the most enrollments
-- (5), completions (4) and spending (333.20); alex_m (Modern JavaScript, 59.99) and ananya_r (Python for Beginners,
-- 34.99) paid more than today's list price; kenji_m used SPRING25 after it expired; hana_y's Deep Learning with
-- PyTorch took longest to complete.
-- 8 coupons; WELCOME10 used the most (11), VIP40 never; WELCOME10 and STUDENT15 never expire.
-- 55 lesson_progress rows for 23 enrollments from 2024 on (47 finished, 4 watched longer than the lesson lasts);
-- arjun_n has the most watch time.
-- 37 reviews 2022-02-21 .. 2025-03-31 (26 with a body, average 4.05); Python for Beginners has the most (6); Intro
-- to Git rates best of the courses with three or more reviews (4.67), Pandas in Depth worst (1); alex_m wrote the
-- most (4).
-- An architecture cluster in the public schema, like Spider's architecture (no declared keys, quoted capitalised
-- columns; bridge."Architect_ID" and mill."Architect_ID" hold architect."Architect_ID"): 9 architects (4 female),
-- Elena Petrova designed nothing; 14 bridges, Volta Crossing the longest (530 m), Ponte della Luce the shortest
-- (74 m); Mei Lin designed the most bridges (3) and the greatest total length (944.5 m) but no mill; 12 mills
-- (6 Windmill, 4 Watermill, 2 Tide mill), Mulino di Pietra the oldest (1834), Henrik Vogel designed the most (3).
-- A car-park cluster in the public schema with declared keys: 7 parking lots (3 covered); Airport Long Stay is the
-- biggest (1200) and took the most in fees (372.60); Northgate Lot has the cheapest rate (1.50) and was never used;
-- 15 vehicles (6 electric, 2 without a recorded owner, Ford the most common make), YO24 PQR never parked;
-- 40 parking sessions 2024-12-20 .. 2025-04-03, 3 still parked (left_at and fee NULL), 2 free (15 minutes or
-- less); LS21 ABC (Helen Carter) parked the most (5); YO19 KLM paid the most (261.60) and stayed the longest
-- (10 days). A fee is the hourly rate per started hour, at most 8 hours' worth per day.

CREATE SCHEMA learn;

CREATE TABLE learn.instructors (instructor_id integer PRIMARY KEY, name text NOT NULL, country text NOT NULL,
  joined_on date NOT NULL);

CREATE TABLE learn.categories (category_id integer PRIMARY KEY, name text NOT NULL UNIQUE,
  parent_id integer REFERENCES learn.categories (category_id));

CREATE TABLE learn.courses (course_id integer PRIMARY KEY, title text NOT NULL UNIQUE,
  instructor_id integer NOT NULL REFERENCES learn.instructors (instructor_id),
  category_id integer NOT NULL REFERENCES learn.categories (category_id), price numeric(7,2) NOT NULL,
  level text NOT NULL CHECK (level IN ('beginner', 'intermediate', 'advanced')), published_on date,
  language text NOT NULL);

CREATE TABLE learn.lessons (lesson_id integer PRIMARY KEY,
  course_id integer NOT NULL REFERENCES learn.courses (course_id), position integer NOT NULL, title text NOT NULL,
  duration_minutes integer NOT NULL, is_free_preview boolean NOT NULL, UNIQUE (course_id, position));

CREATE TABLE learn.students (student_id integer PRIMARY KEY, username text NOT NULL UNIQUE,
  email text NOT NULL UNIQUE, country text NOT NULL, signed_up_at timestamp NOT NULL);

CREATE TABLE learn.coupons (coupon_id integer PRIMARY KEY, code text NOT NULL UNIQUE,
  percent_off integer NOT NULL CHECK (percent_off BETWEEN 1 AND 100), expires_on date);

-- enrollments.coupon_id holds a coupons.coupon_id but has no declared foreign key.
CREATE TABLE learn.enrollments (enrollment_id integer PRIMARY KEY,
  student_id integer NOT NULL REFERENCES learn.students (student_id),
  course_id integer NOT NULL REFERENCES learn.courses (course_id), enrolled_at timestamp NOT NULL,
  price_paid numeric(7,2) NOT NULL, completed_at timestamp, coupon_id integer, UNIQUE (student_id, course_id));

-- lesson_progress.lesson_id holds a lessons.lesson_id but has no declared foreign key.
CREATE TABLE learn.lesson_progress (progress_id integer PRIMARY KEY,
  enrollment_id integer NOT NULL REFERENCES learn.enrollments (enrollment_id), lesson_id integer NOT NULL,
  watched_seconds integer NOT NULL, finished boolean NOT NULL, UNIQUE (enrollment_id, lesson_id));

-- reviews.student_id holds a students.student_id but has no declared foreign key.
CREATE TABLE learn.reviews (review_id integer PRIMARY KEY,
  course_id integer NOT NULL REFERENCES learn.courses (course_id), student_id integer NOT NULL,
  rating integer NOT NULL CHECK (rating BETWEEN 1 AND 5), body text, created_at timestamp NOT NULL);

INSERT INTO learn.instructors VALUES
  (1, 'Maya Patel', 'India', '2019-03-04'), (2, 'Lukas Weber', 'Germany', '2018-11-20'), (3, 'Sofia Rossi', 'Italy', '2021-10-01'),
  (4, 'Daniel Kim', 'South Korea', '2021-01-10'), (5, 'Emma Johnson', 'United States', '2017-09-01'), (6, 'Carlos Mendes', 'Brazil', '2022-04-18'),
  (7, 'Aiko Sato', 'Japan', '2023-02-07'), (8, 'Oliver Brown', 'United Kingdom', '2020-10-30'), (9, 'Hannah Fischer', 'Germany', '2024-05-12');

INSERT INTO learn.categories VALUES
  (1, 'Programming', NULL), (2, 'Data Science', NULL), (3, 'Design', NULL), (4, 'Business', NULL),
  (5, 'Web Development', 1), (6, 'Python', 1), (7, 'Machine Learning', 2), (8, 'Data Visualization', 2),
  (9, 'UX Design', 3), (10, 'Marketing', 4), (11, 'Deep Learning', 7), (12, 'Photography', NULL),
  (13, 'Mobile Development', 1);

INSERT INTO learn.courses VALUES
  (1, 'Python for Beginners', 1, 6, 29.99, 'beginner', '2021-05-10', 'English'),
  (2, 'Advanced Python Patterns', 1, 6, 79.99, 'advanced', '2022-08-01', 'English'),
  (3, 'Intro to Git', 1, 1, 0.00, 'beginner', '2020-07-07', 'English'),
  (4, 'Pandas in Depth', 1, 6, 59.99, 'intermediate', '2023-10-02', 'English'),
  (5, 'Modern JavaScript', 2, 5, 49.99, 'beginner', '2020-02-14', 'English'),
  (6, 'React from Scratch', 2, 5, 69.99, 'intermediate', '2023-03-20', 'English'),
  (7, 'Web-APIs mit Node.js', 2, 5, 59.99, 'intermediate', '2024-01-15', 'German'),
  (8, 'Machine Learning Foundations', 5, 7, 99.99, 'intermediate', '2019-10-01', 'English'),
  (9, 'Deep Learning with PyTorch', 5, 11, 129.99, 'advanced', '2022-11-11', 'English'),
  (10, 'Transformers in Practice', 5, 11, 149.99, 'advanced', NULL, 'English'),
  (11, 'Data Visualization with Tableau', 3, 8, 39.99, 'beginner', '2021-09-09', 'English'),
  (12, 'Visualizzazione dei dati con Python', 3, 8, 34.99, 'beginner', '2024-03-05', 'Italian'),
  (13, 'Time Series Forecasting', 3, 7, 84.99, 'advanced', '2025-03-18', 'English'),
  (14, 'UX Research Essentials', 8, 9, 54.99, 'beginner', '2022-01-24', 'English'),
  (15, 'Design Systems at Scale', 8, 9, 89.99, 'advanced', '2024-06-17', 'English'),
  (16, 'Marketing Digital para Iniciantes', 6, 10, 19.99, 'beginner', '2023-07-01', 'Portuguese'),
  (17, 'Growth Marketing Playbook', 6, 10, 44.99, 'intermediate', '2024-09-10', 'English'),
  (18, 'SQL for Data Analysis', 4, 2, 24.99, 'beginner', '2023-05-02', 'English'),
  (19, 'Statistics for Data Science', 4, 2, 0.00, 'beginner', '2024-02-20', 'English'),
  (20, 'Kotlin for Android', 4, 13, 64.99, 'intermediate', '2025-01-13', 'English'),
  (21, 'Figma Fundamentals', 9, 3, 39.99, 'beginner', NULL, 'German'),
  (22, 'Automating Tasks with Python', 1, 6, 39.99, 'beginner', '2024-11-04', 'English');

INSERT INTO learn.lessons VALUES
  (1, 1, 1, 'Installing Python', 8, true), (2, 1, 2, 'Variables and Types', 14, false),
  (3, 1, 3, 'Control Flow', 18, false), (4, 1, 4, 'Functions', 22, false),
  (5, 2, 1, 'Decorators', 25, true), (6, 2, 2, 'Context Managers', 20, false),
  (7, 2, 3, 'Metaclasses', 35, false), (8, 3, 1, 'Your First Repository', 10, true),
  (9, 3, 2, 'Branching and Merging', 16, true), (10, 4, 1, 'Series and DataFrames', 19, true),
  (11, 4, 2, 'GroupBy Explained', 27, false), (12, 4, 3, 'Reshaping Data', 24, false),
  (13, 5, 1, 'let, const and Scope', 12, true), (14, 5, 2, 'Arrow Functions', 11, false),
  (15, 5, 3, 'Promises and async/await', 26, false), (16, 5, 4, 'Modules', 15, false),
  (17, 6, 1, 'Components and JSX', 17, true), (18, 6, 2, 'State and Props', 21, false),
  (19, 6, 3, 'Hooks', 29, false), (20, 6, 4, 'Routing', 23, false),
  (21, 7, 1, 'Einführung in Express', 15, true), (22, 7, 2, 'REST-Endpunkte', 22, false),
  (23, 7, 3, 'Authentifizierung', 28, false), (24, 8, 1, 'What is Machine Learning?', 9, true),
  (25, 8, 2, 'Linear Regression', 31, false), (26, 8, 3, 'Classification', 33, false),
  (27, 8, 4, 'Model Evaluation', 26, false), (28, 8, 5, 'Overfitting and Regularisation', 30, false),
  (29, 9, 1, 'Tensors', 18, true), (30, 9, 2, 'Building a Neural Network', 38, false),
  (31, 9, 3, 'Convolutional Networks', 42, false), (32, 9, 4, 'Training on a GPU', 34, false),
  (33, 10, 1, 'Attention Is All You Need, Explained', 45, false), (34, 10, 2, 'Fine-Tuning a Language Model', 52, false),
  (35, 11, 1, 'Connecting to Data', 12, true), (36, 11, 2, 'Building Dashboards', 28, false),
  (37, 11, 3, 'Calculated Fields', 20, false), (38, 12, 1, 'Introduzione a Matplotlib', 16, true),
  (39, 12, 2, 'Grafici con Seaborn', 21, false), (40, 12, 3, 'Grafici interattivi con Plotly', 25, false),
  (41, 13, 1, 'Trends and Seasonality', 22, false), (42, 13, 2, 'ARIMA Models', 36, false),
  (43, 13, 3, 'Forecasting with Prophet', 29, false), (44, 14, 1, 'Planning User Interviews', 14, true),
  (45, 14, 2, 'Usability Testing', 24, false), (46, 14, 3, 'Synthesising Findings', 19, false),
  (47, 15, 1, 'Design Tokens', 20, false), (48, 15, 2, 'Component Libraries', 27, false),
  (49, 15, 3, 'Governance', 17, false), (50, 16, 1, 'O que é marketing digital', 10, true),
  (51, 16, 2, 'Redes sociais', 15, false), (52, 16, 3, 'E-mail marketing', 13, false),
  (53, 17, 1, 'Funnels and Metrics', 18, true), (54, 17, 2, 'A/B Testing', 23, false),
  (55, 17, 3, 'Retention Loops', 21, false), (56, 18, 1, 'SELECT Basics', 11, true),
  (57, 18, 2, 'Joins', 19, true), (58, 18, 3, 'Aggregation', 17, false),
  (59, 18, 4, 'Window Functions', 24, false), (60, 19, 1, 'Descriptive Statistics', 15, true),
  (61, 19, 2, 'Probability', 20, true), (62, 19, 3, 'Hypothesis Testing', 27, true),
  (63, 20, 1, 'Kotlin Basics', 16, true), (64, 20, 2, 'Layouts and Views', 22, false),
  (65, 20, 3, 'Publishing to Google Play', 12, false), (66, 21, 1, 'Frames und Ebenen', 13, false),
  (67, 21, 2, 'Prototyping', 18, false), (68, 22, 1, 'Working with Files', 14, true),
  (69, 22, 2, 'Web Scraping', 21, false), (70, 22, 3, 'Scheduling Scripts', 11, false);

INSERT INTO learn.students VALUES
  (1, 'alex_m', 'alex.morgan@gmail.com', 'United States', '2022-01-15 09:12'), (2, 'priya.k', 'priya.kapoor@yahoo.com', 'India', '2022-02-03 18:40'),
  (3, 'jonas_b', 'jonas.becker@web.de', 'Germany', '2022-03-21 07:55'), (4, 'emily_r', 'emily.ross@gmail.com', 'United Kingdom', '2022-04-10 21:05'),
  (5, 'marco_p', 'marco.pellegrini@libero.it', 'Italy', '2022-05-02 13:30'), (6, 'lucas_s', 'lucas.silva@gmail.com', 'Brazil', '2022-06-18 16:20'),
  (7, 'hana_y', 'hana.yamada@outlook.com', 'Japan', '2022-07-07 08:00'), (8, 'chris_t', 'chris.taylor@gmail.com', 'United States', '2022-08-25 19:45'),
  (9, 'ananya_r', 'ananya.rao@gmail.com', 'India', '2022-09-14 11:11'), (10, 'lena_h', 'lena.hoffmann@gmx.de', 'Germany', '2022-10-30 20:02'),
  (11, 'sam_w', 'sam.wilson@outlook.com', 'United States', '2022-12-05 14:25'), (12, 'olivia_j', 'olivia.jones@gmail.com', 'United Kingdom', '2023-01-19 10:10'),
  (13, 'mateo_g', 'mateo.garcia@gmail.com', 'Spain', '2023-02-11 17:35'), (14, 'yuna_c', 'yuna.choi@naver.com', 'South Korea', '2023-03-08 09:50'),
  (15, 'rahul_v', 'rahul.verma@gmail.com', 'India', '2023-04-22 22:15'), (16, 'sophie_l', 'sophie.laurent@orange.fr', 'France', '2023-05-30 12:00'),
  (17, 'noah_b', 'noah.brown@gmail.com', 'United States', '2023-06-14 15:45'), (18, 'ines_c', 'ines.costa@sapo.pt', 'Portugal', '2023-07-29 08:30'),
  (19, 'felix_k', 'felix.klein@web.de', 'Germany', '2023-09-03 19:20'), (20, 'mia_d', 'mia.davis@yahoo.com', 'United States', '2023-10-17 07:40'),
  (21, 'arjun_n', 'arjun.nair@outlook.com', 'India', '2023-11-25 13:05'), (22, 'giulia_f', 'giulia.ferrari@gmail.com', 'Italy', '2024-01-08 18:55'),
  (23, 'tom_h', 'tom.harris@outlook.com', 'United Kingdom', '2024-02-14 11:30'), (24, 'ana_s', 'ana.souza@gmail.com', 'Brazil', '2024-03-19 20:10'),
  (25, 'kenji_m', 'kenji.mori@gmail.com', 'Japan', '2024-05-06 06:45'), (26, 'ethan_w', 'ethan.white@gmail.com', 'United States', '2024-06-21 16:00'),
  (27, 'clara_m', 'clara.meyer@gmx.de', 'Germany', '2024-08-12 09:25'), (28, 'diego_r', 'diego.ramirez@gmail.com', 'Mexico', '2024-10-01 21:40'),
  (29, 'zoe_p', 'zoe.parker@yahoo.com', 'Canada', '2025-01-20 10:15'), (30, 'ravi_s', 'ravi.shah@gmail.com', 'India', '2025-03-02 14:50');

INSERT INTO learn.coupons VALUES
  (1, 'WELCOME10', 10, NULL), (2, 'SPRING25', 25, '2024-04-30'), (3, 'SUMMER20', 20, '2024-08-31'), (4, 'BLACKFRIDAY50', 50, '2024-11-30'),
  (5, 'STUDENT15', 15, NULL), (6, 'NEWYEAR30', 30, '2025-01-31'), (7, 'VIP40', 40, '2025-12-31'), (8, 'LAUNCH35', 35, '2023-07-31');

INSERT INTO learn.enrollments VALUES
  (1, 1, 1, '2022-01-15 10:04', 26.99, '2022-02-20 19:30', 1), (2, 1, 5, '2022-03-02 20:15', 59.99, '2022-04-15 21:02', NULL),
  (3, 1, 8, '2022-06-10 18:40', 99.99, '2022-09-01 22:10', NULL), (4, 1, 9, '2023-01-05 07:30', 129.99, NULL, NULL),
  (5, 1, 18, '2023-05-10 12:20', 16.24, '2023-06-02 17:45', 8), (6, 2, 1, '2022-02-05 09:00', 26.99, '2022-03-01 20:00', 1),
  (7, 2, 2, '2022-09-12 19:25', 79.99, '2022-11-20 16:40', NULL), (8, 2, 4, '2023-10-20 21:10', 59.99, NULL, NULL),
  (9, 3, 3, '2022-03-22 08:15', 0.00, '2022-03-25 18:00', NULL), (10, 3, 7, '2024-01-20 10:30', 59.99, '2024-03-10 11:15', NULL),
  (11, 3, 6, '2023-04-02 17:00', 69.99, NULL, NULL), (12, 4, 14, '2022-04-12 20:45', 49.49, '2022-05-30 21:30', 1),
  (13, 4, 15, '2024-06-20 19:10', 71.99, NULL, 3), (14, 5, 11, '2022-05-03 14:00', 35.99, '2022-06-14 15:20', 1),
  (15, 5, 12, '2024-03-06 13:35', 26.24, '2024-04-02 10:05', 2), (16, 6, 1, '2022-06-19 11:50', 29.99, NULL, NULL),
  (17, 6, 16, '2023-07-03 16:30', 12.99, '2023-07-20 18:10', 8), (18, 7, 8, '2022-07-08 08:20', 89.99, '2022-10-03 09:45', 1),
  (19, 7, 9, '2023-02-01 07:05', 129.99, '2023-05-15 08:30', NULL), (20, 8, 5, '2022-08-26 20:00', 44.99, NULL, 1),
  (21, 8, 6, '2023-03-25 21:15', 69.99, '2023-05-01 22:40', NULL), (22, 8, 3, '2022-09-01 19:05', 0.00, '2022-09-03 20:20', NULL),
  (23, 9, 1, '2022-09-15 12:00', 34.99, '2022-10-10 13:30', NULL), (24, 9, 4, '2023-11-02 18:45', 59.99, '2024-01-15 19:50', NULL),
  (25, 9, 18, '2023-05-20 10:10', 24.99, '2023-06-30 11:00', NULL), (26, 10, 7, '2024-02-01 20:30', 59.99, NULL, NULL),
  (27, 10, 11, '2022-11-02 19:40', 35.99, NULL, 1), (28, 11, 8, '2022-12-06 15:00', 99.99, '2023-03-01 16:25', NULL),
  (29, 11, 13, '2025-03-20 14:10', 84.99, NULL, NULL), (30, 12, 14, '2023-01-20 11:00', 49.49, '2023-02-28 12:15', 1),
  (31, 12, 15, '2024-07-01 10:20', 71.99, '2024-08-15 09:40', 3), (32, 13, 5, '2023-02-12 18:00', 49.99, NULL, NULL),
  (33, 14, 18, '2023-05-03 09:30', 24.99, '2023-05-28 10:45', NULL), (34, 14, 19, '2024-02-21 08:50', 0.00, '2024-03-01 09:10', NULL),
  (35, 15, 1, '2023-04-23 22:30', 25.49, '2023-05-10 23:05', 5), (36, 15, 2, '2023-06-01 21:00', 67.99, NULL, 5),
  (37, 15, 8, '2024-11-29 20:10', 50.00, NULL, 4), (38, 16, 14, '2023-06-02 12:30', 54.99, NULL, NULL),
  (39, 17, 6, '2023-06-15 16:00', 45.49, '2023-08-20 17:30', 8), (40, 17, 17, '2024-09-12 15:20', 44.99, NULL, NULL),
  (41, 18, 16, '2023-07-30 09:00', 19.99, NULL, NULL), (42, 19, 3, '2023-09-04 19:30', 0.00, NULL, NULL),
  (43, 19, 4, '2023-10-05 20:40', 53.99, '2023-12-01 21:50', 1), (44, 20, 1, '2023-10-18 08:00', 26.99, NULL, 1),
  (45, 20, 22, '2024-11-28 07:15', 20.00, '2025-01-05 08:20', 4), (46, 20, 17, '2024-11-29 07:45', 22.50, NULL, 4),
  (47, 21, 9, '2024-11-27 13:30', 65.00, '2025-02-10 14:00', 4), (48, 21, 19, '2024-03-02 12:40', 0.00, NULL, NULL),
  (49, 22, 12, '2024-03-10 19:05', 34.99, NULL, NULL), (50, 22, 11, '2024-01-09 18:30', 35.99, '2024-02-20 20:00', 1),
  (51, 23, 6, '2024-02-15 12:00', 69.99, NULL, NULL), (52, 23, 3, '2024-02-15 12:45', 0.00, '2024-02-16 09:30', NULL),
  (53, 24, 1, '2024-03-20 20:30', 22.49, '2024-04-18 21:15', 2), (54, 25, 8, '2024-05-07 07:00', 74.99, NULL, 2),
  (55, 25, 2, '2024-08-10 06:50', 63.99, '2024-09-30 07:40', 3), (56, 26, 5, '2024-06-22 16:30', 39.99, '2024-07-30 17:10', 3),
  (57, 26, 1, '2025-01-10 17:00', 20.99, NULL, 6), (58, 27, 3, '2024-08-13 09:40', 0.00, NULL, NULL),
  (59, 27, 22, '2025-03-05 10:00', 39.99, NULL, NULL), (60, 28, 19, '2025-03-12 22:05', 0.00, '2025-03-30 22:50', NULL);

INSERT INTO learn.lesson_progress VALUES
  (1, 10, 21, 858, true), (2, 10, 22, 1291, true), (3, 10, 23, 1664, true), (4, 13, 47, 1163, true),
  (5, 13, 48, 729, false), (6, 15, 38, 934, true), (7, 15, 39, 1707, true), (8, 15, 40, 1450, true),
  (9, 26, 21, 270, false), (10, 31, 47, 1165, true), (11, 31, 48, 1598, true), (12, 31, 49, 1011, true),
  (13, 34, 60, 851, true), (14, 34, 61, 1164, true), (15, 34, 62, 1597, true), (16, 37, 24, 490, true),
  (17, 37, 25, 1116, false), (18, 45, 68, 824, true), (19, 45, 69, 1207, true), (20, 45, 70, 620, true),
  (21, 46, 53, 270, false), (22, 47, 29, 1035, true), (23, 47, 30, 2610, true), (24, 47, 31, 2501, true),
  (25, 47, 32, 2034, true), (26, 48, 60, 847, true), (27, 48, 61, 1160, true), (28, 49, 38, 910, true),
  (29, 50, 35, 670, true), (30, 50, 36, 1643, true), (31, 50, 37, 1621, true), (32, 51, 17, 975, true),
  (33, 51, 18, 1228, true), (34, 51, 19, 957, false), (35, 52, 8, 577, true), (36, 52, 9, 950, true),
  (37, 53, 1, 455, true), (38, 53, 2, 828, true), (39, 53, 3, 1031, true), (40, 53, 4, 1284, true),
  (41, 54, 24, 432, false), (42, 55, 5, 1455, true), (43, 55, 6, 1168, true), (44, 55, 7, 2081, true),
  (45, 56, 13, 668, true), (46, 56, 14, 621, true), (47, 56, 15, 1995, true), (48, 56, 16, 887, true),
  (49, 57, 1, 461, true), (50, 57, 2, 294, false), (51, 58, 8, 561, true), (52, 59, 68, 420, false),
  (53, 60, 60, 865, true), (54, 60, 61, 1178, true), (55, 60, 62, 1611, true);

INSERT INTO learn.reviews VALUES
  (1, 1, 1, 5, 'Perfect first course, very clear.', '2022-02-21 10:00'),
  (2, 1, 2, 4, 'Good pace, a bit basic at the end.', '2022-03-02 18:30'),
  (3, 1, 9, 5, NULL, '2022-10-11 09:15'),
  (4, 1, 15, 4, 'Great exercises.', '2023-05-11 22:00'),
  (5, 1, 24, 3, 'Fine, but the audio is quiet.', '2024-04-19 20:40'),
  (6, 1, 6, 2, NULL, '2023-01-10 12:10'),
  (7, 2, 2, 5, 'Finally understood metaclasses.', '2022-11-21 17:00'),
  (8, 2, 25, 4, NULL, '2024-10-01 07:30'),
  (9, 3, 3, 5, 'Short and useful.', '2022-03-26 08:00'),
  (10, 3, 8, 4, NULL, '2022-09-04 21:00'),
  (11, 3, 23, 5, 'Exactly what I needed.', '2024-02-16 10:00'),
  (12, 5, 1, 4, 'Solid modern JS overview.', '2022-04-16 20:00'),
  (13, 5, 26, 5, NULL, '2024-07-31 18:00'),
  (14, 5, 13, 2, 'Too fast for me.', '2023-03-01 19:20'),
  (15, 6, 8, 4, 'The hooks chapter is excellent.', '2023-05-02 21:30'),
  (16, 6, 17, 3, NULL, '2023-08-21 16:45'),
  (17, 7, 3, 5, 'Sehr praxisnah.', '2024-03-11 12:00'),
  (18, 8, 1, 5, 'The best ML intro I have taken.', '2022-09-02 20:00'),
  (19, 8, 7, 4, NULL, '2022-10-04 08:10'),
  (20, 8, 11, 5, 'Clear explanations of regularisation.', '2023-03-02 15:30'),
  (21, 8, 25, 3, NULL, '2024-06-15 06:20'),
  (22, 9, 7, 5, 'Hard but rewarding.', '2023-05-16 07:40'),
  (23, 9, 21, 4, 'Great GPU section.', '2025-02-11 13:10'),
  (24, 11, 5, 4, NULL, '2022-06-15 14:00'),
  (25, 11, 22, 5, 'Dashboards made easy.', '2024-02-21 19:00'),
  (26, 12, 5, 5, 'Ottimo corso!', '2024-04-03 11:30'),
  (27, 14, 4, 4, 'Practical interview tips.', '2022-05-31 21:00'),
  (28, 14, 12, 5, NULL, '2023-03-01 10:30'),
  (29, 15, 12, 3, 'The governance part felt thin.', '2024-08-16 09:00'),
  (30, 16, 6, 4, 'Bom para iniciantes.', '2023-07-21 17:00'),
  (31, 18, 1, 5, 'Window functions finally click.', '2023-06-03 18:00'),
  (32, 18, 14, 3, NULL, '2023-05-29 09:00'),
  (33, 18, 9, 5, 'Great practice queries.', '2023-07-01 10:20'),
  (34, 19, 28, 4, 'Free and good.', '2025-03-31 08:00'),
  (35, 22, 20, 5, 'Saved me hours every week.', '2025-01-06 08:45'),
  (36, 4, 19, 1, 'Uses an outdated pandas version.', '2023-12-02 20:10'),
  (37, 17, 29, 2, 'Only watched the previews, not convinced.', '2025-02-01 11:00');

-- An architecture cluster in the public schema, like Spider's architecture: no declared keys, quoted
-- capitalised columns; bridge."Architect_ID" and mill."Architect_ID" hold architect."Architect_ID".
CREATE TABLE architect ("Architect_ID" integer, "Name" text, "Nationality" text, "Gender" text);
CREATE TABLE bridge ("Architect_ID" integer, "Bridge_ID" integer, "Name" text, "Location" text,
  "Length_meters" real, "Length_feet" real);
CREATE TABLE mill ("Architect_ID" integer, "Mill_ID" integer, "Location" text, "Name" text, "Type" text,
  "Built_Year" integer, "Notes" text);

INSERT INTO architect VALUES
  (1, 'Ingrid Halvorsen', 'Norwegian', 'female'), (2, 'Tomás Ferreira', 'Portuguese', 'male'), (3, 'Kwame Asante', 'Ghanaian', 'male'),
  (4, 'Mei Lin', 'Chinese', 'female'), (5, 'Henrik Vogel', 'German', 'male'), (6, 'Amara Okafor', 'Nigerian', 'female'),
  (7, 'Giovanni Russo', 'Italian', 'male'), (8, 'Elena Petrova', 'Russian', 'female'), (9, 'Samuel Clarke', 'British', 'male');

INSERT INTO bridge VALUES
  (1, 1, 'Fjordspenn Bridge', 'Bergen, Norway', 412.0, 1351.7), (1, 2, 'Nordlys Footbridge', 'Tromsø, Norway', 96.5, 316.6),
  (2, 3, 'Ponte do Rio Azul', 'Porto, Portugal', 268.0, 879.3), (3, 4, 'Volta Crossing', 'Akosombo, Ghana', 530.0, 1738.8),
  (4, 5, 'Jade River Bridge', 'Guilin, China', 301.5, 989.2), (4, 6, 'Lotus Arch Bridge', 'Hangzhou, China', 188.0, 616.8),
  (4, 7, 'Silk Road Viaduct', 'Lanzhou, China', 455.0, 1492.8), (5, 8, 'Rheinbogen Bridge', 'Cologne, Germany', 367.0, 1204.1),
  (6, 9, 'Niger Delta Span', 'Onitsha, Nigeria', 222.5, 730.0), (7, 10, 'Ponte della Luce', 'Verona, Italy', 74.0, 242.8),
  (7, 11, 'Ponte San Marco Nuovo', 'Venice, Italy', 118.0, 387.1), (9, 12, 'Thames Gateway Bridge', 'London, UK', 389.5, 1277.9),
  (5, 13, 'Elbe Skywalk', 'Dresden, Germany', 143.0, 469.2), (2, 14, 'Ponte Atlântica', 'Lisbon, Portugal', 498.0, 1633.9);

INSERT INTO mill VALUES
  (1, 1, 'Stavanger', 'Havbris Mill', 'Windmill', 1912, 'Restored in 1998'), (2, 2, 'Óbidos', 'Moinho do Vento Alto', 'Windmill', 1887, NULL),
  (2, 3, 'Seixal', 'Moinho de Maré do Seixal', 'Tide mill', 1901, 'Now a museum'), (5, 4, 'Lüneburg', 'Heidemühle', 'Watermill', 1856, NULL),
  (5, 5, 'Greetsiel', 'Zwillingsmühle Ost', 'Windmill', 1921, 'One of a pair'), (5, 6, 'Wismar', 'Hafenmühle', 'Windmill', 1878, NULL),
  (7, 7, 'Matera', 'Mulino di Pietra', 'Watermill', 1834, 'Oldest working mill in the region'), (9, 8, 'Woodbridge', 'Woodbridge Tide Mill', 'Tide mill', 1893, 'Restored in 2011'),
  (9, 9, 'Cley next the Sea', 'Cley Marsh Mill', 'Windmill', 1905, NULL), (6, 10, 'Kano', 'Kano Grain Mill', 'Watermill', 1948, NULL),
  (3, 11, 'Kumasi', 'Ashanti Mill', 'Watermill', 1952, 'Converted to a bakery'), (1, 12, 'Lofoten', 'Nordvind Mill', 'Windmill', 1930, NULL);

-- A car-park cluster in the public schema with declared keys.
CREATE TABLE parking_lots (lot_id integer PRIMARY KEY, lot_name text NOT NULL UNIQUE, city text NOT NULL,
  capacity integer NOT NULL, hourly_rate numeric(5,2) NOT NULL, is_covered boolean NOT NULL);
CREATE TABLE vehicles (vehicle_id integer PRIMARY KEY, plate text NOT NULL UNIQUE, owner_name text,
  vehicle_type text NOT NULL CHECK (vehicle_type IN ('car', 'van', 'motorbike')), make text NOT NULL,
  is_electric boolean NOT NULL);
CREATE TABLE parking_sessions (session_id integer PRIMARY KEY,
  lot_id integer NOT NULL REFERENCES parking_lots (lot_id),
  vehicle_id integer NOT NULL REFERENCES vehicles (vehicle_id), entered_at timestamp NOT NULL, left_at timestamp,
  fee numeric(7,2));

INSERT INTO parking_lots VALUES
  (1, 'Central Station Garage', 'Leeds', 450, 3.50, true), (2, 'Market Square Lot', 'Leeds', 120, 2.00, false),
  (3, 'Riverside Car Park', 'York', 200, 2.50, false), (4, 'Minster Multi-Storey', 'York', 380, 3.20, true),
  (5, 'Airport Long Stay', 'Manchester', 1200, 1.80, false), (6, 'Piccadilly Garage', 'Manchester', 520, 4.00, true),
  (7, 'Northgate Lot', 'Chester', 80, 1.50, false);

INSERT INTO vehicles VALUES
  (1, 'LS21 ABC', 'Helen Carter', 'car', 'Ford', false), (2, 'YO19 KLM', 'Rajesh Patel', 'car', 'Tesla', true), (3, 'MA70 XYZ', 'Sarah Nolan', 'van', 'Ford', false),
  (4, 'LS68 DEF', 'Tom Baker', 'motorbike', 'Honda', false), (5, 'CH22 GHJ', 'Lucy Green', 'car', 'Nissan', true), (6, 'YO71 NPR', NULL, 'van', 'Mercedes', false),
  (7, 'MA18 TUV', 'Peter Hughes', 'car', 'Volkswagen', false), (8, 'LS73 WXY', 'Amira Hassan', 'car', 'Kia', true), (9, 'YO65 BCD', 'George Wood', 'car', 'Toyota', false),
  (10, 'MA23 EFG', NULL, 'van', 'Renault', true), (11, 'LS15 HJK', 'Fiona Reid', 'motorbike', 'Zero', true), (12, 'CH69 LMN', 'Daniel Evans', 'car', 'BMW', false),
  (13, 'YO24 PQR', 'Grace Lee', 'car', 'Hyundai', true), (14, 'MA66 STU', 'Owen Price', 'car', 'Ford', false), (15, 'LS20 VWX', 'Hannah Scott', 'car', 'Vauxhall', false);

INSERT INTO parking_sessions VALUES
  (1, 1, 1, '2025-01-06 08:05', '2025-01-06 17:10', 28.00), (2, 1, 1, '2025-01-07 08:10', '2025-01-07 17:00', 28.00),
  (3, 1, 1, '2025-01-08 07:58', '2025-01-08 17:18', 28.00), (4, 2, 4, '2025-01-08 12:30', '2025-01-08 13:15', 2.00),
  (5, 5, 2, '2025-01-10 05:40', '2025-01-17 09:00', 108.00), (6, 6, 7, '2025-01-11 18:20', '2025-01-11 21:30', 16.00),
  (7, 3, 9, '2025-01-12 10:00', '2025-01-12 12:00', 5.00), (8, 4, 9, '2025-01-12 14:15', '2025-01-12 15:50', 6.40),
  (9, 4, 6, '2025-01-14 09:00', '2025-01-14 14:00', 16.00), (10, 6, 3, '2025-01-15 07:30', '2025-01-15 17:30', 32.00),
  (11, 2, 11, '2025-01-15 13:05', '2025-01-15 13:15', 0.00), (12, 1, 8, '2025-01-20 08:45', '2025-01-20 16:45', 28.00),
  (13, 5, 14, '2025-01-24 04:50', '2025-01-27 06:30', 46.80), (14, 3, 5, '2025-02-01 11:20', '2025-02-01 13:50', 7.50),
  (15, 4, 12, '2025-02-03 16:40', '2025-02-03 17:55', 6.40), (16, 6, 10, '2025-02-04 06:55', '2025-02-04 17:55', 32.00),
  (17, 1, 15, '2025-02-05 09:10', '2025-02-05 13:10', 14.00), (18, 2, 4, '2025-02-07 12:00', '2025-02-07 12:55', 2.00),
  (19, 3, 9, '2025-02-09 10:30', '2025-02-09 13:30', 7.50), (20, 5, 7, '2025-02-12 05:15', '2025-02-17 05:45', 73.80),
  (21, 6, 3, '2025-02-14 07:45', '2025-02-14 17:35', 32.00), (22, 4, 2, '2025-02-18 19:00', '2025-02-18 21:10', 9.60),
  (23, 1, 1, '2025-03-03 08:02', '2025-03-03 17:02', 28.00), (24, 1, 8, '2025-03-04 08:30', '2025-03-04 16:50', 28.00),
  (25, 2, 11, '2025-03-05 12:15', '2025-03-05 12:27', 0.00), (26, 3, 6, '2025-03-07 09:40', '2025-03-07 13:10', 10.00),
  (27, 6, 12, '2025-03-08 20:10', '2025-03-08 22:50', 12.00), (28, 5, 2, '2025-03-10 06:00', '2025-03-20 06:00', 144.00),
  (29, 4, 5, '2025-03-12 15:30', '2025-03-12 17:00', 6.40), (30, 6, 10, '2025-03-14 07:00', '2025-03-14 17:40', 32.00),
  (31, 1, 15, '2025-03-18 09:00', '2025-03-18 14:00', 17.50), (32, 3, 9, '2025-03-22 10:15', '2025-03-22 13:00', 7.50),
  (33, 2, 4, '2025-03-25 11:50', '2025-03-25 12:30', 2.00), (34, 6, 7, '2025-03-28 18:45', '2025-03-28 22:05', 16.00),
  (35, 4, 14, '2025-04-01 10:05', '2025-04-01 11:55', 6.40), (36, 1, 1, '2025-04-02 08:00', NULL, NULL),
  (37, 5, 3, '2025-04-02 05:30', NULL, NULL), (38, 6, 12, '2025-04-03 09:20', NULL, NULL),
  (39, 3, 5, '2024-12-20 13:00', '2024-12-20 15:20', 7.50), (40, 2, 8, '2024-12-23 10:10', '2024-12-23 11:20', 4.00);
