-- Venues (development-only probe schema), modelled on public text-to-SQL benchmark databases.
-- A hiring cluster in the non-public schema `hire`, like the employee_hire_evaluation benchmark: employee,
-- shop, hiring (an employee hired by a shop from a start year, full time or not) and evaluation (a bonus
-- awarded to an employee in a year). Primary keys are declared on employee and shop, foreign keys on
-- hiring.shop_id and hiring.employee_id; evaluation has no declared key (it joins employee by employee_id).
-- Employees 26-30 are hired by no shop; employee 7 (Matt Stevens) is hired by two shops (HJK from 2008 and
-- FC Lahti from 2016, part time). Shops 11 (MyPa) and 12 (RoPS) hire nobody; HJK hires the most (5). Two
-- employees are called Tom Smith (26 in Leeds, 27 in Exeter); employee 30 has no age; MyPa has no manager,
-- RoPS no number of products. FC Inter and TPS share the location Turku and the district Veritas Stadion.
-- hiring.start_from is a year stored as text ('2002' ... '2023'). Thirteen employees were never evaluated;
-- employee 3 (Mark Regan) was evaluated the most times (3) and has the largest bonus total; employee 8
-- (Phil Vickery) got the largest single bonus; employee 26 was evaluated without being hired; employee 24's
-- 2023 evaluation has no bonus.
-- A museum cluster in the public schema, like the museum_visit benchmark (no declared keys): museum, visitor
-- and visit, whose columns are quoted mixed-case identifiers ("Museum_ID", "visitor_ID", "Num_of_Ticket",
-- "Total_spent"). Museums 13 (Sunset Modern Museum) and 14 (Granite Hill Museum) have no visit; museum 14 has
-- no staff number. Visitors 4, 11, 23, 24, 28, 33 and 35-40 never visited; visitors 4 and 39 are both called
-- Emma Ross; visitors 17 and 33 have no age. Ten (museum, visitor) pairs have two visit rows (a visitor who came
-- back); the 40th visit row has no Total_spent. Plaza Museum has the most visits and visitors; visitor 6
-- (Mason Price) made the most visits and spent the most.
-- A TV cluster in the public schema, like the tvshow benchmark (no declared keys): tv_channel (id is text,
-- series_name is the channel's name), tv_series (episodes, channel = tv_channel.id) and cartoon
-- (channel = tv_channel.id). Channels 709, 713, 714 and 720 have neither series nor cartoon; Cartoon Network
-- and Boing show cartoons only, MTV Classic, MTV Rocks, MTV Music and Canal+ Sport series only. Episode 'Pilot' airs
-- on two channels; episode 'Open Water' has no rating and no share; cartoon 'A Bat Divided!' has no writer.
CREATE SCHEMA hire;
CREATE TABLE hire.employee (employee_id integer PRIMARY KEY, name text NOT NULL, age integer, city text);
CREATE TABLE hire.shop (shop_id integer PRIMARY KEY, name text NOT NULL, location text, district text,
                        number_products integer, manager_name text);
CREATE TABLE hire.hiring (shop_id integer NOT NULL REFERENCES hire.shop, employee_id integer NOT NULL REFERENCES hire.employee,
                          start_from text NOT NULL, is_full_time boolean NOT NULL);
CREATE TABLE hire.evaluation (employee_id integer NOT NULL, year_awarded integer NOT NULL, bonus numeric(8,2));
COMMENT ON COLUMN hire.shop.number_products IS 'number of products the shop sells';
COMMENT ON COLUMN hire.hiring.start_from IS 'year the employee started working at the shop';
COMMENT ON COLUMN hire.hiring.is_full_time IS 'true for a full-time job, false for part time';
COMMENT ON COLUMN hire.evaluation.bonus IS 'bonus awarded in the evaluation, in US dollars';

INSERT INTO hire.employee VALUES
  (1, 'George Chuter', 23, 'Bristol'), (2, 'Lee Mears', 29, 'Bath'), (3, 'Mark Regan', 43, 'Bristol'),
  (4, 'Jason Hobson', 30, 'Bristol'), (5, 'Tim Payne', 29, 'London'), (6, 'Andrew Sheridan', 28, 'Manchester'),
  (7, 'Matt Stevens', 29, 'Bath'), (8, 'Phil Vickery', 40, 'London'), (9, 'Steve Borthwick', 32, 'Bath'),
  (10, 'Louis Deacon', 36, 'Leicester'), (11, 'Tom Palmer', 31, 'Leicester'), (12, 'Ben Kay', 35, 'Leicester'),
  (13, 'Nick Easter', 34, 'London'), (14, 'James Haskell', 26, 'London'), (15, 'Lewis Moody', 38, 'Leicester'),
  (16, 'Toby Flood', 25, 'Leicester'), (17, 'Danny Cipriani', 21, 'London'), (18, 'Paul Sackey', 33, 'London'),
  (19, 'Mike Tindall', 37, 'Gloucester'), (20, 'Olly Barkley', 27, 'Bath'), (21, 'Iain Balshaw', 39, 'Gloucester'),
  (22, 'Nick Abendanon', 24, 'Bath'), (23, 'Ugo Monye', 30, 'London'), (24, 'Jonny Wilkinson', 45, 'Newcastle'),
  (25, 'Jamie Noon', 36, 'Newcastle'), (26, 'Tom Smith', 28, 'Leeds'), (27, 'Tom Smith', 41, 'Exeter'),
  (28, 'Rachel Burford', 27, 'Leeds'), (29, 'Emily Scarratt', 22, 'Exeter'), (30, 'Sarah Hunter', NULL, 'Leeds');

INSERT INTO hire.shop VALUES
  (1, 'FC Haka', 'Valkeakoski', 'Tehtaan kentta', 3516, 'Olli Huttunen'),
  (2, 'HJK', 'Helsinki', 'Finnair Stadium', 10770, 'Antti Muurinen'),
  (3, 'FC Inter', 'Turku', 'Veritas Stadion', 10000, 'Job Dragtsma'),
  (4, 'FC KooTeePee', 'Kotka', 'Arto Tolsa Areena', 4780, 'Tommi Kautonen'),
  (5, 'FC Lahti', 'Lahti', 'Lahden Stadion', 15000, 'Ilkka Makela'),
  (6, 'FF Jaro', 'Jakobstad', 'Jakobstads Centralplan', 5000, 'Mika Laurikainen'),
  (7, 'KuPS', 'Kuopio', 'Magnum Areena', 3500, 'Kai Nyyssonen'),
  (8, 'IFK Mariehamn', 'Mariehamn', 'Wiklof Holding Arena', 1600, 'Pekka Lyyski'),
  (9, 'FC Honka', 'Espoo', 'ISS Stadium', 6000, 'Mika Lehkosuo'),
  (10, 'TPS', 'Turku', 'Veritas Stadion', 9372, 'Mixu Paatelainen'),
  (11, 'MyPa', 'Kouvola', 'Saviniemi', 4167, NULL),
  (12, 'RoPS', 'Rovaniemi', 'Keskuskentta', NULL, 'Juha Malinen');

INSERT INTO hire.hiring VALUES
  (1, 1, '2009', true), (1, 2, '2003', true), (1, 3, '2011', false),
  (2, 4, '2012', true), (2, 5, '2013', true), (2, 6, '2010', false), (2, 7, '2008', true), (2, 8, '2015', true),
  (3, 9, '2014', true), (3, 10, '2016', false),
  (4, 11, '2007', true), (4, 12, '2018', true), (4, 13, '2019', false),
  (5, 14, '2017', true), (5, 15, '2005', true), (5, 16, '2020', true), (5, 7, '2016', false),
  (6, 17, '2021', false), (6, 18, '2012', true),
  (7, 19, '2006', true),
  (8, 20, '2022', true), (8, 21, '2011', true), (8, 22, '2019', false),
  (9, 23, '2004', true), (9, 24, '2002', true),
  (10, 25, '2023', false);

INSERT INTO hire.evaluation VALUES
  (1, 2011, 3000), (1, 2016, 3200), (2, 2015, 3200), (3, 2012, 2900), (3, 2014, 3100), (3, 2018, 3500),
  (4, 2016, 4000), (5, 2017, 2500), (7, 2015, 1800), (7, 2019, 2600), (8, 2016, 5200), (10, 2018, 3800),
  (12, 2019, 3100), (13, 2020, 2700), (15, 2014, 3300), (15, 2020, 3600), (18, 2021, 2200), (19, 2013, 3400),
  (21, 2022, 2800), (23, 2017, 3000), (24, 2019, 4100), (24, 2023, NULL), (26, 2022, 1500);

CREATE TABLE museum (museum_id integer, name text, num_of_staff integer, open_year integer);
CREATE TABLE visitor (id integer, name text, level_of_membership integer, age integer);
CREATE TABLE visit ("Museum_ID" integer, "visitor_ID" integer, "Num_of_Ticket" integer, "Total_spent" numeric(8,2));
COMMENT ON COLUMN museum.num_of_staff IS 'number of staff members';
COMMENT ON COLUMN museum.open_year IS 'year the museum opened';
COMMENT ON COLUMN visitor.level_of_membership IS 'membership level, 1 (lowest) to 8 (highest)';
COMMENT ON COLUMN visit."Num_of_Ticket" IS 'number of tickets bought on the visit';
COMMENT ON COLUMN visit."Total_spent" IS 'amount spent on the visit, in US dollars';

INSERT INTO museum VALUES
  (1, 'Plaza Museum', 62, 2000), (2, 'Capital Plaza Museum', 25, 2012), (3, 'Jefferson Development Museum', 18, 2010),
  (4, 'Willow Grande Museum', 17, 2011), (5, 'RiverPark Museum', 16, 2008), (6, 'Place Tower Museum', 16, 2008),
  (7, 'Central City Museum', 40, 1998), (8, 'Harbor Science Museum', 55, 2005), (9, 'Old Mill Heritage Museum', 9, 1987),
  (10, 'Northgate Art Museum', 33, 2015), (11, 'Lakeside Natural History Museum', 48, 1995),
  (12, 'Eastwood Railway Museum', 12, 2019), (13, 'Sunset Modern Museum', 28, 2021), (14, 'Granite Hill Museum', NULL, 2003),
  (15, 'Bayview Maritime Museum', 21, 2013);

INSERT INTO visitor
SELECT g,
       (ARRAY['Ava Thompson','Liam Carter','Noah Bennett','Emma Ross','Olivia Hughes','Mason Price','Sophia Ward',
              'Lucas Gray','Mia Foster','Ethan Brooks','Isabella Reed','James Cole','Amelia Hart','Benjamin Shaw',
              'Harper Lane','Henry Fox','Evelyn Stone','Alexander Dean','Abigail Moss','Daniel Knight','Emily Webb',
              'Matthew Hale','Ella Boyd','Samuel Pike','Grace Lowe','David Holt','Chloe Frost','Joseph Marsh',
              'Lily Quinn','Owen Barker','Zoe Fletcher','Jack Porter','Hannah Wells','Ryan Burke','Nora Sutton',
              'Adam Doyle','Ruby Chambers','Leo Walsh','Emma Ross','Isaac Flynn'])[g],
       1 + (g * 5) % 8,
       CASE WHEN g IN (17, 33) THEN NULL ELSE 16 + (g * 23) % 60 END
FROM generate_series(1, 40) g;

INSERT INTO visit VALUES
  (7, 30, 8, 160.00), (2, 12, 9, 162.00), (11, 7, 8, 116.00), (2, 6, 9, 225.00), (1, 26, 8, 200.00), (8, 1, 9, 85.50),
  (1, 3, 4, 48.00), (1, 30, 6, 108.00), (2, 34, 4, 100.00), (6, 32, 1, 25.00), (1, 30, 11, 159.50), (5, 6, 12, 174.00),
  (9, 15, 9, 130.50), (1, 5, 10, 95.00), (4, 7, 5, 90.00), (1, 2, 11, 104.50), (8, 14, 1, 18.00), (3, 26, 7, 66.50),
  (2, 18, 6, 57.00), (7, 22, 1, 18.00), (8, 9, 4, 100.00), (2, 1, 1, 18.00), (12, 12, 11, 220.00), (2, 29, 9, 108.00),
  (11, 27, 11, 198.00), (8, 26, 7, 84.00), (1, 18, 10, 145.00), (1, 14, 3, 54.00), (2, 3, 3, 36.00), (7, 17, 1, 20.00),
  (10, 19, 7, 66.50), (1, 6, 4, 80.00), (3, 1, 10, 145.00), (15, 30, 3, 60.00), (10, 9, 7, 84.00), (2, 20, 4, 80.00),
  (3, 13, 3, 75.00), (2, 25, 8, 160.00), (1, 27, 1, 9.50), (2, 3, 9, NULL), (3, 26, 5, 90.00), (12, 19, 9, 108.00),
  (1, 9, 4, 72.00), (1, 18, 4, 48.00), (1, 5, 5, 90.00), (7, 16, 1, 9.50), (11, 19, 6, 120.00), (11, 6, 6, 72.00),
  (7, 22, 11, 275.00), (11, 3, 1, 18.00), (12, 20, 1, 9.50), (1, 31, 2, 50.00), (7, 21, 3, 28.50), (1, 29, 9, 130.50),
  (1, 9, 6, 87.00), (1, 31, 2, 36.00), (1, 32, 10, 95.00), (3, 25, 10, 95.00), (1, 6, 2, 50.00), (8, 17, 7, 175.00),
  (10, 25, 12, 300.00), (9, 29, 8, 160.00), (1, 34, 9, 85.50), (7, 6, 8, 76.00), (11, 8, 8, 160.00), (12, 17, 1, 14.50),
  (7, 10, 11, 220.00), (2, 34, 3, 43.50), (7, 32, 4, 58.00), (4, 17, 4, 100.00), (6, 13, 4, 72.00), (11, 21, 4, 48.00);

CREATE TABLE tv_channel (id text, series_name text, country text, language text, content text,
                         pixel_aspect_ratio_par text, hight_definition_tv text, pay_per_view_ppv text,
                         package_option text);
CREATE TABLE tv_series (id integer, episode text, air_date date, rating numeric(3,1), share numeric(4,1),
                        viewers_m numeric(5,2), weekly_rank integer, channel text);
CREATE TABLE cartoon (id integer, title text, directed_by text, written_by text, original_air_date date,
                      production_code integer, channel text);
COMMENT ON COLUMN tv_channel.series_name IS 'the name of the TV channel';
COMMENT ON COLUMN tv_channel.hight_definition_tv IS 'yes when the channel broadcasts in high definition, else no';
COMMENT ON COLUMN tv_channel.pay_per_view_ppv IS 'yes for a pay-per-view channel, else no';
COMMENT ON COLUMN tv_series.rating IS 'household rating of the episode';
COMMENT ON COLUMN tv_series.share IS 'audience share in percent';
COMMENT ON COLUMN tv_series.viewers_m IS 'viewers in millions';
COMMENT ON COLUMN tv_series.channel IS 'tv_channel.id of the channel that aired the episode';
COMMENT ON COLUMN cartoon.channel IS 'tv_channel.id of the channel that shows the cartoon';

INSERT INTO tv_channel VALUES
  ('700', 'Sky Radio', 'Italy', 'Italian', 'music', '4:3', 'no', 'no', 'Sky Famiglia'),
  ('701', 'Sky Music', 'Italy', 'Italian', 'music', '4:3', 'no', 'no', 'Sky Famiglia'),
  ('703', 'Music Box Italia', 'Italy', 'Italian', 'music', '4:3 / 16:9', 'no', 'no', 'Sky Famiglia'),
  ('704', 'MTV Hits', 'Italy', 'Italian', 'music', '16:9', 'no', 'no', 'Sky Famiglia'),
  ('705', 'MTV Classic', 'Italy', 'Italian', 'music', '4:3', 'no', 'no', 'Sky Famiglia'),
  ('706', 'MTV Rocks', 'United Kingdom', 'English', 'music', '16:9', 'no', 'no', 'Sky Famiglia'),
  ('707', 'MTV Dance', 'United Kingdom', 'English', 'music', '16:9', 'no', 'no', 'Sky Famiglia'),
  ('708', 'MTV Music', 'Italy', 'Italian', 'music', '16:9', 'no', 'no', 'no ( FTA )'),
  ('709', 'MTV Live HD', 'Poland', 'English', 'music', '16:9', 'yes', 'no', 'Sky Famiglia + Sky HD'),
  ('713', 'Radio Capital TV', 'Italy', 'Italian', 'music', '4:3', 'no', 'no', 'no ( FTA )'),
  ('714', 'Myzen TV', 'Italy', 'English', 'music', '16:9', 'yes', 'no', 'Sky Famiglia + Sky HD'),
  ('715', 'Sky Cinema Uno', 'Italy', 'Italian', 'cinema', '16:9', 'yes', 'yes', 'Sky Cinema + Sky HD'),
  ('716', 'Cartoon Network', 'United Kingdom', 'English', 'children', '16:9', 'no', 'no', 'Sky Famiglia'),
  ('717', 'Boing', 'Italy', 'Italian', 'children', '4:3', 'no', 'no', 'no ( FTA )'),
  ('718', 'Rai 4', 'Italy', 'Italian', 'general', '16:9', 'yes', 'no', 'no ( FTA )'),
  ('719', 'Canal+ Sport', 'France', 'French', 'sport', '16:9', 'yes', 'yes', 'Canal+ Premium'),
  ('720', 'TVP Kultura', 'Poland', 'Polish', 'general', '16:9', 'no', 'no', 'no ( FTA )');

INSERT INTO tv_series VALUES
  (1, 'A Love of a Lifetime', '2007-09-24', 5.8, 9, 9.16, 43, '700'),
  (2, 'Friendly Skies', '2007-10-01', 5.3, 9, 8.23, 50, '701'),
  (3, 'Game Three', '2007-10-08', 4.4, 7, 6.43, 61, '703'),
  (4, 'The Year of the Rabbit', '2007-10-15', 4.3, 7, 6.06, 67, '704'),
  (5, 'The Legend of Dylan McCleen', '2007-10-22', 3.8, 6, 5.64, 68, '705'),
  (6, 'Keepers', '2007-11-05', 3.7, 6, 5.10, 70, '706'),
  (7, 'Double Down', '2008-03-02', 3.4, 6, 5.12, 80, '707'),
  (8, 'Winterland', '2008-03-09', 2.9, 5, 4.69, 84, '708'),
  (9, 'Emily', '2008-03-16', 3.2, 5, 4.88, 82, '700'),
  (10, 'Blowback', '2008-03-23', 3.3, 5, 4.96, 81, '701'),
  (11, 'Home By Another Way', '2008-03-30', 2.7, 4, 4.32, 88, '700'),
  (12, 'The Hanged Man', '2008-04-06', 2.6, 4, 4.06, 90, '703'),
  (13, 'Pilot', '2009-01-12', 7.1, 12, 11.40, 18, '715'),
  (14, 'The Long Night', '2009-01-19', 6.2, 10, 9.80, 27, '715'),
  (15, 'Second Chances', '2009-01-26', 5.9, 10, 9.02, 31, '715'),
  (16, 'Crossfire', '2009-02-02', 5.1, 8, 7.75, 45, '718'),
  (17, 'Northern Lights', '2009-02-09', 4.9, 8, 7.31, 48, '718'),
  (18, 'Open Water', '2009-02-16', NULL, NULL, 6.90, 52, '718'),
  (19, 'Match Point', '2009-09-14', 4.1, 7, 6.20, 63, '719'),
  (20, 'Extra Time', '2009-09-21', 4.0, 7, 5.95, 66, '719'),
  (21, 'Penalty', '2009-09-28', 3.6, 6, 5.40, 72, '719'),
  (22, 'Pilot', '2010-01-04', 4.6, 7, 6.80, 55, '704'),
  (23, 'Fade Out', '2010-01-11', 4.2, 7, 6.10, 64, '704'),
  (24, 'Echoes', '2010-01-18', 3.9, 6, 5.70, 69, '705'),
  (25, 'Last Call', '2010-01-25', 3.5, 6, 5.30, 74, '706'),
  (26, 'Silent Partner', '2010-02-01', 3.1, 5, 4.90, 83, '707'),
  (27, 'The Reunion', '2010-02-08', 2.8, 4, 4.40, 86, '708'),
  (28, 'Borrowed Time', '2010-02-15', 5.0, 8, 7.50, 46, '700'),
  (29, 'Undertow', '2010-02-22', 2.4, 4, 3.81, 93, '701'),
  (30, 'Safe Harbor', '2010-03-01', 4.8, 8, 7.10, 49, '703');

INSERT INTO cartoon VALUES
  (1, 'The Rise of the Blue Beetle!', 'Ben Jones', 'Michael Jelenic', '2008-11-14', 101, '716'),
  (2, 'Terror on Dinosaur Island!', 'Brandon Vietti', 'Steven Melching', '2008-11-21', 102, '716'),
  (3, 'Evil Under the Sea!', 'Michael Chang', 'Joseph Kuhr', '2008-11-28', 103, '700'),
  (4, 'Day of the Dark Knight!', 'Ben Jones', 'J. M. DeMatteis', '2008-12-05', 104, '717'),
  (5, 'Enter the Outsiders!', 'Brandon Vietti', 'Todd Casey', '2008-12-12', 105, '716'),
  (6, 'Dawn of the Deadman!', 'Ben Jones', 'Paul Dini', '2008-12-19', 106, '718'),
  (7, 'Fall of the Blue Beetle!', 'Michael Chang', 'Michael Jelenic', '2009-01-02', 107, '716'),
  (8, 'Legends of the Dark Mite!', 'Michael Goguen', 'Paul Dini', '2009-01-09', 108, '701'),
  (9, 'Journey to the Center of the Bat!', 'Ben Jones', 'Adam Beechen', '2009-01-16', 109, '717'),
  (10, 'The Eyes of Despero!', 'Brandon Vietti', 'J. M. DeMatteis', '2009-01-23', 110, '716'),
  (11, 'Return of the Fearsome Fangs!', 'Ben Jones', 'Steven Melching', '2009-01-30', 111, '700'),
  (12, 'Deep Cover for Batman!', 'Michael Chang', 'Joseph Kuhr', '2009-02-06', 112, '704'),
  (13, 'Invasion of the Secret Santas!', 'Dan Riba', 'James Krieg', '2009-02-13', 113, '717'),
  (14, 'Game Over for Owlman!', 'Brandon Vietti', 'Michael Jelenic', '2009-02-20', 114, '716'),
  (15, 'Night of the Huntress!', 'Ben Jones', 'Todd Casey', '2009-02-27', 115, '703'),
  (16, 'Trials of the Demon!', 'Michael Goguen', 'Adam Beechen', '2009-03-06', 116, '718'),
  (17, 'Mystery in Space!', 'Brandon Vietti', 'Matt Wayne', '2009-03-13', 117, '716'),
  (18, 'Death Race to Oblivion!', 'Ben Jones', 'Steven Melching', '2009-03-20', 118, '715'),
  (19, 'Mayhem of the Music Meister!', 'Michael Chang', 'Michael Jelenic', '2009-10-23', 119, '717'),
  (20, 'The Super-Batman of Planet X!', 'Brandon Vietti', 'J. M. DeMatteis', '2009-10-30', 120, '701'),
  (21, 'A Bat Divided!', 'Ben Jones', NULL, '2009-11-06', 121, '716'),
  (22, 'Chill of the Night!', 'Michael Chang', 'Todd Casey', '2009-11-13', 122, '707'),
  (23, 'Aquaman''s Outrageous Adventure!', 'Brandon Vietti', 'Michael Jelenic', '2009-11-20', 123, '717'),
  (24, 'The Siege of Starro!', 'Ben Jones', 'Joseph Kuhr', '2010-01-08', 124, '700'),
  (25, 'Menace of the Conqueror Caveman!', 'Michael Goguen', 'James Krieg', '2010-01-15', 125, '704'),
  (26, 'Duel of the Double Crossers!', 'Dan Riba', 'Adam Beechen', '2010-01-22', 126, '718'),
  (27, 'When OMAC Attacks!', 'Brandon Vietti', 'Matt Wayne', '2010-01-29', 127, '703'),
  (28, 'Clash of the Metal Men!', 'Michael Chang', 'Michael Jelenic', '2010-02-05', 128, '717'),
  (29, 'Hail the Tornado Tyrant!', 'Ben Jones', 'Steven Melching', '2010-02-12', 129, '716'),
  (30, 'The Color of Revenge!', 'Michael Goguen', 'J. M. DeMatteis', '2010-02-19', 130, '715');
