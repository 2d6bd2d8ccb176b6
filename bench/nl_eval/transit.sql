-- Transit (development-only probe schema), modelled on public text-to-SQL benchmark databases.
-- A city public-transport cluster in the non-public schema `transit`:
--   depots (depot_name, district, opened_on, max_vehicles = parking slots);
--   stops (stop_name, district, fare zone 1-3, accessible = step-free / wheelchair accessible);
--   lines (line_code such as 'M1', 'T3', '12', '40', 'N5'; line_name such as 'Red Line', 'Airport Express';
--     mode 'bus' / 'tram' / 'metro'; colour; opened_year; first_stop_id and last_stop_id, the two termini, both
--     referencing stops);
--   line_stops (line_id, stop_id, stop_sequence 1..n along the line; key line_id + stop_sequence);
--   vehicles (fleet_number such as 'B101', vehicle_type 'bus' / 'tram' / 'metro', depot_id, manufacturer, model,
--     capacity in passengers, in_service_since, low_floor, status 'active' / 'maintenance' / 'retired');
--   drivers (driver_name, depot_id, hired_on, mentor_id referencing drivers, NULL for a driver without a mentor);
--   trips (line_id, vehicle_id, driver_id, scheduled_departure, actual_departure NULL when cancelled or not
--     recorded, cancelled, passengers NULL when cancelled);
--   fare_cards (card_number such as 'TC-100101', holder_name NULL for an anonymous card, card_type 'adult' /
--     'student' / 'senior' / 'child', issued_on, balance);
--   taps (card_id, stop_id, tapped_at, fare paid; 0.00 for a free transfer).
-- Primary keys on all nine tables; foreign keys declared everywhere except drivers.depot_id (-> depots.depot_id)
-- and taps.stop_id (-> stops.stop_id).
-- 5 depots: Eastfield Tram Depot is the oldest (1957-03-20), Southpark Depot the newest (2021-06-15) with no
-- vehicle and a single driver (Ben Walsh). 26 stops in 9 districts, Old Town has the most (5); 17 accessible, 9
-- not; zone 1: 6 stops, zone 2: 13, zone 3: 7; Chapel Street and Willow Green are on no line; Central Station is
-- on the most lines (5: M1, M2, T3, 40, N5) and is the only stop served by both tram and metro; Brewery Lane,
-- Chapel Street and Willow Green never saw a tap. 9 lines (2 metro, 2 tram, 5 bus), 8 colours (T3 and 31 both
-- green); T3 Harbour Tram is the oldest (1954), N5 Night Owl the newest (2023) and has no trip; M1 has the most
-- stops (6); line 24 is the only line starting and ending in the same zone; M1, M2, T7 and 40 have only accessible
-- stops; 40 line_stops rows.
-- 20 vehicles (10 bus, 5 tram, 5 metro); M403 (Alstom Movia, 1180) is the largest, B204 (Volvo, 85) the smallest;
-- T305 (1989) is the oldest, M404 (2024-02-05) the newest; Mercedes-Benz supplied the most (4); B205 and T305 are
-- retired and never ran; B105, T303 and M405 are in maintenance; B201 is the only active vehicle without a low
-- floor. 18 drivers, 5 without a mentor (Helen Marsh, Tomasz Nowak, Marco Ferri, Jonas Weber, Robert Kaminski);
-- Helen Marsh is the longest-serving (1994-03-07), Ben Walsh the newest (2024-01-08) and the only one at another
-- depot than his mentor; Robert Kaminski mentors the most (3) and drove the most trips (5); Kevin O'Connor (2017)
-- was hired before his mentor Priya Desai (2020); Lucy Brennan and Ben Walsh never drove.
-- 37 trips scheduled 2024-03-04 .. 2025-06-16 (21 in 2024, 16 in 2025), 5 cancelled (one each on M1, T3, T7, 12,
-- 24); trip 28 (line 24, 2025-05-12) ran but has no recorded actual departure; 6 trips left exactly on time;
-- trip 18 (T7, 28 minutes late, driver Eva Horvat) is the most delayed; T7 has the highest average delay; M1 has
-- the most trips (7) and passengers (4367); the busiest trip is M1 on 2025-05-21 (905), the emptiest line 31 on
-- 2025-04-14 (19); 9127 passengers in all.
-- 16 fare cards (7 adult, 4 student, 3 senior, 2 child), 3 anonymous (TC-100104, TC-100108, TC-100112);
-- Mohammed Al-Sayed has the highest balance (41.10), tapped the most (6) and spent the most (14.40); Oliver Grant
-- and Yuki Tanaka never tapped. 40 taps 2024-03-04 .. 2025-06-16, 74.10 in fares, 3 free; Central Station has the
-- most taps (7).
-- A railway cluster in the public schema, like Spider's train_station (no declared keys, quoted capitalised
-- columns; train_station."Train_ID" = train."Train_ID", train_station."Station_ID" = station."Station_ID";
-- passenger figures in millions per year): 13 stations, 4 in London; London Waterloo has the most platforms (24)
-- and passengers (103.84), Cardiff Central the fewest platforms (8) and no train; London Bridge is the oldest
-- (1836); Reading is served by the most trains (3). 13 trains; LNER runs the most (3); The Heart of Midlothian has
-- no station recorded; The Pines Express calls at the most stations (3).
-- An aviation cluster in the public schema, like Spider's pilot_record (declared keys): 10 aircraft (4 Airbus,
-- 3 Boeing), the A350-900 has the most seats (325), the A220-300 never flew; 13 pilots (5 Captains), Amelia Brooks
-- is the youngest (27), Mateus Carvalho the oldest (58) with the most flight hours (29.2); United Kingdom is the
-- most common nationality (3); Elena Popescu and Daniel Kowalczyk have no flight; George Mitchell flew the most
-- flights (5); 32 flight records 2024-01-12 .. 2025-06-20, the longest NRT-CDG (14.3 h, Hiroshi Sato).

CREATE SCHEMA transit;

CREATE TABLE transit.depots (depot_id integer PRIMARY KEY, depot_name text NOT NULL, district text NOT NULL,
  opened_on date NOT NULL, max_vehicles integer NOT NULL);

CREATE TABLE transit.stops (stop_id integer PRIMARY KEY, stop_name text NOT NULL, district text NOT NULL,
  zone integer NOT NULL, accessible boolean NOT NULL);

CREATE TABLE transit.lines (line_id integer PRIMARY KEY, line_code text NOT NULL UNIQUE, line_name text NOT NULL,
  mode text NOT NULL CHECK (mode IN ('bus', 'tram', 'metro')), colour text NOT NULL, opened_year integer NOT NULL,
  first_stop_id integer NOT NULL REFERENCES transit.stops (stop_id),
  last_stop_id integer NOT NULL REFERENCES transit.stops (stop_id));

CREATE TABLE transit.line_stops (line_id integer NOT NULL REFERENCES transit.lines (line_id),
  stop_id integer NOT NULL REFERENCES transit.stops (stop_id), stop_sequence integer NOT NULL,
  PRIMARY KEY (line_id, stop_sequence));

CREATE TABLE transit.vehicles (vehicle_id integer PRIMARY KEY, fleet_number text NOT NULL UNIQUE,
  vehicle_type text NOT NULL CHECK (vehicle_type IN ('bus', 'tram', 'metro')),
  depot_id integer NOT NULL REFERENCES transit.depots (depot_id), manufacturer text NOT NULL, model text NOT NULL,
  capacity integer NOT NULL, in_service_since date NOT NULL, low_floor boolean NOT NULL,
  status text NOT NULL CHECK (status IN ('active', 'maintenance', 'retired')));

-- drivers.depot_id holds a depots.depot_id but has no declared foreign key.
CREATE TABLE transit.drivers (driver_id integer PRIMARY KEY, driver_name text NOT NULL, depot_id integer NOT NULL,
  hired_on date NOT NULL, mentor_id integer REFERENCES transit.drivers (driver_id));

CREATE TABLE transit.trips (trip_id integer PRIMARY KEY, line_id integer NOT NULL REFERENCES transit.lines (line_id),
  vehicle_id integer NOT NULL REFERENCES transit.vehicles (vehicle_id),
  driver_id integer NOT NULL REFERENCES transit.drivers (driver_id),
  scheduled_departure timestamp NOT NULL, actual_departure timestamp, cancelled boolean NOT NULL,
  passengers integer);

CREATE TABLE transit.fare_cards (card_id integer PRIMARY KEY, card_number text NOT NULL UNIQUE, holder_name text,
  card_type text NOT NULL CHECK (card_type IN ('adult', 'student', 'senior', 'child')), issued_on date NOT NULL,
  balance numeric(6,2) NOT NULL);

-- taps.stop_id holds a stops.stop_id but has no declared foreign key.
CREATE TABLE transit.taps (tap_id integer PRIMARY KEY, card_id integer NOT NULL REFERENCES transit.fare_cards (card_id),
  stop_id integer NOT NULL, tapped_at timestamp NOT NULL, fare numeric(4,2) NOT NULL);

INSERT INTO transit.depots VALUES
  (1, 'Northgate Depot', 'Northgate', '1968-05-14', 60),
  (2, 'Riverside Depot', 'Riverside', '1982-09-01', 45),
  (3, 'Eastfield Tram Depot', 'Eastfield', '1957-03-20', 30),
  (4, 'Kingsway Metro Depot', 'Kingsway', '1999-11-08', 40),
  (5, 'Southpark Depot', 'Southpark', '2021-06-15', 25);

INSERT INTO transit.stops VALUES
  (1, 'Central Station', 'Old Town', 1, true),
  (2, 'Cathedral Square', 'Old Town', 1, false),
  (3, 'Market Hall', 'Old Town', 1, true),
  (4, 'Opera House', 'Old Town', 1, true),
  (5, 'Northgate', 'Northgate', 2, true),
  (6, 'Northgate Hospital', 'Northgate', 2, true),
  (7, 'Linden Avenue', 'Northgate', 2, false),
  (8, 'Riverside Park', 'Riverside', 2, true),
  (9, 'Mill Bridge', 'Riverside', 2, false),
  (10, 'Harbour Gate', 'Harbour', 2, true),
  (11, 'Fish Market', 'Harbour', 2, false),
  (12, 'Lighthouse Pier', 'Harbour', 3, false),
  (13, 'University Campus', 'University', 2, true),
  (14, 'Science Park', 'University', 3, true),
  (15, 'Student Halls', 'University', 2, true),
  (16, 'Eastfield Junction', 'Eastfield', 2, true),
  (17, 'Brewery Lane', 'Eastfield', 2, false),
  (18, 'Kingsway', 'Kingsway', 1, true),
  (19, 'Kingsway Mall', 'Kingsway', 2, true),
  (20, 'Airport Terminal 1', 'Airport', 3, true),
  (21, 'Airport Terminal 2', 'Airport', 3, true),
  (22, 'Southpark', 'Southpark', 3, true),
  (23, 'Oak Hill', 'Southpark', 3, false),
  (24, 'Stadium', 'Riverside', 2, true),
  (25, 'Chapel Street', 'Old Town', 1, false),
  (26, 'Willow Green', 'Southpark', 3, false);

INSERT INTO transit.lines VALUES
  (1, 'M1', 'Red Line', 'metro', 'red', 1978, 6, 22),
  (2, 'M2', 'Blue Line', 'metro', 'blue', 1991, 21, 16),
  (3, 'T3', 'Harbour Tram', 'tram', 'green', 1954, 1, 12),
  (4, 'T7', 'University Tram', 'tram', 'orange', 2008, 4, 14),
  (5, '12', 'Hospital - Cathedral', 'bus', 'yellow', 1985, 6, 2),
  (6, '24', 'Riverside - Eastfield', 'bus', 'purple', 1999, 8, 16),
  (7, '31', 'Stadium - Southpark', 'bus', 'green', 2015, 24, 22),
  (8, '40', 'Airport Express', 'bus', 'teal', 2019, 1, 21),
  (9, 'N5', 'Night Owl', 'bus', 'black', 2023, 1, 23);

INSERT INTO transit.line_stops VALUES
  (1, 6, 1), (1, 5, 2), (1, 1, 3), (1, 18, 4), (1, 19, 5), (1, 22, 6),
  (2, 21, 1), (2, 20, 2), (2, 8, 3), (2, 1, 4), (2, 16, 5),
  (3, 1, 1), (3, 2, 2), (3, 11, 3), (3, 10, 4), (3, 12, 5),
  (4, 4, 1), (4, 3, 2), (4, 13, 3), (4, 15, 4), (4, 14, 5),
  (5, 6, 1), (5, 7, 2), (5, 4, 3), (5, 2, 4),
  (6, 8, 1), (6, 9, 2), (6, 24, 3), (6, 17, 4), (6, 16, 5),
  (7, 24, 1), (7, 19, 2), (7, 23, 3), (7, 22, 4),
  (8, 1, 1), (8, 20, 2), (8, 21, 3),
  (9, 1, 1), (9, 18, 2), (9, 23, 3);

INSERT INTO transit.vehicles VALUES
  (1, 'B101', 'bus', 1, 'Mercedes-Benz', 'Citaro G', 150, '2016-03-01', true, 'active'),
  (2, 'B102', 'bus', 1, 'Mercedes-Benz', 'Citaro', 100, '2014-07-15', true, 'active'),
  (3, 'B103', 'bus', 1, 'Solaris', 'Urbino 12', 95, '2019-02-11', true, 'active'),
  (4, 'B104', 'bus', 1, 'Solaris', 'Urbino 12 electric', 90, '2022-05-20', true, 'active'),
  (5, 'B105', 'bus', 1, 'MAN', 'Lion''s City 12', 98, '2009-10-01', false, 'maintenance'),
  (6, 'B201', 'bus', 2, 'Mercedes-Benz', 'Citaro', 100, '2013-04-08', false, 'active'),
  (7, 'B202', 'bus', 2, 'Solaris', 'Urbino 18', 145, '2018-09-03', true, 'active'),
  (8, 'B203', 'bus', 2, 'MAN', 'Lion''s City 18', 155, '2020-01-13', true, 'active'),
  (9, 'B204', 'bus', 2, 'Volvo', '7900 Electric', 85, '2023-03-27', true, 'active'),
  (10, 'B205', 'bus', 2, 'Mercedes-Benz', 'Citaro', 100, '2006-11-20', false, 'retired'),
  (11, 'T301', 'tram', 3, 'Bombardier', 'Flexity Classic', 180, '2004-06-01', true, 'active'),
  (12, 'T302', 'tram', 3, 'Bombardier', 'Flexity Classic', 180, '2005-02-14', true, 'active'),
  (13, 'T303', 'tram', 3, 'Siemens', 'Combino', 170, '2001-09-10', false, 'maintenance'),
  (14, 'T304', 'tram', 3, 'Alstom', 'Citadis X05', 210, '2017-08-21', true, 'active'),
  (15, 'T305', 'tram', 3, 'CKD Tatra', 'KT8D5', 160, '1989-05-02', false, 'retired'),
  (16, 'M401', 'metro', 4, 'Siemens', 'Inspiro', 1020, '2012-10-01', true, 'active'),
  (17, 'M402', 'metro', 4, 'Siemens', 'Inspiro', 1020, '2013-01-15', true, 'active'),
  (18, 'M403', 'metro', 4, 'Alstom', 'Movia', 1180, '2021-11-30', true, 'active'),
  (19, 'M404', 'metro', 4, 'Alstom', 'Metropolis', 1100, '2024-02-05', true, 'active'),
  (20, 'M405', 'metro', 4, 'Hitachi', 'Series 6000', 960, '1996-04-22', false, 'maintenance');

INSERT INTO transit.drivers VALUES
  (1, 'Helen Marsh', 1, '1994-03-07', NULL),
  (2, 'Tomasz Nowak', 1, '2003-08-18', NULL),
  (3, 'Aisha Rahman', 1, '2015-05-04', 1),
  (4, 'Daniel Okafor', 1, '2019-10-21', 1),
  (5, 'Lucy Brennan', 1, '2021-02-15', 2),
  (6, 'Marco Ferri', 2, '1998-11-30', NULL),
  (7, 'Sophie Lindqvist', 2, '2012-06-11', 6),
  (8, 'Kevin O''Connor', 2, '2017-09-25', 9),
  (9, 'Priya Desai', 2, '2020-04-06', 7),
  (10, 'Jonas Weber', 3, '2001-01-22', NULL),
  (11, 'Eva Horvat', 3, '2009-07-13', 10),
  (12, 'Samuel Adeyemi', 3, '2016-03-28', 10),
  (13, 'Grace Liu', 3, '2022-08-01', 11),
  (14, 'Robert Kaminski', 4, '1996-05-20', NULL),
  (15, 'Nadia Petrova', 4, '2008-02-04', 14),
  (16, 'Omar Haddad', 4, '2018-11-12', 14),
  (17, 'Chloe Martin', 4, '2023-05-15', 14),
  (18, 'Ben Walsh', 5, '2024-01-08', 2);

INSERT INTO transit.trips VALUES
  (1, 1, 16, 14, '2024-03-04 07:30', '2024-03-04 07:31', false, 640),
  (2, 1, 17, 15, '2024-03-04 08:00', '2024-03-04 08:00', false, 712),
  (3, 1, 18, 16, '2024-06-17 17:45', '2024-06-17 17:52', false, 830),
  (4, 1, 16, 14, '2024-11-08 08:15', NULL, true, NULL),
  (5, 1, 19, 15, '2025-02-10 07:30', '2025-02-10 07:33', false, 590),
  (6, 1, 18, 17, '2025-05-21 18:00', '2025-05-21 18:02', false, 905),
  (7, 2, 17, 16, '2024-04-12 09:00', '2024-04-12 09:04', false, 410),
  (8, 2, 16, 15, '2024-09-30 16:30', '2024-09-30 16:30', false, 655),
  (9, 2, 18, 14, '2025-01-15 08:45', '2025-01-15 08:59', false, 720),
  (10, 2, 17, 16, '2025-03-03 12:10', '2025-03-03 12:11', false, 380),
  (11, 3, 11, 10, '2024-03-15 10:00', '2024-03-15 10:02', false, 145),
  (12, 3, 12, 11, '2024-05-19 14:20', '2024-05-19 14:35', false, 168),
  (13, 3, 14, 12, '2024-08-02 11:00', NULL, true, NULL),
  (14, 3, 11, 13, '2025-01-27 07:50', '2025-01-27 07:51', false, 132),
  (15, 3, 14, 11, '2025-04-09 17:10', '2025-04-09 17:14', false, 190),
  (16, 4, 12, 12, '2024-10-14 08:05', '2024-10-14 08:05', false, 175),
  (17, 4, 14, 10, '2024-12-02 13:30', NULL, true, NULL),
  (18, 4, 13, 11, '2025-02-18 08:20', '2025-02-18 08:48', false, 160),
  (19, 4, 11, 12, '2025-06-03 09:40', '2025-06-03 09:42', false, 120),
  (20, 5, 2, 1, '2024-03-11 06:45', '2024-03-11 06:46', false, 38),
  (21, 5, 3, 3, '2024-07-22 15:15', '2024-07-22 15:21', false, 52),
  (22, 5, 5, 4, '2024-12-16 07:10', NULL, true, NULL),
  (23, 5, 4, 3, '2025-03-25 08:30', '2025-03-25 08:30', false, 61),
  (24, 6, 6, 6, '2024-04-03 07:00', '2024-04-03 07:03', false, 44),
  (25, 6, 7, 7, '2024-06-28 17:30', '2024-06-28 17:42', false, 97),
  (26, 6, 8, 8, '2024-10-07 08:10', '2024-10-07 08:11', false, 110),
  (27, 6, 7, 9, '2025-01-09 16:45', NULL, true, NULL),
  (28, 6, 9, 7, '2025-05-12 07:20', NULL, false, 73),
  (29, 7, 6, 8, '2024-08-19 11:30', '2024-08-19 11:31', false, 22),
  (30, 7, 9, 9, '2025-02-03 12:00', '2025-02-03 12:05', false, 27),
  (31, 7, 3, 2, '2025-04-14 13:00', '2025-04-14 13:00', false, 19),
  (32, 8, 1, 2, '2024-05-06 05:30', '2024-05-06 05:30', false, 64),
  (33, 8, 8, 6, '2024-09-14 06:00', '2024-09-14 06:09', false, 128),
  (34, 8, 1, 4, '2025-01-20 05:30', '2025-01-20 05:31', false, 71),
  (35, 8, 7, 8, '2025-06-16 06:15', '2025-06-16 06:17', false, 139),
  (36, 1, 20, 14, '2024-07-08 08:30', '2024-07-08 08:36', false, 690),
  (37, 2, 19, 14, '2025-04-22 07:45', '2025-04-22 07:46', false, 560);

INSERT INTO transit.fare_cards VALUES
  (1, 'TC-100101', 'Emily Carter', 'adult', '2019-04-02', 24.50),
  (2, 'TC-100102', 'James Whitfield', 'senior', '2016-09-12', 8.20),
  (3, 'TC-100103', 'Lina Park', 'student', '2023-09-01', 3.75),
  (4, 'TC-100104', NULL, 'adult', '2022-01-15', 0.00),
  (5, 'TC-100105', 'Mohammed Al-Sayed', 'adult', '2020-06-30', 41.10),
  (6, 'TC-100106', 'Chiara Rossi', 'student', '2024-02-19', 12.00),
  (7, 'TC-100107', 'Noah Fischer', 'child', '2021-08-23', 5.40),
  (8, 'TC-100108', NULL, 'adult', '2024-07-04', 15.00),
  (9, 'TC-100109', 'Margaret Hughes', 'senior', '2015-03-10', 19.80),
  (10, 'TC-100110', 'Arjun Mehta', 'student', '2022-09-05', 0.60),
  (11, 'TC-100111', 'Sofia Almeida', 'adult', '2018-11-27', 33.25),
  (12, 'TC-100112', NULL, 'adult', '2023-03-14', 7.90),
  (13, 'TC-100113', 'Oliver Grant', 'adult', '2025-01-06', 20.00),
  (14, 'TC-100114', 'Hannah Schulz', 'child', '2020-02-11', 2.30),
  (15, 'TC-100115', 'Peter Novak', 'senior', '2017-05-08', 11.45),
  (16, 'TC-100116', 'Yuki Tanaka', 'student', '2024-09-02', 9.10);

INSERT INTO transit.taps VALUES
  (1, 1, 1, '2024-03-04 07:25', 2.40),
  (2, 1, 18, '2024-03-04 17:40', 2.40),
  (3, 1, 20, '2024-05-06 05:20', 3.60),
  (4, 2, 2, '2024-03-15 09:50', 1.00),
  (5, 2, 10, '2024-03-15 10:20', 0.00),
  (6, 3, 13, '2024-10-14 07:55', 1.20),
  (7, 3, 14, '2024-10-14 16:10', 1.80),
  (8, 3, 15, '2025-02-18 08:10', 1.20),
  (9, 4, 1, '2024-04-12 08:50', 2.40),
  (10, 4, 21, '2024-09-14 05:50', 3.60),
  (11, 5, 5, '2024-03-04 07:50', 2.40),
  (12, 5, 1, '2024-06-17 17:40', 2.40),
  (13, 5, 19, '2024-06-17 18:05', 0.00),
  (14, 5, 22, '2025-05-21 17:55', 3.60),
  (15, 5, 20, '2025-06-16 06:05', 3.60),
  (16, 5, 1, '2025-01-15 08:40', 2.40),
  (17, 6, 4, '2024-10-14 08:00', 1.20),
  (18, 6, 13, '2025-06-03 09:35', 1.20),
  (19, 7, 8, '2024-04-03 06:55', 0.80),
  (20, 7, 24, '2024-06-28 17:25', 0.80),
  (21, 8, 1, '2024-07-08 08:25', 2.40),
  (22, 8, 20, '2024-07-08 09:10', 3.60),
  (23, 9, 2, '2024-05-19 14:15', 1.00),
  (24, 9, 11, '2024-05-19 14:40', 0.00),
  (25, 9, 4, '2025-03-25 08:25', 1.00),
  (26, 10, 16, '2024-10-07 08:05', 1.20),
  (27, 10, 9, '2025-01-09 16:40', 1.20),
  (28, 11, 6, '2024-03-11 06:40', 2.40),
  (29, 11, 1, '2024-09-30 16:25', 2.40),
  (30, 11, 12, '2025-04-09 17:30', 3.60),
  (31, 11, 21, '2025-01-20 05:25', 3.60),
  (32, 12, 18, '2024-11-08 08:10', 2.40),
  (33, 12, 19, '2025-02-03 11:55', 2.40),
  (34, 14, 24, '2024-08-19 11:25', 0.80),
  (35, 15, 7, '2024-07-22 15:10', 1.00),
  (36, 15, 23, '2025-04-14 12:55', 1.50),
  (37, 15, 3, '2025-03-03 12:05', 1.00),
  (38, 2, 1, '2025-02-10 07:25', 1.00),
  (39, 1, 16, '2025-03-03 12:30', 2.40),
  (40, 7, 22, '2025-05-12 07:10', 1.20);

-- A railway cluster in the style of Spider's train_station: no declared keys, quoted capitalised columns.
-- train_station."Train_ID" holds train."Train_ID", train_station."Station_ID" holds station."Station_ID".
CREATE TABLE station ("Station_ID" integer, "Name" text, "Location" text, "Annual_entry_exit" numeric(6,2),
  "Annual_interchanges" numeric(6,2), "Total_Passengers" numeric(6,2), "Number_of_Platforms" integer,
  "Opening_Year" integer);
CREATE TABLE train ("Train_ID" integer, "Name" text, "Operator" text, "Time" text, "Service" text);
CREATE TABLE train_station ("Train_ID" integer, "Station_ID" integer);

INSERT INTO station VALUES
  (1, 'London Waterloo', 'London', 94.35, 9.49, 103.84, 24, 1848),
  (2, 'London Victoria', 'London', 76.23, 9.16, 85.39, 19, 1860),
  (3, 'London Bridge', 'London', 52.63, 8.74, 61.37, 15, 1836),
  (4, 'London Liverpool Street', 'London', 57.11, 2.35, 59.46, 18, 1874),
  (5, 'Birmingham New Street', 'Birmingham', 31.22, 5.13, 36.35, 13, 1854),
  (6, 'Manchester Piccadilly', 'Manchester', 25.63, 3.01, 28.64, 14, 1842),
  (7, 'Leeds', 'Leeds', 27.74, 2.93, 30.67, 17, 1938),
  (8, 'Glasgow Central', 'Glasgow', 27.38, 1.12, 28.50, 17, 1879),
  (9, 'Edinburgh Waverley', 'Edinburgh', 20.15, 3.49, 23.64, 20, 1846),
  (10, 'Bristol Temple Meads', 'Bristol', 11.34, 1.55, 12.89, 15, 1840),
  (11, 'York', 'York', 9.02, 1.33, 10.35, 11, 1877),
  (12, 'Reading', 'Reading', 17.08, 3.81, 20.89, 15, 1841),
  (13, 'Cardiff Central', 'Cardiff', 12.67, 0.99, 13.66, 8, 1850);

INSERT INTO train VALUES
  (1, 'The Flying Scotsman', 'LNER', '05:40', 'Daily'),
  (2, 'The Cornish Riviera', 'Great Western Railway', '10:04', 'Daily'),
  (3, 'The Night Riviera', 'Great Western Railway', '23:45', 'Weekdays'),
  (4, 'The Caledonian Sleeper', 'Caledonian Sleeper', '23:50', 'Weekdays'),
  (5, 'The Pines Express', 'CrossCountry', '09:15', 'Weekends'),
  (6, 'The Red Rose', 'Avanti West Coast', '07:30', 'Weekdays'),
  (7, 'The Brighton Belle', 'Southern', '11:00', 'Weekends'),
  (8, 'The Golden Arrow', 'Southeastern', '14:30', 'Daily'),
  (9, 'The Norfolk Coast Express', 'Greater Anglia', '08:00', 'Weekdays'),
  (10, 'The Atlantic Coast Express', 'South Western Railway', '12:30', 'Daily'),
  (11, 'The Devon Belle', 'South Western Railway', '16:45', 'Weekends'),
  (12, 'The Yorkshire Pullman', 'LNER', '17:05', 'Weekdays'),
  (13, 'The Heart of Midlothian', 'LNER', '06:15', 'Weekdays');

INSERT INTO train_station VALUES
  (1, 11), (1, 9), (2, 12), (3, 12), (4, 9), (4, 8), (5, 6), (5, 5), (5, 10), (6, 6),
  (7, 2), (8, 2), (8, 3), (9, 4), (10, 1), (10, 12), (11, 1), (12, 7), (12, 11);

-- An aviation cluster in the style of Spider's pilot_record: declared keys.
CREATE TABLE aircraft (aircraft_id integer PRIMARY KEY, manufacturer text NOT NULL, model text NOT NULL,
  order_year integer NOT NULL, fleet_series text NOT NULL, seats integer NOT NULL, engine_type text NOT NULL);
CREATE TABLE pilot (pilot_id integer PRIMARY KEY, pilot_name text NOT NULL, rank text NOT NULL, age integer NOT NULL,
  nationality text NOT NULL, join_year integer NOT NULL);
CREATE TABLE flight_record (record_id integer PRIMARY KEY, pilot_id integer NOT NULL REFERENCES pilot (pilot_id),
  aircraft_id integer NOT NULL REFERENCES aircraft (aircraft_id), flight_date date NOT NULL,
  departure_airport text NOT NULL, arrival_airport text NOT NULL, flight_hours numeric(4,1) NOT NULL);

INSERT INTO aircraft VALUES
  (1, 'Airbus', 'A320neo', 2017, 'A320-271N', 180, 'turbofan'),
  (2, 'Airbus', 'A321neo', 2019, 'A321-271NX', 220, 'turbofan'),
  (3, 'Boeing', '737-800', 2009, '737-8AS', 189, 'turbofan'),
  (4, 'Boeing', '787-9 Dreamliner', 2016, '787-9', 290, 'turbofan'),
  (5, 'Embraer', 'E190', 2011, 'ERJ-190-100', 100, 'turbofan'),
  (6, 'ATR', 'ATR 72-600', 2014, 'ATR 72-212A', 70, 'turboprop'),
  (7, 'De Havilland Canada', 'Dash 8-400', 2008, 'DHC-8-402', 78, 'turboprop'),
  (8, 'Airbus', 'A350-900', 2020, 'A350-941', 325, 'turbofan'),
  (9, 'Boeing', '737 MAX 8', 2021, '737-8', 189, 'turbofan'),
  (10, 'Airbus', 'A220-300', 2022, 'BD-500-1A11', 145, 'turbofan');

INSERT INTO pilot VALUES
  (1, 'Katarzyna Wójcik', 'Captain', 52, 'Poland', 1998),
  (2, 'Liam O''Sullivan', 'Captain', 47, 'Ireland', 2004),
  (3, 'Ingrid Solberg', 'First Officer', 31, 'Norway', 2017),
  (4, 'Mateus Carvalho', 'Captain', 58, 'Portugal', 1991),
  (5, 'Amelia Brooks', 'First Officer', 27, 'United Kingdom', 2021),
  (6, 'Hiroshi Sato', 'Captain', 44, 'Japan', 2006),
  (7, 'Fatima Zahra Benali', 'Senior First Officer', 36, 'Morocco', 2012),
  (8, 'Thomas Becker', 'Senior First Officer', 39, 'Germany', 2010),
  (9, 'Elena Popescu', 'First Officer', 29, 'Romania', 2019),
  (10, 'George Mitchell', 'Captain', 50, 'United Kingdom', 2000),
  (11, 'Lucía Fernández', 'Senior First Officer', 33, 'Spain', 2016),
  (12, 'Daniel Kowalczyk', 'Senior First Officer', 41, 'Poland', 2009),
  (13, 'Oliver Hayes', 'First Officer', 34, 'United Kingdom', 2015);

INSERT INTO flight_record VALUES
  (1, 1, 1, '2024-01-12', 'WAW', 'LHR', 2.6),
  (2, 1, 2, '2024-03-03', 'WAW', 'BCN', 3.1),
  (3, 1, 8, '2024-07-19', 'WAW', 'JFK', 9.4),
  (4, 2, 3, '2024-02-08', 'DUB', 'LHR', 1.3),
  (5, 2, 3, '2024-05-22', 'DUB', 'AMS', 1.6),
  (6, 2, 9, '2025-01-14', 'DUB', 'MAD', 2.5),
  (7, 3, 6, '2024-04-02', 'OSL', 'BGO', 0.9),
  (8, 3, 7, '2024-06-11', 'OSL', 'TRD', 1.0),
  (9, 3, 5, '2025-02-27', 'OSL', 'CPH', 1.2),
  (10, 4, 4, '2024-01-30', 'LIS', 'GRU', 10.2),
  (11, 4, 8, '2024-09-05', 'LIS', 'EWR', 7.9),
  (12, 4, 4, '2025-03-18', 'LIS', 'YYZ', 8.1),
  (13, 4, 2, '2025-05-06', 'LIS', 'FCO', 3.0),
  (14, 5, 1, '2024-08-14', 'MAN', 'FAO', 3.2),
  (15, 5, 6, '2024-10-01', 'MAN', 'BHD', 0.8),
  (16, 6, 4, '2024-03-21', 'NRT', 'SYD', 9.6),
  (17, 6, 8, '2025-04-02', 'NRT', 'CDG', 14.3),
  (18, 7, 5, '2024-02-17', 'CMN', 'MAD', 1.8),
  (19, 7, 3, '2024-11-23', 'CMN', 'CDG', 3.0),
  (20, 7, 1, '2025-06-09', 'CMN', 'LGW', 3.1),
  (21, 8, 2, '2024-05-30', 'FRA', 'ATH', 2.9),
  (22, 8, 9, '2025-03-07', 'FRA', 'LIS', 3.2),
  (23, 8, 7, '2024-12-12', 'FRA', 'LUX', 0.9),
  (24, 10, 3, '2024-06-25', 'LHR', 'EDI', 1.4),
  (25, 10, 4, '2024-10-30', 'LHR', 'BOS', 7.4),
  (26, 10, 3, '2025-02-11', 'LHR', 'DUB', 1.2),
  (27, 10, 9, '2025-05-28', 'LHR', 'ATH', 3.6),
  (28, 10, 1, '2025-06-20', 'LHR', 'NCE', 2.1),
  (29, 11, 5, '2024-09-17', 'MAD', 'BIO', 1.0),
  (30, 11, 2, '2025-01-24', 'MAD', 'LPA', 2.8),
  (31, 13, 6, '2025-03-30', 'MAN', 'JER', 1.1),
  (32, 13, 5, '2024-12-03', 'MAN', 'DUB', 1.0);
