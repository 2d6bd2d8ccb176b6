-- Flights: airports (by IATA code), airlines, aircraft, flights, passengers and bookings.
-- No declared keys: flights.origin/destination hold airport codes, the other joins are by *_id names.
CREATE TABLE airports (code char(3), name text, city text, country text);
CREATE TABLE airlines (airline_id integer, name text, country text, alliance text);
CREATE TABLE aircraft (aircraft_id integer, model text, seats integer, airline_id integer);
CREATE TABLE flights (flight_no text, airline_id integer, aircraft_id integer, origin char(3), destination char(3),
                      departure_date date, distance_km integer, status text);
CREATE TABLE passengers (passenger_id integer, first_name text, last_name text, nationality text, birth_date date);
CREATE TABLE bookings (booking_id integer, passenger_id integer, flight_no text, booked_on date, fare numeric(8,2),
                       travel_class text);
COMMENT ON COLUMN flights.origin IS 'IATA code of the departure airport';
COMMENT ON COLUMN flights.destination IS 'IATA code of the arrival airport';

INSERT INTO airports VALUES ('BER', 'Berlin Brandenburg', 'Berlin', 'Germany'), ('FRA', 'Frankfurt', 'Frankfurt', 'Germany'),
  ('MUC', 'Munich', 'Munich', 'Germany'), ('CDG', 'Charles de Gaulle', 'Paris', 'France'),
  ('LHR', 'Heathrow', 'London', 'United Kingdom'), ('MAD', 'Barajas', 'Madrid', 'Spain'),
  ('JFK', 'John F. Kennedy', 'New York', 'United States'), ('SFO', 'San Francisco International', 'San Francisco', 'United States'),
  ('NRT', 'Narita', 'Tokyo', 'Japan'), ('DXB', 'Dubai International', 'Dubai', 'United Arab Emirates'),
  ('AMS', 'Schiphol', 'Amsterdam', 'Netherlands'), ('FCO', 'Fiumicino', 'Rome', 'Italy');
INSERT INTO airlines VALUES (1, 'Lufthansa', 'Germany', 'Star Alliance'), (2, 'Air France', 'France', 'SkyTeam'),
  (3, 'British Airways', 'United Kingdom', 'Oneworld'), (4, 'Iberia', 'Spain', 'Oneworld'),
  (5, 'United Airlines', 'United States', 'Star Alliance'), (6, 'Japan Airlines', 'Japan', 'Oneworld'),
  (7, 'Emirates', 'United Arab Emirates', NULL), (8, 'KLM', 'Netherlands', 'SkyTeam'), (9, 'Eurowings', 'Germany', NULL);
INSERT INTO aircraft
SELECT g, (ARRAY['A320','A321','A350','B737','B777','B787','A380','E190'])[1 + g % 8],
       (ARRAY[180, 220, 325, 170, 396, 296, 517, 100])[1 + g % 8], 1 + g % 9
FROM generate_series(1, 36) g;
INSERT INTO flights
SELECT a.code2 || (100 + g), 1 + (g % 7 + g % 5) % 9, 1 + (g * 5) % 36,
       (ARRAY['BER','FRA','MUC','CDG','LHR','MAD','JFK','SFO','NRT','DXB','AMS','FCO'])[1 + g % 12],
       (ARRAY['BER','FRA','MUC','CDG','LHR','MAD','JFK','SFO','NRT','DXB','AMS','FCO'])[1 + (g * 5 + 3) % 12],
       DATE '2025-01-01' + (g * 7) % 365, 300 + (g * 677) % 9500,
       (ARRAY['on time','on time','on time','delayed','cancelled'])[1 + (g * 3) % 5]
FROM generate_series(1, 300) g
JOIN (VALUES (0, 'LH'), (1, 'AF'), (2, 'BA'), (3, 'IB'), (4, 'UA'), (5, 'JL'), (6, 'EK'), (7, 'KL'), (8, 'EW'))
     AS a(n, code2) ON a.n = (g % 7 + g % 5) % 9;
INSERT INTO passengers
SELECT g, (ARRAY['Ada','Bo','Chen','Dara','Eli','Farah','Gus','Hana','Ivo','Jin','Kai','Lena'])[1 + (g * 5) % 12],
       (ARRAY['Meyer','Okoye','Park','Quinn','Rossi','Sato','Torres','Ueda','Vogel','Walsh'])[1 + (g * 3) % 10],
       (ARRAY['German','French','British','Spanish','American','Japanese','Dutch','Italian'])[1 + g % 8],
       DATE '1950-01-01' + (g * 211) % 20000
FROM generate_series(1, 400) g;
INSERT INTO bookings
SELECT g, 1 + (g * g) % 400, f.flight_no, f.departure_date - (g % 90) - 1,
       round((80 + (g * 131) % 900 + f.distance_km / 10.0)::numeric, 2),
       (ARRAY['economy','economy','economy','premium','business','first'])[1 + (g * 7) % 6]
FROM generate_series(1, 1500) g
JOIN (SELECT flight_no, departure_date, distance_km, row_number() OVER (ORDER BY flight_no) AS n FROM flights) f
  ON f.n = 1 + (g * 7) % 300;
