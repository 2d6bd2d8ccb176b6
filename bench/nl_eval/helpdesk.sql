-- Helpdesk (development-only probe schema), modelled on public text-to-SQL benchmark databases.
-- A customer-support helpdesk cluster in the non-public schema `support`:
--   teams (team_name, office_city, created_on);
--   agents (full_name, email, team_id -> teams, lead_id -> agents, NULL for a top-level lead, hired_on, is_active,
--     hourly_rate in euros);
--   organisations, the customer companies (org_name, plan_tier free / starter / business / enterprise, country,
--     industry, monthly_fee in euros, 0.00 on the free plan, customer_since);
--   contacts, people at an organisation (org_id -> organisations, full_name, email or NULL, phone or NULL, job_title,
--     is_primary, one primary contact per organisation);
--   products (product_name, category software / hardware / service, launched_on, owner_team_id -> teams, is_retired);
--   tickets (ticket_id 1001..1040, subject, org_id -> organisations, requester_id -> contacts of that organisation,
--     assignee_id -> agents or NULL while unassigned, product_id, priority low / normal / high / urgent, status
--     open / pending / solved / closed, channel email / phone / chat, opened_at, solved_at NULL unless the status is
--     solved or closed, sla_breached);
--   ticket_comments (ticket_id -> tickets, author_agent_id -> agents or author_contact_id, exactly one of them set,
--     is_public false for an internal note, body, created_at);
--   satisfaction_ratings (at most one per resolved ticket: score 1..5, feedback or NULL, rated_at);
--   ticket_transfers (ticket_id, from_agent_id and to_agent_id both -> agents, transferred_at, reason); a transferred
--     ticket's assignee is the agent of its last transfer.
-- Primary keys on all nine tables; foreign keys declared everywhere except tickets.product_id (-> products.product_id)
-- and ticket_comments.author_contact_id (-> contacts.contact_id).
-- 6 teams: Partner Success has no agents. 16 agents, 5 top-level leads without a lead (Siobhan Murphy, Daniel Okafor,
-- Inês Carvalho, Hannah Weiss, Olivia Grant); Siobhan Murphy has the most direct reports (3: Ciaran Byrne, Aoife Kelly,
-- Tomasz Nowak); Noah Fischer reports to Ciaran Byrne and Mei Lin Chen to Priya Raman, who have leads themselves;
-- Marco Ferri was hired before his lead Hannah Weiss; Daniel Okafor is the longest-serving (2018-11-12), Noah Fischer
-- the newest (2024-08-05); Hannah Weiss has the highest rate (52.00), Jacob Tremblay the lowest (23.00); Lukas Berger
-- is the only inactive agent; Olivia Grant and Sofia Almeida have no ticket; Aoife Kelly has the most (6), then Marco
-- Ferri (5). 14 organisations: Germany has the most (3); Polaris Health pays the most (6200.00), Northwind Logistics
-- is the oldest customer (2019-06-10), Atlas Civil Engineering the newest (2024-06-03); Saffron Kitchens and Atlas
-- Civil Engineering never opened a ticket; Polaris Health opened the most (8), then Northwind Logistics (6). 29
-- contacts: Polaris Health has the most (4); Martin Cole, Marcus Bell and Isla Morrison have no email, Isla Morrison
-- neither email nor phone; Arjun Mehta, Anja Roth and Sean Doyle never submitted a ticket; Priyanka Shah submitted
-- the most (3). 8 products: Helix CRM has the most tickets (10); Legacy Reports Module (retired, the oldest, 2015)
-- has none; DataBridge API is the newest (2022-02-28).
-- 40 tickets opened 2023-02-06 .. 2025-06-16 (12 in 2023, 16 in 2024, 12 in 2025): 23 closed, 8 solved, 3 pending,
-- 6 open; 4 unassigned (1035, 1037, 1039, 1040, all open); 6 breached the SLA; 1026 took the longest to resolve
-- (about 368.6 hours), 1023 the shortest (40 minutes); 7 were solved the day they were opened. 38 comments: 1017 has
-- the most (4), Daniel Okafor wrote the most (6), 8 are internal notes, 14 come from contacts. 22 ratings (average
-- 3.77, eight 5s, two 1s); Daniel Okafor has the lowest agent average (2.67), Cedar Lane Retail the lowest customer
-- average (2.33); 9 resolved tickets have no rating. 13 transfers: 1026 was transferred twice; Aoife Kelly handed off
-- the most (4), Marco Ferri received the most (4); 8 tickets went to an agent of another team.
-- A wrestling cluster in the public schema in the style of Spider's wrestler database, with no declared keys and
-- quoted capitalised columns: promotion ("Promotion_ID", "Name", "Country", "Founded"), wrestler ("Wrestler_ID",
-- "Name", "Reign", "Days_held", "Location", "Event", "Promotion_ID" holding promotion."Promotion_ID", NULL for Connor
-- Walsh) and elimination ("Elimination_ID" as text, "Wrestler_ID" holding wrestler."Wrestler_ID", "Team",
-- "Eliminated_By" holding the eliminator's wrestler."Name", "Elimination_Move", "Time" as 'mm:ss' text) for one
-- twelve-man elimination match. Big Tom Brennan held the title longest (1285 days), Dean Fortier shortest (15) and was
-- eliminated first; Silver Fox eliminated the most (4) and is the only one never eliminated; Powerbomb is the most
-- used move (3); Pacific Pro Wrestling has the most wrestlers (4), Southern Cross Wrestling none; Owen Price was
-- eliminated by a wrestler of his own promotion.
-- A party cluster in the public schema in the style of Spider's party_host database, with declared keys: party
-- (party_theme, location, first_year, last_year, number_of_hosts as advertised, attendance or NULL), host (name,
-- nationality, age or NULL) and party_host (party_id, host_id, is_main_in_charge). Bass Cathedral had the biggest
-- attendance (11000) and Glow in the Dark none recorded and no host in party_host; Retro Classics ran the longest
-- (2010-2016); Ahoy Rotterdam held the most parties (3); Ruben de Wit hosted the most (3) and was main host twice;
-- Thomas Berg is the oldest host (47), Lotte Jansen the youngest (26), Ana Ribeiro's age is unknown; Daan Visser and
-- Ana Ribeiro hosted nothing.

CREATE SCHEMA support;

CREATE TABLE support.teams (
    team_id     integer PRIMARY KEY,
    team_name   text NOT NULL,
    office_city text NOT NULL,
    created_on  date NOT NULL
);

CREATE TABLE support.agents (
    agent_id    integer PRIMARY KEY,
    full_name   text NOT NULL,
    email       text NOT NULL,
    team_id     integer NOT NULL REFERENCES support.teams (team_id),
    lead_id     integer REFERENCES support.agents (agent_id),
    hired_on    date NOT NULL,
    is_active   boolean NOT NULL,
    hourly_rate numeric(6,2) NOT NULL
);

CREATE TABLE support.organisations (
    org_id         integer PRIMARY KEY,
    org_name       text NOT NULL,
    plan_tier      text NOT NULL,
    country        text NOT NULL,
    industry       text NOT NULL,
    monthly_fee    numeric(10,2) NOT NULL,
    customer_since date NOT NULL
);

CREATE TABLE support.contacts (
    contact_id integer PRIMARY KEY,
    org_id     integer NOT NULL REFERENCES support.organisations (org_id),
    full_name  text NOT NULL,
    email      text,
    phone      text,
    job_title  text NOT NULL,
    is_primary boolean NOT NULL
);

CREATE TABLE support.products (
    product_id    integer PRIMARY KEY,
    product_name  text NOT NULL,
    category      text NOT NULL,
    launched_on   date NOT NULL,
    owner_team_id integer NOT NULL REFERENCES support.teams (team_id),
    is_retired    boolean NOT NULL
);

CREATE TABLE support.tickets (
    ticket_id    integer PRIMARY KEY,
    subject      text NOT NULL,
    org_id       integer NOT NULL REFERENCES support.organisations (org_id),
    requester_id integer NOT NULL REFERENCES support.contacts (contact_id),
    assignee_id  integer REFERENCES support.agents (agent_id),
    product_id   integer NOT NULL,
    priority     text NOT NULL,
    status       text NOT NULL,
    channel      text NOT NULL,
    opened_at    timestamp NOT NULL,
    solved_at    timestamp,
    sla_breached boolean NOT NULL
);

CREATE TABLE support.ticket_comments (
    comment_id        integer PRIMARY KEY,
    ticket_id         integer NOT NULL REFERENCES support.tickets (ticket_id),
    author_agent_id   integer REFERENCES support.agents (agent_id),
    author_contact_id integer,
    is_public         boolean NOT NULL,
    body              text NOT NULL,
    created_at        timestamp NOT NULL
);

CREATE TABLE support.satisfaction_ratings (
    rating_id integer PRIMARY KEY,
    ticket_id integer NOT NULL UNIQUE REFERENCES support.tickets (ticket_id),
    score     integer NOT NULL,
    feedback  text,
    rated_at  timestamp NOT NULL
);

CREATE TABLE support.ticket_transfers (
    transfer_id    integer PRIMARY KEY,
    ticket_id      integer NOT NULL REFERENCES support.tickets (ticket_id),
    from_agent_id  integer NOT NULL REFERENCES support.agents (agent_id),
    to_agent_id    integer NOT NULL REFERENCES support.agents (agent_id),
    transferred_at timestamp NOT NULL,
    reason         text NOT NULL
);

INSERT INTO support.teams VALUES
(1, 'Frontline Support', 'Dublin', '2019-02-01'),
(2, 'Technical Support', 'Dublin', '2019-02-01'),
(3, 'Billing', 'Lisbon', '2020-06-15'),
(4, 'Escalations', 'Dublin', '2021-01-11'),
(5, 'Onboarding', 'Toronto', '2022-09-05'),
(6, 'Partner Success', 'Toronto', '2024-11-18');

INSERT INTO support.agents VALUES
(1, 'Siobhan Murphy', 'siobhan.murphy@deskly.io', 1, NULL, '2019-03-04', true, 38.00),
(2, 'Ciaran Byrne', 'ciaran.byrne@deskly.io', 1, 1, '2020-05-18', true, 27.50),
(3, 'Aoife Kelly', 'aoife.kelly@deskly.io', 1, 1, '2021-09-06', true, 26.00),
(4, 'Tomasz Nowak', 'tomasz.nowak@deskly.io', 1, 1, '2023-01-16', true, 24.50),
(5, 'Daniel Okafor', 'daniel.okafor@deskly.io', 2, NULL, '2018-11-12', true, 45.00),
(6, 'Priya Raman', 'priya.raman@deskly.io', 2, 5, '2020-02-24', true, 36.00),
(7, 'Lukas Berger', 'lukas.berger@deskly.io', 2, 5, '2022-04-11', false, 33.00),
(8, 'Mei Lin Chen', 'meilin.chen@deskly.io', 2, 6, '2023-07-03', true, 31.50),
(9, 'Inês Carvalho', 'ines.carvalho@deskly.io', 3, NULL, '2020-07-01', true, 34.00),
(10, 'Rui Santos', 'rui.santos@deskly.io', 3, 9, '2021-03-15', true, 25.00),
(11, 'Hannah Weiss', 'hannah.weiss@deskly.io', 4, NULL, '2021-01-18', true, 52.00),
(12, 'Marco Ferri', 'marco.ferri@deskly.io', 4, 11, '2019-08-26', true, 41.00),
(13, 'Olivia Grant', 'olivia.grant@deskly.io', 5, NULL, '2022-09-12', true, 29.00),
(14, 'Jacob Tremblay', 'jacob.tremblay@deskly.io', 5, 13, '2023-10-02', true, 23.00),
(15, 'Sofia Almeida', 'sofia.almeida@deskly.io', 3, 9, '2024-02-19', true, 24.00),
(16, 'Noah Fischer', 'noah.fischer@deskly.io', 1, 2, '2024-08-05', true, 23.50);

INSERT INTO support.organisations VALUES
(1, 'Brightwave Media', 'business', 'Ireland', 'media', 1200.00, '2020-04-01'),
(2, 'Northwind Logistics', 'enterprise', 'United Kingdom', 'logistics', 4800.00, '2019-06-10'),
(3, 'Kestrel Analytics', 'starter', 'Germany', 'software', 290.00, '2022-01-17'),
(4, 'Cedar Lane Retail', 'business', 'Canada', 'retail', 1450.00, '2021-03-22'),
(5, 'Polaris Health', 'enterprise', 'United States', 'healthcare', 6200.00, '2020-11-05'),
(6, 'Lumen Studio', 'free', 'Portugal', 'design', 0.00, '2023-05-14'),
(7, 'Tidewater Bank', 'enterprise', 'United States', 'finance', 5400.00, '2021-08-30'),
(8, 'Greenfield Farms Co-op', 'starter', 'Canada', 'agriculture', 240.00, '2022-07-19'),
(9, 'Orbital Games', 'business', 'Germany', 'gaming', 980.00, '2022-10-03'),
(10, 'Marlow Legal LLP', 'business', 'United Kingdom', 'legal', 1100.00, '2021-12-06'),
(11, 'Quokka Travel', 'starter', 'Australia', 'travel', 310.00, '2023-02-27'),
(12, 'Saffron Kitchens', 'free', 'India', 'hospitality', 0.00, '2024-01-08'),
(13, 'Vireo Robotics', 'enterprise', 'Germany', 'manufacturing', 5100.00, '2023-09-12'),
(14, 'Atlas Civil Engineering', 'starter', 'Ireland', 'construction', 275.00, '2024-06-03');

INSERT INTO support.contacts VALUES
(1, 1, 'Fiona Walsh', 'fiona.walsh@brightwave.ie', '+353 1 555 0101', 'Operations Manager', true),
(2, 1, 'Darragh Quinn', 'darragh.quinn@brightwave.ie', NULL, 'Video Editor', false),
(3, 2, 'Graham Whitaker', 'g.whitaker@northwind.co.uk', '+44 20 7946 0112', 'IT Director', true),
(4, 2, 'Priyanka Shah', 'p.shah@northwind.co.uk', '+44 20 7946 0178', 'Systems Administrator', false),
(5, 2, 'Martin Cole', NULL, '+44 161 496 0423', 'Warehouse Supervisor', false),
(6, 3, 'Jana Vogel', 'jana.vogel@kestrel-analytics.de', NULL, 'Data Engineer', true),
(7, 4, 'Chloé Gagnon', 'chloe.gagnon@cedarlane.ca', '+1 514 555 0147', 'Store Operations Lead', true),
(8, 4, 'Ben Harper', 'ben.harper@cedarlane.ca', '+1 416 555 0190', 'Ecommerce Manager', false),
(9, 5, 'Angela Ruiz', 'angela.ruiz@polarishealth.com', '+1 617 555 0134', 'CTO', true),
(10, 5, 'Kevin Park', 'kevin.park@polarishealth.com', NULL, 'Clinical Systems Analyst', false),
(11, 5, 'Latoya Jenkins', 'latoya.jenkins@polarishealth.com', '+1 617 555 0165', 'Help Desk Coordinator', false),
(12, 6, 'Beatriz Lopes', 'beatriz@lumenstudio.pt', NULL, 'Founder', true),
(13, 7, 'Robert Klein', 'robert.klein@tidewaterbank.com', '+1 212 555 0108', 'VP Infrastructure', true),
(14, 7, 'Susan O''Neill', 'susan.oneill@tidewaterbank.com', '+1 212 555 0152', 'Security Analyst', false),
(15, 7, 'Marcus Bell', NULL, '+1 212 555 0199', 'Branch IT Technician', false),
(16, 8, 'Ethan Fraser', 'ethan@greenfieldcoop.ca', '+1 306 555 0121', 'Office Manager', true),
(17, 9, 'Felix Hartmann', 'felix.hartmann@orbitalgames.de', '+49 30 5550 1843', 'Lead Developer', true),
(18, 9, 'Lena Brandt', 'lena.brandt@orbitalgames.de', NULL, 'Community Manager', false),
(19, 10, 'Charlotte Evans', 'c.evans@marlowlegal.co.uk', '+44 20 7946 0355', 'Practice Manager', true),
(20, 11, 'Liam Nguyen', 'liam@quokkatravel.com.au', '+61 2 5550 1402', 'Co-founder', true),
(21, 11, 'Isla Morrison', NULL, NULL, 'Booking Agent', false),
(22, 12, 'Arjun Mehta', 'arjun@saffronkitchens.in', '+91 22 5550 3344', 'Owner', true),
(23, 13, 'Katrin Schulz', 'katrin.schulz@vireo-robotics.de', '+49 89 5550 2210', 'Head of IT', true),
(24, 13, 'Jonas Weber', 'jonas.weber@vireo-robotics.de', '+49 89 5550 2237', 'Automation Engineer', false),
(25, 13, 'Anja Roth', 'anja.roth@vireo-robotics.de', NULL, 'Procurement Officer', false),
(26, 14, 'Sean Doyle', 'sean.doyle@atlascivil.ie', '+353 21 555 0188', 'Project Engineer', true),
(27, 3, 'Tobias Krüger', 'tobias.krueger@kestrel-analytics.de', '+49 40 5550 7781', 'CEO', false),
(28, 10, 'Harriet Lowe', 'h.lowe@marlowlegal.co.uk', NULL, 'Paralegal', false),
(29, 5, 'Samuel Ortiz', 'samuel.ortiz@polarishealth.com', '+1 617 555 0177', 'Network Engineer', false);

INSERT INTO support.products VALUES
(1, 'Helix CRM', 'software', '2018-05-01', 2, false),
(2, 'Helix Mobile App', 'software', '2020-09-15', 2, false),
(3, 'PayFlow Billing', 'software', '2019-11-04', 3, false),
(4, 'Beacon POS Terminal', 'hardware', '2021-04-20', 4, false),
(5, 'Beacon Card Reader', 'hardware', '2017-03-13', 4, true),
(6, 'DataBridge API', 'software', '2022-02-28', 2, false),
(7, 'Onboarding Package', 'service', '2021-06-01', 5, false),
(8, 'Legacy Reports Module', 'software', '2015-08-03', 2, true);

INSERT INTO support.tickets VALUES
(1001, 'Cannot log in after password reset', 1, 1, 1, 1, 'normal', 'closed', 'email', '2023-02-06 09:14', '2023-02-06 15:40', false),
(1002, 'Invoice shows wrong VAT rate', 2, 3, 10, 3, 'high', 'closed', 'email', '2023-03-13 11:02', '2023-03-15 10:30', false),
(1003, 'POS terminal freezes at checkout', 4, 7, 12, 4, 'urgent', 'closed', 'phone', '2023-04-03 08:45', '2023-04-04 17:20', true),
(1004, 'Export to CSV missing columns', 3, 6, 6, 1, 'low', 'closed', 'chat', '2023-04-21 14:30', '2023-04-28 09:00', false),
(1005, 'Card reader not pairing', 5, 9, 12, 5, 'high', 'closed', 'phone', '2023-05-09 10:05', '2023-05-10 12:45', false),
(1006, 'Request to add five user seats', 7, 13, 9, 3, 'normal', 'closed', 'email', '2023-06-01 16:20', '2023-06-02 10:10', false),
(1007, 'Mobile app crashes on Android 13', 9, 17, 8, 2, 'high', 'closed', 'chat', '2023-07-18 13:40', '2023-07-21 11:15', false),
(1008, 'API returns 500 on bulk upload', 2, 4, 5, 6, 'urgent', 'closed', 'email', '2023-08-22 07:55', '2023-08-22 13:05', false),
(1009, 'Training session for new staff', 8, 16, 14, 7, 'low', 'closed', 'email', '2023-10-10 09:30', '2023-10-17 15:00', false),
(1010, 'Duplicate charges on October invoice', 5, 11, 10, 3, 'high', 'closed', 'phone', '2023-11-02 10:15', '2023-11-03 09:45', false),
(1011, 'Sync with calendar stopped working', 1, 2, 3, 1, 'normal', 'closed', 'chat', '2023-11-20 15:05', '2023-11-21 10:30', false),
(1012, 'Receipt printer alignment off', 4, 8, 12, 4, 'low', 'closed', 'email', '2023-12-11 12:00', '2023-12-19 16:30', true),
(1013, 'SSO login fails for all users', 7, 14, 11, 1, 'urgent', 'closed', 'phone', '2024-01-09 08:02', '2024-01-09 11:30', false),
(1014, 'Push notifications delayed', 9, 18, 8, 2, 'normal', 'closed', 'chat', '2024-01-25 17:45', '2024-01-29 09:20', false),
(1015, 'Upgrade from starter to business plan', 11, 20, 9, 3, 'low', 'closed', 'email', '2024-02-14 10:30', '2024-02-15 14:00', false),
(1016, 'Webhook signatures not validating', 13, 24, 6, 6, 'high', 'solved', 'email', '2024-03-04 09:10', '2024-03-06 16:45', false),
(1017, 'Patient records search is slow', 5, 10, 5, 1, 'high', 'closed', 'email', '2024-03-19 11:25', '2024-03-27 18:00', true),
(1018, 'Card reader battery swelling', 5, 9, 11, 5, 'urgent', 'closed', 'phone', '2024-04-02 07:30', '2024-04-02 12:15', false),
(1019, 'Cannot add custom fields', 3, 27, 3, 1, 'normal', 'closed', 'chat', '2024-04-23 13:50', '2024-04-24 09:05', false),
(1020, 'Branch terminals offline', 7, 15, 12, 4, 'urgent', 'closed', 'phone', '2024-05-07 06:55', '2024-05-07 10:40', false),
(1021, 'Refund for cancelled seats', 10, 19, 10, 3, 'normal', 'closed', 'email', '2024-06-12 14:10', '2024-06-18 11:00', false),
(1022, 'Mobile login loop on iOS', 1, 1, 4, 2, 'high', 'closed', 'chat', '2024-07-02 09:40', '2024-07-03 15:30', false),
(1023, 'Data import template question', 6, 12, 3, 7, 'low', 'closed', 'chat', '2024-07-29 16:15', '2024-07-29 16:55', false),
(1024, 'Rate limit too low for nightly sync', 2, 4, 7, 6, 'normal', 'solved', 'email', '2024-08-20 10:00', '2024-08-23 12:30', false),
(1025, 'Onboarding call reschedule', 13, 23, 14, 7, 'low', 'closed', 'phone', '2024-09-09 11:00', '2024-09-10 09:00', false),
(1026, 'Audit log export incomplete', 7, 14, 5, 1, 'high', 'solved', 'email', '2024-10-15 08:35', '2024-10-30 17:10', true),
(1027, 'Tablet app shows blank dashboard', 5, 11, 16, 2, 'normal', 'solved', 'chat', '2024-11-04 13:20', '2024-11-05 10:00', false),
(1028, 'Annual invoice needs PO number', 2, 3, 10, 3, 'low', 'solved', 'email', '2024-12-02 09:05', '2024-12-04 15:20', false),
(1029, 'Scanner not reading barcodes', 4, 7, 3, 4, 'high', 'solved', 'phone', '2025-01-13 10:30', '2025-01-14 12:00', false),
(1030, 'Two-factor codes not arriving', 9, 17, 2, 1, 'urgent', 'solved', 'chat', '2025-01-28 08:10', '2025-01-28 14:40', false),
(1031, 'Bulk edit permissions', 1, 2, 3, 1, 'normal', 'solved', 'email', '2025-02-17 15:30', '2025-02-20 11:00', false),
(1032, 'Payment failed but card was charged', 5, 29, 9, 3, 'high', 'pending', 'phone', '2025-03-03 12:45', NULL, false),
(1033, 'API key rotation guidance', 2, 4, 6, 6, 'low', 'pending', 'email', '2025-03-24 09:50', NULL, false),
(1034, 'Reports show wrong time zone', 7, 13, 3, 1, 'normal', 'open', 'email', '2025-04-08 14:05', NULL, true),
(1035, 'App store version outdated', 11, 21, NULL, 2, 'low', 'open', 'phone', '2025-04-22 10:20', NULL, false),
(1036, 'Terminal screen cracked', 5, 29, 12, 4, 'normal', 'pending', 'phone', '2025-05-06 09:00', NULL, false),
(1037, 'Cannot download invoices', 10, 28, NULL, 3, 'normal', 'open', 'chat', '2025-05-19 16:40', NULL, false),
(1038, 'Mobile app logs users out', 9, 18, 2, 2, 'high', 'open', 'chat', '2025-06-02 11:15', NULL, false),
(1039, 'Data sync dropped records', 2, 5, NULL, 6, 'urgent', 'open', 'phone', '2025-06-10 07:40', NULL, true),
(1040, 'Need help setting up new branch', 5, 10, NULL, 7, 'normal', 'open', 'email', '2025-06-16 13:30', NULL, false);

INSERT INTO support.ticket_comments VALUES
(1, 1001, 1, NULL, true, 'Sent a fresh reset link and cleared the lockout.', '2023-02-06 10:02'),
(2, 1001, NULL, 1, true, 'That worked, thanks!', '2023-02-06 15:31'),
(3, 1002, 10, NULL, false, 'Tax profile set to DE instead of GB, checking with finance.', '2023-03-13 14:20'),
(4, 1002, 10, NULL, true, 'Corrected invoice issued with 20% VAT.', '2023-03-15 10:12'),
(5, 1003, NULL, 7, true, 'All four tills at the Montreal store are frozen.', '2023-04-03 08:52'),
(6, 1003, 12, NULL, false, 'Firmware 4.2.1 regression, rolling back remotely.', '2023-04-03 13:30'),
(7, 1003, 12, NULL, true, 'Rollback done, please restart the terminals.', '2023-04-04 16:55'),
(8, 1005, 12, NULL, true, 'Please update the reader to firmware 2.8 and re-pair.', '2023-05-09 15:40'),
(9, 1007, NULL, 17, true, 'Crash log attached from a Pixel 7.', '2023-07-18 14:05'),
(10, 1007, 8, NULL, true, 'Fix shipped in version 5.3.2.', '2023-07-21 11:02'),
(11, 1008, 5, NULL, false, 'Payload over 10 MB hits the gateway limit.', '2023-08-22 09:15'),
(12, 1008, 5, NULL, true, 'Limit raised for your account; please retry the upload.', '2023-08-22 12:48'),
(13, 1010, NULL, 11, true, 'We were charged twice on 1 October.', '2023-11-02 10:22'),
(14, 1010, 10, NULL, true, 'Refund of the duplicate charge has been issued.', '2023-11-03 09:30'),
(15, 1012, 12, NULL, false, 'Waiting on a replacement print head from the supplier.', '2023-12-13 09:00'),
(16, 1013, NULL, 14, true, 'Nobody in the bank can sign in via Okta.', '2024-01-09 08:05'),
(17, 1013, 11, NULL, false, 'Expired SAML certificate on our side.', '2024-01-09 09:10'),
(18, 1013, 11, NULL, true, 'Certificate renewed, SSO is back.', '2024-01-09 11:22'),
(19, 1016, 6, NULL, true, 'Signatures now use SHA-256; please update the verifier.', '2024-03-05 10:30'),
(20, 1016, NULL, 24, true, 'Updated and validating now.', '2024-03-06 16:20'),
(21, 1017, NULL, 10, true, 'Search takes over 30 seconds for common surnames.', '2024-03-19 11:40'),
(22, 1017, 5, NULL, false, 'Missing index on the patient name field, raised with engineering.', '2024-03-21 15:00'),
(23, 1017, NULL, 10, true, 'Any update? This is hurting our clinics.', '2024-03-25 09:10'),
(24, 1017, 5, NULL, true, 'Index deployed, searches are under a second.', '2024-03-27 17:45'),
(25, 1018, 11, NULL, true, 'Stop using the device; a courier will collect it today.', '2024-04-02 07:50'),
(26, 1020, 12, NULL, true, 'Regional network outage, terminals reconnected.', '2024-05-07 10:30'),
(27, 1021, 10, NULL, true, 'Refund approved for three seats.', '2024-06-18 10:45'),
(28, 1022, 4, NULL, true, 'Please reinstall the app after clearing the keychain entry.', '2024-07-02 11:00'),
(29, 1026, 5, NULL, false, 'Export job times out after 50,000 rows.', '2024-10-17 10:00'),
(30, 1026, NULL, 14, true, 'Our auditors need this by the end of the month.', '2024-10-22 12:30'),
(31, 1026, 5, NULL, true, 'Patched export is live, the full log is downloadable.', '2024-10-30 16:50'),
(32, 1030, NULL, 17, true, 'SMS codes arrive after 10 minutes or not at all.', '2025-01-28 08:12'),
(33, 1030, 2, NULL, true, 'Switched your account to the backup SMS provider.', '2025-01-28 14:20'),
(34, 1032, NULL, 29, true, 'Card statement shows the charge, the portal says failed.', '2025-03-03 12:50'),
(35, 1032, 9, NULL, false, 'Payment processor reference pending, chasing.', '2025-03-04 09:30'),
(36, 1034, NULL, 13, true, 'Times are an hour off since the clocks changed.', '2025-04-08 14:10'),
(37, 1038, NULL, 18, true, 'Happens every time the app goes to the background.', '2025-06-02 11:20'),
(38, 1039, NULL, 5, true, 'About 200 shipments missing from last night''s sync.', '2025-06-10 07:45');

INSERT INTO support.satisfaction_ratings VALUES
(1, 1001, 5, 'Quick and friendly.', '2023-02-07 09:00'),
(2, 1002, 4, NULL, '2023-03-16 08:30'),
(3, 1003, 2, 'Took too long while our stores were down.', '2023-04-05 10:00'),
(4, 1004, 3, NULL, '2023-04-29 12:00'),
(5, 1005, 4, 'Clear instructions.', '2023-05-11 09:15'),
(6, 1007, 5, NULL, '2023-07-22 10:00'),
(7, 1008, 5, 'Impressively fast fix.', '2023-08-23 08:00'),
(8, 1010, 4, NULL, '2023-11-04 11:00'),
(9, 1012, 1, 'Over a week for a printer part.', '2023-12-20 09:30'),
(10, 1013, 5, 'Saved our morning.', '2024-01-09 13:00'),
(11, 1014, 3, NULL, '2024-01-30 10:00'),
(12, 1015, 5, NULL, '2024-02-16 09:00'),
(13, 1017, 2, 'Eight days is too slow for a healthcare system.', '2024-03-28 09:00'),
(14, 1018, 5, NULL, '2024-04-03 08:00'),
(15, 1019, 4, NULL, '2024-04-25 10:30'),
(16, 1020, 4, NULL, '2024-05-08 09:00'),
(17, 1021, 3, 'Refund was fine but slow.', '2024-06-19 14:00'),
(18, 1023, 5, 'Answered in minutes.', '2024-07-30 09:00'),
(19, 1026, 1, 'Two weeks to get an audit log.', '2024-11-01 10:00'),
(20, 1029, 4, NULL, '2025-01-15 09:00'),
(21, 1030, 5, NULL, '2025-01-29 08:30'),
(22, 1022, 4, NULL, '2024-07-04 10:00');

INSERT INTO support.ticket_transfers VALUES
(1, 1003, 4, 12, '2023-04-03 09:30', 'hardware fault'),
(2, 1005, 2, 12, '2023-05-09 11:00', 'hardware fault'),
(3, 1008, 6, 5, '2023-08-22 08:20', 'needs senior engineer'),
(4, 1013, 3, 11, '2024-01-09 08:20', 'outage escalation'),
(5, 1017, 6, 5, '2024-03-20 10:00', 'needs senior engineer'),
(6, 1018, 12, 11, '2024-04-02 07:40', 'safety issue'),
(7, 1020, 2, 12, '2024-05-07 07:10', 'hardware fault'),
(8, 1026, 3, 6, '2024-10-15 10:00', 'needs product specialist'),
(9, 1026, 6, 5, '2024-10-16 14:30', 'needs senior engineer'),
(10, 1032, 10, 9, '2025-03-03 15:00', 'refund approval'),
(11, 1002, 3, 10, '2023-03-13 11:30', 'billing question'),
(12, 1021, 2, 10, '2024-06-12 15:00', 'billing question'),
(13, 1036, 3, 12, '2025-05-06 09:40', 'hardware fault');

-- Wrestling cluster (public schema, no declared keys, quoted capitalised columns).
CREATE TABLE promotion (
    "Promotion_ID" integer,
    "Name"         text,
    "Country"      text,
    "Founded"      integer
);

CREATE TABLE wrestler (
    "Wrestler_ID"  integer,
    "Name"         text,
    "Reign"        integer,
    "Days_held"    integer,
    "Location"     text,
    "Event"        text,
    "Promotion_ID" integer
);

CREATE TABLE elimination (
    "Elimination_ID"   text,
    "Wrestler_ID"      integer,
    "Team"             text,
    "Eliminated_By"    text,
    "Elimination_Move" text,
    "Time"             text
);

INSERT INTO promotion VALUES
(1, 'Pacific Pro Wrestling', 'Japan', 1972),
(2, 'Lone Star Championship Wrestling', 'United States', 1988),
(3, 'Maple Leaf Grappling', 'Canada', 1996),
(4, 'Atlantic Wrestling Alliance', 'United Kingdom', 2004),
(5, 'Southern Cross Wrestling', 'Australia', 2011);

INSERT INTO wrestler VALUES
(1, 'Kenji Mori', 1, 344, 'Tokyo, Japan', 'Live event', 1),
(2, 'Rey Salvador', 2, 113, 'Osaka, Japan', 'Wrestle Kingdom', 1),
(3, 'Big Tom Brennan', 1, 1285, 'Dallas, Texas', 'House show', 2),
(4, 'The Viper', 3, 56, 'Houston, Texas', 'Summer Slamdown', 2),
(5, 'Hammer Hale', 1, 402, 'Austin, Texas', 'House show', 2),
(6, 'Lucien Gagnon', 2, 231, 'Montreal, Quebec', 'Northern Clash', 3),
(7, 'Dean Fortier', 1, 15, 'Toronto, Ontario', 'Northern Clash', 3),
(8, 'Ravi Kapoor', 1, 178, 'Toronto, Ontario', 'Live event', 3),
(9, 'Jack Thornton', 4, 290, 'London, England', 'Royal Rumble Cup', 4),
(10, 'Owen Price', 1, 87, 'Cardiff, Wales', 'Live event', 1),
(11, 'Silver Fox', 2, 645, 'Nagoya, Japan', 'Wrestle Kingdom', 1),
(12, 'Connor Walsh', 1, 33, 'Belfast, Northern Ireland', 'Royal Rumble Cup', NULL);

INSERT INTO elimination VALUES
('1', 7, 'Team Eagle', 'Silver Fox', 'Moonsault', '03:27'),
('2', 12, 'Team Dragon', 'Big Tom Brennan', 'Powerbomb', '05:10'),
('3', 10, 'Team Eagle', 'Silver Fox', 'Roll-up', '07:52'),
('4', 2, 'Team Dragon', 'The Viper', 'Spear', '09:38'),
('5', 4, 'Team Eagle', 'Lucien Gagnon', 'Crossface', '12:04'),
('6', 8, 'Team Dragon', 'Jack Thornton', 'Powerbomb', '14:41'),
('7', 5, 'Team Eagle', 'Kenji Mori', 'Disqualification', '16:19'),
('8', 1, 'Team Dragon', 'Jack Thornton', 'Spear', '19:45'),
('9', 9, 'Team Eagle', 'Silver Fox', 'Moonsault', '22:30'),
('10', 6, 'Team Dragon', 'Big Tom Brennan', 'Powerbomb', '25:02'),
('11', 3, 'Team Eagle', 'Silver Fox', 'Roll-up', '28:16');

-- Party cluster (public schema, declared keys).
CREATE TABLE party (
    party_id        integer PRIMARY KEY,
    party_theme     text NOT NULL,
    location        text NOT NULL,
    first_year      integer NOT NULL,
    last_year       integer NOT NULL,
    number_of_hosts integer NOT NULL,
    attendance      integer
);

CREATE TABLE host (
    host_id     integer PRIMARY KEY,
    name        text NOT NULL,
    nationality text NOT NULL,
    age         integer
);

CREATE TABLE party_host (
    party_id          integer NOT NULL REFERENCES party (party_id),
    host_id           integer NOT NULL REFERENCES host (host_id),
    is_main_in_charge boolean NOT NULL,
    PRIMARY KEY (party_id, host_id)
);

INSERT INTO party VALUES
(1, 'Spring Awakening', 'Hemkade 48 Zaandam', 2000, 2001, 5, 4200),
(2, 'Neon Jungle', 'Heineken Music Hall Amsterdam', 2002, 2004, 7, 5600),
(3, 'Hardstyle Revival', 'Hemkade 48 Zaandam', 2001, 2003, 3, 2900),
(4, 'Techno Tuesday', 'Paradiso Amsterdam', 2004, 2007, 4, 1500),
(5, 'Bass Cathedral', 'Ahoy Rotterdam', 2005, 2010, 9, 11000),
(6, 'Midnight Masquerade', 'Ahoy Rotterdam', 2008, 2009, 6, 7800),
(7, 'Retro Classics', 'Heineken Music Hall Amsterdam', 2010, 2016, 4, 3300),
(8, 'Sunset Sessions', 'Strand Noord Scheveningen', 2012, 2012, 2, 900),
(9, 'Winter Wonderland', 'Jaarbeurs Utrecht', 2014, 2018, 8, 9500),
(10, 'Glow in the Dark', 'Ahoy Rotterdam', 2017, 2019, 5, NULL);

INSERT INTO host VALUES
(1, 'Ruben de Wit', 'Netherlands', 34),
(2, 'Sanne Bakker', 'Netherlands', 29),
(3, 'Marco Vitelli', 'Italy', 41),
(4, 'Lotte Jansen', 'Netherlands', 26),
(5, 'Jasper Vos', 'Netherlands', 38),
(6, 'Nadia Kowalczyk', 'Poland', 33),
(7, 'Thomas Berg', 'Belgium', 47),
(8, 'Elif Demir', 'Turkey', 31),
(9, 'Pieter Smit', 'Netherlands', 44),
(10, 'Chloé Laurent', 'France', 36),
(11, 'Daan Visser', 'Netherlands', 28),
(12, 'Ana Ribeiro', 'Portugal', NULL);

INSERT INTO party_host VALUES
(1, 1, true),
(1, 2, false),
(2, 3, true),
(2, 1, false),
(2, 6, false),
(3, 5, true),
(3, 2, false),
(4, 7, true),
(5, 1, true),
(5, 3, false),
(5, 8, false),
(5, 9, false),
(6, 9, true),
(6, 6, false),
(7, 10, true),
(7, 4, false),
(8, 4, true),
(9, 5, false),
(9, 8, true),
(9, 10, false);
