-- CRM (development-only probe schema), modelled on public text-to-SQL benchmark databases.
-- A B2B sales CRM cluster in the non-public schema `crm`:
--   sales_reps (name, region 'North America' / 'EMEA' / 'APAC', hired_on, manager_id referencing sales_reps, NULL
--     for a rep who reports to nobody);
--   accounts (company_name, industry, country, employee_count, owner_rep_id = the rep who owns the account);
--   contacts (account_id, full_name, email, job_title, phone NULL when unknown);
--   opportunities (account_id, name such as 'Helix Global Rollout', owner_rep_id = the rep who owns the deal, stage
--     'prospecting' / 'proposal' / 'negotiation' / 'won' / 'lost', amount, created_on, closed_on NULL while the
--     opportunity is open; closed_on is set exactly for the won and lost ones);
--   activities (rep_id = the rep who logged it, contact_id, activity_type 'call' / 'email' / 'meeting', occurred_at,
--     duration_minutes NULL for every email and one call, notes NULL when none);
--   products (product_name, category 'Software' / 'Hardware' / 'Services', list_price);
--   opportunity_products (opportunity_id, product_id, quantity, unit_price; key opportunity_id + product_id);
--   quotas (rep_id, year, quarter 1-4, target_amount; key rep_id + year + quarter).
-- Primary keys on all eight tables; foreign keys declared everywhere except activities.contact_id
-- (-> contacts.contact_id) and opportunity_products.product_id (-> products.product_id).
-- 12 reps (5 North America, 4 EMEA, 3 APAC); Margaret Hale (hired first, 2019-02-11) and Henrik Larsen have no
-- manager; Margaret Hale has the most direct reports (3: James Carter, Priya Nair, Olivia Grant); Elena Petrovic
-- reports to Lucas Moreau, who reports to Henrik Larsen; Kevin Walsh (2020-05-23) was hired before his manager James
-- Carter (2021-03-15); Priya Nair (APAC) is the only rep in another region than her manager; Olivia Grant was hired
-- last (2025-01-13) and owns no account; Tom Becker owns Harbor Retail Group and logs activities but has no
-- opportunity; Margaret Hale never logged an activity.
-- 20 accounts; Software is the biggest industry (4), the United States the biggest country (5); Lumen Bank is the
-- largest (9800 employees), Maple Learning the smallest (95); Kevin Walsh owns the most (3); Pampas Agro has no
-- contact (so no activity), Harbor Retail Group no opportunity.
-- 34 contacts, 7 without a phone; Lumen Bank has the most (4); Procurement Manager is the commonest title (6);
-- Yuki Nakamura and Daniel Koh were never contacted; Laura Simmons was contacted the most (3).
-- 34 opportunities created 2023-01-16 .. 2025-03-24 (11 in 2023, 14 in 2024, 9 in 2025): 15 won, 8 lost,
-- 4 prospecting, 4 proposal, 3 negotiation; the 11 open ones make a pipeline of 455000; win rate 15 / 23 (65.2%);
-- won 720200 in 2023, 417000 in 2024, 137800 in 2025 (by closed_on); Helix Global Rollout is the biggest deal
-- (241000, won), Lumen Enterprise Cloud the biggest open one (168800), Nimbus Starter the smallest (9600, lost);
-- Lumen Core Banking Security took longest to win (172 days); an amount equals sum(quantity * unit_price) of its
-- lines, except for the 4 opportunities without lines (Cedar Clinics Pilot, Nimbus Pro Upgrade, Orchid Training
-- Program, Riverstone Cloud Pilot). James Carter owns the most opportunities (5); Lucas Moreau won the most
-- (332000), Mei Tanaka has the biggest open pipeline (168800); EMEA won the most (568700); Olivia Grant owns two
-- opportunities on accounts owned by Kevin Walsh; Northwind Logistics has the most opportunities (3), Helix Pharma
-- brought the most won revenue, Healthcare the most of the industries (319300); 13 accounts have won a deal.
-- 11 products (5 Software, 3 Hardware, 3 Services); CloudSync Enterprise is the priciest (36000), IoT Sensor Kit the
-- cheapest (1250) and on no opportunity; CloudSync Basic is on 3 opportunities but never won; 50 lines; EdgeNode
-- Server made the most on won deals (276000), Onboarding Package is on the most opportunities (8).
-- 42 activities 2023-01-18 .. 2025-03-25 (18 calls, 14 meetings, 10 emails; 13 in 2023, 17 in 2024, 12 in 2025;
-- 12 without notes); James Carter logged the most (7); the longest meeting is Lucas Moreau's with Katrin Vogel
-- (150 minutes); Aisha Bello's call to Emma Clarke has no duration; Priya Nair's call at 07:45 is the only activity
-- before 8am.
-- 30 quotas: 2024 Q1-Q4 for James Carter, Lucas Moreau, Aisha Bello, Kevin Walsh, Mei Tanaka and Rafael Souza, and
-- 2025 Q1 for the same reps except Rafael Souza, plus Priya Nair; Lucas Moreau has the highest Q1 2025 quota (95000),
-- 5 reps have no quota at all; the won amount closed in the quarter reaches the target for Rafael Souza 2024 Q1,
-- Lucas Moreau 2024 Q2, Kevin Walsh 2024 Q3 (exactly 60000), Mei Tanaka 2024 Q3 and Priya Nair 2025 Q1; Mei Tanaka
-- has the best 2024 attainment (42.7%).
-- A video-game cluster in the public schema, like Spider's game_1 (no declared keys, quoted capitalised table and
-- column names; "Plays_Games"."PlayerID" holds "Player"."PlayerID" and "Plays_Games"."GameID" holds
-- "Video_Games"."GameID"): 14 games, Strategy the commonest "GType" (3), Puzzle Pagoda the oldest (2016) and Sky
-- Harbor Tycoon the newest (2025), both never played; 15 players (8 M, 7 F; USA the most, 3), Mia Rossi the youngest
-- (17), Oscar Silva the oldest (41), Ryan Walsh plays nothing; 36 "Plays_Games" rows; Noah Schmidt plays the most
-- games (4) and hours (633), including the longest single stint (510 hours of Mythic Realms Online); Mythic Realms
-- Online has the most hours (1125), Starfall Odyssey the most players (4).
-- A zoo cluster in the public schema with declared keys: 7 enclosures, Savannah Plains the largest (12000 m2) and
-- fullest (7 animals), Wetlands Walk empty; 24 animals of 16 species (Plains Zebra the most, 3), 5 without a name,
-- 14 male; Sheldon (Galapagos Tortoise, 1962) is the oldest, the unnamed Snowy Owl (2024-05-20) the youngest;
-- 7 keepers, Ruth Okoye hired first and did the most feedings (9), Leo Brandt none, Nadia Haddad the only one feeding
-- in two enclosures; 34 feedings 2023-12-28 .. 2025-03-11 (10 in 2025, 12 on 2024-11-04), hay the commonest food
-- (8); Tembo ate the most (157 kg) and had the biggest single feeding (55 kg, from Nadia Haddad); the unnamed Poison
-- Dart Frog has no feeding on record.

CREATE SCHEMA crm;

CREATE TABLE crm.sales_reps (rep_id integer PRIMARY KEY, name text NOT NULL UNIQUE, region text NOT NULL,
  hired_on date NOT NULL, manager_id integer REFERENCES crm.sales_reps (rep_id));

CREATE TABLE crm.accounts (account_id integer PRIMARY KEY, company_name text NOT NULL UNIQUE,
  industry text NOT NULL, country text NOT NULL, employee_count integer NOT NULL,
  owner_rep_id integer NOT NULL REFERENCES crm.sales_reps (rep_id));

CREATE TABLE crm.contacts (contact_id integer PRIMARY KEY,
  account_id integer NOT NULL REFERENCES crm.accounts (account_id), full_name text NOT NULL,
  email text NOT NULL UNIQUE, job_title text NOT NULL, phone text);

CREATE TABLE crm.opportunities (opportunity_id integer PRIMARY KEY,
  account_id integer NOT NULL REFERENCES crm.accounts (account_id), name text NOT NULL UNIQUE,
  owner_rep_id integer NOT NULL REFERENCES crm.sales_reps (rep_id),
  stage text NOT NULL CHECK (stage IN ('prospecting', 'proposal', 'negotiation', 'won', 'lost')),
  amount numeric(10,2) NOT NULL, created_on date NOT NULL, closed_on date);

-- activities.contact_id holds a contacts.contact_id but has no declared foreign key.
CREATE TABLE crm.activities (activity_id integer PRIMARY KEY,
  rep_id integer NOT NULL REFERENCES crm.sales_reps (rep_id), contact_id integer NOT NULL,
  activity_type text NOT NULL CHECK (activity_type IN ('call', 'email', 'meeting')), occurred_at timestamp NOT NULL,
  duration_minutes integer, notes text);

CREATE TABLE crm.products (product_id integer PRIMARY KEY, product_name text NOT NULL UNIQUE,
  category text NOT NULL, list_price numeric(10,2) NOT NULL);

-- opportunity_products.product_id holds a products.product_id but has no declared foreign key.
CREATE TABLE crm.opportunity_products (opportunity_id integer NOT NULL REFERENCES crm.opportunities (opportunity_id),
  product_id integer NOT NULL, quantity integer NOT NULL, unit_price numeric(10,2) NOT NULL,
  PRIMARY KEY (opportunity_id, product_id));

CREATE TABLE crm.quotas (rep_id integer NOT NULL REFERENCES crm.sales_reps (rep_id), year integer NOT NULL,
  quarter integer NOT NULL CHECK (quarter BETWEEN 1 AND 4), target_amount numeric(10,2) NOT NULL,
  PRIMARY KEY (rep_id, year, quarter));

INSERT INTO crm.sales_reps VALUES
  (1, 'Margaret Hale', 'North America', '2019-02-11', NULL), (2, 'Henrik Larsen', 'EMEA', '2019-09-02', NULL),
  (3, 'James Carter', 'North America', '2021-03-15', 1), (4, 'Priya Nair', 'APAC', '2020-11-09', 1),
  (5, 'Lucas Moreau', 'EMEA', '2021-07-19', 2), (6, 'Aisha Bello', 'EMEA', '2022-01-10', 2),
  (7, 'Kevin Walsh', 'North America', '2020-05-23', 3), (8, 'Mei Tanaka', 'APAC', '2023-02-06', 4),
  (9, 'Rafael Souza', 'North America', '2023-08-14', 3), (10, 'Elena Petrovic', 'EMEA', '2024-03-04', 5),
  (11, 'Tom Becker', 'APAC', '2024-09-16', 4), (12, 'Olivia Grant', 'North America', '2025-01-13', 1);

INSERT INTO crm.accounts VALUES
  (1, 'Northwind Logistics', 'Logistics', 'United States', 1200, 3), (2, 'Acme Robotics', 'Manufacturing', 'United States', 850, 7),
  (3, 'BlueLeaf Health', 'Healthcare', 'Canada', 430, 9), (4, 'Helix Pharma', 'Healthcare', 'Germany', 5200, 5),
  (5, 'Brightline Retail', 'Retail', 'United Kingdom', 2300, 6), (6, 'Quantix Analytics', 'Software', 'Netherlands', 140, 10),
  (7, 'Sakura Foods', 'Retail', 'Japan', 3100, 8), (8, 'Kangaroo Freight', 'Logistics', 'Australia', 670, 4),
  (9, 'Lumen Bank', 'Finance', 'Singapore', 9800, 8), (10, 'Vertex Software', 'Software', 'United States', 310, 3),
  (11, 'Atlas Steelworks', 'Manufacturing', 'Germany', 4100, 5), (12, 'Maple Learning', 'Education', 'Canada', 95, 9),
  (13, 'Fjord Energy', 'Energy', 'Norway', 1800, 2), (14, 'Orchid Telecom', 'Telecom', 'India', 7600, 4),
  (15, 'Riverstone Insurance', 'Finance', 'United States', 2900, 7), (16, 'Cedar Clinics', 'Healthcare', 'United States', 560, 7),
  (17, 'Nimbus Cloud', 'Software', 'United Kingdom', 220, 6), (18, 'Pampas Agro', 'Manufacturing', 'Brazil', 1500, 1),
  (19, 'Harbor Retail Group', 'Retail', 'Australia', 1300, 11), (20, 'Solstice Labs', 'Software', 'France', 410, 10);

INSERT INTO crm.contacts VALUES
  (1, 1, 'Laura Simmons', 'laura.simmons@northwind.com', 'VP of Operations', '+1 312 555 0141'),
  (2, 1, 'Mark Douglas', 'mark.douglas@northwind.com', 'IT Director', NULL),
  (3, 1, 'Jenna Ortiz', 'jenna.ortiz@northwind.com', 'Procurement Manager', '+1 312 555 0178'),
  (4, 2, 'Brian Foster', 'brian.foster@acmerobotics.com', 'CTO', '+1 617 555 0112'),
  (5, 2, 'Carla Reyes', 'carla.reyes@acmerobotics.com', 'Procurement Manager', '+1 617 555 0190'),
  (6, 3, 'Nathan Cole', 'nathan.cole@blueleafhealth.ca', 'CIO', '+1 416 555 0133'),
  (7, 4, 'Katrin Vogel', 'katrin.vogel@helixpharma.de', 'Head of IT', '+49 30 5550 2211'),
  (8, 4, 'Stefan Brandt', 'stefan.brandt@helixpharma.de', 'CFO', NULL),
  (9, 4, 'Julia Wagner', 'julia.wagner@helixpharma.de', 'Procurement Manager', '+49 30 5550 2290'),
  (10, 5, 'Oliver Hughes', 'oliver.hughes@brightline.co.uk', 'Head of E-commerce', '+44 20 7946 0321'),
  (11, 5, 'Emma Clarke', 'emma.clarke@brightline.co.uk', 'CFO', '+44 20 7946 0388'),
  (12, 6, 'Daan de Vries', 'daan.devries@quantix.nl', 'CEO', '+31 20 555 1402'),
  (13, 7, 'Haruto Sato', 'haruto.sato@sakurafoods.jp', 'IT Director', '+81 3 5550 1188'),
  (14, 7, 'Yuki Nakamura', 'yuki.nakamura@sakurafoods.jp', 'Procurement Manager', NULL),
  (15, 8, 'Liam Murphy', 'liam.murphy@kangaroofreight.com.au', 'Operations Manager', '+61 2 5550 3344'),
  (16, 9, 'Wei Ling Tan', 'weiling.tan@lumenbank.sg', 'CTO', '+65 6555 0199'),
  (17, 9, 'Rajesh Menon', 'rajesh.menon@lumenbank.sg', 'Head of Security', '+65 6555 0142'),
  (18, 9, 'Grace Lim', 'grace.lim@lumenbank.sg', 'Procurement Manager', '+65 6555 0177'),
  (19, 10, 'Ryan Mitchell', 'ryan.mitchell@vertexsoftware.com', 'CEO', NULL),
  (20, 10, 'Sofia Bianchi', 'sofia.bianchi@vertexsoftware.com', 'CTO', '+1 415 555 0166'),
  (21, 11, 'Matthias Keller', 'matthias.keller@atlassteel.de', 'COO', '+49 211 5550 8812'),
  (22, 12, 'Chloe Tremblay', 'chloe.tremblay@maplelearning.ca', 'IT Director', NULL),
  (23, 13, 'Ingrid Solberg', 'ingrid.solberg@fjordenergy.no', 'CIO', '+47 22 555 019'),
  (24, 13, 'Erik Hansen', 'erik.hansen@fjordenergy.no', 'Procurement Manager', '+47 22 555 044'),
  (25, 14, 'Arjun Mehta', 'arjun.mehta@orchidtelecom.in', 'CTO', '+91 22 5550 7711'),
  (26, 14, 'Kavya Iyer', 'kavya.iyer@orchidtelecom.in', 'VP of Operations', NULL),
  (27, 15, 'Daniel Price', 'daniel.price@riverstone.com', 'CFO', '+1 860 555 0120'),
  (28, 15, 'Megan Shaw', 'megan.shaw@riverstone.com', 'IT Director', '+1 860 555 0155'),
  (29, 16, 'Patrick Nolan', 'patrick.nolan@cedarclinics.com', 'Operations Manager', '+1 503 555 0108'),
  (30, 17, 'Hannah Reid', 'hannah.reid@nimbuscloud.co.uk', 'CEO', '+44 161 555 0744'),
  (31, 19, 'Jack Wilson', 'jack.wilson@harborretail.com.au', 'Head of E-commerce', NULL),
  (32, 20, 'Camille Dubois', 'camille.dubois@solsticelabs.fr', 'CTO', '+33 1 5550 6612'),
  (33, 20, 'Louis Martin', 'louis.martin@solsticelabs.fr', 'CFO', '+33 1 5550 6690'),
  (34, 9, 'Daniel Koh', 'daniel.koh@lumenbank.sg', 'CFO', '+65 6555 0123');

INSERT INTO crm.opportunities VALUES
  (1, 1, 'Northwind Fleet Analytics', 3, 'won', 53000.00, '2023-02-06', '2023-04-20'),
  (2, 1, 'Northwind Backup Renewal', 3, 'won', 28800.00, '2024-01-15', '2024-02-28'),
  (3, 10, 'Vertex Enterprise Upgrade', 3, 'negotiation', 80000.00, '2025-01-20', NULL),
  (4, 10, 'Vertex Security Bundle', 3, 'lost', 27600.00, '2023-09-04', '2023-11-17'),
  (5, 1, 'Northwind Support Expansion', 3, 'proposal', 17400.00, '2025-02-10', NULL),
  (6, 2, 'Acme Factory Edge Rollout', 7, 'won', 122000.00, '2023-05-08', '2023-08-30'),
  (7, 2, 'Acme Onboarding', 7, 'lost', 13400.00, '2024-03-11', '2024-04-05'),
  (8, 15, 'Riverstone Data Protection', 7, 'won', 60000.00, '2024-06-03', '2024-09-12'),
  (9, 16, 'Cedar Clinics Pilot', 7, 'prospecting', 15000.00, '2025-03-03', NULL),
  (10, 3, 'BlueLeaf Cloud Migration', 9, 'won', 60500.00, '2023-10-02', '2024-01-19'),
  (11, 12, 'Maple Campus Licences', 9, 'lost', 27000.00, '2024-02-05', '2024-03-22'),
  (12, 3, 'BlueLeaf Analytics', 9, 'proposal', 21600.00, '2024-11-18', NULL),
  (13, 4, 'Helix Global Rollout', 5, 'won', 241000.00, '2023-03-13', '2023-07-27'),
  (14, 4, 'Helix Lab Servers', 5, 'lost', 31000.00, '2023-11-06', '2024-01-10'),
  (15, 11, 'Atlas Plant Security', 5, 'won', 91000.00, '2024-04-08', '2024-06-21'),
  (16, 11, 'Atlas Support Renewal', 5, 'negotiation', 24000.00, '2025-02-17', NULL),
  (17, 5, 'Brightline Web Platform', 6, 'won', 128000.00, '2023-06-12', '2023-09-08'),
  (18, 5, 'Brightline Backup', 6, 'won', 22500.00, '2024-08-05', '2024-10-31'),
  (19, 17, 'Nimbus Starter', 6, 'lost', 9600.00, '2024-05-20', '2024-06-14'),
  (20, 17, 'Nimbus Pro Upgrade', 6, 'prospecting', 26000.00, '2025-03-24', NULL),
  (21, 6, 'Quantix Analytics Suite', 10, 'won', 28200.00, '2024-05-06', '2024-07-15'),
  (22, 20, 'Solstice Lab Servers', 10, 'proposal', 60000.00, '2025-01-27', NULL),
  (23, 7, 'Sakura Store Network', 8, 'won', 118200.00, '2023-08-21', '2023-12-05'),
  (24, 9, 'Lumen Core Banking Security', 8, 'won', 126000.00, '2024-02-19', '2024-08-09'),
  (25, 9, 'Lumen Enterprise Cloud', 8, 'negotiation', 168800.00, '2024-12-02', NULL),
  (26, 8, 'Kangaroo Depot Sync', 4, 'lost', 21400.00, '2023-04-17', '2023-06-02'),
  (27, 14, 'Orchid Network Edge', 4, 'won', 120000.00, '2024-09-09', '2025-01-24'),
  (28, 14, 'Orchid Training Program', 4, 'prospecting', 12000.00, '2025-02-03', NULL),
  (29, 13, 'Fjord Grid Monitoring', 2, 'won', 58000.00, '2023-01-16', '2023-03-30'),
  (30, 13, 'Fjord Cloud Pro', 2, 'lost', 36000.00, '2024-10-07', '2024-12-13'),
  (31, 18, 'Pampas Farm Security', 1, 'proposal', 12200.00, '2024-07-22', NULL),
  (32, 15, 'Riverstone Cloud Pilot', 12, 'prospecting', 18000.00, '2025-02-24', NULL),
  (33, 16, 'Cedar Clinics Backup', 12, 'won', 17800.00, '2025-03-10', '2025-04-02'),
  (34, 18, 'Pampas Analytics', 1, 'lost', 10800.00, '2023-07-10', '2023-08-18');

INSERT INTO crm.activities VALUES
  (1, 3, 1, 'call', '2023-02-02 10:00', 25, 'Intro call about fleet analytics'),
  (2, 3, 1, 'meeting', '2023-03-14 14:00', 60, 'Demo of the analytics dashboard'),
  (3, 3, 2, 'email', '2023-03-15 09:12', NULL, 'Sent the security questionnaire'),
  (4, 3, 3, 'call', '2024-01-10 11:30', 20, NULL),
  (5, 3, 20, 'meeting', '2025-01-28 15:00', 90, 'Enterprise upgrade scoping'),
  (6, 3, 19, 'email', '2025-02-03 08:45', NULL, NULL),
  (7, 3, 1, 'call', '2025-02-12 16:00', 35, 'Discussed support expansion'),
  (8, 7, 4, 'meeting', '2023-05-16 13:00', 75, 'Site visit at the Boston factory'),
  (9, 7, 5, 'email', '2024-03-12 10:20', NULL, 'Sent onboarding quote'),
  (10, 7, 27, 'call', '2024-06-05 09:00', 30, NULL),
  (11, 7, 28, 'meeting', '2024-07-18 10:00', 45, 'Backup architecture review'),
  (12, 7, 29, 'call', '2025-03-04 14:30', 15, 'Pilot kickoff'),
  (13, 9, 6, 'call', '2023-10-04 10:00', 40, 'Migration requirements'),
  (14, 9, 6, 'meeting', '2023-11-21 09:30', 120, 'Migration workshop in Toronto'),
  (15, 9, 22, 'email', '2024-02-06 12:00', NULL, NULL),
  (16, 5, 7, 'meeting', '2023-03-20 10:00', 150, 'Global rollout kickoff in Berlin'),
  (17, 5, 8, 'call', '2023-06-30 15:00', 30, 'Pricing negotiation'),
  (18, 5, 9, 'email', '2023-11-08 08:30', NULL, 'Sent server spec sheet'),
  (19, 5, 21, 'call', '2024-04-10 11:00', 25, NULL),
  (20, 5, 21, 'meeting', '2024-05-22 13:00', 60, 'Security assessment on site'),
  (21, 5, 7, 'call', '2025-02-18 10:30', 20, 'Support renewal terms'),
  (22, 6, 10, 'meeting', '2023-06-14 14:00', 55, 'Platform demo'),
  (23, 6, 11, 'call', '2024-08-07 16:15', NULL, 'Left a voicemail'),
  (24, 6, 30, 'email', '2024-05-21 09:00', NULL, 'Starter plan offer'),
  (25, 6, 30, 'call', '2025-03-25 11:00', 30, NULL),
  (26, 10, 12, 'meeting', '2024-05-08 10:00', 50, 'Analytics suite demo'),
  (27, 10, 32, 'call', '2025-01-29 15:30', 35, 'Server sizing'),
  (28, 10, 33, 'email', '2025-02-05 09:40', NULL, NULL),
  (29, 8, 13, 'meeting', '2023-08-23 10:00', 90, 'Store network design review'),
  (30, 8, 16, 'call', '2024-02-20 09:00', 45, 'Core banking security needs'),
  (31, 8, 17, 'meeting', '2024-04-16 14:00', 80, 'Penetration test results'),
  (32, 8, 18, 'email', '2024-12-03 10:10', NULL, 'Enterprise cloud proposal'),
  (33, 8, 16, 'call', '2025-01-14 08:30', 25, NULL),
  (34, 4, 15, 'call', '2023-04-19 07:45', 20, NULL),
  (35, 4, 25, 'meeting', '2024-09-11 11:00', 70, 'Network edge workshop'),
  (36, 4, 26, 'email', '2025-02-04 13:00', NULL, 'Training catalogue'),
  (37, 2, 23, 'meeting', '2023-01-18 10:00', 65, 'Grid monitoring demo'),
  (38, 2, 24, 'call', '2024-10-08 14:00', 20, NULL),
  (39, 11, 31, 'call', '2024-10-02 10:00', 25, 'First contact, interested in retail analytics'),
  (40, 11, 31, 'email', '2024-10-03 09:00', NULL, NULL),
  (41, 12, 29, 'meeting', '2025-03-11 13:30', 40, 'Backup pilot scoping'),
  (42, 12, 27, 'call', '2025-02-25 10:00', 15, NULL);

INSERT INTO crm.products VALUES
  (1, 'CloudSync Basic', 'Software', 4800.00), (2, 'CloudSync Pro', 'Software', 12000.00),
  (3, 'CloudSync Enterprise', 'Software', 36000.00), (4, 'DataVault Backup', 'Software', 7500.00),
  (5, 'SecureGate Firewall', 'Hardware', 9200.00), (6, 'EdgeNode Server', 'Hardware', 15500.00),
  (7, 'Onboarding Package', 'Services', 3000.00), (8, 'Premium Support', 'Services', 6000.00),
  (9, 'Analytics Add-on', 'Software', 5400.00), (10, 'IoT Sensor Kit', 'Hardware', 1250.00),
  (11, 'Training Workshop', 'Services', 2200.00);

INSERT INTO crm.opportunity_products VALUES
  (1, 9, 10, 5000.00), (1, 7, 1, 3000.00), (2, 4, 4, 7200.00), (3, 3, 2, 34000.00), (3, 8, 2, 6000.00),
  (4, 5, 3, 9200.00), (5, 8, 3, 5800.00), (6, 6, 8, 14500.00), (6, 7, 2, 3000.00), (7, 7, 3, 3000.00),
  (7, 11, 2, 2200.00), (8, 4, 6, 7000.00), (8, 5, 2, 9000.00), (10, 2, 5, 11500.00), (10, 7, 1, 3000.00),
  (11, 1, 6, 4500.00), (12, 9, 4, 5400.00), (13, 3, 6, 33000.00), (13, 8, 6, 5500.00), (13, 11, 5, 2000.00),
  (14, 6, 2, 15500.00), (15, 5, 10, 8800.00), (15, 7, 1, 3000.00), (16, 8, 4, 6000.00), (17, 2, 8, 11000.00),
  (17, 9, 8, 5000.00), (18, 4, 3, 7500.00), (19, 1, 2, 4800.00), (21, 9, 3, 5400.00), (21, 2, 1, 12000.00),
  (22, 6, 4, 15000.00), (23, 2, 6, 11200.00), (23, 6, 3, 15000.00), (23, 7, 2, 3000.00), (24, 5, 12, 8500.00),
  (24, 8, 4, 6000.00), (25, 3, 5, 32000.00), (25, 11, 4, 2200.00), (26, 1, 4, 4800.00), (26, 11, 1, 2200.00),
  (27, 6, 6, 14000.00), (27, 5, 4, 9000.00), (29, 9, 5, 5400.00), (29, 6, 2, 15500.00), (30, 2, 3, 12000.00),
  (31, 5, 1, 9200.00), (31, 7, 1, 3000.00), (33, 4, 2, 7500.00), (33, 7, 1, 2800.00), (34, 9, 2, 5400.00);

INSERT INTO crm.quotas VALUES
  (3, 2024, 1, 60000.00), (3, 2024, 2, 60000.00), (3, 2024, 3, 65000.00), (3, 2024, 4, 70000.00), (3, 2025, 1, 75000.00),
  (5, 2024, 1, 80000.00), (5, 2024, 2, 85000.00), (5, 2024, 3, 85000.00), (5, 2024, 4, 90000.00), (5, 2025, 1, 95000.00),
  (6, 2024, 1, 50000.00), (6, 2024, 2, 50000.00), (6, 2024, 3, 55000.00), (6, 2024, 4, 60000.00), (6, 2025, 1, 60000.00),
  (7, 2024, 1, 55000.00), (7, 2024, 2, 60000.00), (7, 2024, 3, 60000.00), (7, 2024, 4, 65000.00), (7, 2025, 1, 70000.00),
  (8, 2024, 1, 70000.00), (8, 2024, 2, 70000.00), (8, 2024, 3, 75000.00), (8, 2024, 4, 80000.00), (8, 2025, 1, 85000.00),
  (9, 2024, 1, 45000.00), (9, 2024, 2, 50000.00), (9, 2024, 3, 50000.00), (9, 2024, 4, 55000.00),
  (4, 2025, 1, 90000.00);

-- A video-game cluster in the public schema, like Spider's game_1: no declared keys, quoted capitalised
-- table and column names; "Plays_Games"."PlayerID" holds "Player"."PlayerID" and "Plays_Games"."GameID" holds
-- "Video_Games"."GameID".
CREATE TABLE "Video_Games" ("GameID" integer, "GName" varchar(40), "GType" varchar(40), "Release_Year" integer);
CREATE TABLE "Player" ("PlayerID" integer, "LName" varchar(20), "Fname" varchar(20), "Age" integer, "Sex" varchar(1),
  "Country" varchar(30));
CREATE TABLE "Plays_Games" ("PlayerID" integer, "GameID" integer, "Hours_Played" integer);

INSERT INTO "Video_Games" VALUES
  (1, 'Starfall Odyssey', 'RPG', 2021), (2, 'Pixel Kart Rally', 'Racing', 2019), (3, 'Mythic Realms Online', 'MMORPG', 2018),
  (4, 'Grid Tactics', 'Strategy', 2022), (5, 'Shadow Protocol', 'Shooter', 2023), (6, 'Farmstead Tales', 'Simulation', 2020),
  (7, 'Neon Drift', 'Racing', 2024), (8, 'Castle Siege Legends', 'Strategy', 2017), (9, 'Ocean Depths VR', 'Adventure', 2023),
  (10, 'Puzzle Pagoda', 'Puzzle', 2016), (11, 'Iron Front 1944', 'Shooter', 2020), (12, 'Dungeon Delvers', 'RPG', 2022),
  (13, 'Sky Harbor Tycoon', 'Simulation', 2025), (14, 'Chess Arena Pro', 'Strategy', 2021);

INSERT INTO "Player" VALUES
  (1, 'Novak', 'Liam', 19, 'M', 'Czechia'), (2, 'Kowalski', 'Ava', 24, 'F', 'Poland'), (3, 'Schmidt', 'Noah', 31, 'M', 'Germany'),
  (4, 'Rossi', 'Mia', 17, 'F', 'Italy'), (5, 'Brooks', 'Ethan', 27, 'M', 'USA'), (6, 'Chen', 'Zoe', 22, 'F', 'Canada'),
  (7, 'Martin', 'Lucas', 35, 'M', 'France'), (8, 'Lindqvist', 'Emma', 29, 'F', 'Sweden'), (9, 'Silva', 'Oscar', 41, 'M', 'Brazil'),
  (10, 'Dupont', 'Chloe', 20, 'F', 'France'), (11, 'Garcia', 'Mateo', 26, 'M', 'Spain'), (12, 'Kim', 'Hana', 23, 'F', 'South Korea'),
  (13, 'Taylor', 'Jack', 33, 'M', 'USA'), (14, 'Petrov', 'Nina', 28, 'F', 'USA'), (15, 'Walsh', 'Ryan', 38, 'M', 'Ireland');

INSERT INTO "Plays_Games" VALUES
  (1, 1, 120), (1, 3, 340), (1, 4, 45), (2, 6, 210), (2, 12, 60), (3, 3, 510), (3, 8, 75), (3, 4, 30), (3, 14, 18),
  (4, 2, 35), (4, 7, 22), (5, 5, 260), (5, 11, 190), (5, 7, 15), (6, 1, 95), (6, 6, 140), (6, 9, 12),
  (7, 8, 160), (7, 14, 88), (7, 4, 64), (8, 3, 275), (8, 12, 110), (9, 11, 48), (9, 8, 200),
  (10, 2, 28), (10, 1, 66), (10, 9, 9), (11, 5, 155), (11, 7, 40), (12, 1, 180), (12, 12, 70), (12, 9, 30),
  (13, 5, 310), (13, 11, 85), (14, 6, 54), (14, 2, 12);

-- A zoo cluster in the public schema with declared keys.
CREATE TABLE enclosures (enclosure_id integer PRIMARY KEY, enclosure_name text NOT NULL UNIQUE, habitat text NOT NULL,
  area_m2 integer NOT NULL);
CREATE TABLE animals (animal_id integer PRIMARY KEY, name text, species text NOT NULL,
  sex char(1) NOT NULL CHECK (sex IN ('M', 'F')), born_on date NOT NULL,
  enclosure_id integer NOT NULL REFERENCES enclosures (enclosure_id));
CREATE TABLE keepers (keeper_id integer PRIMARY KEY, full_name text NOT NULL, hired_on date NOT NULL,
  specialty text NOT NULL);
CREATE TABLE feedings (feeding_id integer PRIMARY KEY, animal_id integer NOT NULL REFERENCES animals (animal_id),
  keeper_id integer NOT NULL REFERENCES keepers (keeper_id), fed_at timestamp NOT NULL, food text NOT NULL,
  quantity_kg numeric(6,2) NOT NULL);

INSERT INTO enclosures VALUES
  (1, 'Savannah Plains', 'savannah', 12000), (2, 'Rainforest Dome', 'tropical', 3500), (3, 'Arctic Cove', 'polar', 2800),
  (4, 'Primate House', 'tropical', 1500), (5, 'Reptile Pavilion', 'desert', 900), (6, 'Bird Aviary', 'temperate', 2200),
  (7, 'Wetlands Walk', 'wetland', 4000);

INSERT INTO animals VALUES
  (1, 'Zuri', 'African Elephant', 'F', '2008-04-12', 1), (2, 'Tembo', 'African Elephant', 'M', '2011-09-30', 1),
  (3, 'Kito', 'Reticulated Giraffe', 'M', '2016-06-05', 1), (4, 'Amara', 'Reticulated Giraffe', 'F', '2018-02-19', 1),
  (5, NULL, 'Plains Zebra', 'F', '2020-05-11', 1), (6, 'Stripes', 'Plains Zebra', 'M', '2019-03-22', 1),
  (7, 'Rio', 'Jaguar', 'M', '2015-10-01', 2), (8, 'Luna', 'Two-toed Sloth', 'F', '2017-07-14', 2),
  (9, NULL, 'Poison Dart Frog', 'M', '2023-03-02', 2), (10, 'Nanuq', 'Polar Bear', 'M', '2010-12-03', 3),
  (11, 'Sika', 'Polar Bear', 'F', '2013-11-28', 3), (12, 'Pingu', 'Gentoo Penguin', 'M', '2019-01-15', 3),
  (13, NULL, 'Gentoo Penguin', 'F', '2024-02-08', 3), (14, 'Bongo', 'Western Lowland Gorilla', 'M', '2001-08-17', 4),
  (15, 'Kesi', 'Western Lowland Gorilla', 'F', '2009-05-06', 4), (16, 'Milo', 'Bornean Orangutan', 'M', '2014-09-09', 4),
  (17, 'Sheldon', 'Galapagos Tortoise', 'M', '1962-06-01', 5), (18, 'Spike', 'Komodo Dragon', 'M', '2012-04-20', 5),
  (19, NULL, 'Sidewinder Rattlesnake', 'F', '2021-08-30', 5), (20, 'Scarlet', 'Scarlet Macaw', 'F', '2016-03-03', 6),
  (21, 'Blue', 'Hyacinth Macaw', 'M', '2018-07-07', 6), (22, 'Hoot', 'Snowy Owl', 'F', '2020-11-11', 6),
  (23, NULL, 'Snowy Owl', 'M', '2024-05-20', 6), (24, 'Dash', 'Plains Zebra', 'M', '2022-07-19', 1);

INSERT INTO keepers VALUES
  (1, 'Ruth Okoye', '2009-03-01', 'large mammals'), (2, 'Sam Whitaker', '2015-06-15', 'primates'),
  (3, 'Freya Lund', '2017-09-04', 'polar'), (4, 'Mateus Costa', '2019-01-21', 'reptiles'),
  (5, 'Aiko Tanabe', '2021-04-12', 'birds'), (6, 'Leo Brandt', '2023-08-28', 'large mammals'),
  (7, 'Nadia Haddad', '2018-05-07', 'tropical');

INSERT INTO feedings VALUES
  (1, 1, 1, '2024-11-04 08:00', 'hay', 45.00), (2, 2, 1, '2024-11-04 08:15', 'hay', 50.00),
  (3, 1, 1, '2024-11-05 08:00', 'vegetables', 12.50), (4, 2, 1, '2024-11-05 08:20', 'hay', 52.00),
  (5, 3, 1, '2024-11-04 09:00', 'acacia leaves', 18.00), (6, 4, 1, '2024-11-04 09:10', 'acacia leaves', 16.50),
  (7, 5, 1, '2024-11-06 09:30', 'hay', 8.00), (8, 6, 1, '2024-11-06 09:40', 'hay', 8.50),
  (9, 24, 7, '2025-01-10 09:40', 'hay', 7.00), (10, 7, 7, '2024-11-04 16:00', 'raw meat', 3.20),
  (11, 7, 7, '2024-11-06 16:00', 'raw meat', 3.50), (12, 8, 7, '2024-11-05 10:00', 'fruit', 0.60),
  (13, 10, 3, '2024-11-04 11:00', 'fish', 12.00), (14, 11, 3, '2024-11-04 11:10', 'fish', 10.50),
  (15, 10, 3, '2025-02-12 11:00', 'raw meat', 6.00), (16, 12, 3, '2024-11-04 14:00', 'fish', 1.20),
  (17, 13, 3, '2025-02-12 14:00', 'fish', 0.80), (18, 14, 2, '2024-11-04 10:30', 'vegetables', 9.00),
  (19, 15, 2, '2024-11-04 10:40', 'vegetables', 7.50), (20, 16, 2, '2024-11-05 10:30', 'fruit', 3.00),
  (21, 14, 2, '2025-01-15 10:30', 'fruit', 4.00), (22, 17, 4, '2024-11-05 12:00', 'vegetables', 2.50),
  (23, 18, 4, '2024-11-07 12:30', 'raw meat', 4.80), (24, 19, 4, '2024-11-14 12:45', 'mice', 0.15),
  (25, 17, 4, '2025-03-03 12:00', 'vegetables', 2.80), (26, 20, 5, '2024-11-04 08:30', 'seeds', 0.25),
  (27, 21, 5, '2024-11-04 08:35', 'nuts', 0.30), (28, 22, 5, '2024-11-05 17:00', 'mice', 0.40),
  (29, 23, 5, '2025-01-20 17:00', 'mice', 0.20), (30, 1, 1, '2025-03-10 08:00', 'hay', 47.00),
  (31, 2, 7, '2025-03-10 08:10', 'hay', 55.00), (32, 11, 3, '2025-03-11 11:00', 'fish', 11.00),
  (33, 20, 5, '2023-12-28 08:30', 'fruit', 0.35), (34, 3, 7, '2025-02-02 09:00', 'acacia leaves', 17.00);
