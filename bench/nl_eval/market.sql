-- Market (development-only probe schema), modelled on public text-to-SQL benchmark databases.
-- A marketplace cluster in the non-public schema `shopfront`, like e-commerce benchmark databases: sellers
-- (seller_name, country, joined_on, rating 1.0-5.0 or NULL), categories (parent_category_id references the parent,
-- NULL for a top-level category), listings (a seller's item in a category: title, asking price in dollars, stock
-- or NULL, listed_on, is_active), buyers, orders (status delivered / shipped / cancelled / returned), order_items
-- (quantity units bought at unit_price, what was paid) and reviews (stars 1-5, comment or NULL). Primary keys on
-- all seven tables; foreign keys declared on listings.seller_id, categories.parent_category_id, orders.buyer_id,
-- order_items and reviews.listing_id, NOT on listings.category_id (-> categories) nor reviews.buyer_id (-> buyers).
-- 10 sellers in 7 countries (USA, Canada and Germany two each); TechNest (USA, 4.8) has the highest rating and
-- joined first (2023-01-20), Pixel Forge (3.5) the lowest; Green Thumb Supply has no rating and no listing;
-- Bavaria Home, Pixel Forge, Kyoto Living and Green Thumb Supply joined in 2024. 14 categories: top-level
-- Electronics (children Phones, Laptops, Audio; Audio has the child Headphones), Home & Kitchen (Cookware,
-- Lighting), Books (Fiction, Cookbooks), Sports & Outdoors (Camping) and Garden (no child, no listing);
-- Electronics has no listing of its own, 7 at any depth. 26 listings: Cookware has the most (4); Zenbook Air 14
-- (1199.00) is the most expensive, Midnight in Lisbon (12.50) the cheapest, Edison Pendant Light (2025-03-01) the
-- newest; Pixel Budget Phone, Birch Table Lamp and Oak Spice Rack are inactive; Pixel Budget Phone and Birch Table
-- Lamp have stock 0 and A Short History of Maps NULL stock; TechNest and Atlas Books have 4 listings, Lumen
-- Lighting 1. Pixel Budget Phone, Birch Table Lamp, Edison Pendant Light and Oak Spice Rack were never ordered, so
-- Lumen Lighting and Green Thumb Supply never sold anything. 15 buyers: Ethan Walker has no email, Grace Taylor
-- no city; Mateo Garcia and Grace Taylor never ordered. 30 orders 2023-02-03 .. 2025-08-26 (10 in 2023, 12 in
-- 2024, 8 in 2025): 20 delivered, 4 shipped, 3 cancelled (10%), 3 returned (Emma Larsen, Noah Kim, Olivia
-- Brown); Liam Becker placed the most (4). 42 order items, revenue sum(quantity * unit_price) 8265.04 in all,
-- 5301.35 delivered; TechNest earns the most (5102.97); top listings by revenue Zenbook Air 14 (2348.00), Aurora X2
-- Smartphone (1348.00), Chromebook Go 11 (967.00); The Silent Harbor sells the most units (8); order 4 (1199.00)
-- is the largest; Sofia Rossi spent the most on delivered orders (1572.00). Chromebook Go 11, QuietWave
-- Headphones, Aurora X2 Smartphone, Zenbook Air 14 and Nordic Hiking Poles were sold below their list price at
-- least once. Emma Larsen, Olivia Brown and Lucas Martin bought from both TechNest and Atlas Books.
-- 26 reviews (8 without comment; 9 five-star, one one-star on QuietWave Headphones); The Silent Harbor has the most
-- reviews (3), Emma Larsen wrote the most (5); James Wilson ordered but never reviewed; Maple Crafts, Lumen
-- Lighting and Green Thumb Supply have no review on any listing; 8 listings have none.
-- A wine cluster in the public schema, like wine_1 (no declared keys, capitalised quoted columns): appellations
-- (County 'N/A' when it spans counties, Area, isAVA 'Yes'/'No'), grapes (Color Red/White) and wine (wine."Grape" =
-- grapes."Grape", wine."Appelation" = appellations."Appelation", Price in dollars, Score out of 100, Cases or
-- NULL, Drink 'now' or a year as text). 32 wines by 28 wineries, 25 red and 7 white; Shafer Hillside Select is
-- the best (98) and the most expensive (225), then Kosta Browne Koplen Vineyard (97) and Saxum James Berry Vineyard
-- (96); Zinfandel has the most wines (6), Cabernet Sauvignon the highest average price; Malbec and Riesling have no
-- wine; Napa Valley has the most wines (9); Central Coast, Mendocino County and Sonoma County have none; Amador
-- County, Mendocino County and Sonoma County are not AVAs; Alban is the only winery with both a red and a white;
-- Saintsbury Brown Ranch and Saxum James Berry Vineyard have no case count; three wines are called Estate.
-- A gymnast cluster in the public schema, like gymnast (declared keys; gymnast.gymnast_id = people.people_id,
-- total_points is the sum of the six events): 12 people, 9 gymnasts; Paul Hamm has the most total points
-- (58.061), Clary Sermina Delgado Cid (18) is the youngest gymnast and has the fewest (55.436), Juan Carlos Peña
-- (1.81) is the tallest; Ashley Pérez Cabrera is best on the pommel horse; Santo Domingo is the most common
-- gymnast hometown (3); Rosa Clarissa Ortíz Melo, Diego Alvarez (no age) and Mateo Fernández Gil (no hometown)
-- are not gymnasts. Heights, prices and scores asked about in orderings have no ties.
CREATE SCHEMA shopfront;
CREATE TABLE shopfront.sellers (seller_id integer PRIMARY KEY, seller_name text NOT NULL, country text NOT NULL,
                                joined_on date NOT NULL, rating numeric(2,1));
CREATE TABLE shopfront.categories (category_id integer PRIMARY KEY, category_name text NOT NULL,
                                   parent_category_id integer REFERENCES shopfront.categories);
CREATE TABLE shopfront.listings (listing_id integer PRIMARY KEY, seller_id integer NOT NULL REFERENCES shopfront.sellers,
                                 category_id integer NOT NULL, title text NOT NULL, price numeric(8,2) NOT NULL,
                                 stock integer, listed_on date NOT NULL, is_active boolean NOT NULL);
CREATE TABLE shopfront.buyers (buyer_id integer PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL,
                               email text, city text, signup_date date NOT NULL);
CREATE TABLE shopfront.orders (order_id integer PRIMARY KEY, buyer_id integer NOT NULL REFERENCES shopfront.buyers,
                               order_date date NOT NULL, status text NOT NULL);
CREATE TABLE shopfront.order_items (order_id integer NOT NULL REFERENCES shopfront.orders,
                                    listing_id integer NOT NULL REFERENCES shopfront.listings,
                                    quantity integer NOT NULL, unit_price numeric(8,2) NOT NULL,
                                    PRIMARY KEY (order_id, listing_id));
CREATE TABLE shopfront.reviews (review_id integer PRIMARY KEY, listing_id integer NOT NULL REFERENCES shopfront.listings,
                                buyer_id integer NOT NULL, stars integer NOT NULL, review_date date NOT NULL,
                                comment text);
COMMENT ON COLUMN shopfront.sellers.rating IS 'average seller rating from 1.0 to 5.0, NULL when not yet rated';
COMMENT ON COLUMN shopfront.categories.parent_category_id IS 'the parent category, NULL for a top-level category';
COMMENT ON COLUMN shopfront.listings.category_id IS 'categories.category_id of the listing';
COMMENT ON COLUMN shopfront.listings.price IS 'current asking price in US dollars';
COMMENT ON COLUMN shopfront.listings.stock IS 'units in stock, NULL when not tracked';
COMMENT ON COLUMN shopfront.orders.status IS 'delivered, shipped, cancelled or returned';
COMMENT ON COLUMN shopfront.order_items.unit_price IS 'price paid per unit in US dollars';
COMMENT ON COLUMN shopfront.reviews.buyer_id IS 'buyers.buyer_id of the reviewer';
COMMENT ON COLUMN shopfront.reviews.stars IS 'star rating from 1 to 5';

INSERT INTO shopfront.sellers VALUES
  (1, 'Nordic Gear', 'Sweden', '2023-02-14', 4.6),
  (2, 'Casa Verde', 'Spain', '2023-05-03', 4.2),
  (3, 'TechNest', 'USA', '2023-01-20', 4.8),
  (4, 'Maple Crafts', 'Canada', '2023-09-11', 3.9),
  (5, 'Bavaria Home', 'Germany', '2024-03-02', 4.4),
  (6, 'Pixel Forge', 'USA', '2024-06-18', 3.5),
  (7, 'Kyoto Living', 'Japan', '2024-01-09', 4.7),
  (8, 'Green Thumb Supply', 'Canada', '2024-11-25', NULL),
  (9, 'Atlas Books', 'UK', '2023-07-30', 4.1),
  (10, 'Lumen Lighting', 'Germany', '2025-02-10', 4.0);

INSERT INTO shopfront.categories VALUES
  (1, 'Electronics', NULL),
  (2, 'Home & Kitchen', NULL),
  (3, 'Books', NULL),
  (4, 'Sports & Outdoors', NULL),
  (5, 'Phones', 1),
  (6, 'Laptops', 1),
  (7, 'Audio', 1),
  (8, 'Cookware', 2),
  (9, 'Lighting', 2),
  (10, 'Fiction', 3),
  (11, 'Cookbooks', 3),
  (12, 'Camping', 4),
  (13, 'Headphones', 7),
  (14, 'Garden', NULL);

INSERT INTO shopfront.listings VALUES
  (1, 3, 5, 'Aurora X2 Smartphone', 699.00, 25, '2023-03-01', true),
  (2, 3, 6, 'Zenbook Air 14', 1199.00, 8, '2023-04-12', true),
  (3, 3, 13, 'QuietWave Headphones', 149.99, 40, '2023-05-20', true),
  (4, 6, 7, 'BoomCube Speaker', 79.50, 60, '2024-07-01', true),
  (5, 6, 5, 'Pixel Budget Phone', 189.00, 0, '2024-07-15', false),
  (6, 6, 13, 'Gamer Pro Headset', 89.90, 15, '2024-08-02', true),
  (7, 1, 12, 'Trailblazer Tent 2P', 249.00, 12, '2023-03-15', true),
  (8, 1, 12, 'Arctic Sleeping Bag', 129.00, 20, '2023-04-02', true),
  (9, 1, 4, 'Nordic Hiking Poles', 59.00, 35, '2023-06-10', true),
  (10, 2, 8, 'Terracotta Paella Pan', 45.00, 18, '2023-06-01', true),
  (11, 2, 8, 'Cast Iron Skillet', 39.90, 50, '2023-07-19', true),
  (12, 2, 11, 'Tapas at Home', 24.50, 30, '2023-08-05', true),
  (13, 4, 2, 'Maple Cutting Board', 34.00, 22, '2023-10-01', true),
  (14, 4, 9, 'Birch Table Lamp', 64.00, 0, '2023-11-12', false),
  (15, 5, 8, 'Stainless Stock Pot', 54.90, 14, '2024-03-20', true),
  (16, 5, 9, 'Bauhaus Floor Lamp', 179.00, 6, '2024-04-02', true),
  (17, 7, 2, 'Hinoki Bath Stool', 72.00, 9, '2024-02-01', true),
  (18, 7, 8, 'Donabe Clay Pot', 68.00, 11, '2024-02-14', true),
  (19, 7, 11, 'Washoku Basics', 29.00, 25, '2024-03-05', true),
  (20, 9, 10, 'The Silent Harbor', 14.99, 100, '2023-08-20', true),
  (21, 9, 10, 'Midnight in Lisbon', 12.50, 80, '2023-09-02', true),
  (22, 9, 11, 'Bread Every Day', 22.00, 40, '2023-09-15', true),
  (23, 9, 3, 'A Short History of Maps', 18.75, NULL, '2024-01-10', true),
  (24, 10, 9, 'Edison Pendant Light', 42.00, 30, '2025-03-01', true),
  (25, 3, 6, 'Chromebook Go 11', 329.00, 5, '2025-01-15', true),
  (26, 5, 2, 'Oak Spice Rack', 27.50, 16, '2024-05-10', false);

INSERT INTO shopfront.buyers VALUES
  (1, 'Emma', 'Larsen', 'emma.larsen@example.com', 'Oslo', '2023-01-15'),
  (2, 'Liam', 'Becker', 'liam.becker@example.com', 'Berlin', '2023-02-20'),
  (3, 'Sofia', 'Rossi', 'sofia.rossi@example.com', 'Milan', '2023-03-08'),
  (4, 'Noah', 'Kim', 'noah.kim@example.com', 'Seattle', '2023-04-22'),
  (5, 'Olivia', 'Brown', 'olivia.brown@example.com', 'London', '2023-06-30'),
  (6, 'Lucas', 'Martin', 'lucas.martin@example.com', 'Paris', '2023-09-14'),
  (7, 'Mia', 'Schmidt', 'mia.schmidt@example.com', 'Berlin', '2024-01-05'),
  (8, 'Ethan', 'Walker', NULL, 'Seattle', '2024-02-18'),
  (9, 'Ava', 'Nguyen', 'ava.nguyen@example.com', 'Toronto', '2024-04-02'),
  (10, 'James', 'Wilson', 'james.wilson@example.com', 'London', '2024-05-27'),
  (11, 'Chloe', 'Dubois', 'chloe.dubois@example.com', 'Paris', '2024-08-09'),
  (12, 'Oscar', 'Lindqvist', 'oscar.l@example.com', 'Stockholm', '2024-10-11'),
  (13, 'Hana', 'Sato', 'hana.sato@example.com', 'Tokyo', '2025-01-19'),
  (14, 'Mateo', 'Garcia', 'mateo.garcia@example.com', 'Madrid', '2025-03-03'),
  (15, 'Grace', 'Taylor', 'grace.taylor@example.com', NULL, '2025-04-16');

INSERT INTO shopfront.orders VALUES
  (1, 1, '2023-02-03', 'delivered'),
  (2, 2, '2023-03-18', 'delivered'),
  (3, 3, '2023-04-09', 'delivered'),
  (4, 1, '2023-05-22', 'returned'),
  (5, 4, '2023-06-14', 'delivered'),
  (6, 5, '2023-08-01', 'delivered'),
  (7, 2, '2023-09-12', 'cancelled'),
  (8, 6, '2023-10-05', 'delivered'),
  (9, 3, '2023-11-27', 'delivered'),
  (10, 4, '2023-12-19', 'delivered'),
  (11, 7, '2024-01-20', 'delivered'),
  (12, 5, '2024-02-29', 'returned'),
  (13, 8, '2024-02-10', 'delivered'),
  (14, 1, '2024-04-04', 'delivered'),
  (15, 9, '2024-05-16', 'delivered'),
  (16, 10, '2024-06-08', 'cancelled'),
  (17, 2, '2024-07-21', 'delivered'),
  (18, 6, '2024-08-30', 'delivered'),
  (19, 11, '2024-09-14', 'delivered'),
  (20, 4, '2024-10-02', 'returned'),
  (21, 12, '2024-11-11', 'delivered'),
  (22, 7, '2024-12-06', 'delivered'),
  (23, 3, '2025-01-13', 'delivered'),
  (24, 13, '2025-02-07', 'delivered'),
  (25, 9, '2025-03-22', 'shipped'),
  (26, 5, '2025-04-18', 'delivered'),
  (27, 10, '2025-05-09', 'shipped'),
  (28, 12, '2025-06-15', 'cancelled'),
  (29, 2, '2025-07-03', 'shipped'),
  (30, 11, '2025-08-26', 'shipped');

INSERT INTO shopfront.order_items VALUES
  (1, 3, 1, 149.99),
  (1, 20, 2, 14.99),
  (2, 1, 1, 699.00),
  (3, 10, 1, 45.00),
  (3, 12, 2, 24.50),
  (4, 2, 1, 1199.00),
  (5, 7, 1, 249.00),
  (5, 8, 2, 129.00),
  (6, 21, 3, 12.50),
  (6, 22, 1, 22.00),
  (7, 11, 2, 39.90),
  (8, 13, 1, 34.00),
  (8, 20, 1, 14.99),
  (9, 2, 1, 1149.00),
  (10, 9, 2, 59.00),
  (11, 17, 1, 72.00),
  (11, 18, 1, 68.00),
  (12, 3, 1, 139.99),
  (13, 4, 2, 79.50),
  (14, 15, 1, 54.90),
  (14, 11, 1, 39.90),
  (15, 19, 2, 29.00),
  (15, 12, 1, 24.50),
  (16, 16, 1, 179.00),
  (17, 6, 1, 89.90),
  (17, 3, 1, 149.99),
  (18, 1, 1, 649.00),
  (19, 18, 2, 68.00),
  (20, 7, 1, 249.00),
  (21, 9, 4, 55.00),
  (22, 20, 5, 14.99),
  (22, 23, 1, 18.75),
  (23, 25, 1, 329.00),
  (24, 17, 2, 72.00),
  (24, 19, 1, 29.00),
  (25, 4, 1, 79.50),
  (26, 8, 1, 129.00),
  (27, 25, 2, 319.00),
  (28, 15, 1, 54.90),
  (29, 10, 1, 45.00),
  (29, 11, 3, 39.90),
  (30, 6, 2, 89.90);

INSERT INTO shopfront.reviews VALUES
  (1, 3, 1, 5, '2023-02-20', 'Great sound for the price'),
  (2, 20, 1, 4, '2023-02-25', NULL),
  (3, 1, 2, 5, '2023-04-01', 'Fast and the camera is excellent'),
  (4, 10, 3, 4, '2023-04-30', 'Made a lovely paella'),
  (5, 12, 3, 3, '2023-05-02', NULL),
  (6, 2, 1, 2, '2023-06-01', 'Returned it, the screen flickered'),
  (7, 7, 4, 5, '2023-07-02', 'Survived a storm in the Cascades'),
  (8, 8, 4, 4, '2023-07-03', 'Warm enough'),
  (9, 21, 5, 5, '2023-08-20', 'Could not put it down'),
  (10, 11, 1, 4, '2024-04-22', NULL),
  (11, 2, 3, 5, '2023-12-15', 'Light and very fast'),
  (12, 9, 4, 3, '2024-01-08', 'A bit heavy'),
  (13, 17, 7, 5, '2024-02-10', 'Beautiful wood'),
  (14, 3, 5, 1, '2024-03-05', 'Broke after a week'),
  (15, 4, 8, 4, '2024-03-30', 'Loud and clear'),
  (16, 15, 1, 4, '2024-04-20', NULL),
  (17, 19, 9, 5, '2024-06-01', 'Clear recipes'),
  (18, 6, 2, 2, '2024-08-10', 'Mic is weak'),
  (19, 1, 6, 4, '2024-09-15', NULL),
  (20, 18, 11, 5, '2024-10-01', 'Perfect for hot pot'),
  (21, 9, 12, 4, '2024-12-01', NULL),
  (22, 20, 7, 3, '2024-12-28', 'Slow start'),
  (23, 25, 3, 4, '2025-02-02', 'Good for school'),
  (24, 17, 13, 4, '2025-02-25', NULL),
  (25, 8, 5, 5, '2025-05-01', 'Cosy at minus five'),
  (26, 20, 6, 4, '2023-10-20', NULL);

CREATE TABLE appellations ("No" integer, "Appelation" text, "County" text, "State" text, "Area" text, "isAVA" text);
CREATE TABLE grapes ("ID" integer, "Grape" text, "Color" text);
CREATE TABLE wine ("No" integer, "Grape" text, "Winery" text, "Appelation" text, "State" text, "Name" text,
                   "Year" integer, "Price" integer, "Score" integer, "Cases" integer, "Drink" text);
COMMENT ON COLUMN wine."Grape" IS 'grape name, grapes."Grape"';
COMMENT ON COLUMN wine."Appelation" IS 'appellation name, appellations."Appelation"';
COMMENT ON COLUMN wine."Price" IS 'price per bottle in US dollars';
COMMENT ON COLUMN wine."Score" IS 'critic score out of 100';
COMMENT ON COLUMN wine."Cases" IS 'number of cases produced';
COMMENT ON COLUMN wine."Drink" IS 'when to drink: now, or a year such as 2012';

INSERT INTO appellations VALUES
  (1, 'Alexander Valley', 'Sonoma', 'California', 'North Coast', 'Yes'),
  (2, 'Amador County', 'Amador', 'California', 'Sierra Foothills', 'No'),
  (3, 'Anderson Valley', 'Mendocino', 'California', 'North Coast', 'Yes'),
  (4, 'Carneros', 'Napa', 'California', 'North Coast', 'Yes'),
  (5, 'Central Coast', 'N/A', 'California', 'Central Coast', 'Yes'),
  (6, 'Dry Creek Valley', 'Sonoma', 'California', 'North Coast', 'Yes'),
  (7, 'Edna Valley', 'San Luis Obispo', 'California', 'Central Coast', 'Yes'),
  (8, 'Mendocino County', 'Mendocino', 'California', 'North Coast', 'No'),
  (9, 'Napa Valley', 'Napa', 'California', 'North Coast', 'Yes'),
  (10, 'Paso Robles', 'San Luis Obispo', 'California', 'Central Coast', 'Yes'),
  (11, 'Russian River Valley', 'Sonoma', 'California', 'North Coast', 'Yes'),
  (12, 'Santa Lucia Highlands', 'Monterey', 'California', 'Central Coast', 'Yes'),
  (13, 'Sonoma County', 'Sonoma', 'California', 'North Coast', 'No'),
  (14, 'Columbia Valley', 'N/A', 'Washington', 'N/A', 'Yes'),
  (15, 'Willamette Valley', 'N/A', 'Oregon', 'N/A', 'Yes');

INSERT INTO grapes VALUES
  (1, 'Barbera', 'Red'),
  (2, 'Cabernet Franc', 'Red'),
  (3, 'Cabernet Sauvignon', 'Red'),
  (4, 'Chardonnay', 'White'),
  (5, 'Grenache', 'Red'),
  (6, 'Malbec', 'Red'),
  (7, 'Merlot', 'Red'),
  (8, 'Petite Sirah', 'Red'),
  (9, 'Pinot Noir', 'Red'),
  (10, 'Riesling', 'White'),
  (11, 'Sauvignon Blanc', 'White'),
  (12, 'Syrah', 'Red'),
  (13, 'Viognier', 'White'),
  (14, 'Zinfandel', 'Red');

INSERT INTO wine VALUES
  (1, 'Zinfandel', 'Robert Biale', 'Napa Valley', 'California', 'Old Kraft Vineyard', 2008, 44, 93, 275, 'now'),
  (2, 'Zinfandel', 'Chiarello Family', 'Napa Valley', 'California', 'Giana', 2008, 35, 93, 480, 'now'),
  (3, 'Zinfandel', 'Robert Biale', 'Napa Valley', 'California', 'Black Chicken', 2008, 40, 91, 2700, '2012'),
  (4, 'Zinfandel', 'Ridge', 'Dry Creek Valley', 'California', 'Lytton Springs', 2007, 36, 92, 6000, '2013'),
  (5, 'Zinfandel', 'Dashe', 'Dry Creek Valley', 'California', 'Todd Brothers Ranch', 2007, 28, 89, 200, 'now'),
  (6, 'Zinfandel', 'Easton', 'Amador County', 'California', 'Estate Bottled', 2006, 20, 87, 1100, 'now'),
  (7, 'Cabernet Sauvignon', 'Silver Oak', 'Alexander Valley', 'California', 'Alexander Valley', 2005, 70, 92, 25000, '2015'),
  (8, 'Cabernet Sauvignon', 'Jordan', 'Alexander Valley', 'California', 'Estate', 2006, 52, 90, 90000, '2014'),
  (9, 'Cabernet Sauvignon', 'Shafer', 'Napa Valley', 'California', 'Hillside Select', 2005, 225, 98, 2400, '2020'),
  (10, 'Cabernet Sauvignon', 'Caymus', 'Napa Valley', 'California', 'Special Selection', 2006, 130, 95, 9000, '2018'),
  (11, 'Cabernet Sauvignon', 'Justin', 'Paso Robles', 'California', 'Isosceles', 2007, 62, 94, 7500, '2016'),
  (12, 'Pinot Noir', 'Williams Selyem', 'Russian River Valley', 'California', 'Westside Road Neighbors', 2008, 58, 94, 650, '2014'),
  (13, 'Pinot Noir', 'Kosta Browne', 'Russian River Valley', 'California', 'Koplen Vineyard', 2008, 74, 97, 400, '2015'),
  (14, 'Pinot Noir', 'Pisoni', 'Santa Lucia Highlands', 'California', 'Pisoni Vineyard', 2007, 65, 93, 1200, '2013'),
  (15, 'Pinot Noir', 'Goldeneye', 'Anderson Valley', 'California', 'Confluence', 2007, 55, 91, 350, 'now'),
  (16, 'Pinot Noir', 'Domaine Serene', 'Willamette Valley', 'Oregon', 'Evenstad Reserve', 2007, 60, 92, 3000, '2014'),
  (17, 'Chardonnay', 'Kistler', 'Russian River Valley', 'California', 'Vine Hill Vineyard', 2008, 75, 95, 800, '2013'),
  (18, 'Chardonnay', 'Saintsbury', 'Carneros', 'California', 'Brown Ranch', 2008, 45, 90, NULL, 'now'),
  (19, 'Chardonnay', 'Talley', 'Edna Valley', 'California', 'Rosemary''s Vineyard', 2007, 50, 92, 420, 'now'),
  (20, 'Chardonnay', 'Chateau Ste. Michelle', 'Columbia Valley', 'Washington', 'Canoe Ridge Estate', 2008, 22, 88, 15000, 'now'),
  (21, 'Sauvignon Blanc', 'Merry Edwards', 'Russian River Valley', 'California', 'Sauvignon Blanc', 2009, 32, 91, 5200, 'now'),
  (22, 'Sauvignon Blanc', 'Spottswoode', 'Napa Valley', 'California', 'Estate', 2009, 36, 89, 2500, 'now'),
  (23, 'Syrah', 'Alban', 'Edna Valley', 'California', 'Reva', 2006, 68, 95, 600, '2016'),
  (24, 'Syrah', 'Saxum', 'Paso Robles', 'California', 'James Berry Vineyard', 2007, 89, 96, NULL, '2017'),
  (25, 'Syrah', 'K Vintners', 'Columbia Valley', 'Washington', 'Milbrandt', 2007, 40, 90, 1500, '2012'),
  (26, 'Merlot', 'Duckhorn', 'Napa Valley', 'California', 'Three Palms Vineyard', 2006, 90, 90, 3000, '2015'),
  (27, 'Merlot', 'Januik', 'Columbia Valley', 'Washington', 'Klipsun Vineyard', 2007, 30, 89, 800, 'now'),
  (28, 'Grenache', 'Saxum', 'Paso Robles', 'California', 'Broken Stones', 2007, 72, 94, 700, '2014'),
  (29, 'Viognier', 'Alban', 'Edna Valley', 'California', 'Estate', 2008, 38, 90, 900, 'now'),
  (30, 'Petite Sirah', 'Turley', 'Napa Valley', 'California', 'Hayne Vineyard', 2008, 48, 91, 450, '2014'),
  (31, 'Barbera', 'Easton', 'Amador County', 'California', 'Shenandoah Valley', 2007, 18, 86, 900, 'now'),
  (32, 'Cabernet Franc', 'Lang & Reed', 'Napa Valley', 'California', 'Two-Fourteen', 2006, 45, 90, 600, '2013');

CREATE TABLE people (people_id integer PRIMARY KEY, name text NOT NULL, age integer, height numeric(3,2),
                     hometown text);
CREATE TABLE gymnast (gymnast_id integer PRIMARY KEY REFERENCES people (people_id),
                      floor_exercise_points numeric(5,3), pommel_horse_points numeric(5,3),
                      rings_points numeric(5,3), vault_points numeric(5,3), parallel_bars_points numeric(5,3),
                      horizontal_bar_points numeric(5,3), total_points numeric(6,3));
COMMENT ON COLUMN people.height IS 'height in metres';

INSERT INTO people VALUES
  (1, 'Paul Hamm', 24, 1.71, 'Santo Domingo'),
  (2, 'Lorraine Súarez Carmona', 21, 1.75, 'Bonao'),
  (3, 'Ashley Pérez Cabrera', 19, 1.70, 'Santo Domingo'),
  (4, 'Elizabeth Quiñónez Aroyo', 20, 1.73, 'Santiago de los Caballeros'),
  (5, 'Eve Tatiana Cruz Oviedo', 22, 1.72, 'Santo Domingo'),
  (6, 'Nadia Caba Rodríguez', 23, 1.79, 'Santiago de los Caballeros'),
  (7, 'Clary Sermina Delgado Cid', 18, 1.68, 'Bonao'),
  (8, 'Marina Castro Medina', 25, 1.76, 'La Romana'),
  (9, 'Rosa Clarissa Ortíz Melo', 17, 1.65, 'Santo Domingo'),
  (10, 'Juan Carlos Peña', 26, 1.81, 'La Vega'),
  (11, 'Diego Alvarez', NULL, 1.69, 'Puerto Plata'),
  (12, 'Mateo Fernández Gil', 20, 1.74, NULL);

INSERT INTO gymnast VALUES
  (1, 9.725, 9.737, 9.512, 9.575, 9.762, 9.750, 58.061),
  (2, 9.700, 9.625, 9.625, 9.650, 9.475, 9.712, 57.787),
  (3, 8.987, 9.750, 9.300, 9.537, 9.712, 9.412, 56.698),
  (4, 9.100, 9.412, 9.237, 9.512, 9.400, 9.062, 55.723),
  (5, 9.437, 9.375, 9.412, 9.475, 9.525, 9.487, 56.711),
  (6, 9.650, 8.987, 9.525, 9.687, 9.325, 9.600, 56.774),
  (7, 9.212, 9.300, 9.137, 9.425, 9.100, 9.262, 55.436),
  (8, 9.362, 9.550, 9.050, 9.300, 9.600, 9.175, 56.037),
  (10, 9.812, 9.175, 9.700, 9.737, 9.287, 9.525, 57.236);
