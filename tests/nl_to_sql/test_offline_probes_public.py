"""The offline engine on schemas of the kind public text-to-SQL benchmarks use (written for these
tests, not taken from the eval). `world`: no declared keys, CamelCase columns, a bare
`Code` that `city.CountryCode` and `countrylanguage.CountryCode` refer to, a country's other name
(`LocalName`) holding the same values as its `Name`, and `Population` in two tables. Misreadings
found there: no join at all (a bare `code` was never a table's own key), the value's table not
deciding which `Population` is meant, "in (descending) order of", "people"/"populous" for
population, "speak" relating countries and their languages. `pets`: a bridge `Has_Pet` whose name ends with the word for `Pets` (a noun naming a
table in full means that table), `Fname`/`LName` for first and last names. `airline_routes`: `flights.Airline` a number naming
an `airlines.uid` (a number column named after a table is its reference; the word then names
the table, never a figure to add up), `airlines.Airline` the name of an airline. `hiring`:
`Number_products` said "number of products", "stores" for `shop`, "in descending order of" a
column that a measure pass took first, "whose <column> is the largest". Answers are compared by
result with hand-written SQL on real PostgreSQL."""
from __future__ import annotations

import pytest

from services.nl_to_sql.offline.engine import generate
from services.nl_to_sql.offline.linking import lexicon_for
from tests.nl_to_sql.offline_checks import assert_answered_as, assert_refused_saying, inferred_edges
from tests.nl_to_sql.test_offline_schemas import _seeded

WORLD = """
CREATE TABLE country ("Code" char(3), "Name" text, "Continent" text, "Region" text, "SurfaceArea" real,
  "IndepYear" int, "Population" int, "LifeExpectancy" real, "GNP" real, "LocalName" text,
  "GovernmentForm" text, "HeadOfState" text, "Capital" int, "Code2" char(2));
CREATE TABLE city ("ID" int, "Name" text, "CountryCode" char(3), "District" text, "Population" int);
CREATE TABLE countrylanguage ("CountryCode" char(3), "Language" text, "IsOfficial" char(1), "Percentage" real);
INSERT INTO country VALUES
('USA','United States','North America','North America',9363520,1776,278357000,77.1,8510700,'United States','Federal Republic','George W. Bush',3813,'US'),
('FRA','France','Europe','Western Europe',551500,843,59225700,78.8,1424285,'France','Republic','Jacques Chirac',2974,'FR'),
('DEU','Germany','Europe','Western Europe',357022,1955,82164700,77.4,2133367,'Deutschland','Federal Republic','Johannes Rau',3068,'DE'),
('JPN','Japan','Asia','Eastern Asia',377829,-660,126714000,80.7,3787042,'Nihon/Nippon','Constitutional Monarchy','Akihito',1532,'JP'),
('BRA','Brazil','South America','South America',8547403,1822,170115000,62.9,776739,'Brasil','Federal Republic','Fernando Henrique Cardoso',211,'BR'),
('NGA','Nigeria','Africa','Western Africa',923768,1960,111506000,51.6,65707,'Nigeria','Federal Republic','Olusegun Obasanjo',2754,'NG'),
('AUS','Australia','Oceania','Australia and New Zealand',7741220,1901,18886000,79.8,351182,'Australia','Constitutional Monarchy, Federation','Elisabeth II',135,'AU'),
('CHE','Switzerland','Europe','Western Europe',41284,1499,7160400,79.6,264478,'Schweiz/Suisse/Svizzera/Svizra','Federation','Adolf Ogi',3248,'CH'),
('ARU','Aruba','North America','Caribbean',193,NULL,103000,78.4,828,'Aruba','Nonmetropolitan Territory of The Netherlands','Beatrix',129,'AW'),
('EGY','Egypt','Africa','Northern Africa',1001449,1922,68470000,63.3,82710,'Misr','Republic','Hosni Mubarak',608,'EG');
INSERT INTO city VALUES
(3813,'Washington','USA','District of Columbia',572059),(3793,'New York','USA','New York',8008278),(3794,'Los Angeles','USA','California',3694820),
(2974,'Paris','FRA','Ile-de-France',2125246),(2975,'Marseille','FRA','Provence',798430),
(3068,'Berlin','DEU','Berliini',3386667),(3069,'Hamburg','DEU','Hamburg',1704735),
(1532,'Tokyo','JPN','Tokyo-to',7980230),(1533,'Osaka','JPN','Osaka',2595674),
(211,'Brasilia','BRA','Distrito Federal',1969868),(206,'Sao Paulo','BRA','Sao Paulo',9968485),
(2754,'Abuja','NGA','Federal Capital Dist',350100),(2755,'Lagos','NGA','Lagos',1518000),
(135,'Canberra','AUS','Capital Region',322723),(130,'Sydney','AUS','New South Wales',3276207),
(3248,'Bern','CHE','Bern',122700),(3247,'Zurich','CHE','Zurich',336800),(129,'Oranjestad','ARU','Aruba',29034),
(608,'Cairo','EGY','Kairo',6789479),(609,'Alexandria','EGY','Aleksandria',3328196);
INSERT INTO countrylanguage VALUES
('USA','English','T',86.2),('USA','Spanish','F',7.5),('FRA','French','T',93.6),('FRA','Arabic','F',2.5),
('DEU','German','T',91.3),('DEU','Turkish','F',2.6),('JPN','Japanese','T',99.1),('BRA','Portuguese','T',97.5),
('NGA','English','T',0),('NGA','Yoruba','F',21.4),('NGA','Hausa','F',21.1),('AUS','English','T',81.2),
('CHE','German','T',63.6),('CHE','French','T',19.2),('CHE','Italian','T',7.7),('CHE','Romansh','T',0.6),('ARU','Dutch','T',5.3),
('ARU','Papiamento','F',76.7),('EGY','Arabic','T',98.8);
"""


def test_a_bare_code_column_is_the_key_that_country_code_columns_refer_to(probes):
    _, schema, _ = probes["world"]
    edges = inferred_edges(schema)
    assert ("city", ("CountryCode",), "country", ("Code",)) in edges
    assert ("countrylanguage", ("CountryCode",), "country", ("Code",)) in edges


WORLD_ANSWERED = [
    ("Names of the cities in Japan",
     'SELECT ci."Name" FROM city ci JOIN country co ON co."Code" = ci."CountryCode" WHERE co."Name" = \'Japan\''),
    ("How many cities does each country have?",
     'SELECT co."Code", count(*) FROM city ci JOIN country co ON co."Code" = ci."CountryCode" GROUP BY 1'),
    ("Which country has the most languages?",
     'SELECT co."Code", co."Name", count(*) FROM country co JOIN countrylanguage l ON l."CountryCode" = co."Code" '
     'GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1'),
    # the value after the column says whose population it is
    ("What is the population of France?", 'SELECT "Population" FROM country WHERE "Name" = \'France\''),
    ("Total population of Europe", 'SELECT sum("Population") FROM country WHERE "Continent" = \'Europe\''),
    # a value of both names of the same rows is the name
    ("What is the head of state of France?", 'SELECT "HeadOfState" FROM country WHERE "Name" = \'France\''),
    ("Cities with more than 5000000 people", 'SELECT "Name" FROM city WHERE "Population" > 5000000'),
    ("The 3 most populous cities", 'SELECT "Name" FROM city ORDER BY "Population" DESC LIMIT 3'),
    # "speak" relates the two tables; the bridge's `Language` names its rows
    ("Which languages are spoken in Switzerland?",
     'SELECT l."Language" FROM countrylanguage l JOIN country co ON co."Code" = l."CountryCode" '
     'WHERE co."Name" = \'Switzerland\''),
    ("How many countries speak French?",
     'SELECT count(DISTINCT "CountryCode") FROM countrylanguage WHERE "Language" = \'French\''),
    ("How many people live in the cities of Brazil?",
     'SELECT sum(ci."Population") FROM city ci JOIN country co ON co."Code" = ci."CountryCode" '
     'WHERE co."Name" = \'Brazil\''),
]


ORDERED = [
    ("List the countries in order of population", '"Population" ASC'),
    ("Countries in descending order of surface area", '"SurfaceArea" DESC'),
    ("Names of cities sorted by population in descending order", '"Population" DESC'),
    ("Countries ordered by life expectancy in increasing order", '"LifeExpectancy" ASC'),
]


@pytest.mark.parametrize("question, order", ORDERED)
def test_in_order_of(probes, question, order):
    _, schema, hints = probes["world"]
    assert f"ORDER BY c.{order}" in generate(question, schema, value_hints=hints).sql


REFUSED = [
    # "name" of the capital, not of Germany: the value does not decide the column through another noun
    ("What is the name of the capital of Germany?", "could be any of"),
]


@pytest.mark.parametrize("question, says", REFUSED)
def test_refused(probes, question, says):
    assert_refused_saying(probes["world"], question, says)


PETS = """
CREATE TABLE "Student" ("StuID" int PRIMARY KEY, "LName" varchar(12), "Fname" varchar(12), "Age" int, "Sex" varchar(1), "Major" int, "Advisor" int, city_code varchar(3));
CREATE TABLE "Has_Pet" ("StuID" int REFERENCES "Student"("StuID"), "PetID" int);
CREATE TABLE "Pets" ("PetID" int PRIMARY KEY, "PetType" varchar(20), pet_age int, weight real);
INSERT INTO "Student" VALUES (1001,'Smith','Linda',18,'F',600,1121,'BAL'),(1002,'Kim','Tracy',19,'F',600,7712,'HKG'),
(1003,'Jones','Shiela',21,'F',600,7792,'WAS'),(1004,'Kumar','Dinesh',20,'M',600,8423,'CHI'),(1005,'Gompers','Paul',26,'M',600,1121,'YYZ'),
(1006,'Schultz','Andy',18,'M',600,1148,'BAL'),(1007,'Apap','Lisa',18,'F',600,8918,'PIT'),(1008,'Nelson','Jandy',20,'F',600,9172,'BAL'),
(1009,'Tai','Eric',19,'M',600,2192,'YYZ'),(1010,'Lee','Derek',17,'M',600,2192,'HOU');
INSERT INTO "Pets" VALUES (2001,'cat',3,12),(2002,'dog',2,13.4),(2003,'dog',1,9.3),(2004,'bird',5,0.4);
INSERT INTO "Has_Pet" VALUES (1001,2001),(1002,2002),(1002,2003),(1005,2004);
ALTER TABLE "Has_Pet" ADD FOREIGN KEY ("PetID") REFERENCES "Pets"("PetID");
"""


PETS_ANSWERED = [
    ("How many different types of pet are there?", 'SELECT count(DISTINCT "PetType") FROM "Pets"'),
    ("Maximum weight for each type of pet", 'SELECT "PetType", max(weight) FROM "Pets" GROUP BY 1'),
    ("Average and maximum age for each type of pet",
     'SELECT "PetType", avg(pet_age), max(pet_age) FROM "Pets" GROUP BY 1'),
    ("First names of students who have a dog",
     'SELECT DISTINCT s."Fname" FROM "Student" s JOIN "Has_Pet" h ON h."StuID" = s."StuID" '
     'JOIN "Pets" p ON p."PetID" = h."PetID" WHERE p."PetType" = \'dog\''),
    ("First name and age of students who have no pet",
     'SELECT "Fname", "Age" FROM "Student" s WHERE NOT EXISTS '
     '(SELECT 1 FROM "Has_Pet" h WHERE h."StuID" = s."StuID")'),
]


def test_first_and_last_name_columns_name_a_student(probes):
    _, schema, _ = probes["pets"]
    assert lexicon_for(schema).labels("Student") == ["Fname", "LName"]


AIRLINE_ROUTES = """
CREATE TABLE airlines (uid int PRIMARY KEY, "Airline" text, "Abbreviation" text, "Country" text);
CREATE TABLE airports ("City" text, "AirportCode" text PRIMARY KEY, "AirportName" text, "Country" text, "CountryAbbrev" text);
CREATE TABLE flights ("Airline" int, "FlightNo" int, "SourceAirport" text, "DestAirport" text);
INSERT INTO airlines VALUES (1,'United Airlines','UAL','USA'),(2,'US Airways','USAir','USA'),(3,'Delta Airlines','Delta','USA'),(4,'Southwest Airlines','Southwest','USA'),(5,'JetBlue Airways','JetBlue','USA'),(6,'Virgin America','Virgin','USA');
INSERT INTO airports VALUES ('Aberdeen','APG','Phillips AAF','United States','US'),('Aberdeen','ABR','Municipal','United States','US'),('Abilene','DYS','Dyess AFB','United States','US'),('Abilene','ABI','Municipal','United States','US'),('Ada','ADT','Ada','United States','US'),('Adak Island','ADK','Adak Island Ns','United States','US'),('Anchorage','ANC','Anchorage International','United States','US'),('Ashley','ASY','Ashley','United States','US');
INSERT INTO flights VALUES (1,28,'APG','ASY'),(1,29,'ASY','APG'),(1,44,'ANC','ADK'),(2,2,'APG','ABR'),(2,3,'ABR','APG'),(3,5,'ABI','DYS'),(3,6,'DYS','ABI'),(3,7,'ANC','APG'),(4,10,'ADT','ANC'),(4,11,'ANC','ADT'),(5,12,'APG','ANC'),(1,13,'ABR','ANC');
"""


ROUTES_ANSWERED = [
    ("Which airline has the most flights?",
     'SELECT a."Airline" FROM airlines a JOIN flights f ON f."Airline" = a.uid GROUP BY a.uid, a."Airline" '
     'ORDER BY count(*) DESC LIMIT 1'),
    ("How many airlines are from USA?", 'SELECT count(*) FROM airlines WHERE "Country" = \'USA\''),
    ("Flight numbers of United Airlines flights",
     'SELECT f."FlightNo" FROM flights f JOIN airlines a ON a.uid = f."Airline" WHERE a."Airline" = \'United Airlines\''),
    ("Number of flights of each airline",
     'SELECT a."Airline", count(*) FROM flights f JOIN airlines a ON a.uid = f."Airline" GROUP BY a."Airline"'),
    ("Airlines with fewer than 2 flights",
     'SELECT a."Airline" FROM airlines a WHERE (SELECT count(*) FROM flights f WHERE f."Airline" = a.uid) < 2'),
]


def test_a_number_column_named_after_a_table_refers_to_it(probes):
    _, schema, _ = probes["routes"]
    edges = inferred_edges(schema)
    assert ("flights", ("Airline",), "airlines", ("uid",)) in edges
    assert lexicon_for(schema).labels("airlines") == ["Airline"]


HIRING = """
CREATE TABLE employee ("Employee_ID" int PRIMARY KEY, "Name" text, "Age" int, "City" text);
CREATE TABLE shop ("Shop_ID" int PRIMARY KEY, "Name" text, "Location" text, "District" text, "Number_products" int, "Manager_name" text);
CREATE TABLE hiring ("Shop_ID" int REFERENCES shop, "Employee_ID" int PRIMARY KEY REFERENCES employee, "Start_from" text, "Is_full_time" boolean);
CREATE TABLE evaluation ("Employee_ID" text, "Year_awarded" text, "Bonus" real, PRIMARY KEY ("Employee_ID","Year_awarded"));
INSERT INTO employee VALUES (1,'George Chuter',23,'Bristol'),(2,'Lee Mears',29,'Bath'),(3,'Mark Regan',43,'Bristol'),(4,'Jason Hobson',30,'Bristol'),(5,'Tim Payne',29,'Wasps'),(6,'Andrew Sheridan',28,'Sale'),(7,'Matt Stevens',29,'Bath'),(8,'Phil Vickery',40,'Wasps'),(9,'Steve Borthwick',32,'Bath'),(10,'Louis Deacon',36,'Leicester');
INSERT INTO shop VALUES (1,'FC Haka','Valkeakoski','Tehtaan kenttä',3516,'Olli Huttunen'),(2,'HJK','Helsinki','Finnair Stadium',10770,'Antti Muurinen'),(3,'FC Honka','Espoo','Tapiolan Urheilupuisto',6000,'Mika Lehkosuo'),(4,'FC Inter','Turku','Veritas Stadion',10000,'Job Dragtsma'),(5,'FF Jaro','Jakobstad','Jakobstads Centralplan',5000,'Mika Laurikainen'),(6,'FC KooTeePee','Kotka','Arto Tolsa Areena',4780,'Tommi Kautonen');
INSERT INTO hiring VALUES (1,1,'2009',true),(1,2,'2003',true),(3,3,'2011',false),(4,4,'2012',true),(5,5,'2013',true),(2,6,'2010',false),(6,7,'2008',true);
INSERT INTO evaluation VALUES ('1','2011',3000),('2','2015',3200),('1','2016',2900),('4','2017',3200),('7','2018',3200),('10','2016',4000);
"""


HIRING_ANSWERED = [
    ("Minimum and maximum number of products of all stores", 'SELECT min("Number_products"), max("Number_products") FROM shop'),
    ("Manager name and district of the shop whose number of products is the largest",
     'SELECT "Manager_name", "District" FROM shop ORDER BY "Number_products" DESC LIMIT 1'),
    ("Name of the employee whose age is the highest", 'SELECT "Name" FROM employee ORDER BY "Age" DESC LIMIT 1'),
    ("Names of stores whose number of products is more than the average number of products",
     'SELECT "Name" FROM shop WHERE "Number_products" > (SELECT avg("Number_products") FROM shop)'),
]


def test_in_descending_order_of_a_column_a_measure_could_take(probes):
    _, schema, hints = probes["hiring"]
    sql = generate("Name, location and district of all shops in descending order of number of products",
                   schema, value_hints=hints).sql
    assert 'ORDER BY s."Number_products" DESC' in sql and "Location" in sql and "District" in sql


SCHEMAS = {"world": WORLD, "pets": PETS, "routes": AIRLINE_ROUTES, "hiring": HIRING}
ANSWERED = [(name, question, sql) for name, answered in (
    ("world", WORLD_ANSWERED), ("pets", PETS_ANSWERED), ("routes", ROUTES_ANSWERED), ("hiring", HIRING_ANSWERED))
    for question, sql in answered]


@pytest.fixture(scope="module")
async def probes(session_databases):
    return {name: await _seeded(session_databases, name, ddl) for name, ddl in SCHEMAS.items()}


@pytest.mark.parametrize("schema, question, sql", ANSWERED)
def test_answered(probes, schema, question, sql):
    assert_answered_as(probes[schema], question, sql)
