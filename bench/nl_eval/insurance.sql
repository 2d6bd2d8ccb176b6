-- Insurance (probe schema), written blind as evaluation material for the natural-language-to-SQL engine.
-- A personal-lines insurer in the non-public schema `insure`:
--   regions (region_name 'Northeast' / 'Midwest' / 'South' / 'West');
--   branches (branch_name, city, region_id, opened_on);
--   agents (agent_no, full_name, branch_id = the branch the agent works at, manager_no referencing agents, NULL for
--     an agent who reports to nobody, hired_on, commission_pct);
--   customers (first_name, last_name, date_of_birth, city, state as a two-letter code, email NULL when unknown,
--     customer_since);
--   policies (policy_number such as 'AU-1001', customer_id, agent_no = the agent who sold it, product_line 'auto' /
--     'home' / 'life' / 'travel', start_date, end_date NULL for open-ended life policies, annual_premium,
--     coverage_limit, deductible NULL for life and travel, status 'active' / 'expired' / 'cancelled');
--   vehicles (a car listed on an auto policy: policy_id, vin, make, model, model_year, license_plate NULL when not
--     recorded; a car renewed on a new policy is listed again with the same vin);
--   properties (the home on a home policy: policy_id, street_address, city, property_type 'house' / 'condo' /
--     'townhouse', year_built NULL when unknown, square_feet);
--   claims (policy_id, incident_date, filed_on, cause, amount_claimed, amount_paid and settled_on, both set exactly
--     for the settled claims, status 'open' / 'settled' / 'denied');
--   claim_payments (claim_id, paid_at timestamp, amount, method 'bank transfer' / 'check'; the payments of a settled
--     claim add up to its amount_paid).
-- Primary keys on all nine tables; foreign keys declared everywhere except vehicles.policy_id (-> policies.policy_id)
-- and claim_payments.claim_id (-> claims.claim_id).
-- 4 regions, 7 branches (Boston Downtown opened first, 2008-03-03; Portland Pearl last, 2024-05-06, and has no
-- agent; West has only Denver and Portland Pearl); Chicago Loop has the most agents (3).
-- 12 agents; Diane Whitaker and Marcus Bell have no manager; Omar Haddad has the most direct reports (3: Grace
-- O'Neill, Luis Romero, Chloe Martin); Tyler Nguyen reports to Hannah Kim, who reports to Marcus Bell; Ethan Brooks
-- (hired first, 2008-10-06) was hired before his manager Diane Whitaker; Noah Fischer was hired last (2024-08-05)
-- and sold no policy; Diane Whitaker has the highest commission (12.50); Sofia Delgado sold the most policies (6) and
-- the most premium (7435); Marcus Bell and Noah Fischer have no claims on their policies.
-- 22 customers (MA the biggest state, 5; Boston the biggest city, 4); Linda Park is the oldest (1948), Olivia Brown
-- the youngest (2003); 6 have no email; Hiro Tanaka and Rachel Stein hold no policy; James Okafor holds the most
-- policies (4) and pays the most premium (5265); Nina Petrova and Aisha Rahman have only home insurance; Samuel
-- Wright (a cancelled life policy) never claimed.
-- 38 policies (15 auto, 11 home, 7 life, 5 travel; 23 active, 12 expired, 3 cancelled); LI-3004 has the highest
-- premium (3100), TR-4005 the lowest (70); home brings in the most premium (19070, auto 19040); 6 life policies have
-- no end date.
-- 18 vehicle rows for 16 distinct vins (the Honda Civic and the Ford Mustang were renewed); Toyota is the commonest
-- make (4); the 2010 Chevrolet Malibu is the oldest; AU-1005, AU-1008 and AU-1012 cover two cars each; 2 cars have
-- no plate. 11 properties (7 houses, 2 condos, 2 townhouses); 210 Beacon St is the oldest (1890) and has the highest
-- coverage (720000), 3100 Westheimer Rd the biggest (3200 sq ft); 2 have no year_built.
-- 33 claims filed 2023-01-23 .. 2025-04-03 (11 in 2023, 15 in 2024, 7 in 2025; 4 in Q4 2023): 23 settled, 5
-- denied, 5 open; collision the commonest cause (12); claim 7 (fire, HO-2003, James Okafor, sold by Hannah Kim) is
-- the biggest (86000 claimed, 79500 paid) and took longest to settle (165 days); claim 15 settled fastest (4 days);
-- claim 10 is for an incident after its policy ended; 391720 claimed, 250950 paid; Alice Morgan filed the most claims
-- (4), James Okafor received the most (86300); Boston Downtown's policies have the most claims (9), Boston customers
-- too (8); no life policy has a claim. 27 payments (17 bank transfer, 10 check); claims 3, 7, 24 and 26 were paid in
-- two installments; the 50000 payment on claim 7 is the largest; the 07:50 payment on claim 32 is the only one before
-- 8am; 166600 was paid in 2024.
-- A staff-cafeteria cluster in the public schema with declared keys, unrelated to insurance: 10 menu_items
-- (item_name, category 'drink' / 'snack' / 'meal', price, is_vegetarian), Veggie Lasagna the priciest (9.25), Fruit
-- Cup never ordered; 18 cafe_orders (item_id, ordered_at, quantity) 2025-03-03 .. 2025-03-07, Cappuccino the
-- best-seller (7).

CREATE SCHEMA insure;

CREATE TABLE insure.regions (region_id smallint PRIMARY KEY, region_name text NOT NULL UNIQUE);

CREATE TABLE insure.branches (branch_id integer PRIMARY KEY, branch_name text NOT NULL UNIQUE, city text NOT NULL,
  region_id smallint NOT NULL REFERENCES insure.regions (region_id), opened_on date NOT NULL);

CREATE TABLE insure.agents (agent_no integer PRIMARY KEY, full_name text NOT NULL UNIQUE,
  branch_id integer NOT NULL REFERENCES insure.branches (branch_id),
  manager_no integer REFERENCES insure.agents (agent_no), hired_on date NOT NULL,
  commission_pct numeric(4,2) NOT NULL);

CREATE TABLE insure.customers (customer_id integer PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL,
  date_of_birth date NOT NULL, city text NOT NULL, state char(2) NOT NULL, email text UNIQUE,
  customer_since date NOT NULL);

CREATE TABLE insure.policies (policy_id integer PRIMARY KEY, policy_number text NOT NULL UNIQUE,
  customer_id integer NOT NULL REFERENCES insure.customers (customer_id),
  agent_no integer NOT NULL REFERENCES insure.agents (agent_no),
  product_line text NOT NULL CHECK (product_line IN ('auto', 'home', 'life', 'travel')),
  start_date date NOT NULL, end_date date, annual_premium numeric(10,2) NOT NULL,
  coverage_limit numeric(12,2) NOT NULL, deductible numeric(8,2),
  status text NOT NULL CHECK (status IN ('active', 'expired', 'cancelled')));

-- vehicles.policy_id holds a policies.policy_id but has no declared foreign key.
CREATE TABLE insure.vehicles (vehicle_id integer PRIMARY KEY, policy_id integer NOT NULL, vin char(17) NOT NULL,
  make text NOT NULL, model text NOT NULL, model_year integer NOT NULL, license_plate text);

CREATE TABLE insure.properties (property_id integer PRIMARY KEY,
  policy_id integer NOT NULL REFERENCES insure.policies (policy_id), street_address text NOT NULL,
  city text NOT NULL, property_type text NOT NULL CHECK (property_type IN ('house', 'condo', 'townhouse')),
  year_built integer, square_feet integer NOT NULL);

CREATE TABLE insure.claims (claim_id integer PRIMARY KEY,
  policy_id integer NOT NULL REFERENCES insure.policies (policy_id), incident_date date NOT NULL,
  filed_on date NOT NULL, cause text NOT NULL, amount_claimed numeric(10,2) NOT NULL, amount_paid numeric(10,2),
  status text NOT NULL CHECK (status IN ('open', 'settled', 'denied')), settled_on date);

-- claim_payments.claim_id holds a claims.claim_id but has no declared foreign key.
CREATE TABLE insure.claim_payments (payment_id integer PRIMARY KEY, claim_id integer NOT NULL,
  paid_at timestamp NOT NULL, amount numeric(10,2) NOT NULL,
  method text NOT NULL CHECK (method IN ('bank transfer', 'check')));

INSERT INTO insure.regions VALUES (1, 'Northeast'), (2, 'Midwest'), (3, 'South'), (4, 'West');

INSERT INTO insure.branches VALUES
  (1, 'Boston Downtown', 'Boston', 1, '2008-03-03'), (2, 'Albany', 'Albany', 1, '2015-06-15'),
  (3, 'Chicago Loop', 'Chicago', 2, '2010-09-01'), (4, 'Austin North', 'Austin', 3, '2018-01-08'),
  (5, 'Atlanta Midtown', 'Atlanta', 3, '2012-04-02'), (6, 'Denver', 'Denver', 4, '2021-10-04'),
  (7, 'Portland Pearl', 'Portland', 4, '2024-05-06');

INSERT INTO insure.agents VALUES
  (1, 'Diane Whitaker', 1, NULL, '2009-05-04', 12.50), (2, 'Marcus Bell', 3, NULL, '2011-02-14', 12.00),
  (3, 'Sofia Delgado', 1, 1, '2016-08-22', 10.00), (4, 'Ethan Brooks', 2, 1, '2008-10-06', 9.50),
  (5, 'Hannah Kim', 3, 2, '2014-11-03', 10.50), (6, 'Omar Haddad', 5, 2, '2019-06-10', 9.25),
  (7, 'Grace O''Neill', 4, 6, '2020-01-20', 8.50), (8, 'Luis Romero', 4, 6, '2021-09-07', 8.00),
  (9, 'Chloe Martin', 5, 6, '2022-04-18', 7.75), (10, 'Tyler Nguyen', 6, 5, '2023-02-27', 7.50),
  (11, 'Priya Raman', 3, 5, '2018-07-09', 9.00), (12, 'Noah Fischer', 2, 4, '2024-08-05', 7.00);

INSERT INTO insure.customers VALUES
  (1, 'Alice', 'Morgan', '1975-04-12', 'Boston', 'MA', 'alice.morgan@mail.com', '2015-03-02'),
  (2, 'Robert', 'Chen', '1982-09-30', 'Cambridge', 'MA', NULL, '2016-07-19'),
  (3, 'Maria', 'Gonzalez', '1990-01-15', 'Austin', 'TX', 'maria.g@mail.com', '2018-05-11'),
  (4, 'James', 'Okafor', '1968-11-02', 'Chicago', 'IL', 'j.okafor@mail.com', '2012-10-01'),
  (5, 'Emily', 'Carter', '1995-06-21', 'Atlanta', 'GA', NULL, '2020-02-14'),
  (6, 'David', 'Levine', '1959-03-08', 'Albany', 'NY', 'd.levine@mail.com', '2010-08-23'),
  (7, 'Sarah', 'Johansson', '1987-12-03', 'Denver', 'CO', 'sarah.j@mail.com', '2023-04-10'),
  (8, 'Kevin', 'O''Brien', '1979-07-17', 'Boston', 'MA', 'kob@mail.com', '2017-01-09'),
  (9, 'Linda', 'Park', '1948-02-25', 'Chicago', 'IL', NULL, '2008-06-30'),
  (10, 'Thomas', 'Reed', '2001-10-09', 'Austin', 'TX', 'tom.reed@mail.com', '2022-09-05'),
  (11, 'Fatima', 'Ali', '1992-05-28', 'Atlanta', 'GA', 'fatima.ali@mail.com', '2019-11-18'),
  (12, 'George', 'Walsh', '1971-08-14', 'Evanston', 'IL', 'g.walsh@mail.com', '2014-04-07'),
  (13, 'Nina', 'Petrova', '1985-03-19', 'Albany', 'NY', NULL, '2021-06-01'),
  (14, 'Carlos', 'Mendes', '1977-09-05', 'Houston', 'TX', 'c.mendes@mail.com', '2016-12-12'),
  (15, 'Olivia', 'Brown', '2003-01-27', 'Denver', 'CO', 'olivia.b@mail.com', '2024-03-15'),
  (16, 'Henry', 'Adams', '1964-06-11', 'Boston', 'MA', 'h.adams@mail.com', '2011-09-26'),
  (17, 'Julia', 'Rossi', '1998-11-23', 'Chicago', 'IL', 'julia.rossi@mail.com', '2023-08-21'),
  (18, 'Samuel', 'Wright', '1955-04-02', 'Atlanta', 'GA', NULL, '2013-02-04'),
  (19, 'Aisha', 'Rahman', '1989-08-08', 'Austin', 'TX', 'aisha.r@mail.com', '2020-10-19'),
  (20, 'Peter', 'Novak', '1973-12-30', 'Troy', 'NY', 'p.novak@mail.com', '2019-03-25'),
  (21, 'Hiro', 'Tanaka', '1993-02-14', 'Denver', 'CO', NULL, '2024-11-04'),
  (22, 'Rachel', 'Stein', '1980-10-10', 'Boston', 'MA', 'r.stein@mail.com', '2025-01-20');

INSERT INTO insure.policies VALUES
  (1, 'AU-1001', 1, 3, 'auto', '2023-01-15', '2024-01-14', 1180.00, 100000, 500, 'expired'),
  (2, 'AU-1002', 1, 3, 'auto', '2024-01-15', '2026-01-14', 1245.00, 100000, 500, 'active'),
  (3, 'HO-2001', 1, 3, 'home', '2022-06-01', '2025-12-31', 1630.00, 450000, 1000, 'active'),
  (4, 'AU-1003', 2, 3, 'auto', '2023-03-01', '2025-02-28', 980.00, 50000, 750, 'expired'),
  (5, 'LI-3001', 2, 1, 'life', '2016-07-19', NULL, 720.00, 500000, NULL, 'active'),
  (6, 'HO-2002', 3, 7, 'home', '2023-05-11', '2026-05-10', 1410.00, 320000, 1000, 'active'),
  (7, 'AU-1004', 3, 7, 'auto', '2023-05-11', '2023-11-30', 1320.00, 100000, 500, 'cancelled'),
  (8, 'AU-1005', 4, 5, 'auto', '2022-10-01', '2025-09-30', 1105.00, 100000, 500, 'active'),
  (9, 'HO-2003', 4, 5, 'home', '2021-10-01', '2026-09-30', 2240.00, 610000, 2500, 'active'),
  (10, 'LI-3002', 4, 5, 'life', '2012-10-01', NULL, 1850.00, 1000000, NULL, 'active'),
  (11, 'TR-4001', 5, 9, 'travel', '2024-06-01', '2024-06-21', 85.00, 20000, NULL, 'expired'),
  (12, 'AU-1006', 5, 9, 'auto', '2023-02-14', '2025-02-13', 890.00, 50000, 1000, 'expired'),
  (13, 'HO-2004', 6, 4, 'home', '2020-08-23', '2025-08-22', 1980.00, 540000, 1500, 'active'),
  (14, 'LI-3003', 6, 4, 'life', '2010-08-23', NULL, 2400.00, 750000, NULL, 'active'),
  (15, 'AU-1007', 7, 10, 'auto', '2023-04-10', '2025-04-09', 1390.00, 100000, 500, 'expired'),
  (16, 'HO-2005', 8, 3, 'home', '2019-01-09', '2024-01-08', 1520.00, 400000, 1000, 'expired'),
  (17, 'AU-1008', 8, 1, 'auto', '2024-02-01', '2026-01-31', 1460.00, 150000, 500, 'active'),
  (18, 'LI-3004', 9, 2, 'life', '2008-06-30', NULL, 3100.00, 250000, NULL, 'active'),
  (19, 'HO-2006', 9, 11, 'home', '2023-09-01', '2025-08-31', 1750.00, 380000, 1000, 'active'),
  (20, 'AU-1009', 10, 8, 'auto', '2022-09-05', '2024-09-04', 1690.00, 50000, 250, 'expired'),
  (21, 'AU-1010', 10, 8, 'auto', '2024-09-05', '2025-09-04', 1820.00, 50000, 250, 'active'),
  (22, 'TR-4002', 11, 9, 'travel', '2024-12-15', '2025-01-10', 120.00, 25000, NULL, 'expired'),
  (23, 'HO-2007', 11, 6, 'home', '2019-11-18', '2025-11-17', 1340.00, 290000, 1000, 'active'),
  (24, 'AU-1011', 12, 11, 'auto', '2023-04-07', '2024-02-29', 1010.00, 100000, 500, 'cancelled'),
  (25, 'LI-3005', 12, 5, 'life', '2014-04-07', NULL, 960.00, 300000, NULL, 'active'),
  (26, 'HO-2008', 13, 4, 'home', '2021-06-01', '2026-05-31', 1290.00, 260000, 1000, 'active'),
  (27, 'AU-1012', 14, 8, 'auto', '2023-12-12', '2025-12-11', 1150.00, 100000, 500, 'active'),
  (28, 'HO-2009', 14, 7, 'home', '2024-03-01', '2027-02-28', 2050.00, 500000, 2000, 'active'),
  (29, 'AU-1013', 15, 10, 'auto', '2024-03-15', '2026-03-14', 1580.00, 50000, 500, 'active'),
  (30, 'TR-4003', 16, 1, 'travel', '2024-08-10', '2024-08-24', 95.00, 20000, NULL, 'expired'),
  (31, 'HO-2010', 16, 1, 'home', '2011-09-26', '2026-09-25', 2680.00, 720000, 2500, 'active'),
  (32, 'AU-1014', 17, 11, 'auto', '2023-08-21', '2025-08-20', 1230.00, 100000, 500, 'active'),
  (33, 'LI-3006', 18, 6, 'life', '2013-02-04', '2020-12-31', 1450.00, 400000, NULL, 'cancelled'),
  (34, 'HO-2011', 19, 7, 'home', '2020-10-19', '2025-10-18', 1180.00, 250000, 1000, 'active'),
  (35, 'AU-1015', 20, 4, 'auto', '2019-03-25', '2024-03-24', 990.00, 50000, 500, 'expired'),
  (36, 'TR-4004', 3, 7, 'travel', '2025-02-01', '2025-02-14', 110.00, 25000, NULL, 'expired'),
  (37, 'LI-3007', 8, 3, 'life', '2017-01-09', NULL, 880.00, 200000, NULL, 'active'),
  (38, 'TR-4005', 4, 2, 'travel', '2023-07-01', '2023-07-20', 70.00, 15000, NULL, 'expired');

INSERT INTO insure.vehicles VALUES
  (1, 1, '1HGFC2F69JH512345', 'Honda', 'Civic', 2018, 'MA 4KT921'),
  (2, 2, '1HGFC2F69JH512345', 'Honda', 'Civic', 2018, 'MA 4KT921'),
  (3, 4, '4T1BF1FK5GU223344', 'Toyota', 'Camry', 2016, NULL),
  (4, 7, '1FTEW1EP3MFA11223', 'Ford', 'F-150', 2021, 'TX KLM4410'),
  (5, 8, '4S4BSANC0K3300112', 'Subaru', 'Outback', 2019, 'IL CV 88213'),
  (6, 8, '2HKRM4H39FH600451', 'Honda', 'CR-V', 2015, 'IL BX 10477'),
  (7, 12, '2T1BURHE0EC700981', 'Toyota', 'Corolla', 2014, 'GA RTP5521'),
  (8, 15, '5YJ3E1EA7NF123987', 'Tesla', 'Model 3', 2022, 'CO 228-QJX'),
  (9, 17, '5UXCR6C04P9K44120', 'BMW', 'X5', 2023, 'MA 7ZB330'),
  (10, 17, 'WMWXP5C51L2M88710', 'Mini', 'Cooper', 2020, 'MA 2MC918'),
  (11, 20, '1FA6P8TH4H5200418', 'Ford', 'Mustang', 2017, 'TX HHD2207'),
  (12, 21, '1FA6P8TH4H5200418', 'Ford', 'Mustang', 2017, 'TX HHD2207'),
  (13, 24, 'KMHDH4AE0CU412290', 'Hyundai', 'Elantra', 2012, NULL),
  (14, 27, '2T3P1RFV8LC091122', 'Toyota', 'RAV4', 2020, 'TX NPR7761'),
  (15, 29, '3VWC57BU9KM055501', 'Volkswagen', 'Jetta', 2019, 'CO 519-LMT'),
  (16, 32, 'KNDJ23AU1M7731004', 'Kia', 'Soul', 2021, 'IL DK 30091'),
  (17, 35, '1G1ZB5ST0AF109876', 'Chevrolet', 'Malibu', 2010, 'NY JFW-2290'),
  (18, 27, 'JTDKAMFU9R3540012', 'Toyota', 'Prius', 2024, 'TX NPR7790');

INSERT INTO insure.properties VALUES
  (1, 3, '14 Elm Street', 'Boston', 'house', 1928, 2100),
  (2, 6, '802 Barton Springs Rd Apt 4', 'Austin', 'condo', 2009, 950),
  (3, 9, '55 Lakeview Ave', 'Chicago', 'house', 1962, 2850),
  (4, 13, '7 Willow Lane', 'Albany', 'house', 1985, 1900),
  (5, 16, '33 Harbor View #12', 'Boston', 'condo', NULL, 1100),
  (6, 19, '1200 N State St', 'Chicago', 'townhouse', 2001, 1600),
  (7, 23, '48 Peachtree Pl', 'Atlanta', 'house', 1994, 2300),
  (8, 26, '9 Madison Ave', 'Albany', 'townhouse', NULL, 1450),
  (9, 28, '3100 Westheimer Rd', 'Houston', 'house', 2015, 3200),
  (10, 31, '210 Beacon St', 'Boston', 'house', 1890, 3050),
  (11, 34, '77 Cedar Creek Dr', 'Austin', 'house', 2018, 2050);

INSERT INTO insure.claims VALUES
  (1, 1, '2023-03-02', '2023-03-04', 'collision', 4200.00, 3700.00, 'settled', '2023-04-10'),
  (2, 1, '2023-11-20', '2023-11-21', 'glass', 650.00, 650.00, 'settled', '2023-11-28'),
  (3, 3, '2023-02-11', '2023-02-13', 'water damage', 18500.00, 15200.00, 'settled', '2023-05-02'),
  (4, 4, '2024-05-06', '2024-05-09', 'theft', 21000.00, NULL, 'denied', NULL),
  (5, 6, '2024-04-18', '2024-04-19', 'storm', 9800.00, 9800.00, 'settled', '2024-06-03'),
  (6, 8, '2023-12-22', '2023-12-27', 'collision', 7300.00, 6800.00, 'settled', '2024-01-30'),
  (7, 9, '2024-02-03', '2024-02-05', 'fire', 86000.00, 79500.00, 'settled', '2024-07-19'),
  (8, 9, '2025-01-14', '2025-01-15', 'water damage', 12400.00, NULL, 'open', NULL),
  (9, 11, '2024-06-12', '2024-06-14', 'medical', 3900.00, 3900.00, 'settled', '2024-07-01'),
  (10, 12, '2025-02-20', '2025-02-24', 'collision', 5600.00, NULL, 'denied', NULL),
  (11, 13, '2023-10-29', '2023-10-30', 'storm', 14250.00, 12000.00, 'settled', '2023-12-15'),
  (12, 15, '2024-01-08', '2024-01-08', 'collision', 11900.00, 10400.00, 'settled', '2024-03-22'),
  (13, 15, '2025-03-03', '2025-03-05', 'vandalism', 1800.00, NULL, 'open', NULL),
  (14, 17, '2024-05-19', '2024-05-20', 'collision', 15600.00, 14100.00, 'settled', '2024-08-14'),
  (15, 17, '2024-10-02', '2024-10-04', 'glass', 900.00, 900.00, 'settled', '2024-10-08'),
  (16, 19, '2024-07-21', '2024-07-23', 'theft', 6200.00, 5100.00, 'settled', '2024-09-30'),
  (17, 20, '2023-06-14', '2023-06-15', 'collision', 8800.00, 8100.00, 'settled', '2023-08-01'),
  (18, 20, '2024-02-27', '2024-02-28', 'collision', 13200.00, NULL, 'denied', NULL),
  (19, 21, '2025-02-10', '2025-02-11', 'collision', 9400.00, NULL, 'open', NULL),
  (20, 22, '2025-01-03', '2025-01-06', 'trip cancellation', 1450.00, 1200.00, 'settled', '2025-01-31'),
  (21, 23, '2023-08-08', '2023-08-10', 'water damage', 7700.00, 7100.00, 'settled', '2023-10-20'),
  (22, 26, '2024-12-01', '2024-12-02', 'storm', 5300.00, NULL, 'open', NULL),
  (23, 27, '2024-03-14', '2024-03-15', 'theft', 2500.00, 2500.00, 'settled', '2024-04-02'),
  (24, 28, '2024-08-26', '2024-08-27', 'water damage', 23800.00, 21900.00, 'settled', '2024-12-20'),
  (25, 29, '2024-11-11', '2024-11-12', 'collision', 6100.00, 5400.00, 'settled', '2025-01-09'),
  (26, 31, '2023-01-22', '2023-01-23', 'storm', 31000.00, 27800.00, 'settled', '2023-06-30'),
  (27, 32, '2023-12-09', '2023-12-11', 'collision', 4700.00, 4300.00, 'settled', '2024-01-19'),
  (28, 34, '2025-04-02', '2025-04-03', 'fire', 42000.00, NULL, 'open', NULL),
  (29, 35, '2023-09-17', '2023-09-18', 'collision', 3300.00, NULL, 'denied', NULL),
  (30, 36, '2025-02-08', '2025-02-10', 'lost baggage', 620.00, NULL, 'denied', NULL),
  (31, 2, '2024-06-30', '2024-07-02', 'collision', 5200.00, 4650.00, 'settled', '2024-08-12'),
  (32, 24, '2023-06-01', '2023-06-05', 'theft', 3900.00, 3200.00, 'settled', '2023-07-14'),
  (33, 30, '2024-08-15', '2024-08-19', 'medical', 2750.00, 2750.00, 'settled', '2024-09-06');

INSERT INTO insure.claim_payments VALUES
  (1, 1, '2023-04-10 10:15', 3700.00, 'bank transfer'), (2, 2, '2023-11-28 14:02', 650.00, 'bank transfer'),
  (3, 3, '2023-03-20 09:30', 10000.00, 'bank transfer'), (4, 3, '2023-05-02 11:45', 5200.00, 'bank transfer'),
  (5, 5, '2024-06-03 16:20', 9800.00, 'check'), (6, 6, '2024-01-30 10:05', 6800.00, 'bank transfer'),
  (7, 7, '2024-03-15 13:00', 50000.00, 'bank transfer'), (8, 7, '2024-07-19 15:40', 29500.00, 'bank transfer'),
  (9, 9, '2024-07-01 09:10', 3900.00, 'check'), (10, 11, '2023-12-15 12:30', 12000.00, 'check'),
  (11, 12, '2024-03-22 10:50', 10400.00, 'bank transfer'), (12, 14, '2024-08-14 11:25', 14100.00, 'bank transfer'),
  (13, 15, '2024-10-08 08:55', 900.00, 'bank transfer'), (14, 16, '2024-09-30 17:10', 5100.00, 'check'),
  (15, 17, '2023-08-01 09:45', 8100.00, 'bank transfer'), (16, 20, '2025-01-31 14:35', 1200.00, 'check'),
  (17, 21, '2023-10-20 10:20', 7100.00, 'bank transfer'), (18, 23, '2024-04-02 13:15', 2500.00, 'check'),
  (19, 24, '2024-10-01 09:00', 15000.00, 'bank transfer'), (20, 24, '2024-12-20 16:05', 6900.00, 'bank transfer'),
  (21, 25, '2025-01-09 11:00', 5400.00, 'bank transfer'), (22, 26, '2023-03-06 10:40', 20000.00, 'check'),
  (23, 26, '2023-06-30 15:15', 7800.00, 'check'), (24, 27, '2024-01-19 12:10', 4300.00, 'bank transfer'),
  (25, 31, '2024-08-12 10:30', 4650.00, 'bank transfer'), (26, 32, '2023-07-14 07:50', 3200.00, 'check'),
  (27, 33, '2024-09-06 13:25', 2750.00, 'check');

-- A small staff-cafeteria cluster in the public schema with declared keys, unrelated to insurance.
CREATE TABLE menu_items (item_id integer PRIMARY KEY, item_name text NOT NULL UNIQUE, category text NOT NULL,
  price numeric(6,2) NOT NULL, is_vegetarian boolean NOT NULL);

CREATE TABLE cafe_orders (order_id integer PRIMARY KEY, item_id integer NOT NULL REFERENCES menu_items (item_id),
  ordered_at timestamp NOT NULL, quantity integer NOT NULL);

INSERT INTO menu_items VALUES
  (1, 'Espresso', 'drink', 2.20, true), (2, 'Cappuccino', 'drink', 3.40, true), (3, 'Iced Tea', 'drink', 2.80, true),
  (4, 'Blueberry Muffin', 'snack', 2.95, true), (5, 'Granola Bar', 'snack', 1.75, true),
  (6, 'Chicken Wrap', 'meal', 7.90, false), (7, 'Veggie Lasagna', 'meal', 9.25, true),
  (8, 'Beef Chili', 'meal', 8.60, false), (9, 'Tuna Sandwich', 'meal', 6.80, false),
  (10, 'Fruit Cup', 'snack', 3.10, true);

INSERT INTO cafe_orders VALUES
  (1, 2, '2025-03-03 08:05', 2), (2, 1, '2025-03-03 08:12', 1), (3, 4, '2025-03-03 08:14', 1),
  (4, 6, '2025-03-03 12:10', 3), (5, 7, '2025-03-03 12:25', 1), (6, 2, '2025-03-04 08:40', 1),
  (7, 8, '2025-03-04 12:05', 2), (8, 9, '2025-03-04 12:30', 1), (9, 2, '2025-03-05 09:15', 3),
  (10, 3, '2025-03-05 15:00', 2), (11, 6, '2025-03-05 12:45', 1), (12, 5, '2025-03-06 10:30', 4),
  (13, 2, '2025-03-06 08:20', 1), (14, 7, '2025-03-06 13:05', 2), (15, 1, '2025-03-07 08:55', 2),
  (16, 6, '2025-03-07 12:15', 2), (17, 4, '2025-03-07 15:30', 1), (18, 8, '2025-03-07 12:40', 1);
