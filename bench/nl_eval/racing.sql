-- Racing (development-only probe schema), modelled on public text-to-SQL benchmark databases.
-- A Formula-1 cluster in the non-public schema `motor`, like the formula_1 benchmark: circuits (name, location,
-- country, lat/lng), races (year, round, circuit, name, date), drivers (forename, surname, nationality, dob, a
-- permanent car number, a three-letter code), constructors (the teams), results (one driver in one race for one
-- constructor: grid, finishing position, points, laps, status, fastest lap as text m:ss.sss) and pit_stops (stop
-- number, lap, duration in seconds). Primary keys are declared on all six tables and foreign keys on
-- races.circuit_id, results.race_id, results.driver_id and pit_stops.race_id; results.constructor_id (it joins
-- constructors.constructor_id) and pit_stops.driver_id (it joins drivers.driver_id) have no declared key.
-- 11 circuits: Italy has two (Monza and Imola), every other country one; Spa-Francorchamps, Imola and the
-- Hungaroring never hosted a race; Bahrain International Circuit hosted the most (3, the Bahrain Grand Prix of
-- 2021, 2022 and 2023), Silverstone two (British Grand Prix 2022 and 2023). Circuit Park Zandvoort is the
-- northernmost circuit, Albert Park the only one south of the equator; Silverstone and the Circuit of the
-- Americas have a negative longitude. 11 races: three in 2021, four in 2022 (the most), three in 2023 and the
-- 2024 United States Grand Prix, which has no results yet; race names repeat across years.
-- 14 drivers: British is the most common nationality (Hamilton, Norris, Russell); Fernando Alonso is the oldest,
-- Jack Doohan the youngest (no car number, never raced); Robert Kubica has no code and never raced; Oscar Piastri
-- is the youngest driver with a result and with a podium. Pérez is stored with its accent. 10 constructors:
-- British is the most common nationality (McLaren, Williams, Aston Martin); Alpine F1 Team and AlphaTauri have no
-- results. results holds four rows for each of the 10 raced races (not the full field): 7 retirements have a NULL
-- position (status gives the reason: Engine, Driveshaft, Collision, Fuel pressure, Accident, Gearbox,
-- Electrical), 32 rows have status Finished and one ('+1 Lap', Alonso, 2023 Japanese Grand Prix) is a lapped
-- but classified 8th place; points include the bonus point for the fastest lap (26 for some wins, 16 for some
-- thirds). Max Verstappen has the most starts (8), wins (5), podiums (6), poles (grid 1: 6) and points (146);
-- Charles Leclerc won the most races (2) and scored the most points (67) in 2022; Verstappen leads 2021 (43
-- ahead of Norris 40) and 2023 (77). Red Bull has the most wins (5) and points (215); Ferrari won 3 (all in
-- 2022), Mercedes and McLaren one each; Mercedes scored the most in 2021 (59, Red Bull 58), Ferrari in 2022
-- (110). Valtteri Bottas is the only driver with two teams (Mercedes 2021, Alfa Romeo 2022); Mercedes used the
-- most drivers (3). Nicholas Latifi raced twice and never finished; Verstappen and Latifi retired twice each.
-- The pole sitter won 7 of the 10 races; Hamilton won the 2021 Bahrain Grand Prix from grid 3, the furthest back
-- of any winner; Mick Schumacher gained the most places (grid 19 to 8, 2022 British Grand Prix).
-- pit_stops has 19 stops in the three 2023 races: Verstappen made the most (5) and the fastest (22.219 s, 2023
-- Japanese Grand Prix), Alonso stopped three times in the 2023 Japanese Grand Prix, Piastri's 31.207 s stop in
-- Bahrain 2023 is the slowest.
-- A football cluster in the public schema, like the European soccer benchmarks (declared keys): team, match
-- (home_team_id and away_team_id both refer to team; home_goals, away_goals, match_date and season text
-- '2022-23' / '2023-24') and player (team, position, birth date, market value in millions of euros). Castleton
-- United and Castleton Wanderers share the city Castleton; Hollowell Albion (just promoted) has played no match;
-- Glenwood FC has no stadium capacity and never won a match; Castleton United has the biggest stadium, is the
-- oldest club (1878) and never lost at home. 36 matches, 18 per season, all with a score; 10 draws, 13 home
-- wins, 13 away wins. Ashford Athletic has the most wins (8: 4 at home, 4 away), the most goals (25) and the most
-- league points in 2022-23 (13, Castleton United 11); Castleton Wanderers conceded the most (23); Dunmore City
-- scored the most away goals (10) and never lost away; Bramley Rovers and Glenwood FC never won away. Glenwood FC
-- 3-3 Castleton Wanderers (2023-12-26) has the most goals, Ashford Athletic 5-0 Glenwood FC (2023-08-26) is the
-- biggest win; Castleton United beat Ashford Athletic twice and is the only team that beat them. 30 players:
-- Ivan Petrov has no club; Nils Berg and Chris Doyle have no market value; Kwame Mensah is the most valuable
-- (35.0); Leo Fischer is the youngest, Nils Berg the oldest goalkeeper; Ashford Athletic has the most valuable
-- squad.
-- A poker cluster in the public schema, like the poker_player benchmark (no declared keys): people
-- (birth_date is text like 'March 4, 1984', so text order is not date order; height in centimetres) and
-- poker_player (people_id = people.people_id; earnings in US dollars). Elena Marin, Nina Horvat and Liam O'Brien
-- are not poker players; Liam O'Brien has no height. Dmitri Orlov is the tallest and has the highest earnings and
-- the best money rank (45); Viktor Sokolov is the oldest person; Sofia Rossi is the youngest poker player;
-- Russia is the most common nationality (3, all poker players).
CREATE SCHEMA motor;
CREATE TABLE motor.circuits (circuit_id integer PRIMARY KEY, name text NOT NULL, location text, country text,
                             lat numeric(8,5), lng numeric(8,5));
CREATE TABLE motor.races (race_id integer PRIMARY KEY, year integer NOT NULL, round integer NOT NULL,
                          circuit_id integer NOT NULL REFERENCES motor.circuits, name text NOT NULL, date date);
CREATE TABLE motor.drivers (driver_id integer PRIMARY KEY, forename text NOT NULL, surname text NOT NULL,
                            nationality text, dob date, number integer, code text);
CREATE TABLE motor.constructors (constructor_id integer PRIMARY KEY, name text NOT NULL, nationality text);
CREATE TABLE motor.results (result_id integer PRIMARY KEY, race_id integer NOT NULL REFERENCES motor.races,
                            driver_id integer NOT NULL REFERENCES motor.drivers, constructor_id integer NOT NULL,
                            grid integer, position integer, points numeric(4,1) NOT NULL, laps integer,
                            status text, fastest_lap_time text);
CREATE TABLE motor.pit_stops (race_id integer NOT NULL REFERENCES motor.races, driver_id integer NOT NULL,
                              stop integer NOT NULL, lap integer NOT NULL, duration numeric(6,3),
                              PRIMARY KEY (race_id, driver_id, stop));
COMMENT ON COLUMN motor.circuits.location IS 'town or area of the circuit';
COMMENT ON COLUMN motor.circuits.lat IS 'latitude in degrees';
COMMENT ON COLUMN motor.circuits.lng IS 'longitude in degrees';
COMMENT ON COLUMN motor.races.round IS 'number of the race within its season';
COMMENT ON COLUMN motor.drivers.dob IS 'date of birth';
COMMENT ON COLUMN motor.drivers.number IS 'permanent car number';
COMMENT ON COLUMN motor.drivers.code IS 'three-letter driver abbreviation';
COMMENT ON COLUMN motor.results.constructor_id IS 'constructors.constructor_id of the team the driver raced for';
COMMENT ON COLUMN motor.results.grid IS 'starting position on the grid';
COMMENT ON COLUMN motor.results.position IS 'finishing position; NULL when the driver did not finish (not classified)';
COMMENT ON COLUMN motor.results.laps IS 'laps completed';
COMMENT ON COLUMN motor.results.status IS 'Finished, +1 Lap, or the reason for retirement';
COMMENT ON COLUMN motor.results.fastest_lap_time IS 'the driver''s fastest lap of the race as m:ss.sss';
COMMENT ON COLUMN motor.pit_stops.driver_id IS 'drivers.driver_id of the driver who stopped';
COMMENT ON COLUMN motor.pit_stops.stop IS 'number of the stop for this driver in this race (1, 2, ...)';
COMMENT ON COLUMN motor.pit_stops.duration IS 'time spent in the pit lane, in seconds';

INSERT INTO motor.circuits VALUES
  (1, 'Silverstone Circuit', 'Silverstone', 'UK', 52.07861, -1.01694),
  (2, 'Autodromo Nazionale di Monza', 'Monza', 'Italy', 45.61560, 9.28111),
  (3, 'Circuit de Monaco', 'Monte-Carlo', 'Monaco', 43.73470, 7.42056),
  (4, 'Circuit de Spa-Francorchamps', 'Spa', 'Belgium', 50.43720, 5.97139),
  (5, 'Autodromo Enzo e Dino Ferrari', 'Imola', 'Italy', 44.34390, 11.71670),
  (6, 'Circuit Park Zandvoort', 'Zandvoort', 'Netherlands', 52.38880, 4.54092),
  (7, 'Bahrain International Circuit', 'Sakhir', 'Bahrain', 26.03250, 50.51060),
  (8, 'Suzuka Circuit', 'Suzuka', 'Japan', 34.84310, 136.54100),
  (9, 'Circuit of the Americas', 'Austin', 'USA', 30.13280, -97.64110),
  (10, 'Albert Park Grand Prix Circuit', 'Melbourne', 'Australia', -37.84970, 144.96800),
  (11, 'Hungaroring', 'Budapest', 'Hungary', 47.57890, 19.24860);

INSERT INTO motor.races VALUES
  (1, 2021, 1, 7, 'Bahrain Grand Prix', '2021-03-28'),
  (2, 2021, 5, 3, 'Monaco Grand Prix', '2021-05-23'),
  (3, 2021, 14, 2, 'Italian Grand Prix', '2021-09-12'),
  (4, 2022, 1, 7, 'Bahrain Grand Prix', '2022-03-20'),
  (5, 2022, 3, 10, 'Australian Grand Prix', '2022-04-10'),
  (6, 2022, 10, 1, 'British Grand Prix', '2022-07-03'),
  (7, 2022, 15, 6, 'Dutch Grand Prix', '2022-09-04'),
  (8, 2023, 1, 7, 'Bahrain Grand Prix', '2023-03-05'),
  (9, 2023, 10, 1, 'British Grand Prix', '2023-07-09'),
  (10, 2023, 17, 8, 'Japanese Grand Prix', '2023-09-24'),
  (11, 2024, 19, 9, 'United States Grand Prix', '2024-10-20');

INSERT INTO motor.drivers VALUES
  (1, 'Lewis', 'Hamilton', 'British', '1985-01-07', 44, 'HAM'),
  (2, 'Max', 'Verstappen', 'Dutch', '1997-09-30', 33, 'VER'),
  (3, 'Charles', 'Leclerc', 'Monegasque', '1997-10-16', 16, 'LEC'),
  (4, 'Lando', 'Norris', 'British', '1999-11-13', 4, 'NOR'),
  (5, 'Sergio', 'Pérez', 'Mexican', '1990-01-26', 11, 'PER'),
  (6, 'Fernando', 'Alonso', 'Spanish', '1981-07-29', 14, 'ALO'),
  (7, 'Carlos', 'Sainz', 'Spanish', '1994-09-01', 55, 'SAI'),
  (8, 'George', 'Russell', 'British', '1998-02-15', 63, 'RUS'),
  (9, 'Oscar', 'Piastri', 'Australian', '2001-04-06', 81, 'PIA'),
  (10, 'Valtteri', 'Bottas', 'Finnish', '1989-08-28', 77, 'BOT'),
  (11, 'Nicholas', 'Latifi', 'Canadian', '1995-06-29', 6, 'LAT'),
  (12, 'Mick', 'Schumacher', 'German', '1999-03-22', 47, 'MSC'),
  (13, 'Robert', 'Kubica', 'Polish', '1984-12-07', 88, NULL),
  (14, 'Jack', 'Doohan', 'Australian', '2003-01-20', NULL, 'DOO');

INSERT INTO motor.constructors VALUES
  (1, 'Mercedes', 'German'), (2, 'Red Bull', 'Austrian'), (3, 'Ferrari', 'Italian'), (4, 'McLaren', 'British'),
  (5, 'Williams', 'British'), (6, 'Aston Martin', 'British'), (7, 'Alpine F1 Team', 'French'),
  (8, 'Haas F1 Team', 'American'), (9, 'Alfa Romeo', 'Swiss'), (10, 'AlphaTauri', 'Italian');

INSERT INTO motor.results VALUES
  (1, 1, 1, 1, 3, 1, 25, 56, 'Finished', '1:34.015'),
  (2, 1, 2, 2, 1, 2, 18, 56, 'Finished', '1:33.228'),
  (3, 1, 10, 1, 2, 3, 16, 56, 'Finished', '1:32.090'),
  (4, 1, 11, 5, 18, NULL, 0, 51, 'Engine', NULL),
  (5, 2, 2, 2, 2, 1, 25, 78, 'Finished', '1:14.649'),
  (6, 2, 7, 3, 4, 2, 18, 78, 'Finished', '1:14.780'),
  (7, 2, 4, 4, 5, 3, 15, 78, 'Finished', '1:14.905'),
  (8, 2, 3, 3, 1, NULL, 0, 0, 'Driveshaft', NULL),
  (9, 3, 4, 4, 2, 1, 25, 53, 'Finished', '1:22.248'),
  (10, 3, 10, 1, 9, 2, 18, 53, 'Finished', '1:22.503'),
  (11, 3, 5, 2, 8, 3, 15, 53, 'Finished', '1:22.990'),
  (12, 3, 2, 2, 1, NULL, 0, 25, 'Collision', '1:23.410'),
  (13, 4, 3, 3, 1, 1, 26, 57, 'Finished', '1:34.570'),
  (14, 4, 7, 3, 3, 2, 18, 57, 'Finished', '1:35.740'),
  (15, 4, 1, 1, 5, 3, 15, 57, 'Finished', '1:36.228'),
  (16, 4, 2, 2, 2, NULL, 0, 54, 'Fuel pressure', '1:35.440'),
  (17, 5, 3, 3, 1, 1, 26, 58, 'Finished', '1:20.260'),
  (18, 5, 5, 2, 3, 2, 18, 58, 'Finished', '1:20.846'),
  (19, 5, 8, 1, 6, 3, 15, 58, 'Finished', '1:21.445'),
  (20, 5, 11, 5, 20, NULL, 0, 38, 'Accident', NULL),
  (21, 6, 7, 3, 1, 1, 25, 52, 'Finished', '1:30.580'),
  (22, 6, 5, 2, 4, 2, 18, 52, 'Finished', '1:29.120'),
  (23, 6, 1, 1, 5, 3, 16, 52, 'Finished', '1:27.901'),
  (24, 6, 12, 8, 19, 8, 4, 52, 'Finished', '1:31.662'),
  (25, 7, 2, 2, 1, 1, 26, 72, 'Finished', '1:13.652'),
  (26, 7, 8, 1, 6, 2, 18, 72, 'Finished', '1:14.010'),
  (27, 7, 3, 3, 2, 3, 15, 72, 'Finished', '1:14.203'),
  (28, 7, 10, 9, 8, NULL, 0, 43, 'Gearbox', '1:16.115'),
  (29, 8, 2, 2, 1, 1, 25, 57, 'Finished', '1:36.236'),
  (30, 8, 5, 2, 2, 2, 18, 57, 'Finished', '1:36.344'),
  (31, 8, 6, 6, 5, 3, 15, 57, 'Finished', '1:36.156'),
  (32, 8, 9, 4, 18, NULL, 0, 13, 'Electrical', NULL),
  (33, 9, 2, 2, 1, 1, 26, 52, 'Finished', '1:30.275'),
  (34, 9, 4, 4, 2, 2, 18, 52, 'Finished', '1:30.881'),
  (35, 9, 1, 1, 7, 3, 15, 52, 'Finished', '1:30.905'),
  (36, 9, 9, 4, 3, 4, 12, 52, 'Finished', '1:31.128'),
  (37, 10, 2, 2, 1, 1, 26, 53, 'Finished', '1:35.510'),
  (38, 10, 4, 4, 3, 2, 18, 53, 'Finished', '1:36.300'),
  (39, 10, 9, 4, 2, 3, 15, 53, 'Finished', '1:36.470'),
  (40, 10, 6, 6, 10, 8, 4, 52, '+1 Lap', '1:37.990');

INSERT INTO motor.pit_stops VALUES
  (8, 2, 1, 14, 22.812), (8, 2, 2, 36, 23.105), (8, 5, 1, 15, 23.419), (8, 5, 2, 37, 22.958),
  (8, 6, 1, 13, 24.033), (8, 9, 1, 10, 31.207),
  (9, 2, 1, 33, 22.431), (9, 4, 1, 33, 22.705), (9, 1, 1, 33, 22.566), (9, 9, 1, 29, 23.012),
  (10, 2, 1, 18, 22.219), (10, 2, 2, 33, 22.640), (10, 4, 1, 18, 23.318), (10, 4, 2, 36, 22.907),
  (10, 9, 1, 17, 22.881), (10, 9, 2, 33, 23.702), (10, 6, 1, 14, 24.412), (10, 6, 2, 33, 24.105),
  (10, 6, 3, 45, 23.950);

CREATE TABLE team (team_id integer PRIMARY KEY, name text NOT NULL, city text, founded integer, stadium text,
                   capacity integer);
CREATE TABLE match (match_id integer PRIMARY KEY, season text NOT NULL, match_date date NOT NULL,
                    home_team_id integer NOT NULL REFERENCES team, away_team_id integer NOT NULL REFERENCES team,
                    home_goals integer NOT NULL, away_goals integer NOT NULL);
CREATE TABLE player (player_id integer PRIMARY KEY, name text NOT NULL, team_id integer REFERENCES team,
                     position text, birth_date date, nationality text, market_value numeric(5,1));
COMMENT ON COLUMN team.founded IS 'year the club was founded';
COMMENT ON COLUMN team.capacity IS 'number of seats in the stadium';
COMMENT ON COLUMN match.season IS 'league season, e.g. 2022-23';
COMMENT ON COLUMN match.home_goals IS 'goals scored by the home team';
COMMENT ON COLUMN match.away_goals IS 'goals scored by the away team';
COMMENT ON COLUMN player.team_id IS 'current club; NULL for a free agent';
COMMENT ON COLUMN player.position IS 'Goalkeeper, Defender, Midfielder or Forward';
COMMENT ON COLUMN player.market_value IS 'estimated transfer value in millions of euros';

INSERT INTO team VALUES
  (1, 'Ashford Athletic', 'Ashford', 1889, 'The Meadow', 18500),
  (2, 'Bramley Rovers', 'Bramley', 1901, 'Rovers Park', 22300),
  (3, 'Castleton United', 'Castleton', 1878, 'Castle Road', 41200),
  (4, 'Dunmore City', 'Dunmore', 1894, 'City Ground', 30150),
  (5, 'Castleton Wanderers', 'Castleton', 1910, 'Wanderers Lane', 15800),
  (6, 'Fairhaven Town', 'Fairhaven', 1923, 'Harbour Stadium', 12400),
  (7, 'Glenwood FC', 'Glenwood', 1932, 'Glen Park', NULL),
  (8, 'Hollowell Albion', 'Hollowell', 1885, 'Albion Park', 26700);

INSERT INTO match VALUES
  (1, '2022-23', '2022-08-06', 1, 2, 2, 1),
  (2, '2022-23', '2022-08-06', 3, 4, 1, 1),
  (3, '2022-23', '2022-08-13', 5, 6, 0, 2),
  (4, '2022-23', '2022-08-13', 7, 1, 1, 3),
  (5, '2022-23', '2022-09-03', 2, 3, 0, 0),
  (6, '2022-23', '2022-09-03', 4, 5, 3, 2),
  (7, '2022-23', '2022-10-01', 6, 7, 1, 1),
  (8, '2022-23', '2022-10-15', 3, 1, 2, 0),
  (9, '2022-23', '2022-11-05', 2, 4, 1, 2),
  (10, '2022-23', '2022-11-12', 5, 7, 2, 2),
  (11, '2022-23', '2022-12-26', 1, 6, 3, 0),
  (12, '2022-23', '2023-01-14', 4, 3, 0, 1),
  (13, '2022-23', '2023-02-04', 6, 2, 1, 0),
  (14, '2022-23', '2023-02-18', 7, 5, 0, 1),
  (15, '2022-23', '2023-03-11', 1, 4, 2, 2),
  (16, '2022-23', '2023-04-08', 3, 6, 3, 1),
  (17, '2022-23', '2023-04-22', 2, 7, 2, 0),
  (18, '2022-23', '2023-05-20', 5, 1, 1, 2),
  (19, '2023-24', '2023-08-12', 2, 1, 1, 1),
  (20, '2023-24', '2023-08-12', 4, 3, 2, 1),
  (21, '2023-24', '2023-08-19', 6, 5, 0, 0),
  (22, '2023-24', '2023-08-26', 1, 7, 5, 0),
  (23, '2023-24', '2023-09-16', 3, 2, 2, 2),
  (24, '2023-24', '2023-09-30', 5, 4, 1, 3),
  (25, '2023-24', '2023-10-21', 7, 6, 0, 1),
  (26, '2023-24', '2023-11-04', 1, 3, 1, 2),
  (27, '2023-24', '2023-11-25', 4, 2, 0, 0),
  (28, '2023-24', '2023-12-26', 7, 5, 3, 3),
  (29, '2023-24', '2024-01-13', 6, 1, 0, 2),
  (30, '2023-24', '2024-02-03', 3, 5, 4, 1),
  (31, '2023-24', '2024-02-17', 2, 6, 1, 0),
  (32, '2023-24', '2024-03-09', 4, 1, 0, 1),
  (33, '2023-24', '2024-03-30', 5, 2, 2, 1),
  (34, '2023-24', '2024-04-13', 6, 3, 1, 2),
  (35, '2023-24', '2024-05-04', 7, 4, 0, 2),
  (36, '2023-24', '2024-05-18', 1, 5, 3, 0);

INSERT INTO player VALUES
  (1, 'Tom Hadley', 1, 'Goalkeeper', '1994-03-12', 'England', 4.5),
  (2, 'Marcus Reid', 1, 'Defender', '1997-07-01', 'Scotland', 8.0),
  (3, 'Luca Bellini', 1, 'Midfielder', '1999-11-23', 'Italy', 22.0),
  (4, 'Kwame Mensah', 1, 'Forward', '2001-02-14', 'Ghana', 35.0),
  (5, 'Jordan Pike', 2, 'Goalkeeper', '1990-05-30', 'England', 1.2),
  (6, 'Sam Okafor', 2, 'Defender', '1998-09-09', 'Nigeria', 6.5),
  (7, 'Diego Alvarez', 2, 'Forward', '1996-04-18', 'Spain', 12.0),
  (8, 'Harry Collins', 3, 'Midfielder', '1995-12-02', 'England', 18.5),
  (9, 'Pierre Laurent', 3, 'Forward', '1993-06-27', 'France', 15.0),
  (10, 'Ethan Moore', 3, 'Defender', '2000-01-05', 'Wales', 9.5),
  (11, 'Nils Berg', 3, 'Goalkeeper', '1988-10-11', 'Sweden', NULL),
  (12, 'Callum Fraser', 4, 'Defender', '1992-08-20', 'Scotland', 3.0),
  (13, 'Mateo Silva', 4, 'Midfielder', '2002-03-03', 'Portugal', 28.0),
  (14, 'Ryan Price', 4, 'Forward', '1991-01-29', 'England', 5.5),
  (15, 'Oliver Grant', 5, 'Midfielder', '1997-02-17', 'England', 4.0),
  (16, 'Yusuf Demir', 5, 'Forward', '1999-05-08', 'Turkey', 7.5),
  (17, 'Ben Walsh', 5, 'Goalkeeper', '1996-11-30', 'Ireland', 2.0),
  (18, 'Aaron Blake', 6, 'Defender', '1994-07-14', 'England', 1.8),
  (19, 'Jamal Carter', 6, 'Forward', '2003-09-21', 'England', 11.0),
  (20, 'Kenji Sato', 6, 'Midfielder', '1998-04-02', 'Japan', 6.0),
  (21, 'Danny Hughes', 7, 'Forward', '1985-12-19', 'Wales', 0.6),
  (22, 'Arturo Vega', 7, 'Midfielder', '1993-03-25', 'Mexico', 2.5),
  (23, 'Chris Doyle', 7, 'Goalkeeper', '1992-06-06', 'Ireland', NULL),
  (24, 'Leo Fischer', 8, 'Midfielder', '2005-01-17', 'Germany', 14.0),
  (25, 'Sean Murphy', 8, 'Defender', '1995-10-10', 'Ireland', 3.5),
  (26, 'Max Turner', 8, 'Forward', '1997-08-08', 'England', 4.8),
  (27, 'Ivan Petrov', NULL, 'Defender', '1990-02-22', 'Bulgaria', 0.9),
  (28, 'Ali Hassan', 2, 'Midfielder', '2000-12-12', 'Egypt', 9.0),
  (29, 'Jack Wilson', 1, 'Defender', '1996-01-20', 'England', 7.0),
  (30, 'Felipe Costa', 3, 'Midfielder', '1998-06-15', 'Brazil', 24.0);

CREATE TABLE people (people_id integer, name text, nationality text, height numeric(5,1), birth_date text);
CREATE TABLE poker_player (poker_player_id integer, people_id integer, final_table_made numeric(5,1),
                           best_finish numeric(5,1), money_rank numeric(6,1), earnings numeric(10,2));
COMMENT ON COLUMN people.height IS 'height in centimetres';
COMMENT ON COLUMN people.birth_date IS 'date of birth written out, e.g. March 4, 1984';
COMMENT ON COLUMN poker_player.people_id IS 'people.people_id of the player';
COMMENT ON COLUMN poker_player.final_table_made IS 'number of final tables reached';
COMMENT ON COLUMN poker_player.best_finish IS 'best finishing place in a tournament (1 = won one)';
COMMENT ON COLUMN poker_player.money_rank IS 'rank on the all-time money list (1 = earned the most)';
COMMENT ON COLUMN poker_player.earnings IS 'career tournament earnings in US dollars';

INSERT INTO people VALUES
  (1, 'Anton Volkov', 'Russia', 188.0, 'March 4, 1984'),
  (2, 'Teodor Petrov', 'Bulgaria', 182.5, 'August 16, 1982'),
  (3, 'Marta Kowalska', 'Poland', 168.0, 'November 2, 1990'),
  (4, 'Jonas Lindqvist', 'Sweden', 191.0, 'January 22, 1987'),
  (5, 'Elena Marin', 'Romania', 171.5, 'June 30, 1992'),
  (6, 'Viktor Sokolov', 'Russia', 194.0, 'July 14, 1979'),
  (7, 'Hugo Martel', 'France', 179.0, 'September 9, 1985'),
  (8, 'Nina Horvat', 'Croatia', 165.0, 'April 11, 1995'),
  (9, 'Pavel Dvorak', 'Czech Republic', 185.0, 'December 1, 1988'),
  (10, 'Sofia Rossi', 'Italy', 170.0, 'February 27, 1991'),
  (11, 'Dmitri Orlov', 'Russia', 201.0, 'May 19, 1983'),
  (12, 'Liam O''Brien', 'Ireland', NULL, 'October 5, 1993');

INSERT INTO poker_player VALUES
  (1, 1, 42.0, 1.0, 68.0, 476090.00),
  (2, 2, 10.0, 2.0, 141.0, 189233.00),
  (3, 4, 21.0, 1.0, 166.0, 104871.00),
  (4, 6, 19.0, 2.0, 58.0, 596462.00),
  (5, 7, 26.0, 3.0, 154.0, 142800.00),
  (6, 9, 15.0, 4.0, 220.0, 88250.00),
  (7, 11, 33.0, 1.0, 45.0, 648212.00),
  (8, 3, 8.0, 5.0, 310.0, 41800.00),
  (9, 10, 12.0, 2.0, 190.0, 120500.00);
