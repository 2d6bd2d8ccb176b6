-- Streaming (blind probe schema), written for the natural-language-to-SQL evaluation.
-- A video-streaming service cluster in the public schema:
--   plans (plan_name 'Mobile' / 'Basic' / 'Standard' / 'Premium' / 'Student', monthly_price, max_streams = screens
--     that can stream at once, has_4k);
--   accounts (one paying household: full_name, email, country, signup_date, date_of_birth NULL when not on file);
--   profiles (account_id -> accounts, profile_name, is_kids, preferred_language NULL when not set);
--   subscriptions (account_id -> accounts, plan_id -> plans, started_on, cancelled_on NULL while active);
--   titles (title, title_type 'movie' / 'series', genre, release_year, runtime_minutes = a movie's length, NULL for
--     every series, maturity_rating such as 'PG-13', 'R', 'TV-MA');
--   episodes (title_id -> titles (a series), season_number, episode_number, episode_title, runtime_minutes);
--   viewing_sessions (profile_id -> profiles, title_id -> titles, episode_id NULL for a movie, watched_at timestamp
--     of the start, minutes_watched, device 'tv' / 'mobile' / 'web');
--   ratings (account_id = the rating account, title_id -> titles, stars 1-5, rated_on, review_text NULL when no
--     review was written; one rating per account and title);
--   payments (subscription_id -> subscriptions, paid_on, amount, status 'paid' / 'failed' / 'refunded').
-- Primary keys on all nine tables; foreign keys declared everywhere except viewing_sessions.episode_id
-- (-> episodes.episode_id) and ratings.account_id (-> accounts.account_id).
-- 5 plans: Premium the priciest (19.99, the only one with 4K), Mobile the cheapest (4.99); average price 10.39;
-- nobody ever subscribed to Student.
-- 20 accounts in 7 countries (United States 6, United Kingdom 4, Germany 3, Canada 3, Brazil 2, India 1, Japan 1);
-- signups 2022-03-14 (Emma Johnson, first) .. 2025-01-12 (Amelia Clarke, last): 3 in 2022, 9 in 2023, 7 in 2024,
-- 1 in 2025; Isla Campbell and Pedro Costa signed up in March 2024; 4 without a date of birth; Ethan Taylor is the
-- oldest (1975-03-27), Felix Wagner the youngest (2004-02-29).
-- 33 profiles, 6 of them kids profiles (on 5 accounts), 4 without a language; Ethan Taylor has the most (4);
-- Junior, Kids and Amelia never watched anything.
-- 23 subscriptions (Premium 8, Standard 7, Mobile 5, Basic 3), 13 active (Premium 7, Mobile 3, Standard 2,
-- Basic 1; MRR 188.87) and 10 cancelled (3 in 2023, 6 in 2024, 1 in 2025; 43.5%); Lukas Becker stayed longest
-- before cancelling (391 days), Ava Davis shortest (12), Felix Wagner 22; average 178.5 days; Liam Smith, Olivia
-- Brown, Ava Davis and Mia Wilson had two subscriptions (Liam Smith both Standard and Premium); Amelia Clarke never
-- subscribed; 6 accounts churned (Lukas Becker, Hannah Schmidt, Yuki Sato, Isla Campbell, Felix Wagner, Daniel
-- Moore); 7 of 20 accounts (35%) are on Premium.
-- 20 titles (12 movies, 8 series); Thriller the commonest genre (4); Iron Harvest the longest movie (141 min),
-- Silent Reef the shortest (76); The Paper Crown the oldest (2015), Deep Blue Planet the newest series (2025).
-- 25 episodes: Harbor Lights has the most (5), Kitchen Wars the most seasons (3), Deep Blue Planet none; Zero Hour
-- (The Vault) is the longest episode (63 min); 5 episodes were never watched.
-- 50 viewing sessions 2023-03-02 .. 2025-03-01 (11 in 2023, 33 in 2024, 6 in 2025; 9 in January 2024), 3444
-- minutes; tv 28, web 11, mobile 11; 11 start after 22:00, 6 before noon, the 21:00 hour is the busiest (10);
-- The Vault has the most sessions (8), Neon Skyline the most minutes (671) and viewers (6) and is the most watched
-- movie; The Paper Crown and Deep Blue Planet were never watched; the Emma profile has the most sessions (5) and the
-- Emma Johnson account the most minutes (486, then Ethan Taylor 353 and Grace Lee 283); Amelia Clarke's account
-- watched nothing; Sci-Fi has the most watch time (1005), the United States the most of the countries (1644); kids
-- profiles only watched Quantum Kids (111 minutes); 15 movie sessions ran to the movie's end.
-- 35 ratings 2023-03-05 .. 2025-03-02, 9 with a review; Neon Skyline has the most (6); The Quiet Forest the best
-- average (5.0), Iron Harvest the worst (2.0); Harbor Lights is best among titles with at least 3 ratings (4.33);
-- Ethan Taylor rated the most (5); Amelia Clarke rated nothing; Silent Reef, The Paper Crown and Deep Blue Planet
-- are unrated (Silent Reef was watched).
-- 33 payments (30 paid = 426.70, 2 failed: Yuki Sato and Pedro Costa, 1 refunded: Arjun Patel); 186.87 paid in
-- January 2025, 188.87 in February 2025, 50.96 in 2024; Emma Johnson paid the most (59.97); James Anderson paid a
-- discounted 9.99 once; Premium brings the most revenue (289.85).

CREATE TABLE plans (plan_id integer PRIMARY KEY, plan_name text NOT NULL UNIQUE,
  monthly_price numeric(6,2) NOT NULL, max_streams integer NOT NULL, has_4k boolean NOT NULL);

CREATE TABLE accounts (account_id integer PRIMARY KEY, full_name text NOT NULL, email text NOT NULL UNIQUE,
  country text NOT NULL, signup_date date NOT NULL, date_of_birth date);

CREATE TABLE profiles (profile_id integer PRIMARY KEY,
  account_id integer NOT NULL REFERENCES accounts (account_id), profile_name text NOT NULL,
  is_kids boolean NOT NULL DEFAULT false, preferred_language text);

CREATE TABLE subscriptions (subscription_id integer PRIMARY KEY,
  account_id integer NOT NULL REFERENCES accounts (account_id),
  plan_id integer NOT NULL REFERENCES plans (plan_id), started_on date NOT NULL, cancelled_on date);

CREATE TABLE titles (title_id integer PRIMARY KEY, title text NOT NULL UNIQUE, title_type text NOT NULL,
  genre text NOT NULL, release_year integer NOT NULL, runtime_minutes integer, maturity_rating text NOT NULL);

CREATE TABLE episodes (episode_id integer PRIMARY KEY, title_id integer NOT NULL REFERENCES titles (title_id),
  season_number integer NOT NULL, episode_number integer NOT NULL, episode_title text NOT NULL,
  runtime_minutes integer NOT NULL, UNIQUE (title_id, season_number, episode_number));

CREATE TABLE viewing_sessions (session_id integer PRIMARY KEY,
  profile_id integer NOT NULL REFERENCES profiles (profile_id),
  title_id integer NOT NULL REFERENCES titles (title_id), episode_id integer,
  watched_at timestamp NOT NULL, minutes_watched integer NOT NULL, device text NOT NULL);

CREATE TABLE ratings (rating_id integer PRIMARY KEY, account_id integer NOT NULL,
  title_id integer NOT NULL REFERENCES titles (title_id), stars integer NOT NULL CHECK (stars BETWEEN 1 AND 5),
  rated_on date NOT NULL, review_text text, UNIQUE (account_id, title_id));

CREATE TABLE payments (payment_id integer PRIMARY KEY,
  subscription_id integer NOT NULL REFERENCES subscriptions (subscription_id), paid_on date NOT NULL,
  amount numeric(6,2) NOT NULL, status text NOT NULL);

INSERT INTO plans VALUES
  (1, 'Mobile', 4.99, 1, false), (2, 'Basic', 7.99, 1, false), (3, 'Standard', 12.99, 2, false),
  (4, 'Premium', 19.99, 4, true), (5, 'Student', 5.99, 1, false);

INSERT INTO accounts VALUES
  (1, 'Emma Johnson', 'emma.johnson@example.com', 'United States', '2022-03-14', '1988-05-02'),
  (2, 'Liam Smith', 'liam.smith@example.com', 'United States', '2022-07-02', '1979-11-23'),
  (3, 'Olivia Brown', 'olivia.brown@example.co.uk', 'United Kingdom', '2022-11-20', '1995-02-14'),
  (4, 'Noah Williams', 'noah.w@example.ca', 'Canada', '2023-01-09', '1983-08-30'),
  (5, 'Ava Davis', 'ava.davis@example.com', 'United States', '2023-02-17', NULL),
  (6, 'Lukas Becker', 'lukas.becker@example.de', 'Germany', '2023-04-05', '1990-06-18'),
  (7, 'Sofia Almeida', 'sofia.almeida@example.com.br', 'Brazil', '2023-05-22', '2001-09-09'),
  (8, 'Mia Wilson', 'mia.wilson@example.co.uk', 'United Kingdom', '2023-06-30', '1992-12-01'),
  (9, 'Ethan Taylor', 'ethan.taylor@example.com', 'United States', '2023-08-11', '1975-03-27'),
  (10, 'Hannah Schmidt', 'hannah.schmidt@example.de', 'Germany', '2023-09-03', NULL),
  (11, 'Arjun Patel', 'arjun.patel@example.in', 'India', '2023-10-15', '1998-07-04'),
  (12, 'Chloe Martin', 'chloe.martin@example.ca', 'Canada', '2023-12-01', '2003-01-19'),
  (13, 'Yuki Sato', 'yuki.sato@example.jp', 'Japan', '2024-01-08', '1986-10-10'),
  (14, 'James Anderson', 'james.anderson@example.com', 'United States', '2024-02-14', '1981-04-05'),
  (15, 'Isla Campbell', 'isla.campbell@example.co.uk', 'United Kingdom', '2024-03-03', NULL),
  (16, 'Pedro Costa', 'pedro.costa@example.com.br', 'Brazil', '2024-03-21', '1999-05-25'),
  (17, 'Felix Wagner', 'felix.wagner@example.de', 'Germany', '2024-05-10', '2004-02-29'),
  (18, 'Grace Lee', 'grace.lee@example.ca', 'Canada', '2024-07-19', '1987-08-08'),
  (19, 'Daniel Moore', 'daniel.moore@example.com', 'United States', '2024-09-27', NULL),
  (20, 'Amelia Clarke', 'amelia.clarke@example.co.uk', 'United Kingdom', '2025-01-12', '1996-11-30');

INSERT INTO profiles VALUES
  (1, 1, 'Emma', false, 'en'), (2, 1, 'Jack', true, 'en'), (3, 1, 'Dad', false, NULL),
  (4, 2, 'Liam', false, 'en'), (5, 2, 'Sophie', false, 'es'), (6, 3, 'Olivia', false, 'en'),
  (7, 4, 'Noah', false, 'en'), (8, 4, 'Junior', true, 'fr'), (9, 5, 'Ava', false, 'en'),
  (10, 6, 'Lukas', false, 'de'), (11, 6, 'Lena', false, 'de'), (12, 7, 'Sofia', false, 'pt'),
  (13, 8, 'Mia', false, 'en'), (14, 8, 'Tom', false, NULL), (15, 9, 'Ethan', false, 'en'),
  (16, 9, 'Zoe', true, 'en'), (17, 9, 'Max', true, 'en'), (18, 9, 'Grandpa', false, NULL),
  (19, 10, 'Hannah', false, 'de'), (20, 11, 'Arjun', false, 'hi'), (21, 11, 'Priya', false, 'en'),
  (22, 12, 'Chloe', false, 'fr'), (23, 13, 'Yuki', false, 'ja'), (24, 14, 'James', false, 'en'),
  (25, 14, 'Little Ben', true, 'en'), (26, 15, 'Isla', false, 'en'), (27, 16, 'Pedro', false, 'pt'),
  (28, 17, 'Felix', false, 'de'), (29, 18, 'Grace', false, 'en'), (30, 18, 'Kids', true, 'en'),
  (31, 18, 'Henry', false, NULL), (32, 19, 'Daniel', false, 'en'), (33, 20, 'Amelia', false, 'en');

INSERT INTO subscriptions VALUES
  (1, 1, 4, '2022-03-14', NULL), (2, 2, 3, '2022-07-02', '2023-01-15'), (3, 2, 4, '2023-01-15', NULL),
  (4, 3, 2, '2022-11-20', '2023-05-02'), (5, 4, 3, '2023-01-09', NULL), (6, 5, 1, '2023-02-17', '2023-03-01'),
  (7, 5, 3, '2023-06-10', NULL), (8, 6, 4, '2023-04-05', '2024-04-30'), (9, 7, 1, '2023-05-22', NULL),
  (10, 8, 2, '2023-06-30', '2024-02-10'), (11, 9, 4, '2023-08-11', NULL), (12, 10, 3, '2023-09-03', '2024-08-20'),
  (13, 11, 1, '2023-10-15', NULL), (14, 12, 2, '2023-12-01', NULL), (15, 13, 3, '2024-01-08', '2024-03-15'),
  (16, 14, 4, '2024-02-14', NULL), (17, 15, 3, '2024-03-03', '2024-10-05'), (18, 16, 1, '2024-03-21', NULL),
  (19, 17, 1, '2024-05-10', '2024-06-01'), (20, 18, 4, '2024-07-19', NULL), (21, 19, 3, '2024-09-27', '2025-02-14'),
  (22, 3, 4, '2024-06-01', NULL), (23, 8, 4, '2024-02-10', NULL);

INSERT INTO titles VALUES
  (1, 'The Last Lighthouse', 'movie', 'Drama', 2019, 118, 'PG-13'),
  (2, 'Neon Skyline', 'movie', 'Sci-Fi', 2023, 132, 'PG-13'),
  (3, 'Paper Moons', 'movie', 'Romance', 2021, 104, 'PG'),
  (4, 'Iron Harvest', 'movie', 'Action', 2022, 141, 'R'),
  (5, 'The Quiet Forest', 'movie', 'Documentary', 2020, 88, 'G'),
  (6, 'Midnight Ledger', 'movie', 'Thriller', 2024, 112, 'R'),
  (7, 'Laugh Track', 'movie', 'Comedy', 2018, 95, 'PG-13'),
  (8, 'Orbit Nine', 'movie', 'Sci-Fi', 2024, 127, 'PG-13'),
  (9, 'Grandma''s Kitchen', 'movie', 'Comedy', 2022, 91, 'PG'),
  (10, 'Silent Reef', 'movie', 'Documentary', 2023, 76, 'G'),
  (11, 'Cold Case Road', 'movie', 'Thriller', 2021, 109, 'R'),
  (12, 'The Paper Crown', 'movie', 'Animation', 2015, 84, 'G'),
  (13, 'Harbor Lights', 'series', 'Drama', 2020, NULL, 'TV-14'),
  (14, 'Quantum Kids', 'series', 'Animation', 2022, NULL, 'TV-Y'),
  (15, 'The Vault', 'series', 'Thriller', 2023, NULL, 'TV-MA'),
  (16, 'Kitchen Wars', 'series', 'Reality', 2021, NULL, 'TV-PG'),
  (17, 'Galaxy Patrol', 'series', 'Sci-Fi', 2019, NULL, 'TV-14'),
  (18, 'Small Town Secrets', 'series', 'Thriller', 2024, NULL, 'TV-MA'),
  (19, 'Deep Blue Planet', 'series', 'Documentary', 2025, NULL, 'TV-G'),
  (20, 'Office Hours', 'series', 'Comedy', 2017, NULL, 'TV-14');

INSERT INTO episodes VALUES
  (1, 13, 1, 1, 'Low Tide', 52), (2, 13, 1, 2, 'The Keeper', 48), (3, 13, 1, 3, 'Fog Warning', 55),
  (4, 13, 2, 1, 'New Moorings', 50), (5, 13, 2, 2, 'Storm Season', 58),
  (6, 14, 1, 1, 'Atoms Assemble', 22), (7, 14, 1, 2, 'The Shrinking Lab', 24), (8, 14, 1, 3, 'Time Loop Tuesday', 21),
  (9, 15, 1, 1, 'The Combination', 45), (10, 15, 1, 2, 'Inside Man', 47), (11, 15, 1, 3, 'Cold Storage', 44),
  (12, 15, 1, 4, 'Zero Hour', 63),
  (13, 16, 1, 1, 'Knives Out', 40), (14, 16, 1, 2, 'Soup of the Day', 42), (15, 16, 2, 1, 'Back to the Burner', 41),
  (16, 16, 3, 1, 'Final Plate', 43),
  (17, 17, 1, 1, 'First Contact', 38), (18, 17, 1, 2, 'Dark Side', 40), (19, 17, 2, 1, 'Wormhole', 39),
  (20, 17, 2, 2, 'The Long Orbit', 44),
  (21, 18, 1, 1, 'Welcome to Pine Hollow', 50), (22, 18, 1, 2, 'The Sheriff''s Daughter', 47),
  (23, 18, 1, 3, 'What Lies Beneath', 53),
  (24, 20, 1, 1, 'Orientation', 26), (25, 20, 1, 2, 'Office Party', 28);

INSERT INTO viewing_sessions VALUES
  (1, 1, 15, 9, '2024-01-05 21:10', 45, 'tv'), (2, 1, 15, 10, '2024-01-06 21:30', 47, 'tv'),
  (3, 1, 15, 11, '2024-01-07 22:15', 44, 'tv'), (4, 1, 15, 12, '2024-01-08 22:40', 63, 'tv'),
  (5, 4, 15, 9, '2024-02-11 20:00', 45, 'web'), (6, 4, 15, 10, '2024-02-12 23:05', 30, 'mobile'),
  (7, 24, 15, 9, '2024-03-02 19:45', 45, 'tv'), (8, 13, 15, 9, '2024-03-09 12:30', 20, 'mobile'),
  (9, 2, 14, 6, '2024-01-13 09:00', 22, 'tv'), (10, 2, 14, 7, '2024-01-13 09:25', 24, 'tv'),
  (11, 16, 14, 6, '2024-04-20 08:15', 22, 'mobile'), (12, 17, 14, 8, '2024-04-21 08:40', 21, 'mobile'),
  (13, 25, 14, 6, '2024-05-04 10:00', 22, 'tv'),
  (14, 3, 2, NULL, '2023-11-18 20:30', 132, 'tv'), (15, 7, 2, NULL, '2024-02-03 21:00', 132, 'tv'),
  (16, 15, 2, NULL, '2024-03-16 21:15', 120, 'tv'), (17, 20, 2, NULL, '2024-06-08 22:30', 95, 'web'),
  (18, 29, 2, NULL, '2024-08-10 19:00', 132, 'tv'), (19, 27, 2, NULL, '2024-09-14 23:20', 60, 'mobile'),
  (20, 6, 13, 1, '2023-03-02 18:30', 52, 'web'), (21, 6, 13, 2, '2023-03-03 18:45', 48, 'web'),
  (22, 6, 13, 3, '2023-03-04 19:00', 55, 'web'), (23, 18, 13, 1, '2024-05-11 15:00', 52, 'tv'),
  (24, 9, 13, 4, '2024-02-20 20:00', 50, 'mobile'),
  (25, 10, 4, NULL, '2023-07-15 21:00', 141, 'tv'), (26, 24, 4, NULL, '2024-04-12 22:05', 138, 'tv'),
  (27, 32, 4, NULL, '2024-10-19 20:30', 100, 'web'),
  (28, 12, 3, NULL, '2023-08-20 20:00', 104, 'mobile'), (29, 26, 3, NULL, '2024-03-23 21:15', 104, 'tv'),
  (30, 14, 7, NULL, '2023-12-24 16:00', 95, 'tv'), (31, 21, 9, NULL, '2024-01-26 19:30', 91, 'web'),
  (32, 22, 9, NULL, '2024-12-31 23:45', 45, 'mobile'), (33, 19, 5, NULL, '2023-10-01 14:00', 88, 'tv'),
  (34, 11, 10, NULL, '2023-09-10 10:30', 76, 'web'), (35, 31, 6, NULL, '2024-11-02 22:50', 112, 'tv'),
  (36, 15, 6, NULL, '2024-11-09 21:40', 112, 'tv'), (37, 23, 8, NULL, '2024-02-25 20:00', 127, 'tv'),
  (38, 28, 8, NULL, '2024-05-18 23:10', 90, 'mobile'),
  (39, 5, 16, 13, '2023-03-04 19:00', 40, 'web'), (40, 5, 16, 14, '2023-03-05 19:10', 42, 'web'),
  (41, 20, 16, 15, '2024-07-07 18:00', 41, 'mobile'),
  (42, 9, 17, 17, '2024-01-20 21:30', 38, 'tv'), (43, 9, 17, 18, '2024-01-21 22:10', 40, 'tv'),
  (44, 29, 17, 19, '2024-08-24 20:45', 39, 'tv'),
  (45, 32, 18, 21, '2025-01-04 21:00', 50, 'tv'), (46, 32, 18, 22, '2025-01-05 21:20', 47, 'tv'),
  (47, 13, 18, 21, '2025-02-08 13:15', 50, 'mobile'),
  (48, 1, 11, NULL, '2025-01-18 22:30', 109, 'tv'), (49, 15, 20, 24, '2025-02-15 19:00', 26, 'web'),
  (50, 4, 1, NULL, '2025-03-01 20:00', 118, 'tv');

INSERT INTO ratings VALUES
  (1, 1, 15, 5, '2024-01-09', 'Best finale in years'), (2, 2, 15, 4, '2024-02-13', NULL),
  (3, 14, 15, 4, '2024-03-03', NULL), (4, 8, 15, 3, '2024-03-10', 'Slow start'),
  (5, 1, 14, 4, '2024-01-14', NULL), (6, 9, 14, 5, '2024-04-22', 'The kids love it'),
  (7, 1, 2, 5, '2023-11-19', 'Stunning visuals'), (8, 4, 2, 4, '2024-02-04', NULL),
  (9, 9, 2, 5, '2024-03-17', NULL), (10, 11, 2, 3, '2024-06-09', NULL),
  (11, 18, 2, 4, '2024-08-11', NULL), (12, 16, 2, 2, '2024-09-15', 'Could not finish it'),
  (13, 3, 13, 4, '2023-03-05', NULL), (14, 9, 13, 5, '2024-05-12', NULL),
  (15, 5, 13, 4, '2024-02-21', NULL), (16, 6, 4, 2, '2023-07-16', 'Too violent'),
  (17, 14, 4, 3, '2024-04-13', NULL), (18, 19, 4, 1, '2024-10-20', 'Terrible plot'),
  (19, 7, 3, 5, '2023-08-21', NULL), (20, 15, 3, 4, '2024-03-24', NULL),
  (21, 8, 7, 3, '2023-12-25', NULL), (22, 11, 9, 4, '2024-01-27', NULL),
  (23, 12, 9, 2, '2025-01-01', NULL), (24, 10, 5, 5, '2023-10-02', 'Beautiful'),
  (25, 18, 6, 4, '2024-11-03', NULL), (26, 9, 6, 3, '2024-11-10', NULL),
  (27, 13, 8, 4, '2024-02-26', NULL), (28, 17, 8, 2, '2024-05-19', NULL),
  (29, 2, 16, 3, '2023-03-06', NULL), (30, 5, 17, 4, '2024-01-22', NULL),
  (31, 18, 17, 5, '2024-08-25', NULL), (32, 19, 18, 4, '2025-01-06', NULL),
  (33, 1, 11, 3, '2025-01-19', NULL), (34, 2, 1, 4, '2025-03-02', 'A quiet masterpiece'),
  (35, 9, 20, 4, '2025-02-16', NULL);

INSERT INTO payments VALUES
  (1, 1, '2025-01-14', 19.99, 'paid'), (2, 1, '2025-02-14', 19.99, 'paid'),
  (3, 3, '2025-01-15', 19.99, 'paid'), (4, 3, '2025-02-15', 19.99, 'paid'),
  (5, 5, '2025-01-09', 12.99, 'paid'), (6, 5, '2025-02-09', 12.99, 'paid'),
  (7, 7, '2025-01-10', 12.99, 'paid'), (8, 7, '2025-02-10', 12.99, 'paid'),
  (9, 9, '2025-01-22', 4.99, 'paid'), (10, 9, '2025-02-22', 4.99, 'paid'),
  (11, 11, '2025-01-11', 19.99, 'paid'), (12, 11, '2025-02-11', 19.99, 'paid'),
  (13, 13, '2025-01-15', 4.99, 'refunded'), (14, 13, '2025-02-15', 4.99, 'paid'),
  (15, 14, '2025-01-01', 7.99, 'paid'), (16, 14, '2025-02-01', 7.99, 'paid'),
  (17, 16, '2025-01-14', 9.99, 'paid'), (18, 16, '2025-02-14', 19.99, 'paid'),
  (19, 18, '2025-01-21', 4.99, 'paid'), (20, 18, '2025-02-21', 4.99, 'failed'),
  (21, 18, '2025-02-24', 4.99, 'paid'), (22, 20, '2025-01-19', 19.99, 'paid'),
  (23, 20, '2025-02-19', 19.99, 'paid'), (24, 21, '2025-01-27', 12.99, 'paid'),
  (25, 22, '2025-01-01', 19.99, 'paid'), (26, 22, '2025-02-01', 19.99, 'paid'),
  (27, 23, '2025-01-10', 19.99, 'paid'), (28, 23, '2025-02-10', 19.99, 'paid'),
  (29, 12, '2024-08-03', 12.99, 'paid'), (30, 17, '2024-09-03', 12.99, 'paid'),
  (31, 19, '2024-05-10', 4.99, 'paid'), (32, 15, '2024-02-08', 12.99, 'failed'),
  (33, 1, '2024-12-14', 19.99, 'paid');
