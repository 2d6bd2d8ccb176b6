-- Tennis (development-only probe schema), modelled on the sports and entertainment databases of public
-- text-to-SQL benchmarks: players, matches, rankings (lower-case names; players and matches declare their
-- keys, matches.winner_id and loser_id are both foreign keys to players: two paths from a match to a
-- player), and a concert cluster with mixed-case quoted names and no declared keys at all: stadium,
-- singer, concert, singer_in_concert (bridge). Players 56-60 never played a match; players 51-60 are
-- never ranked; stadiums 8 and 9 held no concert; singers 7 and 8 performed in none.
CREATE TABLE players (player_id integer PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL,
                      hand text NOT NULL, birth_date date NOT NULL, country_code text NOT NULL);
CREATE TABLE matches (match_id integer PRIMARY KEY, tourney_name text NOT NULL, tourney_date date NOT NULL,
                      surface text NOT NULL, round text NOT NULL,
                      winner_id integer NOT NULL REFERENCES players, loser_id integer NOT NULL REFERENCES players,
                      winner_rank integer, loser_rank integer, minutes integer, year integer NOT NULL);
CREATE TABLE rankings (ranking_date date NOT NULL, ranking integer NOT NULL,
                       player_id integer NOT NULL REFERENCES players, ranking_points integer NOT NULL,
                       tours integer NOT NULL);
CREATE TABLE stadium ("Stadium_ID" integer, "Location" text, "Name" text, "Capacity" integer,
                      "Highest" integer, "Lowest" integer, "Average" integer);
CREATE TABLE singer ("Singer_ID" integer, "Name" text, "Country" text, "Song_Name" text,
                     "Song_release_year" integer, "Age" integer, "Is_male" boolean);
CREATE TABLE concert ("concert_ID" integer, "concert_Name" text, "Theme" text, "Stadium_ID" integer,
                      "Year" integer);
CREATE TABLE singer_in_concert ("concert_ID" integer, "Singer_ID" integer);
COMMENT ON COLUMN players.hand IS 'R (right-handed), L (left-handed) or U (unknown)';
COMMENT ON COLUMN matches.minutes IS 'match length; empty when not recorded';
COMMENT ON COLUMN rankings.tours IS 'number of tournaments played';

INSERT INTO players
SELECT g,
       (ARRAY['Novak','Rafael','Andy','Carlos','Daniil','Stefanos','Casper','Holger','Jannik','Taylor','Alex','Hubert'])[1 + g % 12],
       (ARRAY['Alvarez','Berger','Costa','Duval','Eriksen','Fischer','Garcia','Hansen','Ivanov','Jensen','Kovac','Lopez','Moreno'])[1 + (g * 5) % 13],
       CASE WHEN g % 9 = 4 THEN 'U' WHEN g % 5 = 2 THEN 'L' ELSE 'R' END,
       DATE '1982-03-01' + (g * 211) % 8000,
       (ARRAY['USA','ESP','SRB','FRA','GER','ITA','ARG','AUS','GBR','JPN','USA','SUI'])[1 + (g * 7) % 12]
FROM generate_series(1, 60) g;

INSERT INTO matches
SELECT g, t.name, make_date(2019 + (g - 1) / 100, t.month, 1 + g % 20), t.surface,
       (ARRAY['R32','R32','R32','R32','R16','R16','QF','SF','F'])[1 + (g * 5) % 9],
       w.id, CASE WHEN l.id = w.id THEN 1 + l.id % 55 ELSE l.id END,
       1 + (g * 17) % 120, 1 + (g * 29) % 200,
       CASE WHEN g = 250 THEN 291 WHEN g = 251 THEN 270 WHEN g = 333 THEN 41 WHEN g % 23 = 0 THEN NULL ELSE 62 + (g * 37) % 181 END,
       2019 + (g - 1) / 100
FROM generate_series(1, 500) g,
     LATERAL (SELECT (ARRAY['Australian Open','Indian Wells','Miami Open','Madrid Open','Rome Masters',
                            'Roland Garros','Halle Open','Wimbledon','US Open','Paris Masters'])[1 + (g * 3) % 10] AS name,
                     (ARRAY[1,3,3,5,5,5,6,7,8,11])[1 + (g * 3) % 10] AS month,
                     (ARRAY['Hard','Hard','Hard','Clay','Clay','Clay','Grass','Grass','Hard','Carpet'])[1 + (g * 3) % 10]
                       AS surface) t,
     LATERAL (SELECT CASE WHEN g % 6 = 0 THEN 7 WHEN g % 10 = 3 THEN 12 WHEN g % 50 = 17 THEN 14 ELSE 1 + (g * 13) % 55 END AS id) w,
     LATERAL (SELECT 1 + (g * 31 + 7) % 55 AS id) l;

INSERT INTO rankings
SELECT DATE '2021-01-04' + 91 * d, 1 + (p * k) % 50, p,
       (51 - (1 + (p * k) % 50)) * 180 + d * 7, 10 + (p * 3 + d) % 16
FROM generate_series(0, 11) d, LATERAL (SELECT (ARRAY[1,3,7,9,11,13,17,19,21,23,27,29])[1 + d] AS k) x,
     generate_series(1, 50) p;

INSERT INTO stadium VALUES
  (1, 'Raith Rovers', 'Stark''s Park', 10104, 4812, 1294, 2106),
  (2, 'Ayr United', 'Somerset Park', 11998, 2363, 1057, 1477),
  (3, 'East Fife', 'Bayview Stadium', 2000, 1980, 533, 864),
  (4, 'Queen''s Park', 'Hampden Park', 52500, 1763, 466, 730),
  (5, 'Stirling Albion', 'Forthbank Stadium', 3808, 1125, 404, 642),
  (6, 'Arbroath', 'Gayfield Park', 4125, 921, 411, 638),
  (7, 'Alloa Athletic', 'Recreation Park', 3100, 1057, 331, 637),
  (8, 'Peterhead', 'Balmoor', 4000, 837, 400, 615),
  (9, 'Brechin City', 'Glebe Park', 3960, 780, 315, 552);
INSERT INTO singer VALUES
  (1, 'Joe Sharp', 'Netherlands', 'You', 1992, 52, true),
  (2, 'Timbaland', 'United States', 'Dangerous', 2008, 32, true),
  (3, 'Justin Brown', 'France', 'Hey Oh', 2013, 29, true),
  (4, 'Rose White', 'France', 'Sun', 2003, 41, false),
  (5, 'John Nizinik', 'France', 'Gentleman', 2014, 43, true),
  (6, 'Tribal King', 'France', 'Love', 2016, 25, true),
  (7, 'Anna Lee', 'United States', 'Golden Hour', 2011, 36, false),
  (8, 'Mira Kovacs', 'Hungary', 'Northern Lights', 2019, 27, false);
INSERT INTO concert VALUES
  (1, 'Auditions', 'Free choice', 1, 2014), (2, 'Super bootcamp', 'Free choice 2', 2, 2014),
  (3, 'Home Visits', 'Bleeding Love', 2, 2015), (4, 'Week 1', 'Wide Awake', 4, 2014),
  (5, 'Week 1', 'Happy Tonight', 3, 2015), (6, 'Week 2', 'Party All Night', 2, 2015),
  (7, 'Summer Nights', 'Open Air', 5, 2016), (8, 'Winter Gala', 'Classics', 2, 2016),
  (9, 'Spring Tour', 'Acoustic', 6, 2017), (10, 'Finals', 'Grand Finale', 1, 2017),
  (11, 'Charity Night', 'Unplugged', 7, 2018), (12, 'Anniversary Show', 'Retro', 2, 2015);
INSERT INTO singer_in_concert VALUES
  (1, 2), (1, 3), (1, 5), (2, 3), (2, 6), (3, 5), (4, 4), (5, 6), (5, 3), (6, 2),
  (7, 1), (7, 3), (8, 4), (8, 3), (9, 5), (10, 1), (10, 3), (10, 6), (11, 2), (12, 4), (12, 3);
