-- Gym (development-only probe schema), modelled on public text-to-SQL benchmark databases.
-- A fitness-club cluster in the non-public schema `fitness`:
--   clubs (club_name, city, opened_on, has_pool);
--   members (first_name, last_name, email NULL when not on file, joined_on, home_club_id -> clubs, birth_date,
--     tier 'basic' / 'plus' / 'premium', cancelled_on NULL for an active member, referred_by -> members, NULL for
--     a member who joined without a referral);
--   trainers (trainer_name, club_id -> clubs, hired_on, specialty such as 'Yoga', 'Strength', 'Cycling', 'HIIT',
--     'Pilates', 'Boxing', hourly_rate);
--   class_types (class_name such as 'Yoga', 'Spin', 'HIIT', 'Pilates', 'Body Pump'; intensity 1-5,
--     duration_minutes);
--   class_sessions (one scheduled class: class_type_id, trainer_id, club_id, starts_at, capacity, room);
--   bookings (member_id, session_id, booked_at, attended, rating 1-5 NULL when not given);
--   check_ins (member_id, club_id, checked_in_at, checked_out_at NULL when the member never checked out);
--   payments (member_id, paid_on, amount, method 'card' / 'cash' / 'direct_debit', status 'paid' / 'failed' /
--     'refunded');
--   personal_training (one personal-training session: member_id, trainer_id, session_date, minutes).
-- Primary keys on all nine tables; foreign keys declared everywhere except check_ins.club_id (-> clubs.club_id)
-- and payments.member_id (-> members.member_id).
-- 7 clubs in 4 cities (Manchester 3, Leeds 2, Bristol 1, Edinburgh 1); Riverside Fitness, Harbour Point Club and
-- Old Mill Athletic have a pool; Harbour Point Club is the oldest (2005-02-12), Canal Street Studio the newest
-- (2022-03-14), hosts no session and had a single check-in.
-- 36 members (14 basic, 13 plus, 9 premium), 5 cancelled (Olivia Brown in 2023; Oscar Novak, Mason Clarke and
-- Ruby Turner in 2024; Arjun Mehta in 2025), 7 without an email; Riverside Fitness has the most members (8),
-- Northgate Gym the most cancellations (2); Harry Evans is the oldest (born 1960-12-01), Poppy Wilson the
-- youngest (2005-11-11); Emma Walsh joined first (2018-02-10), Owen Price last (2025-04-07). 24 members were
-- referred; Liam Carter referred the most (4); Noah Singh is the only one referred by a member of another club;
-- nobody joined before their referrer.
-- 14 trainers: Leo Martins has the highest rate (60.00), Chloe Dubois the lowest (35.00); Jack Thompson is the
-- longest-serving (2006-03-01); Chloe Dubois and Ryan Patel never taught a class; Priya Nair is the only trainer
-- who taught at another club (Spin at Northgate Gym, 2024-06-25); Sarah Collins taught the most sessions (5).
-- 9 class types: Barre was never scheduled; Yoga is the longest (60 min), HIIT the shortest (30) and the only
-- intensity 5, with the most sessions (6). 34 sessions 2024-01-08 .. 2025-06-24 (21 in 2024, 13 in 2025);
-- Riverside Fitness hosted the most (8); 12 sessions have no booking; the Boxfit of 2025-05-27, the Spin of
-- 2024-06-25 and the Yoga of 2025-06-02 were booked but nobody attended; the Yoga at Harbour Point Club on
-- 2024-04-16 had the most attendees (3).
-- 40 bookings 2024-01-05 .. 2025-06-01, 7 no-shows, 31 ratings; Ava Thompson booked (4) and attended (3) the
-- most; Amelia Patel booked twice and never attended; 11 members never booked; Yoga is the best-rated class type,
-- HIIT the worst; James O'Neill gave the only rating of 1; Isla Fraser is the only member who booked at a club
-- other than her home club.
-- 40 check-ins 2024-01-08 .. 2025-06-17, 3 without a check-out (Ava Thompson, Grace Kim, Amelia Patel);
-- Riverside Fitness had the most (9), Grace Kim checked in the most (4); the longest visit is Ethan Murphy's 135
-- minutes, the shortest James O'Neill's 45; Liam Carter, Ava Thompson and Ethan Murphy visited another club than
-- their own; 10 members never checked in.
-- 40 payments 2024-01-02 .. 2025-05-30: 32 paid (1674.68), 5 failed, 3 refunded (159.97); card is the most used
-- method (18); Grace Kim paid the most (204.97), then Ava Thompson (199.97) and Henry Walker (129.98); 11 members
-- never paid. 22 personal-training sessions 2024-01-20 .. 2025-05-06: Leo Martins trained the most minutes
-- (315), Grace Kim had the most sessions (4); Ethan Murphy is the only member trained by a trainer of another
-- club; Elena Garcia, Amira Haddad, Hannah Wright, Chloe Dubois and Ryan Patel gave none.
-- A marathon cluster in the public schema, in Spider style (runner, race, result; no declared keys, quoted
-- capitalised columns; result."Runner_ID" = runner."Runner_ID", result."Race_ID" = race."Race_ID"): 12 runners,
-- Kenya the most common nationality (3), Emily Shaw the oldest (42), Hana Kobayashi has no result; 8 races, the
-- Berlin Marathon twice (2023 and 2024), the 2025 Warsaw Marathon has no result; Daniel Kiprop won the most (3)
-- and ran the fastest marathon (2:04:55, Berlin 2024); Sara Lindgren is the only female winner.
-- A sports-equipment supply cluster in the public schema with declared keys (supplier, product, purchase_order):
-- 6 suppliers, FlexiFit GmbH has the most products (4), Sakura Sports KK none, Pacific Strength Co is the oldest
-- (1987); 16 products, the Commercial Treadmill the dearest (5200.00), the Skipping Rope the cheapest (9.50),
-- Plyo Box and Cold Plunge Tub never ordered; 20 orders 2024-01-18 .. 2025-06-10, Old Mill Athletic placed the
-- most (4), the biggest is Riverside Fitness's 4 Commercial Treadmills (20800.00).

CREATE SCHEMA fitness;

CREATE TABLE fitness.clubs (club_id integer PRIMARY KEY, club_name text NOT NULL UNIQUE, city text NOT NULL,
  opened_on date NOT NULL, has_pool boolean NOT NULL);

CREATE TABLE fitness.members (member_id integer PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL,
  email text, joined_on date NOT NULL, home_club_id integer NOT NULL REFERENCES fitness.clubs (club_id),
  birth_date date NOT NULL, tier text NOT NULL CHECK (tier IN ('basic', 'plus', 'premium')), cancelled_on date,
  referred_by integer REFERENCES fitness.members (member_id));

CREATE TABLE fitness.trainers (trainer_id integer PRIMARY KEY, trainer_name text NOT NULL,
  club_id integer NOT NULL REFERENCES fitness.clubs (club_id), hired_on date NOT NULL, specialty text NOT NULL,
  hourly_rate numeric(6,2) NOT NULL);

CREATE TABLE fitness.class_types (class_type_id integer PRIMARY KEY, class_name text NOT NULL UNIQUE,
  intensity integer NOT NULL CHECK (intensity BETWEEN 1 AND 5), duration_minutes integer NOT NULL);

CREATE TABLE fitness.class_sessions (session_id integer PRIMARY KEY,
  class_type_id integer NOT NULL REFERENCES fitness.class_types (class_type_id),
  trainer_id integer NOT NULL REFERENCES fitness.trainers (trainer_id),
  club_id integer NOT NULL REFERENCES fitness.clubs (club_id), starts_at timestamp NOT NULL,
  capacity integer NOT NULL, room text NOT NULL);

CREATE TABLE fitness.bookings (booking_id integer PRIMARY KEY,
  member_id integer NOT NULL REFERENCES fitness.members (member_id),
  session_id integer NOT NULL REFERENCES fitness.class_sessions (session_id), booked_at timestamp NOT NULL,
  attended boolean NOT NULL, rating integer CHECK (rating BETWEEN 1 AND 5));

-- check_ins.club_id holds a clubs.club_id but has no declared foreign key.
CREATE TABLE fitness.check_ins (check_in_id integer PRIMARY KEY,
  member_id integer NOT NULL REFERENCES fitness.members (member_id), club_id integer NOT NULL,
  checked_in_at timestamp NOT NULL, checked_out_at timestamp);

-- payments.member_id holds a members.member_id but has no declared foreign key.
CREATE TABLE fitness.payments (payment_id integer PRIMARY KEY, member_id integer NOT NULL, paid_on date NOT NULL,
  amount numeric(7,2) NOT NULL, method text NOT NULL CHECK (method IN ('card', 'cash', 'direct_debit')),
  status text NOT NULL CHECK (status IN ('paid', 'failed', 'refunded')));

CREATE TABLE fitness.personal_training (pt_session_id integer PRIMARY KEY,
  member_id integer NOT NULL REFERENCES fitness.members (member_id),
  trainer_id integer NOT NULL REFERENCES fitness.trainers (trainer_id), session_date date NOT NULL,
  minutes integer NOT NULL);

INSERT INTO fitness.clubs VALUES
  (1, 'Riverside Fitness', 'Leeds', '2009-04-18', true),
  (2, 'Northgate Gym', 'Leeds', '2014-09-01', false),
  (3, 'Harbour Point Club', 'Bristol', '2005-02-12', true),
  (4, 'Castle Hill Fitness', 'Edinburgh', '2017-06-05', false),
  (5, 'Old Mill Athletic', 'Manchester', '2011-11-20', true),
  (6, 'Canal Street Studio', 'Manchester', '2022-03-14', false),
  (7, 'Ancoats Lift Lab', 'Manchester', '2019-08-30', false);

INSERT INTO fitness.members VALUES
  (1, 'Emma', 'Walsh', 'emma.walsh@example.com', '2018-02-10', 3, '1985-06-14', 'premium', NULL, NULL),
  (2, 'Liam', 'Carter', 'liam.carter@example.com', '2019-05-03', 1, '1990-11-02', 'plus', NULL, NULL),
  (3, 'Olivia', 'Brown', NULL, '2019-08-21', 1, '1978-03-30', 'basic', '2023-01-15', NULL),
  (4, 'Noah', 'Singh', 'noah.singh@example.com', '2020-01-12', 2, '1995-07-19', 'basic', NULL, 2),
  (5, 'Ava', 'Thompson', 'ava.t@example.com', '2020-03-04', 1, '1988-12-25', 'premium', NULL, 2),
  (6, 'Ethan', 'Murphy', 'ethan.murphy@example.com', '2020-09-15', 5, '2001-04-08', 'plus', NULL, NULL),
  (7, 'Sophia', 'Kowalski', NULL, '2021-01-18', 3, '1969-09-09', 'basic', NULL, 1),
  (8, 'Mason', 'Clarke', 'mason.clarke@example.com', '2021-02-27', 4, '1992-02-29', 'premium', '2024-08-31', NULL),
  (9, 'Isla', 'Fraser', 'isla.fraser@example.com', '2021-06-07', 4, '1999-10-10', 'plus', NULL, 8),
  (10, 'James', 'O''Neill', 'james.oneill@example.com', '2021-07-19', 5, '1983-01-21', 'basic', NULL, 6),
  (11, 'Mia', 'Hughes', 'mia.hughes@example.com', '2021-10-02', 2, '1997-05-05', 'plus', NULL, 4),
  (12, 'Lucas', 'Rossi', NULL, '2022-01-09', 5, '1975-08-17', 'premium', NULL, 6),
  (13, 'Amelia', 'Patel', 'amelia.patel@example.com', '2022-02-14', 1, '2003-03-03', 'basic', NULL, 2),
  (14, 'Harry', 'Evans', 'harry.evans@example.com', '2022-04-30', 3, '1960-12-01', 'plus', NULL, 1),
  (15, 'Grace', 'Kim', 'grace.kim@example.com', '2022-06-18', 7, '1994-06-30', 'premium', NULL, NULL),
  (16, 'Oscar', 'Novak', NULL, '2022-08-08', 2, '1989-04-12', 'basic', '2024-02-29', 11),
  (17, 'Chloe', 'Bennett', 'chloe.bennett@example.com', '2022-09-25', 1, '1991-09-17', 'plus', NULL, 5),
  (18, 'Jacob', 'Lewis', 'jacob.lewis@example.com', '2022-11-11', 5, '1986-07-07', 'basic', NULL, NULL),
  (19, 'Freya', 'Larsen', 'freya.larsen@example.com', '2023-01-05', 4, '2000-01-31', 'plus', NULL, 9),
  (20, 'Daniel', 'Ahmed', 'daniel.ahmed@example.com', '2023-02-20', 3, '1993-11-23', 'premium', NULL, 1),
  (21, 'Ruby', 'Turner', NULL, '2023-03-15', 7, '1998-02-14', 'basic', '2024-11-30', 15),
  (22, 'Leo', 'Fischer', 'leo.fischer@example.com', '2023-04-01', 5, '1980-05-28', 'plus', NULL, 10),
  (23, 'Zara', 'Ali', 'zara.ali@example.com', '2023-05-22', 2, '2004-08-19', 'basic', NULL, 4),
  (24, 'Henry', 'Walker', 'henry.walker@example.com', '2023-07-09', 1, '1972-10-31', 'premium', NULL, 5),
  (25, 'Ella', 'Morgan', 'ella.morgan@example.com', '2023-08-14', 3, '1996-03-08', 'basic', NULL, NULL),
  (26, 'Samuel', 'Green', NULL, '2023-09-30', 4, '1987-12-12', 'plus', NULL, NULL),
  (27, 'Lily', 'Chen', 'lily.chen@example.com', '2023-11-03', 7, '2002-07-21', 'plus', NULL, 15),
  (28, 'Max', 'Weber', 'max.weber@example.com', '2024-01-08', 5, '1979-02-02', 'premium', NULL, 12),
  (29, 'Poppy', 'Wilson', 'poppy.wilson@example.com', '2024-02-19', 1, '2005-11-11', 'basic', NULL, 2),
  (30, 'Arjun', 'Mehta', 'arjun.mehta@example.com', '2024-03-25', 2, '1990-09-09', 'plus', '2025-03-31', NULL),
  (31, 'Ivy', 'Robinson', 'ivy.robinson@example.com', '2024-05-12', 3, '1984-04-04', 'basic', NULL, 20),
  (32, 'Theo', 'Martin', NULL, '2024-07-01', 6, '1999-12-19', 'basic', NULL, NULL),
  (33, 'Nora', 'Quinn', 'nora.quinn@example.com', '2024-09-16', 6, '1992-05-15', 'plus', NULL, 32),
  (34, 'Felix', 'Braun', 'felix.braun@example.com', '2024-11-20', 4, '1976-06-06', 'premium', NULL, NULL),
  (35, 'Maya', 'Costa', 'maya.costa@example.com', '2025-01-13', 5, '2001-10-01', 'basic', NULL, 6),
  (36, 'Owen', 'Price', 'owen.price@example.com', '2025-04-07', 1, '1995-01-17', 'plus', NULL, 24);

INSERT INTO fitness.trainers VALUES
  (1, 'Sarah Collins', 1, '2012-05-14', 'Yoga', 42.00),
  (2, 'Tom Barker', 1, '2016-01-11', 'Strength', 48.00),
  (3, 'Priya Nair', 1, '2019-09-02', 'Cycling', 38.00),
  (4, 'Marcus Reid', 2, '2014-10-06', 'HIIT', 45.00),
  (5, 'Elena Garcia', 2, '2021-03-15', 'Pilates', 40.00),
  (6, 'Jack Thompson', 3, '2006-03-01', 'Strength', 55.00),
  (7, 'Amira Haddad', 3, '2013-07-22', 'Yoga', 44.00),
  (8, 'Ollie Fraser', 4, '2017-06-05', 'Boxing', 50.00),
  (9, 'Fiona MacLeod', 4, '2018-02-19', 'Pilates', 46.00),
  (10, 'Daniel Osei', 5, '2011-11-20', 'HIIT', 52.00),
  (11, 'Hannah Wright', 5, '2015-04-27', 'Cycling', 39.50),
  (12, 'Leo Martins', 7, '2019-09-09', 'Strength', 60.00),
  (13, 'Chloe Dubois', 6, '2022-03-14', 'Yoga', 35.00),
  (14, 'Ryan Patel', 5, '2023-08-01', 'Boxing', 41.00);

INSERT INTO fitness.class_types VALUES
  (1, 'Yoga', 2, 60),
  (2, 'Spin', 4, 45),
  (3, 'HIIT', 5, 30),
  (4, 'Pilates', 2, 50),
  (5, 'Body Pump', 4, 55),
  (6, 'Boxfit', 4, 40),
  (7, 'Aqua Aerobics', 3, 45),
  (8, 'Stretch & Mobility', 1, 35),
  (9, 'Barre', 3, 50);

INSERT INTO fitness.class_sessions VALUES
  (1, 1, 1, 1, '2024-01-08 07:00', 20, 'Studio 1'),
  (2, 2, 3, 1, '2024-01-10 18:30', 25, 'Cycle Studio'),
  (3, 5, 2, 1, '2024-02-14 19:00', 30, 'Main Hall'),
  (4, 1, 1, 1, '2024-05-20 07:00', 20, 'Studio 1'),
  (5, 7, 1, 1, '2024-07-03 10:00', 15, 'Pool'),
  (6, 2, 3, 1, '2025-01-15 18:30', 25, 'Cycle Studio'),
  (7, 8, 1, 1, '2025-03-12 12:15', 18, 'Studio 1'),
  (8, 3, 4, 2, '2024-01-22 06:30', 16, 'Studio A'),
  (9, 4, 5, 2, '2024-03-05 09:30', 12, 'Studio A'),
  (10, 3, 4, 2, '2024-09-09 06:30', 16, 'Studio A'),
  (11, 4, 5, 2, '2025-02-04 09:30', 12, 'Studio A'),
  (12, 6, 4, 2, '2025-05-27 19:00', 14, 'Studio B'),
  (13, 5, 6, 3, '2024-02-01 17:30', 30, 'Main Hall'),
  (14, 1, 7, 3, '2024-04-16 08:00', 22, 'Studio 1'),
  (15, 7, 7, 3, '2024-06-11 11:00', 15, 'Pool'),
  (16, 1, 7, 3, '2024-10-22 08:00', 22, 'Studio 1'),
  (17, 5, 6, 3, '2025-01-07 17:30', 30, 'Main Hall'),
  (18, 7, 6, 3, '2025-04-29 11:00', 15, 'Pool'),
  (19, 6, 8, 4, '2024-03-19 18:00', 14, 'Boxing Room'),
  (20, 4, 9, 4, '2024-05-07 12:00', 12, 'Studio 1'),
  (21, 6, 8, 4, '2024-11-26 18:00', 14, 'Boxing Room'),
  (22, 4, 9, 4, '2025-03-18 12:00', 12, 'Studio 1'),
  (23, 3, 10, 5, '2024-02-20 07:15', 20, 'Main Hall'),
  (24, 2, 11, 5, '2024-04-02 18:00', 28, 'Cycle Studio'),
  (25, 3, 10, 5, '2024-08-13 07:15', 20, 'Main Hall'),
  (26, 2, 11, 5, '2024-12-03 18:00', 28, 'Cycle Studio'),
  (27, 7, 11, 5, '2025-02-25 10:30', 15, 'Pool'),
  (28, 3, 10, 5, '2025-06-10 07:15', 20, 'Main Hall'),
  (29, 5, 12, 7, '2024-10-01 19:30', 24, 'Lift Floor'),
  (30, 5, 12, 7, '2025-04-08 19:30', 24, 'Lift Floor'),
  (31, 3, 12, 7, '2025-06-17 06:45', 18, 'Lift Floor'),
  (32, 2, 3, 2, '2024-06-25 18:30', 20, 'Studio B'),
  (33, 1, 1, 1, '2025-06-02 07:00', 20, 'Studio 1'),
  (34, 8, 9, 4, '2025-06-24 12:00', 18, 'Studio 1');

INSERT INTO fitness.bookings VALUES
  (1, 2, 1, '2024-01-05 20:14', true, 5),
  (2, 5, 1, '2024-01-06 08:30', true, 4),
  (3, 13, 1, '2024-01-07 21:02', false, NULL),
  (4, 2, 2, '2024-01-09 12:45', false, NULL),
  (5, 17, 2, '2024-01-08 19:20', true, NULL),
  (6, 24, 3, '2024-02-10 10:05', true, 3),
  (7, 5, 3, '2024-02-12 07:40', true, 4),
  (8, 5, 4, '2024-05-17 18:00', true, 5),
  (9, 29, 4, '2024-05-19 22:10', true, 5),
  (10, 24, 5, '2024-06-30 09:15', true, 4),
  (11, 2, 6, '2025-01-13 13:30', true, 3),
  (12, 17, 6, '2025-01-14 08:05', false, NULL),
  (13, 5, 33, '2025-05-30 19:45', false, NULL),
  (14, 13, 33, '2025-06-01 21:30', false, NULL),
  (15, 4, 8, '2024-01-20 17:00', true, 2),
  (16, 11, 8, '2024-01-21 09:10', true, 4),
  (17, 11, 9, '2024-03-01 12:00', true, 5),
  (18, 23, 10, '2024-09-06 16:25', true, 3),
  (19, 30, 10, '2024-09-08 20:50', true, 4),
  (20, 9, 12, '2025-05-25 10:00', false, NULL),
  (21, 11, 32, '2024-06-24 11:11', false, NULL),
  (22, 1, 13, '2024-01-29 08:00', true, 4),
  (23, 14, 13, '2024-01-30 14:20', true, 3),
  (24, 1, 14, '2024-04-12 07:35', true, 5),
  (25, 7, 14, '2024-04-14 18:50', true, 5),
  (26, 20, 14, '2024-04-15 20:00', true, 4),
  (27, 14, 15, '2024-06-08 09:45', true, 5),
  (28, 20, 17, '2025-01-03 12:30', true, 4),
  (29, 31, 17, '2025-01-06 19:15', true, 2),
  (30, 8, 19, '2024-03-15 13:00', true, 4),
  (31, 9, 19, '2024-03-16 10:20', true, 5),
  (32, 19, 20, '2024-05-03 08:40', true, 3),
  (33, 9, 22, '2025-03-14 17:05', true, 4),
  (34, 34, 22, '2025-03-16 09:30', true, 5),
  (35, 6, 23, '2024-02-17 18:10', true, 5),
  (36, 10, 23, '2024-02-19 20:45', true, 1),
  (37, 22, 26, '2024-11-29 07:55', true, 4),
  (38, 28, 26, '2024-12-01 15:40', true, NULL),
  (39, 15, 29, '2024-09-27 12:00', true, 5),
  (40, 27, 29, '2024-09-30 18:30', true, 4);

INSERT INTO fitness.check_ins VALUES
  (1, 1, 3, '2024-01-15 06:45', '2024-01-15 08:05'),
  (2, 1, 3, '2024-02-01 17:20', '2024-02-01 18:40'),
  (3, 2, 1, '2024-01-08 06:50', '2024-01-08 08:10'),
  (4, 2, 1, '2024-01-10 18:15', '2024-01-10 19:30'),
  (5, 2, 2, '2024-03-02 10:00', '2024-03-02 11:15'),
  (6, 5, 1, '2024-01-08 06:55', '2024-01-08 08:20'),
  (7, 5, 1, '2024-05-20 06:50', NULL),
  (8, 5, 3, '2024-08-10 09:00', '2024-08-10 10:45'),
  (9, 4, 2, '2024-01-22 06:20', '2024-01-22 07:10'),
  (10, 11, 2, '2024-03-05 09:20', '2024-03-05 10:40'),
  (11, 11, 2, '2024-06-25 18:20', '2024-06-25 19:25'),
  (12, 6, 5, '2024-02-20 07:00', '2024-02-20 08:00'),
  (13, 6, 5, '2024-04-15 17:30', '2024-04-15 19:45'),
  (14, 6, 7, '2024-10-01 19:15', '2024-10-01 20:50'),
  (15, 7, 3, '2024-04-16 07:50', '2024-04-16 09:15'),
  (16, 9, 4, '2024-03-19 17:45', '2024-03-19 19:20'),
  (17, 9, 4, '2025-03-18 11:45', '2025-03-18 13:00'),
  (18, 10, 5, '2024-02-20 07:05', '2024-02-20 07:50'),
  (19, 14, 3, '2024-02-01 17:15', '2024-02-01 18:30'),
  (20, 14, 3, '2024-06-11 10:45', '2024-06-11 12:00'),
  (21, 15, 7, '2024-10-01 19:10', '2024-10-01 20:45'),
  (22, 15, 7, '2025-01-20 06:30', '2025-01-20 07:40'),
  (23, 15, 7, '2025-06-17 06:30', NULL),
  (24, 17, 1, '2024-01-10 18:20', '2024-01-10 19:35'),
  (25, 19, 4, '2024-05-07 11:50', '2024-05-07 13:05'),
  (26, 20, 3, '2025-01-07 17:20', '2025-01-07 18:35'),
  (27, 22, 5, '2024-12-03 17:45', '2024-12-03 19:00'),
  (28, 23, 2, '2024-09-09 06:15', '2024-09-09 07:05'),
  (29, 24, 1, '2024-02-14 18:45', '2024-02-14 20:10'),
  (30, 24, 1, '2024-07-03 09:45', '2024-07-03 11:00'),
  (31, 27, 7, '2024-10-01 19:20', '2024-10-01 20:40'),
  (32, 28, 5, '2024-12-03 17:50', '2024-12-03 19:10'),
  (33, 29, 1, '2024-05-20 06:55', '2024-05-20 08:05'),
  (34, 31, 3, '2025-01-07 17:25', '2025-01-07 18:30'),
  (35, 34, 4, '2025-03-18 11:50', '2025-03-18 13:10'),
  (36, 12, 5, '2024-04-02 17:40', '2024-04-02 19:00'),
  (37, 18, 5, '2024-11-05 12:00', '2024-11-05 13:30'),
  (38, 33, 6, '2024-10-12 10:00', '2024-10-12 11:20'),
  (39, 15, 7, '2025-03-03 18:00', '2025-03-03 19:30'),
  (40, 13, 1, '2025-06-02 06:50', NULL);

INSERT INTO fitness.payments VALUES
  (1, 1, '2024-01-05', 64.99, 'direct_debit', 'paid'),
  (2, 1, '2024-02-05', 54.99, 'direct_debit', 'paid'),
  (3, 1, '2025-01-05', 64.99, 'direct_debit', 'failed'),
  (4, 2, '2024-01-03', 44.99, 'card', 'paid'),
  (5, 2, '2024-02-03', 44.99, 'card', 'paid'),
  (6, 2, '2024-03-03', 44.99, 'card', 'refunded'),
  (7, 4, '2024-01-15', 29.99, 'cash', 'paid'),
  (8, 24, '2024-12-10', 64.99, 'card', 'failed'),
  (9, 5, '2024-01-02', 64.99, 'direct_debit', 'paid'),
  (10, 5, '2024-06-02', 64.99, 'direct_debit', 'paid'),
  (11, 5, '2025-01-02', 69.99, 'direct_debit', 'paid'),
  (12, 6, '2024-03-10', 44.99, 'card', 'paid'),
  (13, 6, '2024-04-10', 44.99, 'card', 'failed'),
  (14, 7, '2024-02-12', 29.99, 'cash', 'paid'),
  (15, 8, '2024-05-01', 64.99, 'direct_debit', 'paid'),
  (16, 8, '2024-08-01', 64.99, 'direct_debit', 'refunded'),
  (17, 9, '2024-03-20', 44.99, 'card', 'paid'),
  (18, 10, '2024-02-22', 29.99, 'direct_debit', 'paid'),
  (19, 11, '2024-03-01', 44.99, 'direct_debit', 'paid'),
  (20, 11, '2025-03-01', 49.99, 'direct_debit', 'paid'),
  (21, 12, '2024-04-04', 64.99, 'card', 'paid'),
  (22, 14, '2024-02-02', 44.99, 'cash', 'paid'),
  (23, 15, '2024-09-30', 64.99, 'card', 'paid'),
  (24, 15, '2025-01-30', 69.99, 'card', 'paid'),
  (25, 15, '2025-05-30', 69.99, 'card', 'paid'),
  (26, 16, '2024-01-29', 29.99, 'direct_debit', 'failed'),
  (27, 17, '2024-01-25', 44.99, 'card', 'paid'),
  (28, 19, '2024-05-06', 44.99, 'direct_debit', 'paid'),
  (29, 20, '2025-01-06', 64.99, 'card', 'paid'),
  (30, 21, '2024-10-15', 29.99, 'cash', 'paid'),
  (31, 22, '2024-12-01', 44.99, 'direct_debit', 'paid'),
  (32, 24, '2024-02-10', 64.99, 'direct_debit', 'paid'),
  (33, 24, '2024-07-10', 64.99, 'direct_debit', 'paid'),
  (34, 27, '2024-10-01', 44.99, 'card', 'paid'),
  (35, 28, '2024-01-08', 64.99, 'card', 'paid'),
  (36, 28, '2025-01-08', 69.99, 'card', 'failed'),
  (37, 30, '2024-03-25', 44.99, 'card', 'paid'),
  (38, 30, '2025-03-25', 49.99, 'card', 'refunded'),
  (39, 34, '2024-11-20', 64.99, 'direct_debit', 'paid'),
  (40, 35, '2025-01-13', 29.99, 'cash', 'paid');

INSERT INTO fitness.personal_training VALUES
  (1, 1, 6, '2024-01-20', 60),
  (2, 1, 6, '2024-02-17', 60),
  (3, 1, 6, '2024-03-16', 45),
  (4, 5, 2, '2024-02-06', 60),
  (5, 5, 2, '2024-04-09', 60),
  (6, 5, 1, '2024-06-12', 30),
  (7, 8, 8, '2024-04-03', 45),
  (8, 8, 8, '2024-06-05', 45),
  (9, 12, 10, '2024-05-14', 60),
  (10, 12, 10, '2024-07-02', 90),
  (11, 15, 12, '2024-10-08', 60),
  (12, 15, 12, '2024-11-12', 60),
  (13, 15, 12, '2025-02-11', 60),
  (14, 15, 12, '2025-05-06', 75),
  (15, 20, 6, '2025-02-03', 60),
  (16, 24, 2, '2024-09-18', 45),
  (17, 28, 10, '2025-01-21', 60),
  (18, 34, 9, '2025-01-08', 30),
  (19, 34, 8, '2025-04-15', 60),
  (20, 2, 3, '2024-08-27', 30),
  (21, 6, 12, '2024-12-04', 60),
  (22, 11, 4, '2024-05-21', 45);

-- A marathon cluster in the style of Spider's benchmark databases: no declared keys, quoted capitalised columns.
-- result."Runner_ID" holds runner."Runner_ID", result."Race_ID" holds race."Race_ID"; "Time" is a finishing time
-- as text 'H:MM:SS' (all single-digit hours, so text order is time order), "Rank" the finishing place.
CREATE TABLE runner ("Runner_ID" integer, "Name" text, "Nationality" text, "Age" integer, "Gender" text);
CREATE TABLE race ("Race_ID" integer, "Name" text, "City" text, "Year" integer, "Distance_km" numeric(7,4));
CREATE TABLE result ("Runner_ID" integer, "Race_ID" integer, "Time" text, "Rank" integer);

INSERT INTO runner VALUES
  (1, 'Kofi Mensah', 'Ghana', 29, 'M'),
  (2, 'Sara Lindgren', 'Sweden', 34, 'F'),
  (3, 'Tomás Herrera', 'Spain', 31, 'M'),
  (4, 'Aiko Tanaka', 'Japan', 27, 'F'),
  (5, 'Daniel Kiprop', 'Kenya', 25, 'M'),
  (6, 'Grace Wanjiru', 'Kenya', 30, 'F'),
  (7, 'Lukas Becker', 'Germany', 38, 'M'),
  (8, 'Emily Shaw', 'United Kingdom', 42, 'F'),
  (9, 'Joseph Chebet', 'Kenya', 22, 'M'),
  (10, 'Marta Nowak', 'Poland', 33, 'F'),
  (11, 'Rui Costa', 'Portugal', 36, 'M'),
  (12, 'Hana Kobayashi', 'Japan', 24, 'F');

INSERT INTO race VALUES
  (1, 'Berlin Marathon', 'Berlin', 2023, 42.195),
  (2, 'London Marathon', 'London', 2024, 42.195),
  (3, 'Valencia Half Marathon', 'Valencia', 2024, 21.0975),
  (4, 'Tokyo Marathon', 'Tokyo', 2024, 42.195),
  (5, 'Berlin Marathon', 'Berlin', 2024, 42.195),
  (6, 'Lisbon Half Marathon', 'Lisbon', 2025, 21.0975),
  (7, 'Stockholm 10K', 'Stockholm', 2025, 10),
  (8, 'Warsaw Marathon', 'Warsaw', 2025, 42.195);

INSERT INTO result VALUES
  (5, 1, '2:05:41', 1), (1, 1, '2:07:12', 2), (7, 1, '2:11:58', 3), (6, 1, '2:19:30', 4), (2, 1, '2:24:05', 5),
  (5, 2, '2:06:03', 1), (9, 2, '2:06:40', 2), (3, 2, '2:09:17', 3), (4, 2, '2:21:44', 4), (8, 2, '2:31:09', 5),
  (1, 3, '0:59:48', 1), (11, 3, '1:01:15', 2), (10, 3, '1:08:22', 3), (2, 3, '1:09:40', 4),
  (9, 4, '2:05:58', 1), (3, 4, '2:08:44', 2), (4, 4, '2:20:31', 3), (6, 4, '2:20:59', 4),
  (5, 5, '2:04:55', 1), (1, 5, '2:06:30', 2), (7, 5, '2:12:40', 3), (10, 5, '2:26:02', 4),
  (11, 6, '1:00:52', 1), (3, 6, '1:01:30', 2), (8, 6, '1:12:48', 3),
  (2, 7, '0:31:10', 1), (10, 7, '0:32:05', 2), (8, 7, '0:34:20', 3);

-- A sports-equipment supply cluster with declared keys: suppliers, their products and purchase orders placed by
-- buyers (gyms, named in purchase_order.buyer as plain text).
CREATE TABLE supplier (supplier_id integer PRIMARY KEY, supplier_name text NOT NULL, country text NOT NULL,
  founded_year integer NOT NULL);
CREATE TABLE product (product_id integer PRIMARY KEY, product_name text NOT NULL,
  category text NOT NULL CHECK (category IN ('cardio', 'strength', 'accessories', 'recovery')),
  supplier_id integer NOT NULL REFERENCES supplier (supplier_id), unit_price numeric(8,2) NOT NULL,
  weight_kg numeric(6,1));
CREATE TABLE purchase_order (order_id integer PRIMARY KEY, product_id integer NOT NULL REFERENCES product (product_id),
  buyer text NOT NULL, order_date date NOT NULL, quantity integer NOT NULL,
  status text NOT NULL CHECK (status IN ('delivered', 'pending', 'cancelled')));

INSERT INTO supplier VALUES
  (1, 'IronWorks Ltd', 'United Kingdom', 1998),
  (2, 'Nordic Cardio AB', 'Sweden', 2005),
  (3, 'FlexiFit GmbH', 'Germany', 2011),
  (4, 'Pacific Strength Co', 'United States', 1987),
  (5, 'Atlas Recovery', 'United Kingdom', 2019),
  (6, 'Sakura Sports KK', 'Japan', 2002);

INSERT INTO product VALUES
  (1, 'Olympic Barbell 20kg', 'strength', 1, 289.00, 20.0),
  (2, 'Hex Dumbbell Set', 'strength', 1, 649.00, 120.0),
  (3, 'Power Rack', 'strength', 4, 1450.00, 135.0),
  (4, 'Adjustable Bench', 'strength', 4, 399.00, 32.5),
  (5, 'Commercial Treadmill', 'cardio', 2, 5200.00, 160.0),
  (6, 'Air Bike', 'cardio', 2, 1190.00, 58.0),
  (7, 'Rowing Machine', 'cardio', 2, 1350.00, 26.0),
  (8, 'Spin Bike Pro', 'cardio', 3, 1580.00, 55.0),
  (9, 'Yoga Mat', 'accessories', 3, 24.50, 1.2),
  (10, 'Resistance Band Pack', 'accessories', 3, 18.00, NULL),
  (11, 'Kettlebell 16kg', 'strength', 1, 62.00, 16.0),
  (12, 'Foam Roller', 'recovery', 5, 29.00, 0.8),
  (13, 'Massage Gun', 'recovery', 5, 179.00, 1.1),
  (14, 'Skipping Rope', 'accessories', 3, 9.50, NULL),
  (15, 'Plyo Box', 'accessories', 4, 149.00, 18.0),
  (16, 'Cold Plunge Tub', 'recovery', 5, 3900.00, NULL);

INSERT INTO purchase_order VALUES
  (1, 5, 'Riverside Fitness', '2024-01-18', 4, 'delivered'),
  (2, 8, 'Riverside Fitness', '2024-02-02', 12, 'delivered'),
  (3, 9, 'Castle Hill Fitness', '2024-02-20', 40, 'delivered'),
  (4, 3, 'Ancoats Lift Lab', '2024-03-11', 3, 'delivered'),
  (5, 1, 'Ancoats Lift Lab', '2024-03-11', 10, 'delivered'),
  (6, 2, 'Old Mill Athletic', '2024-04-05', 2, 'delivered'),
  (7, 7, 'Harbour Point Club', '2024-05-14', 6, 'delivered'),
  (8, 12, 'Castle Hill Fitness', '2024-06-01', 30, 'delivered'),
  (9, 13, 'Northgate Gym', '2024-07-22', 5, 'cancelled'),
  (10, 6, 'Old Mill Athletic', '2024-09-09', 4, 'delivered'),
  (11, 10, 'Northgate Gym', '2024-10-17', 25, 'delivered'),
  (12, 11, 'Ancoats Lift Lab', '2024-11-04', 20, 'delivered'),
  (13, 5, 'Harbour Point Club', '2025-01-13', 2, 'delivered'),
  (14, 8, 'Old Mill Athletic', '2025-02-26', 10, 'pending'),
  (15, 14, 'Canal Street Studio', '2025-03-08', 50, 'delivered'),
  (16, 4, 'Northgate Gym', '2025-04-01', 6, 'pending'),
  (17, 9, 'Canal Street Studio', '2025-04-01', 30, 'delivered'),
  (18, 3, 'Old Mill Athletic', '2025-05-19', 1, 'cancelled'),
  (19, 13, 'Riverside Fitness', '2025-06-03', 8, 'pending'),
  (20, 7, 'Castle Hill Fitness', '2025-06-10', 3, 'pending');
