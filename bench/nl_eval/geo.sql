-- US geography (development-only probe schema), in the style of the public GeoQuery text-to-SQL benchmark:
-- state, city, river, lake, mountain, border_info, highlow. No primary or foreign keys are declared; every
-- table refers to a state by its text name (state_name, river.traverse, border_info.border). A river has one
-- row per state it flows through, a lake one row per state it touches (its area is the whole lake's); border
-- pairs are stored both ways. Only 28 states are present, and only the borders and rivers between them.
-- Areas in square miles, lengths in miles, altitudes and elevations in feet, density in people per square mile.
CREATE TABLE state (state_name text, population integer, area integer, capital text, density numeric(8,1));
CREATE TABLE city (city_name text, state_name text, population integer);
CREATE TABLE river (river_name text, length integer, traverse text);
CREATE TABLE lake (lake_name text, area integer, state_name text);
CREATE TABLE mountain (mountain_name text, altitude integer, state_name text);
CREATE TABLE border_info (state_name text, border text);
CREATE TABLE highlow (state_name text, highest_point text, highest_elevation integer, lowest_point text,
                      lowest_elevation integer);
COMMENT ON COLUMN river.traverse IS 'a state the river flows through';
COMMENT ON COLUMN border_info.border IS 'a state bordering state_name';

INSERT INTO state (state_name, population, area, capital) VALUES
  ('Alabama', 5024279, 52420, 'Montgomery'), ('Alaska', 733391, 665384, 'Juneau'),
  ('Arizona', 7151502, 113990, 'Phoenix'), ('California', 39538223, 163695, 'Sacramento'),
  ('Colorado', 5773714, 104094, 'Denver'), ('Delaware', 989948, 2489, 'Dover'),
  ('Florida', 21538187, 65758, 'Tallahassee'), ('Georgia', 10711908, 59425, 'Atlanta'),
  ('Illinois', 12812508, 57914, 'Springfield'), ('Iowa', 3190369, 56273, 'Des Moines'),
  ('Kansas', 2937880, 82278, 'Topeka'), ('Kentucky', 4505836, 40408, 'Frankfort'),
  ('Louisiana', 4657757, 52378, 'Baton Rouge'), ('Michigan', 10077331, 96714, 'Lansing'),
  ('Minnesota', 5706494, 86936, 'Saint Paul'), ('Missouri', 6154913, 69707, 'Jefferson City'),
  ('Montana', 1084225, 147040, 'Helena'), ('Nebraska', 1961504, 77348, 'Lincoln'),
  ('Nevada', 3104614, 110572, 'Carson City'), ('New York', 20201249, 54555, 'Albany'),
  ('Ohio', 11799448, 44826, 'Columbus'), ('Oregon', 4237256, 98379, 'Salem'),
  ('Rhode Island', 1097379, 1545, 'Providence'), ('Tennessee', 6910840, 42144, 'Nashville'),
  ('Texas', 29145505, 268596, 'Austin'), ('Utah', 3271616, 84897, 'Salt Lake City'),
  ('Washington', 7705281, 71298, 'Olympia'), ('Wisconsin', 5893718, 65496, 'Madison');
UPDATE state SET density = round(population::numeric / area, 1);

INSERT INTO city VALUES
  ('Birmingham', 'Alabama', 200733), ('Montgomery', 'Alabama', 200603), ('Huntsville', 'Alabama', 215006),
  ('Mobile', 'Alabama', 187041), ('Anchorage', 'Alaska', 291247), ('Juneau', 'Alaska', 32255),
  ('Fairbanks', 'Alaska', 32515), ('Phoenix', 'Arizona', 1608139), ('Tucson', 'Arizona', 542629),
  ('Mesa', 'Arizona', 504258), ('Los Angeles', 'California', 3898747), ('San Diego', 'California', 1386932),
  ('San Jose', 'California', 1013240), ('San Francisco', 'California', 873965),
  ('Sacramento', 'California', 524943), ('Denver', 'Colorado', 715522),
  ('Colorado Springs', 'Colorado', 478961), ('Aurora', 'Colorado', 386261), ('Wilmington', 'Delaware', 70898),
  ('Dover', 'Delaware', 39403), ('Jacksonville', 'Florida', 949611), ('Miami', 'Florida', 442241),
  ('Tampa', 'Florida', 384959), ('Tallahassee', 'Florida', 196169), ('Atlanta', 'Georgia', 498715),
  ('Columbus', 'Georgia', 206922), ('Savannah', 'Georgia', 147780), ('Chicago', 'Illinois', 2746388),
  ('Springfield', 'Illinois', 114394), ('Aurora', 'Illinois', 180542), ('Peoria', 'Illinois', 113150),
  ('Des Moines', 'Iowa', 214133), ('Cedar Rapids', 'Iowa', 137710), ('Wichita', 'Kansas', 397532),
  ('Topeka', 'Kansas', 126587), ('Kansas City', 'Kansas', 156607), ('Louisville', 'Kentucky', 386884),
  ('Lexington', 'Kentucky', 322570), ('Frankfort', 'Kentucky', 28602), ('New Orleans', 'Louisiana', 383997),
  ('Baton Rouge', 'Louisiana', 227470), ('Shreveport', 'Louisiana', 187593), ('Detroit', 'Michigan', 639111),
  ('Grand Rapids', 'Michigan', 198917), ('Lansing', 'Michigan', 112644), ('Minneapolis', 'Minnesota', 429954),
  ('Saint Paul', 'Minnesota', 311527), ('Kansas City', 'Missouri', 508090), ('Saint Louis', 'Missouri', 301578),
  ('Springfield', 'Missouri', 169176), ('Jefferson City', 'Missouri', 43228), ('Billings', 'Montana', 117116),
  ('Helena', 'Montana', 32091), ('Omaha', 'Nebraska', 486051), ('Lincoln', 'Nebraska', 291082),
  ('Las Vegas', 'Nevada', 641903), ('Reno', 'Nevada', 264165), ('Carson City', 'Nevada', 58639),
  ('New York', 'New York', 8804190), ('Buffalo', 'New York', 278349), ('Albany', 'New York', 99224),
  ('Rochester', 'New York', 211328), ('Columbus', 'Ohio', 905748), ('Cleveland', 'Ohio', 372624),
  ('Cincinnati', 'Ohio', 309317), ('Portland', 'Oregon', 652503), ('Salem', 'Oregon', 175535),
  ('Eugene', 'Oregon', 176654), ('Providence', 'Rhode Island', 190934), ('Nashville', 'Tennessee', 689447),
  ('Memphis', 'Tennessee', 633104), ('Knoxville', 'Tennessee', 190740), ('Houston', 'Texas', 2304580),
  ('San Antonio', 'Texas', 1434625), ('Dallas', 'Texas', 1304379), ('Austin', 'Texas', 961855),
  ('Fort Worth', 'Texas', 918915), ('El Paso', 'Texas', 678815), ('Salt Lake City', 'Utah', 199723),
  ('Provo', 'Utah', 115162), ('Seattle', 'Washington', 737015), ('Spokane', 'Washington', 228989),
  ('Olympia', 'Washington', 55605), ('Milwaukee', 'Wisconsin', 577222), ('Madison', 'Wisconsin', 269840);

INSERT INTO river
SELECT r.name, r.length, t.state
FROM (VALUES ('Mississippi', 2340, ARRAY['Minnesota','Wisconsin','Iowa','Illinois','Missouri','Kentucky','Tennessee','Louisiana']),
             ('Missouri', 2341, ARRAY['Montana','Nebraska','Iowa','Kansas','Missouri']),
             ('Colorado', 1450, ARRAY['Colorado','Utah','Arizona','Nevada','California']),
             ('Ohio', 981, ARRAY['Ohio','Kentucky','Illinois']),
             ('Columbia', 1243, ARRAY['Washington','Oregon']),
             ('Arkansas', 1469, ARRAY['Colorado','Kansas']),
             ('Rio Grande', 1896, ARRAY['Colorado','Texas']),
             ('Snake', 1078, ARRAY['Oregon','Washington']),
             ('Tennessee', 652, ARRAY['Alabama','Kentucky','Tennessee']),
             ('Red', 1360, ARRAY['Texas','Louisiana']),
             ('Yukon', 1980, ARRAY['Alaska']),
             ('Platte', 310, ARRAY['Nebraska']),
             ('Hudson', 315, ARRAY['New York']),
             ('Chattahoochee', 430, ARRAY['Georgia','Alabama','Florida']),
             ('Sacramento', 400, ARRAY['California']),
             ('Brazos', 1280, ARRAY['Texas']),
             ('Wisconsin', 420, ARRAY['Wisconsin']),
             ('Illinois', 273, ARRAY['Illinois']),
             ('Kansas', 148, ARRAY['Kansas']),
             ('Gila', 649, ARRAY['Arizona']),
             ('Yellowstone', 692, ARRAY['Montana']),
             ('Green', 730, ARRAY['Utah','Colorado'])) AS r(name, length, states),
     unnest(r.states) AS t(state);

INSERT INTO lake
SELECT l.name, l.area, t.state
FROM (VALUES ('Lake Superior', 31700, ARRAY['Michigan','Wisconsin','Minnesota']),
             ('Lake Huron', 23000, ARRAY['Michigan']),
             ('Lake Michigan', 22300, ARRAY['Michigan','Wisconsin','Illinois']),
             ('Lake Erie', 9910, ARRAY['Ohio','Michigan','New York']),
             ('Lake Ontario', 7340, ARRAY['New York']),
             ('Great Salt Lake', 1700, ARRAY['Utah']),
             ('Lake of the Woods', 1679, ARRAY['Minnesota']),
             ('Iliamna Lake', 1014, ARRAY['Alaska']),
             ('Lake Okeechobee', 730, ARRAY['Florida']),
             ('Lake Pontchartrain', 630, ARRAY['Louisiana']),
             ('Lake Champlain', 490, ARRAY['New York']),
             ('Lake Powell', 252, ARRAY['Utah','Arizona']),
             ('Lake Mead', 247, ARRAY['Nevada','Arizona']),
             ('Flathead Lake', 197, ARRAY['Montana']),
             ('Lake Tahoe', 191, ARRAY['California','Nevada']),
             ('Crater Lake', 21, ARRAY['Oregon'])) AS l(name, area, states),
     unnest(l.states) AS t(state);

INSERT INTO mountain VALUES
  ('Denali', 20310, 'Alaska'), ('Mount Saint Elias', 18008, 'Alaska'), ('Mount Foraker', 17400, 'Alaska'),
  ('Mount Whitney', 14505, 'California'), ('Mount Elbert', 14440, 'Colorado'), ('Mount Massive', 14421, 'Colorado'),
  ('Mount Rainier', 14411, 'Washington'), ('Mount Shasta', 14179, 'California'), ('Pikes Peak', 14115, 'Colorado'),
  ('Mount Sneffels', 14150, 'Colorado'),
  ('Kings Peak', 13528, 'Utah'), ('Boundary Peak', 13147, 'Nevada'), ('Wheeler Peak', 13065, 'Nevada'),
  ('Granite Peak', 12807, 'Montana'), ('Humphreys Peak', 12633, 'Arizona'), ('Mount Adams', 12276, 'Washington'),
  ('Mount Hood', 11249, 'Oregon'), ('Mount Baker', 10781, 'Washington'), ('Guadalupe Peak', 8751, 'Texas'),
  ('Clingmans Dome', 6643, 'Tennessee'), ('Mount Marcy', 5344, 'New York');

INSERT INTO border_info
SELECT a, b FROM (VALUES ('Alabama','Florida'), ('Alabama','Georgia'), ('Alabama','Tennessee'),
  ('Arizona','California'), ('Arizona','Nevada'), ('Arizona','Utah'), ('California','Nevada'), ('California','Oregon'),
  ('Colorado','Kansas'), ('Colorado','Nebraska'), ('Colorado','Utah'), ('Florida','Georgia'), ('Georgia','Tennessee'),
  ('Illinois','Iowa'), ('Illinois','Kentucky'), ('Illinois','Missouri'), ('Illinois','Wisconsin'),
  ('Iowa','Minnesota'), ('Iowa','Missouri'), ('Iowa','Nebraska'), ('Iowa','Wisconsin'), ('Kansas','Missouri'),
  ('Kansas','Nebraska'), ('Kentucky','Missouri'), ('Kentucky','Ohio'), ('Kentucky','Tennessee'),
  ('Louisiana','Texas'), ('Michigan','Ohio'), ('Michigan','Wisconsin'), ('Minnesota','Wisconsin'),
  ('Missouri','Nebraska'), ('Missouri','Tennessee'), ('Nevada','Oregon'), ('Nevada','Utah'),
  ('Oregon','Washington')) AS p(a, b)
UNION ALL
SELECT b, a FROM (VALUES ('Alabama','Florida'), ('Alabama','Georgia'), ('Alabama','Tennessee'),
  ('Arizona','California'), ('Arizona','Nevada'), ('Arizona','Utah'), ('California','Nevada'), ('California','Oregon'),
  ('Colorado','Kansas'), ('Colorado','Nebraska'), ('Colorado','Utah'), ('Florida','Georgia'), ('Georgia','Tennessee'),
  ('Illinois','Iowa'), ('Illinois','Kentucky'), ('Illinois','Missouri'), ('Illinois','Wisconsin'),
  ('Iowa','Minnesota'), ('Iowa','Missouri'), ('Iowa','Nebraska'), ('Iowa','Wisconsin'), ('Kansas','Missouri'),
  ('Kansas','Nebraska'), ('Kentucky','Missouri'), ('Kentucky','Ohio'), ('Kentucky','Tennessee'),
  ('Louisiana','Texas'), ('Michigan','Ohio'), ('Michigan','Wisconsin'), ('Minnesota','Wisconsin'),
  ('Missouri','Nebraska'), ('Missouri','Tennessee'), ('Nevada','Oregon'), ('Nevada','Utah'),
  ('Oregon','Washington')) AS p(a, b);

INSERT INTO highlow VALUES
  ('Alabama', 'Cheaha Mountain', 2413, 'Gulf of Mexico', 0), ('Alaska', 'Denali', 20310, 'Pacific Ocean', 0),
  ('Arizona', 'Humphreys Peak', 12633, 'Colorado River', 70), ('California', 'Mount Whitney', 14505, 'Death Valley', -282),
  ('Colorado', 'Mount Elbert', 14440, 'Arikaree River', 3317), ('Delaware', 'Ebright Azimuth', 448, 'Atlantic Ocean', 0),
  ('Florida', 'Britton Hill', 345, 'Atlantic Ocean', 0), ('Georgia', 'Brasstown Bald', 4784, 'Atlantic Ocean', 0),
  ('Illinois', 'Charles Mound', 1235, 'Mississippi River', 279), ('Iowa', 'Hawkeye Point', 1670, 'Mississippi River', 480),
  ('Kansas', 'Mount Sunflower', 4039, 'Verdigris River', 679), ('Kentucky', 'Black Mountain', 4145, 'Mississippi River', 257),
  ('Louisiana', 'Driskill Mountain', 535, 'New Orleans', -8), ('Michigan', 'Mount Arvon', 1979, 'Lake Erie', 571),
  ('Minnesota', 'Eagle Mountain', 2301, 'Lake Superior', 601), ('Missouri', 'Taum Sauk Mountain', 1772, 'Saint Francis River', 230),
  ('Montana', 'Granite Peak', 12807, 'Kootenai River', 1800), ('Nebraska', 'Panorama Point', 5424, 'Missouri River', 840),
  ('Nevada', 'Boundary Peak', 13147, 'Colorado River', 481), ('New York', 'Mount Marcy', 5344, 'Atlantic Ocean', 0),
  ('Ohio', 'Campbell Hill', 1549, 'Ohio River', 455), ('Oregon', 'Mount Hood', 11249, 'Pacific Ocean', 0),
  ('Rhode Island', 'Jerimoth Hill', 812, 'Atlantic Ocean', 0), ('Tennessee', 'Clingmans Dome', 6643, 'Mississippi River', 178),
  ('Texas', 'Guadalupe Peak', 8751, 'Gulf of Mexico', 0), ('Utah', 'Kings Peak', 13528, 'Beaver Dam Wash', 2000),
  ('Washington', 'Mount Rainier', 14411, 'Pacific Ocean', 0), ('Wisconsin', 'Timms Hill', 1951, 'Lake Michigan', 579);
