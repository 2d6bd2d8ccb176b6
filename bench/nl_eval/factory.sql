-- Factory (blind probe schema), modelled on public text-to-SQL benchmark databases.
-- A manufacturing-company cluster in the public schema:
--   plants (plant_name, city, country 'USA' / 'Mexico' / 'Germany', opened_on, floor_area_m2 NULL when not on file);
--   production_lines (plant_id -> plants, line_name such as 'Assembly 1' or 'Machining 2', line_type 'assembly' /
--     'machining' / 'packaging' / 'casting' / 'welding', commissioned_on);
--   suppliers (supplier_name, country, phone NULL when unknown);
--   machines (line_id -> production_lines, supplier_id -> suppliers = the vendor the machine was bought from,
--     machine_name, machine_type such as 'CNC mill', 'robot arm', 'lathe', 'conveyor', installed_on,
--     status 'running' / 'idle' / 'under_repair' / 'retired', purchase_price NULL when unknown);
--   operators (full_name, plant_id -> plants, shift 'day' / 'night', hired_on, supervisor_id -> operators, NULL for
--     an operator who reports to nobody, hourly_rate);
--   products (product_name, category 'Valves' / 'Pumps' / 'Gears' / 'Brackets' / 'Housings', unit_cost = cost to
--     make one unit, weight_kg NULL when not on file);
--   work_orders (order_code such as 'WO-24007', product_id, line_id, operator_id = the operator who ran it,
--     quantity_planned, quantity_produced, started_at, completed_at NULL while the order is open);
--   quality_inspections (work_order_id, inspector_id -> operators = who inspected, inspected_at, sample_size,
--     defects_count, passed, notes NULL when none);
--   maintenance_events (machine_id, maintenance_type 'preventive' / 'corrective', performed_at, downtime_minutes,
--     cost NULL when not recorded, technician = an outside technician's name as text).
-- Primary keys on all nine tables; foreign keys declared everywhere except work_orders.operator_id
-- (-> operators.operator_id) and maintenance_events.machine_id (-> machines.machine_id).
-- 5 plants (3 USA); Riverside Works (Detroit, 1998-04-01) is the oldest and has the most lines (3) and machines (9);
-- Pine Ridge Assembly has no floor area, one line (Assembly 4, the newest, 2022-02-14) with no machine and no work
-- order. 10 lines; Machining 1 is the only line with more than 3 machines (4).
-- 7 suppliers; Nordic Robotics supplied the most machines (6) and its machines cost the most in maintenance
-- (24770); Orion Industrial supplied none; Takumi Precision and Lombardi Presse have no phone.
-- 24 machines (18 running, 3 idle, 2 under_repair, 1 retired); robot arm the commonest type (5); Die Caster DC2 the
-- priciest (455000), Drill D1 the cheapest (18500); Lathe L1, Labeler LB1 and Robot Arm R5 have no price; Lathe L1
-- (2001-06-30, retired) installed first, Conveyor C3 (2024-11-04) last; Labeler LB1, Robot Arm R5, Lathe L3 and
-- Conveyor C3 were never maintained.
-- 21 operators (12 day, 9 night); Sarah Mitchell, Diego Ramirez, Anna Schubert and Hannah Cole have no supervisor;
-- Sarah Mitchell supervises the most (4); Grace Adeyemi -> Paula Novak -> Linda Park -> Sarah Mitchell; Tom Kowalski
-- (hired first, 2004-08-23) was hired before his supervisor; Linda Park (Lakeshore Plant) is the only one whose
-- supervisor works at another plant; Anna Schubert has the top rate (52.00), Ethan Brooks was hired last; 7
-- operators ran no work order (Sarah Mitchell, Diego Ramirez, Anna Schubert, Linda Park, Hannah Cole, Ethan Brooks,
-- Priya Shah); the inspectors are Priya Shah (most, 11), Linda Park, Anna Schubert, Carmen Ruiz and Diego Ramirez.
-- 13 products, Gears the biggest category (4); Centrifugal Pump CP-50 the costliest (212.00) and heaviest, Mounting
-- Bracket MB-2 the cheapest (2.10); Heavy Bracket HB-8 and Pump Housing PH-5 have no weight; Worm Gear WG-20 was
-- never produced.
-- 40 work orders started 2023-10-02 .. 2025-03-24 (5 in 2023, 25 in 2024, 10 in 2025), 4 open (WO-25007 .. WO-25010);
-- Assembly 1 ran the most (6), Marcus Webb the most (5); 52953 units produced, Mounting Bracket MB-2 the most units
-- (16270), Spur Gear 40T the most orders (5), Centrifugal Pump CP-50 the most production value (121476.00);
-- Northgate Facility produced the most units (19554); completed-order yield 97.77%, Welding 1 the best line;
-- WO-24014 overproduced, WO-23104 and WO-24008 hit plan exactly, WO-24007 has the lowest yield (80%) and took the
-- longest (107 h), WO-24008 was the quickest (20 h), WO-24013 fell furthest short (120).
-- 37 inspections, 5 failed (WO-24004, WO-24007, WO-24015, WO-24021, WO-25003); WO-24007 and WO-24015 were inspected
-- twice; WO-24008 and WO-24019 were completed but never inspected; overall defect rate 2.93%, Pump Housing PH-5 the
-- worst product (5.42%); WO-25003's inspection found the most defects (30).
-- 30 maintenance events 2023-10-16 .. 2025-03-10 (16 preventive, 14 corrective; 22 in 2024), 3 without a cost;
-- Robot Arm R2 had the most events (4), the most downtime (2195 minutes) and the costliest job (6400.00); Riverside
-- Works lost the most downtime (3585 minutes); Dave Hollis did the most jobs (10); Marta Jensen and Karl Vogt worked
-- at two plants.

CREATE TABLE plants (plant_id integer PRIMARY KEY, plant_name text NOT NULL UNIQUE, city text NOT NULL,
  country text NOT NULL, opened_on date NOT NULL, floor_area_m2 integer);

CREATE TABLE production_lines (line_id integer PRIMARY KEY, plant_id integer NOT NULL REFERENCES plants (plant_id),
  line_name text NOT NULL UNIQUE, line_type text NOT NULL, commissioned_on date NOT NULL);

CREATE TABLE suppliers (supplier_id integer PRIMARY KEY, supplier_name text NOT NULL UNIQUE, country text NOT NULL,
  phone text);

CREATE TABLE machines (machine_id integer PRIMARY KEY, line_id integer NOT NULL REFERENCES production_lines (line_id),
  supplier_id integer NOT NULL REFERENCES suppliers (supplier_id), machine_name text NOT NULL UNIQUE,
  machine_type text NOT NULL, installed_on date NOT NULL,
  status text NOT NULL CHECK (status IN ('running', 'idle', 'under_repair', 'retired')), purchase_price numeric(12,2));

CREATE TABLE operators (operator_id integer PRIMARY KEY, full_name text NOT NULL UNIQUE,
  plant_id integer NOT NULL REFERENCES plants (plant_id), shift text NOT NULL CHECK (shift IN ('day', 'night')),
  hired_on date NOT NULL, supervisor_id integer REFERENCES operators (operator_id), hourly_rate numeric(6,2) NOT NULL);

CREATE TABLE products (product_id integer PRIMARY KEY, product_name text NOT NULL UNIQUE, category text NOT NULL,
  unit_cost numeric(10,2) NOT NULL, weight_kg numeric(6,2));

-- work_orders.operator_id holds an operators.operator_id but has no declared foreign key.
CREATE TABLE work_orders (work_order_id integer PRIMARY KEY, order_code text NOT NULL UNIQUE,
  product_id integer NOT NULL REFERENCES products (product_id),
  line_id integer NOT NULL REFERENCES production_lines (line_id), operator_id integer NOT NULL,
  quantity_planned integer NOT NULL, quantity_produced integer NOT NULL, started_at timestamp NOT NULL,
  completed_at timestamp);

CREATE TABLE quality_inspections (inspection_id integer PRIMARY KEY,
  work_order_id integer NOT NULL REFERENCES work_orders (work_order_id),
  inspector_id integer NOT NULL REFERENCES operators (operator_id), inspected_at timestamp NOT NULL,
  sample_size integer NOT NULL, defects_count integer NOT NULL, passed boolean NOT NULL, notes text);

-- maintenance_events.machine_id holds a machines.machine_id but has no declared foreign key.
CREATE TABLE maintenance_events (event_id integer PRIMARY KEY, machine_id integer NOT NULL,
  maintenance_type text NOT NULL CHECK (maintenance_type IN ('preventive', 'corrective')),
  performed_at timestamp NOT NULL, downtime_minutes integer NOT NULL, cost numeric(10,2), technician text NOT NULL);

INSERT INTO plants VALUES
  (1, 'Riverside Works', 'Detroit', 'USA', '1998-04-01', 42000),
  (2, 'Lakeshore Plant', 'Cleveland', 'USA', '2006-09-15', 31500),
  (3, 'Northgate Facility', 'Monterrey', 'Mexico', '2012-03-20', 27800),
  (4, 'Elbe Components', 'Hamburg', 'Germany', '2016-06-01', 23400),
  (5, 'Pine Ridge Assembly', 'Greenville', 'USA', '2021-10-11', NULL);

INSERT INTO production_lines VALUES
  (1, 1, 'Assembly 1', 'assembly', '1999-01-10'), (2, 1, 'Machining 1', 'machining', '1999-03-01'),
  (3, 1, 'Packaging 1', 'packaging', '2008-05-12'), (4, 2, 'Casting 1', 'casting', '2007-02-01'),
  (5, 2, 'Machining 2', 'machining', '2007-06-18'), (6, 3, 'Assembly 2', 'assembly', '2012-08-01'),
  (7, 3, 'Welding 1', 'welding', '2013-01-15'), (8, 4, 'Machining 3', 'machining', '2016-09-05'),
  (9, 4, 'Assembly 3', 'assembly', '2017-04-03'), (10, 5, 'Assembly 4', 'assembly', '2022-02-14');

INSERT INTO suppliers VALUES
  (1, 'Kessler Maschinenbau', 'Germany', '+49 711 555 0190'), (2, 'Apex Tooling', 'USA', '+1 313 555 0142'),
  (3, 'Nordic Robotics', 'Sweden', '+46 8 555 013 20'), (4, 'Takumi Precision', 'Japan', NULL),
  (5, 'Brightway Conveyors', 'USA', '+1 614 555 0177'), (6, 'Lombardi Presse', 'Italy', NULL),
  (7, 'Orion Industrial', 'Canada', '+1 905 555 0113');

INSERT INTO machines VALUES
  (1, 1, 3, 'Robot Arm R1', 'robot arm', '2015-03-10', 'running', 185000.00),
  (2, 1, 5, 'Conveyor C1', 'conveyor', '2009-07-01', 'running', 42000.00),
  (3, 1, 3, 'Robot Arm R2', 'robot arm', '2019-11-20', 'under_repair', 198000.00),
  (4, 2, 1, 'CNC Mill M1', 'CNC mill', '2011-05-14', 'running', 260000.00),
  (5, 2, 1, 'CNC Mill M2', 'CNC mill', '2017-02-08', 'running', 275000.00),
  (6, 2, 2, 'Lathe L1', 'lathe', '2001-06-30', 'retired', NULL),
  (7, 2, 2, 'Drill D1', 'drill press', '2013-10-02', 'idle', 18500.00),
  (8, 3, 5, 'Packer P1', 'packer', '2008-06-01', 'running', 64000.00),
  (9, 3, 5, 'Labeler LB1', 'labeler', '2020-01-15', 'running', NULL),
  (10, 4, 1, 'Furnace F1', 'furnace', '2007-01-20', 'running', 320000.00),
  (11, 4, 6, 'Die Caster DC1', 'die caster', '2007-03-05', 'running', 410000.00),
  (12, 4, 6, 'Die Caster DC2', 'die caster', '2018-08-22', 'idle', 455000.00),
  (13, 5, 1, 'CNC Mill M3', 'CNC mill', '2010-04-11', 'running', 240000.00),
  (14, 5, 2, 'Lathe L2', 'lathe', '2014-12-01', 'running', 88000.00),
  (15, 5, 4, 'Grinder G1', 'grinder', '2021-06-17', 'under_repair', 132000.00),
  (16, 6, 3, 'Robot Arm R3', 'robot arm', '2012-09-10', 'running', 176000.00),
  (17, 6, 5, 'Conveyor C2', 'conveyor', '2012-09-10', 'running', 39500.00),
  (18, 6, 4, 'Robot Arm R5', 'robot arm', '2023-03-01', 'running', NULL),
  (19, 7, 3, 'Welding Robot W1', 'welder', '2013-02-01', 'running', 210000.00),
  (20, 7, 3, 'Welding Robot W2', 'welder', '2024-05-20', 'running', 228000.00),
  (21, 8, 4, 'CNC Mill M4', 'CNC mill', '2016-10-01', 'running', 295000.00),
  (22, 8, 4, 'Lathe L3', 'lathe', '2016-10-01', 'idle', 97000.00),
  (23, 9, 3, 'Robot Arm R4', 'robot arm', '2017-05-02', 'running', 189000.00),
  (24, 9, 5, 'Conveyor C3', 'conveyor', '2024-11-04', 'running', 45500.00);

INSERT INTO operators VALUES
  (1, 'Sarah Mitchell', 1, 'day', '2005-03-14', NULL, 48.50),
  (2, 'Diego Ramirez', 3, 'day', '2012-04-02', NULL, 41.00),
  (3, 'Anna Schubert', 4, 'day', '2016-05-09', NULL, 52.00),
  (4, 'Tom Kowalski', 1, 'night', '2004-08-23', 1, 36.75),
  (5, 'Linda Park', 2, 'day', '2007-01-08', 1, 39.20),
  (6, 'Marcus Webb', 1, 'day', '2014-06-30', 1, 31.40),
  (7, 'Jenny Liu', 1, 'night', '2018-02-12', 4, 28.90),
  (8, 'Omar Haddad', 1, 'night', '2019-09-03', 4, 27.50),
  (9, 'Paula Novak', 2, 'night', '2009-11-16', 5, 33.10),
  (10, 'Kevin O''Brien', 2, 'day', '2015-04-20', 5, 30.25),
  (11, 'Grace Adeyemi', 2, 'night', '2021-07-05', 9, 26.80),
  (12, 'Luis Herrera', 3, 'night', '2013-03-11', 2, 32.00),
  (13, 'Sofia Castillo', 3, 'day', '2016-10-24', 2, 29.60),
  (14, 'Mateo Flores', 3, 'night', '2020-01-13', 12, 25.90),
  (15, 'Carmen Ruiz', 3, 'day', '2022-08-01', 2, 24.75),
  (16, 'Jonas Weber', 4, 'night', '2017-02-06', 3, 34.40),
  (17, 'Lena Fischer', 4, 'day', '2019-05-27', 3, 30.90),
  (18, 'Felix Braun', 4, 'night', '2023-09-18', 16, 26.10),
  (19, 'Hannah Cole', 5, 'day', '2022-01-10', NULL, 45.00),
  (20, 'Ethan Brooks', 5, 'day', '2024-06-03', 19, 23.50),
  (21, 'Priya Shah', 1, 'day', '2011-05-02', 1, 35.80);

INSERT INTO products VALUES
  (1, 'Ball Valve 1in', 'Valves', 14.20, 0.45), (2, 'Gate Valve 2in', 'Valves', 38.75, 1.90),
  (3, 'Check Valve 1in', 'Valves', 11.60, 0.38), (4, 'Centrifugal Pump CP-50', 'Pumps', 212.00, 18.50),
  (5, 'Gear Pump GP-10', 'Pumps', 96.40, 6.20), (6, 'Spur Gear 40T', 'Gears', 8.35, 0.62),
  (7, 'Helical Gear 60T', 'Gears', 15.90, 1.05), (8, 'Mounting Bracket MB-2', 'Brackets', 2.10, 0.30),
  (9, 'Heavy Bracket HB-8', 'Brackets', 6.75, NULL), (10, 'Motor Housing MH-3', 'Housings', 54.30, 4.80),
  (11, 'Pump Housing PH-5', 'Housings', 71.85, NULL), (12, 'Worm Gear WG-20', 'Gears', 24.10, 1.40),
  (13, 'Bevel Gear 30T', 'Gears', 12.40, 0.85);

INSERT INTO work_orders VALUES
  (1, 'WO-23101', 6, 2, 6, 2000, 1960, '2023-10-02 07:00', '2023-10-04 15:30'),
  (2, 'WO-23102', 4, 1, 4, 150, 148, '2023-10-09 22:00', '2023-10-12 06:00'),
  (3, 'WO-23103', 10, 4, 9, 400, 372, '2023-11-06 21:30', '2023-11-08 09:15'),
  (4, 'WO-23104', 8, 7, 12, 5000, 5000, '2023-11-20 22:15', '2023-11-21 20:45'),
  (5, 'WO-23105', 1, 6, 13, 1200, 1185, '2023-12-04 06:30', '2023-12-06 14:00'),
  (6, 'WO-24001', 7, 8, 16, 800, 776, '2024-01-08 22:00', '2024-01-10 05:30'),
  (7, 'WO-24002', 5, 9, 17, 300, 291, '2024-01-15 06:00', '2024-01-17 13:20'),
  (8, 'WO-24003', 2, 1, 6, 600, 588, '2024-02-05 07:15', '2024-02-07 16:00'),
  (9, 'WO-24004', 11, 4, 10, 250, 231, '2024-02-19 06:45', '2024-02-21 18:10'),
  (10, 'WO-24005', 9, 7, 14, 3000, 2950, '2024-03-04 23:00', '2024-03-06 07:40'),
  (11, 'WO-24006', 6, 5, 11, 2500, 2410, '2024-03-18 22:30', '2024-03-20 04:00'),
  (12, 'WO-24007', 4, 6, 15, 120, 96, '2024-04-01 06:00', '2024-04-05 17:00'),
  (13, 'WO-24008', 3, 3, 7, 1500, 1500, '2024-04-15 22:00', '2024-04-16 18:00'),
  (14, 'WO-24009', 13, 2, 8, 1800, 1746, '2024-05-06 21:45', '2024-05-08 06:30'),
  (15, 'WO-24010', 10, 8, 18, 350, 343, '2024-05-20 22:00', '2024-05-22 08:00'),
  (16, 'WO-24011', 1, 1, 4, 2000, 1972, '2024-06-03 22:00', '2024-06-05 10:00'),
  (17, 'WO-24012', 5, 9, 17, 280, 252, '2024-06-17 06:30', '2024-06-19 15:00'),
  (18, 'WO-24013', 8, 4, 9, 6000, 5880, '2024-07-01 22:00', '2024-07-03 02:00'),
  (19, 'WO-24014', 7, 5, 10, 900, 918, '2024-07-15 07:00', '2024-07-17 12:45'),
  (20, 'WO-24015', 2, 6, 13, 500, 470, '2024-08-05 06:15', '2024-08-07 14:30'),
  (21, 'WO-24016', 11, 8, 16, 300, 288, '2024-08-19 22:00', '2024-08-21 09:00'),
  (22, 'WO-24017', 4, 1, 6, 180, 171, '2024-09-02 07:00', '2024-09-06 11:00'),
  (23, 'WO-24018', 6, 2, 6, 2200, 2156, '2024-09-16 06:00', '2024-09-18 12:00'),
  (24, 'WO-24019', 9, 7, 12, 2500, 2465, '2024-09-30 22:00', '2024-10-02 06:00'),
  (25, 'WO-24020', 3, 3, 8, 1600, 1552, '2024-10-14 21:30', '2024-10-15 19:00'),
  (26, 'WO-24021', 13, 5, 11, 1400, 1330, '2024-10-28 22:00', '2024-10-30 05:00'),
  (27, 'WO-24022', 1, 6, 15, 1000, 940, '2024-11-11 06:00', '2024-11-13 15:00'),
  (28, 'WO-24023', 10, 4, 10, 450, 441, '2024-11-25 06:30', '2024-11-27 16:30'),
  (29, 'WO-24024', 5, 9, 18, 320, 310, '2024-12-02 22:00', '2024-12-04 07:00'),
  (30, 'WO-24025', 7, 8, 17, 750, 735, '2024-12-09 06:00', '2024-12-11 11:00'),
  (31, 'WO-25001', 2, 1, 4, 700, 693, '2025-01-06 22:00', '2025-01-08 14:00'),
  (32, 'WO-25002', 6, 2, 8, 2400, 2328, '2025-01-13 21:45', '2025-01-15 07:00'),
  (33, 'WO-25003', 8, 7, 14, 5500, 5390, '2025-01-20 22:30', '2025-01-22 01:15'),
  (34, 'WO-25004', 11, 4, 9, 280, 266, '2025-02-03 22:00', '2025-02-05 08:30'),
  (35, 'WO-25005', 4, 6, 13, 160, 158, '2025-02-10 06:00', '2025-02-13 14:00'),
  (36, 'WO-25006', 6, 8, 16, 2600, 2522, '2025-02-24 22:00', '2025-02-26 04:30'),
  (37, 'WO-25007', 1, 1, 6, 1800, 1100, '2025-03-03 07:00', NULL),
  (38, 'WO-25008', 5, 9, 17, 350, 120, '2025-03-10 06:00', NULL),
  (39, 'WO-25009', 9, 7, 12, 3200, 900, '2025-03-17 22:00', NULL),
  (40, 'WO-25010', 3, 3, 7, 1400, 0, '2025-03-24 22:00', NULL);

INSERT INTO quality_inspections VALUES
  (1, 1, 21, '2023-10-04 17:00', 200, 4, true, NULL), (2, 2, 21, '2023-10-12 09:30', 30, 1, true, NULL),
  (3, 3, 5, '2023-11-08 11:00', 80, 3, true, NULL), (4, 4, 15, '2023-11-22 08:00', 500, 6, true, NULL),
  (5, 5, 15, '2023-12-06 16:00', 120, 2, true, NULL), (6, 6, 3, '2024-01-10 09:00', 100, 3, true, NULL),
  (7, 7, 3, '2024-01-17 15:00', 50, 1, true, NULL), (8, 8, 21, '2024-02-07 17:30', 60, 2, true, NULL),
  (9, 9, 5, '2024-02-22 08:15', 50, 7, false, 'porosity in castings'),
  (10, 10, 15, '2024-03-06 10:00', 300, 9, true, NULL), (11, 11, 5, '2024-03-20 09:00', 250, 8, true, NULL),
  (12, 12, 2, '2024-04-05 18:30', 24, 4, false, 'impeller imbalance'),
  (13, 12, 2, '2024-04-08 10:00', 24, 1, true, 'rework accepted'),
  (14, 14, 21, '2024-05-08 09:00', 180, 5, true, NULL), (15, 15, 3, '2024-05-22 10:30', 70, 2, true, NULL),
  (16, 16, 21, '2024-06-05 12:00', 200, 3, true, NULL), (17, 17, 3, '2024-06-19 16:30', 40, 2, true, NULL),
  (18, 18, 5, '2024-07-03 08:00', 600, 11, true, NULL), (19, 19, 5, '2024-07-17 14:00', 90, 2, true, NULL),
  (20, 20, 15, '2024-08-07 16:00', 50, 6, false, 'seat leakage'),
  (21, 20, 15, '2024-08-09 09:00', 50, 1, true, 'retest after rework'),
  (22, 21, 3, '2024-08-21 11:00', 60, 1, true, NULL), (23, 22, 21, '2024-09-06 13:00', 36, 1, true, NULL),
  (24, 23, 21, '2024-09-18 14:00', 220, 3, true, NULL), (25, 25, 21, '2024-10-15 21:00', 160, 4, true, NULL),
  (26, 26, 5, '2024-10-30 08:00', 140, 12, false, 'tooth profile out of tolerance'),
  (27, 27, 2, '2024-11-13 17:00', 100, 3, true, NULL), (28, 28, 5, '2024-11-27 18:00', 90, 2, true, NULL),
  (29, 29, 3, '2024-12-04 09:00', 64, 2, true, NULL), (30, 30, 3, '2024-12-11 13:00', 75, 1, true, NULL),
  (31, 31, 21, '2025-01-08 16:00', 70, 2, true, NULL), (32, 32, 21, '2025-01-15 09:30', 240, 5, true, NULL),
  (33, 33, 15, '2025-01-22 09:00', 550, 30, false, 'burrs on edges'),
  (34, 34, 5, '2025-02-05 10:00', 56, 1, true, NULL), (35, 35, 15, '2025-02-13 16:00', 32, 0, true, NULL),
  (36, 36, 3, '2025-02-26 08:00', 260, 4, true, NULL),
  (37, 37, 21, '2025-03-05 11:00', 110, 2, true, 'in-process check');

INSERT INTO maintenance_events VALUES
  (1, 4, 'preventive', '2023-10-16 14:00', 120, 850.00, 'Dave Hollis'),
  (2, 1, 'preventive', '2023-11-13 08:00', 90, 620.00, 'Dave Hollis'),
  (3, 6, 'corrective', '2023-12-01 10:30', 480, 2300.00, 'Marta Jensen'),
  (4, 11, 'preventive', '2024-01-22 07:00', 240, 1750.00, 'Luca Bassi'),
  (5, 3, 'corrective', '2024-02-12 09:15', 600, 4200.00, 'Dave Hollis'),
  (6, 13, 'preventive', '2024-02-26 13:00', 60, 400.00, 'Marta Jensen'),
  (7, 16, 'preventive', '2024-03-11 15:30', 75, 510.00, 'Rosa Delgado'),
  (8, 21, 'preventive', '2024-03-25 06:00', 110, 780.00, 'Karl Vogt'),
  (9, 3, 'preventive', '2024-04-08 08:00', 95, 650.00, 'Dave Hollis'),
  (10, 19, 'corrective', '2024-04-29 11:00', 320, 2850.00, 'Rosa Delgado'),
  (11, 12, 'preventive', '2024-05-13 07:30', 180, NULL, 'Luca Bassi'),
  (12, 2, 'corrective', '2024-06-10 16:45', 45, 180.00, 'Marta Jensen'),
  (13, 15, 'corrective', '2024-06-24 09:00', 720, NULL, 'Karl Vogt'),
  (14, 5, 'preventive', '2024-07-08 14:00', 100, 720.00, 'Dave Hollis'),
  (15, 23, 'preventive', '2024-07-22 06:30', 85, 560.00, 'Karl Vogt'),
  (16, 10, 'corrective', '2024-08-12 10:00', 555, 3900.00, 'Luca Bassi'),
  (17, 14, 'preventive', '2024-08-26 13:30', 70, 450.00, 'Marta Jensen'),
  (18, 3, 'corrective', '2024-09-09 09:00', 660, 5100.00, 'Dave Hollis'),
  (19, 17, 'preventive', '2024-09-23 15:00', 50, 300.00, 'Rosa Delgado'),
  (20, 7, 'corrective', '2024-10-07 11:30', 150, 640.00, 'Marta Jensen'),
  (21, 20, 'preventive', '2024-10-21 07:00', 60, NULL, 'Rosa Delgado'),
  (22, 8, 'preventive', '2024-11-04 08:30', 80, 470.00, 'Dave Hollis'),
  (23, 1, 'corrective', '2024-11-18 22:30', 210, 1980.00, 'Dave Hollis'),
  (24, 13, 'corrective', '2024-12-02 10:00', 390, 2600.00, 'Marta Jensen'),
  (25, 4, 'preventive', '2024-12-16 14:00', 115, 870.00, 'Dave Hollis'),
  (26, 15, 'corrective', '2025-01-13 09:30', 500, 3350.00, 'Karl Vogt'),
  (27, 3, 'corrective', '2025-01-27 08:00', 840, 6400.00, 'Dave Hollis'),
  (28, 11, 'corrective', '2025-02-10 12:00', 300, 2250.00, 'Luca Bassi'),
  (29, 16, 'corrective', '2025-02-24 23:15', 260, 1900.00, 'Rosa Delgado'),
  (30, 21, 'preventive', '2025-03-10 06:00', 105, 760.00, 'Karl Vogt');
