-- Campus (development-only probe schema), modelled on the public text-to-SQL benchmark databases dorm_1, club_1
-- and restaurant_1. Everything is in the public schema with quoted mixed-case identifiers where Spider has them
-- ("Student"."StuID", "Fname", "LName", "Dorm".dorm_name, "Lives_in".stuid ...). Primary keys are declared on
-- "Student", "Dorm", "Club" and "Restaurant" only; there are no foreign keys at all.
-- Students: "Student" holds 36 students (StuID 1001-1037, no 1013). "Sex" is 'M' or 'F' (11 F, 25 M); "Major" and
-- "Advisor" are integer codes; city_code is a 3-letter code ('BAL', 'NYC', ...). Grace Okafor (1036) has no age and
-- no advisor; Diego Ramos (1037) has no advisor and no city_code. Bruce Wilson (27) is the oldest student, Susan
-- Lee (16) the youngest, Sarah Schmidt (26) the oldest female. Major 600 is the most common (12 students); BAL is
-- the most common city (5 students); advisor 2192 advises the most students (5). There are two students named
-- Smith (Linda and Sarah), two named Lee, two named Pang, and five with first name Eric.
-- Dorms: "Dorm" has 9 dorms; gender 'M' (men only), 'F' (women only) or 'X' (coed). Dorm-plex 2000 has the
-- largest capacity (400), University Hovels the smallest (40); Maple Lodge has no capacity recorded, no amenity and
-- no resident. "Dorm_amenity" has 14 amenities; Bike Storage is in no dorm; Study Room is in the most dorms (5).
-- Fawlty Towers has the most amenities (7) and the most residents (7); Gym is in Fawlty Towers, Bud Jones Hall and
-- Dorm-plex 2000; TV Lounge and Study Room are both in Smith Hall and Grad Student Asylum. "Lives_in" has one row
-- per resident (30 students); Paul Gompers, Bruce Wilson, Jun Han, Sarah Schmidt, Grace Okafor and Diego Ramos live
-- in no dorm; Eric Epp has no room_number. Residents match their dorm's gender.
-- Clubs: "Club" has 10 clubs; Film Society has no member and no description. "Member_of_club" has 35 memberships;
-- "Position" is 'President', 'Vice-President', 'Treasurer', 'Secretary', 'CTO' or 'Member'; every club with members
-- has one President except Jazz Ensemble (none). Tennis Club has the most members (6); AKW hosts the most clubs (3).
-- Linda Smith belongs to the most clubs (3: Bootup Baltimore, Chess Club, Hiking Club).
-- Restaurants: "Restaurant" has 12 restaurants; "Rating" is 1-5; Green Bowl has the highest rating (5), Burger Barn
-- the lowest (1), Sushi Zen no rating. "Restaurant_Type" has 10 types, Seafood used by none; "Type_Of_Restaurant"
-- gives one or two types per restaurant; Sandwich is the most common type (3 restaurants); Night Owl Diner has no
-- type and no visit. "Visits_Restaurant" has 35 visits between 2023-09-08 and 2024-06-21 ("Time" a timestamp,
-- "Spent" dollars; Sarah Smith's visit to Sushi Zen has no amount). Honeycomb Cafe is the most visited (5 visits);
-- Sushi Zen took the most money (80.25); Linda Smith visited the most (4 times, 36.88 in total); Lisa Cheng spent
-- the most in total (55.80); Bruce Wilson's 48.75 at Sushi Zen is the largest single amount; Michael Leighton made
-- the earliest visit (Chipotle, 2023-09-08); May is the month of 2024 with the most money spent (65.40).
-- Other single answers: Fawlty Towers has the highest average resident age, David Adams (22) is its oldest resident;
-- Debate Society has the oldest members on average; Robotics Club has the most members living in Dorm-plex 2000;
-- Tennis Club's members spent the most at restaurants; major 50 is the only major with an average age above 20.
CREATE TABLE "Student" ("StuID" integer PRIMARY KEY, "LName" varchar(12), "Fname" varchar(12), "Age" integer,
                        "Sex" varchar(1), "Major" integer, "Advisor" integer, city_code varchar(3));
CREATE TABLE "Dorm" (dormid integer PRIMARY KEY, dorm_name varchar(20), student_capacity integer, gender varchar(1));
CREATE TABLE "Dorm_amenity" (amenid integer, amenity_name varchar(25));
CREATE TABLE "Has_amenity" (dormid integer, amenid integer);
CREATE TABLE "Lives_in" (stuid integer, dormid integer, room_number integer);
CREATE TABLE "Club" ("ClubID" integer PRIMARY KEY, "ClubName" varchar(40), "ClubDesc" varchar(1024),
                     "ClubLocation" varchar(40));
CREATE TABLE "Member_of_club" ("StuID" integer, "ClubID" integer, "Position" varchar(40));
CREATE TABLE "Restaurant" ("ResID" integer PRIMARY KEY, "ResName" varchar(100), "Address" varchar(100),
                           "Rating" integer);
CREATE TABLE "Type_Of_Restaurant" ("ResID" integer, "ResTypeID" integer);
CREATE TABLE "Restaurant_Type" ("ResTypeID" integer, "ResTypeName" varchar(40), "ResTypeDescription" varchar(100));
CREATE TABLE "Visits_Restaurant" ("StuID" integer, "ResID" integer, "Time" timestamp, "Spent" numeric(7,2));
COMMENT ON COLUMN "Student"."Sex" IS 'M or F';
COMMENT ON COLUMN "Student"."Major" IS 'major code';
COMMENT ON COLUMN "Student"."Advisor" IS 'advisor code';
COMMENT ON COLUMN "Dorm".gender IS 'M (men only), F (women only) or X (coed)';
COMMENT ON COLUMN "Restaurant"."Rating" IS '1 (worst) to 5 (best)';
COMMENT ON COLUMN "Visits_Restaurant"."Spent" IS 'amount spent on the visit, in dollars';

INSERT INTO "Student" VALUES
  (1001, 'Smith', 'Linda', 18, 'F', 600, 1121, 'BAL'),
  (1002, 'Kim', 'Tracy', 19, 'F', 600, 7712, 'HKG'),
  (1003, 'Jones', 'Shiela', 21, 'F', 600, 7792, 'WAS'),
  (1004, 'Kumar', 'Dinesh', 20, 'M', 600, 8423, 'CHI'),
  (1005, 'Gompers', 'Paul', 26, 'M', 600, 1121, 'YYZ'),
  (1006, 'Schultz', 'Andy', 18, 'M', 600, 1148, 'BAL'),
  (1007, 'Apap', 'Lisa', 18, 'F', 600, 8918, 'PIT'),
  (1008, 'Nelson', 'Jandy', 20, 'F', 600, 9172, 'BAL'),
  (1009, 'Tai', 'Eric', 19, 'M', 600, 2192, 'YYZ'),
  (1010, 'Lee', 'Derek', 17, 'M', 600, 2192, 'HOU'),
  (1011, 'Adams', 'David', 22, 'M', 600, 1148, 'PHL'),
  (1012, 'Davis', 'Steven', 20, 'M', 600, 7723, 'PIT'),
  (1014, 'Norris', 'Charles', 18, 'M', 520, 8741, 'DAL'),
  (1015, 'Lee', 'Susan', 16, 'F', 520, 8721, 'HKG'),
  (1016, 'Schwartz', 'Mark', 17, 'M', 520, 2192, 'DET'),
  (1017, 'Wilson', 'Bruce', 27, 'M', 520, 1148, 'LON'),
  (1018, 'Leighton', 'Michael', 20, 'M', 520, 1121, 'PIT'),
  (1019, 'Pang', 'Arthur', 18, 'M', 520, 2192, 'WAS'),
  (1020, 'Thornton', 'Ian', 22, 'M', 520, 7271, 'NYC'),
  (1021, 'Andreou', 'George', 19, 'M', 540, 8722, 'NYC'),
  (1022, 'Woods', 'Michael', 17, 'M', 540, 8722, 'PHL'),
  (1023, 'Shieber', 'David', 20, 'M', 540, 8722, 'NYC'),
  (1024, 'Prater', 'Stacy', 18, 'F', 540, 7271, 'BAL'),
  (1025, 'Goldman', 'Mark', 18, 'M', 540, 7134, 'BAL'),
  (1026, 'Pang', 'Eric', 19, 'M', 550, 2192, 'HKG'),
  (1027, 'Brody', 'Paul', 18, 'M', 550, 8723, 'LOS'),
  (1028, 'Rugh', 'Eric', 20, 'M', 550, 2311, 'ROC'),
  (1029, 'Han', 'Jun', 17, 'M', 100, 2311, 'PEK'),
  (1030, 'Cheng', 'Lisa', 21, 'F', 550, 2311, 'SFO'),
  (1031, 'Smith', 'Sarah', 20, 'F', 550, 8772, 'PHL'),
  (1032, 'Brown', 'Eric', 20, 'M', 550, 8772, 'ATL'),
  (1033, 'Simms', 'William', 18, 'M', 350, 8772, 'NAR'),
  (1034, 'Epp', 'Eric', 18, 'M', 50, 5718, 'BOS'),
  (1035, 'Schmidt', 'Sarah', 26, 'F', 50, 5718, 'WAS'),
  (1036, 'Okafor', 'Grace', NULL, 'F', 100, NULL, 'NYC'),
  (1037, 'Ramos', 'Diego', 23, 'M', 540, NULL, NULL);

INSERT INTO "Dorm" VALUES
  (100, 'Smith Hall', 85, 'X'),
  (104, 'Grad Student Asylum', 256, 'X'),
  (109, 'Fawlty Towers', 355, 'X'),
  (110, 'Anonymous Donor Hall', 128, 'F'),
  (117, 'University Hovels', 40, 'X'),
  (120, 'Willow Court', 150, 'F'),
  (130, 'Maple Lodge', NULL, 'X'),
  (140, 'Bud Jones Hall', 116, 'M'),
  (160, 'Dorm-plex 2000', 400, 'M');

INSERT INTO "Dorm_amenity" VALUES
  (900, 'TV Lounge'), (901, 'Study Room'), (902, 'Pub in Basement'), (903, 'Roof'), (904, 'Allows Pets'),
  (909, 'Ethernet Ports'), (922, 'Air Conditioning'), (930, 'Carpeted Rooms'), (931, '4 Walls'),
  (932, 'Working Fireplaces'), (950, 'Gym'), (955, 'Laundry'), (960, 'Kitchen'), (970, 'Bike Storage');

INSERT INTO "Has_amenity" VALUES
  (100, 900), (100, 901), (100, 931), (100, 955),
  (104, 900), (104, 901), (104, 932), (104, 960),
  (109, 900), (109, 902), (109, 903), (109, 904), (109, 931), (109, 950), (109, 955),
  (110, 901), (110, 909), (110, 922), (110, 930), (110, 931), (110, 955),
  (117, 903), (117, 931),
  (120, 901), (120, 960),
  (140, 900), (140, 930), (140, 950),
  (160, 901), (160, 909), (160, 922), (160, 950), (160, 955);

INSERT INTO "Lives_in" VALUES
  (1001, 100, 105), (1020, 100, 112), (1031, 100, 204),
  (1003, 109, 201), (1004, 109, 202), (1009, 109, 203), (1011, 109, 311), (1023, 109, 312), (1026, 109, 313),
  (1032, 109, 410),
  (1002, 110, 101), (1007, 110, 102), (1015, 110, 104), (1024, 110, 106),
  (1016, 117, 1), (1033, 117, 2),
  (1006, 140, 120), (1012, 140, 121), (1014, 140, 122), (1027, 140, 123), (1028, 140, 124),
  (1010, 160, 301), (1018, 160, 302), (1019, 160, 303), (1021, 160, 304), (1022, 160, 305), (1025, 160, 306),
  (1030, 104, 50), (1034, 104, NULL),
  (1008, 120, 10);

INSERT INTO "Club" VALUES
  (1, 'Bootup Baltimore', 'Refurbish computers; teach kids and adults about computer basics.', 'AKW'),
  (2, 'Hopkins Student Enterprises', 'Venture capital fund for student business.', 'AKW'),
  (3, 'Tennis Club', 'A competitive tennis club.', 'Gym'),
  (4, 'Pen and Paper Gaming', 'Play pen and paper games on campus.', 'HHH'),
  (5, 'Chess Club', 'Weekly games and a spring tournament.', 'HHH'),
  (6, 'Debate Society', 'Parliamentary debate practice and competitions.', 'Levering'),
  (7, 'Jazz Ensemble', 'Student jazz band playing campus events.', 'Mudd'),
  (8, 'Hiking Club', 'Weekend hikes in the state parks.', 'Gym'),
  (9, 'Film Society', NULL, 'Levering'),
  (10, 'Robotics Club', 'Build robots for national competitions.', 'AKW');

INSERT INTO "Member_of_club" VALUES
  (1001, 1, 'President'), (1007, 1, 'Vice-President'), (1008, 1, 'Member'), (1010, 1, 'CTO'), (1015, 1, 'Member'),
  (1011, 2, 'President'), (1004, 2, 'Treasurer'), (1020, 2, 'Member'),
  (1017, 3, 'President'), (1031, 3, 'Vice-President'), (1006, 3, 'Member'), (1012, 3, 'Member'),
  (1027, 3, 'Member'), (1003, 3, 'Member'),
  (1009, 4, 'President'), (1016, 4, 'Member'), (1033, 4, 'Member'), (1026, 4, 'Member'),
  (1021, 5, 'President'), (1025, 5, 'Secretary'), (1001, 5, 'Member'), (1029, 5, 'Member'),
  (1030, 6, 'President'), (1024, 6, 'Vice-President'), (1035, 6, 'Member'),
  (1032, 7, 'Member'), (1023, 7, 'Member'),
  (1005, 8, 'President'), (1001, 8, 'Member'), (1028, 8, 'Member'),
  (1018, 10, 'President'), (1014, 10, 'Treasurer'), (1004, 10, 'Member'), (1019, 10, 'Member'),
  (1022, 10, 'Member');

INSERT INTO "Restaurant" VALUES
  (1, 'Subway', '3233 St Paul St, Baltimore, MD 21218', 3),
  (2, 'Honeycomb Cafe', '2501 N Charles St, Baltimore, MD 21218', 4),
  (3, 'Chipotle', '3201 St Paul St, Baltimore, MD 21218', 3),
  (4, 'Panda Express', '3100 N Charles St, Baltimore, MD 21218', 2),
  (5, 'Shake Shack', '400 E Pratt St, Baltimore, MD 21202', 4),
  (6, 'Joe''s Pizza', '3111 Greenmount Ave, Baltimore, MD 21218', 3),
  (7, 'Green Bowl', '11 W 33rd St, Baltimore, MD 21218', 5),
  (8, 'Tandoori Nights', '3400 Keswick Rd, Baltimore, MD 21211', 4),
  (9, 'Sushi Zen', '1023 S Charles St, Baltimore, MD 21230', NULL),
  (10, 'Burger Barn', '2800 Sisson St, Baltimore, MD 21211', 1),
  (11, 'Bagel Corner', '3300 St Paul St, Baltimore, MD 21218', 3),
  (12, 'Night Owl Diner', '1500 N Charles St, Baltimore, MD 21201', 2);

INSERT INTO "Restaurant_Type" VALUES
  (1, 'Sandwich', 'Simplest there is.'),
  (2, 'Stir-fry', 'Classic Chinese cooking.'),
  (3, 'Mexican', 'Burritos, tacos and bowls.'),
  (4, 'Pizza', 'Slices and whole pies.'),
  (5, 'Burger', 'Burgers, fries and shakes.'),
  (6, 'Indian', 'Curries and tandoori dishes.'),
  (7, 'Japanese', 'Sushi and ramen.'),
  (8, 'Vegetarian', 'No meat on the menu.'),
  (9, 'Cafe', 'Coffee, pastries and light meals.'),
  (10, 'Seafood', 'Fresh fish and shellfish.');

INSERT INTO "Type_Of_Restaurant" VALUES
  (1, 1), (2, 9), (2, 1), (3, 3), (4, 2), (5, 5), (6, 4), (7, 8), (7, 9), (8, 6), (8, 8), (9, 7), (10, 5), (11, 1);

INSERT INTO "Visits_Restaurant" VALUES
  (1001, 1, '2023-10-21 10:15:00', 6.53),
  (1001, 2, '2023-11-04 09:30:00', 8.20),
  (1001, 1, '2024-02-12 12:40:00', 7.25),
  (1001, 7, '2024-03-08 18:05:00', 14.90),
  (1002, 2, '2023-09-15 08:45:00', 5.75),
  (1002, 7, '2024-04-19 19:20:00', 16.40),
  (1004, 8, '2023-10-02 19:00:00', 22.50),
  (1004, 8, '2024-01-20 20:10:00', 19.75),
  (1004, 3, '2024-05-03 13:15:00', 11.30),
  (1006, 5, '2023-11-17 21:30:00', 13.45),
  (1007, 1, '2023-09-28 12:05:00', 7.10),
  (1009, 4, '2023-12-01 18:45:00', 9.80),
  (1009, 4, '2024-02-09 19:05:00', 10.25),
  (1011, 6, '2024-01-12 22:15:00', 15.00),
  (1012, 10, '2023-10-30 17:40:00', 8.90),
  (1015, 7, '2024-03-22 12:30:00', 12.60),
  (1017, 9, '2024-06-14 19:45:00', 48.75),
  (1018, 3, '2023-09-08 13:00:00', 10.95),
  (1018, 5, '2024-04-05 20:00:00', 17.20),
  (1020, 6, '2023-11-25 23:10:00', 12.00),
  (1021, 1, '2024-05-17 11:50:00', 6.80),
  (1023, 2, '2024-02-27 08:20:00', 6.40),
  (1023, 2, '2024-03-26 08:35:00', 6.90),
  (1024, 7, '2023-12-13 12:15:00', 13.25),
  (1026, 4, '2024-01-30 18:20:00', 9.40),
  (1027, 10, '2024-02-16 19:30:00', 7.60),
  (1027, 5, '2024-05-24 20:45:00', 15.80),
  (1030, 8, '2024-04-11 19:10:00', 24.30),
  (1030, 9, '2024-05-09 20:00:00', 31.50),
  (1031, 2, '2023-10-11 09:10:00', 7.45),
  (1031, 9, '2024-06-03 13:05:00', NULL),
  (1032, 6, '2024-03-15 21:40:00', 14.20),
  (1035, 3, '2023-11-09 12:25:00', 10.10),
  (1036, 11, '2024-01-08 08:05:00', 5.20),
  (1037, 10, '2024-06-21 12:55:00', 9.95);
