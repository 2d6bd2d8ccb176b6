-- Rentals (development-only probe schema), modelled on public text-to-SQL benchmark databases.
-- An apartment-rental cluster in the non-public schema `lettings`, like the apartment_rentals benchmark:
-- apartment_buildings (short and full name, manager, address with the town at its end, phone), apartments (apt_type_code
-- Studio / Flat / Duplex, apt_number unique over all buildings like 'Apt. 201', bathroom_count, bedroom_count and
-- room_count stored as text), apartment_facilities (one row per facility of an apartment: Gym, Pool, Cable TV,
-- Broadband, Parking, Children Area), guests (gender_code Female / Male / Unknown), apartment_bookings
-- (booking_status_code Confirmed or Provisional, start and end date; the stay lasts end - start days) and
-- view_unit_status (availability of an apartment on a date; apt_booking_id is set on the unavailable rows).
-- Primary keys on every table; foreign keys on apartments.building_id, apartment_facilities.apt_id,
-- apartment_bookings.apt_id and .guest_id and view_unit_status.apt_id; view_unit_status.apt_booking_id has no
-- declared key (it joins apartment_bookings.apt_booking_id).
-- Facts: 8 buildings, 30 apartments (13 Flat, 10 Studio, 7 Duplex), 25 guests (12 Female, 11 Male, 2 Unknown),
-- 36 bookings (27 Confirmed, 9 Provisional; by start year 7 in 2022, 11 in 2023, 12 in 2024, 6 in 2025).
-- Columbus Square (building 1) has the most apartments (6) and the most bookings (8); Silver Birch (building 8)
-- has no apartment; Emma Lowell manages two buildings (Stuyvesant Town, Windsor Court), every other manager one;
-- Windsor Court has no phone. Apt. 201 (apartment 7, a Duplex in Avalon Park) has the most bedrooms (5), the most
-- rooms ('10', so text ordering is not numeric ordering), the most facilities (4) and the most bookings (4).
-- Apartment 29 (Apt. 702) has no bathroom count. Apartments 6, 11, 19, 27 and 30 were never booked. Studios have
-- no facility; 16 apartments have none; Gym is the most common facility (6 apartments). Guest 3 (Priya Raman) has
-- the most bookings (4); guests 8, 13, 16, 20 and 25 never booked; guest 20 (Alex Morgan) has no date of birth;
-- Henry Walsh is the oldest guest, Mia Thompson the youngest; Kayla and Noah Bennett share a last name. The
-- longest booking is 12 (Apt. 502, Isabel Moreno, 92 days, 2023-06-10 to 2023-09-10).
-- An insurance cluster in the public schema, like the insurance_policies benchmark, with declared keys:
-- customers (customer 16, Paolo Russo, has no city), policies (policy_type_code Car / Life / Property / Travel;
-- Life policies have no end_date: they run until cancelled; annual_premium in dollars), claims (date_settled and
-- amount_settled are NULL while a claim is not settled) and payments (money paid on settled claims, one or two
-- instalments per claim; payment_method_code Bank Transfer / Cheque / Direct Deposit).
-- Facts: 20 customers (Springfield has 6), 34 policies (12 Car, 8 Property, 8 Travel, 6 Life), 30 claims (6 not
-- settled: 14, 21, 24, 26, 29, 30), 25 payments (claims 5, 11 and 19 paid in two instalments; settled claims 27
-- and 28 have no payment yet). Alice Carver (customer 1) has the most policies (3) and the most claims (5);
-- customers 18 (Rachel Stein) and 20 (Tessa Vaughn) have no policy; customers 10, 15 and 19 have policies but no
-- claim. Frank Osei (customer 6) has the largest total claimed (29100.00) and the largest single claim (claim 11,
-- 25000.00 on his Life policy 8). Policy 21 (Property, Paolo Russo) has the highest premium (2450.00), policy 25
-- (Travel) the lowest (45.00); all premiums differ. Only Alice Carver and Hiroshi Tanaka have more than two claims.
-- A research cluster in the public schema, like the scientist_1 benchmark, without declared keys: scientists
-- (ssn, name, department_id), projects (code, name, hours), assigned_to (scientist = scientists.ssn, project =
-- projects.code) and departments. Physics has the most scientists (5); Mathematics has none; Lena Hoffmann has no
-- department; Lena Hoffmann, John Doe and Elizabeth Doe work on no project; Carol Smith works on the most
-- projects (3); 'Build Your Own Telescope' (Ast3) has the most scientists (4); 'A Magnetic Primer Designer' (Bte2)
-- has the most hours (9684) and 'Bacterial Transformation Efficiency' (Bte3) the fewest (42); projects AeH2, AeH5,
-- AeH6, Ast1 and Bte3 have no scientist.
CREATE SCHEMA lettings;
CREATE TABLE lettings.apartment_buildings (building_id integer PRIMARY KEY, building_short_name text NOT NULL,
                                           building_full_name text NOT NULL, building_manager text NOT NULL,
                                           building_address text NOT NULL, building_phone text);
CREATE TABLE lettings.apartments (apt_id integer PRIMARY KEY,
                                  building_id integer NOT NULL REFERENCES lettings.apartment_buildings,
                                  apt_type_code text NOT NULL, apt_number text NOT NULL UNIQUE, bathroom_count integer,
                                  bedroom_count integer NOT NULL, room_count text NOT NULL);
CREATE TABLE lettings.apartment_facilities (apt_id integer NOT NULL REFERENCES lettings.apartments,
                                            facility_code text NOT NULL, PRIMARY KEY (apt_id, facility_code));
CREATE TABLE lettings.guests (guest_id integer PRIMARY KEY, gender_code text NOT NULL, guest_first_name text NOT NULL,
                              guest_last_name text NOT NULL, date_of_birth date);
CREATE TABLE lettings.apartment_bookings (apt_booking_id integer PRIMARY KEY,
                                          apt_id integer NOT NULL REFERENCES lettings.apartments,
                                          guest_id integer NOT NULL REFERENCES lettings.guests,
                                          booking_status_code text NOT NULL, booking_start_date date NOT NULL,
                                          booking_end_date date NOT NULL);
CREATE TABLE lettings.view_unit_status (apt_id integer NOT NULL REFERENCES lettings.apartments,
                                        apt_booking_id integer, status_date date NOT NULL,
                                        available_yn boolean NOT NULL, PRIMARY KEY (apt_id, status_date));
COMMENT ON COLUMN lettings.apartment_buildings.building_manager IS 'name of the person managing the building';
COMMENT ON COLUMN lettings.apartments.apt_type_code IS 'Studio, Flat or Duplex';
COMMENT ON COLUMN lettings.apartments.room_count IS 'total number of rooms, stored as text';
COMMENT ON COLUMN lettings.apartment_facilities.facility_code IS 'Gym, Pool, Cable TV, Broadband, Parking or Children Area';
COMMENT ON COLUMN lettings.guests.gender_code IS 'Female, Male or Unknown';
COMMENT ON COLUMN lettings.apartment_bookings.booking_status_code IS 'Confirmed or Provisional';
COMMENT ON COLUMN lettings.apartment_bookings.booking_end_date IS 'day the guest leaves (the stay lasts end - start days)';
COMMENT ON COLUMN lettings.view_unit_status.apt_booking_id IS 'apartment_bookings.apt_booking_id of the booking occupying the apartment, NULL when available';
COMMENT ON COLUMN lettings.view_unit_status.available_yn IS 'true when the apartment was available on status_date';

INSERT INTO lettings.apartment_buildings VALUES
  (1, 'Columbus Square', 'Columbus Square Apartments', 'Brenden Ortiz', '744 Lee Lane, Springfield', '(217) 555-0142'),
  (2, 'Avalon Park', 'Avalon Park Residences', 'Melyssa Grant', '22 Harbor Road, Riverton', '(217) 555-0178'),
  (3, 'Peter Cooper', 'Peter Cooper Village', 'Kyle Brennan', '519 First Avenue, Springfield', '(217) 555-0193'),
  (4, 'Stuyvesant Town', 'Stuyvesant Town Towers', 'Emma Lowell', '8 Stuyvesant Oval, Lakeside', '(217) 555-0111'),
  (5, 'Windsor Court', 'Windsor Court Lofts', 'Emma Lowell', '301 Windsor Street, Lakeside', NULL),
  (6, 'Harbor View', 'Harbor View Suites', 'Rodrick Hale', '90 Quay Street, Riverton', '(217) 555-0126'),
  (7, 'Elm Gardens', 'Elm Gardens Court', 'Gloria Tan', '47 Elm Street, Fairview', '(217) 555-0150'),
  (8, 'Silver Birch', 'Silver Birch House', 'Marcus Webb', '12 Birch Lane, Fairview', '(217) 555-0164');

INSERT INTO lettings.apartments VALUES
  (1, 1, 'Flat', 'Apt. 101', 1, 2, '4'), (2, 1, 'Studio', 'Apt. 102', 1, 0, '2'),
  (3, 1, 'Duplex', 'Apt. 103', 2, 4, '8'), (4, 1, 'Flat', 'Apt. 104', 2, 3, '5'),
  (5, 1, 'Studio', 'Apt. 105', 1, 0, '1'), (6, 1, 'Flat', 'Apt. 106', 1, 1, '3'),
  (7, 2, 'Duplex', 'Apt. 201', 3, 5, '10'), (8, 2, 'Flat', 'Apt. 202', 1, 2, '4'),
  (9, 2, 'Studio', 'Apt. 203', 1, 0, '2'), (10, 2, 'Flat', 'Apt. 204', 2, 3, '6'),
  (11, 2, 'Studio', 'Apt. 205', 1, 0, '1'),
  (12, 3, 'Flat', 'Apt. 301', 1, 1, '3'), (13, 3, 'Duplex', 'Apt. 302', 2, 3, '7'),
  (14, 3, 'Studio', 'Apt. 303', 1, 0, '2'), (15, 3, 'Flat', 'Apt. 304', 1, 2, '4'),
  (16, 4, 'Flat', 'Apt. 401', 2, 2, '5'), (17, 4, 'Duplex', 'Apt. 402', 3, 4, '9'),
  (18, 4, 'Studio', 'Apt. 403', 1, 0, '2'), (19, 4, 'Flat', 'Apt. 404', 1, 1, '3'),
  (20, 5, 'Studio', 'Apt. 501', 1, 0, '1'), (21, 5, 'Duplex', 'Apt. 502', 2, 3, '6'),
  (22, 5, 'Flat', 'Apt. 503', 1, 2, '4'),
  (23, 6, 'Flat', 'Apt. 601', 2, 3, '6'), (24, 6, 'Studio', 'Apt. 602', 1, 0, '2'),
  (25, 6, 'Duplex', 'Apt. 603', 3, 4, '8'), (26, 6, 'Flat', 'Apt. 604', 1, 1, '3'),
  (27, 6, 'Studio', 'Apt. 605', 1, 0, '1'),
  (28, 7, 'Flat', 'Apt. 701', 1, 2, '4'), (29, 7, 'Duplex', 'Apt. 702', NULL, 3, '7'),
  (30, 7, 'Studio', 'Apt. 703', 1, 0, '2');

INSERT INTO lettings.apartment_facilities VALUES
  (1, 'Gym'), (1, 'Cable TV'), (3, 'Pool'), (3, 'Gym'), (3, 'Broadband'), (4, 'Cable TV'),
  (7, 'Pool'), (7, 'Gym'), (7, 'Parking'), (7, 'Broadband'), (8, 'Broadband'), (10, 'Cable TV'),
  (13, 'Children Area'), (13, 'Parking'), (16, 'Gym'), (17, 'Pool'), (17, 'Children Area'), (21, 'Broadband'),
  (23, 'Cable TV'), (23, 'Gym'), (25, 'Pool'), (25, 'Parking'), (28, 'Broadband'), (29, 'Children Area'),
  (29, 'Gym');

INSERT INTO lettings.guests VALUES
  (1, 'Female', 'Kayla', 'Bennett', '1985-03-14'), (2, 'Male', 'Marcus', 'Holloway', '1979-11-02'),
  (3, 'Female', 'Priya', 'Raman', '1992-07-21'), (4, 'Male', 'Tomas', 'Lindqvist', '1968-01-30'),
  (5, 'Female', 'Grace', 'Okafor', '1990-09-05'), (6, 'Male', 'Daniel', 'Reyes', '1983-06-17'),
  (7, 'Female', 'Sofia', 'Marchetti', '1996-12-08'), (8, 'Male', 'Henry', 'Walsh', '1955-04-22'),
  (9, 'Female', 'Amelia', 'Clarke', '1988-02-11'), (10, 'Unknown', 'Jordan', 'Ellis', '1994-10-03'),
  (11, 'Male', 'Samuel', 'Brooks', '1975-08-29'), (12, 'Female', 'Isabel', 'Moreno', '2001-05-19'),
  (13, 'Male', 'Oliver', 'Grant', '1999-03-07'), (14, 'Female', 'Hannah', 'Schultz', '1971-12-25'),
  (15, 'Male', 'Ethan', 'Park', '2003-06-30'), (16, 'Female', 'Lucy', 'Fitzgerald', '1962-09-12'),
  (17, 'Male', 'Victor', 'Nguyen', '1987-04-04'), (18, 'Female', 'Chloe', 'Dubois', '1993-11-16'),
  (19, 'Male', 'Ryan', 'Kowalski', '1981-07-09'), (20, 'Unknown', 'Alex', 'Morgan', NULL),
  (21, 'Female', 'Nora', 'Larsen', '1998-08-23'), (22, 'Male', 'Lucas', 'Ferreira', '1977-02-14'),
  (23, 'Female', 'Mia', 'Thompson', '2004-01-15'), (24, 'Male', 'Noah', 'Bennett', '1990-05-28'),
  (25, 'Female', 'Zoe', 'Adler', '1986-10-10');

INSERT INTO lettings.apartment_bookings VALUES
  (1, 1, 1, 'Confirmed', '2022-03-05', '2022-03-12'), (2, 3, 2, 'Confirmed', '2022-05-14', '2022-06-11'),
  (3, 7, 3, 'Confirmed', '2022-07-01', '2022-07-15'), (4, 2, 4, 'Provisional', '2022-08-20', '2022-08-23'),
  (5, 9, 5, 'Confirmed', '2022-10-02', '2022-10-30'), (6, 12, 6, 'Confirmed', '2022-11-11', '2022-11-18'),
  (7, 7, 7, 'Provisional', '2022-12-20', '2023-01-03'), (8, 13, 3, 'Confirmed', '2023-02-01', '2023-03-01'),
  (9, 16, 9, 'Confirmed', '2023-03-18', '2023-03-25'), (10, 4, 10, 'Confirmed', '2023-04-09', '2023-04-30'),
  (11, 17, 11, 'Provisional', '2023-05-05', '2023-05-08'), (12, 21, 12, 'Confirmed', '2023-06-10', '2023-09-10'),
  (13, 8, 2, 'Confirmed', '2023-07-22', '2023-08-05'), (14, 23, 14, 'Confirmed', '2023-08-14', '2023-08-24'),
  (15, 7, 15, 'Confirmed', '2023-09-01', '2023-09-09'), (16, 25, 17, 'Provisional', '2023-10-12', '2023-10-19'),
  (17, 3, 18, 'Confirmed', '2023-11-03', '2023-12-01'), (18, 28, 19, 'Confirmed', '2023-12-22', '2024-01-05'),
  (19, 14, 3, 'Provisional', '2024-01-15', '2024-01-20'), (20, 10, 21, 'Confirmed', '2024-02-03', '2024-03-02'),
  (21, 1, 22, 'Confirmed', '2024-03-10', '2024-03-17'), (22, 5, 23, 'Confirmed', '2024-04-01', '2024-04-06'),
  (23, 15, 24, 'Provisional', '2024-05-18', '2024-06-15'), (24, 18, 1, 'Confirmed', '2024-06-01', '2024-06-09'),
  (25, 7, 9, 'Confirmed', '2024-07-04', '2024-08-01'), (26, 20, 5, 'Confirmed', '2024-07-20', '2024-07-27'),
  (27, 22, 6, 'Provisional', '2024-08-15', '2024-09-15'), (28, 24, 7, 'Confirmed', '2024-09-09', '2024-09-16'),
  (29, 26, 3, 'Confirmed', '2024-10-01', '2024-11-30'), (30, 29, 11, 'Confirmed', '2024-11-20', '2024-12-04'),
  (31, 13, 12, 'Provisional', '2025-01-10', '2025-01-17'), (32, 16, 14, 'Confirmed', '2025-02-14', '2025-02-28'),
  (33, 3, 17, 'Confirmed', '2025-03-22', '2025-04-05'), (34, 25, 18, 'Confirmed', '2025-05-01', '2025-05-31'),
  (35, 17, 22, 'Confirmed', '2025-06-06', '2025-06-13'), (36, 12, 24, 'Provisional', '2025-07-19', '2025-08-02');

INSERT INTO lettings.view_unit_status VALUES
  (7, 25, '2024-07-10', false), (7, NULL, '2024-08-15', true), (3, 33, '2025-03-25', false),
  (1, 21, '2024-03-12', false), (1, NULL, '2024-04-01', true), (26, 29, '2024-10-15', false),
  (6, NULL, '2024-10-15', true), (11, NULL, '2024-10-15', true), (21, 12, '2023-07-01', false),
  (25, 34, '2025-05-10', false), (30, NULL, '2025-05-10', true), (17, 35, '2025-06-10', false),
  (16, 32, '2025-02-20', false), (19, NULL, '2025-02-20', true), (10, 20, '2024-02-15', false),
  (13, NULL, '2024-02-15', true);

CREATE TABLE customers (customer_id integer PRIMARY KEY, customer_name text NOT NULL, city text,
                        date_joined date NOT NULL);
CREATE TABLE policies (policy_id integer PRIMARY KEY, customer_id integer NOT NULL REFERENCES customers,
                       policy_type_code text NOT NULL, start_date date NOT NULL, end_date date,
                       annual_premium numeric(10,2) NOT NULL);
CREATE TABLE claims (claim_id integer PRIMARY KEY, policy_id integer NOT NULL REFERENCES policies,
                     date_claimed date NOT NULL, date_settled date, amount_claimed numeric(10,2) NOT NULL,
                     amount_settled numeric(10,2));
CREATE TABLE payments (payment_id integer PRIMARY KEY, claim_id integer NOT NULL REFERENCES claims,
                       payment_method_code text NOT NULL, amount_paid numeric(10,2) NOT NULL, date_paid date NOT NULL);
COMMENT ON COLUMN customers.date_joined IS 'day the customer became a client';
COMMENT ON COLUMN policies.policy_type_code IS 'Car, Life, Property or Travel';
COMMENT ON COLUMN policies.end_date IS 'last day of cover; NULL for Life policies, which run until cancelled';
COMMENT ON COLUMN policies.annual_premium IS 'yearly premium in US dollars';
COMMENT ON COLUMN claims.date_settled IS 'day the claim was settled, NULL while it is open';
COMMENT ON COLUMN claims.amount_claimed IS 'amount asked for, in US dollars';
COMMENT ON COLUMN claims.amount_settled IS 'amount granted when the claim was settled, NULL while it is open';
COMMENT ON COLUMN payments.payment_method_code IS 'Bank Transfer, Cheque or Direct Deposit';
COMMENT ON COLUMN payments.amount_paid IS 'amount paid out to the customer, in US dollars';

INSERT INTO customers VALUES
  (1, 'Alice Carver', 'Springfield', '2022-01-12'), (2, 'Benjamin Ortiz', 'Riverton', '2022-02-03'),
  (3, 'Carla Mendes', 'Lakeside', '2022-03-27'), (4, 'David Kim', 'Springfield', '2022-05-09'),
  (5, 'Elena Petrova', 'Fairview', '2022-06-18'), (6, 'Frank Osei', 'Georgetown', '2022-08-01'),
  (7, 'Gabriela Ruiz', 'Riverton', '2022-09-14'), (8, 'Hiroshi Tanaka', 'Springfield', '2022-11-30'),
  (9, 'Ingrid Solberg', 'Lakeside', '2023-01-08'), (10, 'James Whitfield', 'Fairview', '2023-02-19'),
  (11, 'Karen Liu', 'Springfield', '2023-04-02'), (12, 'Leonard Price', 'Georgetown', '2023-05-25'),
  (13, 'Maya Desai', 'Riverton', '2023-07-11'), (14, 'Nathan Cole', 'Lakeside', '2023-08-29'),
  (15, 'Olivia Hart', 'Springfield', '2023-10-05'), (16, 'Paolo Russo', NULL, '2023-12-12'),
  (17, 'Quinn Harper', 'Fairview', '2024-02-07'), (18, 'Rachel Stein', 'Riverton', '2024-04-16'),
  (19, 'Samir Haddad', 'Georgetown', '2024-06-21'), (20, 'Tessa Vaughn', 'Springfield', '2024-09-03');

INSERT INTO policies VALUES
  (1, 1, 'Car', '2022-02-01', '2023-01-31', 820.00), (2, 1, 'Property', '2022-03-15', '2023-03-14', 1150.00),
  (3, 2, 'Life', '2022-02-10', NULL, 640.00), (4, 3, 'Car', '2022-04-01', '2023-03-31', 910.50),
  (5, 3, 'Travel', '2022-07-10', '2022-07-31', 85.00), (6, 4, 'Property', '2022-05-20', '2023-05-19', 1320.00),
  (7, 5, 'Car', '2022-06-25', '2023-06-24', 760.00), (8, 6, 'Life', '2022-08-05', NULL, 1480.00),
  (9, 7, 'Travel', '2022-10-01', '2022-10-15', 60.00), (10, 8, 'Car', '2022-12-01', '2023-11-30', 995.00),
  (11, 1, 'Car', '2023-02-01', '2024-01-31', 845.00), (12, 9, 'Property', '2023-01-15', '2024-01-14', 1275.00),
  (13, 10, 'Life', '2023-03-01', NULL, 520.00), (14, 4, 'Travel', '2023-04-12', '2023-05-03', 110.00),
  (15, 11, 'Car', '2023-04-10', '2024-04-09', 700.00), (16, 12, 'Property', '2023-06-01', '2024-05-31', 1990.00),
  (17, 13, 'Car', '2023-07-15', '2024-07-14', 880.00), (18, 2, 'Car', '2023-08-01', '2024-07-31', 930.00),
  (19, 14, 'Travel', '2023-09-05', '2023-09-26', 95.00), (20, 15, 'Life', '2023-10-20', NULL, 710.00),
  (21, 16, 'Property', '2024-01-05', '2025-01-04', 2450.00), (22, 5, 'Travel', '2024-02-14', '2024-02-28', 70.00),
  (23, 17, 'Car', '2024-03-01', '2025-02-28', 1020.00), (24, 6, 'Car', '2024-03-20', '2025-03-19', 890.00),
  (25, 9, 'Travel', '2024-05-01', '2024-05-15', 45.00), (26, 7, 'Property', '2024-06-10', '2025-06-09', 1410.00),
  (27, 19, 'Life', '2024-07-01', NULL, 860.00), (28, 8, 'Property', '2024-08-15', '2025-08-14', 1605.00),
  (29, 11, 'Travel', '2024-10-02', '2024-10-23', 120.00), (30, 15, 'Life', '2025-01-10', NULL, 590.00),
  (31, 12, 'Car', '2025-02-01', '2026-01-31', 1100.00), (32, 13, 'Travel', '2025-04-18', '2025-05-02', 80.00),
  (33, 14, 'Car', '2025-05-05', '2026-05-04', 975.00), (34, 10, 'Property', '2025-06-20', '2026-06-19', 1340.00);

INSERT INTO claims VALUES
  (1, 1, '2022-06-14', '2022-07-20', 2500.00, 2100.00), (2, 2, '2022-09-03', '2022-10-15', 8200.00, 7500.00),
  (3, 4, '2022-08-19', '2022-09-30', 1800.00, 1800.00), (4, 5, '2022-07-18', '2022-08-25', 650.00, 500.00),
  (5, 6, '2022-11-07', '2023-01-12', 12400.00, 10000.00), (6, 7, '2023-01-22', '2023-02-28', 3100.00, 2800.00),
  (7, 1, '2022-12-02', '2023-01-10', 900.00, 900.00), (8, 10, '2023-03-15', '2023-04-20', 4200.00, 3900.00),
  (9, 11, '2023-05-30', '2023-07-05', 1500.00, 1200.00), (10, 12, '2023-06-12', '2023-08-30', 15800.00, 14000.00),
  (11, 8, '2023-07-01', '2023-09-15', 25000.00, 25000.00), (12, 14, '2023-04-25', '2023-05-30', 420.00, 420.00),
  (13, 15, '2023-09-09', '2023-10-18', 2750.00, 2400.00), (14, 16, '2023-10-30', NULL, 9600.00, NULL),
  (15, 17, '2023-11-14', '2023-12-20', 1950.00, 1700.00), (16, 18, '2024-01-08', '2024-02-14', 3300.00, 3000.00),
  (17, 11, '2023-12-05', '2024-01-19', 780.00, 780.00), (18, 19, '2023-09-15', '2023-10-02', 300.00, 250.00),
  (19, 21, '2024-03-11', '2024-05-02', 18500.00, 16000.00), (20, 23, '2024-04-20', '2024-05-28', 2200.00, 2200.00),
  (21, 24, '2024-06-03', NULL, 4100.00, NULL), (22, 22, '2024-02-20', '2024-03-15', 560.00, 400.00),
  (23, 26, '2024-08-22', '2024-10-30', 7300.00, 6500.00), (24, 21, '2024-09-17', NULL, 5400.00, NULL),
  (25, 28, '2024-11-05', '2025-01-14', 11200.00, 9800.00), (26, 23, '2024-12-12', NULL, 1350.00, NULL),
  (27, 29, '2024-10-12', '2024-11-08', 230.00, 230.00), (28, 31, '2025-03-03', '2025-04-10', 2900.00, 2600.00),
  (29, 28, '2025-05-19', NULL, 6700.00, NULL), (30, 33, '2025-06-27', NULL, 1600.00, NULL);

INSERT INTO payments VALUES
  (1, 1, 'Bank Transfer', 2100.00, '2022-07-25'), (2, 2, 'Cheque', 7500.00, '2022-10-20'),
  (3, 3, 'Bank Transfer', 1800.00, '2022-10-03'), (4, 4, 'Direct Deposit', 500.00, '2022-08-29'),
  (5, 5, 'Bank Transfer', 6000.00, '2023-01-16'), (6, 5, 'Bank Transfer', 4000.00, '2023-02-16'),
  (7, 6, 'Cheque', 2800.00, '2023-03-06'), (8, 7, 'Direct Deposit', 900.00, '2023-01-12'),
  (9, 8, 'Bank Transfer', 3900.00, '2023-04-24'), (10, 9, 'Cheque', 1200.00, '2023-07-11'),
  (11, 10, 'Bank Transfer', 14000.00, '2023-09-04'), (12, 11, 'Bank Transfer', 15000.00, '2023-09-20'),
  (13, 11, 'Cheque', 10000.00, '2023-10-20'), (14, 12, 'Direct Deposit', 420.00, '2023-06-01'),
  (15, 13, 'Bank Transfer', 2400.00, '2023-10-23'), (16, 15, 'Cheque', 1700.00, '2023-12-28'),
  (17, 16, 'Direct Deposit', 3000.00, '2024-02-16'), (18, 17, 'Bank Transfer', 780.00, '2024-01-22'),
  (19, 18, 'Direct Deposit', 250.00, '2023-10-05'), (20, 19, 'Bank Transfer', 8000.00, '2024-05-06'),
  (21, 19, 'Bank Transfer', 8000.00, '2024-06-06'), (22, 20, 'Cheque', 2200.00, '2024-06-03'),
  (23, 22, 'Direct Deposit', 400.00, '2024-03-19'), (24, 23, 'Bank Transfer', 6500.00, '2024-11-04'),
  (25, 25, 'Cheque', 9800.00, '2025-01-20');

CREATE TABLE departments (department_id integer, department_name text, building text);
CREATE TABLE scientists (ssn integer, name text, department_id integer);
CREATE TABLE projects (code text, name text, hours integer);
CREATE TABLE assigned_to (scientist integer, project text);
COMMENT ON COLUMN departments.building IS 'campus building housing the department';
COMMENT ON COLUMN scientists.ssn IS 'social security number, identifies the scientist';
COMMENT ON COLUMN scientists.department_id IS 'departments.department_id of the scientist''s department';
COMMENT ON COLUMN projects.code IS 'project code, identifies the project';
COMMENT ON COLUMN projects.hours IS 'hours of work planned for the project';
COMMENT ON COLUMN assigned_to.scientist IS 'scientists.ssn of the scientist working on the project';
COMMENT ON COLUMN assigned_to.project IS 'projects.code of the project';

INSERT INTO departments VALUES
  (1, 'Physics', 'Newton Hall'), (2, 'Chemistry', 'Curie Building'), (3, 'Biology', 'Darwin Hall'),
  (4, 'Computer Science', 'Turing Centre'), (5, 'Mathematics', 'Newton Hall');

INSERT INTO scientists VALUES
  (123234877, 'Michael Rogers', 4), (152934485, 'Anand Manikutty', 4), (222364883, 'Carol Smith', 2),
  (326587417, 'Joe Stevens', 1), (332154719, 'Mary-Anne Foster', 3), (332569843, 'George ODonnell', 1),
  (546523478, 'John Doe', 2), (631231482, 'David Smith', 3), (654873219, 'Zacary Efron', 1),
  (745685214, 'Eric Goldsmith', 4), (845657245, 'Elizabeth Doe', 2), (845657246, 'Kumar Swamy', 3),
  (912345678, 'Lena Hoffmann', NULL), (923456781, 'Omar Siddiqui', 1), (934567812, 'Beatrice Wu', 1);

INSERT INTO projects VALUES
  ('AeH1', 'Winds: Studying Bernoullis Principle', 156), ('AeH2', 'Aerodynamics and Bridge Design', 189),
  ('AeH3', 'Aerodynamics and Gas Mileage', 256), ('AeH4', 'Aerodynamics and Ice Hockey', 789),
  ('AeH5', 'Aerodynamics of a Football', 98), ('AeH6', 'Aerodynamics of Air Hockey', 89),
  ('Ast1', 'A Matter of Time', 112), ('Ast2', 'A Puzzling Parallax', 299),
  ('Ast3', 'Build Your Own Telescope', 6546), ('Bte1', 'Juicy: Extracting Apple Juice with Pectinase', 321),
  ('Bte2', 'A Magnetic Primer Designer', 9684), ('Bte3', 'Bacterial Transformation Efficiency', 42),
  ('Che1', 'A Silver-Cleaning Battery', 545), ('Che2', 'A Soluble Separation Solution', 778);

INSERT INTO assigned_to VALUES
  (123234877, 'AeH1'), (152934485, 'AeH3'), (222364883, 'Ast3'), (326587417, 'Ast3'), (332154719, 'Bte1'),
  (631231482, 'Ast3'), (654873219, 'Che1'), (745685214, 'AeH3'), (845657246, 'Ast2'), (332569843, 'AeH4'),
  (923456781, 'Bte2'), (934567812, 'AeH1'), (123234877, 'Ast3'), (222364883, 'Bte2'), (222364883, 'Che2');
