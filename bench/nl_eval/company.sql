-- Company (development-only probe schema), modelled on public text-to-SQL benchmark databases.
-- A company cluster in the non-public schema `corp`, like the company_1 benchmark (the textbook COMPANY
-- database): employee (fname, minit, lname, ssn, bdate = birth date, address 'street, City TX', sex 'M'/'F',
-- salary in dollars a year, super_ssn = ssn of the direct supervisor, dno = department number), department
-- (dname, dnumber, mgr_ssn = ssn of the manager, mgr_start_date), dept_locations (the cities a department is
-- located in), project (pname, pnumber, plocation, dnum = controlling department), works_on (essn works pno
-- for hours a week) and dependent (essn's dependents: dependent_name, sex, bdate, relationship Spouse / Son /
-- Daughter). Primary keys are declared on all six tables, NO foreign keys: the join columns are named unlike
-- the keys (employee.dno -> department.dnumber, employee.super_ssn -> employee.ssn, department.mgr_ssn ->
-- employee.ssn, dept_locations.dnumber -> department.dnumber, project.dnum -> department.dnumber,
-- works_on.essn -> employee.ssn, works_on.pno -> project.pnumber, dependent.essn -> employee.ssn).
-- 19 employees, 10 female and 9 male. Departments: Headquarters (1: Borg, Ortiz), Administration (4: Wallace,
-- Zelaya, Jabbar), Research (5: Wong, Smith, Narayan, English, Patel; the most employees), Sales (6: Hale,
-- Grant, Murphy, Bates), Software (7: Lopez, Kim, Reed, Brooks) and Legal (8: no employee, no manager, no
-- location, no project). Nina Ford has no department (dno NULL) and works on no project; Ethan Brooks has no
-- salary and no address; Sarah Bates and Ethan Brooks have no middle initial. James Borg is the highest paid
-- (55000), the oldest (1937) and the only one without a supervisor; Robert Hale is second (52000), Maria Lopez
-- third (50000); Alicia Zelaya earns the least (25000); Ethan Brooks is the youngest (1990); Jennifer Wallace
-- is the oldest woman. Salaries are all different; the average of the 18 known salaries is 39027.78.
-- Supervision (super_ssn): Borg supervises Ortiz, Wallace, Wong, Hale and Lopez (5, the most); Wallace
-- supervises Zelaya, Jabbar and Ford; Wong supervises Smith, Narayan and English; Smith supervises Patel; Hale
-- supervises Grant and Murphy; Grant supervises Bates; Lopez supervises Kim; Kim supervises Reed and Brooks.
-- Smith, Grant and Kim supervise but manage no department. Priya Patel (34000 > Smith 30000) and Sarah Bates
-- (41000 > Grant 39500) are the only employees who earn more than their supervisor. Managers (mgr_ssn): Borg
-- Headquarters since 1981-06-19 (the longest), Wong Research since 1988-05-22, Wallace Administration since
-- 1995-01-01, Hale Sales since 2001-03-15, Lopez Software since 2010-09-01; each manages his or her own
-- department. Headquarters has the highest average salary (51000), Sales the largest payroll (169000, Research
-- 168000). Seven employees live in Houston (address contains 'Houston'), four in Dallas and three in Austin.
-- Locations: Headquarters Houston; Administration Stafford; Research Bellaire, Sugarland and Houston (the most);
-- Sales Dallas and Houston; Software Austin: six different cities. 12 projects: Research controls ProductX,
-- ProductY, ProductZ and Market Study (the most, 4; Market Study has no location), Software Mobile App, Data
-- Warehouse and Cloud Migration, Administration Computerization and Newbenefits, Sales CRM Rollout and Trade
-- Show, Headquarters Reorganization. Four projects are in Houston (ProductZ, Reorganization, Trade Show, Cloud
-- Migration). Nobody works on Cloud Migration. ProductZ has the most hours (75), Market Study the fewest (20);
-- Reorganization has the most employees (5; Borg's hours on it are NULL). Franklin Wong works on the most
-- projects (4); Smith and English work on both ProductX and ProductY, Patel on ProductX but not ProductY.
-- Wong, Wallace, Lopez and Bates work on a project controlled by another department than their own.
-- 13 dependents: Smith has the most (4), Wong 3, Kim 2, Wallace, Hale, Narayan and Grant one each; 12 employees
-- have none. Two dependents are called Alice (Wong's and Smith's daughters); 6 spouses, 4 sons, 3 daughters;
-- Abner (Wallace's husband, 1942) is the oldest dependent and Leo (Kim's son, 2005) the youngest.
-- A news cluster in the public schema, like the news_report benchmark (declared keys and foreign keys):
-- journalist (age is TEXT, years_working an integer), event (date is TEXT like '13 October 2008', so text
-- order is not date order; event_attendance) and news_report (a journalist covering an event as 'Screening',
-- 'Host' or 'Music'). 11 journalists: England is the most common nationality (5); Moira O'Neill (Scotland) is
-- the oldest (51) and has worked the longest (27 years); Sian Hughes has no age; Jackie Waring (26, the
-- youngest) and Sian Hughes never reported; George Gilchrist (27) is the youngest journalist with a report.
-- England is the only nationality with both a journalist of more than 10 years and one of fewer than 3.
-- 10 events: Music Awards Night has the biggest attendance (8010); Press Conference has no attendance;
-- Tech Summit (1 April 2021, the latest) and Press Conference have no report; Marathon, Victoria and Motagua
-- hosted two events each. 19 reports: Frank Mitcheson has the most (4); the Olympia Games Opening has the most
-- journalists (4); Host is the most common work type (7; Screening 6, Music 6). Herbie Faulkner, Jack Meaney,
-- Frank Mitcheson and Tom Briggs both hosted and screened; Music Awards Night is the only event covered by both
-- an English and a Welsh journalist; Tom Briggs hosted the Music Awards Night.
-- A railway cluster in the public schema, like the train_station benchmark (no declared keys): station
-- (annual_entry_exit, annual_interchanges and total_passengers in millions a year; main_services a text list of
-- lines), train (time is TEXT 'H:MM' or 'HH:MM', so text order is not time order; names repeat: Ananthapuri,
-- Guruvayur and Island Express run twice each) and train_station (train_station.train_id = train.train_id,
-- train_station.station_id = station.station_id). 14 stations, 10 in London; London Waterloo is the busiest
-- (103.534), has the most platforms (24), the most interchanges and the most trains (4); Leeds has neither an
-- interchange figure nor a total; London Charing Cross and Manchester Piccadilly are served by no train;
-- London Euston, Birmingham New Street, Glasgow Central and Manchester Piccadilly list the West Coast Main
-- Line, London Bridge and London St Pancras Thameslink; London is the only location with several stations.
-- 11 trains: 7 Daily, 2 Weekdays, 2 Weekends; the Guruvayur Express at 4:49 is the earliest, the Kanyakumari
-- Express at 23:40 the latest and it stops at no station; the Parasuram Express (13:20) stops at the most
-- stations (4). Stratford and Leeds are served by both a Daily and a Weekends train.
CREATE SCHEMA corp;
CREATE TABLE corp.employee (fname text NOT NULL, minit char(1), lname text NOT NULL, ssn integer PRIMARY KEY,
                            bdate date, address text, sex char(1), salary integer, super_ssn integer,
                            dno integer);
CREATE TABLE corp.department (dname text NOT NULL, dnumber integer PRIMARY KEY, mgr_ssn integer,
                              mgr_start_date date);
CREATE TABLE corp.dept_locations (dnumber integer NOT NULL, dlocation text NOT NULL,
                                  PRIMARY KEY (dnumber, dlocation));
CREATE TABLE corp.project (pname text NOT NULL, pnumber integer PRIMARY KEY, plocation text, dnum integer);
CREATE TABLE corp.works_on (essn integer NOT NULL, pno integer NOT NULL, hours numeric(4,1),
                            PRIMARY KEY (essn, pno));
CREATE TABLE corp.dependent (essn integer NOT NULL, dependent_name text NOT NULL, sex char(1), bdate date,
                             relationship text, PRIMARY KEY (essn, dependent_name));
COMMENT ON COLUMN corp.employee.minit IS 'middle initial';
COMMENT ON COLUMN corp.employee.bdate IS 'birth date';
COMMENT ON COLUMN corp.employee.salary IS 'yearly salary in dollars';
COMMENT ON COLUMN corp.employee.super_ssn IS 'ssn of the direct supervisor';
COMMENT ON COLUMN corp.employee.dno IS 'number of the department the employee works for';
COMMENT ON COLUMN corp.department.mgr_ssn IS 'ssn of the department manager';
COMMENT ON COLUMN corp.department.mgr_start_date IS 'date the manager started managing the department';
COMMENT ON COLUMN corp.project.dnum IS 'number of the department controlling the project';
COMMENT ON COLUMN corp.works_on.hours IS 'hours per week the employee works on the project';
COMMENT ON COLUMN corp.dependent.relationship IS 'Spouse, Son or Daughter';

INSERT INTO corp.employee VALUES
  ('James', 'E', 'Borg', 888665555, '1937-11-10', '450 Stone, Houston TX', 'M', 55000, NULL, 1),
  ('Helen', 'M', 'Ortiz', 444556666, '1974-04-02', '12 Elm, Houston TX', 'F', 47000, 888665555, 1),
  ('Jennifer', 'S', 'Wallace', 987654321, '1941-06-20', '291 Berry, Bellaire TX', 'F', 43000, 888665555, 4),
  ('Alicia', 'J', 'Zelaya', 999887777, '1968-01-19', '3321 Castle, Spring TX', 'F', 25000, 987654321, 4),
  ('Ahmad', 'V', 'Jabbar', 987987987, '1969-03-29', '980 Dale, Houston TX', 'M', 25500, 987654321, 4),
  ('Franklin', 'T', 'Wong', 333445555, '1955-12-08', '638 Voss, Houston TX', 'M', 40000, 888665555, 5),
  ('John', 'B', 'Smith', 123456789, '1965-01-09', '731 Fondren, Houston TX', 'M', 30000, 333445555, 5),
  ('Ramesh', 'K', 'Narayan', 666884444, '1962-09-15', '975 Fire Oak, Humble TX', 'M', 38000, 333445555, 5),
  ('Joyce', 'A', 'English', 453453453, '1972-07-31', '5631 Rice, Houston TX', 'F', 26000, 333445555, 5),
  ('Priya', 'D', 'Patel', 222334444, '1980-11-11', '44 Bissonnet, Bellaire TX', 'F', 34000, 123456789, 5),
  ('Robert', 'K', 'Hale', 555667777, '1960-02-14', '1500 Main, Dallas TX', 'M', 52000, 888665555, 6),
  ('Linda', 'P', 'Grant', 777889999, '1971-10-05', '87 Oak Lawn, Dallas TX', 'F', 39500, 555667777, 6),
  ('Kevin', 'J', 'Murphy', 111223333, '1978-06-30', '230 Elm, Dallas TX', 'M', 36500, 555667777, 6),
  ('Sarah', NULL, 'Bates', 121212121, '1983-03-17', '19 Ross, Dallas TX', 'F', 41000, 777889999, 6),
  ('Maria', 'C', 'Lopez', 343434343, '1966-08-21', '700 Congress, Austin TX', 'F', 50000, 888665555, 7),
  ('Daniel', 'H', 'Kim', 565656565, '1975-12-01', '55 Lamar, Austin TX', 'M', 48000, 343434343, 7),
  ('Olivia', 'A', 'Reed', 787878787, '1985-05-09', '910 Guadalupe, Austin TX', 'F', 44000, 565656565, 7),
  ('Ethan', NULL, 'Brooks', 909090909, '1990-09-23', NULL, 'M', NULL, 565656565, 7),
  ('Nina', 'Z', 'Ford', 232323232, '1988-01-27', '320 Gessner, Houston TX', 'F', 28000, 987654321, NULL);

INSERT INTO corp.department VALUES
  ('Headquarters', 1, 888665555, '1981-06-19'),
  ('Administration', 4, 987654321, '1995-01-01'),
  ('Research', 5, 333445555, '1988-05-22'),
  ('Sales', 6, 555667777, '2001-03-15'),
  ('Software', 7, 343434343, '2010-09-01'),
  ('Legal', 8, NULL, NULL);

INSERT INTO corp.dept_locations VALUES
  (1, 'Houston'), (4, 'Stafford'), (5, 'Bellaire'), (5, 'Sugarland'), (5, 'Houston'), (6, 'Dallas'),
  (6, 'Houston'), (7, 'Austin');

INSERT INTO corp.project VALUES
  ('ProductX', 1, 'Bellaire', 5),
  ('ProductY', 2, 'Sugarland', 5),
  ('ProductZ', 3, 'Houston', 5),
  ('Computerization', 10, 'Stafford', 4),
  ('Reorganization', 20, 'Houston', 1),
  ('Newbenefits', 30, 'Stafford', 4),
  ('CRM Rollout', 40, 'Dallas', 6),
  ('Trade Show', 41, 'Houston', 6),
  ('Market Study', 42, NULL, 5),
  ('Mobile App', 50, 'Austin', 7),
  ('Data Warehouse', 51, 'Austin', 7),
  ('Cloud Migration', 52, 'Houston', 7);

INSERT INTO corp.works_on VALUES
  (123456789, 1, 32.5), (123456789, 2, 7.5),
  (666884444, 3, 40.0),
  (453453453, 1, 20.0), (453453453, 2, 20.0),
  (333445555, 2, 10.0), (333445555, 3, 10.0), (333445555, 10, 10.0), (333445555, 20, 10.0),
  (999887777, 30, 30.0), (999887777, 10, 10.0),
  (987987987, 10, 35.0), (987987987, 30, 5.0),
  (987654321, 30, 22.0), (987654321, 20, 15.0),
  (888665555, 20, NULL),
  (222334444, 1, 15.0), (222334444, 3, 25.0),
  (444556666, 20, 30.0),
  (555667777, 40, 10.0), (555667777, 41, 10.0),
  (777889999, 40, 25.0), (777889999, 41, 15.0),
  (111223333, 40, 35.0),
  (121212121, 41, 20.0), (121212121, 42, 20.0),
  (343434343, 50, 10.0), (343434343, 51, 10.0), (343434343, 20, 5.0),
  (565656565, 50, 30.0), (565656565, 51, 10.0),
  (787878787, 51, 36.0),
  (909090909, 50, 18.0);

INSERT INTO corp.dependent VALUES
  (333445555, 'Alice', 'F', '1986-04-05', 'Daughter'),
  (333445555, 'Theodore', 'M', '1983-10-25', 'Son'),
  (333445555, 'Joy', 'F', '1958-05-03', 'Spouse'),
  (987654321, 'Abner', 'M', '1942-02-28', 'Spouse'),
  (123456789, 'Michael', 'M', '1988-01-04', 'Son'),
  (123456789, 'Alice', 'F', '1988-12-30', 'Daughter'),
  (123456789, 'Elizabeth', 'F', '1967-05-05', 'Spouse'),
  (123456789, 'Emma', 'F', '1992-06-15', 'Daughter'),
  (555667777, 'Karen', 'F', '1962-07-19', 'Spouse'),
  (565656565, 'Minji', 'F', '1977-03-03', 'Spouse'),
  (565656565, 'Leo', 'M', '2005-08-12', 'Son'),
  (666884444, 'Lakshmi', 'F', '1964-11-02', 'Spouse'),
  (777889999, 'Ben', 'M', '1999-02-14', 'Son');

CREATE TABLE journalist (journalist_id integer PRIMARY KEY, name text NOT NULL, nationality text, age text,
                         years_working integer);
CREATE TABLE event (event_id integer PRIMARY KEY, date text, venue text, name text NOT NULL,
                    event_attendance integer);
CREATE TABLE news_report (journalist_id integer NOT NULL REFERENCES journalist,
                          event_id integer NOT NULL REFERENCES event, work_type text NOT NULL,
                          PRIMARY KEY (journalist_id, event_id));
COMMENT ON COLUMN journalist.age IS 'age in years';
COMMENT ON COLUMN journalist.years_working IS 'years the journalist has been working';
COMMENT ON COLUMN event.date IS 'day of the event, e.g. 13 October 2008';
COMMENT ON COLUMN event.event_attendance IS 'number of people attending';
COMMENT ON COLUMN news_report.work_type IS 'Screening, Host or Music';

INSERT INTO journalist VALUES
  (1, 'Herbie Faulkner', 'England', '33', 10),
  (2, 'Jack Meaney', 'England', '37', 12),
  (3, 'Frank Mitcheson', 'England', '45', 21),
  (4, 'Graham Bell', 'Northern Ireland', '42', 9),
  (5, 'Tom Briggs', 'Wales', '29', 5),
  (6, 'Ray Ferris', 'Northern Ireland', '43', 16),
  (7, 'George Gilchrist', 'England', '27', 3),
  (8, 'Fred Keenor', 'Wales', '34', 8),
  (9, 'Jackie Waring', 'England', '26', 2),
  (10, 'Moira O''Neill', 'Scotland', '51', 27),
  (11, 'Sian Hughes', 'Wales', NULL, 4);

INSERT INTO event VALUES
  (1, '13 October 2008', 'Marathon', 'Olympia Games Opening', 6650),
  (2, '11 October 2007', 'Victoria', 'Government Hearing', 369),
  (3, '7 October 2010', 'Motagua', 'Public Debating', 1675),
  (4, '20 June 2018', 'Platense', 'Global Awarding', 2356),
  (5, '9 December 2014', 'Hispano', 'Special Exhibition', 4500),
  (6, '3 March 2012', 'Marathon', 'Charity Concert', 3200),
  (7, '15 May 2016', 'Victoria', 'Film Festival Gala', 5120),
  (8, '22 August 2019', 'Olimpia', 'Music Awards Night', 8010),
  (9, '1 April 2021', 'Motagua', 'Tech Summit', 2900),
  (10, '28 September 2020', 'Real Espana', 'Press Conference', NULL);

INSERT INTO news_report VALUES
  (1, 1, 'Screening'), (1, 2, 'Screening'), (1, 4, 'Host'),
  (2, 1, 'Host'), (2, 3, 'Screening'),
  (3, 3, 'Host'), (3, 5, 'Screening'), (3, 6, 'Music'), (3, 8, 'Music'),
  (4, 2, 'Host'),
  (5, 7, 'Screening'), (5, 8, 'Host'),
  (6, 1, 'Music'), (6, 4, 'Screening'), (6, 6, 'Music'),
  (7, 5, 'Host'),
  (8, 7, 'Music'),
  (10, 1, 'Music'), (10, 5, 'Host');

CREATE TABLE station (station_id integer, name text, annual_entry_exit numeric(7,3),
                      annual_interchanges numeric(7,3), total_passengers numeric(7,3), location text,
                      main_services text, number_of_platforms integer);
CREATE TABLE train (train_id integer, name text, time text, service text);
CREATE TABLE train_station (train_id integer, station_id integer);
COMMENT ON COLUMN station.annual_entry_exit IS 'millions of passengers entering or leaving per year';
COMMENT ON COLUMN station.annual_interchanges IS 'millions of passengers changing trains per year';
COMMENT ON COLUMN station.total_passengers IS 'millions of passengers per year (entries, exits and interchanges)';
COMMENT ON COLUMN station.main_services IS 'main lines serving the station';
COMMENT ON COLUMN train.time IS 'departure time, H:MM';
COMMENT ON COLUMN train.service IS 'Daily, Weekdays or Weekends';

INSERT INTO station VALUES
  (1, 'London Waterloo', 94.046, 9.489, 103.534, 'London', 'South Western Main Line West of England Main Line', 24),
  (2, 'London Victoria', 76.231, 9.157, 85.388, 'London', 'Brighton Main Line Chatham Main Line', 19),
  (3, 'London Bridge', 52.634, 8.742, 61.376, 'London', 'South Eastern Main Line Thameslink', 12),
  (4, 'London Liverpool Street', 57.107, 2.353, 59.460, 'London', 'Great Eastern Main Line West Anglia Main Line', 18),
  (5, 'London Euston', 36.609, 3.832, 40.440, 'London', 'West Coast Main Line', 18),
  (6, 'London Charing Cross', 38.005, 1.990, 39.995, 'London', 'South Eastern Main Line', 6),
  (7, 'Birmingham New Street', 31.214, 5.118, 36.331, 'Birmingham', 'West Coast Main Line Cross Country Route', 13),
  (8, 'London King''s Cross', 27.875, 3.022, 30.896, 'London', 'East Coast Main Line', 12),
  (9, 'Glasgow Central', 26.639, 3.018, 29.658, 'Glasgow', 'West Coast Main Line', 17),
  (10, 'East Croydon', 20.551, 6.341, 26.892, 'London', 'Brighton Main Line', 6),
  (11, 'London St Pancras', 22.996, 1.679, 24.675, 'London', 'Midland Main Line Thameslink High-Speed 1 Eurostar', 15),
  (12, 'Stratford', 21.797, 2.064, 23.862, 'London', 'Great Eastern Main Line Lea Valley Lines', 15),
  (13, 'Manchester Piccadilly', 21.411, 1.546, 22.957, 'Manchester', 'West Coast Main Line TransPennine Express', 14),
  (14, 'Leeds', 30.010, NULL, NULL, 'Leeds', 'East Coast Main Line TransPennine Express', 17);

INSERT INTO train VALUES
  (1, 'Ananthapuri Express', '17:15', 'Daily'),
  (2, 'Guruvayur Express', '22:10', 'Daily'),
  (3, 'Guruvayur Express', '4:49', 'Daily'),
  (4, 'Ananthapuri Express', '11:35', 'Daily'),
  (5, 'Jayanthi Janatha Express', '10:38', 'Weekdays'),
  (6, 'Island Express', '16:59', 'Daily'),
  (7, 'Island Express', '7:05', 'Weekends'),
  (8, 'Quilon Fast Passenger', '21:49', 'Weekdays'),
  (9, 'Parasuram Express', '13:20', 'Daily'),
  (10, 'Madurai Fast Passenger', '6:15', 'Weekends'),
  (11, 'Kanyakumari Express', '23:40', 'Daily');

INSERT INTO train_station VALUES
  (1, 1), (1, 2),
  (2, 1), (2, 3), (2, 10),
  (3, 5), (3, 7), (3, 9),
  (4, 4), (4, 12),
  (5, 5), (5, 7),
  (6, 1), (6, 10),
  (7, 8), (7, 14),
  (8, 3),
  (9, 1), (9, 7), (9, 9), (9, 14),
  (10, 11), (10, 12);
