-- League (development-only probe schema), modelled on public text-to-SQL benchmark databases.
-- A basketball league in the non-public schema `hoops`:
--   arenas (arena_name, city, capacity in seats, opened_year);
--   teams (team_name, city, arena_id, founded_year, conference 'East' or 'West');
--   seasons (season_name such as '2023-24', start_date, end_date, champion_team_id -> teams, NULL while running);
--   coaches (coach_name, team_id, role 'head' or 'assistant', hired_on, previous_team_id -> teams, the league team
--     coached before, NULL if none, salary in dollars);
--   players (player_name, team_id NULL for a free agent, position 'Guard' / 'Forward' / 'Center', height_cm,
--     birth_date, country, jersey_number and salary in dollars a year, both NULL for free agents);
--   games (season_id, home_team_id and away_team_id both -> teams, game_date, home_points, away_points, attendance,
--     overtime boolean, stage 'regular' or 'playoff', status 'final' / 'scheduled' / 'postponed'; points and
--     attendance are NULL unless the game is final);
--   player_game_stats (one box-score line per player and game: minutes, points, rebounds, assists);
--   injuries (player_id, game_id NULL when not hurt in a game, injury_type, injured_on, returned_on NULL while
--     not back, games_missed, status 'out' / 'day-to-day' / 'recovered').
-- Primary keys on all eight tables; foreign keys declared everywhere except teams.arena_id (-> arenas.arena_id)
-- and injuries.game_id (-> games.game_id).
-- 10 arenas: Liberty Dome is the biggest (20318), Riverside Pavilion (Sacramento) the smallest (14500) and oldest
-- (1985) and home to no team; Sound Arena the newest (2021); Crown Arena (Los Angeles) is shared by the Los Angeles
-- Stars and the Los Angeles Knights. 10 teams, 5 per conference; Boston Tides are the oldest (1946), Seattle Orcas
-- the youngest (2008); Atlanta Comets and Phoenix Flares were both founded in 1968.
-- 4 seasons: Denver Peaks won 2021-22 and 2023-24, Boston Tides 2022-23, 2024-25 has no champion yet; 2021-22
-- has no game on record. 15 coaches (10 head, 5 assistants; Boston has the most, 3); Erik Sorensen (Miami, hired
-- 2008-04-28) is the longest-serving and best paid (11.5M); 8 coaches have a previous team, Atlanta Comets twice
-- (Jerome Banks, Chris Donnelly); Frank Delaney, Mike Calloway and Jerome Banks are head coaches who came from the
-- other conference. 38 players, 3 free agents (Rashad Monroe, Pablo Ortiz, Tariq Wallace); 20 from the USA, 14
-- countries; Felix Bauer is the tallest (221), Isaiah Grant the shortest (183), Rashad Monroe the oldest
-- (1989-11-11), Caleb Winters the youngest (2004-03-21) and lowest paid (1.8M); Aleksandar Kovač is the best paid
-- (42M); Boston has the biggest payroll (83.45M); Luka Petrović and Aleksandar Kovač both wear 15.
-- 36 games from 2022-10-18 to 2025-04-13 (10 in 2022-23, 12 in 2023-24, 14 in 2024-25); 32 final, 3 scheduled
-- and 1 postponed (Boston v Denver, 2025-04-05); 4 playoff games (hosted by Boston and Denver, 2 each); 4 overtime
-- games; home teams won 20 of 32; the highest attendance is 20318 (Philadelphia, 2022-12-25), the lowest 15480
-- (Phoenix v Seattle, 2024-11-09); 17 games sold out the home arena; Phoenix v Los Angeles Stars on 2023-02-09 has
-- the highest combined score (257), Philadelphia's 140-96 win over Atlanta on 2024-03-30 the biggest margin (44).
-- Boston Tides are unbeaten (8-0), Denver Peaks 8-1 and the top scorers (1034 points), Atlanta Comets never won
-- (0-6) and have no injured player; Seattle Orcas never hosted a game.
-- 40 box-score lines over 8 games (2023-06-08, 2024-06-14 and six 2024-25 games); Aleksandar Kovač has the most
-- points in a game (41, 2025-02-22) and in total (104) and the most rebounds (41); Bastien Lefort the most
-- rebounds in a game (16), Théo Marchand the most assists in a game (12); 11 players, among them every Atlanta and
-- Seattle player and the 3 free agents, have no box score. 14 injuries of 13 players (Luka Petrović twice);
-- Xavier Dunn's torn ACL cost the most games (18); Xavier Dunn, Kenji Watanabe, Cameron Reyes and Matej Horvat have
-- not returned; 4 injuries happened off the court.
-- Public schema, keyless Spider-style climbing cluster with quoted capitalised columns: mountain ("Mountain_ID",
-- "Name", "Height" and "Prominence" in metres, "Range", "Country"), club ("Club_ID", "Name", "Country", "Founded")
-- and climber ("Climber_ID", "Name", "Country", "Year" and "Days" of the ascent, "Points", "Mountain_ID" holding
-- mountain."Mountain_ID", "Club_ID" holding club."Club_ID" or NULL). 14 mountains: Aconcagua the highest (6961),
-- Mount Olympus the lowest (2918); Mount Meru and Mount Olympus never climbed; Mont Blanc climbed the most (4).
-- 9 clubs: Alpine Club the oldest (1857), American Alpine Club the most members (4), Japanese Alpine Club none.
-- 22 climbers: Tomás Villanueva has the most points (38.5), Emily Carter took the longest (17 days); 5 belong to
-- no club; Lukas Hofer and Chloe Martin belong to a club of another country.
-- Public schema, school-bus cluster with declared keys: school (school_name, grade_level 'Elementary' / 'Middle' /
-- 'High', location, school_type 'Public' / 'Private', enrollment, founded_year), driver (name, party 'Dem' / 'Rep',
-- home_city, age) and school_bus (school_id, driver_id, years_working, if_full_time). 9 schools: Manchester High
-- School the largest (1480) with the most drivers (3); St. Mary's Academy and Hillcrest Montessori have no
-- driver. 13 drivers (8 Dem, 5 Rep): Ernest Doyle the oldest (63), Angela Ruiz the youngest (29), both drive for
-- no school; Rosa Delgado drives for two schools; Linda Marsh has worked the most years (20).

CREATE SCHEMA hoops;

CREATE TABLE hoops.arenas (
    arena_id     integer PRIMARY KEY,
    arena_name   text    NOT NULL,
    city         text    NOT NULL,
    capacity     integer NOT NULL,
    opened_year  integer NOT NULL
);

CREATE TABLE hoops.teams (
    team_id       integer PRIMARY KEY,
    team_name     text    NOT NULL,
    city          text    NOT NULL,
    arena_id      integer NOT NULL,          -- holds hoops.arenas.arena_id (no declared foreign key)
    founded_year  integer NOT NULL,
    conference    text    NOT NULL CHECK (conference IN ('East', 'West'))
);

CREATE TABLE hoops.seasons (
    season_id         integer PRIMARY KEY,
    season_name       text    NOT NULL UNIQUE,
    start_date        date    NOT NULL,
    end_date          date    NOT NULL,
    champion_team_id  integer REFERENCES hoops.teams (team_id)   -- NULL while the season is running
);

CREATE TABLE hoops.coaches (
    coach_id          integer PRIMARY KEY,
    coach_name        text    NOT NULL,
    team_id           integer NOT NULL REFERENCES hoops.teams (team_id),
    role              text    NOT NULL CHECK (role IN ('head', 'assistant')),
    hired_on          date    NOT NULL,
    previous_team_id  integer REFERENCES hoops.teams (team_id),  -- the team coached before, NULL if none in this league
    salary            numeric(12, 2) NOT NULL
);

CREATE TABLE hoops.players (
    player_id      integer PRIMARY KEY,
    player_name    text    NOT NULL,
    team_id        integer REFERENCES hoops.teams (team_id),     -- NULL for a free agent
    position       text    NOT NULL CHECK (position IN ('Guard', 'Forward', 'Center')),
    height_cm      integer NOT NULL,
    birth_date     date    NOT NULL,
    country        text    NOT NULL,
    jersey_number  integer,                                      -- NULL for a free agent
    salary         numeric(12, 2)                                -- yearly, NULL for a free agent
);

CREATE TABLE hoops.games (
    game_id       integer PRIMARY KEY,
    season_id     integer NOT NULL REFERENCES hoops.seasons (season_id),
    home_team_id  integer NOT NULL REFERENCES hoops.teams (team_id),
    away_team_id  integer NOT NULL REFERENCES hoops.teams (team_id),
    game_date     date    NOT NULL,
    home_points   integer,                   -- NULL unless status = 'final'
    away_points   integer,
    attendance    integer,
    overtime      boolean NOT NULL DEFAULT false,
    stage         text    NOT NULL CHECK (stage IN ('regular', 'playoff')),
    status        text    NOT NULL CHECK (status IN ('final', 'scheduled', 'postponed'))
);

CREATE TABLE hoops.player_game_stats (
    player_id  integer NOT NULL REFERENCES hoops.players (player_id),
    game_id    integer NOT NULL REFERENCES hoops.games (game_id),
    minutes    integer NOT NULL,
    points     integer NOT NULL,
    rebounds   integer NOT NULL,
    assists    integer NOT NULL,
    PRIMARY KEY (player_id, game_id)
);

CREATE TABLE hoops.injuries (
    injury_id     integer PRIMARY KEY,
    player_id     integer NOT NULL REFERENCES hoops.players (player_id),
    game_id       integer,                   -- holds hoops.games.game_id (no declared foreign key); NULL off the court
    injury_type   text    NOT NULL,
    injured_on    date    NOT NULL,
    returned_on   date,                      -- NULL while the player has not returned
    games_missed  integer NOT NULL,
    status        text    NOT NULL CHECK (status IN ('out', 'day-to-day', 'recovered'))
);

INSERT INTO hoops.arenas VALUES
    (1, 'Seaport Center',     'Boston',       18624, 1995),
    (2, 'Liberty Dome',       'Philadelphia', 20318, 1996),
    (3, 'Peachtree Arena',    'Atlanta',      17044, 2003),
    (4, 'Lakeshore Gardens',  'Toronto',      19800, 1998),
    (5, 'Bayfront Arena',     'Miami',        19600, 2000),
    (6, 'Summit Center',      'Denver',       19520, 2001),
    (7, 'Desert Sky Arena',   'Phoenix',      17071, 1992),
    (8, 'Sound Arena',        'Seattle',      17300, 2021),
    (9, 'Crown Arena',        'Los Angeles',  19068, 1999),
    (10, 'Riverside Pavilion', 'Sacramento',  14500, 1985);

INSERT INTO hoops.teams VALUES
    (1, 'Boston Tides',        'Boston',       1, 1946, 'East'),
    (2, 'Philadelphia Forge',  'Philadelphia', 2, 1949, 'East'),
    (3, 'Atlanta Comets',      'Atlanta',      3, 1968, 'East'),
    (4, 'Toronto Huskies',     'Toronto',      4, 1995, 'East'),
    (5, 'Miami Surge',         'Miami',        5, 1988, 'East'),
    (6, 'Denver Peaks',        'Denver',       6, 1976, 'West'),
    (7, 'Phoenix Flares',      'Phoenix',      7, 1968, 'West'),
    (8, 'Seattle Orcas',       'Seattle',      8, 2008, 'West'),
    (9, 'Los Angeles Stars',   'Los Angeles',  9, 1960, 'West'),
    (10, 'Los Angeles Knights', 'Los Angeles', 9, 1970, 'West');

INSERT INTO hoops.seasons VALUES
    (1, '2021-22', '2021-10-19', '2022-06-16', 6),
    (2, '2022-23', '2022-10-18', '2023-06-12', 1),
    (3, '2023-24', '2023-10-24', '2024-06-17', 6),
    (4, '2024-25', '2024-10-22', '2025-06-22', NULL);

INSERT INTO hoops.coaches VALUES
    (1,  'Gregg Lawson',    1,  'head',      '2019-06-10', NULL, 8500000.00),
    (2,  'Frank Delaney',   2,  'head',      '2023-05-30', 7,    7200000.00),
    (3,  'Terry Holt',      3,  'head',      '2022-07-01', NULL, 4100000.00),
    (4,  'Nick Harland',    4,  'head',      '2018-06-14', NULL, 6000000.00),
    (5,  'Erik Sorensen',   5,  'head',      '2008-04-28', NULL, 11500000.00),
    (6,  'Mike Calloway',   6,  'head',      '2015-06-15', 2,    9000000.00),
    (7,  'Dana Whitaker',   7,  'head',      '2023-06-20', 8,    5500000.00),
    (8,  'Steve Kerrigan',  8,  'head',      '2021-06-01', NULL, 3900000.00),
    (9,  'Luis Navarro',    9,  'head',      '2020-10-06', 10,   7800000.00),
    (10, 'Jerome Banks',    10, 'head',      '2024-06-05', 3,    6600000.00),
    (11, 'Paula Greene',    1,  'assistant', '2021-08-15', NULL, 950000.00),
    (12, 'Vince Moretti',   1,  'assistant', '2023-09-01', 4,    820000.00),
    (13, 'Ahmed Haddad',    6,  'assistant', '2016-07-11', NULL, 1100000.00),
    (14, 'Chris Donnelly',  10, 'assistant', '2024-07-01', 3,    700000.00),
    (15, 'Sarah Kim',       4,  'assistant', '2022-09-12', 9,    880000.00);

INSERT INTO hoops.players VALUES
    (1,  'Marcus Hale',        1,    'Guard',   191, '1996-03-14', 'USA',       3,    32500000.00),
    (2,  'Jalen Brooks',       1,    'Forward', 203, '1998-07-22', 'USA',       24,   28000000.00),
    (3,  'Luka Petrović',      1,    'Center',  213, '1995-11-02', 'Serbia',    15,   18750000.00),
    (4,  'Andre Whitfield',    1,    'Guard',   188, '2001-01-30', 'USA',       0,    4200000.00),
    (5,  'Darius Coleman',     2,    'Forward', 206, '1994-05-09', 'USA',       21,   35100000.00),
    (6,  'Théo Marchand',      2,    'Guard',   196, '1999-09-17', 'France',    8,    12300000.00),
    (7,  'Chidi Okafor',       2,    'Center',  211, '1997-02-25', 'Nigeria',   50,   9800000.00),
    (8,  'Tyrese Gaines',      2,    'Guard',   185, '2002-06-11', 'USA',       1,    2900000.00),
    (9,  'Devin Carter',       3,    'Guard',   193, '2000-10-04', 'USA',       11,   14600000.00),
    (10, 'Yannick Ebanda',     3,    'Forward', 208, '1998-12-19', 'Cameroon',  33,   11000000.00),
    (11, 'Ryan Mitchell',      3,    'Center',  210, '1993-04-08', 'USA',       44,   7500000.00),
    (12, 'Owen Tremblay',      4,    'Guard',   190, '1997-08-29', 'Canada',    7,    16900000.00),
    (13, 'Jamal Pierce',       4,    'Forward', 201, '1999-03-03', 'Canada',    9,    10250000.00),
    (14, 'Nikolas Papadakis',  4,    'Center',  216, '1996-06-21', 'Greece',    13,   13400000.00),
    (15, 'Isaiah Grant',       4,    'Guard',   183, '2003-02-14', 'USA',       2,    1950000.00),
    (16, 'Xavier Dunn',        5,    'Forward', 204, '1995-01-12', 'USA',       22,   24800000.00),
    (17, 'Mateo Fernández',    5,    'Guard',   189, '1998-05-27', 'Spain',     5,    8700000.00),
    (18, 'Curtis Bell',        5,    'Center',  212, '1991-09-30', 'USA',       34,   6100000.00),
    (19, 'Aleksandar Kovač',   6,    'Center',  218, '1994-02-19', 'Serbia',    15,   42000000.00),
    (20, 'Trey Holloway',      6,    'Guard',   192, '1997-12-05', 'USA',       27,   19500000.00),
    (21, 'Jonas Valaitis',     6,    'Forward', 207, '1996-10-10', 'Lithuania', 17,   12000000.00),
    (22, 'Malik Stanton',      6,    'Guard',   186, '2000-07-16', 'USA',       4,    5300000.00),
    (23, 'Cameron Reyes',      7,    'Guard',   194, '1996-04-01', 'USA',       10,   26750000.00),
    (24, 'Tomás Herrera',      7,    'Forward', 202, '1999-11-23', 'Argentina', 6,    7900000.00),
    (25, 'Emeka Obi',          7,    'Center',  214, '1998-08-08', 'Nigeria',   35,   10600000.00),
    (26, 'Kenji Watanabe',     8,    'Guard',   187, '2001-05-19', 'Japan',     12,   6800000.00),
    (27, 'Brandon Lowe',       8,    'Forward', 205, '1997-03-28', 'USA',       23,   15200000.00),
    (28, 'Liam O''Connor',     8,    'Center',  215, '1995-07-07', 'Australia', 41,   9100000.00),
    (29, 'Dominic Price',      9,    'Forward', 203, '1993-10-15', 'USA',       1,    38400000.00),
    (30, 'Bastien Lefort',     9,    'Center',  217, '1997-01-09', 'France',    27,   14100000.00),
    (31, 'Jordan Avery',       9,    'Guard',   190, '2000-12-02', 'USA',       14,   8250000.00),
    (32, 'Caleb Winters',      9,    'Guard',   184, '2004-03-21', 'USA',       30,   1800000.00),
    (33, 'Anthony Vance',      10,   'Guard',   195, '1992-06-30', 'USA',       8,    21300000.00),
    (34, 'Matej Horvat',       10,   'Forward', 209, '1998-04-16', 'Slovenia',  19,   11750000.00),
    (35, 'Felix Bauer',        10,   'Center',  221, '1999-09-09', 'Germany',   52,   4800000.00),
    (36, 'Rashad Monroe',      NULL, 'Forward', 200, '1989-11-11', 'USA',       NULL, NULL),
    (37, 'Pablo Ortiz',        NULL, 'Guard',   186, '1994-08-03', 'Spain',     NULL, NULL),
    (38, 'Tariq Wallace',      NULL, 'Center',  211, '1990-02-27', 'USA',       NULL, NULL);

INSERT INTO hoops.games VALUES
    (1,  2, 1,  2,  '2022-10-18', 112, 104, 18624, false, 'regular', 'final'),
    (2,  2, 6,  7,  '2022-10-19', 118, 109, 19520, false, 'regular', 'final'),
    (3,  2, 9,  10, '2022-11-05', 99,  101, 19068, false, 'regular', 'final'),
    (4,  2, 3,  5,  '2022-11-22', 121, 125, 16210, true,  'regular', 'final'),
    (5,  2, 2,  1,  '2022-12-25', 108, 110, 20318, false, 'regular', 'final'),
    (6,  2, 4,  8,  '2023-01-14', 97,  88,  18955, false, 'regular', 'final'),
    (7,  2, 7,  9,  '2023-02-09', 130, 127, 17071, true,  'regular', 'final'),
    (8,  2, 5,  4,  '2023-03-03', 102, 96,  19102, false, 'regular', 'final'),
    (9,  2, 1,  5,  '2023-05-20', 115, 99,  18624, false, 'playoff', 'final'),
    (10, 2, 1,  6,  '2023-06-08', 109, 103, 18624, false, 'playoff', 'final'),
    (11, 3, 6,  10, '2023-10-24', 120, 111, 19520, false, 'regular', 'final'),
    (12, 3, 3,  4,  '2023-11-02', 104, 108, 15877, false, 'regular', 'final'),
    (13, 3, 10, 8,  '2023-11-17', 95,  92,  18240, false, 'regular', 'final'),
    (14, 3, 5,  2,  '2023-12-09', 113, 117, 19600, true,  'regular', 'final'),
    (15, 3, 7,  6,  '2024-01-06', 101, 114, 16950, false, 'regular', 'final'),
    (16, 3, 1,  3,  '2024-01-27', 126, 98,  18624, false, 'regular', 'final'),
    (17, 3, 9,  7,  '2024-02-15', 107, 103, 18790, false, 'regular', 'final'),
    (18, 3, 4,  1,  '2024-03-08', 99,  105, 19800, false, 'regular', 'final'),
    (19, 3, 2,  3,  '2024-03-30', 140, 96,  20100, false, 'regular', 'final'),
    (20, 3, 6,  8,  '2024-04-12', 117, 102, 19520, false, 'regular', 'final'),
    (21, 3, 6,  9,  '2024-05-25', 112, 108, 19520, false, 'playoff', 'final'),
    (22, 3, 6,  2,  '2024-06-14', 106, 100, 19520, false, 'playoff', 'final'),
    (23, 4, 1,  4,  '2024-10-22', 118, 111, 18624, false, 'regular', 'final'),
    (24, 4, 10, 6,  '2024-10-23', 103, 116, 18012, false, 'regular', 'final'),
    (25, 4, 7,  8,  '2024-11-09', 122, 124, 15480, true,  'regular', 'final'),
    (26, 4, 5,  3,  '2024-11-30', 105, 98,  19250, false, 'regular', 'final'),
    (27, 4, 9,  10, '2024-12-25', 110, 104, 19068, false, 'regular', 'final'),
    (28, 4, 2,  4,  '2025-01-18', 99,  101, 19870, false, 'regular', 'final'),
    (29, 4, 3,  1,  '2025-02-06', 89,  112, 16400, false, 'regular', 'final'),
    (30, 4, 6,  5,  '2025-02-22', 128, 119, 19520, false, 'regular', 'final'),
    (31, 4, 4,  7,  '2025-03-14', 104, 100, 19350, false, 'regular', 'final'),
    (32, 4, 10, 2,  '2025-03-29', 107, 115, 17760, false, 'regular', 'final'),
    (33, 4, 1,  6,  '2025-04-05', NULL, NULL, NULL, false, 'regular', 'postponed'),
    (34, 4, 5,  9,  '2025-04-11', NULL, NULL, NULL, false, 'regular', 'scheduled'),
    (35, 4, 3,  8,  '2025-04-12', NULL, NULL, NULL, false, 'regular', 'scheduled'),
    (36, 4, 7,  10, '2025-04-13', NULL, NULL, NULL, false, 'regular', 'scheduled');

INSERT INTO hoops.player_game_stats VALUES
    (1,  10, 38, 31, 4,  7),
    (2,  10, 40, 24, 9,  3),
    (3,  10, 33, 14, 12, 1),
    (19, 10, 39, 29, 14, 8),
    (20, 10, 36, 22, 3,  6),
    (19, 22, 41, 34, 15, 9),
    (21, 22, 35, 18, 7,  2),
    (5,  22, 42, 30, 8,  4),
    (6,  22, 37, 21, 3,  10),
    (7,  22, 28, 9,  11, 0),
    (1,  23, 36, 28, 5,  9),
    (4,  23, 22, 11, 2,  4),
    (12, 23, 38, 27, 4,  8),
    (14, 23, 34, 19, 13, 2),
    (15, 23, 12, 4,  1,  3),
    (29, 27, 31, 26, 8,  5),
    (30, 27, 35, 20, 16, 1),
    (31, 27, 33, 17, 2,  11),
    (33, 27, 39, 33, 5,  7),
    (34, 27, 30, 15, 6,  3),
    (5,  28, 40, 35, 10, 3),
    (8,  28, 25, 12, 2,  6),
    (12, 28, 14, 6,  1,  2),
    (13, 28, 37, 23, 8,  4),
    (14, 28, 36, 22, 14, 3),
    (19, 30, 37, 41, 12, 11),
    (20, 30, 34, 25, 4,  7),
    (22, 30, 20, 10, 2,  5),
    (16, 30, 18, 12, 3,  1),
    (17, 30, 38, 28, 4,  9),
    (12, 31, 39, 30, 5,  6),
    (13, 31, 34, 18, 9,  2),
    (23, 31, 26, 19, 3,  4),
    (24, 31, 33, 16, 7,  2),
    (25, 31, 30, 14, 13, 1),
    (33, 32, 38, 27, 4,  8),
    (34, 32, 21, 9,  5,  2),
    (35, 32, 29, 13, 11, 2),
    (5,  32, 37, 32, 7,  5),
    (6,  32, 35, 24, 2,  12);

INSERT INTO hoops.injuries VALUES
    (1,  3,  16,   'ankle sprain',     '2024-01-27', '2024-02-10', 6,  'recovered'),
    (2,  5,  NULL, 'hamstring strain', '2023-11-20', '2023-12-15', 9,  'recovered'),
    (3,  19, 15,   'knee contusion',   '2024-01-06', '2024-01-14', 3,  'recovered'),
    (4,  12, 28,   'concussion',       '2025-01-18', '2025-01-29', 4,  'recovered'),
    (5,  16, 30,   'torn ACL',         '2025-02-22', NULL,         18, 'out'),
    (6,  26, NULL, 'ankle sprain',     '2025-03-02', NULL,         5,  'day-to-day'),
    (7,  29, 27,   'calf strain',      '2024-12-25', '2025-01-10', 6,  'recovered'),
    (8,  3,  29,   'back spasms',      '2025-02-06', '2025-02-12', 2,  'recovered'),
    (9,  35, NULL, 'foot fracture',    '2024-09-15', '2024-11-20', 12, 'recovered'),
    (10, 20, 24,   'hamstring strain', '2024-10-23', '2024-11-05', 5,  'recovered'),
    (11, 23, 31,   'wrist sprain',     '2025-03-14', NULL,         3,  'out'),
    (12, 34, 32,   'ankle sprain',     '2025-03-29', NULL,         2,  'day-to-day'),
    (13, 13, 12,   'groin strain',     '2023-11-02', '2023-11-16', 4,  'recovered'),
    (14, 17, NULL, 'illness',          '2024-12-03', '2024-12-08', 2,  'recovered');

-- Public schema, side cluster 1: mountains, climbing clubs and climbers (no declared keys, quoted column names).
CREATE TABLE mountain (
    "Mountain_ID"  integer,
    "Name"         text,
    "Height"       integer,     -- metres
    "Prominence"   integer,     -- metres
    "Range"        text,
    "Country"      text
);

CREATE TABLE club (
    "Club_ID"  integer,
    "Name"     text,
    "Country"  text,
    "Founded"  integer
);

CREATE TABLE climber (
    "Climber_ID"   integer,
    "Name"         text,
    "Country"      text,
    "Year"         integer,     -- year of the ascent
    "Days"         integer,     -- days the ascent took
    "Points"       numeric(4, 1),
    "Mountain_ID"  integer,     -- holds mountain."Mountain_ID"
    "Club_ID"      integer      -- holds club."Club_ID"; NULL when the climber belongs to no club
);

INSERT INTO mountain VALUES
    (1,  'Kilimanjaro',      5895, 5885, 'Kilimanjaro',    'Tanzania'),
    (2,  'Mount Kenya',      5199, 3825, 'Mount Kenya',    'Kenya'),
    (3,  'Mont Blanc',       4808, 4695, 'Alps',           'France'),
    (4,  'Matterhorn',       4478, 1040, 'Alps',           'Switzerland'),
    (5,  'Aconcagua',        6961, 6961, 'Andes',          'Argentina'),
    (6,  'Denali',           6190, 6144, 'Alaska Range',   'United States'),
    (7,  'Mount Elbrus',     5642, 4741, 'Caucasus',       'Russia'),
    (8,  'Mount Rainier',    4392, 4026, 'Cascade Range',  'United States'),
    (9,  'Ojos del Salado',  6893, 3688, 'Andes',          'Chile'),
    (10, 'Mount Stanley',    5109, 3951, 'Rwenzori',       'Uganda'),
    (11, 'Mount Meru',       4565, 3170, 'Eastern Rift',   'Tanzania'),
    (12, 'Grossglockner',    3798, 2424, 'Alps',           'Austria'),
    (13, 'Aoraki / Mount Cook', 3724, 3724, 'Southern Alps', 'New Zealand'),
    (14, 'Mount Olympus',    2918, 2353, 'Olympus massif', 'Greece');

INSERT INTO club VALUES
    (1, 'Alpine Club',              'United Kingdom', 1857),
    (2, 'Club Alpin Français',      'France',         1874),
    (3, 'Deutscher Alpenverein',    'Germany',        1869),
    (4, 'American Alpine Club',     'United States',  1902),
    (5, 'Mountain Club of Kenya',   'Kenya',          1948),
    (6, 'Club Andino Bariloche',    'Argentina',      1931),
    (7, 'Schweizer Alpen-Club',     'Switzerland',    1863),
    (8, 'Japanese Alpine Club',     'Japan',          1905),
    (9, 'New Zealand Alpine Club',  'New Zealand',    1891);

INSERT INTO climber VALUES
    (1,  'Jonas Brunner',     'Switzerland',    2019, 2,  18.5, 4,  7),
    (2,  'Léa Fontaine',      'France',         2021, 3,  15.0, 3,  2),
    (3,  'Marco Rossi',       'Italy',          2018, 4,  12.5, 3,  NULL),
    (4,  'Emily Carter',      'United States',  2022, 17, 34.0, 6,  4),
    (5,  'David Kiprono',     'Kenya',          2020, 4,  16.5, 2,  5),
    (6,  'Grace Wanjiru',     'Kenya',          2023, 6,  21.0, 1,  5),
    (7,  'Tomás Villanueva',  'Argentina',      2017, 14, 38.5, 5,  6),
    (8,  'Sofia Paredes',     'Argentina',      2022, 12, 33.0, 5,  6),
    (9,  'Oliver Hughes',     'United Kingdom', 2016, 9,  24.0, 7,  1),
    (10, 'Charlotte Evans',   'United Kingdom', 2019, 5,  20.5, 1,  1),
    (11, 'Lukas Hofer',       'Austria',        2021, 2,  11.0, 12, 3),
    (12, 'Anna Schmid',       'Germany',        2020, 3,  14.5, 4,  3),
    (13, 'Michael Reynolds',  'United States',  2018, 3,  13.0, 8,  4),
    (14, 'Jessica Park',      'United States',  2023, 2,  12.0, 8,  4),
    (15, 'Mateo Silva',       'Chile',          2019, 10, 30.5, 9,  NULL),
    (16, 'Pierre Dubois',     'France',         2015, 1,  9.5,  3,  2),
    (17, 'Yuki Tanaka',       'Japan',          2022, 7,  22.5, 1,  NULL),
    (18, 'Samuel Okello',     'Uganda',         2021, 8,  26.0, 10, NULL),
    (19, 'Emma Clarke',       'New Zealand',    2020, 3,  10.5, 13, 9),
    (20, 'Ivan Petrov',       'Russia',         2018, 6,  23.5, 7,  NULL),
    (21, 'Felix Wagner',      'Germany',        2024, 5,  17.0, 3,  3),
    (22, 'Chloe Martin',      'Canada',         2023, 16, 31.0, 6,  4);

-- Public schema, side cluster 2: schools, school bus drivers and who drives for which school (declared keys).
CREATE TABLE school (
    school_id     integer PRIMARY KEY,
    school_name   text    NOT NULL,
    grade_level   text    NOT NULL CHECK (grade_level IN ('Elementary', 'Middle', 'High')),
    location      text    NOT NULL,
    school_type   text    NOT NULL CHECK (school_type IN ('Public', 'Private')),
    enrollment    integer NOT NULL,
    founded_year  integer NOT NULL
);

CREATE TABLE driver (
    driver_id  integer PRIMARY KEY,
    name       text    NOT NULL,
    party      text    NOT NULL CHECK (party IN ('Dem', 'Rep')),
    home_city  text    NOT NULL,
    age        integer NOT NULL
);

CREATE TABLE school_bus (
    school_id      integer NOT NULL REFERENCES school (school_id),
    driver_id      integer NOT NULL REFERENCES driver (driver_id),
    years_working  integer NOT NULL,
    if_full_time   boolean NOT NULL,
    PRIMARY KEY (school_id, driver_id)
);

INSERT INTO school VALUES
    (1, 'Glenbrook Elementary School',  'Elementary', 'Hartford',      'Public',  412,  1958),
    (2, 'Bethel Middle School',         'Middle',     'Bethel',        'Public',  655,  1972),
    (3, 'Coventry High School',         'High',       'Coventry',      'Public',  1120, 1931),
    (4, 'St. Mary''s Academy',          'Elementary', 'East Hartford', 'Private', 280,  1949),
    (5, 'Manchester High School',       'High',       'Manchester',    'Public',  1480, 1955),
    (6, 'Oakwood Preparatory School',   'High',       'Hartford',      'Private', 530,  1988),
    (7, 'Riverside Elementary School',  'Elementary', 'Manchester',    'Public',  365,  1994),
    (8, 'Hillcrest Montessori',         'Elementary', 'Bethel',        'Private', 140,  2005),
    (9, 'Wethersfield Middle School',   'Middle',     'Wethersfield',  'Public',  720,  1967);

INSERT INTO driver VALUES
    (1,  'Walter Briggs',   'Dem', 'Hartford',      46),
    (2,  'Rosa Delgado',    'Dem', 'Hartford',      38),
    (3,  'Kevin O''Malley', 'Rep', 'Bethel',        52),
    (4,  'Linda Marsh',     'Dem', 'Coventry',      61),
    (5,  'Thomas Reilly',   'Rep', 'Manchester',    44),
    (6,  'Angela Ruiz',     'Dem', 'East Hartford', 29),
    (7,  'Gary Whitmore',   'Rep', 'Coventry',      57),
    (8,  'Denise Parker',   'Dem', 'Manchester',    35),
    (9,  'Howard Kline',    'Dem', 'Hartford',      49),
    (10, 'Marisol Vega',    'Dem', 'East Hartford', 41),
    (11, 'Stanley Novak',   'Rep', 'Bethel',        33),
    (12, 'Frances Hyde',    'Dem', 'Hartford',      54),
    (13, 'Ernest Doyle',    'Rep', 'Manchester',    63);

INSERT INTO school_bus VALUES
    (1, 2,  6,  true),
    (1, 9,  12, true),
    (2, 3,  8,  true),
    (3, 4,  20, true),
    (3, 7,  3,  false),
    (5, 5,  10, true),
    (5, 8,  2,  false),
    (5, 11, 4,  true),
    (6, 1,  9,  false),
    (7, 10, 7,  true),
    (7, 2,  1,  false),
    (9, 12, 15, true);
