-- Eats (development-only probe schema), a food-delivery app modelled on public text-to-SQL benchmark databases.
-- Main cluster in the non-public schema `eats` (prices, tips, fees and gift cards in pounds sterling):
--   restaurants (restaurant_id, name, cuisine 'Italian' / 'Chinese' / 'Indian' / 'Japanese' / 'Mexican' / 'Vegan' /
--     'American' / 'Vietnamese' / 'Greek', city, rating 0-5 with one decimal, opened_on, accepts_cash);
--   menu_items (menu_item_id, restaurant_id, name, category 'starter' / 'main' / 'side' / 'dessert' / 'drink', price = the
--     current menu price, vegetarian, available);
--   customers (customer_id, full_name, email or NULL, city, signed_up_on, referred_by -> customers.customer_id, NULL when
--     the customer was not referred);
--   couriers (courier_id, full_name, vehicle 'bike' / 'scooter' / 'car', city, joined_on);
--   promo_codes (promo_id, code, discount_pct, valid_from, valid_until, first_order_only);
--   orders (order_id 1001-1034, customer_id, restaurant_id, courier_id or NULL, promo_id or NULL, placed_at, delivered_at
--     NULL unless delivered, status 'placed' (still open) / 'delivered' / 'cancelled', tip, delivery_fee);
--   order_items (order_item_id, order_id, menu_item_id, quantity, unit_price = the price paid, which for older orders is
--     lower than today's menu price);
--   reviews (review_id, order_id, at most one per order and only on delivered orders, stars 1-5, comment or NULL,
--     posted_on);
--   gift_cards (gift_card_id, code, purchaser_id and recipient_id, both -> customers, amount, purchased_on, redeemed).
-- Primary keys on all nine tables; foreign keys declared everywhere except orders.promo_id (-> promo_codes.promo_id)
-- and order_items.menu_item_id (-> menu_items.menu_item_id), which hold those keys without a constraint.
-- Facts of the main data: 13 restaurants, London has the most (5); Indian is the most common cuisine (3: Spice Route,
-- Curry Corner, Tandoori Nights); Tokyo Bento has the highest rating (4.8), Burger Barn the lowest (3.4); Curry Corner is
-- the oldest (2010-04-18), Olive & Thyme the newest (2023-06-15); 5 do not take cash (Tokyo Bento, El Camino, The Green
-- Bowl, Sakura Sushi, Olive & Thyme); Olive & Thyme and Taco Fiesta have no orders; Pho Saigon has no vegetarian item.
-- 40 menu items (23 vegetarian); Burger Barn has the most (5); Omakase Platter (32.00) is the most expensive, then Crispy
-- Duck (16.90); Masala Chai (2.50) the cheapest; Crispy Duck, Matcha Cheesecake and Baklava are unavailable; 15 items were
-- never ordered; Margherita Pizza is ordered the most (9 units in 5 orders).
-- 24 customers; Isla Murphy, Emily Walker, Leo Green, Lily Scott and Freya Morgan have no email; Oliver Bennett signed up
-- first (2021-01-15) and referred the most (4: Amelia Hughes, George Wilson, Charlie Wright, Freya Morgan), Harry Patel
-- referred 3; 8 customers were not referred; Isla Murphy (Bristol, referred by Harry Patel of Manchester) and Freya Morgan
-- (Leeds, the newest, 2025-01-12) were referred from another city; Lily Scott, Ruby Mitchell and Freya Morgan never
-- ordered. 10 couriers (4 bikes, 3 scooters, 3 cars); Priya Shah joined first (2019-06-15); Tom Fletcher delivered the
-- most (7); Ben Carter and Lucy Foster have no orders.
-- 34 orders placed 2023-02-03 .. 2025-09-05 (11 in 2023, 14 in 2024, 9 in 2025): 28 delivered, 4 cancelled (1006, 1016,
-- 1023, 1032), 2 still placed (1033, 1034); 1016, 1023 and 1034 have no courier; 12 used a promo code, WELCOME10 the most
-- (3), STUDENT12 and VIP30 never. Amelia Hughes placed the most orders (5); Bella Napoli received the most (7, 4 of them
-- delivered) and the most cancellations (2), but Sakura Sushi has the highest revenue on delivered orders (109.80 against
-- Bella Napoli's 109.00); order 1020 (Harry Patel at Sakura Sushi: 2 Omakase Platters and a Dragon Roll, 77.80) is the
-- biggest order, has the biggest tip (6.50) and took the longest (72 minutes); 1028 was the fastest (25 minutes); 1026 has
-- the highest delivery fee (3.49); Harry Patel spent the most on delivered orders (89.80).
-- 23 reviews; delivered orders 1010, 1017, 1022, 1027 and 1029 have none; Bella Napoli averages the best (5.0 over 4
-- reviews), Burger Barn the worst (2.5); the only 1-star review is on 1015 (Crispy Duck at Dragon Palace).
-- 11 gift cards; Oliver Bennett bought the most (3), Amelia Hughes received the most (2); Oliver Bennett and Amelia Hughes
-- both bought and received one; the largest is GC-1007 (50.00, Amelia Hughes to Oliver Bennett); 5 are unredeemed
-- (115.00); recipient Ruby Mitchell never ordered.
-- Side cluster 1 (public schema, Spider book_2-like, NO declared keys, quoted capitalised columns): book ("Book_ID",
-- "Title", "Writer", "Issues", "Genre"), publisher ("Publisher_ID", "Name", "Country", "Founded_Year") and publication
-- ("Publication_ID", "Book_ID" holding book."Book_ID", "Publisher_ID" holding publisher."Publisher_ID",
-- "Publication_Date", "Price", "Format" 'Hardcover' / 'Paperback' / 'Ebook'). 12 books: Elena Marsh wrote the most (3),
-- Science Fiction is the biggest genre (3), Midnight Ledger has the most issues (12) and the most publications (3), The
-- Baker's Daughter was never published. 7 publishers: Lindgren & Berg (Sweden, 1921) is the oldest, Vega Publishing has
-- the most publications (4), Blue Fern Media none. 18 publications 2008-08-08 .. 2024-10-10; the priciest is Midnight
-- Ledger at Vega (27.50), the cheapest Deep Field as a Redwood ebook (5.99).
-- Side cluster 2 (public schema, Spider coffee_shop-like, declared keys): coffee_shop (shop_id, name, address, city,
-- num_of_staff, score, open_year), member (member_id, name, membership_card 'Gold' / 'Silver' / 'Black', age,
-- time_of_purchase = number of purchases, level_of_membership, address = the member's city, home_shop_id ->
-- coffee_shop, NULL for 2 members) and happy_hour (hh_id, shop_id -> coffee_shop, month as a month name,
-- num_of_staff_in_charge). 8 shops: Roast & Co has the best score (4.7), the most staff (12), the most members (4) and
-- the most happy hours (4); Kettle Black opened first (2005); Mocha Lane never held a happy hour. 20 members (8 Gold, 7
-- Silver, 5 Black); Paula Santos is the oldest (58), Hugo Brandt the youngest (19), Felix Novak made the most purchases
-- (40); Owen Hughes and Tara Quinn have no home shop; Sam Taylor lives in Cambridge but belongs to Bean There in Bristol.
-- 14 happy hours, May has the most (4); the one with the most staff in charge is Roast & Co's in May (6).

CREATE SCHEMA eats;

CREATE TABLE eats.restaurants (
    restaurant_id integer PRIMARY KEY,
    name          text NOT NULL,
    cuisine       text NOT NULL,
    city          text NOT NULL,
    rating        numeric(2,1) NOT NULL,
    opened_on     date NOT NULL,
    accepts_cash  boolean NOT NULL
);

CREATE TABLE eats.menu_items (
    menu_item_id  integer PRIMARY KEY,
    restaurant_id integer NOT NULL REFERENCES eats.restaurants (restaurant_id),
    name          text NOT NULL,
    category      text NOT NULL,
    price         numeric(6,2) NOT NULL,
    vegetarian    boolean NOT NULL,
    available     boolean NOT NULL
);

CREATE TABLE eats.customers (
    customer_id  integer PRIMARY KEY,
    full_name    text NOT NULL,
    email        text,
    city         text NOT NULL,
    signed_up_on date NOT NULL,
    referred_by  integer REFERENCES eats.customers (customer_id)
);

CREATE TABLE eats.couriers (
    courier_id integer PRIMARY KEY,
    full_name  text NOT NULL,
    vehicle    text NOT NULL,
    city       text NOT NULL,
    joined_on  date NOT NULL
);

CREATE TABLE eats.promo_codes (
    promo_id         integer PRIMARY KEY,
    code             text NOT NULL UNIQUE,
    discount_pct     integer NOT NULL,
    valid_from       date NOT NULL,
    valid_until      date NOT NULL,
    first_order_only boolean NOT NULL
);

CREATE TABLE eats.orders (
    order_id      integer PRIMARY KEY,
    customer_id   integer NOT NULL REFERENCES eats.customers (customer_id),
    restaurant_id integer NOT NULL REFERENCES eats.restaurants (restaurant_id),
    courier_id    integer REFERENCES eats.couriers (courier_id),
    promo_id      integer,
    placed_at     timestamp NOT NULL,
    delivered_at  timestamp,
    status        text NOT NULL,
    tip           numeric(5,2) NOT NULL,
    delivery_fee  numeric(4,2) NOT NULL
);

CREATE TABLE eats.order_items (
    order_item_id integer PRIMARY KEY,
    order_id      integer NOT NULL REFERENCES eats.orders (order_id),
    menu_item_id  integer NOT NULL,
    quantity      integer NOT NULL,
    unit_price    numeric(6,2) NOT NULL
);

CREATE TABLE eats.reviews (
    review_id integer PRIMARY KEY,
    order_id  integer NOT NULL UNIQUE REFERENCES eats.orders (order_id),
    stars     smallint NOT NULL,
    comment   text,
    posted_on date NOT NULL
);

CREATE TABLE eats.gift_cards (
    gift_card_id integer PRIMARY KEY,
    code         text NOT NULL UNIQUE,
    purchaser_id integer NOT NULL REFERENCES eats.customers (customer_id),
    recipient_id integer NOT NULL REFERENCES eats.customers (customer_id),
    amount       numeric(6,2) NOT NULL,
    purchased_on date NOT NULL,
    redeemed     boolean NOT NULL
);

INSERT INTO eats.restaurants VALUES
(1,  'Bella Napoli',    'Italian',    'London',     4.6, '2015-03-12', true),
(2,  'Dragon Palace',   'Chinese',    'London',     4.1, '2012-07-01', true),
(3,  'Spice Route',     'Indian',     'Manchester', 4.4, '2017-09-20', true),
(4,  'Tokyo Bento',     'Japanese',   'London',     4.8, '2019-02-14', false),
(5,  'El Camino',       'Mexican',    'Bristol',    3.9, '2020-05-05', false),
(6,  'The Green Bowl',  'Vegan',      'Bristol',    4.5, '2021-11-11', false),
(7,  'Burger Barn',     'American',   'Manchester', 3.4, '2016-06-30', true),
(8,  'Curry Corner',    'Indian',     'London',     4.2, '2010-04-18', true),
(9,  'Sakura Sushi',    'Japanese',   'Manchester', 4.3, '2018-08-08', false),
(10, 'Pho Saigon',      'Vietnamese', 'Edinburgh',  4.0, '2022-01-25', true),
(11, 'Olive & Thyme',   'Greek',      'Edinburgh',  3.8, '2023-06-15', false),
(12, 'Taco Fiesta',     'Mexican',    'London',     4.0, '2021-04-01', true),
(13, 'Tandoori Nights', 'Indian',     'Edinburgh',  3.6, '2019-10-03', true);

INSERT INTO eats.menu_items VALUES
(1,  1,  'Margherita Pizza',       'main',    11.50, true,  true),
(2,  1,  'Spaghetti Carbonara',    'main',    13.00, false, true),
(3,  1,  'Tiramisu',               'dessert',  6.50, true,  true),
(4,  1,  'Garlic Bread',           'starter',  4.50, true,  true),
(5,  2,  'Kung Pao Chicken',       'main',    10.80, false, true),
(6,  2,  'Vegetable Spring Rolls', 'starter',  4.20, true,  true),
(7,  2,  'Crispy Duck',            'main',    16.90, false, false),
(8,  3,  'Chicken Tikka Masala',   'main',    12.40, false, true),
(9,  3,  'Paneer Butter Masala',   'main',    11.20, true,  true),
(10, 3,  'Mango Lassi',            'drink',    3.50, true,  true),
(11, 4,  'Salmon Bento',           'main',    14.50, false, true),
(12, 4,  'Chicken Katsu Curry',    'main',    12.90, false, true),
(13, 4,  'Miso Soup',              'starter',  3.20, true,  true),
(14, 4,  'Matcha Cheesecake',      'dessert',  5.80, true,  false),
(15, 5,  'Beef Burrito',           'main',     9.90, false, true),
(16, 5,  'Nachos Grande',          'starter',  7.50, true,  true),
(17, 5,  'Horchata',               'drink',    3.80, true,  true),
(18, 6,  'Buddha Bowl',            'main',    10.50, true,  true),
(19, 6,  'Falafel Wrap',           'main',     8.90, true,  true),
(20, 6,  'Cold Brew Coffee',       'drink',    3.60, true,  true),
(21, 7,  'Classic Cheeseburger',   'main',     9.50, false, true),
(22, 7,  'Double Bacon Burger',    'main',    12.50, false, true),
(23, 7,  'Sweet Potato Fries',     'side',     3.90, true,  true),
(24, 7,  'Chocolate Milkshake',    'drink',    4.90, true,  true),
(25, 8,  'Lamb Rogan Josh',        'main',    13.50, false, true),
(26, 8,  'Vegetable Samosas',      'starter',  4.00, true,  true),
(27, 8,  'Garlic Naan',            'side',     2.80, true,  true),
(28, 9,  'Dragon Roll',            'main',    13.80, false, true),
(29, 9,  'Edamame',                'starter',  4.10, true,  true),
(30, 9,  'Omakase Platter',        'main',    32.00, false, true),
(31, 10, 'Beef Pho',               'main',    11.80, false, true),
(32, 10, 'Prawn Summer Rolls',     'starter',  5.20, false, true),
(33, 11, 'Chicken Souvlaki',       'main',    12.00, false, true),
(34, 11, 'Greek Salad',            'starter',  7.20, true,  true),
(35, 11, 'Baklava',                'dessert',  4.80, true,  false),
(36, 12, 'Fish Tacos',             'main',    10.20, false, true),
(37, 12, 'Churros',                'dessert',  5.00, true,  true),
(38, 13, 'Tandoori Chicken',       'main',    13.20, false, true),
(39, 13, 'Masala Chai',            'drink',    2.50, true,  true),
(40, 7,  'Onion Rings',            'side',     3.50, true,  true);

INSERT INTO eats.customers VALUES
(1,  'Oliver Bennett',  'oliver.bennett@mail.com', 'London',     '2021-01-15', NULL),
(2,  'Amelia Hughes',   'amelia.h@mail.com',       'London',     '2021-03-02', 1),
(3,  'Harry Patel',     'harry.patel@mail.com',    'Manchester', '2021-05-20', NULL),
(4,  'Isla Murphy',     NULL,                      'Bristol',    '2021-08-11', 3),
(5,  'George Wilson',   'george.w@mail.com',       'London',     '2022-01-09', 1),
(6,  'Sophie Clarke',   'sophie.clarke@mail.com',  'Edinburgh',  '2022-02-14', NULL),
(7,  'Jack Thompson',   'jack.t@mail.com',         'Manchester', '2022-04-30', 3),
(8,  'Emily Walker',    NULL,                      'London',     '2022-06-18', 2),
(9,  'Noah Robinson',   'noah.r@mail.com',         'Bristol',    '2022-09-05', 4),
(10, 'Grace Evans',     'grace.evans@mail.com',    'Edinburgh',  '2022-11-23', 6),
(11, 'Charlie Wright',  'charlie.w@mail.com',      'London',     '2023-01-07', 1),
(12, 'Mia Roberts',     'mia.roberts@mail.com',    'Manchester', '2023-02-19', NULL),
(13, 'Leo Green',       NULL,                      'London',     '2023-04-03', 5),
(14, 'Ava Hall',        'ava.hall@mail.com',       'Bristol',    '2023-05-27', NULL),
(15, 'Freddie Lewis',   'freddie.l@mail.com',      'Manchester', '2023-07-12', 12),
(16, 'Poppy Young',     'poppy.young@mail.com',    'Edinburgh',  '2023-09-09', NULL),
(17, 'Alfie King',      'alfie.king@mail.com',     'London',     '2023-10-21', 11),
(18, 'Lily Scott',      NULL,                      'Manchester', '2024-01-05', NULL),
(19, 'Oscar Baker',     'oscar.baker@mail.com',    'Bristol',    '2024-02-28', 14),
(20, 'Ella Adams',      'ella.adams@mail.com',     'London',     '2024-04-16', 2),
(21, 'Archie Campbell', 'archie.c@mail.com',       'Edinburgh',  '2024-06-01', 6),
(22, 'Ruby Mitchell',   'ruby.m@mail.com',         'London',     '2024-08-19', NULL),
(23, 'Henry Carter',    'henry.carter@mail.com',   'Manchester', '2024-11-30', 3),
(24, 'Freya Morgan',    NULL,                      'Leeds',      '2025-01-12', 1);

INSERT INTO eats.couriers VALUES
(1,  'Tom Fletcher',  'bike',    'London',     '2020-03-01'),
(2,  'Priya Shah',    'scooter', 'London',     '2019-06-15'),
(3,  'Daniel Price',  'car',     'Manchester', '2021-02-10'),
(4,  'Chloe Turner',  'bike',    'Manchester', '2022-05-23'),
(5,  'Marcus Reid',   'scooter', 'Bristol',    '2020-11-30'),
(6,  'Hannah Ward',   'bike',    'Edinburgh',  '2023-01-09'),
(7,  'Sam O''Connor', 'car',     'London',     '2021-08-17'),
(8,  'Zara Ahmed',    'scooter', 'Edinburgh',  '2022-09-04'),
(9,  'Ben Carter',    'bike',    'Bristol',    '2024-03-18'),
(10, 'Lucy Foster',   'car',     'Manchester', '2023-07-07');

INSERT INTO eats.promo_codes VALUES
(1, 'WELCOME10', 10, '2023-01-01', '2025-12-31', true),
(2, 'SUMMER15',  15, '2024-06-01', '2024-08-31', false),
(3, 'PIZZA20',   20, '2024-01-01', '2024-03-31', false),
(4, 'LUNCH5',     5, '2023-03-01', '2025-06-30', false),
(5, 'WINTER25',  25, '2024-12-01', '2025-02-28', false),
(6, 'STUDENT12', 12, '2023-09-01', '2024-06-30', false),
(7, 'SPRING10',  10, '2025-03-01', '2025-05-31', false),
(8, 'VIP30',     30, '2025-06-01', '2025-12-31', false);

INSERT INTO eats.orders VALUES
(1001, 1,  1,  1,    1,    '2023-02-03 19:05', '2023-02-03 19:42', 'delivered', 2.00, 2.49),
(1002, 2,  4,  2,    NULL, '2023-03-11 12:30', '2023-03-11 13:02', 'delivered', 1.50, 2.99),
(1003, 3,  3,  3,    4,    '2023-04-22 13:10', '2023-04-22 13:55', 'delivered', 0.00, 1.99),
(1004, 5,  2,  1,    NULL, '2023-05-14 20:15', '2023-05-14 20:58', 'delivered', 3.00, 2.49),
(1005, 6,  10, 6,    NULL, '2023-06-02 18:40', '2023-06-02 19:25', 'delivered', 1.00, 2.29),
(1006, 2,  1,  7,    NULL, '2023-07-19 19:50', NULL,               'cancelled', 0.00, 2.49),
(1007, 4,  6,  5,    1,    '2023-08-08 12:05', '2023-08-08 12:40', 'delivered', 1.20, 1.99),
(1008, 7,  7,  4,    NULL, '2023-09-15 21:00', '2023-09-15 21:38', 'delivered', 2.50, 2.49),
(1009, 8,  8,  1,    NULL, '2023-10-27 19:30', '2023-10-27 20:20', 'delivered', 0.00, 2.99),
(1010, 10, 13, 8,    NULL, '2023-11-18 18:20', '2023-11-18 19:01', 'delivered', 2.00, 2.29),
(1011, 1,  4,  2,    NULL, '2023-12-22 13:15', '2023-12-22 13:44', 'delivered', 4.00, 2.99),
(1012, 9,  5,  5,    NULL, '2024-01-20 19:00', '2024-01-20 19:47', 'delivered', 1.00, 1.99),
(1013, 2,  1,  1,    3,    '2024-02-14 20:00', '2024-02-14 20:31', 'delivered', 5.00, 2.49),
(1014, 12, 9,  3,    NULL, '2024-03-05 19:20', '2024-03-05 20:05', 'delivered', 2.00, 2.49),
(1015, 11, 2,  7,    NULL, '2024-03-29 18:45', '2024-03-29 19:30', 'delivered', 1.50, 2.49),
(1016, 13, 1,  NULL, NULL, '2024-04-12 21:10', NULL,               'cancelled', 0.00, 2.49),
(1017, 14, 6,  5,    4,    '2024-05-09 12:20', '2024-05-09 12:52', 'delivered', 0.50, 1.99),
(1018, 15, 7,  4,    NULL, '2024-06-21 20:30', '2024-06-21 21:12', 'delivered', 3.00, 2.49),
(1019, 2,  8,  2,    2,    '2024-07-04 19:15', '2024-07-04 20:01', 'delivered', 2.00, 2.99),
(1020, 3,  9,  3,    2,    '2024-08-17 19:40', '2024-08-17 20:52', 'delivered', 6.50, 2.49),
(1021, 16, 10, 8,    NULL, '2024-09-03 12:45', '2024-09-03 13:20', 'delivered', 1.00, 2.29),
(1022, 17, 4,  1,    NULL, '2024-10-11 19:05', '2024-10-11 19:33', 'delivered', 2.50, 2.99),
(1023, 19, 5,  NULL, NULL, '2024-11-02 20:10', NULL,               'cancelled', 0.00, 1.99),
(1024, 20, 1,  7,    NULL, '2024-11-29 19:35', '2024-11-29 20:10', 'delivered', 1.80, 2.49),
(1025, 21, 13, 6,    5,    '2024-12-20 18:55', '2024-12-20 19:40', 'delivered', 1.50, 2.29),
(1026, 5,  8,  2,    5,    '2025-01-10 20:20', '2025-01-10 21:05', 'delivered', 2.00, 3.49),
(1027, 23, 3,  4,    1,    '2025-02-08 19:00', '2025-02-08 19:36', 'delivered', 1.00, 1.99),
(1028, 2,  2,  1,    NULL, '2025-03-15 13:00', '2025-03-15 13:25', 'delivered', 2.20, 2.49),
(1029, 10, 10, 8,    7,    '2025-04-19 19:25', '2025-04-19 20:05', 'delivered', 1.50, 2.29),
(1030, 1,  1,  1,    7,    '2025-05-23 19:45', '2025-05-23 20:20', 'delivered', 3.50, 2.49),
(1031, 9,  6,  5,    NULL, '2025-06-14 12:10', '2025-06-14 12:48', 'delivered', 0.00, 1.99),
(1032, 12, 7,  3,    NULL, '2025-07-30 20:40', NULL,               'cancelled', 0.00, 2.49),
(1033, 6,  13, 6,    NULL, '2025-08-21 19:10', NULL,               'placed',    1.00, 2.29),
(1034, 17, 1,  NULL, NULL, '2025-09-05 20:05', NULL,               'placed',    0.00, 2.49);

INSERT INTO eats.order_items VALUES
(1,  1001, 1,  2, 10.50),
(2,  1001, 3,  1,  6.00),
(3,  1002, 11, 1, 13.90),
(4,  1003, 8,  1, 12.00),
(5,  1004, 5,  2, 10.80),
(6,  1004, 6,  1,  4.20),
(7,  1005, 31, 2, 11.50),
(8,  1006, 2,  1, 12.50),
(9,  1007, 18, 1, 10.00),
(10, 1008, 22, 2, 12.00),
(11, 1009, 25, 1, 13.00),
(12, 1009, 27, 2,  2.80),
(13, 1010, 38, 1, 13.20),
(14, 1011, 12, 2, 12.50),
(15, 1012, 15, 2,  9.90),
(16, 1013, 1,  1, 11.50),
(17, 1013, 2,  1, 13.00),
(18, 1014, 30, 1, 32.00),
(19, 1015, 7,  1, 16.90),
(20, 1016, 4,  2,  4.50),
(21, 1017, 19, 2,  8.90),
(22, 1018, 21, 1,  9.50),
(23, 1018, 40, 1,  3.50),
(24, 1019, 25, 2, 13.50),
(25, 1020, 30, 2, 32.00),
(26, 1020, 28, 1, 13.80),
(27, 1021, 32, 2,  5.20),
(28, 1022, 11, 1, 14.50),
(29, 1023, 15, 1,  9.90),
(30, 1024, 1,  3, 11.50),
(31, 1025, 38, 2, 13.20),
(32, 1026, 26, 3,  4.00),
(33, 1027, 9,  1, 11.20),
(34, 1028, 5,  1, 10.80),
(35, 1029, 31, 2, 11.80),
(36, 1030, 1,  2, 11.50),
(37, 1031, 18, 1, 10.50),
(38, 1032, 21, 2,  9.50),
(39, 1033, 38, 1, 13.20),
(40, 1034, 1,  1, 11.50);

INSERT INTO eats.reviews VALUES
(1,  1001, 5, 'Perfect pizza, still hot',      '2023-02-04'),
(2,  1002, 4, NULL,                            '2023-03-11'),
(3,  1003, 3, 'A bit late but tasty',          '2023-04-23'),
(4,  1004, 5, 'Best kung pao in town',         '2023-05-15'),
(5,  1005, 4, 'Lovely broth',                  '2023-06-03'),
(6,  1007, 5, NULL,                            '2023-08-08'),
(7,  1008, 2, 'Burgers arrived cold',          '2023-09-16'),
(8,  1009, 3, NULL,                            '2023-10-28'),
(9,  1011, 5, 'Katsu curry was amazing',       '2023-12-22'),
(10, 1012, 4, NULL,                            '2024-01-21'),
(11, 1013, 5, 'Great Valentine dinner',        '2024-02-15'),
(12, 1014, 5, 'Worth every penny',             '2024-03-06'),
(13, 1015, 1, 'Duck was dry and overcooked',   '2024-03-30'),
(14, 1018, 3, 'Onion rings were soggy',        '2024-06-22'),
(15, 1019, 4, NULL,                            '2024-07-05'),
(16, 1020, 2, 'Took over an hour to arrive',   '2024-08-18'),
(17, 1021, 4, 'Fresh and light',               '2024-09-04'),
(18, 1024, 5, NULL,                            '2024-11-30'),
(19, 1025, 4, 'Generous portions',             '2024-12-21'),
(20, 1026, 3, NULL,                            '2025-01-11'),
(21, 1028, 4, 'Quick delivery',                '2025-03-15'),
(22, 1030, 5, 'Our go-to pizza place',         '2025-05-24'),
(23, 1031, 4, NULL,                            '2025-06-15');

INSERT INTO eats.gift_cards VALUES
(1,  'GC-1001', 1,  2,  25.00, '2023-12-20', true),
(2,  'GC-1002', 2,  8,  20.00, '2024-02-10', true),
(3,  'GC-1003', 3,  7,  30.00, '2024-03-15', false),
(4,  'GC-1004', 1,  5,  15.00, '2024-05-01', true),
(5,  'GC-1005', 6,  10, 40.00, '2024-06-18', true),
(6,  'GC-1006', 12, 15, 25.00, '2024-09-09', false),
(7,  'GC-1007', 2,  1,  50.00, '2024-12-24', true),
(8,  'GC-1008', 1,  22, 10.00, '2025-01-05', false),
(9,  'GC-1009', 14, 19, 20.00, '2025-02-14', true),
(10, 'GC-1010', 16, 21, 35.00, '2025-04-02', false),
(11, 'GC-1011', 20, 2,  15.00, '2025-07-11', false);

-- Side cluster 1 (public schema, no declared keys, quoted capitalised columns): books, publishers, publications.
CREATE TABLE book (
    "Book_ID" integer,
    "Title"   text,
    "Writer"  text,
    "Issues"  integer,
    "Genre"   text
);

CREATE TABLE publisher (
    "Publisher_ID" integer,
    "Name"         text,
    "Country"      text,
    "Founded_Year" integer
);

CREATE TABLE publication (
    "Publication_ID"   integer,
    "Book_ID"          integer,
    "Publisher_ID"     integer,
    "Publication_Date" date,
    "Price"            numeric(6,2),
    "Format"           text
);

INSERT INTO book VALUES
(1,  'The Silent Harbor',        'Elena Marsh',     6,  'Mystery'),
(2,  'Winds of Orkney',          'Callum Reid',     4,  'Historical'),
(3,  'Glass Cities',             'Priya Anand',     9,  'Science Fiction'),
(4,  'The Last Orchard',         'Elena Marsh',     3,  'Literary'),
(5,  'Copper and Salt',          'Tomas Lindqvist', 5,  'Historical'),
(6,  'Midnight Ledger',          'Sarah Okafor',    12, 'Thriller'),
(7,  'A Map of Small Things',    'Priya Anand',     2,  'Literary'),
(8,  'Northern Lights Protocol', 'Daniel Hume',     7,  'Science Fiction'),
(9,  'The Baker''s Daughter',    'Margaret Flynn',  1,  'Romance'),
(10, 'Stone Circle',             'Callum Reid',     8,  'Mystery'),
(11, 'Paper Moons',              'Elena Marsh',     5,  'Romance'),
(12, 'Deep Field',               'Tomas Lindqvist', 4,  'Science Fiction');

INSERT INTO publisher VALUES
(1, 'Harbour Press',    'UK',      1962),
(2, 'Northlight Books', 'UK',      1988),
(3, 'Vega Publishing',  'USA',     1975),
(4, 'Lindgren & Berg',  'Sweden',  1921),
(5, 'Maple Leaf House', 'Canada',  1999),
(6, 'Redwood Editions', 'USA',     2005),
(7, 'Blue Fern Media',  'Ireland', 2016);

INSERT INTO publication VALUES
(1,  1,  1, '2015-04-10', 18.99, 'Hardcover'),
(2,  1,  3, '2016-09-01',  9.99, 'Paperback'),
(3,  2,  2, '2012-06-15', 14.50, 'Hardcover'),
(4,  3,  3, '2019-02-20', 24.00, 'Hardcover'),
(5,  3,  6, '2020-11-05',  7.99, 'Ebook'),
(6,  4,  1, '2010-03-12', 12.00, 'Paperback'),
(7,  5,  4, '2008-08-08', 16.75, 'Hardcover'),
(8,  6,  3, '2021-10-30', 27.50, 'Hardcover'),
(9,  6,  5, '2022-01-14', 11.25, 'Paperback'),
(10, 6,  6, '2022-05-02',  6.49, 'Ebook'),
(11, 7,  2, '2018-07-19', 13.00, 'Paperback'),
(12, 8,  3, '2023-03-03', 22.00, 'Hardcover'),
(13, 8,  5, '2023-09-12',  8.99, 'Ebook'),
(14, 10, 1, '2017-05-25', 15.40, 'Hardcover'),
(15, 10, 2, '2019-12-01', 10.50, 'Paperback'),
(16, 12, 4, '2024-06-06', 19.20, 'Hardcover'),
(17, 12, 6, '2024-10-10',  5.99, 'Ebook'),
(18, 11, 5, '2020-02-14',  9.50, 'Paperback');

-- Side cluster 2 (public schema, declared keys): coffee shops, their members and their happy hours.
CREATE TABLE coffee_shop (
    shop_id      integer PRIMARY KEY,
    name         text NOT NULL,
    address      text NOT NULL,
    city         text NOT NULL,
    num_of_staff integer NOT NULL,
    score        numeric(2,1) NOT NULL,
    open_year    integer NOT NULL
);

CREATE TABLE member (
    member_id           integer PRIMARY KEY,
    name                text NOT NULL,
    membership_card     text NOT NULL,
    age                 integer NOT NULL,
    time_of_purchase    integer NOT NULL,
    level_of_membership integer NOT NULL,
    address             text NOT NULL,
    home_shop_id        integer REFERENCES coffee_shop (shop_id)
);

CREATE TABLE happy_hour (
    hh_id                  integer PRIMARY KEY,
    shop_id                integer NOT NULL REFERENCES coffee_shop (shop_id),
    month                  text NOT NULL,
    num_of_staff_in_charge integer NOT NULL
);

INSERT INTO coffee_shop VALUES
(1, 'The Daily Grind',    '14 Kings Road',    'Brighton',   8,  4.2, 2010),
(2, 'Bean There',         '3 Quay Street',    'Bristol',    5,  3.8, 2014),
(3, 'Roast & Co',         '77 High Street',   'Oxford',     12, 4.7, 2008),
(4, 'Cafe Aurora',        '9 Mill Lane',      'Cambridge',  6,  4.0, 2016),
(5, 'Kettle Black',       '21 Church Street', 'Brighton',   4,  3.5, 2005),
(6, 'Flat White Society', '102 Deansgate',    'Manchester', 10, 4.4, 2012),
(7, 'Little Bean',        '5 Abbey Road',     'Bath',       3,  3.9, 2019),
(8, 'Mocha Lane',         '48 Park Row',      'Bristol',    7,  4.1, 2021);

INSERT INTO member VALUES
(1,  'Ashley Grant',  'Gold',   34, 18, 5, 'Brighton',   1),
(2,  'Ben Holloway',  'Silver', 27, 9,  3, 'Bristol',    2),
(3,  'Carla Mendes',  'Black',  45, 31, 6, 'Oxford',     3),
(4,  'Dev Malhotra',  'Gold',   38, 22, 5, 'Oxford',     3),
(5,  'Erin Walsh',    'Silver', 22, 6,  2, 'Cambridge',  4),
(6,  'Felix Novak',   'Black',  51, 40, 7, 'Brighton',   1),
(7,  'Gina Russo',    'Gold',   29, 15, 4, 'Manchester', 6),
(8,  'Hugo Brandt',   'Silver', 19, 4,  1, 'Bath',       7),
(9,  'Imogen Price',  'Gold',   41, 20, 5, 'Bristol',    8),
(10, 'Jamal Wright',  'Black',  36, 28, 6, 'Manchester', 6),
(11, 'Kate Sullivan', 'Silver', 25, 8,  2, 'Brighton',   5),
(12, 'Liam Doyle',    'Gold',   33, 17, 4, 'Oxford',     3),
(13, 'Maya Chen',     'Silver', 30, 11, 3, 'Cambridge',  4),
(14, 'Nina Petrova',  'Gold',   47, 25, 5, 'Bath',       7),
(15, 'Owen Hughes',   'Silver', 24, 7,  2, 'Bristol',    NULL),
(16, 'Paula Santos',  'Black',  58, 35, 7, 'Brighton',   5),
(17, 'Quentin Moore', 'Gold',   39, 19, 4, 'Manchester', 6),
(18, 'Rosa Alvarez',  'Silver', 28, 10, 3, 'Oxford',     3),
(19, 'Sam Taylor',    'Gold',   31, 14, 4, 'Cambridge',  2),
(20, 'Tara Quinn',    'Black',  26, 5,  1, 'Bath',       NULL);

INSERT INTO happy_hour VALUES
(1,  1, 'May',       3),
(2,  1, 'June',      4),
(3,  1, 'July',      3),
(4,  2, 'May',       2),
(5,  3, 'April',     5),
(6,  3, 'May',       6),
(7,  3, 'August',    4),
(8,  3, 'December',  5),
(9,  4, 'June',      2),
(10, 5, 'July',      1),
(11, 6, 'May',       4),
(12, 6, 'September', 3),
(13, 7, 'December',  2),
(14, 2, 'October',   3);
