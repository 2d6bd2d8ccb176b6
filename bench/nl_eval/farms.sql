-- Farms (development-only probe schema), modelled on public text-to-SQL benchmark databases.
-- A farm cluster in the non-public schema `agri`, like the farm benchmark: city (official_name, status Town /
-- Village / City, area, population, census_ranking stored as text like '636 of 5008'), farm (livestock counts
-- of one farm in one year; a farm has no name, only farm_id), farm_competition (a yearly competition with a
-- theme, a host city and its celebrity hosts) and competition_record (the rank of a farm in a competition,
-- rank 1 = winner). Primary keys are declared on all four tables and foreign keys on competition_record's
-- competition_id and farm_id; farm_competition.host_city_id has no declared key (it joins city.city_id).
-- Edmundston (city 12) is the biggest city by population and area; Aroostook has the smallest population, Bath
-- the smallest area; Nackawic has no area. Grand Falls/Grand-Sault hosted three competitions, Woodstock two,
-- Perth-Andover, Plaster Rock and Edmundston one each; eight cities hosted none; the 2024 competition (Spring
-- Fair) has no host city yet. Farm 10 has the most horses and competed the most (5 times) and won twice (the only
-- farm with two wins); farm 17 has the most cattle, cows, pigs and sheep and goats; farm 18 has the fewest
-- horses; farms 16 and 18 never competed; farm 9 has no pig count.
-- A department/management cluster in the public schema, like the department_management benchmark (no declared
-- keys): department (creation is a founding year stored as text), head (head 11 has no age) and management
-- (a head managing a department, temporary_acting 'Yes' or 'No'). K. J. Choi (head 3) manages Commerce and
-- Health and Human Services, Billy Mayfair (head 6) manages Treasury (acting) and Education; Treasury has two
-- heads; State, Interior, Agriculture, Labor and Housing and Urban Development have no head; heads 9, 11 and 12
-- manage nothing. California is the most common birth state of heads; Billy Mayfair is the oldest head.
-- A store cluster in the public schema (no declared keys): product (product_category is NULL for Oat Milk 1L) and
-- sale (sale.product_id = product.product_id; quantity units sold at product.unit_price less discount_pct
-- percent; dates from 2023-01-01 to 2025-12-31, never before the product's launch). Products 22-25 (Truffle
-- Olive Oil, the most expensive; Oat Milk 1L; Kombucha Ginger; Rice Cakes, the cheapest) were never sold.
-- An election cluster in the public schema, like the election benchmark (no declared keys): party (a party's
-- ticket in one election year; party_name repeats: Democratic in 2018 and in 2022), county and election (a
-- delegate elected for a county and district, with the party_id of the ticket and first_elected stored as a
-- numeric year like 1994.0). Green (party 7) has no delegate; Allegany (county 9) has no delegate; Harford has no
-- population; delegate Hafer, John has no committee. Baltimore County has the most delegates (5); Appropriations
-- is the biggest committee; Kach, Wade was first elected earliest (1974) and Reed, Marcus latest (2022).
CREATE SCHEMA agri;
CREATE TABLE agri.city (city_id integer PRIMARY KEY, official_name text NOT NULL, status text,
                        area_km_2 numeric(7,2), population integer, census_ranking text);
CREATE TABLE agri.farm (farm_id integer PRIMARY KEY, year integer NOT NULL, total_horses numeric(8,1),
                        working_horses numeric(8,1), total_cattle numeric(8,1), oxen numeric(8,1), bulls numeric(8,1),
                        cows numeric(8,1), pigs numeric(8,1), sheep_and_goats numeric(8,1));
CREATE TABLE agri.farm_competition (competition_id integer PRIMARY KEY, year integer NOT NULL, theme text NOT NULL,
                                    host_city_id integer, hosts text);
CREATE TABLE agri.competition_record (competition_id integer NOT NULL REFERENCES agri.farm_competition,
                                      farm_id integer NOT NULL REFERENCES agri.farm, rank integer NOT NULL,
                                      PRIMARY KEY (competition_id, farm_id));
COMMENT ON COLUMN agri.city.status IS 'municipal status: City, Town or Village';
COMMENT ON COLUMN agri.city.area_km_2 IS 'area in square kilometres';
COMMENT ON COLUMN agri.city.census_ranking IS 'rank by population in the census, e.g. 636 of 5008';
COMMENT ON COLUMN agri.farm.year IS 'year of the livestock count';
COMMENT ON COLUMN agri.farm.sheep_and_goats IS 'number of sheep and goats';
COMMENT ON COLUMN agri.farm_competition.host_city_id IS 'city.city_id of the city hosting the competition';
COMMENT ON COLUMN agri.farm_competition.hosts IS 'the people presenting the competition';
COMMENT ON COLUMN agri.competition_record.rank IS 'place of the farm in the competition, 1 is the winner';

INSERT INTO agri.city VALUES
  (1, 'Grand Falls/Grand-Sault', 'Town', 18.06, 5706, '636 of 5008'),
  (2, 'Perth-Andover', 'Village', 8.89, 1778, '1442 of 5008'),
  (3, 'Plaster Rock', 'Village', 3.09, 1135, '1936 of 5008'),
  (4, 'Drummond', 'Village', 8.91, 775, '2418 of 5008'),
  (5, 'Aroostook', 'Village', 2.24, 351, '3460 of 5008'),
  (6, 'Woodstock', 'Town', 14.43, 5228, '667 of 5008'),
  (7, 'Hartland', 'Town', 9.40, 957, '2199 of 5008'),
  (8, 'Florenceville-Bristol', 'Town', 15.71, 1604, '1545 of 5008'),
  (9, 'Saint-Leonard', 'Town', 5.20, 1300, '1749 of 5008'),
  (10, 'Centreville', 'Village', 2.49, 523, '2952 of 5008'),
  (11, 'Bath', 'Village', 2.07, 476, '3081 of 5008'),
  (12, 'Edmundston', 'City', 107.20, 16032, '147 of 5008'),
  (13, 'Nackawic', 'Village', NULL, 941, '2230 of 5008');

INSERT INTO agri.farm VALUES
  (1, 2017, 5056.5, 3900.1, 8374.5, 805.5, 31.6, 3852.1, 4412.4, 7956.3),
  (2, 2017, 5486.9, 4090.5, 8604.8, 895.3, 32.8, 3987.0, 6962.9, 8112.2),
  (3, 2018, 5607.5, 4198.8, 7611.0, 593.7, 26.9, 3873.0, 4161.2, 7030.8),
  (4, 2018, 5308.2, 3721.6, 6274.1, 254.8, 49.6, 3471.6, 3171.8, 4533.4),
  (5, 2019, 4781.3, 3593.7, 6189.5, 113.8, 40.0, 3377.0, 3373.3, 3364.8),
  (6, 2019, 3658.9, 2604.8, 5277.5, 105.2, 71.6, 2739.5, 2775.3, 2109.5),
  (7, 2020, 2604.8, 1819.6, 4446.3, 116.9, 37.6, 2518.0, 4236.7, 2197.1),
  (8, 2020, 3711.6, 2197.3, 5006.7, 156.5, 46.7, 2612.2, 3989.8, 5056.5),
  (9, 2021, 4295.0, 3112.4, 5921.3, 310.2, 55.1, 3010.8, NULL, 4120.0),
  (10, 2021, 6102.3, 4870.2, 9120.4, 1020.7, 60.3, 4410.5, 5210.6, 8820.9),
  (11, 2021, 1890.4, 1210.0, 3305.6, 88.1, 22.4, 1790.3, 2560.2, 1750.6),
  (12, 2022, 3320.7, 2480.9, 4810.2, 140.6, 35.8, 2455.1, 3620.4, 3980.2),
  (13, 2022, 2980.1, 2050.3, 4102.9, 97.4, 29.9, 2210.7, 2990.5, 3125.8),
  (14, 2023, 4450.6, 3305.8, 7025.3, 402.1, 44.2, 3600.4, 4890.3, 6201.7),
  (15, 2023, 3890.2, 2899.7, 6340.1, 220.9, 38.5, 3305.2, 4120.8, 5420.3),
  (16, 2023, 2210.5, 1540.2, 3890.7, 60.3, 18.2, 2015.6, 2230.1, 2890.4),
  (17, 2024, 5210.8, 4001.3, 9870.2, 680.4, 52.7, 5102.3, 7120.9, 9240.6),
  (18, 2024, 1520.3, 980.6, 2890.4, 45.2, 15.6, 1620.1, 1840.2, 1320.8);

INSERT INTO agri.farm_competition VALUES
  (1, 2016, 'Carnival M is back!', 1, 'Miley Cyrus Jared Leto and Karen Mok'),
  (2, 2017, 'Codehunters', 2, 'Leehom Wang and Kelly Rowland'),
  (3, 2018, 'MTV Asia Aid', 6, 'Alicia Keys'),
  (4, 2019, 'Valentine''s Day', 1, 'Vanness Wu and Michelle Branch'),
  (5, 2020, 'MTV Cube', 3, 'Shaggy and Coco Lee'),
  (6, 2021, 'Aliens', 12, 'Demi Lovato'),
  (7, 2022, 'Harvest Moon', 6, 'Shania Twain'),
  (8, 2023, 'Golden Fields', 1, 'Keith Urban and Carrie Underwood'),
  (9, 2024, 'Spring Fair', NULL, 'Tim McGraw');

INSERT INTO agri.competition_record VALUES
  (1, 1, 1), (1, 2, 2), (1, 3, 3), (1, 4, 4),
  (2, 2, 1), (2, 1, 2), (2, 5, 3),
  (3, 3, 1), (3, 4, 2), (3, 6, 3), (3, 7, 4),
  (4, 5, 1), (4, 8, 2), (4, 1, 3),
  (5, 7, 1), (5, 10, 2), (5, 2, 3), (5, 9, 4),
  (6, 10, 1), (6, 9, 2), (6, 11, 3), (6, 12, 4), (6, 8, 5),
  (7, 10, 1), (7, 12, 2), (7, 13, 3),
  (8, 14, 1), (8, 10, 2), (8, 15, 3), (8, 17, 4),
  (9, 17, 1), (9, 14, 2), (9, 10, 3);

CREATE TABLE department (department_id integer, name text, creation text, ranking integer,
                         budget_in_billions numeric(6,2), num_employees integer);
CREATE TABLE head (head_id integer, name text, born_state text, age integer);
CREATE TABLE management (department_id integer, head_id integer, temporary_acting text);
COMMENT ON COLUMN department.creation IS 'year the department was created';
COMMENT ON COLUMN department.budget_in_billions IS 'yearly budget in billions of US dollars';
COMMENT ON COLUMN department.num_employees IS 'number of employees';
COMMENT ON COLUMN head.born_state IS 'US state where the head was born';
COMMENT ON COLUMN management.temporary_acting IS 'Yes when the head is only temporarily acting, else No';

INSERT INTO department VALUES
  (1, 'State', '1789', 1, 9.96, 30266), (2, 'Treasury', '1789', 2, 11.1, 115897),
  (3, 'Defense', '1947', 3, 439.3, 3000000), (4, 'Justice', '1870', 4, 23.4, 112557),
  (5, 'Interior', '1849', 5, 10.7, 71436), (6, 'Agriculture', '1889', 6, 77.6, 109832),
  (7, 'Commerce', '1903', 7, 6.2, 36000), (8, 'Labor', '1913', 8, 59.7, 17347),
  (9, 'Health and Human Services', '1953', 9, 543.2, 67000), (10, 'Housing and Urban Development', '1965', 10, 46.2, 10600),
  (11, 'Transportation', '1966', 11, 58.0, 58622), (12, 'Energy', '1977', 12, 21.5, 116100),
  (13, 'Education', '1979', 13, 62.8, 4487), (14, 'Veterans Affairs', '1989', 14, 73.2, 235000),
  (15, 'Homeland Security', '2002', 15, 44.6, 208000);

INSERT INTO head VALUES
  (1, 'Tiger Woods', 'Alabama', 67), (2, 'Sergio García', 'California', 68), (3, 'K. J. Choi', 'Alabama', 69),
  (4, 'Dudley Hart', 'California', 52), (5, 'Jeff Maggert', 'Delaware', 53), (6, 'Billy Mayfair', 'California', 72),
  (7, 'Stewart Cink', 'Florida', 50), (8, 'Nick Faldo', 'California', 56), (9, 'Pádraig Harrington', 'Connecticut', 43),
  (10, 'Franklin Langham', 'Connecticut', 66), (11, 'Zach Johnson', 'Iowa', NULL), (12, 'Rory Sabbatini', 'Texas', 58);

INSERT INTO management VALUES
  (2, 5, 'Yes'), (15, 4, 'Yes'), (2, 6, 'Yes'), (7, 3, 'No'), (11, 10, 'No'), (3, 1, 'No'),
  (9, 3, 'No'), (4, 8, 'Yes'), (12, 2, 'No'), (14, 7, 'No'), (13, 6, 'No');

CREATE TABLE product (product_id integer, product_name text, product_category text, unit_price numeric(8,2),
                      launched_on date);
CREATE TABLE sale (sale_id integer, product_id integer, sold_on date, quantity integer, discount_pct numeric(4,1));
COMMENT ON COLUMN product.unit_price IS 'list price of one unit in US dollars';
COMMENT ON COLUMN product.launched_on IS 'date the product was first offered';
COMMENT ON COLUMN sale.product_id IS 'product.product_id of the product sold';
COMMENT ON COLUMN sale.quantity IS 'number of units sold';
COMMENT ON COLUMN sale.discount_pct IS 'discount on the unit price in percent (0 = full price)';

INSERT INTO product VALUES
  (1, 'Sparkling Water 1L', 'Beverages', 1.20, '2022-01-15'), (2, 'Cold Brew Coffee', 'Beverages', 3.50, '2022-03-01'),
  (3, 'Green Tea 500ml', 'Beverages', 2.10, '2022-06-10'), (4, 'Orange Juice 1L', 'Beverages', 2.80, '2023-02-20'),
  (5, 'Sea Salt Chips', 'Snacks', 2.40, '2022-02-05'), (6, 'Dark Chocolate Bar', 'Snacks', 3.10, '2022-09-12'),
  (7, 'Trail Mix', 'Snacks', 4.60, '2023-04-18'), (8, 'Pretzel Sticks', 'Snacks', 1.90, '2024-01-08'),
  (9, 'Greek Yogurt', 'Dairy', 1.60, '2022-04-22'), (10, 'Cheddar Cheese 200g', 'Dairy', 4.20, '2022-11-30'),
  (11, 'Whole Milk 1L', 'Dairy', 1.10, '2022-01-03'), (12, 'Butter 250g', 'Dairy', 3.40, '2023-07-14'),
  (13, 'Sourdough Loaf', 'Bakery', 4.90, '2022-05-09'), (14, 'Croissant', 'Bakery', 1.80, '2022-08-25'),
  (15, 'Bagels (6 pack)', 'Bakery', 3.90, '2023-10-02'), (16, 'Bananas 1kg', 'Produce', 1.50, '2022-01-20'),
  (17, 'Avocado', 'Produce', 1.30, '2023-03-11'), (18, 'Baby Spinach 200g', 'Produce', 2.70, '2024-05-16'),
  (19, 'Frozen Pizza', 'Frozen', 6.90, '2022-10-05'), (20, 'Vanilla Ice Cream 1L', 'Frozen', 5.50, '2023-05-27'),
  (21, 'Frozen Peas 1kg', 'Frozen', 2.30, '2024-02-14'), (22, 'Truffle Olive Oil', 'Pantry', 24.90, '2024-11-20'),
  (23, 'Oat Milk 1L', NULL, 2.60, '2025-01-10'), (24, 'Kombucha Ginger', 'Beverages', 3.80, '2025-03-03'),
  (25, 'Rice Cakes', 'Pantry', 0.95, '2024-08-19');

-- 180 sales of products 1-21, the product picked from a weighted list (Whole Milk 1L and Sparkling Water 1L
-- most often), each sold on a day between max(launch, 2023-01-01) and 2025-12-31.
INSERT INTO sale
SELECT g, p.product_id,
       s.start + (g * 97) % ((date '2025-12-31' - s.start) + 1),
       1 + (g * 13) % 12,
       (ARRAY[0, 0, 0, 5, 10, 15, 20])[1 + (g * 11) % 7]
FROM generate_series(1, 180) g
JOIN product p ON p.product_id = (ARRAY[11, 1, 11, 2, 5, 9, 16, 1, 11, 13, 19, 6, 3, 10, 14, 1, 11, 4, 7, 12,
                                        17, 20, 15, 8, 18, 21, 2, 9, 5, 16, 11, 1, 19, 14])[1 + (g * 7) % 34]
CROSS JOIN LATERAL (SELECT greatest(p.launched_on, date '2023-01-01') AS start) s;

CREATE TABLE party (party_id integer, party_name text, governor text, year integer);
CREATE TABLE county (county_id integer, county_name text, population integer, zip_code text);
CREATE TABLE election (election_id integer, county_id integer, district integer, delegate text, party_id integer,
                       first_elected numeric(5,1), committee text);
COMMENT ON COLUMN party.governor IS 'the party''s candidate for governor';
COMMENT ON COLUMN party.year IS 'election year of the party''s ticket';
COMMENT ON COLUMN election.county_id IS 'county.county_id of the county the delegate represents';
COMMENT ON COLUMN election.party_id IS 'party.party_id of the delegate''s party';
COMMENT ON COLUMN election.first_elected IS 'year the delegate was first elected';
COMMENT ON COLUMN election.committee IS 'the committee the delegate sits on';

INSERT INTO party VALUES
  (1, 'Democratic', 'Peter Vallone', 2018), (2, 'Liberal', 'Betsy McCaughey Ross', 2018),
  (3, 'Republican', 'George Pataki', 2018), (4, 'Working Families', 'Jeanine Pirro', 2018),
  (5, 'Democratic', 'Carl McCall', 2022), (6, 'Independence', 'Tom Golisano', 2022),
  (7, 'Green', 'Al Lewis', 2022), (8, 'Conservative', 'George Pataki', 2022);

INSERT INTO county VALUES
  (1, 'Howard', 21000, 'D21'), (2, 'Baltimore County', 90000, 'D08'), (3, 'Colony', 79000, 'D02'),
  (4, 'Mansfield', 87200, 'D09'), (5, 'Manning', 13300, 'D11'), (6, 'Frederick', 65400, 'D03'),
  (7, 'Carroll', 48900, 'D05'), (8, 'Harford', NULL, 'D07'), (9, 'Allegany', 9800, 'D01'),
  (10, 'Talbot', 37200, 'D37');

INSERT INTO election VALUES
  (1, 1, 1, 'Bates, Gail H.', 3, 2002.0, 'Appropriations'),
  (2, 1, 1, 'Miller, Warren E.', 3, 2003.0, 'Economic Matters'),
  (3, 1, 2, 'DeBoy, Steven J. Sr.', 1, 2002.0, 'Appropriations'),
  (4, 2, 3, 'Malone, James E. Jr.', 1, 1994.0, 'Environmental Matters'),
  (5, 2, 3, 'Bobo, Elizabeth', 1, 1994.0, 'Environmental Matters'),
  (6, 2, 4, 'Pendergrass, Shane E.', 2, 1994.0, 'Health and Government Operations'),
  (7, 2, 4, 'Guzzone, Guy', 2, 2006.0, 'Appropriations'),
  (8, 3, 5, 'Turner, Frank S.', 1, 1994.0, 'Ways and Means'),
  (9, 3, 5, 'Stern, Abby', 4, 2010.0, 'Judiciary'),
  (10, 4, 6, 'Kach, Wade', 3, 1974.0, 'Ways and Means'),
  (11, 4, 6, 'Hafer, John', 5, 2014.0, NULL),
  (12, 4, 7, 'Nolan, Paula', 5, 2018.0, 'Judiciary'),
  (13, 5, 8, 'Lee, Susan C.', 6, 2002.0, 'Economic Matters'),
  (14, 5, 8, 'Reed, Marcus', 6, 2022.0, 'Appropriations'),
  (15, 6, 9, 'Carter, Jill', 1, 2006.0, 'Health and Government Operations'),
  (16, 6, 9, 'Hogan, Patrick', 3, 2010.0, 'Appropriations'),
  (17, 6, 10, 'Young, Karen', 5, 2018.0, 'Ways and Means'),
  (18, 7, 11, 'Krebs, Susan', 3, 2002.0, 'Economic Matters'),
  (19, 7, 11, 'Stocksdale, Nancy', 8, 2010.0, 'Environmental Matters'),
  (20, 8, 12, 'Glass, Wendell', 2, 2006.0, 'Judiciary'),
  (21, 8, 12, 'Lisanti, Mary Ann', 5, 2006.0, 'Appropriations'),
  (22, 10, 13, 'Eckardt, Adelaide', 4, 1994.0, 'Appropriations'),
  (23, 10, 13, 'Mautz, Johnny', 8, 2018.0, 'Environmental Matters'),
  (24, 2, 4, 'Jones, Adrienne', 1, 1997.0, 'Appropriations');
