-- Events (development-only probe schema), modelled on public text-to-SQL benchmark databases.
-- A tech-conference cluster in the non-public schema `confer`:
--   conferences (name such as 'DataConf Berlin 2024', city NULL for a virtual conference, starts_on, ends_on,
--     is_virtual);
--   rooms (conference_id, room_name, capacity in seats; room names such as 'Hall A', 'Room 2.1' and 'Main Stage'
--     repeat across conferences);
--   speakers (full_name, company, country, twitter_handle NULL when none, bio NULL when none);
--   talks (conference_id, room_id, title, track 'AI' / 'Web' / 'Data' / 'Security', level 'beginner' /
--     'intermediate' / 'advanced', scheduled_at, duration_minutes, cancelled_at NULL unless the talk was
--     cancelled, follow_up_of referencing talks, NULL unless the talk follows up an earlier talk);
--   talk_speakers (talk_id, speaker_id, is_primary: the primary speaker vs a co-speaker; key talk_id + speaker_id);
--   attendees (name, email, company NULL when none, country, registered_at = when the attendee signed up);
--   registrations (attendee_id, conference_id, ticket_type 'standard' / 'student' / 'vip', price_paid,
--     checked_in; one row per attendee and conference, no date);
--   talk_ratings (talk_id, attendee_id, stars 1-5, comment NULL when none, rated_at);
--   sponsors (conference_id, company_name, tier 'gold' / 'silver' / 'bronze', amount).
-- Primary keys on all nine tables; foreign keys declared everywhere except talk_ratings.attendee_id
-- (-> attendees.attendee_id) and sponsors.conference_id (-> conferences.conference_id).
-- 8 conferences 2024-03-12 .. 2025-10-15: 2 virtual (SecureOps Online 2024, CloudNative Days Online 2025, no city),
-- Berlin hosts 2; DataConf Berlin 2025 is the longest (4 days), CloudNative Days Online 2025 the only one-day one;
-- Nordic DevDays 2025 is the latest and has rooms, registrations and sponsors but no talk; SecureOps Online 2024
-- has no sponsor. 18 rooms; Stream 1 (5000, virtual) is the largest, Workshop Room (60) the smallest; Aurora Hall
-- and Fjord Room (Nordic DevDays 2025) never host a talk.
-- 20 speakers; Securia has the most (3), Germany the most (3); 7 have no twitter handle, 7 no bio; Laura Fischer
-- has no talk; Lars Johansson and Noah Williams have only cancelled talks; Anna Schmidt is on the most talks (5),
-- Hiro Tanaka is the primary speaker on the most (4); 6 talks have two speakers (40 talk_speakers rows).
-- 34 talks (Data 11, Security 9, AI 7, Web 7; 10 beginner, 15 intermediate, 9 advanced); AI Horizons 2024 has the
-- most (7); 3 cancelled (Computer Vision at the Edge, Graph Analytics with Postgres, Server Components Deep Dive);
-- 4 follow-ups (Streaming Pipelines at Scale, Part 2; Query Optimisation Deep Dive II; The State of CSS 2025;
-- Accessible Forms Revisited); dbt for Analysts is the longest (90 min), Web Security Headers the shortest (20).
-- 30 attendees; 7 without company; United Kingdom has the most (4), Brightlane employs the most (5); Emil Larsen
-- never registered; Alice Martin registered for the most conferences (3) and rated the most talks (4).
-- 40 registrations (24 standard, 7 student, 9 vip; 2 free student tickets); AI Horizons 2024 has the most (8) and
-- the highest ticket revenue (5540.00); nobody checked in at Nordic DevDays 2025; CloudNative Days Online 2025
-- sold no vip ticket; 7 attendees (including Emil Larsen) never checked in anywhere.
-- 40 ratings 2024-03-12 .. 2025-06-04, 19 with a comment, average 3.95; Streaming Pipelines at Scale has the most
-- (3); Streaming Pipelines at Scale, Part 2 has the best average of the talks with two or more ratings (5.0),
-- Kubernetes Operators 101 the worst (1); Intro to Data Lakes, Supply Chain Security for Containers and the three
-- cancelled talks have no rating; Nina Ivanova rated a DataConf Berlin 2024 talk without checking in there.
-- 22 sponsor rows; AI Horizons 2024 has the most sponsors (5) and money (102000.00); DataWorks GmbH gave the most
-- (52000.00), Kumo Systems sponsored the most conferences (3), DeepLattice made the largest single deal (40000.00).
-- A workshop cluster in the public schema, like Spider's workshop_paper (no declared keys, quoted capitalised
-- columns, "Date" is text such as 'March 12, 2024'): 9 workshops, Berlin Germany hosts the most (3), Applied
-- Cryptography Workshop received no submission; 16 submissions, Imperial College has the most (3), David Cohen
-- scored highest (95.5), Lucas Petit lowest (59), Ravi Kumar submitted to no workshop; 21 "Acceptance" rows
-- (12 'Accepted', 9 'Rejected'), Trustworthy ML 2024 received the most (4).
-- A catering cluster in the public schema with declared keys: 8 caterers (Nordic Plate unrated, Urban Grill never
-- ordered from; Lisboa Sabores rated best, 4.8; Thames Table the oldest, 1998); 23 menu items (15 vegetarian;
-- Macaron Tray the priciest, 15.00; Espresso the cheapest, 1.50; Beef Burger and Halloumi Wrap never ordered);
-- 28 meal orders 2024-03-12 .. 2025-07-10 (3 not delivered); an order is worth quantity * price; Kestrel Bank spent
-- the most (4999.00), Green Fork earned the most (5218.00), Pastel de Nata was ordered in the largest quantity (580).

CREATE SCHEMA confer;

CREATE TABLE confer.conferences (conference_id integer PRIMARY KEY, name text NOT NULL UNIQUE, city text,
  starts_on date NOT NULL, ends_on date NOT NULL, is_virtual boolean NOT NULL);

CREATE TABLE confer.rooms (room_id integer PRIMARY KEY,
  conference_id integer NOT NULL REFERENCES confer.conferences (conference_id), room_name text NOT NULL,
  capacity integer NOT NULL);

CREATE TABLE confer.speakers (speaker_id integer PRIMARY KEY, full_name text NOT NULL, company text NOT NULL,
  country text NOT NULL, twitter_handle text, bio text);

CREATE TABLE confer.talks (talk_id integer PRIMARY KEY,
  conference_id integer NOT NULL REFERENCES confer.conferences (conference_id),
  room_id integer NOT NULL REFERENCES confer.rooms (room_id), title text NOT NULL,
  track text NOT NULL CHECK (track IN ('AI', 'Web', 'Data', 'Security')),
  level text NOT NULL CHECK (level IN ('beginner', 'intermediate', 'advanced')),
  scheduled_at timestamp NOT NULL, duration_minutes integer NOT NULL, cancelled_at timestamp,
  follow_up_of integer REFERENCES confer.talks (talk_id));

CREATE TABLE confer.talk_speakers (talk_id integer NOT NULL REFERENCES confer.talks (talk_id),
  speaker_id integer NOT NULL REFERENCES confer.speakers (speaker_id), is_primary boolean NOT NULL,
  PRIMARY KEY (talk_id, speaker_id));

CREATE TABLE confer.attendees (attendee_id integer PRIMARY KEY, name text NOT NULL, email text NOT NULL UNIQUE,
  company text, country text NOT NULL, registered_at timestamp NOT NULL);

CREATE TABLE confer.registrations (registration_id integer PRIMARY KEY,
  attendee_id integer NOT NULL REFERENCES confer.attendees (attendee_id),
  conference_id integer NOT NULL REFERENCES confer.conferences (conference_id),
  ticket_type text NOT NULL CHECK (ticket_type IN ('standard', 'student', 'vip')),
  price_paid numeric(7,2) NOT NULL, checked_in boolean NOT NULL, UNIQUE (attendee_id, conference_id));

-- talk_ratings.attendee_id holds an attendees.attendee_id but has no declared foreign key.
CREATE TABLE confer.talk_ratings (rating_id integer PRIMARY KEY,
  talk_id integer NOT NULL REFERENCES confer.talks (talk_id), attendee_id integer NOT NULL,
  stars integer NOT NULL CHECK (stars BETWEEN 1 AND 5), comment text, rated_at timestamp NOT NULL);

-- sponsors.conference_id holds a conferences.conference_id but has no declared foreign key.
CREATE TABLE confer.sponsors (sponsor_id integer PRIMARY KEY, conference_id integer NOT NULL,
  company_name text NOT NULL, tier text NOT NULL CHECK (tier IN ('gold', 'silver', 'bronze')),
  amount numeric(9,2) NOT NULL);

INSERT INTO confer.conferences VALUES
  (1, 'DataConf Berlin 2024', 'Berlin', '2024-03-12', '2024-03-14', false),
  (2, 'FrontEnd Forward 2024', 'Amsterdam', '2024-05-21', '2024-05-22', false),
  (3, 'AI Horizons 2024', 'London', '2024-09-17', '2024-09-19', false),
  (4, 'SecureOps Online 2024', NULL, '2024-11-05', '2024-11-06', true),
  (5, 'CloudNative Days Online 2025', NULL, '2025-02-04', '2025-02-04', true),
  (6, 'DataConf Berlin 2025', 'Berlin', '2025-03-11', '2025-03-14', false),
  (7, 'FrontEnd Forward 2025', 'Lisbon', '2025-06-03', '2025-06-04', false),
  (8, 'Nordic DevDays 2025', 'Stockholm', '2025-10-14', '2025-10-15', false);

INSERT INTO confer.rooms VALUES
  (1, 1, 'Hall A', 600), (2, 1, 'Room 2.1', 150), (3, 1, 'Room 2.2', 120),
  (4, 2, 'Main Stage', 800), (5, 2, 'Workshop Room', 60),
  (6, 3, 'Auditorium', 1200), (7, 3, 'Turing Room', 200), (8, 3, 'Lovelace Room', 180),
  (9, 4, 'Stream 1', 5000), (10, 4, 'Stream 2', 3000),
  (11, 5, 'Main Stream', 4000),
  (12, 6, 'Hall A', 650), (13, 6, 'Room 2.1', 150), (14, 6, 'Room 3.4', 90),
  (15, 7, 'Main Stage', 900), (16, 7, 'Sala Tejo', 250),
  (17, 8, 'Aurora Hall', 500), (18, 8, 'Fjord Room', 100);

INSERT INTO confer.speakers VALUES
  (1, 'Anna Schmidt', 'DataWorks GmbH', 'Germany', '@annaschmidt', 'Data engineer focused on streaming pipelines.'),
  (2, 'Rahul Mehta', 'Finlytics', 'India', '@rahulm', NULL),
  (3, 'Sophie Dubois', 'Mistral Web', 'France', NULL, 'Front-end architect and CSS enthusiast.'),
  (4, 'James O''Neill', 'Securia', 'Ireland', '@jamesoneill', 'Penetration tester and author of two books on web security.'),
  (5, 'Mei Chen', 'DeepLattice', 'Singapore', '@meichen_ai', 'Researcher in large language models.'),
  (6, 'Lars Johansson', 'Nordbyte', 'Sweden', NULL, NULL),
  (7, 'Priya Nair', 'DeepLattice', 'India', '@priyanair', 'ML engineer working on model evaluation.'),
  (8, 'Tom Becker', 'DataWorks GmbH', 'Germany', NULL, 'Analytics engineer and dbt trainer.'),
  (9, 'Elena García', 'Pixelcraft', 'Spain', '@elenagarcia', 'Design systems lead.'),
  (10, 'Kwame Mensah', 'CloudHarbor', 'Ghana', '@kwamecodes', 'Platform engineer and Kubernetes maintainer.'),
  (11, 'Olivia Brown', 'Securia', 'United Kingdom', '@oliviab_sec', NULL),
  (12, 'Hiro Tanaka', 'Kumo Systems', 'Japan', NULL, 'Works on distributed databases and query planners.'),
  (13, 'Fatima Al-Khalil', 'Finlytics', 'United Arab Emirates', '@fatimak', 'Data scientist in fintech.'),
  (14, 'Marco Rossi', 'Pixelcraft', 'Italy', NULL, NULL),
  (15, 'Grace Kim', 'CloudHarbor', 'United States', '@gracekim', 'SRE and incident response lead.'),
  (16, 'Daniel Novak', 'Nordbyte', 'Czech Republic', '@dnovak', NULL),
  (17, 'Isabel Costa', 'Mistral Web', 'Portugal', '@isacosta', 'Accessibility advocate.'),
  (18, 'Ahmed Hassan', 'Securia', 'Egypt', NULL, 'Cryptography researcher.'),
  (19, 'Laura Fischer', 'Independent', 'Germany', '@laurafischer', NULL),
  (20, 'Noah Williams', 'Kumo Systems', 'United States', NULL, NULL);

INSERT INTO confer.talks VALUES
  (1, 1, 1, 'Streaming Pipelines at Scale', 'Data', 'intermediate', '2024-03-12 09:30', 45, NULL, NULL),
  (2, 1, 2, 'Intro to Data Lakes', 'Data', 'beginner', '2024-03-12 11:00', 30, NULL, NULL),
  (3, 1, 3, 'Feature Stores in Practice', 'AI', 'intermediate', '2024-03-12 14:00', 45, NULL, NULL),
  (4, 1, 1, 'Query Optimisation Deep Dive', 'Data', 'advanced', '2024-03-13 10:00', 60, NULL, NULL),
  (5, 1, 2, 'Securing Your Data Warehouse', 'Security', 'intermediate', '2024-03-13 13:30', 30, NULL, NULL),
  (6, 1, 3, 'dbt for Analysts', 'Data', 'beginner', '2024-03-14 09:00', 90, NULL, NULL),
  (7, 2, 4, 'The State of CSS 2024', 'Web', 'beginner', '2024-05-21 09:30', 45, NULL, NULL),
  (8, 2, 5, 'Building Accessible Forms', 'Web', 'intermediate', '2024-05-21 11:00', 60, NULL, NULL),
  (9, 2, 4, 'Design Systems That Last', 'Web', 'intermediate', '2024-05-21 14:00', 30, NULL, NULL),
  (10, 2, 5, 'XSS in Modern Frameworks', 'Security', 'advanced', '2024-05-22 13:00', 45, NULL, NULL),
  (11, 3, 6, 'Large Language Models: Keynote', 'AI', 'beginner', '2024-09-17 09:00', 60, NULL, NULL),
  (12, 3, 7, 'Evaluating LLMs Honestly', 'AI', 'advanced', '2024-09-17 11:00', 45, NULL, NULL),
  (13, 3, 8, 'Vector Databases Explained', 'Data', 'intermediate', '2024-09-17 14:00', 30, NULL, NULL),
  (14, 3, 7, 'Fine-Tuning on a Budget', 'AI', 'intermediate', '2024-09-18 10:00', 45, NULL, NULL),
  (15, 3, 6, 'Responsible AI in Finance', 'AI', 'intermediate', '2024-09-18 13:00', 30, NULL, NULL),
  (16, 3, 8, 'Prompt Injection Attacks', 'Security', 'advanced', '2024-09-18 15:30', 45, NULL, NULL),
  (17, 3, 6, 'Computer Vision at the Edge', 'AI', 'advanced', '2024-09-19 10:00', 45, '2024-09-02 16:20', NULL),
  (18, 4, 9, 'Zero Trust for Beginners', 'Security', 'beginner', '2024-11-05 15:00', 30, NULL, NULL),
  (19, 4, 10, 'Incident Response Playbooks', 'Security', 'intermediate', '2024-11-05 16:00', 45, NULL, NULL),
  (20, 4, 9, 'Post-Quantum Cryptography', 'Security', 'advanced', '2024-11-06 15:00', 60, NULL, NULL),
  (21, 5, 11, 'Kubernetes Operators 101', 'Web', 'beginner', '2025-02-04 14:00', 45, NULL, NULL),
  (22, 5, 11, 'Observability with OpenTelemetry', 'Data', 'intermediate', '2025-02-04 15:00', 30, NULL, NULL),
  (23, 5, 11, 'Supply Chain Security for Containers', 'Security', 'intermediate', '2025-02-04 16:00', 30, NULL, NULL),
  (24, 6, 12, 'Streaming Pipelines at Scale, Part 2', 'Data', 'advanced', '2025-03-11 09:30', 45, NULL, 1),
  (25, 6, 13, 'Data Contracts', 'Data', 'intermediate', '2025-03-11 11:00', 30, NULL, NULL),
  (26, 6, 12, 'Query Optimisation Deep Dive II', 'Data', 'advanced', '2025-03-12 14:00', 60, NULL, 4),
  (27, 6, 13, 'Privacy Engineering for Analysts', 'Security', 'beginner', '2025-03-13 09:30', 30, NULL, NULL),
  (28, 6, 14, 'SQL for Everyone', 'Data', 'beginner', '2025-03-13 13:00', 75, NULL, NULL),
  (29, 6, 12, 'Graph Analytics with Postgres', 'Data', 'intermediate', '2025-03-14 10:00', 45, '2025-03-01 09:00', NULL),
  (30, 7, 15, 'The State of CSS 2025', 'Web', 'beginner', '2025-06-03 09:30', 45, NULL, 7),
  (31, 7, 16, 'Accessible Forms Revisited', 'Web', 'intermediate', '2025-06-03 11:00', 60, NULL, 8),
  (32, 7, 15, 'AI-Assisted Front-End Testing', 'AI', 'intermediate', '2025-06-03 14:00', 30, NULL, NULL),
  (33, 7, 16, 'Web Security Headers', 'Security', 'beginner', '2025-06-04 10:00', 20, NULL, NULL),
  (34, 7, 15, 'Server Components Deep Dive', 'Web', 'advanced', '2025-06-04 13:00', 45, '2025-05-28 12:00', NULL);

INSERT INTO confer.talk_speakers VALUES
  (1, 1, true), (2, 8, true), (3, 7, true), (3, 5, false), (4, 12, true), (4, 1, false), (5, 11, true),
  (6, 8, true), (7, 3, true), (8, 17, true), (8, 3, false), (9, 9, true), (9, 14, false), (10, 4, true),
  (11, 5, true), (12, 7, true), (13, 12, true), (13, 1, false), (14, 2, true), (15, 13, true), (16, 4, true),
  (16, 11, false), (17, 20, true), (18, 15, true), (19, 15, true), (20, 18, true), (21, 10, true),
  (22, 16, true), (23, 10, true), (24, 1, true), (25, 8, true), (26, 12, true), (27, 16, true), (28, 1, true),
  (29, 12, true), (30, 3, true), (31, 17, true), (32, 14, true), (33, 4, true), (34, 6, true);

INSERT INTO confer.attendees VALUES
  (1, 'Alice Martin', 'alice.martin@brightlane.io', 'Brightlane', 'France', '2023-11-02 10:15'),
  (2, 'Ben Carter', 'ben.carter@gmail.com', NULL, 'United Kingdom', '2023-12-14 18:40'),
  (3, 'Chiara Romano', 'chiara.romano@orbitallabs.com', 'Orbital Labs', 'Italy', '2024-01-08 09:05'),
  (4, 'David Kim', 'dkim@kestrelbank.com', 'Kestrel Bank', 'United States', '2024-01-20 14:30'),
  (5, 'Eva Novotná', 'eva.novotna@seznam.cz', NULL, 'Czech Republic', '2024-02-02 08:55'),
  (6, 'Felix Wagner', 'felix.wagner@northwind.de', 'Northwind', 'Germany', '2024-02-10 11:20'),
  (7, 'Hannah Lee', 'hannah.lee@helixhealth.com', 'Helix Health', 'United States', '2024-02-27 16:45'),
  (8, 'Ivan Petrov', 'ivan.petrov@mail.com', NULL, 'Bulgaria', '2024-03-01 07:30'),
  (9, 'Julia Santos', 'julia.santos@brightlane.io', 'Brightlane', 'Portugal', '2024-03-05 12:00'),
  (10, 'Karim Haddad', 'karim@orbitallabs.com', 'Orbital Labs', 'France', '2024-04-11 19:10'),
  (11, 'Lena Müller', 'lena.mueller@northwind.de', 'Northwind', 'Germany', '2024-04-18 10:00'),
  (12, 'Mohammed Ali', 'm.ali@kestrelbank.com', 'Kestrel Bank', 'United Kingdom', '2024-05-02 13:25'),
  (13, 'Nina Ivanova', 'nina.ivanova@gmail.com', NULL, 'Germany', '2024-06-14 09:40'),
  (14, 'Oscar Lindberg', 'oscar@nordicpay.se', 'NordicPay', 'Sweden', '2024-07-01 15:00'),
  (15, 'Paula Jiménez', 'paula.jimenez@helixhealth.com', 'Helix Health', 'Spain', '2024-07-23 11:11'),
  (16, 'Quentin Moreau', 'quentin.moreau@univ-paris.fr', NULL, 'France', '2024-08-05 08:00'),
  (17, 'Rosa Bianchi', 'rosa.bianchi@orbitallabs.com', 'Orbital Labs', 'Italy', '2024-08-19 17:35'),
  (18, 'Samuel Osei', 'samuel.osei@brightlane.io', 'Brightlane', 'Ghana', '2024-09-01 10:50'),
  (19, 'Tara Singh', 'tara.singh@kestrelbank.com', 'Kestrel Bank', 'India', '2024-09-09 14:05'),
  (20, 'Umar Farooq', 'umar.farooq@brightlane.io', 'Brightlane', 'Pakistan', '2024-10-10 09:15'),
  (21, 'Vera Kowalska', 'vera.kowalska@northwind.de', 'Northwind', 'Poland', '2024-10-28 12:30'),
  (22, 'William Turner', 'will.turner@helixhealth.com', 'Helix Health', 'United Kingdom', '2024-11-15 16:00'),
  (23, 'Xu Ming', 'xu.ming@nordicpay.se', 'NordicPay', 'China', '2024-12-03 08:20'),
  (24, 'Yasmin Aziz', 'yasmin.aziz@gmail.com', NULL, 'Egypt', '2025-01-07 19:45'),
  (25, 'Zoe Clarke', 'zoe.clarke@brightlane.io', 'Brightlane', 'United Kingdom', '2025-01-22 10:05'),
  (26, 'Aaron Cohen', 'aaron.cohen@kestrelbank.com', 'Kestrel Bank', 'Canada', '2025-02-14 11:40'),
  (27, 'Bianca Ferreira', 'bianca.ferreira@orbitallabs.com', 'Orbital Labs', 'Portugal', '2025-03-03 13:00'),
  (28, 'Carlos Mendes', 'carlos.mendes@gmail.com', NULL, 'Brazil', '2025-04-09 09:30'),
  (29, 'Dana White', 'dana.white@northwind.de', 'Northwind', 'United States', '2025-05-16 15:20'),
  (30, 'Emil Larsen', 'emil.larsen@nordicpay.se', 'NordicPay', 'Denmark', '2025-08-02 10:10');

INSERT INTO confer.registrations VALUES
  (1, 1, 1, 'standard', 450, true), (2, 6, 1, 'vip', 900, true), (3, 11, 1, 'standard', 405, true),
  (4, 13, 1, 'student', 150, false), (5, 3, 1, 'standard', 450, true),
  (6, 9, 2, 'standard', 350, true), (7, 1, 2, 'vip', 700, true), (8, 17, 2, 'standard', 315, false),
  (9, 10, 2, 'student', 120, true),
  (10, 2, 3, 'standard', 600, true), (11, 4, 3, 'vip', 1200, true), (12, 7, 3, 'standard', 540, true),
  (13, 12, 3, 'standard', 600, false), (14, 19, 3, 'vip', 1200, true), (15, 16, 3, 'student', 200, true),
  (16, 18, 3, 'standard', 600, true), (17, 3, 3, 'standard', 600, true),
  (18, 8, 4, 'standard', 99, true), (19, 20, 4, 'student', 0, true), (20, 22, 4, 'standard', 99, false),
  (21, 5, 4, 'vip', 199, true),
  (22, 21, 5, 'standard', 79, true), (23, 23, 5, 'standard', 79, true), (24, 24, 5, 'student', 0, false),
  (25, 6, 6, 'vip', 950, true), (26, 11, 6, 'standard', 480, true), (27, 13, 6, 'student', 160, true),
  (28, 25, 6, 'standard', 432, true), (29, 26, 6, 'standard', 480, false), (30, 1, 6, 'standard', 480, true),
  (31, 14, 6, 'vip', 950, true),
  (32, 9, 7, 'standard', 380, true), (33, 27, 7, 'standard', 342, true), (34, 15, 7, 'vip', 750, true),
  (35, 28, 7, 'student', 130, false), (36, 17, 7, 'standard', 380, true),
  (37, 29, 8, 'standard', 400, false), (38, 2, 8, 'vip', 800, false), (39, 14, 8, 'standard', 360, false),
  (40, 7, 8, 'standard', 400, false);

INSERT INTO confer.talk_ratings VALUES
  (1, 1, 1, 5, 'Great real-world examples', '2024-03-12 10:30'),
  (2, 1, 6, 4, NULL, '2024-03-12 10:40'),
  (3, 1, 11, 5, 'Best talk of the day', '2024-03-12 11:05'),
  (4, 3, 3, 3, 'A bit too high level', '2024-03-12 15:00'),
  (5, 4, 6, 5, NULL, '2024-03-13 11:20'),
  (6, 4, 1, 4, 'Dense but useful', '2024-03-13 11:30'),
  (7, 5, 11, 2, 'Slides were hard to read', '2024-03-13 14:10'),
  (8, 6, 13, 4, NULL, '2024-03-14 10:45'),
  (9, 7, 9, 4, NULL, '2024-05-21 10:20'),
  (10, 8, 10, 5, 'Very practical', '2024-05-21 12:10'),
  (11, 9, 9, 4, NULL, '2024-05-21 14:40'),
  (12, 10, 1, 5, 'Eye-opening demo', '2024-05-22 13:50'),
  (13, 11, 2, 4, NULL, '2024-09-17 10:05'),
  (14, 11, 4, 5, 'Inspiring keynote', '2024-09-17 10:10'),
  (15, 12, 19, 5, 'Finally an honest take', '2024-09-17 12:00'),
  (16, 12, 7, 4, NULL, '2024-09-17 12:15'),
  (17, 13, 18, 2, 'Too basic', '2024-09-17 14:45'),
  (18, 14, 16, 5, NULL, '2024-09-18 11:00'),
  (19, 15, 4, 4, 'Relevant for our bank', '2024-09-18 13:40'),
  (20, 16, 3, 5, 'Scary and brilliant', '2024-09-18 16:30'),
  (21, 16, 19, 4, NULL, '2024-09-18 16:45'),
  (22, 18, 20, 3, NULL, '2024-11-05 15:40'),
  (23, 19, 8, 4, NULL, '2024-11-05 16:50'),
  (24, 20, 5, 5, 'Outstanding', '2024-11-06 16:10'),
  (25, 20, 8, 4, NULL, '2024-11-06 16:20'),
  (26, 21, 21, 1, 'Audio kept dropping', '2025-02-04 14:50'),
  (27, 22, 23, 3, NULL, '2025-02-04 15:40'),
  (28, 24, 6, 5, 'Even better than part one', '2025-03-11 10:20'),
  (29, 24, 1, 5, NULL, '2025-03-11 10:30'),
  (30, 25, 25, 3, NULL, '2025-03-11 11:40'),
  (31, 26, 11, 4, NULL, '2025-03-12 15:10'),
  (32, 26, 14, 4, NULL, '2025-03-12 15:20'),
  (33, 27, 13, 2, 'Not what the abstract promised', '2025-03-13 10:10'),
  (34, 28, 25, 5, 'Perfect for newcomers', '2025-03-13 14:50'),
  (35, 28, 13, 4, NULL, '2025-03-13 15:00'),
  (36, 30, 9, 5, NULL, '2025-06-03 10:20'),
  (37, 31, 15, 4, 'Good follow-up', '2025-06-03 12:10'),
  (38, 32, 27, 3, NULL, '2025-06-03 14:40'),
  (39, 33, 17, 2, 'Way too short', '2025-06-04 10:30'),
  (40, 30, 17, 4, NULL, '2025-06-03 10:35');

INSERT INTO confer.sponsors VALUES
  (1, 1, 'DataWorks GmbH', 'gold', 25000), (2, 1, 'Kumo Systems', 'silver', 12000),
  (3, 1, 'Brightlane', 'bronze', 5000),
  (4, 2, 'Pixelcraft', 'gold', 20000), (5, 2, 'Mistral Web', 'silver', 10000), (6, 2, 'Northwind', 'bronze', 4000),
  (7, 3, 'DeepLattice', 'gold', 40000), (8, 3, 'Kestrel Bank', 'gold', 35000), (9, 3, 'Finlytics', 'silver', 15000),
  (10, 3, 'Orbital Labs', 'bronze', 6000), (22, 3, 'Securia', 'bronze', 6000),
  (11, 5, 'CloudHarbor', 'silver', 8000),
  (12, 6, 'DataWorks GmbH', 'gold', 27000), (13, 6, 'Finlytics', 'silver', 12000),
  (14, 6, 'NordicPay', 'bronze', 5000), (15, 6, 'Kumo Systems', 'bronze', 5000),
  (16, 7, 'Pixelcraft', 'gold', 22000), (17, 7, 'Mistral Web', 'gold', 21000), (18, 7, 'Helix Health', 'bronze', 3500),
  (19, 8, 'Nordbyte', 'gold', 30000), (20, 8, 'NordicPay', 'silver', 10000), (21, 8, 'Kumo Systems', 'silver', 9000);

-- A workshop cluster in the public schema, like Spider's workshop_paper: no declared keys, quoted capitalised
-- columns; "Acceptance"."Submission_ID" holds submission."Submission_ID" and "Acceptance"."Workshop_ID" holds
-- workshop."Workshop_ID".
CREATE TABLE workshop ("Workshop_ID" integer, "Date" text, "Venue" text, "Name" text);
CREATE TABLE submission ("Submission_ID" integer, "Scores" real, "Author" text, "College" text);
CREATE TABLE "Acceptance" ("Submission_ID" integer, "Workshop_ID" integer, "Result" text);

INSERT INTO workshop VALUES
  (1, 'March 14, 2023', 'Berlin Germany', 'Data Quality Workshop 2023'),
  (2, 'May 22, 2023', 'Amsterdam Netherlands', 'Web Performance Workshop'),
  (3, 'September 18, 2023', 'London UK', 'Trustworthy ML 2023'),
  (4, 'November 7, 2023', 'Online', 'Applied Cryptography Workshop'),
  (5, 'March 12, 2024', 'Berlin Germany', 'Data Quality Workshop 2024'),
  (6, 'May 21, 2024', 'Amsterdam Netherlands', 'Accessibility Research Workshop'),
  (7, 'September 18, 2024', 'London UK', 'Trustworthy ML 2024'),
  (8, 'February 4, 2025', 'Online', 'Cloud Systems Workshop'),
  (9, 'March 12, 2025', 'Berlin Germany', 'Data Quality Workshop 2025');

INSERT INTO submission VALUES
  (1, 84.5, 'Maria Lopez', 'ETH Zurich'),
  (2, 71, 'Jonas Berg', 'KTH'),
  (3, 92, 'Aisha Bello', 'Imperial College'),
  (4, 65.5, 'Tomas Horak', 'Charles University'),
  (5, 78, 'Emily Stone', 'MIT'),
  (6, 88, 'Kenji Watanabe', 'University of Tokyo'),
  (7, 59, 'Lucas Petit', 'Sorbonne'),
  (8, 80.5, 'Sara Rossi', 'Politecnico di Milano'),
  (9, 95.5, 'David Cohen', 'Technion'),
  (10, 69, 'Anna Kowalski', 'Warsaw University of Technology'),
  (11, 82, 'Peter Müller', 'ETH Zurich'),
  (12, 74.5, 'Chen Wei', 'Tsinghua University'),
  (13, 90, 'Laura Smith', 'Imperial College'),
  (14, 61.5, 'Omar Farouk', 'Cairo University'),
  (15, 86, 'Julia Novak', 'MIT'),
  (16, 77, 'Ravi Kumar', 'Imperial College');

INSERT INTO "Acceptance" VALUES
  (1, 1, 'Accepted'), (1, 5, 'Accepted'), (2, 2, 'Rejected'), (3, 3, 'Accepted'), (3, 7, 'Accepted'),
  (4, 8, 'Rejected'), (5, 2, 'Accepted'), (6, 3, 'Accepted'), (6, 7, 'Rejected'), (7, 6, 'Rejected'),
  (8, 5, 'Rejected'), (9, 7, 'Accepted'), (9, 3, 'Rejected'), (10, 9, 'Rejected'), (11, 9, 'Accepted'),
  (12, 8, 'Accepted'), (13, 7, 'Accepted'), (14, 6, 'Rejected'), (15, 6, 'Accepted'), (2, 8, 'Rejected'),
  (5, 9, 'Accepted');

-- A catering cluster in the public schema with declared keys.
CREATE TABLE caterer (caterer_id integer PRIMARY KEY, caterer_name text NOT NULL, city text NOT NULL,
  founded_year integer NOT NULL, rating numeric(2,1));
CREATE TABLE menu_item (item_id integer PRIMARY KEY, caterer_id integer NOT NULL REFERENCES caterer (caterer_id),
  item_name text NOT NULL, category text NOT NULL CHECK (category IN ('breakfast', 'lunch', 'snack', 'drink')),
  is_vegetarian boolean NOT NULL, price numeric(6,2) NOT NULL);
CREATE TABLE meal_order (order_id integer PRIMARY KEY, item_id integer NOT NULL REFERENCES menu_item (item_id),
  client_name text NOT NULL, order_date date NOT NULL, quantity integer NOT NULL, delivered boolean NOT NULL);

INSERT INTO caterer VALUES
  (1, 'Green Fork', 'Berlin', 2012, 4.6), (2, 'Spree Kitchen', 'Berlin', 2005, 4.1),
  (3, 'Canal Bites', 'Amsterdam', 2016, 4.3), (4, 'Thames Table', 'London', 1998, 3.9),
  (5, 'Lisboa Sabores', 'Lisbon', 2019, 4.8), (6, 'Nordic Plate', 'Stockholm', 2010, NULL),
  (7, 'Pixel Pastries', 'London', 2021, 4.2), (8, 'Urban Grill', 'Amsterdam', 2014, 3.5);

INSERT INTO menu_item VALUES
  (1, 1, 'Vegan Buddha Bowl', 'lunch', true, 12.50), (2, 1, 'Oat Porridge Cup', 'breakfast', true, 4.20),
  (3, 1, 'Cold Brew Coffee', 'drink', true, 3.50), (4, 2, 'Currywurst Plate', 'lunch', false, 9.80),
  (5, 2, 'Pretzel Basket', 'snack', true, 2.90), (6, 2, 'Schnitzel Sandwich', 'lunch', false, 8.50),
  (7, 3, 'Stroopwafel Box', 'snack', true, 3.20), (8, 3, 'Herring Roll', 'lunch', false, 6.90),
  (9, 3, 'Fresh Mint Tea', 'drink', true, 2.50), (10, 4, 'Full English Breakfast', 'breakfast', false, 11.00),
  (11, 4, 'Roast Beef Sandwich', 'lunch', false, 9.50), (12, 4, 'Scones with Jam', 'snack', true, 3.80),
  (13, 5, 'Pastel de Nata', 'snack', true, 1.80), (14, 5, 'Bacalhau à Brás', 'lunch', false, 13.50),
  (15, 5, 'Espresso', 'drink', true, 1.50), (16, 6, 'Smoked Salmon Smørrebrød', 'lunch', false, 14.00),
  (17, 6, 'Cinnamon Bun', 'snack', true, 3.00), (18, 6, 'Lingonberry Juice', 'drink', true, 2.80),
  (19, 7, 'Chocolate Croissant', 'breakfast', true, 2.60), (20, 7, 'Macaron Tray', 'snack', true, 15.00),
  (21, 8, 'Beef Burger', 'lunch', false, 10.50), (22, 8, 'Halloumi Wrap', 'lunch', true, 8.90),
  (23, 1, 'Quinoa Salad', 'lunch', true, 10.00);

INSERT INTO meal_order VALUES
  (1, 1, 'Northwind', '2024-03-12', 120, true), (2, 3, 'Northwind', '2024-03-12', 150, true),
  (3, 5, 'Brightlane', '2024-03-13', 200, true), (4, 4, 'Brightlane', '2024-03-13', 80, true),
  (5, 7, 'Orbital Labs', '2024-05-21', 100, true), (6, 8, 'Orbital Labs', '2024-05-21', 60, true),
  (7, 9, 'Helix Health', '2024-05-22', 90, false), (8, 10, 'Kestrel Bank', '2024-09-17', 150, true),
  (9, 11, 'Kestrel Bank', '2024-09-17', 140, true), (10, 12, 'Helix Health', '2024-09-18', 220, true),
  (11, 20, 'Kestrel Bank', '2024-09-19', 10, true), (12, 19, 'Brightlane', '2024-09-19', 180, true),
  (13, 13, 'Orbital Labs', '2024-10-02', 300, true), (14, 14, 'Orbital Labs', '2024-10-02', 75, true),
  (15, 15, 'Helix Health', '2024-10-03', 250, true), (16, 2, 'Northwind', '2025-03-11', 90, true),
  (17, 1, 'Kestrel Bank', '2025-03-11', 110, true), (18, 23, 'Brightlane', '2025-03-12', 95, true),
  (19, 6, 'Northwind', '2025-03-12', 70, false), (20, 17, 'NordicPay', '2025-04-15', 160, true),
  (21, 16, 'NordicPay', '2025-04-15', 50, true), (22, 18, 'NordicPay', '2025-04-16', 120, true),
  (23, 13, 'Helix Health', '2025-06-03', 280, true), (24, 14, 'Brightlane', '2025-06-03', 85, true),
  (25, 15, 'Orbital Labs', '2025-06-04', 260, false), (26, 3, 'Helix Health', '2025-06-04', 140, true),
  (27, 12, 'Kestrel Bank', '2025-07-09', 130, true), (28, 20, 'Northwind', '2025-07-10', 8, true);
