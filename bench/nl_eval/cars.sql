-- Cars and music (development-only probe schema), modelled on two public text-to-SQL benchmark databases.
-- A car_1-like cluster with mixed-case quoted names and NO declared keys, joined through oddly named columns:
-- countries."Continent" holds a continents."ContId", car_makers."Country" a countries."CountryId",
-- model_list."Maker" a car_makers."Id", car_names."Model" a model_list."Model" (text), cars_data."Id" a
-- car_names."MakeId". A Chinook-like music cluster with declared keys: artist, album, track, genre, media_type,
-- invoice, invoice_line, customer (support_rep_id to employee), employee (reports_to to employee).
-- Rows that make anti-joins meaningful: continent 5 has no country, countries 11-14 have no car maker, maker 22
-- has no model, models 34-36 have no car names; artists 26-30 have no album, genres 12-13 no track, tracks
-- 371-400 were never sold, customers 46-50 never bought; only the three sales support agents support customers.
CREATE TABLE continents ("ContId" integer, "Continent" text);
CREATE TABLE countries ("CountryId" integer, "CountryName" text, "Continent" integer);
CREATE TABLE car_makers ("Id" integer, "Maker" text, "FullName" text, "Country" integer);
CREATE TABLE model_list ("ModelId" integer, "Maker" integer, "Model" text);
CREATE TABLE car_names ("MakeId" integer, "Model" text, "Make" text);
CREATE TABLE cars_data ("Id" integer, "MPG" real, "Cylinders" integer, "Edispl" real, "Horsepower" integer,
                        "Weight" integer, "Accelerate" real, "Year" integer);

INSERT INTO continents VALUES (1, 'america'), (2, 'europe'), (3, 'asia'), (4, 'africa'), (5, 'australia');
INSERT INTO countries VALUES
  (1, 'usa', 1), (2, 'germany', 2), (3, 'france', 2), (4, 'japan', 3), (5, 'italy', 2), (6, 'sweden', 2),
  (7, 'uk', 2), (8, 'korea', 3), (9, 'russia', 2), (10, 'mexico', 1), (11, 'nigeria', 4), (12, 'egypt', 4),
  (13, 'brazil', 1), (14, 'india', 3);
INSERT INTO car_makers VALUES
  (1, 'amc', 'American Motor Company', 1), (2, 'volkswagen', 'Volkswagen', 2), (3, 'bmw', 'BMW', 2),
  (4, 'gm', 'General Motors', 1), (5, 'ford', 'Ford Motor Company', 1), (6, 'chrysler', 'Chrysler', 1),
  (7, 'citroen', 'Citroen', 3), (8, 'nissan', 'Nissan Motors', 4), (9, 'fiat', 'Fiat', 5),
  (10, 'honda', 'Honda', 4), (11, 'mazda', 'Mazda', 4), (12, 'daimler benz', 'Daimler Benz', 2),
  (13, 'opel', 'Opel', 2), (14, 'peugeot', 'Peugeot', 3), (15, 'renault', 'Renault', 3), (16, 'saab', 'Saab', 6),
  (17, 'subaru', 'Subaru', 4), (18, 'toyota', 'Toyota', 4), (19, 'triumph', 'Triumph', 7), (20, 'volvo', 'Volvo', 6),
  (21, 'kia', 'Kia Motors', 8), (22, 'hyundai', 'Hyundai', 8), (23, 'lada', 'AvtoVAZ', 9), (24, 'dina', 'Dina', 10);
INSERT INTO model_list VALUES
  (1, 1, 'amc'), (2, 2, 'audi'), (3, 3, 'bmw'), (4, 4, 'buick'), (5, 4, 'cadillac'), (6, 5, 'capri'),
  (7, 4, 'chevrolet'), (8, 6, 'chrysler'), (9, 7, 'citroen'), (10, 8, 'datsun'), (11, 6, 'dodge'), (12, 9, 'fiat'),
  (13, 5, 'ford'), (14, 10, 'honda'), (15, 11, 'mazda'), (16, 5, 'mercury'), (17, 12, 'mercedes'), (18, 13, 'opel'),
  (19, 14, 'peugeot'), (20, 6, 'plymouth'), (21, 4, 'pontiac'), (22, 15, 'renault'), (23, 16, 'saab'),
  (24, 17, 'subaru'), (25, 18, 'toyota'), (26, 19, 'triumph'), (27, 2, 'volkswagen'), (28, 20, 'volvo'),
  (29, 21, 'kia'), (30, 23, 'lada'), (31, 8, 'nissan'), (32, 4, 'oldsmobile'), (33, 18, 'lexus'),
  (34, 24, 'dina'), (35, 21, 'hyundai'), (36, 10, 'acura');
INSERT INTO car_names
SELECT g, m."Model", m."Model" || ' ' || (ARRAY['deluxe','custom','sedan','wagon','coupe','gl','sport','special',
                                                  'brougham','hatchback','limited'])[1 + (g * 7) % 11] || ' ' || g
FROM generate_series(1, 150) g
JOIN model_list m ON m."ModelId" = CASE WHEN g % 9 = 0 THEN 7 WHEN g % 11 = 0 THEN 13 ELSE 1 + (g * 5) % 33 END;
INSERT INTO cars_data
SELECT g,
       CASE WHEN g % 17 = 0 THEN NULL ELSE round((9 + (g * 13) % 33 + (g % 7) * 0.3)::numeric, 1) END,
       CASE WHEN g = 60 THEN 3 WHEN g = 61 THEN 5 WHEN g % 4 = 0 THEN 8 WHEN g % 3 = 0 THEN 6 ELSE 4 END,
       CASE WHEN g % 4 = 0 THEN 300 + (g * 7) % 155 WHEN g % 3 = 0 THEN 200 + (g * 3) % 60 ELSE 90 + (g * 11) % 60 END,
       CASE WHEN g = 77 THEN 230 WHEN g % 23 = 0 THEN NULL WHEN g % 4 = 0 THEN 140 + (g * 3) % 70
            ELSE 60 + (g * 7) % 65 END,
       CASE WHEN g % 4 = 0 THEN 3500 + (g * 41) % 1200 ELSE 1800 + (g * 37) % 1500 END,
       CASE WHEN g = 31 THEN 24.8 ELSE round((8 + (g * 3) % 13 + (g % 5) * 0.2)::numeric, 1) END,
       1970 + (g * 7) % 13
FROM generate_series(1, 150) g;

CREATE TABLE artist (artist_id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE album (album_id integer PRIMARY KEY, title text NOT NULL,
                    artist_id integer NOT NULL REFERENCES artist);
CREATE TABLE genre (genre_id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE media_type (media_type_id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE track (track_id integer PRIMARY KEY, name text NOT NULL, album_id integer REFERENCES album,
                    media_type_id integer NOT NULL REFERENCES media_type, genre_id integer REFERENCES genre,
                    composer text, milliseconds integer NOT NULL, bytes integer, unit_price numeric(10, 2) NOT NULL);
CREATE TABLE employee (employee_id integer PRIMARY KEY, last_name text NOT NULL, first_name text NOT NULL,
                       title text, reports_to integer REFERENCES employee, birth_date date, hire_date date,
                       city text, country text, email text);
CREATE TABLE customer (customer_id integer PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL,
                       company text, city text, country text NOT NULL, email text NOT NULL,
                       support_rep_id integer REFERENCES employee);
CREATE TABLE invoice (invoice_id integer PRIMARY KEY, customer_id integer NOT NULL REFERENCES customer,
                      invoice_date date NOT NULL, billing_city text, billing_country text,
                      total numeric(10, 2) NOT NULL);
CREATE TABLE invoice_line (invoice_line_id integer PRIMARY KEY, invoice_id integer NOT NULL REFERENCES invoice,
                           track_id integer NOT NULL REFERENCES track, unit_price numeric(10, 2) NOT NULL,
                           quantity integer NOT NULL);

INSERT INTO artist
SELECT g, (ARRAY['AC/DC','Accept','Aerosmith','Alanis Morissette','Alice In Chains','Antonio Carlos Jobim',
                 'Apocalyptica','Audioslave','BackBeat','Billy Cobham','Black Label Society','Black Sabbath',
                 'Body Count','Bruce Dickinson','Buddy Guy','Caetano Veloso','Chico Buarque','Chico Science',
                 'Cidade Negra','Cláudio Zoli','Various Artists','Led Zeppelin','Frank Zappa','Queen','Metallica',
                 'Miles Davis','Nirvana','Pearl Jam','U2','Van Halen'])[g]
FROM generate_series(1, 30) g;
INSERT INTO album
SELECT g, (ARRAY['Greatest Hits','Live','Unplugged','Best Of','Acoustic','Anthology','Vol. 1','Vol. 2',
                 'Sessions','Collection'])[1 + g % 10] || ' ' || g,
       CASE WHEN g % 8 = 0 THEN 22 WHEN g % 13 = 0 THEN 25 ELSE 1 + (g * 7) % 25 END
FROM generate_series(1, 60) g;
INSERT INTO genre VALUES (1, 'Rock'), (2, 'Jazz'), (3, 'Metal'), (4, 'Alternative & Punk'), (5, 'Rock And Roll'),
  (6, 'Blues'), (7, 'Latin'), (8, 'Reggae'), (9, 'Pop'), (10, 'Soundtrack'), (11, 'Bossa Nova'),
  (12, 'Easy Listening'), (13, 'Opera');
INSERT INTO media_type VALUES (1, 'MPEG audio file'), (2, 'Protected AAC audio file'),
  (3, 'Protected MPEG-4 video file'), (4, 'Purchased AAC audio file'), (5, 'AAC audio file');
INSERT INTO track
SELECT g,
       (ARRAY['Intro','Blue Sky','Night Train','Summer Rain','Hold On','Free Fall','Runaway','Silver Moon',
              'Fire','Echoes','Crossroads','Highway','Paradise','Thunder','Lullaby','Desert Rose','Wildfire'])[1 + g % 17]
         || ' ' || g,
       CASE WHEN g % 50 = 7 THEN NULL ELSE 1 + (g * 11) % 60 END,
       CASE WHEN g % 10 = 9 THEN 2 WHEN g % 25 = 3 THEN 3 WHEN g % 31 = 5 THEN 4 WHEN g % 40 = 1 THEN 5 ELSE 1 END,
       CASE WHEN g % 5 = 0 THEN 1 WHEN g % 7 = 0 THEN 3 WHEN g % 9 = 0 THEN 2 WHEN g % 11 = 0 THEN 4
            ELSE 1 + (g * 3) % 11 END,
       CASE WHEN g % 4 = 0 THEN NULL
            ELSE (ARRAY['Angus Young','Steven Tyler','Jimmy Page','Robert Plant','Kurt Cobain','Bono',
                        'Freddie Mercury','James Hetfield','Eddie Vedder'])[1 + g % 9] END,
       CASE WHEN g = 123 THEN 1612000 WHEN g = 56 THEN 62000 ELSE 150000 + (g * 7919) % 300000 END,
       3000000 + (g * 104729) % 9000000,
       CASE WHEN g % 25 = 3 THEN 1.99 ELSE 0.99 END
FROM generate_series(1, 400) g;
UPDATE track SET album_id = 51 WHERE track_id = 400;
INSERT INTO employee VALUES
  (1, 'Adams', 'Andrew', 'General Manager', NULL, '1962-02-18', '2002-08-14', 'Edmonton', 'Canada', 'andrew@chinookcorp.com'),
  (2, 'Edwards', 'Nancy', 'Sales Manager', 1, '1958-12-08', '2002-05-01', 'Calgary', 'Canada', 'nancy@chinookcorp.com'),
  (3, 'Peacock', 'Jane', 'Sales Support Agent', 2, '1973-08-29', '2002-04-01', 'Calgary', 'Canada', 'jane@chinookcorp.com'),
  (4, 'Park', 'Margaret', 'Sales Support Agent', 2, '1947-09-19', '2003-05-03', 'Calgary', 'Canada', 'margaret@chinookcorp.com'),
  (5, 'Johnson', 'Steve', 'Sales Support Agent', 2, '1965-03-03', '2003-10-17', 'Calgary', 'Canada', 'steve@chinookcorp.com'),
  (6, 'Mitchell', 'Michael', 'IT Manager', 1, '1973-07-01', '2003-10-17', 'Calgary', 'Canada', 'michael@chinookcorp.com'),
  (7, 'King', 'Robert', 'IT Staff', 6, '1970-05-29', '2004-01-02', 'Lethbridge', 'Canada', 'robert@chinookcorp.com'),
  (8, 'Callahan', 'Laura', 'IT Staff', 6, '1968-01-09', '2004-03-04', 'Lethbridge', 'Canada', 'laura@chinookcorp.com');
INSERT INTO customer
SELECT g,
       (ARRAY['Luis','Leonie','Francois','Bjorn','Frantisek','Helena','Astrid','Daan','Kara','Eduardo','Alexandre',
              'Roberto','Fernanda','Mark','Jennifer','Frank','Jack','Michelle','Tim'])[1 + g % 19],
       (ARRAY['Goncalves','Kohler','Tremblay','Hansen','Wichterlova','Holy','Gruber','Peeters','Nielsen','Martins',
              'Rocha','Almeida','Ramos','Philips','Peterson','Harris','Smith','Brooks','Goyer','Miller','Chase'])[1 + (g * 5) % 21],
       CASE WHEN g % 6 = 0 THEN (ARRAY['Embraer','JetBrains','Woodstock Discos','Banco do Brasil','Microsoft',
                                       'Apple','Google','Riotur'])[1 + g % 8] END,
       c.city, c.country,
       lower((ARRAY['luis','leonie','francois','bjorn','frantisek','helena','astrid','daan','kara','eduardo','alexandre',
                    'roberto','fernanda','mark','jennifer','frank','jack','michelle','tim'])[1 + g % 19]) || g || '@example.com',
       CASE WHEN g % 3 = 0 THEN 3 WHEN g % 3 = 1 THEN 4 ELSE 5 END
FROM generate_series(1, 50) g,
     LATERAL (SELECT (ARRAY['Sao Paulo','Stuttgart','Montreal','Oslo','Prague','Vienna','Brussels','Copenhagen',
                            'Rio de Janeiro','Berlin','Paris','Toronto','New York','Chicago','London','Lisbon',
                            'Madrid','Dublin','Sydney','Santiago'])[1 + (g * 3) % 20] AS city) c0,
     LATERAL (SELECT c0.city,
                     CASE c0.city WHEN 'Sao Paulo' THEN 'Brazil' WHEN 'Rio de Janeiro' THEN 'Brazil'
                       WHEN 'Stuttgart' THEN 'Germany' WHEN 'Berlin' THEN 'Germany' WHEN 'Montreal' THEN 'Canada'
                       WHEN 'Toronto' THEN 'Canada' WHEN 'Oslo' THEN 'Norway' WHEN 'Prague' THEN 'Czech Republic'
                       WHEN 'Vienna' THEN 'Austria' WHEN 'Brussels' THEN 'Belgium' WHEN 'Copenhagen' THEN 'Denmark'
                       WHEN 'Paris' THEN 'France' WHEN 'New York' THEN 'USA' WHEN 'Chicago' THEN 'USA'
                       WHEN 'London' THEN 'United Kingdom' WHEN 'Lisbon' THEN 'Portugal' WHEN 'Madrid' THEN 'Spain'
                       WHEN 'Dublin' THEN 'Ireland' WHEN 'Sydney' THEN 'Australia' ELSE 'Chile' END AS country) c;
UPDATE customer SET country = 'USA', city = 'Chicago' WHERE customer_id IN (21, 33, 44);
UPDATE customer SET support_rep_id = 3 WHERE customer_id IN (47, 50);
INSERT INTO invoice
SELECT g, c, DATE '2023-01-03' + (g * 11) % 1090, cu.city, cu.country, 0
FROM generate_series(1, 300) g,
     LATERAL (SELECT CASE WHEN g % 29 = 0 THEN 12 ELSE 1 + (g * 7) % 45 END AS c) x
JOIN customer cu ON cu.customer_id = x.c;
INSERT INTO invoice_line
SELECT g, 1 + (g - 1) / 3, t.track_id, t.unit_price, CASE WHEN g % 13 = 0 THEN 3 WHEN g % 5 = 0 THEN 2 ELSE 1 END
FROM generate_series(1, 900) g
JOIN track t ON t.track_id = 1 + (g * 41) % 370;
UPDATE invoice i SET total = s.total
FROM (SELECT invoice_id, sum(unit_price * quantity) AS total FROM invoice_line GROUP BY invoice_id) s
WHERE s.invoice_id = i.invoice_id;
