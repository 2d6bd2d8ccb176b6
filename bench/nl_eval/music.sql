-- Music (development-only probe schema), modelled on public text-to-SQL benchmark databases.
-- A music-streaming cluster in the non-public schema `tunes`:
--   artists (name, country, formed_year, genre such as 'pop', 'rock', 'latin', 'electronic', 'hip hop', 'folk',
--     'metal', 'jazz', 'indie');
--   albums (artist_id, title, release_date, label NULL for a self-released record, album_type 'album' / 'single' /
--     'ep'); every row is a "release";
--   tracks (album_id, title, track_number on the album, duration_seconds, explicit, bpm NULL when unknown);
--   listeners (username such as 'maya_k', display_name NULL when not set, country, signup_date, plan 'free' /
--     'premium' / 'family', birth_year NULL when not given);
--   plays (listener_id, track_id, played_at, seconds_played, skipped);
--   playlists (owner_id = the listener who made it, name, is_public, created_at);
--   playlist_tracks (playlist_id, track_id, position 1..n in the playlist, added_at; key playlist_id + position);
--   follows (listener_id follows artist_id since a date; key listener_id + artist_id).
-- Primary keys on all eight tables; foreign keys declared everywhere except plays.track_id (-> tracks.track_id)
-- and playlists.owner_id (-> listeners.listener_id).
-- 14 artists from 11 countries (3 from the United States, 2 from the United Kingdom); rock is the most common genre
-- (3); Iron Meridian (1994) formed first, Echo Parade (2022) last and has no release; Lumen Quartet waited longest
-- (7 years) for a first release. 25 releases (16 albums, 5 EPs, 4 singles), 1996-10-21 (Forged in Winter) ..
-- 2025-01-31 (Mar Aberto); The Midnight Owls have the most (4), Greyhound is the busiest label (6), 4 releases are
-- self-released; Live at the Roundhouse has no track; Mira Tanaka is the only artist with both a single and an EP.
-- Album titles are unique, but several tracks share their album's title ('Afterhours', 'Glass Rivers', 'Blue
-- Hours', 'Pulse', ...). 40 tracks, 8 explicit, 6 without bpm; Frostbitten Crown (534 s) is the longest, Kindling
-- (142 s) the shortest; Fuzz is the fastest (176 bpm); Blue Hours is the longest album in total (889 s).
-- 16 listeners (7 premium, 6 free, 3 family), 4 without a display name, 2 without a birth year; tomtom signed up
-- first (2018-05-17), zoe_plays last (2025-02-01) and is the youngest (2006); riverdance, zoe_plays and quietfan
-- never played anything. 40 plays 2024-01-08 .. 2025-06-21 (28 in 2024, 12 in 2025), 7 skipped, 8890 seconds in
-- all; maya_k played the most (7), night_owl_88 listened the longest (1877 s); Afterhours is the most played track
-- (4) and album (5 plays), Aurora Skies the most played artist (8); 10 tracks and the artists Blue Harbor and Echo
-- Parade were never played; Nova Reyes is skipped most (2).
-- 11 playlists (7 public), maya_k owns the most (3); New Finds is empty; Road Trip 2025 has the most tracks (6);
-- Afterhours is on the most playlists (3); 40 playlist entries. 30 follows 2018-06-01 .. 2025-02-02; Aurora Skies
-- has the most followers (5), Blue Harbor none; maya_k follows the most artists (4), dj_ollie nobody.
-- A radio cluster in the public schema in the style of Spider's broadcast databases (no declared keys, quoted
-- capitalised columns; broadcast."Station_ID" = radio_station."Station_ID", broadcast."Program_ID" =
-- program."Program_ID"; "Time_of_day" is 'Morning', 'Afternoon' or 'Night'): 11 stations, 2 in London; Jazz Lounge
-- Radio (1978) is the oldest; Coastline Group owns the most (3); Night Signal has no owner and broadcasts nothing;
-- Capital Beats airs the most programs (4). 12 programs; Weekend Mix (240 minutes) is the longest; Marcus Dean
-- hosts 3; Morning Drive is carried by the most stations (5); Classical Sunrise is aired nowhere. 24 broadcast rows.
-- A music-festival lineup cluster in the public schema (declared keys): 7 stages, 3 covered; Main Stage is the
-- largest (40000) and has the most performances (9); Sunrise Terrace has none. 14 acts; Thunder Valley has the
-- highest fee (150000 euros), Static Youth the lowest (9000); Sable is booked but never performs; Paper Planes
-- performs the most (3). 26 performances on Friday 2025-07-11 .. Sunday 2025-07-13, 6 headline shows; Luna Vega on
-- 2025-07-13 drew the biggest crowd (39500); DJ Solace played the longest set (120 minutes); 2 performances have no
-- attendance figure; 2025-07-13 had the largest total attendance (118520).

CREATE SCHEMA tunes;

CREATE TABLE tunes.artists (artist_id integer PRIMARY KEY, name text NOT NULL, country text NOT NULL,
  formed_year integer NOT NULL, genre text NOT NULL);

CREATE TABLE tunes.albums (album_id integer PRIMARY KEY, artist_id integer NOT NULL REFERENCES tunes.artists (artist_id),
  title text NOT NULL, release_date date NOT NULL, label text,
  album_type text NOT NULL CHECK (album_type IN ('album', 'single', 'ep')));

CREATE TABLE tunes.tracks (track_id integer PRIMARY KEY, album_id integer NOT NULL REFERENCES tunes.albums (album_id),
  title text NOT NULL, track_number integer NOT NULL, duration_seconds integer NOT NULL, explicit boolean NOT NULL,
  bpm integer);

CREATE TABLE tunes.listeners (listener_id integer PRIMARY KEY, username text NOT NULL UNIQUE, display_name text,
  country text NOT NULL, signup_date date NOT NULL,
  plan text NOT NULL CHECK (plan IN ('free', 'premium', 'family')), birth_year integer);

-- plays.track_id holds a tracks.track_id but has no declared foreign key.
CREATE TABLE tunes.plays (play_id integer PRIMARY KEY, listener_id integer NOT NULL REFERENCES tunes.listeners (listener_id),
  track_id integer NOT NULL, played_at timestamp NOT NULL, seconds_played integer NOT NULL, skipped boolean NOT NULL);

-- playlists.owner_id holds a listeners.listener_id but has no declared foreign key.
CREATE TABLE tunes.playlists (playlist_id integer PRIMARY KEY, owner_id integer NOT NULL, name text NOT NULL,
  is_public boolean NOT NULL, created_at timestamp NOT NULL);

CREATE TABLE tunes.playlist_tracks (playlist_id integer NOT NULL REFERENCES tunes.playlists (playlist_id),
  track_id integer NOT NULL REFERENCES tunes.tracks (track_id), position integer NOT NULL, added_at timestamp NOT NULL,
  PRIMARY KEY (playlist_id, position));

CREATE TABLE tunes.follows (listener_id integer NOT NULL REFERENCES tunes.listeners (listener_id),
  artist_id integer NOT NULL REFERENCES tunes.artists (artist_id), since date NOT NULL,
  PRIMARY KEY (listener_id, artist_id));

INSERT INTO tunes.artists VALUES
  (1, 'Aurora Skies', 'Norway', 2012, 'pop'),
  (2, 'The Midnight Owls', 'United Kingdom', 2005, 'rock'),
  (3, 'Los Caminos', 'Mexico', 1998, 'latin'),
  (4, 'DJ Kairo', 'Germany', 2015, 'electronic'),
  (5, 'Nova Reyes', 'United States', 2017, 'hip hop'),
  (6, 'Blue Harbor', 'United States', 2009, 'rock'),
  (7, 'Saffron Lane', 'India', 2011, 'pop'),
  (8, 'Kettle & Crow', 'Ireland', 2014, 'folk'),
  (9, 'Iron Meridian', 'Sweden', 1994, 'metal'),
  (10, 'Lumen Quartet', 'Canada', 2003, 'jazz'),
  (11, 'Mira Tanaka', 'Japan', 2016, 'electronic'),
  (12, 'Velvet Static', 'United Kingdom', 2020, 'rock'),
  (13, 'Sol Brisa', 'Brazil', 2008, 'latin'),
  (14, 'Echo Parade', 'United States', 2022, 'indie');

INSERT INTO tunes.albums VALUES
  (1, 1, 'Northern Glow', '2016-03-11', 'Polar Sound', 'album'),
  (2, 1, 'Glass Rivers', '2019-09-20', 'Polar Sound', 'album'),
  (3, 1, 'Winter Tide', '2023-11-24', 'Polar Sound', 'single'),
  (4, 2, 'Night Shift', '2007-05-14', 'Greyhound', 'album'),
  (5, 2, 'Static Hearts', '2012-10-01', 'Greyhound', 'album'),
  (6, 2, 'Live at the Roundhouse', '2018-06-08', 'Greyhound', 'album'),
  (7, 3, 'Camino Real', '2001-04-02', 'Sello Sol', 'album'),
  (8, 3, 'Fiesta Eterna', '2015-07-17', 'Sello Sol', 'album'),
  (9, 4, 'Pulse', '2017-02-03', 'Pulse Digital', 'ep'),
  (10, 4, 'Afterhours', '2021-08-13', 'Pulse Digital', 'album'),
  (11, 5, 'Concrete Bloom', '2020-05-29', 'Greyhound', 'album'),
  (12, 5, 'Run It Back', '2024-03-15', 'Greyhound', 'single'),
  (13, 6, 'Low Tide Radio', '2011-09-09', NULL, 'album'),
  (14, 7, 'Monsoon Letters', '2014-06-20', 'Lotus Beats', 'album'),
  (15, 8, 'Hearth Songs', '2016-11-04', NULL, 'ep'),
  (16, 8, 'Salt and Stone', '2022-02-18', NULL, 'album'),
  (17, 9, 'Forged in Winter', '1996-10-21', 'Nordic Steel', 'album'),
  (18, 9, 'Black Compass', '2005-03-07', 'Nordic Steel', 'album'),
  (19, 10, 'Blue Hours', '2010-01-15', 'Quiet Room', 'album'),
  (20, 11, 'Neon Garden', '2019-04-26', 'Pulse Digital', 'ep'),
  (21, 12, 'Fuzz', '2023-06-02', NULL, 'ep'),
  (22, 13, 'Verão', '2012-12-07', 'Sello Sol', 'album'),
  (23, 11, 'Tokyo Drift Lines', '2024-09-06', 'Pulse Digital', 'single'),
  (24, 13, 'Mar Aberto', '2025-01-31', 'Sello Sol', 'single'),
  (25, 2, 'Owl Sessions', '2021-03-19', 'Greyhound', 'ep');

INSERT INTO tunes.tracks VALUES
  (1, 1, 'Aurora', 1, 212, false, 118),
  (2, 1, 'Polar Night', 2, 245, false, 96),
  (3, 1, 'Fjord Lights', 3, 231, false, 104),
  (4, 2, 'Glass Rivers', 1, 198, false, 122),
  (5, 2, 'Paper Boats', 2, 176, false, 128),
  (6, 2, 'Silver Thread', 3, 263, false, NULL),
  (7, 3, 'Winter Tide', 1, 189, false, 110),
  (8, 4, 'Night Shift', 1, 254, false, 140),
  (9, 4, 'Neon Alley', 2, 301, true, 132),
  (10, 5, 'Static Hearts', 1, 228, false, 126),
  (11, 5, 'Burn the Map', 2, 277, true, 150),
  (12, 7, 'Camino Real', 1, 242, false, 98),
  (13, 7, 'Luna de Plata', 2, 266, false, 92),
  (14, 8, 'Fiesta Eterna', 1, 215, false, 124),
  (15, 8, 'Corazón Valiente', 2, 238, false, 116),
  (16, 9, 'Pulse', 1, 372, false, 128),
  (17, 9, 'Pulse (Radio Edit)', 2, 204, false, 128),
  (18, 10, 'Afterhours', 1, 415, false, 124),
  (19, 10, 'Strobe Memory', 2, 389, false, 126),
  (20, 11, 'Concrete Bloom', 1, 201, true, 88),
  (21, 11, 'Block Party', 2, 187, true, 95),
  (22, 12, 'Run It Back', 1, 164, true, 102),
  (23, 13, 'Low Tide Radio', 1, 248, false, 112),
  (24, 13, 'Lighthouse Keeper', 2, 295, false, NULL),
  (25, 14, 'Monsoon Letters', 1, 256, false, 90),
  (26, 14, 'Chai at Midnight', 2, 219, false, 100),
  (27, 15, 'Kindling', 1, 142, false, NULL),
  (28, 16, 'Salt and Stone', 1, 233, false, 84),
  (29, 16, 'The Long Road West', 2, 318, false, NULL),
  (30, 17, 'Frostbitten Crown', 1, 534, true, 168),
  (31, 18, 'Black Compass', 1, 402, false, 160),
  (32, 18, 'Iron Tide', 2, 356, true, 172),
  (33, 19, 'Blue Hours', 1, 468, false, NULL),
  (34, 19, 'Smoke and Brass', 2, 421, false, NULL),
  (35, 20, 'Neon Garden', 1, 247, false, 120),
  (36, 21, 'Fuzz', 1, 153, true, 176),
  (37, 22, 'Verão', 1, 207, false, 104),
  (38, 23, 'Tokyo Drift Lines', 1, 226, false, 130),
  (39, 24, 'Mar Aberto', 1, 199, false, 108),
  (40, 25, 'Owl Sessions I', 1, 284, false, 118);

INSERT INTO tunes.listeners VALUES
  (1, 'maya_k', 'Maya Kowalski', 'Poland', '2021-02-14', 'premium', 1994),
  (2, 'beatsbyjo', 'Jo Mensah', 'United Kingdom', '2020-07-03', 'free', 2001),
  (3, 'lucasf', NULL, 'Brazil', '2022-01-19', 'family', 1987),
  (4, 'night_owl_88', 'Sam Carter', 'United States', '2019-11-30', 'premium', 1988),
  (5, 'ana.sol', 'Ana Solís', 'Mexico', '2023-04-08', 'free', 2003),
  (6, 'kenji_t', 'Kenji Takahashi', 'Japan', '2020-09-12', 'premium', 1991),
  (7, 'riverdance', NULL, 'Ireland', '2024-01-05', 'free', NULL),
  (8, 'priya.m', 'Priya Menon', 'India', '2021-06-21', 'family', 1985),
  (9, 'lena_b', 'Lena Berg', 'Norway', '2022-10-02', 'premium', 1998),
  (10, 'tomtom', 'Tom Becker', 'Germany', '2018-05-17', 'free', 1979),
  (11, 'chloe_r', 'Chloé Roux', 'France', '2023-08-29', 'premium', 2000),
  (12, 'dj_ollie', NULL, 'United Kingdom', '2024-06-11', 'free', 2005),
  (13, 'grace_h', 'Grace Huang', 'Canada', '2019-03-08', 'family', 1976),
  (14, 'marco.v', 'Marco Vitale', 'Italy', '2022-12-24', 'premium', NULL),
  (15, 'zoe_plays', 'Zoe Adams', 'United States', '2025-02-01', 'free', 2006),
  (16, 'quietfan', NULL, 'United States', '2024-11-15', 'premium', 1990);

INSERT INTO tunes.plays VALUES
  (1, 1, 1, '2024-01-08 08:12', 212, false),
  (2, 1, 4, '2024-01-08 08:16', 198, false),
  (3, 1, 18, '2024-03-22 23:40', 415, false),
  (4, 1, 7, '2024-12-01 19:05', 189, false),
  (5, 1, 35, '2025-01-14 07:50', 12, true),
  (6, 1, 2, '2025-03-03 21:30', 245, false),
  (7, 1, 38, '2025-05-18 18:22', 226, false),
  (8, 4, 30, '2024-02-10 01:15', 534, false),
  (9, 4, 31, '2024-02-10 01:24', 402, false),
  (10, 4, 18, '2024-07-04 00:30', 415, false),
  (11, 4, 9, '2024-09-19 02:10', 301, false),
  (12, 4, 32, '2025-01-25 23:55', 200, false),
  (13, 4, 11, '2025-04-02 00:45', 25, true),
  (14, 6, 38, '2024-10-11 12:00', 226, false),
  (15, 6, 35, '2024-10-11 12:04', 247, false),
  (16, 6, 18, '2024-11-30 22:10', 415, false),
  (17, 6, 16, '2025-02-14 20:00', 372, false),
  (18, 6, 19, '2025-06-07 21:15', 18, true),
  (19, 2, 20, '2024-04-05 16:30', 201, false),
  (20, 2, 21, '2024-04-05 16:34', 187, false),
  (21, 2, 22, '2024-05-20 17:00', 164, false),
  (22, 2, 20, '2025-03-09 15:45', 201, false),
  (23, 9, 1, '2024-06-15 10:00', 212, false),
  (24, 9, 5, '2024-06-15 10:04', 176, false),
  (25, 9, 6, '2024-08-30 09:20', 21, true),
  (26, 9, 1, '2025-05-01 11:11', 212, false),
  (27, 3, 37, '2024-02-29 14:00', 207, false),
  (28, 3, 14, '2024-03-01 13:30', 215, false),
  (29, 3, 39, '2025-02-02 18:40', 199, false),
  (30, 8, 25, '2024-05-05 06:45', 256, false),
  (31, 8, 26, '2024-05-05 06:50', 219, false),
  (32, 8, 20, '2024-12-24 20:20', 9, true),
  (33, 10, 18, '2024-01-20 03:00', 415, false),
  (34, 10, 17, '2024-08-08 08:08', 204, false),
  (35, 5, 12, '2024-09-15 20:00', 242, false),
  (36, 5, 15, '2024-09-15 20:04', 30, true),
  (37, 11, 36, '2024-10-31 22:00', 153, false),
  (38, 13, 33, '2024-12-25 09:00', 468, false),
  (39, 12, 22, '2025-04-20 16:20', 14, true),
  (40, 14, 28, '2025-06-21 19:00', 233, false);

INSERT INTO tunes.playlists VALUES
  (1, 1, 'Morning Run', true, '2024-01-10 07:00'),
  (2, 1, 'Chill Sundays', false, '2024-04-14 11:30'),
  (3, 4, 'After Dark', true, '2024-02-11 02:00'),
  (4, 6, 'Tokyo Nights', true, '2024-10-12 23:00'),
  (5, 9, 'Nordic Mood', true, '2024-06-16 09:00'),
  (6, 2, 'Gym Bangers', true, '2024-04-06 18:00'),
  (7, 8, 'Focus', false, '2024-05-06 07:10'),
  (8, 3, 'Festa', true, '2024-03-02 20:00'),
  (9, 15, 'New Finds', false, '2025-02-03 12:00'),
  (10, 1, 'Road Trip 2025', true, '2025-04-30 16:45'),
  (11, 13, 'Sunday Jazz', false, '2024-12-26 10:00');

INSERT INTO tunes.playlist_tracks VALUES
  (1, 1, 1, '2024-01-10 07:02'),
  (1, 4, 2, '2024-01-10 07:03'),
  (1, 5, 3, '2024-01-10 07:03'),
  (1, 18, 4, '2024-03-23 08:00'),
  (1, 38, 5, '2024-09-10 06:55'),
  (2, 6, 1, '2024-04-14 11:35'),
  (2, 33, 2, '2024-04-14 11:36'),
  (2, 25, 3, '2024-06-02 10:20'),
  (2, 24, 4, '2024-08-18 12:00'),
  (3, 30, 1, '2024-02-11 02:05'),
  (3, 31, 2, '2024-02-11 02:06'),
  (3, 32, 3, '2024-02-11 02:06'),
  (3, 18, 4, '2024-07-04 00:40'),
  (4, 38, 1, '2024-10-12 23:02'),
  (4, 35, 2, '2024-10-12 23:03'),
  (4, 16, 3, '2024-10-13 00:10'),
  (4, 19, 4, '2024-12-01 21:00'),
  (5, 1, 1, '2024-06-16 09:01'),
  (5, 2, 2, '2024-06-16 09:01'),
  (5, 3, 3, '2024-06-16 09:02'),
  (5, 7, 4, '2024-06-16 09:04'),
  (6, 20, 1, '2024-04-06 18:01'),
  (6, 21, 2, '2024-04-06 18:01'),
  (6, 22, 3, '2024-04-06 18:02'),
  (6, 36, 4, '2024-11-02 17:30'),
  (7, 34, 1, '2024-05-06 07:12'),
  (7, 26, 2, '2024-05-06 07:13'),
  (7, 27, 3, '2024-05-07 06:30'),
  (8, 12, 1, '2024-03-02 20:01'),
  (8, 14, 2, '2024-03-02 20:02'),
  (8, 37, 3, '2024-03-02 20:02'),
  (8, 39, 4, '2025-02-05 19:00'),
  (10, 8, 1, '2025-04-30 16:50'),
  (10, 10, 2, '2025-04-30 16:51'),
  (10, 23, 3, '2025-04-30 16:52'),
  (10, 28, 4, '2025-04-30 16:53'),
  (10, 29, 5, '2025-05-02 09:15'),
  (10, 18, 6, '2025-05-02 09:16'),
  (11, 33, 1, '2024-12-26 10:01'),
  (11, 34, 2, '2024-12-26 10:02');

INSERT INTO tunes.follows VALUES
  (1, 1, '2021-02-14'),
  (1, 4, '2021-03-02'),
  (1, 11, '2022-07-19'),
  (1, 5, '2024-03-16'),
  (2, 5, '2020-07-05'),
  (2, 12, '2023-06-10'),
  (3, 13, '2022-01-20'),
  (3, 3, '2022-02-11'),
  (4, 9, '2019-12-01'),
  (4, 2, '2019-12-01'),
  (4, 4, '2021-08-14'),
  (5, 3, '2023-04-08'),
  (5, 13, '2023-05-27'),
  (6, 11, '2020-09-12'),
  (6, 4, '2020-10-03'),
  (6, 1, '2023-12-01'),
  (7, 8, '2024-01-05'),
  (7, 1, '2024-02-18'),
  (8, 7, '2021-06-21'),
  (8, 10, '2022-11-30'),
  (9, 1, '2022-10-02'),
  (9, 8, '2023-01-15'),
  (10, 4, '2018-06-01'),
  (11, 12, '2023-08-30'),
  (11, 1, '2024-01-22'),
  (13, 10, '2019-03-08'),
  (14, 8, '2023-03-17'),
  (15, 14, '2025-02-01'),
  (15, 5, '2025-02-02'),
  (16, 9, '2024-11-16');

-- A radio cluster in the style of Spider's program_share / broadcast: no declared keys, quoted capitalised columns.
-- broadcast."Station_ID" holds radio_station."Station_ID", broadcast."Program_ID" holds program."Program_ID".
CREATE TABLE radio_station ("Station_ID" integer, "Name" text, "City" text, "Frequency" text, "Launched_Year" integer,
  "Owner" text);
CREATE TABLE program ("Program_ID" integer, "Name" text, "Host" text, "Genre" text, "Duration_Minutes" integer,
  "Launch_Year" integer);
CREATE TABLE broadcast ("Station_ID" integer, "Program_ID" integer, "Time_of_day" text);

INSERT INTO radio_station VALUES
  (1, 'Radio Aurora', 'Oslo', '98.4 FM', 1989, 'NordMedia'),
  (2, 'Harbour FM', 'Bristol', '101.2 FM', 1996, 'Coastline Group'),
  (3, 'Soundwave 88', 'Manchester', '88.1 FM', 2003, 'Coastline Group'),
  (4, 'Jazz Lounge Radio', 'Montreal', '92.7 FM', 1978, 'Independent'),
  (5, 'Ritmo Latino', 'Guadalajara', '105.9 FM', 2001, 'Grupo Onda'),
  (6, 'Pulse Berlin', 'Berlin', '94.3 FM', 2010, 'NordMedia'),
  (7, 'Capital Beats', 'London', '99.9 FM', 2015, 'Coastline Group'),
  (8, 'Metro Rock', 'London', '97.3 FM', 1992, 'Independent'),
  (9, 'Onda Sul', 'Porto Alegre', '103.5 FM', 2008, 'Grupo Onda'),
  (10, 'Tokyo Wave', 'Tokyo', '81.3 FM', 1999, 'Kanto Broadcasting'),
  (11, 'Night Signal', 'Toronto', '89.5 FM', 2019, NULL);

INSERT INTO program VALUES
  (1, 'Morning Drive', 'Ellie Shaw', 'pop', 180, 2004),
  (2, 'Late Night Grooves', 'Marcus Dean', 'electronic', 120, 2011),
  (3, 'Rock Block', 'Dave Kerr', 'rock', 60, 1995),
  (4, 'Jazz After Dark', 'Simone Fox', 'jazz', 90, 1982),
  (5, 'Noches de Ritmo', 'Lucía Prado', 'latin', 120, 2002),
  (6, 'Indie Hour', 'Tom Hale', 'indie', 60, 2016),
  (7, 'Top 40 Countdown', 'Ellie Shaw', 'pop', 120, 2009),
  (8, 'Metal Mayhem', 'Bjorn Lund', 'metal', 90, 2013),
  (9, 'Folk Roots', 'Aoife Byrne', 'folk', 60, 2018),
  (10, 'Weekend Mix', 'Marcus Dean', 'electronic', 240, 2020),
  (11, 'Classical Sunrise', NULL, 'classical', 60, 2021),
  (12, 'Bassline Sessions', 'Marcus Dean', 'electronic', 60, 2022);

INSERT INTO broadcast VALUES
  (1, 1, 'Morning'), (1, 7, 'Afternoon'), (1, 2, 'Night'),
  (2, 1, 'Morning'), (2, 6, 'Afternoon'), (2, 9, 'Morning'),
  (3, 7, 'Afternoon'), (3, 3, 'Night'), (3, 1, 'Morning'),
  (4, 4, 'Night'),
  (5, 5, 'Night'), (5, 7, 'Afternoon'),
  (6, 2, 'Night'), (6, 10, 'Afternoon'), (6, 12, 'Night'),
  (7, 7, 'Afternoon'), (7, 1, 'Morning'), (7, 12, 'Night'), (7, 10, 'Afternoon'),
  (8, 3, 'Afternoon'), (8, 8, 'Night'),
  (9, 5, 'Night'),
  (10, 2, 'Night'), (10, 1, 'Morning');

-- A music-festival lineup cluster in the public schema: declared keys.
CREATE TABLE stage (stage_id integer PRIMARY KEY, stage_name text NOT NULL, capacity integer NOT NULL,
  covered boolean NOT NULL);
CREATE TABLE festival_act (act_id integer PRIMARY KEY, act_name text NOT NULL, genre text NOT NULL,
  home_country text NOT NULL, fee_eur numeric(9,2) NOT NULL);
CREATE TABLE performance (performance_id integer PRIMARY KEY, stage_id integer NOT NULL REFERENCES stage (stage_id),
  act_id integer NOT NULL REFERENCES festival_act (act_id), festival_day date NOT NULL, start_time time NOT NULL,
  duration_minutes integer NOT NULL, headliner boolean NOT NULL, attendance integer);

INSERT INTO stage VALUES
  (1, 'Main Stage', 40000, false),
  (2, 'Forest Stage', 12000, false),
  (3, 'The Big Top', 6000, true),
  (4, 'Lakeside', 8000, false),
  (5, 'Club Tent', 2500, true),
  (6, 'Acoustic Barn', 800, true),
  (7, 'Sunrise Terrace', 1500, false);

INSERT INTO festival_act VALUES
  (1, 'The Lanterns', 'indie', 'United Kingdom', 85000),
  (2, 'Marisol', 'pop', 'Spain', 120000),
  (3, 'Grid Theory', 'electronic', 'Netherlands', 60000),
  (4, 'Thunder Valley', 'rock', 'United States', 150000),
  (5, 'Kora Collective', 'world', 'Mali', 30000),
  (6, 'Paper Planes', 'indie', 'Ireland', 18000),
  (7, 'DJ Solace', 'electronic', 'Germany', 45000),
  (8, 'Hollow Oak', 'folk', 'Canada', 12000),
  (9, 'Crimson Tide Machine', 'metal', 'Finland', 40000),
  (10, 'Luna Vega', 'pop', 'Mexico', 95000),
  (11, 'The Velvet Hours', 'jazz', 'France', 22000),
  (12, 'Brass Reaction', 'funk', 'United States', 16000),
  (13, 'Static Youth', 'punk', 'United Kingdom', 9000),
  (14, 'Sable', 'r&b', 'Nigeria', 70000);

INSERT INTO performance VALUES
  (1, 1, 6, '2025-07-11', '15:00', 45, false, 9500),
  (2, 1, 1, '2025-07-11', '18:30', 75, false, 28000),
  (3, 1, 4, '2025-07-11', '21:30', 110, true, 39000),
  (4, 2, 8, '2025-07-11', '14:00', 50, false, 3100),
  (5, 2, 11, '2025-07-11', '17:00', 60, false, 4200),
  (6, 2, 3, '2025-07-11', '22:00', 90, true, 11500),
  (7, 5, 7, '2025-07-11', '23:30', 120, false, 2400),
  (8, 3, 12, '2025-07-11', '19:00', 60, false, 5200),
  (9, 1, 12, '2025-07-12', '14:30', 45, false, 12000),
  (10, 1, 10, '2025-07-12', '18:00', 80, false, 31000),
  (11, 1, 2, '2025-07-12', '21:30', 105, true, 38500),
  (12, 2, 13, '2025-07-12', '15:30', 40, false, NULL),
  (13, 2, 1, '2025-07-12', '20:00', 75, true, 11800),
  (14, 3, 5, '2025-07-12', '17:30', 70, false, 5600),
  (15, 4, 9, '2025-07-12', '19:30', 60, false, 7400),
  (16, 5, 3, '2025-07-12', '23:45', 100, false, 2500),
  (17, 6, 8, '2025-07-12', '13:00', 45, false, 650),
  (18, 1, 9, '2025-07-13', '14:00', 50, false, 15000),
  (19, 1, 4, '2025-07-13', '17:30', 75, false, 33000),
  (20, 1, 10, '2025-07-13', '21:30', 100, true, 39500),
  (21, 2, 6, '2025-07-13', '16:00', 45, false, 5400),
  (22, 2, 7, '2025-07-13', '21:00', 90, true, 10900),
  (23, 3, 11, '2025-07-13', '20:00', 60, false, NULL),
  (24, 4, 5, '2025-07-13', '15:00', 60, false, 6100),
  (25, 4, 13, '2025-07-13', '18:00', 45, false, 7900),
  (26, 6, 6, '2025-07-13', '12:00', 30, false, 720);
