"""The offline engine on schemas written for these tests after the session-13 probes (bench/nl_eval/
farms, venues, rentals, racing, campus, company): rows named by a noun column instead of a name
(`election.delegate`, `tv_series.episode`); whole years stored as text (`department.creation`,
`hiring.start_from`) or as a number named by a participle (`first_elected`); `forename` / `surname`, a
full name over a short one and `apt_number` as labels; a key commented as identifying its rows; a birth
date that is not the date of related rows; `bedroom_count` as "bedrooms"; "between A and B <column>";
a number before a table that is also a stored text value; company_1's keys spelled otherwise (`dno`,
`essn`, `super_ssn`) and its `dname` / `pname` labels; home nations' demonyms; "both <value> and
<value>"; a keyless `Dorm_amenity` keyed by `amenid`; "members" of `Member_of_club`; "percentage of the
<rows>", its whole and a share of rows with related rows; "managed by" naming `mgr_ssn`; "when was <row> born", "when was the 2022 <race>",
"when did <row> last visit"; "how much did <row> spend"; "restaurant visits"; "visited by a student";
the "in" of `Lives_in`. Most cases failed (refused or answered wrongly) before the change they test;
the others guard readings the changes could have broken. Answers are compared by result with
hand-written SQL."""
from __future__ import annotations

import pytest

from tests.nl_to_sql.offline_checks import assert_answered_as
from tests.nl_to_sql.test_offline_schemas import _seeded

SCRIPT = """
CREATE TABLE county (county_id integer, county_name text, population integer);
CREATE TABLE party (party_id integer, party_name text);
CREATE TABLE election (election_id integer, county_id integer, delegate text, party_id integer,
  first_elected numeric(5,1), committee text);
INSERT INTO county SELECT g, 'County ' || g, 10000 * g FROM generate_series(1, 6) g;
INSERT INTO party VALUES (1, 'Democratic'), (2, 'Republican'), (3, 'Green');
INSERT INTO election SELECT g, 1 + (g * g) % 5, 'Delegate ' || chr(64 + g), 1 + g % 2, 1970 + g * 3,
  (ARRAY['Appropriations', 'Judiciary', 'Ways and Means'])[1 + g % 3] FROM generate_series(1, 16) g;
CREATE TABLE tv_series (id integer, episode text, air_date date, rating numeric(3,1), channel text);
INSERT INTO tv_series SELECT g, 'Episode ' || chr(64 + g), DATE '2008-01-07' + g * 7,
  CASE WHEN g % 5 = 0 THEN NULL ELSE 5 + (g * 7) % 40 / 10.0 END, (ARRAY['one', 'two'])[1 + g % 2]
  FROM generate_series(1, 14) g;
CREATE TABLE department (department_id integer, name text, creation text, budget numeric(6,2));
INSERT INTO department SELECT g, 'Dept ' || g, (1780 + g * 17)::text, g * 1.5 FROM generate_series(1, 12) g;
CREATE TABLE employee (employee_id integer PRIMARY KEY, name text NOT NULL, age integer);
CREATE TABLE shop (shop_id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE hiring (shop_id integer REFERENCES shop, employee_id integer REFERENCES employee,
  start_from text, is_full_time boolean);
INSERT INTO employee SELECT g, 'Employee ' || g, 20 + g FROM generate_series(1, 15) g;
INSERT INTO shop SELECT g, 'Shop ' || g FROM generate_series(1, 4) g;
INSERT INTO hiring SELECT 1 + g % 4, g, (2005 + g)::text, g % 2 = 0 FROM generate_series(1, 14) g;
CREATE SCHEMA motor;
CREATE TABLE motor.drivers (driver_id integer PRIMARY KEY, forename text NOT NULL, surname text NOT NULL,
  dob date, nationality text);
CREATE TABLE motor.races (race_id integer PRIMARY KEY, year integer NOT NULL, name text NOT NULL, date date NOT NULL);
CREATE TABLE motor.results (result_id integer PRIMARY KEY, race_id integer NOT NULL REFERENCES motor.races,
  driver_id integer NOT NULL REFERENCES motor.drivers, position integer, points numeric(4,1) NOT NULL);
INSERT INTO motor.drivers SELECT g, 'Fore' || g, 'Sur' || g, DATE '1990-01-01' + g * 400,
  (ARRAY['British', 'Dutch', 'Spanish'])[1 + g % 3] FROM generate_series(1, 8) g;
INSERT INTO motor.races SELECT g, 2021 + (g - 1) / 3, (ARRAY['Bahrain', 'Monaco', 'British'])[1 + g % 3] || ' Grand Prix',
  DATE '2021-03-01' + ((g - 1) / 3) * 365 + g * 20 FROM generate_series(1, 9) g;
INSERT INTO motor.results SELECT g, 1 + g % 9, 1 + (g * 5) % 8, 1 + g % 4, (g * 7) % 26 FROM generate_series(1, 36) g;
CREATE SCHEMA lettings;
CREATE TABLE lettings.apartment_buildings (building_id integer PRIMARY KEY, building_short_name text NOT NULL,
  building_full_name text NOT NULL, building_manager text NOT NULL);
CREATE TABLE lettings.apartments (apt_id integer PRIMARY KEY, building_id integer NOT NULL
  REFERENCES lettings.apartment_buildings, apt_number text NOT NULL, bedroom_count integer NOT NULL,
  bathroom_count integer, room_count text NOT NULL);
CREATE TABLE lettings.apartment_bookings (apt_booking_id integer PRIMARY KEY, apt_id integer NOT NULL
  REFERENCES lettings.apartments, booking_start_date date NOT NULL);
INSERT INTO lettings.apartment_buildings SELECT g, 'B' || g, 'Building Number ' || g, 'Manager ' || g
  FROM generate_series(1, 5) g;
INSERT INTO lettings.apartments SELECT g, 1 + (g * g) % 5, 'Suite ' || (100 + g), 1 + (g * 7) % 5,
  CASE WHEN g = 9 THEN NULL ELSE 1 + g % 2 END, (2 + g % 3)::text FROM generate_series(1, 14) g;
INSERT INTO lettings.apartment_bookings SELECT g, 1 + (g * 3) % 11, DATE '2023-01-01' + g * 9 FROM generate_series(1, 20) g;
CREATE TABLE lettings.apartment_facilities (apt_id integer NOT NULL REFERENCES lettings.apartments,
  facility_code text NOT NULL, PRIMARY KEY (apt_id, facility_code));
INSERT INTO lettings.apartment_facilities SELECT g, (ARRAY['Gym', 'Pool', 'Parking'])[1 + g % 3]
  FROM generate_series(1, 14) g;
INSERT INTO lettings.apartment_facilities SELECT g, 'Pool' FROM generate_series(3, 14, 6) g;
CREATE TABLE "Dorm" (dormid integer PRIMARY KEY, dorm_name text, student_capacity integer);
CREATE TABLE "Dorm_amenity" (amenid integer, amenity_name text);
CREATE TABLE "Has_amenity" (dormid integer, amenid integer);
CREATE TABLE "Club" ("ClubID" integer PRIMARY KEY, "ClubName" text);
CREATE TABLE "Member_of_club" ("ClubID" integer, member_name text, "Position" text);
INSERT INTO "Dorm" SELECT g, 'Hall ' || g, 100 * g FROM generate_series(1, 6) g;
INSERT INTO "Dorm_amenity" VALUES (1, 'TV Lounge'), (2, 'Study Room'), (3, 'Laundry');
INSERT INTO "Has_amenity" SELECT 1 + g % 6, 1 + g % 3 FROM generate_series(1, 6) g;
INSERT INTO "Has_amenity" VALUES (2, 1), (4, 1);
INSERT INTO "Club" SELECT g, 'Club ' || g FROM generate_series(1, 5) g;
INSERT INTO "Member_of_club" SELECT 1 + g % 4, 'Student ' || g, CASE WHEN g <= 4 THEN 'President' ELSE 'Member' END
  FROM generate_series(1, 15) g;
CREATE TABLE "Student" ("StuID" integer PRIMARY KEY, "Fname" text, "LName" text);
CREATE TABLE "Restaurant" ("ResID" integer PRIMARY KEY, "ResName" text);
CREATE TABLE "Visits_Restaurant" ("StuID" integer, "ResID" integer, "Time" timestamp, "Spent" numeric(7,2));
CREATE TABLE "Lives_in" (stuid integer, dormid integer);
INSERT INTO "Student" VALUES (1, 'Linda', 'Smith'), (2, 'Eric', 'Tai'), (3, 'Lisa', 'Apap');
INSERT INTO "Restaurant" VALUES (1, 'Subway'), (2, 'Honeycomb Cafe'), (3, 'Night Owl Diner');
INSERT INTO "Visits_Restaurant" VALUES (1, 1, '2024-01-05 12:00', 9.50), (1, 1, '2024-03-07 13:10', 8.25),
  (1, 2, '2023-11-02 18:30', 14.00), (2, 2, '2024-02-11 09:45', 6.10), (3, 1, '2023-05-20 20:05', 11.75);
INSERT INTO "Lives_in" VALUES (1, 2), (2, 2), (3, 4);
CREATE TABLE scientists (ssn integer, name text);
CREATE TABLE projects (code text, name text, hours integer);
CREATE TABLE assigned_to (scientist integer, project text);
COMMENT ON COLUMN scientists.ssn IS 'social security number, identifies the scientist';
COMMENT ON COLUMN projects.code IS 'project code, identifies the project';
INSERT INTO scientists SELECT 100000 + g * 7919, 'Scientist ' || g FROM generate_series(1, 9) g;
INSERT INTO projects SELECT 'P' || g, 'Project ' || g, 100 * g FROM generate_series(1, 5) g;
INSERT INTO assigned_to SELECT 100000 + (1 + g % 9) * 7919, 'P' || (1 + (g * 3) % 5) FROM generate_series(1, 13) g;
"""


# company_1 (its own database: its `employee` and `department` would share names with the tables above)
COMPANY = """
CREATE SCHEMA corp;
CREATE TABLE corp.employee (fname text NOT NULL, lname text NOT NULL, ssn integer PRIMARY KEY, super_ssn integer,
  dno integer, sex text NOT NULL, bdate date);
CREATE TABLE corp.department (dname text NOT NULL, dnumber integer PRIMARY KEY, mgr_ssn integer);
CREATE TABLE corp.project (pname text NOT NULL, pnumber integer PRIMARY KEY, dnum integer NOT NULL);
CREATE TABLE corp.works_on (essn integer NOT NULL, pno integer NOT NULL, hours numeric(4,1),
  PRIMARY KEY (essn, pno));
INSERT INTO corp.department SELECT 'Department ' || g, g, 900 + g FROM generate_series(1, 4) g;
INSERT INTO corp.employee SELECT 'First' || g, 'Last' || g, 900 + g, CASE WHEN g > 1 THEN 900 + g / 2 END,
  CASE WHEN g = 12 THEN NULL ELSE 1 + g % 3 END, CASE WHEN g % 3 = 0 THEN 'F' ELSE 'M' END,
  DATE '1960-01-01' + g * 800 FROM generate_series(1, 12) g;
CREATE TABLE corp.dependent (essn integer NOT NULL, dependent_name text NOT NULL, bdate date);
INSERT INTO corp.dependent SELECT 900 + g, 'Child ' || g, DATE '1990-01-01' + g * 300 FROM generate_series(1, 5) g;
INSERT INTO corp.project SELECT 'Project ' || g, g, 1 + g % 4 FROM generate_series(1, 6) g;
INSERT INTO corp.works_on SELECT 900 + g, 1 + (g * 5) % 6, 5 + g % 7 FROM generate_series(1, 12) g;
INSERT INTO corp.works_on SELECT 900 + g, 1 + (g * 5 + 1) % 6, 10 FROM generate_series(1, 12, 3) g;
CREATE TABLE journalist (journalist_id integer PRIMARY KEY, name text NOT NULL, nationality text);
INSERT INTO journalist VALUES (1, 'Ann Jones', 'Wales'), (2, 'Bob Hill', 'England'), (3, 'Cy Evans', 'Wales'),
  (4, 'Di Ross', 'Scotland');
"""


@pytest.fixture(scope="module")
async def rows_probe(session_databases):
    return await _seeded(session_databases, "rows_probe", SCRIPT)


@pytest.fixture(scope="module")
async def company_probe(session_databases):
    return await _seeded(session_databases, "company_probe", COMPANY)


ANSWERED = [
    # `election` has no name column: its rows are the delegates
    ("Which county has the most delegates?",
     "SELECT c.county_name FROM election e JOIN county c ON c.county_id = e.county_id "
     "GROUP BY c.county_id, c.county_name ORDER BY count(*) DESC LIMIT 1"),
    ("Delegates of the Democratic party",
     "SELECT e.delegate FROM election e JOIN party p ON p.party_id = e.party_id WHERE p.party_name = 'Democratic'"),
    ("How many delegates come from counties with more than 30000 inhabitants?",
     "SELECT count(*) FROM election e JOIN county c ON c.county_id = e.county_id WHERE c.population > 30000"),
    # ... and a category beside it (few values) still groups them
    ("Which committee has the most delegates?",
     "SELECT committee FROM election GROUP BY committee ORDER BY count(*) DESC LIMIT 1"),
    ("How many episodes are there?", "SELECT count(*) FROM tv_series"),
    ("Which episodes have no rating?", "SELECT episode FROM tv_series WHERE rating IS NULL"),
    ("List the episodes of channel one", "SELECT episode FROM tv_series WHERE channel = 'one'"),
    ("What is the air date of the episode 'Episode C'?", "SELECT air_date FROM tv_series WHERE episode = 'Episode C'"),
    # whole years: text of years, and a number named by a participle
    ("Which departments were created before 1900?", "SELECT name FROM department WHERE creation::integer < 1900"),
    ("Employees hired in 2012",
     "SELECT e.name FROM employee e JOIN hiring h ON h.employee_id = e.employee_id WHERE h.start_from = '2012'"),
    ("How many employees were hired before 2010?",
     "SELECT count(DISTINCT h.employee_id) FROM hiring h WHERE h.start_from::integer < 2010"),
    ("Which delegates were first elected before 2000?", "SELECT delegate FROM election WHERE first_elected < 2000"),
    # a driver by forename and surname; "in 2023" is the races' year, never the drivers' birth date
    ("Top 3 drivers by points in 2023",
     "SELECT d.forename, d.surname, sum(r.points) FROM motor.results r JOIN motor.drivers d ON d.driver_id = r.driver_id "
     "JOIN motor.races ra ON ra.race_id = r.race_id WHERE ra.year = 2023 GROUP BY d.driver_id, d.forename, d.surname "
     "ORDER BY 3 DESC LIMIT 3"),
    ("Which drivers are Spanish?", "SELECT forename, surname FROM motor.drivers WHERE nationality = 'Spanish'"),
    # "When ...": the named row's date; a year before a name is the row's year
    ("When was the 2022 Monaco Grand Prix?",
     "SELECT date FROM motor.races WHERE year = 2022 AND name = 'Monaco Grand Prix'"),
    # a building by its full name, an apartment by its number
    ("Which building has the most apartments?",
     "SELECT b.building_full_name FROM lettings.apartments a JOIN lettings.apartment_buildings b "
     "ON b.building_id = a.building_id GROUP BY b.building_id, b.building_full_name ORDER BY count(*) DESC LIMIT 1"),
    ("Which apartments were never booked?",
     "SELECT a.apt_number FROM lettings.apartments a WHERE NOT EXISTS "
     "(SELECT 1 FROM lettings.apartment_bookings b WHERE b.apt_id = a.apt_id)"),
    # `bedroom_count` is "bedrooms" and "the number of bedrooms"; "count" alone is no column
    ("Which apartment has the most bedrooms?",
     "SELECT apt_number FROM lettings.apartments ORDER BY bedroom_count DESC LIMIT 1"),
    ("What is the average number of bedrooms of the apartments?", "SELECT avg(bedroom_count) FROM lettings.apartments"),
    ("Which apartment is missing its bathroom count?",
     "SELECT apt_number FROM lettings.apartments WHERE bathroom_count IS NULL"),
    ("Count the apartments by building",
     "SELECT b.building_full_name, count(*) FROM lettings.apartments a JOIN lettings.apartment_buildings b "
     "ON b.building_id = a.building_id GROUP BY b.building_id, b.building_full_name"),
    # "more than 2 apartments" counts apartments, although '2' is a stored `room_count`
    ("Which buildings have more than 2 apartments?",
     "SELECT b.building_full_name FROM lettings.apartment_buildings b WHERE (SELECT count(*) FROM "
     "lettings.apartments a WHERE a.building_id = b.building_id) > 2"),
    ("Projects with between 200 and 400 hours", "SELECT name FROM projects WHERE hours BETWEEN 200 AND 400"),
    # "both" of two values: each held by some related row
    ("Which apartments have both a Gym and a Pool?",
     "SELECT a.apt_number FROM lettings.apartments a WHERE EXISTS (SELECT 1 FROM lettings.apartment_facilities f "
     "WHERE f.apt_id = a.apt_id AND f.facility_code = 'Gym') AND EXISTS (SELECT 1 FROM lettings.apartment_facilities f "
     "WHERE f.apt_id = a.apt_id AND f.facility_code = 'Pool')"),
    # keyless: `amenid` is Dorm_amenity's key (`amen` of amenity), not the bridge's
    ("Which dorms have a TV Lounge?",
     "SELECT d.dorm_name FROM \"Dorm\" d WHERE EXISTS (SELECT 1 FROM \"Has_amenity\" h JOIN \"Dorm_amenity\" a "
     "ON a.amenid = h.amenid WHERE h.dormid = d.dormid AND a.amenity_name = 'TV Lounge')"),
    # "members" are the rows of `Member_of_club`, not its Position 'Member'
    ("How many members does each club have?",
     "SELECT c.\"ClubName\", count(*) FROM \"Member_of_club\" m JOIN \"Club\" c ON c.\"ClubID\" = m.\"ClubID\" "
     "GROUP BY c.\"ClubID\", c.\"ClubName\""),
    # a percentage of the rows that have related rows
    ("What percentage of the clubs have at least one member?",
     "SELECT 100.0 * count(*) FILTER (WHERE EXISTS (SELECT 1 FROM \"Member_of_club\" m "
     "WHERE m.\"ClubID\" = c.\"ClubID\")) / count(*) FROM \"Club\" c"),
    # `Visits_Restaurant` is "visits" / "restaurant visits"; "how much did <row> spend" sums `Spent`
    ("How much did Linda Smith spend in total at restaurants?",
     "SELECT sum(v.\"Spent\") FROM \"Visits_Restaurant\" v JOIN \"Student\" s ON s.\"StuID\" = v.\"StuID\" "
     "WHERE s.\"Fname\" = 'Linda' AND s.\"LName\" = 'Smith'"),
    ("How many restaurant visits are recorded?", "SELECT count(*) FROM \"Visits_Restaurant\""),
    ("Which restaurants have never been visited by a student?",
     "SELECT r.\"ResName\" FROM \"Restaurant\" r WHERE NOT EXISTS "
     "(SELECT 1 FROM \"Visits_Restaurant\" v WHERE v.\"ResID\" = r.\"ResID\")"),
    ("When did Linda Smith last visit Subway?",
     "SELECT max(v.\"Time\") FROM \"Visits_Restaurant\" v JOIN \"Student\" s ON s.\"StuID\" = v.\"StuID\" "
     "JOIN \"Restaurant\" r ON r.\"ResID\" = v.\"ResID\" WHERE s.\"Fname\" = 'Linda' AND r.\"ResName\" = 'Subway'"),
    # "in" is no mention of `Lives_in`
    ("Which students live in Hall 2?",
     "SELECT s.\"Fname\", s.\"LName\" FROM \"Student\" s JOIN \"Lives_in\" l ON l.stuid = s.\"StuID\" "
     "JOIN \"Dorm\" d ON d.dormid = l.dormid WHERE d.dorm_name = 'Hall 2'"),
    # `assigned_to.scientist` refers to the scientist keyed by `ssn`: counted, never summed
    ("How many scientists work on each project?",
     "SELECT p.name, count(DISTINCT a.scientist) FROM assigned_to a JOIN projects p ON p.code = a.project "
     "GROUP BY p.code, p.name"),
]


@pytest.mark.parametrize(("question", "sql"), ANSWERED, ids=[q for q, _ in ANSWERED])
def test_answered(rows_probe, question, sql):
    assert_answered_as(rows_probe, question, sql)


COMPANY_ANSWERED = [
    # company_1's keys spelled otherwise (`dno`, `pno`, `essn`, `super_ssn`) and `dname`, `pname` as labels
    ("Number of employees per department",
     "SELECT d.dname, count(*) FROM corp.employee e JOIN corp.department d ON d.dnumber = e.dno "
     "GROUP BY d.dnumber, d.dname"),
    ("Total hours per project",
     "SELECT p.pname, sum(w.hours) FROM corp.works_on w JOIN corp.project p ON p.pnumber = w.pno "
     "GROUP BY p.pnumber, p.pname"),
    ("Employees and their supervisors",
     "SELECT e.fname, e.lname, s.fname, s.lname FROM corp.employee e JOIN corp.employee s ON s.ssn = e.super_ssn"),
    ("Who is the manager of Department 2?",
     "SELECT e.fname, e.lname FROM corp.department d JOIN corp.employee e ON e.ssn = d.mgr_ssn "
     "WHERE d.dname = 'Department 2'"),
    # "managed" names the department's `mgr_ssn` (`mgr`: manager), not the employees' `dno`
    ("Which departments are managed by women?",
     "SELECT d.dname FROM corp.department d JOIN corp.employee e ON e.ssn = d.mgr_ssn WHERE e.sex = 'F'"),
    ("What percentage of the employees are women?",
     "SELECT 100.0 * count(*) FILTER (WHERE sex = 'F') / count(*) FROM corp.employee"),
    # the whole of a percentage keeps the rows without the looked-up row (a LEFT JOIN)
    ("What percentage of the employees work in Department 2?",
     "SELECT 100.0 * count(*) FILTER (WHERE d.dname = 'Department 2') / count(*) FROM corp.employee e "
     "LEFT JOIN corp.department d ON d.dnumber = e.dno"),
    ("When was First3 Last3 born?", "SELECT bdate FROM corp.employee WHERE fname = 'First3' AND lname = 'Last3'"),
    # a home nation's demonym
    ("Which journalists are Welsh?", "SELECT name FROM journalist WHERE nationality = 'Wales'"),
]


@pytest.mark.parametrize(("question", "sql"), COMPANY_ANSWERED, ids=[q for q, _ in COMPANY_ANSWERED])
def test_company_answered(company_probe, question, sql):
    assert_answered_as(company_probe, question, sql)
