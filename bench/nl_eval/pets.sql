-- Pets (development-only probe schema), modelled on public text-to-SQL benchmark databases.
-- A dog-kennel cluster in the non-public schema `kennel`, like the dog_kennels benchmark: owners, dogs, breeds,
-- sizes, professionals (role_code VET, TRAINER or GROOMER), treatments (a dog treated by a professional),
-- treatment_types and charges (a price list that joins nothing). Primary keys are declared on every table;
-- foreign keys only for dogs.owner_id, dogs.breed_code, treatments.dog_id and treatments.professional_id
-- (dogs.size_code and treatments.treatment_type_code join by name only).
-- Owners 27-30 have no dog; dogs 85-90 have no owner (strays, abandoned); dogs whose id is a multiple of 10
-- were abandoned by their owner. Breed Whippet (WHI), size XLG and treatment type GROOM have no dog/treatment.
-- Dogs 76-90 reuse the names of dogs 5, 10, ..., 75 (so a name is not unique). Dogs 25, 50 and 75 have no
-- birth date, dogs 31 and 62 no weight. Dogs 86-89 arrived within the last 30 days and dog 90 40 days ago
-- (dates relative to the seeding day); the other dogs arrived between 2021 and mid-2024. Dogs 15, 30, 45,
-- 60, 75 and 86-90 have not departed (date_departed NULL). Dogs 81-85 and 90 never had a treatment; dogs
-- 86-89 had one each within the last 30 days; dog 12 (Bailey) has the most treatments (4) and the dearest one.
-- Groomers (professionals 17-20) gave no treatment; trainers give only WALK treatments. Treatments 47, 94, 141
-- and 188 have no cost.
-- A world cluster in the public schema, like the world_1 benchmark (snake_case, no declared keys): country
-- (code is the key), city (country_code), country_language (country_code, is_official, percentage). Antarctica
-- has no city, no language, no life expectancy and no independence year; the Vatican has no life expectancy;
-- Greenland, Aruba and Puerto Rico have no independence year; Greenland has no GNP. Valencia is a city in
-- both Spain and Venezuela. No language of Nigeria is official. Beside it an orchestra cluster like the
-- orchestra benchmark: conductor, orchestra (conductor_id), performance (orchestra_id). Conductors 11 and 12
-- lead no orchestra, orchestra 14 has no conductor, orchestras 13 and 14 gave no performance.
CREATE SCHEMA kennel;
CREATE TABLE kennel.breeds (breed_code text PRIMARY KEY, breed_name text NOT NULL);
CREATE TABLE kennel.sizes (size_code text PRIMARY KEY, size_description text NOT NULL);
CREATE TABLE kennel.treatment_types (treatment_type_code text PRIMARY KEY, treatment_type_description text NOT NULL);
CREATE TABLE kennel.charges (charge_id integer PRIMARY KEY, charge_type text NOT NULL, charge_amount numeric(8,2) NOT NULL);
CREATE TABLE kennel.owners (owner_id integer PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL,
                            street text, city text, state text, zip_code text, email_address text,
                            home_phone text, cell_number text);
CREATE TABLE kennel.dogs (dog_id integer PRIMARY KEY, owner_id integer REFERENCES kennel.owners,
                          abandoned boolean NOT NULL, breed_code text NOT NULL REFERENCES kennel.breeds,
                          size_code text NOT NULL, name text NOT NULL, date_of_birth date, gender text NOT NULL,
                          weight numeric(5,1), date_arrived date NOT NULL, date_departed date);
CREATE TABLE kennel.professionals (professional_id integer PRIMARY KEY, role_code text NOT NULL, first_name text NOT NULL,
                                   last_name text NOT NULL, street text, city text, state text, zip_code text,
                                   email_address text, home_phone text, cell_number text);
CREATE TABLE kennel.treatments (treatment_id integer PRIMARY KEY, dog_id integer NOT NULL REFERENCES kennel.dogs,
                                professional_id integer NOT NULL REFERENCES kennel.professionals,
                                treatment_type_code text NOT NULL, date_of_treatment date NOT NULL,
                                cost_of_treatment numeric(8,2));
COMMENT ON COLUMN kennel.dogs.abandoned IS 'true when the dog was abandoned by its owner';
COMMENT ON COLUMN kennel.dogs.gender IS 'M (male) or F (female)';
COMMENT ON COLUMN kennel.dogs.weight IS 'weight in kilograms';
COMMENT ON COLUMN kennel.dogs.date_departed IS 'the day the dog left the kennel, NULL while it is still there';
COMMENT ON COLUMN kennel.professionals.role_code IS 'VET (veterinarian), TRAINER or GROOMER';
COMMENT ON COLUMN kennel.treatments.cost_of_treatment IS 'in US dollars';

INSERT INTO kennel.breeds VALUES ('LAB', 'Labrador Retriever'), ('BUL', 'Bulldog'), ('HUS', 'Husky'),
  ('POO', 'Poodle'), ('BEA', 'Beagle'), ('GSD', 'German Shepherd'), ('DAC', 'Dachshund'), ('ESK', 'Eskimo'),
  ('WHI', 'Whippet');
INSERT INTO kennel.sizes VALUES ('SML', 'Small'), ('MED', 'Medium'), ('LGE', 'Large'), ('XLG', 'Extra Large');
INSERT INTO kennel.treatment_types VALUES ('EXAM', 'Physical examination'), ('VAC', 'Vaccination'),
  ('WALK', 'Exercise walk'), ('DENT', 'Dental cleaning'), ('SURG', 'Surgery'), ('GROOM', 'Grooming');
INSERT INTO kennel.charges VALUES (1, 'Daily Accommodation', 98), (2, 'Drugs', 322), (3, 'Health Check', 640),
  (4, 'Grooming', 55), (5, 'Microchipping', 45);

INSERT INTO kennel.owners
SELECT g,
       (ARRAY['Nora','Melisa','Lorenz','Kade','Gay','Tre','Johann','Heather','Jaclyn','Orlo','Cindy','Rolando',
              'Adelle','Lorenzo','Emelie','Jayce','Tanner','Marcus','Priya','Elena','Hiro','Samir','Olga','Diego',
              'Fatima','Liam','Grace','Owen','Isla','Tomas'])[g],
       (ARRAY['Haley','DuBuque','Bergstrom','Schmitt','Pagac','Prohaska','Fisher','Breitenberg','Koelpin','Rippin',
              'Kautzer','Funk','Ledner','Mueller','Abbott','Kertzmann','Walker','Turner','Patel','Rossi','Tanaka',
              'Haddad','Ivanova','Garcia','Khan','Murphy','Chen','Reilly','Novak','Larsen'])[g],
       (100 + (g * 37) % 900) || ' ' || (ARRAY['Oak Street','Maple Avenue','Cedar Lane','Elm Road','Pine Court'])[1 + g % 5],
       (ARRAY['Springfield','Madison','Columbus','Dayton','Austin','Portland','Fort Wayne'])[1 + (g * 3) % 7],
       (ARRAY['Illinois','Wisconsin','Ohio','Ohio','Texas','Oregon','Indiana'])[1 + (g * 3) % 7],
       (10000 + (g * 7919) % 89999)::text,
       CASE WHEN g % 8 = 0 THEN NULL ELSE lower((ARRAY['Nora','Melisa','Lorenz','Kade','Gay','Tre','Johann','Heather',
              'Jaclyn','Orlo','Cindy','Rolando','Adelle','Lorenzo','Emelie','Jayce','Tanner','Marcus','Priya','Elena',
              'Hiro','Samir','Olga','Diego','Fatima','Liam','Grace','Owen','Isla','Tomas'])[g]) || g || '@example.com' END,
       CASE WHEN g % 5 = 0 THEN NULL ELSE '555-01' || lpad(g::text, 2, '0') END,
       '555-2' || lpad(((g * 37) % 1000)::text, 3, '0')
FROM generate_series(1, 30) g;

INSERT INTO kennel.dogs
SELECT g,
       CASE WHEN g <= 52 THEN 1 + (g * 11) % 26 WHEN g <= 78 THEN 1 + (g * 7) % 13
            WHEN g <= 84 THEN (ARRAY[5, 5, 9, 5, 9, 12])[g - 78] END,
       g % 10 = 0 OR g >= 85,
       b.code,
       CASE WHEN b.code IN ('LAB', 'GSD') THEN 'LGE' WHEN b.code IN ('BUL', 'HUS') THEN 'MED'
            WHEN b.code = 'POO' THEN (ARRAY['SML','LGE'])[1 + g % 2] ELSE 'SML' END,
       n.name,
       CASE WHEN g % 25 = 0 THEN NULL ELSE DATE '2010-01-01' + (g * 373) % 4000 END,
       CASE WHEN n.i % 2 = 1 THEN 'M' ELSE 'F' END,
       CASE WHEN g % 31 = 0 THEN NULL
            WHEN b.code IN ('LAB', 'GSD') OR (b.code = 'POO' AND g % 2 = 1) THEN 25 + ((g * 37) % 200) / 10.0
            WHEN b.code IN ('BUL', 'HUS') THEN 15 + ((g * 37) % 130) / 10.0
            ELSE 5 + ((g * 37) % 90) / 10.0 END,
       CASE WHEN g <= 85 THEN DATE '2021-01-01' + (g * 53) % 1300
            ELSE CURRENT_DATE - (ARRAY[2, 9, 17, 26, 40])[g - 85] END,
       CASE WHEN g > 85 OR g % 15 = 0 THEN NULL ELSE DATE '2021-01-01' + (g * 53) % 1300 + 5 + (g * 11) % 120 END
FROM generate_series(1, 90) g,
     LATERAL (SELECT (ARRAY['LAB','BUL','LAB','HUS','POO','BEA','LAB','GSD','BUL','DAC','ESK','LAB','BUL'])[1 + (g * 7) % 13]
              AS code) b,
     LATERAL (SELECT CASE WHEN g <= 75 THEN g ELSE (g - 75) * 5 END AS i) k,
     LATERAL (SELECT k.i, (ARRAY['Max','Bella','Charlie','Luna','Cooper','Daisy','Rocky','Molly','Buddy','Sadie','Duke',
              'Bailey','Bear','Maggie','Tucker','Lola','Jack','Sophie','Oliver','Chloe','Toby','Zoe','Teddy','Ruby',
              'Murphy','Rosie','Zeus','Coco','Milo','Penny','Louie','Stella','Bentley','Roxy','Winston','Gracie','Riley',
              'Lily','Jax','Nala','Leo','Mia','Ace','Pepper','Oscar','Ginger','Bruno','Willow','Rex','Hazel','Moose',
              'Abby','Gus','Dixie','Finn','Kona','Harley','Maya','Diesel','Piper','Hank','Ellie','Ziggy','Honey','Koda',
              'Olive','Rufus','Millie','Buster','Lucy','Sam','Nova','Thor','Lady','Archie'])[k.i] AS name) n;

INSERT INTO kennel.professionals
SELECT g,
       CASE WHEN g <= 12 THEN 'VET' WHEN g <= 16 THEN 'TRAINER' ELSE 'GROOMER' END,
       (ARRAY['Taryn','Jayson','Olaf','Vernice','Danny','Ruben','Velva','Karley','Monte','Domenica','Brady','Winfield',
              'Ericka','Sigurd','Lesly','Marianne','Kiana','Hassan','Yvonne','Dario'])[g],
       (ARRAY['Braun','Ullrich','Watsica','Tillman','Considine','O''Connell','Hodkiewicz','Hyatt','Kshlerin','Jacobs',
              'Pouros','Christiansen','Murazik','Lubowitz','Walter','Dickens','Ortiz','Price','Kemmer','Vogel'])[g],
       (200 + (g * 53) % 800) || ' ' || (ARRAY['Lake Drive','Hill Road','River Street','Park Avenue'])[1 + g % 4],
       (ARRAY['Springfield','Madison','Columbus','Dayton','Austin','Portland','Fort Wayne'])[1 + (g * 5) % 7],
       (ARRAY['Illinois','Wisconsin','Ohio','Ohio','Texas','Oregon','Indiana'])[1 + (g * 5) % 7],
       (10000 + (g * 6007) % 89999)::text,
       CASE WHEN g % 6 = 0 THEN NULL ELSE 'pro' || g || '@kennel.example.com' END,
       CASE WHEN g % 4 = 0 THEN NULL ELSE '555-03' || lpad(g::text, 2, '0') END,
       '555-4' || lpad(((g * 71) % 1000)::text, 3, '0')
FROM generate_series(1, 20) g;

INSERT INTO kennel.treatments
SELECT t, d.dog_id,
       CASE WHEN ty.code = 'WALK' THEN 13 + t % 4 ELSE 1 + (t * 5) % 12 END,
       ty.code,
       d.date_arrived + (t * 7) % coalesce(d.date_departed - d.date_arrived, 300),
       CASE WHEN t % 47 = 0 THEN NULL
            WHEN ty.code = 'EXAM' THEN 60 + (t * 17) % 90
            WHEN ty.code = 'VAC' THEN 25 + (t * 13) % 50 + 0.5
            WHEN ty.code = 'WALK' THEN 15 + t % 10
            WHEN ty.code = 'DENT' THEN 180 + (t * 29) % 200
            ELSE 600 + (t * 97) % 900 END
FROM generate_series(1, 200) t
JOIN kennel.dogs d ON d.dog_id = 1 + (t * 37) % 80,
LATERAL (SELECT (ARRAY['EXAM','VAC','WALK','EXAM','VAC','DENT','VAC','EXAM','WALK','SURG','VAC'])[1 + (t * 3) % 11] AS code) ty;
INSERT INTO kennel.treatments VALUES
  (201, 86, 3, 'EXAM', CURRENT_DATE - 1, 85), (202, 87, 8, 'VAC', CURRENT_DATE - 6, 40.5),
  (203, 88, 11, 'EXAM', CURRENT_DATE - 15, 120), (204, 89, 14, 'WALK', CURRENT_DATE - 20, 18);
INSERT INTO kennel.treatments SELECT 205, dog_id, 2, 'SURG', date_arrived + 2, 1650 FROM kennel.dogs WHERE dog_id = 12;
INSERT INTO kennel.treatments SELECT 206, dog_id, 13, 'WALK', date_arrived + 4, 20 FROM kennel.dogs WHERE dog_id = 12;

CREATE TABLE country (code text, name text, continent text, region text, surface_area numeric(10,2),
                      population bigint, life_expectancy numeric(3,1), gnp numeric(10,2), indep_year integer,
                      government_form text);
CREATE TABLE city (id integer, name text, country_code text, district text, population integer);
CREATE TABLE country_language (country_code text, language text, is_official boolean, percentage numeric(4,1));
COMMENT ON COLUMN country.surface_area IS 'in square kilometres';
COMMENT ON COLUMN country.gnp IS 'gross national product in millions of US dollars';
COMMENT ON COLUMN country_language.percentage IS 'share of the population speaking the language';

INSERT INTO country VALUES
  ('USA', 'United States', 'North America', 'North America', 9363520, 278357000, 77.1, 8510700, 1776, 'Federal Republic'),
  ('CAN', 'Canada', 'North America', 'North America', 9970610, 31147000, 79.4, 598862, 1867, 'Constitutional Monarchy, Federation'),
  ('MEX', 'Mexico', 'North America', 'Central America', 1958201, 98881000, 71.5, 414972, 1810, 'Federal Republic'),
  ('GRL', 'Greenland', 'North America', 'North America', 2166090, 56000, 68.1, NULL, NULL, 'Part of Denmark'),
  ('ABW', 'Aruba', 'North America', 'Caribbean', 193, 103000, 78.4, 828, NULL, 'Nonmetropolitan Territory of The Netherlands'),
  ('PRI', 'Puerto Rico', 'North America', 'Caribbean', 8875, 3869000, 75.6, 34100, NULL, 'Commonwealth of the US'),
  ('BRA', 'Brazil', 'South America', 'South America', 8547403, 170115000, 62.9, 776739, 1822, 'Federal Republic'),
  ('ARG', 'Argentina', 'South America', 'South America', 2780400, 37032000, 75.1, 340238, 1816, 'Federal Republic'),
  ('VEN', 'Venezuela', 'South America', 'South America', 912050, 24170000, 73.1, 95023, 1811, 'Federal Republic'),
  ('CHL', 'Chile', 'South America', 'South America', 756626, 15211000, 75.7, 72949, 1810, 'Republic'),
  ('GBR', 'United Kingdom', 'Europe', 'British Islands', 242900, 59623400, 77.7, 1378330, 1066, 'Constitutional Monarchy'),
  ('FRA', 'France', 'Europe', 'Western Europe', 551500, 59225700, 78.8, 1424285, 843, 'Republic'),
  ('DEU', 'Germany', 'Europe', 'Western Europe', 357022, 82164700, 77.4, 2133367, 1955, 'Federal Republic'),
  ('ESP', 'Spain', 'Europe', 'Southern Europe', 505992, 39441700, 78.8, 553233, 1492, 'Constitutional Monarchy'),
  ('ITA', 'Italy', 'Europe', 'Southern Europe', 301316, 57680000, 79.0, 1161755, 1861, 'Republic'),
  ('NLD', 'Netherlands', 'Europe', 'Western Europe', 41526, 15864000, 78.3, 371362, 1581, 'Constitutional Monarchy'),
  ('BEL', 'Belgium', 'Europe', 'Western Europe', 30518, 10239000, 77.8, 249704, 1830, 'Constitutional Monarchy, Federation'),
  ('CHE', 'Switzerland', 'Europe', 'Western Europe', 41284, 7160400, 79.6, 264478, 1499, 'Federation'),
  ('SWE', 'Sweden', 'Europe', 'Nordic Countries', 449964, 8861400, 79.6, 226492, 836, 'Constitutional Monarchy'),
  ('VAT', 'Holy See (Vatican City State)', 'Europe', 'Southern Europe', 0.4, 1000, NULL, 9, 1929, 'Independent Church State'),
  ('CHN', 'China', 'Asia', 'Eastern Asia', 9572900, 1277558000, 71.4, 982268, -1523, 'People''s Republic'),
  ('JPN', 'Japan', 'Asia', 'Eastern Asia', 377829, 126714000, 80.7, 3787042, -660, 'Constitutional Monarchy'),
  ('IND', 'India', 'Asia', 'Southern and Central Asia', 3287263, 1013662000, 62.5, 447114, 1947, 'Federal Republic'),
  ('KOR', 'South Korea', 'Asia', 'Eastern Asia', 99434, 46844000, 74.4, 320749, 1948, 'Republic'),
  ('IDN', 'Indonesia', 'Asia', 'Southeast Asia', 1904569, 212107000, 68.0, 84982, 1945, 'Republic'),
  ('EGY', 'Egypt', 'Africa', 'Northern Africa', 1001449, 68470000, 63.3, 82710, 1922, 'Republic'),
  ('NGA', 'Nigeria', 'Africa', 'Western Africa', 923768, 111506000, 51.6, 65707, 1960, 'Federal Republic'),
  ('ZAF', 'South Africa', 'Africa', 'Southern Africa', 1221037, 40377000, 51.1, 116729, 1910, 'Republic'),
  ('KEN', 'Kenya', 'Africa', 'Eastern Africa', 580367, 30080000, 48.0, 9217, 1963, 'Republic'),
  ('AUS', 'Australia', 'Oceania', 'Australia and New Zealand', 7741220, 18886000, 79.8, 351182, 1901, 'Constitutional Monarchy, Federation'),
  ('NZL', 'New Zealand', 'Oceania', 'Australia and New Zealand', 270534, 3862000, 77.8, 54669, 1907, 'Constitutional Monarchy'),
  ('FJI', 'Fiji Islands', 'Oceania', 'Melanesia', 18274, 817000, 67.9, 1536, 1970, 'Republic'),
  ('ATA', 'Antarctica', 'Antarctica', 'Antarctica', 13120000, 0, NULL, 0, NULL, 'Co-administrated');

INSERT INTO city VALUES
  (1, 'New York', 'USA', 'New York', 8008278), (2, 'Los Angeles', 'USA', 'California', 3694820),
  (3, 'Chicago', 'USA', 'Illinois', 2896016), (4, 'Houston', 'USA', 'Texas', 1953631),
  (5, 'Phoenix', 'USA', 'Arizona', 1321045), (6, 'San Diego', 'USA', 'California', 1223400),
  (7, 'Dallas', 'USA', 'Texas', 1188580), (8, 'San Francisco', 'USA', 'California', 776733),
  (9, 'Montreal', 'CAN', 'Quebec', 1016376), (10, 'Calgary', 'CAN', 'Alberta', 768082),
  (11, 'Toronto', 'CAN', 'Ontario', 688275), (12, 'Vancouver', 'CAN', 'British Columbia', 514008),
  (13, 'Ottawa', 'CAN', 'Ontario', 335277),
  (14, 'Mexico City', 'MEX', 'Distrito Federal', 8591309), (15, 'Guadalajara', 'MEX', 'Jalisco', 1647720),
  (16, 'Puebla', 'MEX', 'Puebla', 1346176), (17, 'Monterrey', 'MEX', 'Nuevo Leon', 1108499),
  (18, 'Nuuk', 'GRL', 'Kitaa', 13445), (19, 'Oranjestad', 'ABW', 'Aruba', 29034),
  (20, 'San Juan', 'PRI', 'San Juan', 434374), (21, 'Bayamon', 'PRI', 'Bayamon', 224044),
  (22, 'Sao Paulo', 'BRA', 'Sao Paulo', 9968485), (23, 'Rio de Janeiro', 'BRA', 'Rio de Janeiro', 5598953),
  (24, 'Salvador', 'BRA', 'Bahia', 2302832), (25, 'Brasilia', 'BRA', 'Distrito Federal', 1969868),
  (26, 'Buenos Aires', 'ARG', 'Distrito Federal', 2982146), (27, 'Cordoba', 'ARG', 'Cordoba', 1157507),
  (28, 'Rosario', 'ARG', 'Santa Fe', 907718),
  (29, 'Caracas', 'VEN', 'Distrito Federal', 1975294), (30, 'Maracaibo', 'VEN', 'Zulia', 1304776),
  (31, 'Valencia', 'VEN', 'Carabobo', 794246),
  (32, 'Santiago de Chile', 'CHL', 'Santiago', 4703954), (33, 'Valparaiso', 'CHL', 'Valparaiso', 293800),
  (34, 'London', 'GBR', 'England', 7285000), (35, 'Birmingham', 'GBR', 'England', 1013000),
  (36, 'Glasgow', 'GBR', 'Scotland', 619680), (37, 'Edinburgh', 'GBR', 'Scotland', 450180),
  (38, 'Cardiff', 'GBR', 'Wales', 321000),
  (39, 'Paris', 'FRA', 'Ile-de-France', 2125246), (40, 'Marseille', 'FRA', 'Provence', 798430),
  (41, 'Lyon', 'FRA', 'Rhone-Alpes', 445452), (42, 'Toulouse', 'FRA', 'Midi-Pyrenees', 390350),
  (43, 'Berlin', 'DEU', 'Berlin', 3386667), (44, 'Hamburg', 'DEU', 'Hamburg', 1704735),
  (45, 'Munich', 'DEU', 'Bavaria', 1194560), (46, 'Cologne', 'DEU', 'North Rhine-Westphalia', 962507),
  (47, 'Madrid', 'ESP', 'Madrid', 2879052), (48, 'Barcelona', 'ESP', 'Catalonia', 1503451),
  (49, 'Valencia', 'ESP', 'Valencia', 739412), (50, 'Seville', 'ESP', 'Andalusia', 701927),
  (51, 'Rome', 'ITA', 'Lazio', 2643581), (52, 'Milan', 'ITA', 'Lombardy', 1300977),
  (53, 'Naples', 'ITA', 'Campania', 1002079), (54, 'Turin', 'ITA', 'Piedmont', 903705),
  (55, 'Amsterdam', 'NLD', 'Noord-Holland', 731200), (56, 'Rotterdam', 'NLD', 'Zuid-Holland', 593321),
  (57, 'Antwerp', 'BEL', 'Antwerp', 446525), (58, 'Brussels', 'BEL', 'Brussels', 133859),
  (59, 'Zurich', 'CHE', 'Zurich', 336800), (60, 'Geneva', 'CHE', 'Geneva', 173500), (61, 'Bern', 'CHE', 'Bern', 122700),
  (62, 'Stockholm', 'SWE', 'Stockholm', 750348), (63, 'Gothenburg', 'SWE', 'Vastra Gotaland', 466990),
  (64, 'Vatican City', 'VAT', 'Vatican', 455),
  (65, 'Shanghai', 'CHN', 'Shanghai', 9696300), (66, 'Beijing', 'CHN', 'Beijing', 7472000),
  (67, 'Chongqing', 'CHN', 'Chongqing', 6351600), (68, 'Tianjin', 'CHN', 'Tianjin', 5286800),
  (69, 'Tokyo', 'JPN', 'Tokyo', 7980230), (70, 'Yokohama', 'JPN', 'Kanagawa', 3339594),
  (71, 'Osaka', 'JPN', 'Osaka', 2595674), (72, 'Nagoya', 'JPN', 'Aichi', 2154376),
  (73, 'Mumbai', 'IND', 'Maharashtra', 10500000), (74, 'Delhi', 'IND', 'Delhi', 7206704),
  (75, 'Kolkata', 'IND', 'West Bengal', 4399819), (76, 'Chennai', 'IND', 'Tamil Nadu', 3841396),
  (77, 'Seoul', 'KOR', 'Seoul', 9981619), (78, 'Busan', 'KOR', 'Busan', 3804522), (79, 'Incheon', 'KOR', 'Incheon', 2559424),
  (80, 'Jakarta', 'IDN', 'Jakarta Raya', 9604900), (81, 'Surabaya', 'IDN', 'East Java', 2663820),
  (82, 'Bandung', 'IDN', 'West Java', 2429000),
  (83, 'Cairo', 'EGY', 'Cairo', 6789479), (84, 'Alexandria', 'EGY', 'Alexandria', 3328196), (85, 'Giza', 'EGY', 'Giza', 2221868),
  (86, 'Lagos', 'NGA', 'Lagos', 1518000), (87, 'Ibadan', 'NGA', 'Oyo', 1432000), (88, 'Kano', 'NGA', 'Kano', 674100),
  (89, 'Cape Town', 'ZAF', 'Western Cape', 2352121), (90, 'Soweto', 'ZAF', 'Gauteng', 904165),
  (91, 'Johannesburg', 'ZAF', 'Gauteng', 756653), (92, 'Pretoria', 'ZAF', 'Gauteng', 658630),
  (93, 'Nairobi', 'KEN', 'Nairobi', 2290000), (94, 'Mombasa', 'KEN', 'Coast', 461753),
  (95, 'Sydney', 'AUS', 'New South Wales', 3276207), (96, 'Melbourne', 'AUS', 'Victoria', 2865329),
  (97, 'Brisbane', 'AUS', 'Queensland', 1291117), (98, 'Perth', 'AUS', 'Western Australia', 1096829),
  (99, 'Auckland', 'NZL', 'Auckland', 381800), (100, 'Christchurch', 'NZL', 'Canterbury', 324200),
  (101, 'Wellington', 'NZL', 'Wellington', 166700), (102, 'Suva', 'FJI', 'Central', 77366);

INSERT INTO country_language VALUES
  ('USA', 'English', true, 86.2), ('USA', 'Spanish', false, 7.5), ('USA', 'French', false, 0.7),
  ('USA', 'Chinese', false, 0.6), ('USA', 'German', false, 0.7),
  ('CAN', 'English', true, 60.4), ('CAN', 'French', true, 23.4), ('CAN', 'Chinese', false, 2.5), ('CAN', 'Italian', false, 1.7),
  ('MEX', 'Spanish', true, 92.1), ('MEX', 'Nahuatl', false, 1.8),
  ('GRL', 'Greenlandic', false, 87.5), ('GRL', 'Danish', true, 12.5),
  ('ABW', 'Papiamento', false, 76.7), ('ABW', 'English', false, 9.5), ('ABW', 'Spanish', false, 7.4), ('ABW', 'Dutch', true, 5.3),
  ('PRI', 'Spanish', true, 51.3), ('PRI', 'English', false, 47.4),
  ('BRA', 'Portuguese', true, 97.5), ('BRA', 'German', false, 0.5),
  ('ARG', 'Spanish', true, 96.8), ('ARG', 'Italian', false, 1.7),
  ('VEN', 'Spanish', true, 96.9), ('CHL', 'Spanish', true, 89.7),
  ('GBR', 'English', true, 97.3), ('GBR', 'Welsh', false, 0.9), ('GBR', 'Gaelic', false, 0.1),
  ('FRA', 'French', true, 93.6), ('FRA', 'Arabic', false, 2.5), ('FRA', 'Portuguese', false, 1.2), ('FRA', 'Italian', false, 0.4),
  ('DEU', 'German', true, 91.3), ('DEU', 'Turkish', false, 2.6), ('DEU', 'Italian', false, 0.7),
  ('ESP', 'Spanish', true, 74.4), ('ESP', 'Catalan', false, 16.9), ('ESP', 'Galician', false, 6.4), ('ESP', 'Basque', false, 1.6),
  ('ITA', 'Italian', true, 94.1), ('ITA', 'Sardinian', false, 2.7), ('ITA', 'German', false, 0.5),
  ('NLD', 'Dutch', true, 95.6), ('NLD', 'Arabic', false, 0.9), ('NLD', 'Turkish', false, 0.8),
  ('BEL', 'Dutch', true, 59.2), ('BEL', 'French', true, 32.6), ('BEL', 'Italian', false, 2.4), ('BEL', 'German', true, 1.0),
  ('CHE', 'German', true, 63.6), ('CHE', 'French', true, 19.2), ('CHE', 'Italian', true, 7.7), ('CHE', 'Romansh', true, 0.6),
  ('SWE', 'Swedish', true, 89.5), ('SWE', 'Finnish', false, 2.4),
  ('VAT', 'Italian', true, 100.0),
  ('CHN', 'Chinese', true, 92.0), ('CHN', 'Zhuang', false, 1.4), ('CHN', 'Uighur', false, 0.6),
  ('JPN', 'Japanese', true, 99.1), ('JPN', 'Korean', false, 0.5),
  ('IND', 'Hindi', true, 39.9), ('IND', 'Bengali', false, 8.2), ('IND', 'Telugu', false, 7.8), ('IND', 'Marathi', false, 7.4),
  ('IND', 'Tamil', false, 6.3), ('IND', 'Urdu', false, 5.1),
  ('KOR', 'Korean', true, 99.9), ('KOR', 'Chinese', false, 0.1),
  ('IDN', 'Javanese', false, 39.4), ('IDN', 'Sunda', false, 15.8), ('IDN', 'Malay', true, 12.1),
  ('EGY', 'Arabic', true, 98.8),
  ('NGA', 'Yoruba', false, 21.4), ('NGA', 'Hausa', false, 21.1), ('NGA', 'Igbo', false, 18.1), ('NGA', 'English', false, 2.0),
  ('ZAF', 'Zulu', true, 22.7), ('ZAF', 'Xhosa', true, 17.7), ('ZAF', 'Afrikaans', true, 14.3), ('ZAF', 'English', true, 8.5),
  ('KEN', 'Kikuyu', false, 20.9), ('KEN', 'Luhya', false, 13.8), ('KEN', 'Swahili', true, 5.0), ('KEN', 'English', true, 3.0),
  ('AUS', 'English', true, 81.2), ('AUS', 'Chinese', false, 2.8), ('AUS', 'Italian', false, 2.2), ('AUS', 'Greek', false, 1.6),
  ('NZL', 'English', true, 87.0), ('NZL', 'Maori', false, 4.3),
  ('FJI', 'Fijian', true, 50.8), ('FJI', 'Hindi', false, 43.7);

CREATE TABLE conductor (conductor_id integer, name text, age integer, nationality text, year_of_work integer);
CREATE TABLE orchestra (orchestra_id integer, orchestra text, conductor_id integer, record_company text,
                        year_of_founded integer, major_record_format text);
CREATE TABLE performance (performance_id integer, orchestra_id integer, type text, date date,
                          official_ratings numeric(4,2), weekly_rank integer, share numeric(4,1));
COMMENT ON COLUMN conductor.year_of_work IS 'years of work as a conductor';
COMMENT ON COLUMN performance.official_ratings IS 'official TV ratings in millions of viewers';
COMMENT ON COLUMN performance.share IS 'audience share in percent';

INSERT INTO conductor VALUES
  (1, 'Antal Dorati', 52, 'Hungary', 21), (2, 'Igor Stravinsky', 41, 'Russia', 11), (3, 'Colin Davis', 63, 'UK', 30),
  (4, 'Paul Jorgensen', 43, 'UK', 7), (5, 'Charles Dutoit', 57, 'Switzerland', 25), (6, 'Gerard Schwarz', 50, 'USA', 20),
  (7, 'Pierre Boulez', 49, 'France', 19), (8, 'Valeri Gergiev', 62, 'Russia', 28), (9, 'Seiji Ozawa', 66, 'Japan', 35),
  (10, 'Michael Tilson Thomas', 45, 'USA', 14), (11, 'Marin Alsop', 38, 'USA', 9), (12, 'Claudio Abbado', 59, 'Italy', 27);

INSERT INTO orchestra VALUES
  (1, 'London Symphony Orchestra', 3, 'Mercury Records', 1904, 'CD'),
  (2, 'Columbia Symphony Orchestra', 2, 'Columbia Masterworks', 1951, 'CD / LP'),
  (3, 'Royal Concertgebouw Orchestra', 1, 'Decca Records', 1888, 'CD'),
  (4, 'Royal Danish Orchestra', 4, 'EMI', 1448, 'CD'),
  (5, 'Detroit Symphony Orchestra', 5, 'Decca Records', 1887, 'CD'),
  (6, 'Montreal Symphony Orchestra', 5, 'Decca Records', 1934, 'CD'),
  (7, 'Seattle Symphony Orchestra', 6, 'Delos Records', 1903, 'CD'),
  (8, 'Chicago Symphony Orchestra', 7, 'Deutsche Grammophon', 1891, 'CD'),
  (9, 'Kirov Orchestra', 8, 'Philips Classics Records', 1783, 'CD'),
  (10, 'Philharmonia Orchestra', 5, 'Kultur', 1945, 'DVD'),
  (11, 'Orchestre de Paris', 7, 'EMI', 1967, 'CD'),
  (12, 'San Francisco Symphony Orchestra', 10, 'RCA', 1911, 'CD / LP'),
  (13, 'Boston Symphony Orchestra', 9, 'Deutsche Grammophon', 1881, 'CD / LP'),
  (14, 'Berlin Radio Orchestra', NULL, 'Naxos', 1923, 'DVD');

INSERT INTO performance
SELECT p, 1 + (p * 5) % 12,
       (ARRAY['Auditions 1','Auditions 2','Auditions 3','Auditions 4','Auditions 5','Semi-final 1','Semi-final 2',
              'Live final','Results'])[1 + (p * 4) % 9],
       DATE '2019-01-05' + (p * 47) % 1800,
       round(4 + ((p * 73) % 97) / 10.0, 2), 1 + (p * 7) % 30, 15 + ((p * 29) % 120) / 10.0
FROM generate_series(1, 40) p;
