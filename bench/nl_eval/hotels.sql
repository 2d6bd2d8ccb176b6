-- Hotels (development-only probe schema), modelled on public text-to-SQL benchmark databases.
-- A hotel-stay cluster in the non-public schema `stay`:
--   hotels (hotel_name, city, country, stars 2-5, opened_year, has_pool);
--   rooms (hotel_id, room_number text, room_type single / double / suite / family, floor 0 = ground floor,
--     max_occupancy, nightly_rate in euros);
--   guests (full_name, nationality as a country name, email or NULL, loyalty_member, birth_year, registered_on);
--   bookings (guest_id, room_id = the room booked, check_in, check_out (nights = check_out - check_in), status
--     'booked' (upcoming) / 'cancelled' / 'completed', booked_at timestamp, num_guests, breakfast_included);
--   payments (booking_id, amount, method card / cash / bank_transfer, paid_at; a booking may be paid in a
--     deposit and a balance);
--   reviews (guest_id, hotel_id, rating 1-5, reviewed_on, comment or NULL);
--   staff (hotel_id, full_name, role, manager_id referencing staff, NULL for the top of a hotel, hired_on,
--     annual salary);
--   room_changes (booking_id, from_room_id and to_room_id both referencing rooms, changed_on, reason 'upgrade' /
--     'noise complaint' / 'maintenance' / 'guest request').
-- Primary keys on all eight tables; foreign keys declared everywhere except reviews.hotel_id and staff.hotel_id
-- (both hold hotels.hotel_id).
-- 10 hotels in 6 countries: France has the most (3: Riviera Palace, Le Petit Montmartre, Hôtel des Vignes), Lisbon is
-- the only city with two (Harbour View Lisbon, Alfama Budget Inn); Grand Hotel Europa (Vienna, 1896) is the oldest,
-- Nordlys Hotel Oslo (2021) the newest, and Nordlys has rooms but no booking, no review and no staff; Hôtel des
-- Vignes has no review and no staff either; 5 hotels have a pool. 30 rooms (12 double, 7 single, 6 suite, 5 family);
-- the Riviera Palace suite 601 (1250.00) is the most expensive, then Grand Hotel Europa 501 (890.00) and Harbour
-- View Lisbon 808 (520.00); Alfama Budget Inn 1 (55.00) the cheapest; Barcelona Sea Tower 1410 is on the highest
-- floor (14); Alfama's two rooms are on floor 0; rooms never booked: Grand Hotel Europa 101, Le Petit Montmartre 31
-- and Nordlys' three. Le Petit Montmartre 21 was booked the most (3 times).
-- 24 guests (15 nationalities, Germany has the most: 4); 10 loyalty members; 5 without an email (Lucas Martin, Noah
-- Schmidt, Ethan Miller, Marco Bianchi, Grace Kim); Olivia Brown (born 1955) is the oldest and Yuki Sato (2003) the
-- youngest; Thomas Leroy (registered last, 2024-11-05) and Grace Kim never booked; Hiroshi Tanaka (only a cancelled
-- booking) and Marco Bianchi (only an upcoming one) never completed a stay.
-- 42 bookings, check-ins 2023-02-10 .. 2026-03-01 (12 in 2023, 18 in 2024, 9 in 2025, 3 in 2026): 32 completed,
-- 6 cancelled, 4 booked (upcoming); Olivia Brown made the most (5), then Anna Müller (4); Barcelona Sea Tower has the
-- most bookings (7); Ingrid Olsen's 10 nights at Harbour View Lisbon (booking 23) is the longest stay; booking 22 was
-- made the furthest ahead (110 days), Mia Wagner's booking 20 at the shortest notice (5 days); booking 30 (Yuki Sato)
-- runs over New Year 2024/2025; booking 41 has 4 guests in a suite for 3; completed booking 29 has no payment.
-- 38 payments, 43556.00 in all (card 32420.00, bank_transfer 8755.00, cash 2381.00); the largest is 6750.00; the
-- only payment on a cancelled booking is the 100.00 deposit of booking 26; Riviera Palace earned the most
-- (17390.00); Olivia Brown paid the most (12720.00), then Ingrid Olsen (5200.00) and Sofia Rossi (4350.00).
-- 26 reviews: Riviera Palace has the best average (4.75), Alfama Budget Inn the worst (1.5, with the only 1-star
-- review, by Mia Wagner); Harbour View Lisbon has the most (5); Olivia Brown wrote the most (4); 5 have no comment;
-- Daniel Fischer, Eva Novak and Lucas Martin stayed but never reviewed.
-- 24 staff at 8 hotels; Grand Hotel Europa has the most (5); 8 have no manager (7 general managers and Rui Almeida);
-- Katharina Huber manages the most (4); Julien Girard reports to Camille Laurent, who reports to Jean-Pierre Moreau
-- (the longest-serving, 2005, and best paid, 105000.00); Pablo Torres -> Lucía Romero -> Carlos Navarro; Ruben Smit
-- was hired before his manager Daan Visser; Marta Jiménez is the newest (2023-05-15).
-- 9 room changes, all within one hotel, 4 for an upgrade; Hotel Alpenrose 12 -> 14 happened twice (the most moved
-- out of / into rooms); only change 6 (Le Petit Montmartre 21 -> 31) went to a cheaper room; 7 went to a higher
-- floor.
-- A cinema cluster in the public schema, like Spider's cinema (cinema, film, schedule; capitalised quoted columns
-- and no declared keys; schedule."Cinema_ID" holds cinema."Cinema_ID", schedule."Film_ID" holds film."Film_ID"):
-- 8 cinemas (Dublin 3, Cork 2); Savoy Picture House (Limerick, 1954, 900 seats) is the oldest and biggest; Arc
-- Cinema has nothing scheduled. 11 films; Marcus Hale directed the most (3); The Long Road North (156 min) is the
-- longest; Static Hearts has no director; Grandma's Garden and Static Hearts are never scheduled; Neon Skies plays in
-- the most cinemas (4); Savoy shows the most films (5). 22 schedule rows in 2024, prices 7.50 .. 14.00 (Movies@Swords,
-- Neon Skies).
-- A musical cluster in the public schema, like Spider's musical (theatre, musical, actor; declared keys):
-- 7 theatres (New York 3, London 2); Apollo Victoria has the most seats (2328) and the most musicals (3); Orpheum
-- Theatre hosts none. 10 musicals; Andrew Lloyd Webber composed the most (4); 5 won their award, 4 were nominated;
-- The Lighthouse Keeper (2022, the newest) has no theatre, award or cast; Aspects of Love has no cast. 17 actors;
-- Les Misérables has the most (4); Marcus Bell (61) is the oldest and stayed the longest (2005-2012); Ava Collins
-- (12, Matilda) the youngest; 9 are still in their role (left_year NULL).
CREATE SCHEMA stay;

CREATE TABLE stay.hotels (hotel_id integer PRIMARY KEY, hotel_name text NOT NULL, city text NOT NULL,
    country text NOT NULL, stars integer NOT NULL, opened_year integer NOT NULL, has_pool boolean NOT NULL);

CREATE TABLE stay.rooms (room_id integer PRIMARY KEY, hotel_id integer NOT NULL REFERENCES stay.hotels,
    room_number text NOT NULL, room_type text NOT NULL, floor integer NOT NULL, max_occupancy integer NOT NULL,
    nightly_rate numeric(8,2) NOT NULL);

CREATE TABLE stay.guests (guest_id integer PRIMARY KEY, full_name text NOT NULL, nationality text NOT NULL,
    email text, loyalty_member boolean NOT NULL, birth_year integer NOT NULL, registered_on date NOT NULL);

CREATE TABLE stay.bookings (booking_id integer PRIMARY KEY, guest_id integer NOT NULL REFERENCES stay.guests,
    room_id integer NOT NULL REFERENCES stay.rooms, check_in date NOT NULL, check_out date NOT NULL,
    status text NOT NULL, booked_at timestamp NOT NULL, num_guests integer NOT NULL,
    breakfast_included boolean NOT NULL);

CREATE TABLE stay.payments (payment_id integer PRIMARY KEY, booking_id integer NOT NULL REFERENCES stay.bookings,
    amount numeric(10,2) NOT NULL, method text NOT NULL, paid_at timestamp NOT NULL);

CREATE TABLE stay.reviews (review_id integer PRIMARY KEY, guest_id integer NOT NULL REFERENCES stay.guests,
    hotel_id integer NOT NULL, rating integer NOT NULL, reviewed_on date NOT NULL, comment text);

CREATE TABLE stay.staff (staff_id integer PRIMARY KEY, hotel_id integer NOT NULL, full_name text NOT NULL,
    role text NOT NULL, manager_id integer REFERENCES stay.staff, hired_on date NOT NULL,
    salary numeric(10,2) NOT NULL);

CREATE TABLE stay.room_changes (change_id integer PRIMARY KEY, booking_id integer NOT NULL REFERENCES stay.bookings,
    from_room_id integer NOT NULL REFERENCES stay.rooms, to_room_id integer NOT NULL REFERENCES stay.rooms,
    changed_on date NOT NULL, reason text NOT NULL);

INSERT INTO stay.hotels VALUES
(1, 'Grand Hotel Europa', 'Vienna', 'Austria', 5, 1896, false),
(2, 'Riviera Palace', 'Nice', 'France', 5, 1912, true),
(3, 'Le Petit Montmartre', 'Paris', 'France', 3, 1987, false),
(4, 'Canal House Amsterdam', 'Amsterdam', 'Netherlands', 4, 2004, false),
(5, 'Harbour View Lisbon', 'Lisbon', 'Portugal', 4, 2015, true),
(6, 'Alfama Budget Inn', 'Lisbon', 'Portugal', 2, 2019, false),
(7, 'Hotel Alpenrose', 'Innsbruck', 'Austria', 3, 1974, true),
(8, 'Barcelona Sea Tower', 'Barcelona', 'Spain', 4, 2010, true),
(9, 'Hôtel des Vignes', 'Bordeaux', 'France', 3, 1999, true),
(10, 'Nordlys Hotel Oslo', 'Oslo', 'Norway', 4, 2021, false);

INSERT INTO stay.rooms VALUES
(1, 1, '101', 'single', 1, 1, 210.00),
(2, 1, '204', 'double', 2, 2, 320.00),
(3, 1, '501', 'suite', 5, 4, 890.00),
(4, 1, '305', 'double', 3, 2, 340.00),
(5, 2, '110', 'double', 1, 2, 380.00),
(6, 2, '220', 'family', 2, 4, 460.00),
(7, 2, '601', 'suite', 6, 4, 1250.00),
(8, 3, '11', 'single', 1, 1, 95.00),
(9, 3, '21', 'double', 2, 2, 135.00),
(10, 3, '31', 'double', 3, 2, 128.00),
(11, 4, '1A', 'single', 1, 1, 140.00),
(12, 4, '2B', 'double', 2, 2, 195.00),
(13, 4, '3C', 'suite', 3, 3, 410.00),
(14, 5, '102', 'double', 1, 2, 160.00),
(15, 5, '215', 'family', 2, 5, 240.00),
(16, 5, '808', 'suite', 8, 4, 520.00),
(17, 6, '1', 'single', 0, 1, 55.00),
(18, 6, '2', 'double', 0, 2, 72.00),
(19, 7, '12', 'double', 1, 2, 118.00),
(20, 7, '14', 'family', 1, 4, 165.00),
(21, 7, '23', 'single', 2, 1, 79.00),
(22, 8, '0907', 'double', 9, 2, 230.00),
(23, 8, '1201', 'suite', 12, 4, 480.00),
(24, 8, '1410', 'family', 14, 5, 310.00),
(25, 8, '0503', 'single', 5, 1, 150.00),
(26, 9, '3', 'double', 1, 2, 125.00),
(27, 9, '7', 'family', 2, 4, 175.00),
(28, 10, '401', 'double', 4, 2, 210.00),
(29, 10, '402', 'single', 4, 1, 165.00),
(30, 10, '610', 'suite', 6, 3, 450.00);

INSERT INTO stay.guests VALUES
(1, 'Anna Müller', 'Germany', 'anna.mueller@example.de', true, 1985, '2019-03-14'),
(2, 'James Carter', 'United Kingdom', 'j.carter@example.co.uk', false, 1972, '2020-06-02'),
(3, 'Sofia Rossi', 'Italy', 'sofia.rossi@example.it', true, 1990, '2018-11-23'),
(4, 'Lucas Martin', 'France', NULL, false, 1968, '2021-01-09'),
(5, 'Emma Johansson', 'Sweden', 'emma.j@example.se', true, 1994, '2019-08-30'),
(6, 'Mateo García', 'Spain', 'mateo.garcia@example.es', false, 1988, '2022-04-17'),
(7, 'Olivia Brown', 'United States', 'olivia.brown@example.com', true, 1955, '2017-05-05'),
(8, 'Hiroshi Tanaka', 'Japan', 'h.tanaka@example.jp', false, 1979, '2023-02-11'),
(9, 'Chloé Dubois', 'France', 'chloe.dubois@example.fr', true, 1992, '2020-09-19'),
(10, 'Noah Schmidt', 'Germany', NULL, false, 1983, '2022-12-01'),
(11, 'Isabella Costa', 'Brazil', 'isabella.costa@example.com.br', false, 1996, '2021-07-25'),
(12, 'Liam O''Connor', 'Ireland', 'liam.oconnor@example.ie', true, 1975, '2019-12-12'),
(13, 'Mia Wagner', 'Germany', 'mia.wagner@example.at', false, 2001, '2023-06-06'),
(14, 'Ethan Miller', 'United States', NULL, true, 1961, '2018-02-28'),
(15, 'Eva Novak', 'Czech Republic', 'eva.novak@example.cz', false, 1998, '2024-01-15'),
(16, 'Pieter de Vries', 'Netherlands', 'p.devries@example.nl', true, 1970, '2020-03-03'),
(17, 'Ingrid Olsen', 'Norway', 'ingrid.olsen@example.no', false, 1987, '2022-08-08'),
(18, 'Marco Bianchi', 'Italy', NULL, false, 1965, '2023-10-10'),
(19, 'Charlotte Wilson', 'United Kingdom', 'charlotte.w@example.co.uk', true, 1993, '2021-05-20'),
(20, 'Yuki Sato', 'Japan', 'yuki.sato@example.jp', false, 2003, '2024-03-22'),
(21, 'Daniel Fischer', 'Germany', 'daniel.fischer@example.de', true, 1980, '2019-04-01'),
(22, 'Ana Pereira', 'Portugal', 'ana.pereira@example.pt', false, 1991, '2022-02-14'),
(23, 'Thomas Leroy', 'France', 'thomas.leroy@example.fr', false, 1999, '2024-11-05'),
(24, 'Grace Kim', 'South Korea', NULL, false, 1997, '2024-07-19');

INSERT INTO stay.bookings VALUES
(1, 7, 2, '2023-02-10', '2023-02-13', 'completed', '2023-01-05 10:15', 2, true),
(2, 1, 9, '2023-03-04', '2023-03-07', 'completed', '2023-02-01 18:40', 2, false),
(3, 3, 5, '2023-04-15', '2023-04-20', 'completed', '2023-03-02 09:05', 2, true),
(4, 2, 11, '2023-05-02', '2023-05-04', 'completed', '2023-04-20 12:30', 1, false),
(5, 12, 14, '2023-06-10', '2023-06-17', 'completed', '2023-04-11 21:10', 2, true),
(6, 7, 7, '2023-07-01', '2023-07-08', 'completed', '2023-03-15 08:00', 3, true),
(7, 5, 17, '2023-07-20', '2023-07-23', 'completed', '2023-07-01 14:22', 1, false),
(8, 6, 22, '2023-08-05', '2023-08-12', 'cancelled', '2023-06-20 11:11', 2, false),
(9, 9, 3, '2023-09-08', '2023-09-10', 'completed', '2023-08-15 16:45', 2, true),
(10, 14, 20, '2023-10-12', '2023-10-15', 'completed', '2023-09-30 10:00', 4, true),
(11, 16, 12, '2023-11-03', '2023-11-05', 'completed', '2023-10-01 13:13', 2, false),
(12, 1, 19, '2023-12-22', '2023-12-27', 'completed', '2023-11-10 09:30', 2, true),
(13, 8, 8, '2024-01-15', '2024-01-18', 'cancelled', '2023-12-28 22:05', 1, false),
(14, 19, 23, '2024-02-09', '2024-02-12', 'completed', '2024-01-10 17:00', 3, true),
(15, 11, 15, '2024-03-01', '2024-03-08', 'completed', '2024-01-20 08:45', 4, true),
(16, 7, 13, '2024-03-20', '2024-03-23', 'completed', '2024-02-14 19:20', 2, true),
(17, 21, 4, '2024-04-05', '2024-04-07', 'completed', '2024-03-30 07:50', 1, false),
(18, 2, 26, '2024-04-18', '2024-04-21', 'cancelled', '2024-03-01 15:35', 2, false),
(19, 3, 24, '2024-05-10', '2024-05-17', 'completed', '2024-02-25 12:00', 5, true),
(20, 13, 18, '2024-05-25', '2024-05-27', 'completed', '2024-05-20 20:10', 2, false),
(21, 10, 9, '2024-06-14', '2024-06-16', 'completed', '2024-06-01 11:25', 2, false),
(22, 1, 6, '2024-07-06', '2024-07-13', 'completed', '2024-03-18 10:40', 4, true),
(23, 17, 16, '2024-07-20', '2024-07-30', 'completed', '2024-05-05 09:00', 3, true),
(24, 12, 27, '2024-08-02', '2024-08-09', 'completed', '2024-06-12 18:00', 3, true),
(25, 22, 22, '2024-08-15', '2024-08-18', 'completed', '2024-07-28 14:14', 2, false),
(26, 7, 4, '2024-09-12', '2024-09-15', 'cancelled', '2024-08-01 09:45', 2, true),
(27, 15, 21, '2024-10-04', '2024-10-06', 'completed', '2024-09-20 16:30', 1, false),
(28, 9, 9, '2024-10-25', '2024-10-28', 'completed', '2024-10-02 10:10', 2, true),
(29, 4, 25, '2024-11-08', '2024-11-10', 'completed', '2024-10-30 13:00', 1, false),
(30, 20, 14, '2024-12-27', '2025-01-02', 'completed', '2024-11-15 08:20', 2, true),
(31, 5, 12, '2025-01-17', '2025-01-19', 'cancelled', '2025-01-02 12:12', 2, false),
(32, 19, 2, '2025-02-14', '2025-02-16', 'completed', '2025-01-25 19:00', 2, true),
(33, 21, 26, '2025-03-07', '2025-03-10', 'completed', '2025-02-10 10:30', 2, true),
(34, 6, 19, '2025-04-18', '2025-04-21', 'completed', '2025-03-01 17:45', 2, false),
(35, 1, 23, '2025-05-01', '2025-05-04', 'cancelled', '2025-03-20 11:00', 2, true),
(36, 3, 11, '2025-06-06', '2025-06-08', 'completed', '2025-05-15 09:15', 1, false),
(37, 16, 5, '2025-07-10', '2025-07-14', 'completed', '2025-04-02 15:00', 2, true),
(38, 7, 15, '2025-08-01', '2025-08-08', 'completed', '2025-05-10 10:00', 4, true),
(39, 12, 7, '2025-12-20', '2025-12-27', 'booked', '2025-09-05 12:00', 4, true),
(40, 18, 24, '2026-01-05', '2026-01-09', 'booked', '2025-10-15 18:30', 5, false),
(41, 9, 13, '2026-02-12', '2026-02-15', 'booked', '2025-11-20 09:40', 4, true),
(42, 2, 16, '2026-03-01', '2026-03-05', 'booked', '2025-12-01 10:00', 2, false);

INSERT INTO stay.payments VALUES
(1, 1, 960.00, 'card', '2023-02-13 11:02'),
(2, 2, 405.00, 'card', '2023-03-07 10:15'),
(3, 3, 1900.00, 'bank_transfer', '2023-03-20 09:00'),
(4, 4, 280.00, 'cash', '2023-05-04 08:30'),
(5, 5, 1120.00, 'card', '2023-06-17 10:45'),
(6, 6, 2000.00, 'bank_transfer', '2023-03-16 12:00'),
(7, 6, 6750.00, 'card', '2023-07-08 11:30'),
(8, 7, 165.00, 'cash', '2023-07-23 09:20'),
(9, 9, 1780.00, 'card', '2023-09-10 12:05'),
(10, 10, 495.00, 'card', '2023-10-15 10:00'),
(11, 11, 390.00, 'card', '2023-11-05 11:11'),
(12, 12, 590.00, 'cash', '2023-12-27 09:40'),
(13, 14, 1440.00, 'card', '2024-02-12 10:30'),
(14, 15, 1680.00, 'bank_transfer', '2024-02-10 14:00'),
(15, 16, 1230.00, 'card', '2024-03-23 11:50'),
(16, 17, 680.00, 'card', '2024-04-07 10:05'),
(17, 19, 500.00, 'card', '2024-02-25 12:10'),
(18, 19, 1670.00, 'card', '2024-05-17 10:20'),
(19, 20, 144.00, 'cash', '2024-05-27 09:00'),
(20, 21, 270.00, 'card', '2024-06-16 11:45'),
(21, 22, 1000.00, 'bank_transfer', '2024-03-19 09:00'),
(22, 22, 2220.00, 'card', '2024-07-13 10:30'),
(23, 23, 1500.00, 'bank_transfer', '2024-05-06 10:00'),
(24, 23, 3700.00, 'card', '2024-07-30 11:15'),
(25, 24, 1225.00, 'card', '2024-08-09 10:40'),
(26, 25, 690.00, 'cash', '2024-08-18 09:50'),
(27, 26, 100.00, 'card', '2024-08-01 09:50'),
(28, 27, 158.00, 'cash', '2024-10-06 10:10'),
(29, 28, 405.00, 'card', '2024-10-28 11:00'),
(30, 30, 960.00, 'card', '2025-01-02 10:25'),
(31, 32, 640.00, 'card', '2025-02-16 11:30'),
(32, 33, 375.00, 'bank_transfer', '2025-03-10 09:15'),
(33, 34, 354.00, 'cash', '2025-04-21 10:00'),
(34, 36, 280.00, 'card', '2025-06-08 10:45'),
(35, 37, 1520.00, 'card', '2025-07-14 11:20'),
(36, 38, 1680.00, 'card', '2025-08-08 10:35'),
(37, 39, 2000.00, 'card', '2025-09-05 12:05'),
(38, 41, 300.00, 'bank_transfer', '2025-11-20 09:45');

INSERT INTO stay.reviews VALUES
(1, 7, 1, 5, '2023-02-15', 'Impeccable service and a beautiful lobby.'),
(2, 1, 3, 4, '2023-03-09', 'Charming, small rooms but a great location.'),
(3, 3, 2, 5, '2023-04-22', 'Stunning sea views.'),
(4, 2, 4, 2, '2023-05-06', NULL),
(5, 12, 5, 4, '2023-06-19', 'Friendly staff, noisy street.'),
(6, 7, 2, 5, '2023-07-10', 'Worth every cent of the suite.'),
(7, 5, 6, 2, '2023-07-25', 'Very basic, thin walls.'),
(8, 9, 1, 4, '2023-09-12', NULL),
(9, 14, 7, 4, '2023-10-18', 'Great for families.'),
(10, 16, 4, 4, '2023-11-06', 'Lovely canal view.'),
(11, 1, 7, 2, '2023-12-29', 'Cozy, but the heating was weak.'),
(12, 19, 8, 5, '2024-02-14', 'Amazing rooftop bar.'),
(13, 11, 5, 4, '2024-03-10', NULL),
(14, 7, 4, 4, '2024-03-25', 'Quiet and stylish.'),
(15, 3, 8, 4, '2024-05-19', 'Great view from the 14th floor.'),
(16, 13, 6, 1, '2024-05-28', 'Dirty bathroom, would not return.'),
(17, 10, 3, 3, '2024-06-18', NULL),
(18, 1, 2, 5, '2024-07-15', 'Perfect family holiday.'),
(19, 17, 5, 5, '2024-08-01', 'Best breakfast in Lisbon.'),
(20, 22, 8, 3, '2024-08-20', 'The pool was closed.'),
(21, 9, 3, 4, '2024-10-30', 'Back again, still lovely.'),
(22, 20, 5, 4, '2025-01-04', NULL),
(23, 19, 1, 5, '2025-02-18', 'Elegant as always.'),
(24, 6, 7, 3, '2025-04-23', 'Good value, average breakfast.'),
(25, 16, 2, 4, '2025-07-16', 'Great, but pricey.'),
(26, 7, 5, 5, '2025-08-10', 'Superb.');

INSERT INTO stay.staff VALUES
(1, 1, 'Katharina Huber', 'general manager', NULL, '2008-04-01', 98000.00),
(2, 1, 'Florian Gruber', 'front desk', 1, '2016-09-15', 38000.00),
(3, 1, 'Lena Bauer', 'housekeeping', 1, '2019-02-01', 31000.00),
(4, 1, 'Maximilian Steiner', 'chef', 1, '2012-06-10', 56000.00),
(5, 2, 'Jean-Pierre Moreau', 'general manager', NULL, '2005-01-10', 105000.00),
(6, 2, 'Camille Laurent', 'front office manager', 5, '2014-03-20', 42000.00),
(7, 2, 'Julien Girard', 'front desk', 6, '2020-07-01', 36000.00),
(8, 2, 'Amélie Roux', 'housekeeping', 5, '2018-05-12', 30000.00),
(9, 3, 'Nicolas Petit', 'general manager', NULL, '2011-11-01', 72000.00),
(10, 3, 'Sarah Lefebvre', 'front desk', 9, '2021-03-15', 33000.00),
(11, 4, 'Daan Visser', 'general manager', NULL, '2010-02-15', 85000.00),
(12, 4, 'Sanne Bakker', 'front desk', 11, '2017-08-01', 37000.00),
(13, 4, 'Ruben Smit', 'maintenance', 11, '2009-10-10', 40000.00),
(14, 5, 'Joana Santos', 'general manager', NULL, '2015-05-01', 80000.00),
(15, 5, 'Tiago Ferreira', 'chef', 14, '2016-01-20', 52000.00),
(16, 5, 'Beatriz Sousa', 'concierge', 14, '2018-09-09', 39000.00),
(17, 6, 'Rui Almeida', 'front desk', NULL, '2019-06-01', 24000.00),
(18, 8, 'Carlos Navarro', 'general manager', NULL, '2009-03-03', 90000.00),
(19, 8, 'Lucía Romero', 'front office manager', 18, '2013-04-22', 55000.00),
(20, 8, 'Pablo Torres', 'front desk', 19, '2022-01-10', 34000.00),
(21, 8, 'Marta Jiménez', 'housekeeping', 19, '2023-05-15', 29000.00),
(22, 7, 'Stefan Hofer', 'general manager', NULL, '2007-07-07', 70000.00),
(23, 7, 'Anna Egger', 'housekeeping', 22, '2020-11-11', 28500.00),
(24, 1, 'Tobias Wimmer', 'concierge', 1, '2021-09-01', 35000.00);

INSERT INTO stay.room_changes VALUES
(1, 1, 2, 3, '2023-02-10', 'upgrade'),
(2, 5, 14, 15, '2023-06-11', 'noise complaint'),
(3, 11, 12, 13, '2023-11-03', 'upgrade'),
(4, 12, 19, 20, '2023-12-23', 'maintenance'),
(5, 15, 15, 16, '2024-03-02', 'upgrade'),
(6, 21, 9, 10, '2024-06-14', 'maintenance'),
(7, 25, 22, 24, '2024-08-16', 'noise complaint'),
(8, 34, 19, 20, '2025-04-19', 'guest request'),
(9, 37, 5, 7, '2025-07-11', 'upgrade');

CREATE TABLE cinema ("Cinema_ID" integer, "Name" text, "Location" text, "Opening_Year" integer, "Capacity" integer);
CREATE TABLE film ("Film_ID" integer, "Title" text, "Directed_by" text, "Release_Year" integer, "Genre" text,
    "Running_Time" integer);
CREATE TABLE schedule ("Cinema_ID" integer, "Film_ID" integer, "Date" date, "Show_times_per_day" integer,
    "Price" numeric(6,2));

INSERT INTO cinema VALUES
(1, 'Odeon Riverside', 'Dublin', 2005, 620),
(2, 'Lighthouse Cinema', 'Dublin', 2012, 350),
(3, 'Kino Palace', 'Cork', 1998, 480),
(4, 'Eye Cinema', 'Galway', 2009, 300),
(5, 'Savoy Picture House', 'Limerick', 1954, 900),
(6, 'Arc Cinema', 'Wexford', 2017, 210),
(7, 'Movies@Swords', 'Dublin', 2019, 540),
(8, 'Gate Multiplex', 'Cork', 2014, 410);

INSERT INTO film VALUES
(1, 'The Quiet Harbour', 'Aoife Byrne', 2022, 'Drama', 112),
(2, 'Neon Skies', 'Marcus Hale', 2023, 'Science Fiction', 134),
(3, 'Laughing Matters', 'Priya Nair', 2023, 'Comedy', 98),
(4, 'Frozen Frontier', 'Marcus Hale', 2021, 'Adventure', 141),
(5, 'Midnight Ledger', 'Declan Walsh', 2024, 'Thriller', 119),
(6, 'Paper Lanterns', 'Mei Lin', 2022, 'Animation', 89),
(7, 'The Long Road North', 'Aoife Byrne', 2024, 'Drama', 156),
(8, 'Second Serve', 'Priya Nair', 2024, 'Drama', 103),
(9, 'Echoes of Atlantis', 'Marcus Hale', 2024, 'Science Fiction', 128),
(10, 'Grandma''s Garden', 'Declan Walsh', 2020, 'Family', 92),
(11, 'Static Hearts', NULL, 2023, 'Romance', 107);

INSERT INTO schedule VALUES
(1, 2, '2024-05-03', 5, 12.50),
(1, 5, '2024-05-03', 3, 12.50),
(1, 9, '2024-06-14', 4, 13.00),
(1, 7, '2024-07-01', 2, 11.00),
(2, 1, '2024-03-10', 2, 10.00),
(2, 6, '2024-03-10', 3, 8.50),
(2, 8, '2024-08-22', 2, 10.50),
(3, 2, '2024-05-10', 4, 9.50),
(3, 3, '2024-04-01', 3, 9.00),
(3, 4, '2024-02-14', 2, 8.00),
(4, 1, '2024-03-15', 2, 9.00),
(4, 7, '2024-07-05', 1, 9.50),
(5, 2, '2024-05-04', 6, 11.50),
(5, 9, '2024-06-20', 5, 12.00),
(5, 6, '2024-03-30', 4, 7.50),
(5, 5, '2024-05-18', 3, 11.00),
(5, 1, '2024-03-22', 2, 9.50),
(7, 2, '2024-05-05', 5, 14.00),
(7, 3, '2024-04-05', 3, 13.50),
(7, 8, '2024-08-30', 2, 12.00),
(8, 4, '2024-02-20', 2, 9.00),
(8, 5, '2024-05-25', 3, 10.00);

CREATE TABLE theatre (theatre_id integer PRIMARY KEY, name text NOT NULL, city text NOT NULL, seats integer NOT NULL,
    opened_year integer NOT NULL);
CREATE TABLE musical (musical_id integer PRIMARY KEY, name text NOT NULL, premiere_year integer NOT NULL,
    composer text NOT NULL, theatre_id integer REFERENCES theatre, award text, category text, result text);
CREATE TABLE actor (actor_id integer PRIMARY KEY, name text NOT NULL, musical_id integer NOT NULL REFERENCES musical,
    character_name text NOT NULL, age integer NOT NULL, joined_year integer NOT NULL, left_year integer);

INSERT INTO theatre VALUES
(1, 'Majestic Theatre', 'New York', 1645, 1927),
(2, 'Palace Theatre', 'London', 1400, 1891),
(3, 'Winter Garden Theatre', 'New York', 1526, 1911),
(4, 'Apollo Victoria', 'London', 2328, 1930),
(5, 'Her Majesty''s Theatre', 'Melbourne', 1700, 1886),
(6, 'Orpheum Theatre', 'San Francisco', 2203, 1926),
(7, 'Gershwin Theatre', 'New York', 1933, 1972);

INSERT INTO musical VALUES
(1, 'The Phantom of the Opera', 1986, 'Andrew Lloyd Webber', 1, 'Tony Award', 'Best Musical', 'Won'),
(2, 'Les Misérables', 1985, 'Claude-Michel Schönberg', 2, 'Tony Award', 'Best Musical', 'Won'),
(3, 'Wicked', 2003, 'Stephen Schwartz', 7, 'Tony Award', 'Best Musical', 'Nominated'),
(4, 'Cats', 1981, 'Andrew Lloyd Webber', 3, 'Olivier Award', 'Best New Musical', 'Won'),
(5, 'Mamma Mia!', 1999, 'Benny Andersson', 5, 'Olivier Award', 'Best New Musical', 'Nominated'),
(6, 'Matilda the Musical', 2010, 'Tim Minchin', 4, 'Olivier Award', 'Best New Musical', 'Won'),
(7, 'Starlight Express', 1984, 'Andrew Lloyd Webber', 4, 'Drama Desk Award', 'Outstanding Music', 'Nominated'),
(8, 'Hadestown', 2016, 'Anaïs Mitchell', 1, 'Tony Award', 'Best Musical', 'Won'),
(9, 'Aspects of Love', 1989, 'Andrew Lloyd Webber', 4, 'Olivier Award', 'Best New Musical', 'Nominated'),
(10, 'The Lighthouse Keeper', 2022, 'Hannah Reid', NULL, NULL, NULL, NULL);

INSERT INTO actor VALUES
(1, 'Daniel Reeves', 1, 'The Phantom', 48, 2015, 2019),
(2, 'Sophie Lang', 1, 'Christine Daaé', 31, 2017, NULL),
(3, 'Oliver Grant', 1, 'Raoul', 35, 2016, 2018),
(4, 'Hannah Price', 2, 'Fantine', 42, 2012, 2017),
(5, 'Samuel Okafor', 2, 'Jean Valjean', 55, 2010, NULL),
(6, 'Isla Murray', 2, 'Éponine', 27, 2019, NULL),
(7, 'Grace Holloway', 3, 'Elphaba', 34, 2014, 2020),
(8, 'Emily Tran', 3, 'Glinda', 30, 2016, NULL),
(9, 'Marcus Bell', 4, 'Old Deuteronomy', 61, 2005, 2012),
(10, 'Chloe Summers', 4, 'Grizabella', 45, 2011, 2014),
(11, 'Ruby Finch', 5, 'Donna Sheridan', 50, 2013, NULL),
(12, 'Leo Martins', 6, 'Miss Trunchbull', 39, 2018, 2021),
(13, 'Ava Collins', 6, 'Matilda', 12, 2022, NULL),
(14, 'Jack Whitfield', 7, 'Rusty', 24, 2021, NULL),
(15, 'Noah Adeyemi', 8, 'Orpheus', 29, 2019, 2023),
(16, 'Lily Chen', 8, 'Eurydice', 28, 2019, NULL),
(17, 'Ella Brooks', 2, 'Cosette', 23, 2021, NULL);
