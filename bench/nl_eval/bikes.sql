-- Bikes (development-only probe schema), modelled on public text-to-SQL benchmark databases.
-- A bike-share cluster in the non-public schema `cycle`, like bike_1: stations (name, city, zip_code, dock_count,
-- installation_date or NULL), status snapshots of a station (bikes_available, docks_available, time as a
-- timestamp), bikes (model, is_electric, purchase_date, purchase_price in dollars, retired_on or NULL), trips
-- (duration in seconds, start_date and end_date timestamps, start_station_id and end_station_id both referencing
-- stations, bike_id, subscription_type 'Subscriber' or 'Customer', the rider's zip_code or NULL), mechanics
-- (supervisor_id references the mechanic they report to, NULL for the head; hourly_rate in dollars), maintenance
-- (a mechanic's repair of a bike: service_date, issue category, cost in dollars, notes or NULL) and weather per
-- date and zip code (max/min temperature in F, precipitation_inches, max_wind_speed_mph or NULL, events 'Rain',
-- 'Fog', 'Fog-Rain' or NULL). Primary keys on all seven tables; foreign keys declared on status.station_id,
-- trips.start_station_id, trips.end_station_id, maintenance.bike_id and mechanics.supervisor_id, NOT on
-- trips.bike_id (-> bikes) nor maintenance.mechanic_id (-> mechanics); weather joins stations on zip_code (every
-- city's stations share one zip code: San Francisco 94107, San Jose 95113, Palo Alto 94301, Mountain View 94041,
-- Redwood City 94063), a trip's weather is that of its start station's zip code on its start date.
-- 20 stations: San Francisco 8 (148 docks, the most), San Jose 5, Palo Alto 3, Mountain View 2, Redwood City 2;
-- Market at 10th has the most docks (27), then San Jose Diridon Caltrain Station (25), Harry Bridges Plaza (Ferry
-- Building) (23), Palo Alto Caltrain Station (21), Redwood City Caltrain Station (20); Diridon was installed first
-- (2013-08-05), 24th at Mission last (2016-02-01); Civic Center BART, Cowper at University and Castro Street and El
-- Camino Real were installed in 2014; Stanford in Redwood City has no installation date and no snapshot, and is the
-- end of one trip but the start of none; 24th at Mission has no trip at all.
-- 37 status snapshots at 2016-03-01 08:00 and 17:30 (24th at Mission only at 17:30); Diridon had the most bikes at
-- 08:00 (18), Market at 10th at 17:30 (20); Harry Bridges Plaza and Santa Clara at Almaden had no bike at 17:30,
-- Cowper at University no free dock; Market at 10th and Castro Street at 17:30 have bikes + docks below dock_count.
-- 24 bikes 201-224: Classic 3 (201-206, 780.00, bought 2013), Classic 7 (207-212 at 915.00 in 2014, 217-220 at
-- 899.00 in 2015), electric Volt E1 (213-216, 2150.00, 2015) and Volt E2 (221-224, 2480.00, 2016-01-25, never
-- ridden); 202, 205 and 219 are retired (none ridden after retirement).
-- 40 trips 1001-1040 from 2015-08-29 to 2016-03-03 (27 in 2015, 13 in 2016): 30 by subscribers, 10 by customers;
-- 1034 is the longest (7260 s), then 1005 (5400) and 1023 (4200), the only ones over an hour; 1009 the shortest
-- (300); 1002, 1005, 1027 and 1034 are round trips; 1002, 1023, 1027 and 1037 have no zip code; 1040 (Mountain View
-- Caltrain -> Palo Alto Caltrain) is the only trip between cities; San Francisco Caltrain (Townsend at 4th) has the
-- most departures (7, then Harry Bridges Plaza 5, Diridon 4), Market at 10th the most arrivals (5); only customers
-- started at Harry Bridges Plaza and Embarcadero at Sansome; bike 201 made the most trips (4); 2015-09-14 had the
-- most trips (7), the 8 o'clock hour the most starts (9); 1038, 1039 and 1040 fall on dates without weather rows.
-- 35 weather rows, 7 dates x 5 zip codes: 95113 on 2015-09-14 is the hottest (96), 94063 on 2015-11-20 the coldest
-- low (41); 'Rain' on 9 rows (all zips on 2015-12-12, all but 94107 on 2016-01-19), 'Fog-Rain' 94107 on 2016-01-19,
-- 'Fog' 94107 and 94063 on 2015-10-05, 23 rows without event; precipitation is above 0 exactly on the rainy rows;
-- 94107 had the most rain (1.19 in); 94041 on 2016-02-07 has no wind speed.
-- 8 mechanics: Dana Whitfield is the head; Luis Ortega (Marcus Bell, Hannah Cho, Ben Fowler) and Priya Raman
-- (Tomasz Nowak, Aisha Karimi) report to her; Tomasz Nowak earns more than his supervisor; Ben Fowler did no job.
-- 30 maintenance records 2015-01-12 .. 2016-03-08 costing 2232.00: Marcus Bell did the most (7), Priya Raman billed
-- the most (629.00); Flat tire is the most common issue (7, Brakes 6); bike 201 was serviced the most (4); the
-- dearest repair is 320.00 (Battery, bike 216); 6 records have notes; 218, 219 and 221-224 were never serviced.
-- A battle cluster in the public schema, like battle_death (declared keys): battle (date, result, bulgarian and
-- latin commander, NULL when unknown), ship (lost_in_battle -> battle, tonnage, ship_type, disposition_of_ship),
-- death (caused_by_ship_id -> ship, note or NULL, killed, injured). 8 battles 1205-1230, 6 Bulgarian victories,
-- Philippopolis the Latin victory, Boruy a Two Year Truce; Kaloyan led 5; Serres and Rodosto have no Latin
-- commander, Messinopolis no Bulgarian one. 10 ships: Rusion lost the most (3), Rodosto and Boruy none; Dragone is
-- the largest (330) and caused the most deaths (48); Galley is the most common type (4); Stella has no death
-- record. 14 death records (4 without note), 175 killed and 118 injured: Klokotnitsa has the most killed (58),
-- Rusion the most injured (37).
-- A perpetrator cluster in the public schema, like perpetrator (no declared keys, quoted capitalised columns;
-- perpetrator."People_ID" = people."People_ID"): 12 people (Height in cm, Weight in kg), 8 perpetrators; Curtis
-- Rook is the tallest (193.5), Ray Castellano the heaviest (103.0) and has no home town, Sam Whitlock no weight;
-- Akron, OH is the most common home town (3); Glenn Hadley, Owen Petrakis, Sam Whitlock and Ray Castellano are not
-- perpetrators; Dale Kimura's incident killed the most (11), Nate Gorski's injured the most (14); the United States
-- has the most incidents (3); the earliest is 1982 (Timaru), the latest 2003.
CREATE SCHEMA cycle;
CREATE TABLE cycle.stations (station_id integer PRIMARY KEY, name text NOT NULL, city text NOT NULL,
                             zip_code text NOT NULL, dock_count integer NOT NULL, installation_date date);
CREATE TABLE cycle.status (station_id integer NOT NULL REFERENCES cycle.stations, bikes_available integer NOT NULL,
                           docks_available integer NOT NULL, time timestamp NOT NULL,
                           PRIMARY KEY (station_id, time));
CREATE TABLE cycle.bikes (bike_id integer PRIMARY KEY, model text NOT NULL, is_electric boolean NOT NULL,
                          purchase_date date NOT NULL, purchase_price numeric(7,2) NOT NULL, retired_on date);
CREATE TABLE cycle.trips (trip_id integer PRIMARY KEY, duration integer NOT NULL, start_date timestamp NOT NULL,
                          start_station_id integer NOT NULL REFERENCES cycle.stations,
                          end_date timestamp NOT NULL,
                          end_station_id integer NOT NULL REFERENCES cycle.stations,
                          bike_id integer NOT NULL, subscription_type text NOT NULL, zip_code text);
CREATE TABLE cycle.mechanics (mechanic_id integer PRIMARY KEY, name text NOT NULL,
                              supervisor_id integer REFERENCES cycle.mechanics, hired_on date NOT NULL,
                              hourly_rate numeric(5,2) NOT NULL);
CREATE TABLE cycle.maintenance (maintenance_id integer PRIMARY KEY, bike_id integer NOT NULL REFERENCES cycle.bikes,
                                mechanic_id integer NOT NULL, service_date date NOT NULL, issue text NOT NULL,
                                cost numeric(7,2) NOT NULL, notes text);
CREATE TABLE cycle.weather (date date NOT NULL, zip_code text NOT NULL, max_temperature_f integer NOT NULL,
                            min_temperature_f integer NOT NULL, precipitation_inches numeric(4,2) NOT NULL,
                            max_wind_speed_mph integer, events text, PRIMARY KEY (date, zip_code));
COMMENT ON COLUMN cycle.stations.zip_code IS 'zip code of the station, the zip_code of its weather rows';
COMMENT ON COLUMN cycle.stations.dock_count IS 'number of docks at the station';
COMMENT ON COLUMN cycle.stations.installation_date IS 'date the station opened, NULL when unknown';
COMMENT ON COLUMN cycle.status.time IS 'when the snapshot of the station was taken';
COMMENT ON COLUMN cycle.bikes.purchase_price IS 'price paid for the bike in US dollars';
COMMENT ON COLUMN cycle.bikes.retired_on IS 'date the bike was taken out of service, NULL while in service';
COMMENT ON COLUMN cycle.trips.duration IS 'trip length in seconds';
COMMENT ON COLUMN cycle.trips.bike_id IS 'bikes.bike_id of the bike ridden';
COMMENT ON COLUMN cycle.trips.subscription_type IS 'Subscriber (member) or Customer (casual rider)';
COMMENT ON COLUMN cycle.trips.zip_code IS 'zip code the rider gave, NULL when not given';
COMMENT ON COLUMN cycle.mechanics.supervisor_id IS 'the mechanic this mechanic reports to, NULL for the head mechanic';
COMMENT ON COLUMN cycle.mechanics.hourly_rate IS 'hourly wage in US dollars';
COMMENT ON COLUMN cycle.maintenance.mechanic_id IS 'mechanics.mechanic_id of the mechanic who did the work';
COMMENT ON COLUMN cycle.maintenance.issue IS 'Flat tire, Brakes, Chain, Gears, Battery, Lights or Frame';
COMMENT ON COLUMN cycle.maintenance.cost IS 'cost of the repair in US dollars';
COMMENT ON COLUMN cycle.weather.zip_code IS 'zip code the weather was measured in (stations.zip_code)';
COMMENT ON COLUMN cycle.weather.precipitation_inches IS 'rain over the day in inches';
COMMENT ON COLUMN cycle.weather.events IS 'Rain, Fog or Fog-Rain, NULL when nothing notable happened';

INSERT INTO cycle.stations VALUES
  (1, 'San Francisco Caltrain (Townsend at 4th)', 'San Francisco', '94107', 19, '2013-08-23'),
  (2, 'Market at 10th', 'San Francisco', '94107', 27, '2013-08-23'),
  (3, 'Embarcadero at Sansome', 'San Francisco', '94107', 15, '2013-08-25'),
  (4, 'Powell Street BART', 'San Francisco', '94107', 19, '2013-08-25'),
  (5, 'Harry Bridges Plaza (Ferry Building)', 'San Francisco', '94107', 23, '2013-08-20'),
  (6, 'Townsend at 7th', 'San Francisco', '94107', 15, '2013-08-22'),
  (7, 'Civic Center BART (7th at Market)', 'San Francisco', '94107', 17, '2014-09-02'),
  (8, '24th at Mission', 'San Francisco', '94107', 13, '2016-02-01'),
  (9, 'San Jose Diridon Caltrain Station', 'San Jose', '95113', 25, '2013-08-05'),
  (10, 'San Pedro Square', 'San Jose', '95113', 15, '2013-08-07'),
  (11, 'Santa Clara at Almaden', 'San Jose', '95113', 11, '2013-08-06'),
  (12, 'San Jose City Hall', 'San Jose', '95113', 15, '2013-08-07'),
  (13, 'Japantown', 'San Jose', '95113', 15, '2013-08-12'),
  (14, 'Palo Alto Caltrain Station', 'Palo Alto', '94301', 21, '2013-08-14'),
  (15, 'University and Emerson', 'Palo Alto', '94301', 11, '2013-08-15'),
  (16, 'Cowper at University', 'Palo Alto', '94301', 11, '2014-04-10'),
  (17, 'Mountain View Caltrain Station', 'Mountain View', '94041', 18, '2013-08-15'),
  (18, 'Castro Street and El Camino Real', 'Mountain View', '94041', 11, '2014-01-14'),
  (19, 'Redwood City Caltrain Station', 'Redwood City', '94063', 20, '2013-08-15'),
  (20, 'Stanford in Redwood City', 'Redwood City', '94063', 15, NULL);

INSERT INTO cycle.status VALUES
  (1, 14, 5, '2016-03-01 08:00:00'),
  (1, 3, 16, '2016-03-01 17:30:00'),
  (2, 6, 21, '2016-03-01 08:00:00'),
  (2, 20, 6, '2016-03-01 17:30:00'),
  (3, 8, 7, '2016-03-01 08:00:00'),
  (3, 11, 4, '2016-03-01 17:30:00'),
  (4, 9, 10, '2016-03-01 08:00:00'),
  (4, 12, 7, '2016-03-01 17:30:00'),
  (5, 12, 11, '2016-03-01 08:00:00'),
  (5, 0, 23, '2016-03-01 17:30:00'),
  (6, 7, 8, '2016-03-01 08:00:00'),
  (6, 5, 10, '2016-03-01 17:30:00'),
  (7, 10, 7, '2016-03-01 08:00:00'),
  (7, 4, 13, '2016-03-01 17:30:00'),
  (8, 9, 4, '2016-03-01 17:30:00'),
  (9, 18, 7, '2016-03-01 08:00:00'),
  (9, 9, 16, '2016-03-01 17:30:00'),
  (10, 6, 9, '2016-03-01 08:00:00'),
  (10, 8, 7, '2016-03-01 17:30:00'),
  (11, 5, 6, '2016-03-01 08:00:00'),
  (11, 0, 11, '2016-03-01 17:30:00'),
  (12, 7, 8, '2016-03-01 08:00:00'),
  (12, 10, 5, '2016-03-01 17:30:00'),
  (13, 8, 7, '2016-03-01 08:00:00'),
  (13, 6, 9, '2016-03-01 17:30:00'),
  (14, 13, 8, '2016-03-01 08:00:00'),
  (14, 7, 14, '2016-03-01 17:30:00'),
  (15, 4, 7, '2016-03-01 08:00:00'),
  (15, 6, 5, '2016-03-01 17:30:00'),
  (16, 5, 6, '2016-03-01 08:00:00'),
  (16, 11, 0, '2016-03-01 17:30:00'),
  (17, 11, 7, '2016-03-01 08:00:00'),
  (17, 5, 13, '2016-03-01 17:30:00'),
  (18, 3, 8, '2016-03-01 08:00:00'),
  (18, 6, 4, '2016-03-01 17:30:00'),
  (19, 9, 11, '2016-03-01 08:00:00'),
  (19, 12, 8, '2016-03-01 17:30:00');

INSERT INTO cycle.bikes VALUES
  (201, 'Classic 3', false, '2013-08-01', 780.00, NULL),
  (202, 'Classic 3', false, '2013-08-01', 780.00, '2015-10-30'),
  (203, 'Classic 3', false, '2013-08-01', 780.00, NULL),
  (204, 'Classic 3', false, '2013-08-01', 780.00, NULL),
  (205, 'Classic 3', false, '2013-08-01', 780.00, '2016-02-15'),
  (206, 'Classic 3', false, '2013-08-01', 780.00, NULL),
  (207, 'Classic 7', false, '2014-03-15', 915.00, NULL),
  (208, 'Classic 7', false, '2014-03-15', 915.00, NULL),
  (209, 'Classic 7', false, '2014-03-15', 915.00, NULL),
  (210, 'Classic 7', false, '2014-03-15', 915.00, NULL),
  (211, 'Classic 7', false, '2014-03-15', 915.00, NULL),
  (212, 'Classic 7', false, '2014-03-15', 915.00, NULL),
  (213, 'Volt E1', true, '2015-04-20', 2150.00, NULL),
  (214, 'Volt E1', true, '2015-04-20', 2150.00, NULL),
  (215, 'Volt E1', true, '2015-04-20', 2150.00, NULL),
  (216, 'Volt E1', true, '2015-04-20', 2150.00, NULL),
  (217, 'Classic 7', false, '2015-06-01', 899.00, NULL),
  (218, 'Classic 7', false, '2015-06-01', 899.00, NULL),
  (219, 'Classic 7', false, '2015-06-01', 899.00, '2016-01-05'),
  (220, 'Classic 7', false, '2015-06-01', 899.00, NULL),
  (221, 'Volt E2', true, '2016-01-25', 2480.00, NULL),
  (222, 'Volt E2', true, '2016-01-25', 2480.00, NULL),
  (223, 'Volt E2', true, '2016-01-25', 2480.00, NULL),
  (224, 'Volt E2', true, '2016-01-25', 2480.00, NULL);

INSERT INTO cycle.trips VALUES
  (1001, 1260, '2015-08-29 09:12:00', 5, '2015-08-29 09:33:00', 3, 201, 'Customer', '10011'),
  (1002, 3540, '2015-08-29 10:05:00', 5, '2015-08-29 11:04:00', 5, 202, 'Customer', NULL),
  (1003, 480, '2015-08-29 11:47:00', 1, '2015-08-29 11:55:00', 6, 203, 'Subscriber', '94107'),
  (1004, 720, '2015-08-29 14:20:00', 9, '2015-08-29 14:32:00', 10, 210, 'Subscriber', '95112'),
  (1005, 5400, '2015-08-29 16:02:00', 14, '2015-08-29 17:32:00', 14, 214, 'Customer', '94301'),
  (1006, 540, '2015-09-14 07:41:00', 1, '2015-09-14 07:50:00', 2, 201, 'Subscriber', '94107'),
  (1007, 610, '2015-09-14 07:55:00', 1, '2015-09-14 08:05:10', 4, 204, 'Subscriber', '94103'),
  (1008, 420, '2015-09-14 08:10:00', 9, '2015-09-14 08:17:00', 12, 211, 'Subscriber', '95113'),
  (1009, 300, '2015-09-14 08:22:00', 14, '2015-09-14 08:27:00', 15, 215, 'Subscriber', '94301'),
  (1010, 660, '2015-09-14 17:35:00', 2, '2015-09-14 17:46:00', 1, 201, 'Subscriber', '94107'),
  (1011, 390, '2015-09-14 17:50:00', 17, '2015-09-14 17:56:30', 18, 217, 'Subscriber', '94041'),
  (1012, 500, '2015-09-14 18:05:00', 19, '2015-09-14 18:13:20', 20, 219, 'Subscriber', '94063'),
  (1013, 760, '2015-10-05 08:03:00', 7, '2015-10-05 08:15:40', 1, 205, 'Subscriber', '94102'),
  (1014, 455, '2015-10-05 08:15:00', 4, '2015-10-05 08:22:35', 5, 204, 'Subscriber', '94103'),
  (1015, 620, '2015-10-05 08:40:00', 10, '2015-10-05 08:50:20', 9, 212, 'Subscriber', '95110'),
  (1016, 2700, '2015-10-05 12:30:00', 3, '2015-10-05 13:15:00', 5, 206, 'Customer', '60614'),
  (1017, 840, '2015-10-05 17:20:00', 1, '2015-10-05 17:34:00', 7, 205, 'Subscriber', '94102'),
  (1018, 350, '2015-10-05 17:45:00', 15, '2015-10-05 17:50:50', 14, 215, 'Subscriber', '94301'),
  (1019, 580, '2015-11-20 07:30:00', 6, '2015-11-20 07:39:40', 2, 203, 'Subscriber', '94107'),
  (1020, 900, '2015-11-20 07:48:00', 1, '2015-11-20 08:03:00', 3, 207, 'Subscriber', '94111'),
  (1021, 1320, '2015-11-20 08:05:00', 9, '2015-11-20 08:27:00', 13, 213, 'Subscriber', '95112'),
  (1022, 470, '2015-11-20 09:15:00', 16, '2015-11-20 09:22:50', 14, 216, 'Subscriber', '94306'),
  (1023, 4200, '2015-11-20 13:10:00', 5, '2015-11-20 14:20:00', 4, 208, 'Customer', NULL),
  (1024, 640, '2015-11-20 17:55:00', 2, '2015-11-20 18:05:40', 6, 203, 'Subscriber', '94107'),
  (1025, 1500, '2015-12-12 10:30:00', 5, '2015-12-12 10:55:00', 2, 209, 'Customer', '94109'),
  (1026, 660, '2015-12-12 13:00:00', 12, '2015-12-12 13:11:00', 11, 211, 'Subscriber', '95113'),
  (1027, 900, '2015-12-12 15:45:00', 19, '2015-12-12 16:00:00', 19, 220, 'Customer', NULL),
  (1028, 520, '2016-01-19 07:35:00', 1, '2016-01-19 07:43:40', 2, 206, 'Subscriber', '94107'),
  (1029, 700, '2016-01-19 07:50:00', 4, '2016-01-19 08:01:40', 7, 204, 'Subscriber', '94103'),
  (1030, 380, '2016-01-19 08:20:00', 18, '2016-01-19 08:26:20', 17, 218, 'Subscriber', '94040'),
  (1031, 610, '2016-01-19 08:45:00', 11, '2016-01-19 08:55:10', 9, 212, 'Subscriber', '95110'),
  (1032, 560, '2016-01-19 17:30:00', 2, '2016-01-19 17:39:20', 1, 206, 'Subscriber', '94107'),
  (1033, 1100, '2016-01-19 18:10:00', 14, '2016-01-19 18:28:20', 16, 214, 'Subscriber', '94301'),
  (1034, 7260, '2016-02-07 11:00:00', 3, '2016-02-07 13:01:00', 3, 207, 'Customer', '98101'),
  (1035, 980, '2016-02-07 12:20:00', 5, '2016-02-07 12:36:20', 6, 208, 'Customer', '94109'),
  (1036, 860, '2016-02-07 14:05:00', 13, '2016-02-07 14:19:20', 10, 213, 'Subscriber', '95112'),
  (1037, 820, '2016-02-07 15:30:00', 7, '2016-02-07 15:43:40', 4, 209, 'Customer', NULL),
  (1038, 600, '2016-02-29 08:05:00', 1, '2016-02-29 08:15:00', 2, 201, 'Subscriber', '94107'),
  (1039, 510, '2016-03-02 17:40:00', 9, '2016-03-02 17:48:30', 12, 210, 'Subscriber', '95113'),
  (1040, 2460, '2016-03-03 09:00:00', 17, '2016-03-03 09:41:00', 14, 217, 'Subscriber', '94041');

INSERT INTO cycle.mechanics VALUES
  (1, 'Dana Whitfield', NULL, '2013-06-03', 42.00),
  (2, 'Luis Ortega', 1, '2013-07-15', 36.50),
  (3, 'Priya Raman', 1, '2014-02-10', 35.00),
  (4, 'Marcus Bell', 2, '2014-05-19', 28.00),
  (5, 'Hannah Cho', 2, '2015-01-12', 27.50),
  (6, 'Tomasz Nowak', 3, '2015-03-02', 36.00),
  (7, 'Aisha Karimi', 3, '2015-09-21', 26.00),
  (8, 'Ben Fowler', 2, '2016-01-04', 25.50);

INSERT INTO cycle.maintenance VALUES
  (1, 201, 4, '2015-01-12', 'Flat tire', 18.50, NULL),
  (2, 203, 4, '2015-02-03', 'Brakes', 42.00, 'replaced rear pads'),
  (3, 202, 5, '2015-03-17', 'Chain', 35.00, NULL),
  (4, 207, 6, '2015-04-08', 'Gears', 55.00, 'derailleur adjusted'),
  (5, 201, 2, '2015-05-22', 'Brakes', 48.75, NULL),
  (6, 213, 3, '2015-06-30', 'Battery', 310.00, 'battery would not hold a charge'),
  (7, 205, 4, '2015-07-14', 'Flat tire', 18.50, NULL),
  (8, 210, 6, '2015-08-05', 'Lights', 22.00, NULL),
  (9, 204, 5, '2015-08-19', 'Flat tire', 18.50, NULL),
  (10, 214, 3, '2015-09-02', 'Battery', 295.00, NULL),
  (11, 202, 4, '2015-09-28', 'Frame', 160.00, 'cracked frame, bike to be retired'),
  (12, 211, 7, '2015-10-12', 'Brakes', 44.00, NULL),
  (13, 206, 5, '2015-10-26', 'Chain', 32.50, NULL),
  (14, 201, 4, '2015-11-03', 'Gears', 61.00, NULL),
  (15, 215, 6, '2015-11-09', 'Flat tire', 21.00, NULL),
  (16, 208, 7, '2015-11-30', 'Lights', 19.00, NULL),
  (17, 212, 2, '2015-12-07', 'Brakes', 46.25, 'front and rear pads'),
  (18, 205, 5, '2015-12-14', 'Frame', 175.00, NULL),
  (19, 213, 3, '2015-12-21', 'Lights', 24.00, NULL),
  (20, 216, 6, '2016-01-05', 'Battery', 320.00, NULL),
  (21, 203, 7, '2016-01-11', 'Flat tire', 18.50, NULL),
  (22, 209, 4, '2016-01-18', 'Chain', 36.00, NULL),
  (23, 217, 5, '2016-01-26', 'Brakes', 43.50, NULL),
  (24, 204, 6, '2016-02-02', 'Gears', 58.00, NULL),
  (25, 201, 7, '2016-02-09', 'Flat tire', 19.50, NULL),
  (26, 214, 2, '2016-02-16', 'Brakes', 52.00, NULL),
  (27, 210, 4, '2016-02-23', 'Flat tire', 19.50, NULL),
  (28, 207, 5, '2016-03-01', 'Gears', 45.00, NULL),
  (29, 220, 6, '2016-03-04', 'Chain', 34.00, NULL),
  (30, 206, 1, '2016-03-08', 'Frame', 140.00, 'inspection after a crash');

INSERT INTO cycle.weather VALUES
  ('2015-08-29', '94107', 74, 58, 0.00, 18, NULL),
  ('2015-08-29', '95113', 88, 61, 0.00, 14, NULL),
  ('2015-08-29', '94301', 85, 59, 0.00, 12, NULL),
  ('2015-08-29', '94041', 86, 60, 0.00, 13, NULL),
  ('2015-08-29', '94063', 84, 58, 0.00, 12, NULL),
  ('2015-09-14', '94107', 79, 60, 0.00, 20, NULL),
  ('2015-09-14', '95113', 96, 63, 0.00, 15, NULL),
  ('2015-09-14', '94301', 91, 61, 0.00, 13, NULL),
  ('2015-09-14', '94041', 92, 62, 0.00, 14, NULL),
  ('2015-09-14', '94063', 90, 60, 0.00, 13, NULL),
  ('2015-10-05', '94107', 68, 57, 0.00, 16, 'Fog'),
  ('2015-10-05', '95113', 80, 58, 0.00, 11, NULL),
  ('2015-10-05', '94301', 76, 55, 0.00, 9, NULL),
  ('2015-10-05', '94041', 78, 56, 0.00, 10, NULL),
  ('2015-10-05', '94063', 72, 54, 0.00, 8, 'Fog'),
  ('2015-11-20', '94107', 60, 48, 0.00, 22, NULL),
  ('2015-11-20', '95113', 66, 44, 0.00, 10, NULL),
  ('2015-11-20', '94301', 63, 42, 0.00, 8, NULL),
  ('2015-11-20', '94041', 64, 43, 0.00, 9, NULL),
  ('2015-11-20', '94063', 62, 41, 0.00, 8, NULL),
  ('2015-12-12', '94107', 55, 47, 0.86, 31, 'Rain'),
  ('2015-12-12', '95113', 58, 46, 0.41, 24, 'Rain'),
  ('2015-12-12', '94301', 56, 45, 0.62, 22, 'Rain'),
  ('2015-12-12', '94041', 57, 45, 0.55, 23, 'Rain'),
  ('2015-12-12', '94063', 55, 44, 0.71, 25, 'Rain'),
  ('2016-01-19', '94107', 57, 49, 0.33, 26, 'Fog-Rain'),
  ('2016-01-19', '95113', 61, 47, 0.12, 17, 'Rain'),
  ('2016-01-19', '94301', 59, 46, 0.18, 15, 'Rain'),
  ('2016-01-19', '94041', 60, 46, 0.15, 16, 'Rain'),
  ('2016-01-19', '94063', 58, 45, 0.21, 18, 'Rain'),
  ('2016-02-07', '94107', 70, 50, 0.00, 12, NULL),
  ('2016-02-07', '95113', 75, 47, 0.00, 8, NULL),
  ('2016-02-07', '94301', 73, 45, 0.00, 7, NULL),
  ('2016-02-07', '94041', 74, 46, 0.00, NULL, NULL),
  ('2016-02-07', '94063', 72, 43, 0.00, 6, NULL);

CREATE TABLE battle (id integer PRIMARY KEY, name text NOT NULL, date date NOT NULL, bulgarian_commander text,
                     latin_commander text, result text NOT NULL);
CREATE TABLE ship (id integer PRIMARY KEY, lost_in_battle integer NOT NULL REFERENCES battle, name text NOT NULL,
                   tonnage integer NOT NULL, ship_type text NOT NULL, location text NOT NULL,
                   disposition_of_ship text NOT NULL);
CREATE TABLE death (id integer PRIMARY KEY, caused_by_ship_id integer NOT NULL REFERENCES ship, note text,
                    killed integer NOT NULL, injured integer NOT NULL);
COMMENT ON COLUMN battle.bulgarian_commander IS 'commander of the Bulgarian side, NULL when unknown';
COMMENT ON COLUMN battle.latin_commander IS 'commander of the Latin side, NULL when unknown';
COMMENT ON COLUMN battle.result IS 'Bulgarian victory, Latin victory or Two Year Truce';
COMMENT ON COLUMN ship.lost_in_battle IS 'battle.id of the battle in which the ship was lost';
COMMENT ON COLUMN ship.tonnage IS 'tonnage of the ship in tons';
COMMENT ON COLUMN ship.disposition_of_ship IS 'what became of the ship: Sunk, Captured, Wrecked or Scuttled';
COMMENT ON COLUMN death.caused_by_ship_id IS 'ship.id of the ship involved';
COMMENT ON COLUMN death.killed IS 'number of people killed';
COMMENT ON COLUMN death.injured IS 'number of people injured';

INSERT INTO battle VALUES
  (1, 'Battle of Adrianople', '1205-04-14', 'Kaloyan', 'Baldwin I', 'Bulgarian victory'),
  (2, 'Battle of Serres', '1205-06-20', 'Kaloyan', NULL, 'Bulgarian victory'),
  (3, 'Battle of Rusion', '1206-01-31', 'Kaloyan', 'Thierry de Termond', 'Bulgarian victory'),
  (4, 'Battle of Rodosto', '1206-02-05', 'Kaloyan', NULL, 'Bulgarian victory'),
  (5, 'Battle of Messinopolis', '1207-09-04', NULL, 'Boniface of Montferrat', 'Bulgarian victory'),
  (6, 'Battle of Philippopolis', '1208-06-30', 'Boril', 'Henry I', 'Latin victory'),
  (7, 'Battle of Boruy', '1205-06-13', 'Kaloyan', 'Renier of Trit', 'Two Year Truce'),
  (8, 'Battle of Klokotnitsa', '1230-03-09', 'Ivan Asen II', 'Theodore Komnenos', 'Bulgarian victory');

INSERT INTO ship VALUES
  (1, 1, 'Santa Maria', 180, 'Galley', 'Aegean Sea', 'Captured'),
  (2, 1, 'San Marco', 240, 'Galley', 'Aegean Sea', 'Sunk'),
  (3, 2, 'Leone', 150, 'Brig', 'Strymon Gulf', 'Wrecked'),
  (4, 3, 'Aquila', 310, 'Carrack', 'Sea of Marmara', 'Sunk'),
  (5, 3, 'Fortuna', 120, 'Brig', 'Sea of Marmara', 'Captured'),
  (6, 3, 'Stella', 95, 'Cog', 'Sea of Marmara', 'Scuttled'),
  (7, 5, 'Bonaventura', 275, 'Carrack', 'Thracian Sea', 'Sunk'),
  (8, 6, 'Sant Andrea', 200, 'Galley', 'Black Sea', 'Captured'),
  (9, 8, 'Dragone', 330, 'Carrack', 'Aegean Sea', 'Sunk'),
  (10, 8, 'Speranza', 140, 'Galley', 'Aegean Sea', 'Wrecked');

INSERT INTO death VALUES
  (1, 1, 'Crew of the Santa Maria', 8, 14),
  (2, 2, 'Boarding party', 22, 9),
  (3, 2, NULL, 5, 3),
  (4, 3, 'Wrecked on rocks', 12, 0),
  (5, 4, 'Fire aboard', 30, 18),
  (6, 4, NULL, 6, 11),
  (7, 5, 'Crew taken prisoner', 0, 7),
  (8, 5, 'Arrow fire', 2, 1),
  (9, 7, 'Rammed', 25, 16),
  (10, 7, NULL, 4, 2),
  (11, 8, 'Captured in port', 3, 5),
  (12, 9, 'Flagship sunk', 41, 12),
  (13, 9, NULL, 7, 20),
  (14, 10, 'Storm after battle', 10, 0);

CREATE TABLE people ("People_ID" integer, "Name" text, "Height" numeric(4,1), "Weight" numeric(4,1),
                     "Home Town" text);
CREATE TABLE perpetrator ("Perpetrator_ID" integer, "People_ID" integer, "Year" integer, "Location" text,
                          "Country" text, "Killed" integer, "Injured" integer);
COMMENT ON COLUMN people."Height" IS 'height in centimetres';
COMMENT ON COLUMN people."Weight" IS 'weight in kilograms, NULL when unknown';
COMMENT ON COLUMN perpetrator."People_ID" IS 'people."People_ID" of the perpetrator';
COMMENT ON COLUMN perpetrator."Year" IS 'year of the incident';
COMMENT ON COLUMN perpetrator."Killed" IS 'number of people killed in the incident';
COMMENT ON COLUMN perpetrator."Injured" IS 'number of people injured in the incident';

INSERT INTO people VALUES
  (1, 'Ron Baxter', 188.0, 92.5, 'Akron, OH'),
  (2, 'Glenn Hadley', 175.5, 78.0, 'Tulsa, OK'),
  (3, 'Victor Marsh', 182.0, 85.0, 'Reno, NV'),
  (4, 'Dale Kimura', 170.0, 68.5, 'Fresno, CA'),
  (5, 'Curtis Rook', 193.5, 101.0, 'Akron, OH'),
  (6, 'Owen Petrakis', 179.0, 80.5, 'Boise, ID'),
  (7, 'Lyle Dumont', 168.5, 64.0, 'Tulsa, OK'),
  (8, 'Frank Oduya', 185.0, 88.0, 'Akron, OH'),
  (9, 'Sam Whitlock', 177.0, NULL, 'Spokane, WA'),
  (10, 'Nate Gorski', 172.5, 74.0, 'Fresno, CA'),
  (11, 'Ray Castellano', 190.0, 103.0, NULL),
  (12, 'Joel Brandt', 181.5, 83.0, 'Reno, NV');

INSERT INTO perpetrator VALUES
  (1, 1, 1994, 'Hillsdale', 'United States', 7, 3),
  (2, 3, 1987, 'Kirkwall', 'United Kingdom', 4, 9),
  (3, 4, 2001, 'Ballarat', 'Australia', 11, 6),
  (4, 5, 1995, 'Lakeview', 'United States', 3, 12),
  (5, 7, 1982, 'Timaru', 'New Zealand', 9, 2),
  (6, 8, 2003, 'Red Deer', 'Canada', 5, 5),
  (7, 10, 1990, 'Geelong', 'Australia', 6, 14),
  (8, 12, 1999, 'Fort Collins', 'United States', 2, 1);
