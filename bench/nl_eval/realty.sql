-- Realty (development-only probe schema), modelled on public text-to-SQL benchmark databases.
-- A UK estate-agency cluster in the non-public schema `realty`:
--   offices (office_name such as 'Islington' or 'Leeds City', city, opened_on);
--   agents (full_name, office_id, hired_on, manager_id referencing agents, NULL for the three top-level agents,
--     commission_rate in percent of the sold price, e.g. 1.25);
--   owners (full_name, phone NULL when unknown, email);
--   clients (the buyers: full_name, email, phone NULL when unknown, max_budget NULL when not recorded);
--   properties (address, city, property_type 'house' / 'flat' / 'bungalow' / 'studio', bedrooms (0 for a studio),
--     floor_area_sqm, built_year NULL when unknown, has_garden NULL when not recorded, owner_id);
--   listings (a property put on the market by an agent: property_id, agent_id, asking_price, listed_on,
--     withdrawn_on NULL unless the listing was taken off the market; a withdrawn property may be listed again);
--   viewings (listing_id, client_id, viewed_at timestamp, rating 1-5, NULL when no feedback was given);
--   offers (listing_id, client_id, amount, made_on, status 'pending' / 'accepted' / 'rejected');
--   sales (listing_id, unique, buyer_id -> clients, sold_price = the accepted offer, completed_on).
-- Primary keys on all nine tables; foreign keys declared everywhere except properties.owner_id
-- (-> owners.owner_id), viewings.client_id (-> clients.client_id) and sales.listing_id (-> listings.listing_id).
-- 7 offices, London has 2 (Islington, Clapham); Brighton Seafront (opened 2025-02-03) has no agent.
-- 12 agents hired 2009-04-01 .. 2025-01-20 (Margaret Hale the first, Priya Nair the last); Margaret Hale, James
-- Whitworth and Callum Reid have no manager; Margaret Hale manages the most (3: Daniel Okafor, Sophie Turner, Tom
-- Fielding); Owen Price -> Chloe Brennan -> James Whitworth is a three-level chain; Sophie Turner, Tom Fielding
-- and Hannah Lowe work in another office than their manager. Priya Nair has no listing; Owen Price has listings
-- but no sale; Hannah Lowe has the most listings (5); Daniel Okafor sold the most (3), for the most money
-- (4110000.00) and earned the most commission (51375.00); Callum Reid's listings have the best viewing feedback.
-- 12 owners: Edward Collins owns the most (4), Patricia Moore none, Kevin O'Brien has an apostrophe.
-- 18 clients: Stuart Mackenzie has the largest budget (2000000), Catherine Lee and Harry Douglas none recorded;
-- Noah Fraser never viewed anything, Zoe Adams viewed but never made an offer; Grace Kim bought twice.
-- 31 properties (14 houses, 10 flats, 4 bungalows, 3 studios) in London (10), Manchester (6), Leeds (5), Bristol
-- (5), Edinburgh (4) and Bath (1, handled by the Bristol office); 19 Heriot Row is the largest (260 sqm),
-- 15 Pulteney Street the oldest (1790), Apartment 1405, 1 Deansgate Square the newest (2020); 44 Roundhay Road has
-- no built_year; 6 have has_garden NULL; 10 Thornhill Square and Flat 1, 60 Wilmslow Road were never listed.
-- 33 listings 2023-09-12 .. 2025-05-19: 17 sold, 5 withdrawn, 11 active (neither); 7 Highbury Terrace, Flat 8, 101
-- Clapham High Street, 48 Burton Road and 15 Pulteney Street were listed twice (withdrawn, then relisted; all but
-- 48 Burton Road sold the second time); 7 Highbury Terrace had the highest asking price (2350000.00, withdrawn);
-- Studio 22, 77 Oxford Road is the cheapest active listing (165000.00); 3 Oakwood Grove and the first listing of
-- 48 Burton Road have no viewing.
-- 60 viewings 2023-10-02 .. 2025-05-31, 7 without a rating; 5 Narbonne Avenue has the most (4), David Nguyen went
-- to the most (6).
-- 40 offers (17 accepted, 17 rejected, 6 pending); David Nguyen made the most (5); Catherine Lee made the largest
-- (2150000.00); 5 Narbonne Avenue received the most (3); two offers were above the asking price.
-- 17 sales 2024-01-26 .. 2025-06-20 (13 in 2024) worth 14473000.00; 7 Highbury Terrace sold for the most
-- (2150000.00), Flat 9, 2 Whitehall Quay for the least (210000.00); Flat 12, 40 Essex Road and Flat 6, 33 Marchmont
-- Road sold above asking; 3 Royal York Crescent had the largest discount (60000.00), 19 Heriot Row took the longest
-- (172 days); Islington has the largest sales volume (4540000.00); Farhan Ali, David Nguyen and Jack Thompson paid
-- more than their budget.
-- A film-festival cluster in the public schema, like Spider's entertainment_awards (no declared keys, quoted
-- capitalised columns): 9 festivals 2022 .. 2025, Silver Frame Awards drew the largest audience (16800), Elena
-- Vasquez chaired two, Seville hosted two, New Voices Festival has no nomination; 14 artworks (Film, Short Film,
-- Documentary, Animation), Winter Orchard was never nominated; 25 nominations (8 'Won', 17 'Nominated'); Last
-- Train to Porto has the most nominations (4), The Quiet Tide the most wins (2), Golden Reel Awards the most
-- nominations (4).
-- A dental-practice cluster in the public schema with declared keys: 7 dentists (Peter Adeyemi has no
-- appointment); 12 patients_dental (4 without insurer, Bupa the most common, Kyle Brooks never booked); 32
-- dental_appointments 2024-01-09 .. 2025-06-02 (26 completed, 4 cancelled, 2 no-show); Sarah Whitfield has the
-- most appointments (9), Mohammed Al-Rashid earned the most (5095.00 from completed appointments), Hazel Young
-- spent the most (2545.00), braces fitting has the highest average fee.

CREATE SCHEMA realty;

CREATE TABLE realty.offices (office_id integer PRIMARY KEY, office_name text NOT NULL UNIQUE, city text NOT NULL,
  opened_on date NOT NULL);

CREATE TABLE realty.agents (agent_id integer PRIMARY KEY, full_name text NOT NULL,
  office_id integer NOT NULL REFERENCES realty.offices (office_id), hired_on date NOT NULL,
  manager_id integer REFERENCES realty.agents (agent_id), commission_rate numeric(4,2) NOT NULL);

CREATE TABLE realty.owners (owner_id integer PRIMARY KEY, full_name text NOT NULL, phone text, email text NOT NULL);

CREATE TABLE realty.clients (client_id integer PRIMARY KEY, full_name text NOT NULL, email text NOT NULL, phone text,
  max_budget numeric(12,2));

CREATE TABLE realty.properties (property_id integer PRIMARY KEY, address text NOT NULL, city text NOT NULL,
  property_type text NOT NULL CHECK (property_type IN ('house', 'flat', 'bungalow', 'studio')),
  bedrooms integer NOT NULL, floor_area_sqm integer NOT NULL, built_year integer, has_garden boolean,
  owner_id integer NOT NULL);

CREATE TABLE realty.listings (listing_id integer PRIMARY KEY,
  property_id integer NOT NULL REFERENCES realty.properties (property_id),
  agent_id integer NOT NULL REFERENCES realty.agents (agent_id), asking_price numeric(12,2) NOT NULL,
  listed_on date NOT NULL, withdrawn_on date);

CREATE TABLE realty.viewings (viewing_id integer PRIMARY KEY,
  listing_id integer NOT NULL REFERENCES realty.listings (listing_id), client_id integer NOT NULL,
  viewed_at timestamp NOT NULL, rating integer CHECK (rating BETWEEN 1 AND 5));

CREATE TABLE realty.offers (offer_id integer PRIMARY KEY,
  listing_id integer NOT NULL REFERENCES realty.listings (listing_id),
  client_id integer NOT NULL REFERENCES realty.clients (client_id), amount numeric(12,2) NOT NULL,
  made_on date NOT NULL, status text NOT NULL CHECK (status IN ('pending', 'accepted', 'rejected')));

CREATE TABLE realty.sales (sale_id integer PRIMARY KEY, listing_id integer NOT NULL UNIQUE,
  buyer_id integer NOT NULL REFERENCES realty.clients (client_id), sold_price numeric(12,2) NOT NULL,
  completed_on date NOT NULL);

INSERT INTO realty.offices VALUES
  (1, 'Islington', 'London', '2009-04-01'), (2, 'Clapham', 'London', '2014-09-15'),
  (3, 'Manchester Central', 'Manchester', '2011-02-01'), (4, 'Bristol Harbourside', 'Bristol', '2016-06-01'),
  (5, 'Leeds City', 'Leeds', '2018-03-12'), (6, 'Edinburgh New Town', 'Edinburgh', '2020-10-05'),
  (7, 'Brighton Seafront', 'Brighton', '2025-02-03');

INSERT INTO realty.agents VALUES
  (1, 'Margaret Hale', 1, '2009-04-01', NULL, 1.50),
  (2, 'Daniel Okafor', 1, '2015-06-15', 1, 1.25),
  (3, 'Sophie Turner', 2, '2014-09-15', 1, 1.50),
  (4, 'Ravi Patel', 2, '2019-01-07', 3, 1.00),
  (5, 'James Whitworth', 3, '2011-02-01', NULL, 1.50),
  (6, 'Chloe Brennan', 3, '2020-08-03', 5, 1.00),
  (7, 'Tom Fielding', 4, '2016-06-01', 1, 1.25),
  (8, 'Aisha Rahman', 4, '2022-03-14', 7, 1.00),
  (9, 'Callum Reid', 6, '2020-10-05', NULL, 1.25),
  (10, 'Hannah Lowe', 5, '2018-03-12', 5, 1.25),
  (11, 'Priya Nair', 1, '2025-01-20', 2, 0.75),
  (12, 'Owen Price', 3, '2023-05-02', 6, 1.00);

INSERT INTO realty.owners VALUES
  (1, 'Edward Collins', '020 7946 0011', 'edward.collins@example.co.uk'),
  (2, 'Fiona MacLeod', '0131 496 0022', 'fiona.macleod@example.co.uk'),
  (3, 'George Harris', NULL, 'g.harris@example.co.uk'),
  (4, 'Helen Wright', '0117 496 0044', 'helen.wright@example.co.uk'),
  (5, 'Imran Sheikh', '020 7946 0055', 'imran.sheikh@example.co.uk'),
  (6, 'Julia Bennett', NULL, 'julia.bennett@example.co.uk'),
  (7, 'Kevin O''Brien', '0113 496 0077', 'kevin.obrien@example.co.uk'),
  (8, 'Laura Simmons', '020 7946 0088', 'laura.simmons@example.co.uk'),
  (9, 'Mark Davies', '0161 496 0099', 'mark.davies@example.co.uk'),
  (10, 'Nadia Kowalczyk', NULL, 'nadia.k@example.co.uk'),
  (11, 'Oliver Grant', '0117 496 0111', 'oliver.grant@example.co.uk'),
  (12, 'Patricia Moore', '01273 496 012', 'patricia.moore@example.co.uk');

INSERT INTO realty.clients VALUES
  (1, 'Alice Morgan', 'alice.morgan@example.com', '07700 900101', 650000),
  (2, 'Ben Carter', 'ben.carter@example.com', '07700 900102', 450000),
  (3, 'Catherine Lee', 'catherine.lee@example.com', NULL, NULL),
  (4, 'David Nguyen', 'david.nguyen@example.com', '07700 900104', 900000),
  (5, 'Emma Schofield', 'emma.schofield@example.com', '07700 900105', 875000),
  (6, 'Farhan Ali', 'farhan.ali@example.com', '07700 900106', 350000),
  (7, 'Grace Kim', 'grace.kim@example.com', '07700 900107', 1500000),
  (8, 'Harry Douglas', 'harry.douglas@example.com', NULL, NULL),
  (9, 'Isla Campbell', 'isla.campbell@example.com', '07700 900109', 400000),
  (10, 'Jack Thompson', 'jack.thompson@example.com', '07700 900110', 500000),
  (11, 'Katie Walsh', 'katie.walsh@example.com', NULL, 290000),
  (12, 'Liam O''Connor', 'liam.oconnor@example.com', '07700 900112', 750000),
  (13, 'Maya Singh', 'maya.singh@example.com', '07700 900113', 525000),
  (14, 'Noah Fraser', 'noah.fraser@example.com', '07700 900114', 280000),
  (15, 'Zoe Adams', 'zoe.adams@example.com', NULL, 600000),
  (16, 'Rachel Hughes', 'rachel.hughes@example.com', '07700 900116', 575000),
  (17, 'Stuart Mackenzie', 'stuart.mackenzie@example.com', '07700 900117', 2000000),
  (18, 'Eilidh Murray', 'eilidh.murray@example.com', '07700 900118', 470000);

INSERT INTO realty.properties VALUES
  (1, '14 Canonbury Grove', 'London', 'house', 4, 165, 1890, true, 1),
  (2, 'Flat 3, 22 Upper Street', 'London', 'flat', 2, 68, 2004, false, 2),
  (3, '7 Highbury Terrace', 'London', 'house', 5, 210, 1865, true, 3),
  (4, 'Flat 12, 40 Essex Road', 'London', 'flat', 1, 45, 2015, NULL, 4),
  (5, 'Studio 5, 9 Liverpool Road', 'London', 'studio', 0, 28, 2018, false, 5),
  (6, '31 Abbeville Road', 'London', 'house', 3, 120, 1905, true, 6),
  (7, 'Flat 8, 101 Clapham High Street', 'London', 'flat', 2, 72, 2010, false, 7),
  (8, '5 Narbonne Avenue', 'London', 'house', 4, 150, 1920, true, 1),
  (9, 'Flat 2, 18 Lavender Hill', 'London', 'flat', 1, 50, 1998, NULL, 8),
  (10, '12 Didsbury Park', 'Manchester', 'house', 4, 155, 1935, true, 9),
  (11, 'Apartment 1405, 1 Deansgate Square', 'Manchester', 'flat', 2, 80, 2020, false, 10),
  (12, '48 Burton Road', 'Manchester', 'house', 3, 105, 1910, true, 9),
  (13, '9 Ladybarn Lane', 'Manchester', 'bungalow', 2, 85, 1962, true, 11),
  (14, 'Studio 22, 77 Oxford Road', 'Manchester', 'studio', 0, 30, 2019, false, 4),
  (15, '3 Royal York Crescent', 'Bristol', 'house', 5, 240, 1820, true, 3),
  (16, 'Flat 4, 12 Harbourside Walk', 'Bristol', 'flat', 2, 75, 2012, NULL, 4),
  (17, '21 Gloucester Road', 'Bristol', 'house', 3, 110, 1900, false, 6),
  (18, '6 Coombe Lane', 'Bristol', 'bungalow', 3, 95, 1970, true, 11),
  (19, '15 Pulteney Street', 'Bath', 'house', 4, 180, 1790, NULL, 5),
  (20, '27 Headingley Lane', 'Leeds', 'house', 4, 145, 1925, true, 7),
  (21, 'Flat 9, 2 Whitehall Quay', 'Leeds', 'flat', 1, 52, 2008, false, 8),
  (22, '8 Adel Lane', 'Leeds', 'bungalow', 2, 80, 1958, true, 10),
  (23, '44 Roundhay Road', 'Leeds', 'house', 3, 100, NULL, NULL, 9),
  (24, '19 Heriot Row', 'Edinburgh', 'house', 5, 260, 1808, true, 1),
  (25, 'Flat 6, 33 Marchmont Road', 'Edinburgh', 'flat', 3, 95, 1895, false, 2),
  (26, 'Studio 2, 5 Leith Walk', 'Edinburgh', 'studio', 0, 32, 2016, false, 11),
  (27, '2 Morningside Drive', 'Edinburgh', 'bungalow', 3, 110, 1965, true, 2),
  (28, '10 Thornhill Square', 'London', 'house', 4, 170, 1852, true, 1),
  (29, 'Flat 1, 60 Wilmslow Road', 'Manchester', 'flat', 2, 70, 2001, NULL, 10),
  (30, '11 Cotham Hill', 'Bristol', 'flat', 2, 66, 1880, false, 6),
  (31, '3 Oakwood Grove', 'Leeds', 'house', 3, 115, 1932, true, 7);

INSERT INTO realty.listings VALUES
  (1, 1, 2, 1450000, '2023-09-12', NULL),
  (2, 2, 2, 575000, '2023-10-02', NULL),
  (3, 3, 1, 2350000, '2024-01-15', '2024-06-30'),
  (4, 3, 2, 2195000, '2024-09-02', NULL),
  (5, 4, 1, 425000, '2024-03-04', NULL),
  (6, 5, 2, 295000, '2024-05-20', NULL),
  (7, 6, 3, 985000, '2024-02-12', NULL),
  (8, 7, 4, 610000, '2024-04-08', '2024-08-15'),
  (9, 8, 3, 1275000, '2024-10-07', NULL),
  (10, 9, 4, 455000, '2025-01-13', NULL),
  (11, 7, 4, 589000, '2025-03-03', NULL),
  (12, 10, 5, 695000, '2023-11-06', NULL),
  (13, 11, 6, 385000, '2024-02-19', NULL),
  (14, 12, 6, 450000, '2024-06-03', '2024-11-29'),
  (15, 13, 5, 320000, '2024-08-12', NULL),
  (16, 14, 12, 165000, '2025-02-10', NULL),
  (17, 15, 7, 1650000, '2024-04-22', NULL),
  (18, 16, 8, 340000, '2024-07-01', NULL),
  (19, 17, 7, 525000, '2025-01-06', NULL),
  (20, 18, 8, 410000, '2025-03-17', NULL),
  (21, 19, 7, 925000, '2023-10-16', '2024-03-01'),
  (22, 20, 10, 560000, '2024-03-11', NULL),
  (23, 21, 10, 215000, '2024-09-09', NULL),
  (24, 22, 10, 295000, '2025-04-14', NULL),
  (25, 23, 10, 330000, '2024-11-04', '2025-03-31'),
  (26, 24, 9, 1850000, '2024-05-06', NULL),
  (27, 25, 9, 420000, '2024-08-19', NULL),
  (28, 26, 9, 185000, '2025-02-24', NULL),
  (29, 27, 9, 465000, '2025-05-12', NULL),
  (30, 30, 8, 395000, '2025-04-28', NULL),
  (31, 12, 12, 435000, '2025-03-10', NULL),
  (32, 19, 8, 875000, '2024-09-16', NULL),
  (33, 31, 10, 389000, '2025-05-19', NULL);

INSERT INTO realty.viewings VALUES
  (1, 1, 7, '2023-10-02 11:00', 5), (2, 1, 4, '2023-10-06 14:30', 3),
  (3, 2, 2, '2023-10-15 17:30', 4), (4, 2, 1, '2023-11-02 12:00', 5), (5, 2, 15, '2023-11-06 18:00', 2),
  (6, 21, 8, '2023-11-15 13:00', 4), (7, 12, 12, '2023-12-01 10:30', 5),
  (8, 3, 4, '2024-02-19 14:00', 4), (9, 13, 6, '2024-02-29 18:15', 4), (10, 3, 3, '2024-03-02 11:00', 3),
  (11, 7, 4, '2024-03-06 10:00', 5), (12, 7, 1, '2024-03-15 11:30', 4), (13, 5, 6, '2024-03-11 16:00', 3),
  (14, 5, 13, '2024-03-21 10:30', 5), (15, 3, 7, '2024-04-06 10:00', NULL), (16, 22, 16, '2024-04-03 13:30', 5),
  (17, 8, 10, '2024-05-10 12:00', 4), (18, 17, 8, '2024-05-13 11:00', 5), (19, 8, 2, '2024-05-23 15:30', 2),
  (20, 17, 7, '2024-06-01 14:00', 4), (21, 26, 4, '2024-06-05 12:00', 5), (22, 6, 6, '2024-06-14 17:00', 2),
  (23, 6, 11, '2024-06-17 10:30', NULL), (24, 26, 17, '2024-06-20 11:00', 5), (25, 26, 3, '2024-06-29 15:00', NULL),
  (26, 6, 5, '2024-07-10 11:00', 1), (27, 18, 2, '2024-07-19 10:00', 4), (28, 18, 11, '2024-07-22 13:00', 3),
  (29, 15, 16, '2024-08-22 11:00', 2), (30, 27, 9, '2024-08-31 11:30', 4), (31, 27, 18, '2024-09-04 10:00', 5),
  (32, 15, 9, '2024-09-06 14:00', 4), (33, 23, 11, '2024-09-23 12:30', 4), (34, 32, 5, '2024-10-03 11:00', 5),
  (35, 4, 4, '2024-10-12 11:00', 4), (36, 32, 1, '2024-10-09 15:00', 3), (37, 4, 3, '2024-10-18 10:30', 5),
  (38, 4, 7, '2024-10-21 14:00', NULL), (39, 9, 12, '2024-10-24 10:00', 4), (40, 9, 4, '2024-11-02 12:30', 3),
  (41, 9, 7, '2024-11-06 11:00', 5), (42, 9, 1, '2024-11-08 15:30', 4), (43, 25, 13, '2024-12-02 11:00', 2),
  (44, 25, 10, '2025-01-16 10:30', NULL), (45, 19, 10, '2025-01-25 11:00', 3), (46, 19, 13, '2025-02-05 14:00', 4),
  (47, 10, 2, '2025-02-14 12:00', 4), (48, 10, 15, '2025-02-17 10:00', 3), (49, 16, 15, '2025-02-27 11:30', 2),
  (50, 16, 11, '2025-03-08 13:00', NULL), (51, 28, 18, '2025-03-12 12:00', 3), (52, 11, 10, '2025-03-21 10:00', 5),
  (53, 11, 12, '2025-03-24 11:00', 3), (54, 31, 12, '2025-03-27 15:00', 4), (55, 20, 9, '2025-04-05 11:00', 4),
  (56, 20, 2, '2025-04-09 10:00', NULL), (57, 24, 11, '2025-04-25 11:00', 4), (58, 30, 16, '2025-05-05 13:00', 3),
  (59, 29, 18, '2025-05-22 10:30', 5), (60, 29, 17, '2025-05-31 11:00', 4);

INSERT INTO realty.offers VALUES
  (1, 2, 2, 520000, '2023-11-15', 'rejected'), (2, 1, 7, 1350000, '2023-11-20', 'rejected'),
  (3, 2, 1, 560000, '2023-11-28', 'accepted'), (4, 1, 7, 1400000, '2023-12-04', 'accepted'),
  (5, 21, 8, 850000, '2024-01-10', 'rejected'), (6, 12, 12, 680000, '2024-01-12', 'accepted'),
  (7, 13, 6, 360000, '2024-03-15', 'rejected'), (8, 13, 6, 372000, '2024-03-22', 'accepted'),
  (9, 7, 4, 965000, '2024-03-25', 'accepted'), (10, 5, 6, 410000, '2024-03-28', 'rejected'),
  (11, 5, 13, 430000, '2024-04-02', 'accepted'), (12, 3, 4, 2100000, '2024-04-18', 'rejected'),
  (13, 22, 16, 548000, '2024-04-19', 'accepted'), (14, 8, 10, 540000, '2024-06-20', 'rejected'),
  (15, 17, 8, 1590000, '2024-06-28', 'accepted'), (16, 6, 6, 270000, '2024-07-01', 'rejected'),
  (17, 26, 4, 1700000, '2024-07-08', 'rejected'), (18, 26, 17, 1800000, '2024-07-15', 'accepted'),
  (19, 18, 2, 335000, '2024-08-09', 'accepted'), (20, 27, 9, 415000, '2024-09-10', 'rejected'),
  (21, 27, 18, 428000, '2024-09-13', 'accepted'), (22, 15, 9, 315000, '2024-09-20', 'accepted'),
  (23, 23, 11, 205000, '2024-10-14', 'rejected'), (24, 23, 11, 210000, '2024-10-21', 'accepted'),
  (25, 4, 4, 2000000, '2024-10-30', 'rejected'), (26, 32, 5, 840000, '2024-11-04', 'rejected'),
  (27, 4, 3, 2150000, '2024-11-08', 'accepted'), (28, 9, 12, 1150000, '2024-11-11', 'rejected'),
  (29, 32, 5, 860000, '2024-11-12', 'accepted'), (30, 9, 4, 1200000, '2024-11-14', 'rejected'),
  (31, 9, 7, 1250000, '2024-11-18', 'accepted'), (32, 19, 10, 495000, '2025-02-14', 'rejected'),
  (33, 19, 13, 500000, '2025-02-20', 'pending'), (34, 10, 2, 440000, '2025-03-02', 'pending'),
  (35, 11, 10, 560000, '2025-04-02', 'rejected'), (36, 11, 10, 580000, '2025-04-10', 'accepted'),
  (37, 31, 12, 420000, '2025-04-15', 'pending'), (38, 20, 9, 390000, '2025-04-25', 'pending'),
  (39, 24, 11, 280000, '2025-05-08', 'pending'), (40, 29, 18, 455000, '2025-06-02', 'pending');

INSERT INTO realty.sales VALUES
  (1, 1, 7, 1400000, '2024-01-26'), (2, 2, 1, 560000, '2024-02-09'), (3, 12, 12, 680000, '2024-03-22'),
  (4, 13, 6, 372000, '2024-05-10'), (5, 7, 4, 965000, '2024-05-31'), (6, 5, 13, 430000, '2024-06-14'),
  (7, 22, 16, 548000, '2024-07-05'), (8, 17, 8, 1590000, '2024-09-30'), (9, 18, 2, 335000, '2024-10-18'),
  (10, 26, 17, 1800000, '2024-10-25'), (11, 15, 9, 315000, '2024-11-15'), (12, 27, 18, 428000, '2024-11-22'),
  (13, 23, 11, 210000, '2024-12-13'), (14, 4, 3, 2150000, '2025-01-17'), (15, 32, 5, 860000, '2025-01-31'),
  (16, 9, 7, 1250000, '2025-02-28'), (17, 11, 10, 580000, '2025-06-20');

-- A film-festival cluster in the public schema, like Spider's entertainment_awards: no declared keys, quoted
-- capitalised columns; nomination."Artwork_ID" holds artwork."Artwork_ID" and nomination."Festival_ID" holds
-- festival_detail."Festival_ID".
CREATE TABLE festival_detail ("Festival_ID" integer, "Festival_Name" text, "Chair_Name" text, "Location" text,
  "Year" integer, "Num_of_Audience" integer);
CREATE TABLE artwork ("Artwork_ID" integer, "Type" text, "Name" text);
CREATE TABLE nomination ("Artwork_ID" integer, "Festival_ID" integer, "Result" text);

INSERT INTO festival_detail VALUES
  (1, 'Northern Lights Festival', 'Ingrid Solberg', 'Tromso', 2022, 8200),
  (2, 'Harbour Screen Festival', 'Marcus Reed', 'Bristol', 2022, 12500),
  (3, 'Golden Reel Awards', 'Elena Vasquez', 'Seville', 2023, 15400),
  (4, 'Short Cuts Festival', 'Daniel Moreau', 'Lyon', 2023, 6100),
  (5, 'Animation Days', 'Kaori Mishima', 'Annecy', 2023, 9800),
  (6, 'Documentary Week', 'Samuel Osei', 'Amsterdam', 2024, 7300),
  (7, 'Silver Frame Awards', 'Elena Vasquez', 'Seville', 2024, 16800),
  (8, 'Midnight Movie Marathon', 'Paul Grant', 'Edinburgh', 2024, 4500),
  (9, 'New Voices Festival', 'Amara Nwosu', 'Lagos', 2025, 11200);

INSERT INTO artwork VALUES
  (1, 'Film', 'The Quiet Tide'), (2, 'Film', 'Paper Lanterns'), (3, 'Short Film', 'Glass Birds'),
  (4, 'Documentary', 'Salt and Stone'), (5, 'Animation', 'Moonlit Foxes'), (6, 'Film', 'Last Train to Porto'),
  (7, 'Short Film', 'Static'), (8, 'Documentary', 'The River Keepers'), (9, 'Animation', 'Clockwork Garden'),
  (10, 'Film', 'Northern Road'), (11, 'Short Film', 'Blue Hour'), (12, 'Documentary', 'Voices of the Delta'),
  (13, 'Animation', 'Tiny Giants'), (14, 'Film', 'Winter Orchard');

INSERT INTO nomination VALUES
  (1, 1, 'Won'), (1, 3, 'Nominated'), (1, 7, 'Won'), (2, 2, 'Nominated'), (2, 3, 'Won'),
  (3, 4, 'Won'), (3, 2, 'Nominated'), (4, 6, 'Won'), (4, 1, 'Nominated'), (5, 5, 'Won'),
  (5, 3, 'Nominated'), (6, 3, 'Nominated'), (6, 7, 'Nominated'), (6, 2, 'Won'), (6, 8, 'Nominated'),
  (7, 4, 'Nominated'), (7, 8, 'Won'), (8, 6, 'Nominated'), (9, 5, 'Nominated'), (9, 8, 'Nominated'),
  (10, 7, 'Nominated'), (10, 1, 'Nominated'), (11, 4, 'Nominated'), (12, 6, 'Nominated'), (13, 5, 'Nominated');

-- A dental-practice cluster in the public schema with declared keys.
CREATE TABLE dentists (dentist_id integer PRIMARY KEY, full_name text NOT NULL,
  specialty text NOT NULL CHECK (specialty IN ('general', 'orthodontics', 'endodontics', 'periodontics')),
  qualified_year integer NOT NULL);
CREATE TABLE patients_dental (patient_id integer PRIMARY KEY, full_name text NOT NULL, birth_date date NOT NULL,
  city text NOT NULL, insurer text);
CREATE TABLE dental_appointments (appointment_id integer PRIMARY KEY,
  dentist_id integer NOT NULL REFERENCES dentists (dentist_id),
  patient_id integer NOT NULL REFERENCES patients_dental (patient_id), appointment_at timestamp NOT NULL,
  treatment text NOT NULL, fee numeric(8,2) NOT NULL,
  status text NOT NULL CHECK (status IN ('completed', 'cancelled', 'no-show')));

INSERT INTO dentists VALUES
  (1, 'Sarah Whitfield', 'general', 2008), (2, 'Mohammed Al-Rashid', 'orthodontics', 2012),
  (3, 'Emily Chen', 'general', 2016), (4, 'Lukas Becker', 'endodontics', 2005),
  (5, 'Nora Lindqvist', 'periodontics', 2019), (6, 'Peter Adeyemi', 'general', 2021),
  (7, 'Rosa Martins', 'orthodontics', 2010);

INSERT INTO patients_dental VALUES
  (1, 'Adam Price', '1985-04-12', 'Leeds', 'Bupa'), (2, 'Bella Hughes', '1992-09-30', 'Leeds', NULL),
  (3, 'Carlos Romero', '1978-01-22', 'York', 'Denplan'), (4, 'Diana Frost', '2001-06-15', 'Leeds', 'Bupa'),
  (5, 'Ethan Cole', '2010-11-03', 'Harrogate', 'Denplan'), (6, 'Fatima Noor', '1969-03-27', 'York', NULL),
  (7, 'George Mills', '1955-08-09', 'Leeds', 'Simplyhealth'), (8, 'Hazel Young', '2014-02-18', 'Harrogate', 'Bupa'),
  (9, 'Ivan Petrov', '1988-12-01', 'Leeds', NULL), (10, 'Jade Wilson', '1996-07-21', 'York', 'Simplyhealth'),
  (11, 'Kyle Brooks', '1983-05-05', 'Leeds', 'Bupa'), (12, 'Lily Evans', '2005-10-10', 'Harrogate', NULL);

INSERT INTO dental_appointments VALUES
  (1, 1, 1, '2024-01-09 09:00', 'check-up', 55.00, 'completed'),
  (2, 1, 2, '2024-01-09 10:00', 'cleaning', 70.00, 'completed'),
  (3, 4, 3, '2024-01-16 14:00', 'root canal', 620.00, 'completed'),
  (4, 2, 5, '2024-02-05 15:30', 'braces fitting', 2400.00, 'completed'),
  (5, 3, 4, '2024-02-12 11:00', 'filling', 140.00, 'completed'),
  (6, 1, 6, '2024-02-20 09:30', 'extraction', 180.00, 'no-show'),
  (7, 5, 7, '2024-03-04 13:00', 'deep cleaning', 210.00, 'completed'),
  (8, 3, 9, '2024-03-11 16:00', 'check-up', 55.00, 'cancelled'),
  (9, 7, 8, '2024-03-18 15:00', 'braces fitting', 2300.00, 'completed'),
  (10, 1, 10, '2024-04-02 10:30', 'whitening', 350.00, 'completed'),
  (11, 4, 1, '2024-04-15 14:30', 'root canal', 650.00, 'completed'),
  (12, 3, 12, '2024-05-07 09:00', 'check-up', 55.00, 'completed'),
  (13, 2, 5, '2024-05-20 16:00', 'braces adjustment', 120.00, 'completed'),
  (14, 5, 3, '2024-06-03 11:30', 'deep cleaning', 210.00, 'cancelled'),
  (15, 1, 7, '2024-06-17 09:00', 'check-up', 55.00, 'completed'),
  (16, 3, 2, '2024-07-08 10:00', 'filling', 140.00, 'completed'),
  (17, 7, 8, '2024-07-22 15:30', 'braces adjustment', 120.00, 'completed'),
  (18, 4, 6, '2024-08-05 13:30', 'root canal', 620.00, 'completed'),
  (19, 1, 9, '2024-09-09 09:30', 'filling', 150.00, 'no-show'),
  (20, 3, 10, '2024-09-23 11:00', 'cleaning', 70.00, 'completed'),
  (21, 2, 12, '2024-10-14 14:00', 'braces fitting', 2450.00, 'completed'),
  (22, 5, 7, '2024-11-04 13:00', 'deep cleaning', 220.00, 'completed'),
  (23, 1, 1, '2025-01-13 09:00', 'check-up', 60.00, 'completed'),
  (24, 3, 4, '2025-01-20 10:30', 'cleaning', 75.00, 'completed'),
  (25, 4, 3, '2025-02-10 14:00', 'crown', 890.00, 'completed'),
  (26, 7, 5, '2025-02-24 16:00', 'braces adjustment', 125.00, 'cancelled'),
  (27, 2, 8, '2025-03-10 15:00', 'braces adjustment', 125.00, 'completed'),
  (28, 1, 6, '2025-03-17 09:30', 'extraction', 190.00, 'completed'),
  (29, 3, 9, '2025-04-07 11:00', 'filling', 150.00, 'completed'),
  (30, 5, 10, '2025-04-28 13:30', 'deep cleaning', 220.00, 'completed'),
  (31, 1, 2, '2025-05-12 10:00', 'check-up', 60.00, 'cancelled'),
  (32, 4, 7, '2025-06-02 14:30', 'root canal', 680.00, 'completed');
