-- Tracker (development-only probe schema), modelled on public text-to-SQL benchmark databases.
-- A software issue-tracker cluster in the non-public schema `tracker`:
--   users (username such as 'grace.kim', display_name, email, team, joined_on, is_active);
--   projects (key such as 'WEB', name, lead_user_id -> users, created_on, archived_on NULL while not archived);
--   sprints of a project (name such as 'WEB Sprint 2', starts_on, ends_on);
--   issues of a project (title, type 'bug' / 'feature' / 'task', priority 'low' / 'medium' / 'high' / 'critical',
--     status 'open' / 'in_progress' / 'done', reporter_id -> users, assignee_id NULL when unassigned, sprint_id NULL
--     when in no sprint, story_points NULL when not estimated, created_at, resolved_at NULL until done,
--     parent_issue_id referencing issues, NULL except for sub-tasks);
--   comments on an issue by a user (body, posted_at); labels (name, color); issue_labels (issue, label; many-to-many);
--   work_logs (issue, user, logged_on, hours).
-- Primary keys on all eight tables; foreign keys declared everywhere except comments.user_id (-> users.user_id) and
-- work_logs.issue_id (-> issues.issue_id).
-- 15 users, Platform the biggest team (4), QA the smallest (2); alice.chen joined first (2023-01-09), nora.quinn last
-- (2025-01-13); farid.haddad and marco.rossi are inactive; lena.vogel was never assigned an issue (she reports bugs
-- and wrote the most comments, 5); marco.rossi and omar.farouk never reported one; jonas.berg never commented;
-- alice.chen never logged time.
-- 6 projects: Public API (API) created first (2023-01-20); Ops Dashboard (OPS) archived on 2024-12-20 but still has
-- an open issue (Disk usage graph wrong units); Developer Docs (DOC) has no sprint; alice.chen leads the most (2, API
-- and OPS); Web Storefront (WEB) has the most issues (10), unresolved issues (4), bugs (4) and sprints (4); Mobile
-- App (MOB) has the most story points (48) and the most hours logged (48.5).
-- 13 sprints 2023-07-03 .. 2025-02-16; API Sprint 2 is the longest (27 days), MOB Sprint 2 holds the most story points
-- (23), MOB Sprint 1 is the only one running on 2024-03-15; WEB Sprint 4, MOB Sprint 3 and DATA Sprint 2 still hold
-- unfinished issues; Offline mode and Sync queue for offline edits were resolved after MOB Sprint 2 had ended.
-- 40 issues created 2023-06-30 .. 2025-03-10 (14 bugs, 11 features, 15 tasks; 5 critical, 12 high, 14 medium, 9 low;
-- 25 done, 6 in_progress, 9 open); 5 unassigned, 13 in no sprint, 6 without story points (161 points in all; three
-- issues tie at the top with 13); grace.kim reported the most (7, 6 of them bugs) and QA reported the most bugs (10);
-- bob.martin is assigned the most (5), omar.farouk the most unfinished ones (2); 6 issues are reported and assigned by
-- the same user; Offline mode took longest to resolve (41 days), Fix broken links in API reference was quickest (6.5
-- hours); Biometric login is in progress but assigned to the inactive marco.rossi.
-- 7 sub-tasks under 4 parents: Add wishlist feature has the most (3) and its sub-task Wishlist e2e tests was resolved
-- after it; 5 sub-tasks have another assignee than their parent; all sub-tasks are type 'task' and done.
-- 32 comments 2023-07-06 .. 2025-03-10; Checkout button unresponsive on Safari has the most (6); henry.osei's "Thanks,
-- works again." on Nightly ETL job times out is the one comment posted after its issue was resolved.
-- 9 labels and 38 issue_labels rows; backend is used the most (8), good-first-issue never; Checkout button
-- unresponsive on Safari carries the most labels (4).
-- 38 work logs 2023-07-10 .. 2025-02-10, 170.0 hours; jonas.berg logged the most (24.5, ahead of bob.martin's 24.0),
-- OAuth2 client credentials flow has the most (21.5), the Platform team the most (51.5); grace.kim and lena.vogel
-- logged time on Checkout button unresponsive on Safari, which is assigned to dev.patel.
-- An energy cluster in the public schema, like Spider's power-plant databases (no declared keys, quoted capitalised
-- names; "Generation"."Plant_ID" and "Outage"."Plant_ID" hold "Power_Plant"."Plant_ID"): 18 plants in 7 countries,
-- Germany has the most (4) and the most capacity (4785 MW); Solar is the commonest fuel (5); Blayais Sud is the
-- biggest (3640 MW), produced the most in total (75100 GWh) and grew most from 2023 to 2024 (+900 GWh); Guadalquivir
-- Termosolar is the smallest (150 MW); Vindeby Nord has no "Generation" row and no outage; 46 "Generation" rows for
-- 2022 .. 2024, Emsland Gaswerk's 2024 "Output_GWh" is NULL; France generated the most in 2024; Almaraz Tres has the
-- best 2023 capacity factor; 8 plants produced less in 2024 than in 2023; 14 outages 2023-02-20 .. 2025-03-17, Hornsea
-- Flats had the most (3), Kingsnorth Ridge the longest (60 days), Refuelling is the commonest cause (3), 7 plants never
-- had one and France lost the most days (97).
-- A charity cluster in the public schema with declared keys: 14 donors, London has the most (4), 4 have no email,
-- Ruth Campbell never donated; 7 campaigns, Clean Water for Schools has the biggest goal (20000), raised the most
-- (11400) and got the most donations (8), Community Garden (2025) has none; Animal Shelter Roof (8750 of 8000) and
-- Winter Coat Drive (5300 of 5000) reached their goals; 37 donations 2023-11-05 .. 2025-03-30 totalling 44175.00, 6
-- anonymous (11500.00), no donor gave twice to one campaign; Priya Shah gave the most (8400 in 5 donations to 5
-- campaigns), Thomas Becker the largest single donation (5000), Hannah Price the smallest (75); Daniel Okoro's 1200 to
-- Library Renovation came after that campaign ended (2024-09-20, ended 2024-09-15).

CREATE SCHEMA tracker;

CREATE TABLE tracker.users (user_id integer PRIMARY KEY, username text NOT NULL UNIQUE, display_name text NOT NULL,
  email text NOT NULL UNIQUE, team text NOT NULL, joined_on date NOT NULL, is_active boolean NOT NULL);

CREATE TABLE tracker.projects (project_id integer PRIMARY KEY, key text NOT NULL UNIQUE, name text NOT NULL UNIQUE,
  lead_user_id integer NOT NULL REFERENCES tracker.users (user_id), created_on date NOT NULL, archived_on date);

CREATE TABLE tracker.sprints (sprint_id integer PRIMARY KEY,
  project_id integer NOT NULL REFERENCES tracker.projects (project_id), name text NOT NULL UNIQUE,
  starts_on date NOT NULL, ends_on date NOT NULL, CHECK (ends_on >= starts_on));

CREATE TABLE tracker.issues (issue_id integer PRIMARY KEY,
  project_id integer NOT NULL REFERENCES tracker.projects (project_id), title text NOT NULL,
  type text NOT NULL CHECK (type IN ('bug', 'feature', 'task')),
  priority text NOT NULL CHECK (priority IN ('low', 'medium', 'high', 'critical')),
  status text NOT NULL CHECK (status IN ('open', 'in_progress', 'done')),
  reporter_id integer NOT NULL REFERENCES tracker.users (user_id),
  assignee_id integer REFERENCES tracker.users (user_id), sprint_id integer REFERENCES tracker.sprints (sprint_id),
  story_points integer, created_at timestamp NOT NULL, resolved_at timestamp,
  parent_issue_id integer REFERENCES tracker.issues (issue_id));

-- comments.user_id holds a users.user_id but has no declared foreign key.
CREATE TABLE tracker.comments (comment_id integer PRIMARY KEY,
  issue_id integer NOT NULL REFERENCES tracker.issues (issue_id), user_id integer NOT NULL, body text NOT NULL,
  posted_at timestamp NOT NULL);

CREATE TABLE tracker.labels (label_id integer PRIMARY KEY, name text NOT NULL UNIQUE, color text NOT NULL);

CREATE TABLE tracker.issue_labels (issue_id integer NOT NULL REFERENCES tracker.issues (issue_id),
  label_id integer NOT NULL REFERENCES tracker.labels (label_id), PRIMARY KEY (issue_id, label_id));

-- work_logs.issue_id holds an issues.issue_id but has no declared foreign key.
CREATE TABLE tracker.work_logs (work_log_id integer PRIMARY KEY, issue_id integer NOT NULL,
  user_id integer NOT NULL REFERENCES tracker.users (user_id), logged_on date NOT NULL,
  hours numeric(4,1) NOT NULL CHECK (hours > 0));

INSERT INTO tracker.users VALUES
  (1, 'alice.chen', 'Alice Chen', 'alice.chen@acme.io', 'Platform', '2023-01-09', true),
  (2, 'bob.martin', 'Bob Martin', 'bob.martin@acme.io', 'Platform', '2023-02-13', true),
  (3, 'carla.diaz', 'Carla Diaz', 'carla.diaz@acme.io', 'Frontend', '2023-03-06', true),
  (4, 'dev.patel', 'Dev Patel', 'dev.patel@acme.io', 'Frontend', '2023-04-17', true),
  (5, 'emma.novak', 'Emma Novak', 'emma.novak@acme.io', 'Mobile', '2023-05-22', true),
  (6, 'farid.haddad', 'Farid Haddad', 'farid.haddad@acme.io', 'Mobile', '2023-07-03', false),
  (7, 'grace.kim', 'Grace Kim', 'grace.kim@acme.io', 'QA', '2023-08-14', true),
  (8, 'henry.osei', 'Henry Osei', 'henry.osei@acme.io', 'Data', '2023-09-25', true),
  (9, 'isla.murphy', 'Isla Murphy', 'isla.murphy@acme.io', 'Data', '2023-11-06', true),
  (10, 'jonas.berg', 'Jonas Berg', 'jonas.berg@acme.io', 'Platform', '2024-01-15', true),
  (11, 'kaito.ito', 'Kaito Ito', 'kaito.ito@acme.io', 'Frontend', '2023-12-04', true),
  (12, 'lena.vogel', 'Lena Vogel', 'lena.vogel@acme.io', 'QA', '2023-12-11', true),
  (13, 'marco.rossi', 'Marco Rossi', 'marco.rossi@acme.io', 'Mobile', '2024-08-12', false),
  (14, 'nora.quinn', 'Nora Quinn', 'nora.quinn@acme.io', 'Data', '2025-01-13', true),
  (15, 'omar.farouk', 'Omar Farouk', 'omar.farouk@acme.io', 'Platform', '2024-04-15', true);

INSERT INTO tracker.projects VALUES
  (1, 'WEB', 'Web Storefront', 3, '2023-03-20', NULL), (2, 'MOB', 'Mobile App', 5, '2023-06-01', NULL),
  (3, 'API', 'Public API', 1, '2023-01-20', NULL), (4, 'DATA', 'Data Pipeline', 8, '2023-10-02', NULL),
  (5, 'OPS', 'Ops Dashboard', 1, '2023-06-05', '2024-12-20'), (6, 'DOC', 'Developer Docs', 2, '2024-04-08', NULL);

INSERT INTO tracker.sprints VALUES
  (1, 1, 'WEB Sprint 1', '2024-01-08', '2024-01-21'), (2, 1, 'WEB Sprint 2', '2024-01-22', '2024-02-04'),
  (3, 1, 'WEB Sprint 3', '2024-02-05', '2024-02-18'), (4, 1, 'WEB Sprint 4', '2025-01-06', '2025-01-19'),
  (5, 2, 'MOB Sprint 1', '2024-03-04', '2024-03-24'), (6, 2, 'MOB Sprint 2', '2024-03-25', '2024-04-14'),
  (7, 2, 'MOB Sprint 3', '2024-09-02', '2024-09-22'), (8, 3, 'API Sprint 1', '2023-10-02', '2023-10-15'),
  (9, 3, 'API Sprint 2', '2024-06-03', '2024-06-30'), (10, 4, 'DATA Sprint 1', '2024-04-01', '2024-04-14'),
  (11, 4, 'DATA Sprint 2', '2025-02-03', '2025-02-16'), (12, 5, 'OPS Sprint 1', '2023-07-03', '2023-07-16'),
  (13, 5, 'OPS Sprint 2', '2024-05-06', '2024-05-19');

-- issue_id, project_id, title, type, priority, status, reporter_id, assignee_id, sprint_id, story_points,
-- created_at, resolved_at, parent_issue_id
INSERT INTO tracker.issues VALUES
  (1, 1, 'Checkout button unresponsive on Safari', 'bug', 'critical', 'done', 7, 4, 1, 3, '2024-01-05 10:15', '2024-01-10 16:40', NULL),
  (2, 1, 'Add wishlist feature', 'feature', 'medium', 'done', 3, 11, 2, 8, '2024-01-18 09:00', '2024-02-02 17:30', NULL),
  (3, 1, 'Design wishlist UI', 'task', 'medium', 'done', 11, 11, 2, 3, '2024-01-19 11:20', '2024-01-26 15:00', 2),
  (4, 1, 'Wishlist API endpoint', 'task', 'medium', 'done', 11, 2, 2, 2, '2024-01-19 11:45', '2024-01-30 12:10', 2),
  (5, 1, 'Wishlist e2e tests', 'task', 'low', 'done', 7, 7, 3, 1, '2024-01-22 14:00', '2024-02-08 10:00', 2),
  (6, 1, 'Product images load slowly', 'bug', 'high', 'done', 12, 4, 3, 5, '2024-02-06 08:30', '2024-02-16 18:20', NULL),
  (7, 1, 'Upgrade to React 18', 'task', 'medium', 'in_progress', 4, 3, 4, 5, '2024-12-18 13:00', NULL, NULL),
  (8, 1, 'Dark mode toggle', 'feature', 'low', 'open', 11, NULL, NULL, NULL, '2024-11-04 16:45', NULL, NULL),
  (9, 1, 'Cart total rounding error', 'bug', 'high', 'in_progress', 12, 11, 4, 3, '2025-01-07 09:10', NULL, NULL),
  (10, 1, 'Cookie banner overlaps footer', 'bug', 'low', 'open', 7, 4, NULL, 1, '2025-02-11 11:00', NULL, NULL),
  (11, 2, 'App crashes on launch on Android 14', 'bug', 'critical', 'done', 7, 5, 5, 5, '2024-03-01 07:50', '2024-03-06 19:00', NULL),
  (12, 2, 'Push notification settings', 'feature', 'medium', 'done', 5, 6, 5, 8, '2024-03-04 10:00', '2024-03-22 16:00', NULL),
  (13, 2, 'Offline mode', 'feature', 'high', 'done', 5, 6, 6, 13, '2024-03-20 09:30', '2024-04-30 17:00', NULL),
  (14, 2, 'Cache API responses locally', 'task', 'high', 'done', 6, 6, 6, 5, '2024-03-26 10:00', '2024-04-12 14:00', 13),
  (15, 2, 'Sync queue for offline edits', 'task', 'high', 'done', 6, 5, 6, 5, '2024-03-26 10:30', '2024-04-29 11:00', 13),
  (16, 2, 'Login fails with SSO', 'bug', 'critical', 'done', 12, 13, 7, 3, '2024-09-03 08:15', '2024-09-05 09:45', NULL),
  (17, 2, 'Biometric login', 'feature', 'medium', 'in_progress', 5, 13, 7, 8, '2024-09-02 11:00', NULL, NULL),
  (18, 2, 'Battery drain in background', 'bug', 'high', 'open', 7, NULL, NULL, NULL, '2025-03-10 15:20', NULL, NULL),
  (19, 2, 'Update app store screenshots', 'task', 'low', 'done', 5, 5, NULL, 1, '2024-10-14 09:00', '2024-10-15 10:30', NULL),
  (20, 3, 'Rate limiting for public endpoints', 'feature', 'high', 'done', 1, 2, 8, 8, '2023-09-28 10:00', '2023-10-13 17:45', NULL),
  (21, 3, '500 error on empty search query', 'bug', 'high', 'done', 7, 2, 8, 2, '2023-10-03 09:20', '2023-10-04 11:05', NULL),
  (22, 3, 'OAuth2 client credentials flow', 'feature', 'critical', 'done', 1, 10, 9, 13, '2024-05-27 14:00', '2024-06-28 16:30', NULL),
  (23, 3, 'Write token refresh tests', 'task', 'medium', 'done', 10, 7, 9, 2, '2024-06-05 10:00', '2024-06-20 15:00', 22),
  (24, 3, 'API versioning strategy', 'task', 'medium', 'open', 1, 1, NULL, NULL, '2024-08-19 12:00', NULL, NULL),
  (25, 3, 'Pagination returns duplicate rows', 'bug', 'medium', 'in_progress', 8, 15, NULL, 3, '2024-11-25 09:40', NULL, NULL),
  (26, 3, 'Deprecate v1 endpoints', 'task', 'low', 'open', 2, 10, NULL, 5, '2025-03-03 13:30', NULL, NULL),
  (27, 4, 'Nightly ETL job times out', 'bug', 'critical', 'done', 8, 9, 10, 5, '2024-03-28 06:10', '2024-04-03 08:00', NULL),
  (28, 4, 'Add data quality checks', 'feature', 'high', 'done', 8, 9, 10, 8, '2024-04-01 09:00', '2024-04-12 17:00', NULL),
  (29, 4, 'Null check for customer_id', 'task', 'medium', 'done', 9, 8, 10, 2, '2024-04-02 10:00', '2024-04-05 12:00', 28),
  (30, 4, 'Migrate warehouse to new cluster', 'task', 'high', 'in_progress', 8, 14, 11, 13, '2025-01-27 10:00', NULL, NULL),
  (31, 4, 'Dashboard shows stale numbers', 'bug', 'medium', 'open', 3, 9, 11, 3, '2025-02-04 14:25', NULL, NULL),
  (32, 4, 'Document table lineage', 'task', 'low', 'open', 14, NULL, NULL, NULL, '2025-02-20 11:10', NULL, NULL),
  (33, 5, 'Server health dashboard', 'feature', 'medium', 'done', 1, 2, 12, 8, '2023-06-30 09:00', '2023-07-14 16:00', NULL),
  (34, 5, 'Alert emails go to spam', 'bug', 'high', 'done', 2, 1, 12, 2, '2023-07-05 08:40', '2023-07-07 10:20', NULL),
  (35, 5, 'On-call rotation page', 'feature', 'low', 'done', 10, 10, 13, 3, '2024-05-02 15:00', '2024-05-17 12:00', NULL),
  (36, 5, 'Disk usage graph wrong units', 'bug', 'low', 'open', 12, NULL, NULL, 1, '2024-07-22 10:30', NULL, NULL),
  (37, 6, 'Getting started guide', 'task', 'high', 'done', 2, 11, NULL, 3, '2024-04-10 10:00', '2024-05-02 17:00', NULL),
  (38, 6, 'Fix broken links in API reference', 'bug', 'medium', 'done', 7, 2, NULL, 1, '2024-06-12 09:15', '2024-06-12 15:45', NULL),
  (39, 6, 'Add code samples in Python', 'task', 'medium', 'in_progress', 2, 15, NULL, NULL, '2024-10-21 11:00', NULL, NULL),
  (40, 6, 'Search in docs site', 'feature', 'low', 'open', 4, NULL, NULL, NULL, '2025-01-15 16:30', NULL, NULL);

INSERT INTO tracker.comments VALUES
  (1, 1, 7, 'Reproduced on Safari 17.2, the button does nothing.', '2024-01-05 10:40'),
  (2, 1, 4, 'Looks like a passive event listener issue, on it.', '2024-01-05 14:05'),
  (3, 1, 3, 'This is blocking sales, please prioritise.', '2024-01-06 09:12'),
  (4, 1, 4, 'Fix deployed to staging.', '2024-01-10 11:30'),
  (5, 1, 7, 'Verified on staging, closing.', '2024-01-10 16:35'),
  (6, 2, 11, 'Splitting this into design, API and tests.', '2024-01-19 11:05'),
  (7, 2, 3, 'Sounds good.', '2024-01-19 12:30'),
  (8, 6, 12, 'Images are 4 MB PNGs, we should serve WebP.', '2024-02-06 09:00'),
  (9, 6, 4, 'Added lazy loading and WebP conversion.', '2024-02-15 17:10'),
  (10, 9, 12, 'Happens when a 15% coupon is applied.', '2025-01-07 09:30'),
  (11, 9, 11, 'Switching to integer cents.', '2025-01-09 13:45'),
  (12, 11, 7, 'Crash log attached, NullPointerException in SplashActivity.', '2024-03-01 08:05'),
  (13, 11, 5, 'Hotfix 3.2.1 submitted to the Play Store.', '2024-03-06 18:40'),
  (14, 13, 6, 'Needs a local cache and a sync queue, created sub-tasks.', '2024-03-26 10:45'),
  (15, 13, 5, 'Sync queue is harder than expected, spilling past the sprint.', '2024-04-15 09:20'),
  (16, 16, 12, 'Only affects Okta users.', '2024-09-03 08:30'),
  (17, 16, 13, 'Redirect URI was wrong in the release build.', '2024-09-04 17:00'),
  (18, 18, 7, 'Drains about 10% per hour with location on.', '2025-03-10 15:40'),
  (19, 20, 2, 'Using a token bucket per API key.', '2023-10-02 11:00'),
  (20, 21, 2, 'Guard clause added.', '2023-10-04 10:50'),
  (21, 22, 1, 'Spec draft is in the wiki.', '2024-05-28 09:30'),
  (22, 22, 15, 'Can we support PKCE later too?', '2024-05-28 15:10'),
  (23, 25, 15, 'Caused by ordering on a non-unique column.', '2024-11-26 10:00'),
  (24, 27, 9, 'Query plan changed after the stats refresh.', '2024-03-28 07:30'),
  (25, 27, 8, 'Thanks, works again.', '2024-04-03 08:20'),
  (26, 30, 14, 'Copying historical partitions first.', '2025-02-05 16:00'),
  (27, 31, 3, 'Numbers are from yesterday even after a refresh.', '2025-02-04 14:40'),
  (28, 34, 1, 'SPF record was missing.', '2023-07-06 12:00'),
  (29, 36, 12, 'Shows GB where it should be GiB.', '2024-07-22 10:45'),
  (30, 38, 2, 'All links fixed.', '2024-06-12 15:40'),
  (31, 1, 12, 'Also seen on iPad.', '2024-01-06 10:00'),
  (32, 39, 2, 'Please cover the pagination helpers too.', '2024-10-22 09:00');

INSERT INTO tracker.labels VALUES
  (1, 'frontend', '#1f77b4'), (2, 'backend', '#ff7f0e'), (3, 'security', '#d62728'), (4, 'performance', '#9467bd'),
  (5, 'ux', '#e377c2'), (6, 'regression', '#8c564b'), (7, 'customer-reported', '#2ca02c'), (8, 'tech-debt', '#7f7f7f'),
  (9, 'good-first-issue', '#17becf');

INSERT INTO tracker.issue_labels VALUES
  (1, 1), (1, 5), (1, 6), (1, 7), (2, 1), (2, 5), (3, 5), (4, 2), (6, 1), (6, 4), (6, 7), (7, 1), (7, 8), (8, 5),
  (9, 1), (9, 6), (11, 6), (11, 7), (13, 2), (16, 3), (16, 6), (18, 4), (18, 7), (20, 2), (20, 3), (21, 2),
  (22, 2), (22, 3), (25, 2), (26, 8), (27, 4), (28, 2), (30, 4), (30, 8), (31, 7), (34, 2), (36, 1), (40, 5);

INSERT INTO tracker.work_logs VALUES
  (1, 1, 4, '2024-01-08', 3.5), (2, 1, 4, '2024-01-09', 5.0), (3, 1, 7, '2024-01-10', 1.0), (4, 3, 11, '2024-01-22', 4.0),
  (5, 3, 11, '2024-01-24', 6.0), (6, 4, 2, '2024-01-29', 5.5), (7, 5, 7, '2024-02-07', 3.0), (8, 6, 4, '2024-02-12', 6.0),
  (9, 6, 4, '2024-02-14', 4.5), (10, 7, 3, '2025-01-08', 2.0), (11, 7, 3, '2025-01-15', 3.5), (12, 9, 11, '2025-01-09', 2.5),
  (13, 11, 5, '2024-03-04', 7.0), (14, 11, 5, '2024-03-05', 4.0), (15, 12, 6, '2024-03-12', 6.5), (16, 12, 6, '2024-03-19', 5.0),
  (17, 14, 6, '2024-04-08', 7.0), (18, 15, 5, '2024-04-22', 6.0), (19, 15, 5, '2024-04-26', 3.0), (20, 16, 13, '2024-09-04', 4.0),
  (21, 17, 13, '2024-09-16', 6.0), (22, 20, 2, '2023-10-05', 6.0), (23, 20, 2, '2023-10-11', 4.0), (24, 21, 2, '2023-10-04', 1.5),
  (25, 22, 10, '2024-06-04', 8.0), (26, 22, 10, '2024-06-11', 7.5), (27, 22, 10, '2024-06-25', 6.0), (28, 23, 7, '2024-06-18', 3.5),
  (29, 27, 9, '2024-04-02', 5.0), (30, 28, 9, '2024-04-09', 6.5), (31, 29, 8, '2024-04-04', 2.0), (32, 30, 14, '2025-02-10', 7.0),
  (33, 33, 2, '2023-07-10', 5.0), (34, 35, 10, '2024-05-14', 3.0), (35, 37, 11, '2024-04-29', 4.5), (36, 38, 2, '2024-06-12', 2.0),
  (37, 25, 15, '2024-12-02', 3.0), (38, 1, 12, '2024-01-10', 0.5);

-- An energy cluster in the public schema, like Spider's power-plant databases: no declared keys, quoted
-- capitalised names; "Generation"."Plant_ID" and "Outage"."Plant_ID" hold "Power_Plant"."Plant_ID".
CREATE TABLE "Power_Plant" ("Plant_ID" integer, "Name" text, "Fuel" text, "Capacity_MW" real, "Country" text);
CREATE TABLE "Generation" ("Plant_ID" integer, "Year" integer, "Output_GWh" real);
CREATE TABLE "Outage" ("Outage_ID" integer, "Plant_ID" integer, "Start_Date" date, "Duration_Days" integer,
  "Cause" text);

INSERT INTO "Power_Plant" VALUES
  (1, 'Kingsnorth Ridge', 'Coal', 2000, 'United Kingdom'), (2, 'Severn Valley CCGT', 'Gas', 1250, 'United Kingdom'),
  (3, 'Hornsea Flats', 'Wind', 1320, 'United Kingdom'), (4, 'Blayais Sud', 'Nuclear', 3640, 'France'),
  (5, 'Rhone Barrage', 'Hydro', 620, 'France'), (6, 'Camargue Solaire', 'Solar', 300, 'France'),
  (7, 'Emsland Gaswerk', 'Gas', 890, 'Germany'), (8, 'Lausitz Braun', 'Coal', 2750, 'Germany'),
  (9, 'Nordsee Offshore Eins', 'Wind', 960, 'Germany'), (10, 'Bavaria Sonnenfeld', 'Solar', 185, 'Germany'),
  (11, 'Alqueva Hidro', 'Hydro', 520, 'Portugal'), (12, 'Alentejo Solar Park', 'Solar', 410, 'Portugal'),
  (13, 'Tejo Eolico', 'Wind', 240, 'Portugal'), (14, 'Almaraz Tres', 'Nuclear', 2100, 'Spain'),
  (15, 'Guadalquivir Termosolar', 'Solar', 150, 'Spain'), (16, 'Castilla Ciclo Combinado', 'Gas', 800, 'Spain'),
  (17, 'Vindeby Nord', 'Wind', 430, 'Denmark'), (18, 'Lombardia Fotovoltaico', 'Solar', 220, 'Italy');

INSERT INTO "Generation" VALUES
  (1, 2022, 7800), (1, 2023, 5100), (1, 2024, 2300), (2, 2022, 5400), (2, 2023, 4900), (2, 2024, 4700),
  (3, 2022, 4600), (3, 2023, 5050), (3, 2024, 4890), (4, 2022, 22400), (4, 2023, 25900), (4, 2024, 26800),
  (5, 2022, 1850), (5, 2023, 2240), (5, 2024, 2410), (6, 2022, 410), (6, 2023, 430), (6, 2024, 445),
  (7, 2022, 3900), (7, 2023, 3350), (7, 2024, NULL), (8, 2022, 16800), (8, 2023, 13200), (8, 2024, 11900),
  (9, 2023, 3100), (9, 2024, 3480), (10, 2022, 190), (10, 2023, 205), (10, 2024, 198),
  (11, 2022, 980), (11, 2023, 1420), (11, 2024, 1650), (12, 2023, 720), (12, 2024, 760),
  (13, 2023, 650), (13, 2024, 590), (14, 2022, 16100), (14, 2023, 15800), (14, 2024, 16500),
  (15, 2022, 420), (15, 2023, 405), (15, 2024, 398), (16, 2022, 3100), (16, 2023, 2600), (16, 2024, 2150),
  (18, 2024, 150);

INSERT INTO "Outage" VALUES
  (1, 4, '2023-04-10', 45, 'Refuelling'), (2, 4, '2024-09-02', 38, 'Refuelling'), (3, 14, '2023-10-16', 30, 'Refuelling'),
  (4, 8, '2023-02-20', 12, 'Boiler leak'), (5, 1, '2024-03-11', 60, 'Decommissioning works'), (6, 3, '2024-01-08', 4, 'Storm damage'),
  (7, 9, '2024-11-25', 6, 'Cable fault'), (8, 7, '2024-07-15', 21, 'Turbine inspection'), (9, 5, '2023-08-01', 14, 'Low river flow'),
  (10, 16, '2025-02-03', 9, 'Turbine inspection'), (11, 3, '2025-01-20', 3, 'Storm damage'), (12, 11, '2023-09-11', 10, 'Dam maintenance'),
  (13, 2, '2025-03-17', 7, 'Grid fault'), (14, 3, '2023-12-04', 2, 'Blade inspection');

-- A charity cluster in the public schema with declared keys.
CREATE TABLE donors (donor_id integer PRIMARY KEY, name text NOT NULL, city text NOT NULL, email text);
CREATE TABLE campaigns (campaign_id integer PRIMARY KEY, title text NOT NULL UNIQUE,
  goal_amount numeric(9,2) NOT NULL, starts_on date NOT NULL, ends_on date NOT NULL);
CREATE TABLE donations (donation_id integer PRIMARY KEY, donor_id integer NOT NULL REFERENCES donors (donor_id),
  campaign_id integer NOT NULL REFERENCES campaigns (campaign_id), amount numeric(9,2) NOT NULL CHECK (amount > 0),
  donated_at timestamp NOT NULL, is_anonymous boolean NOT NULL);

INSERT INTO donors VALUES
  (1, 'Margaret Ellis', 'Bristol', 'm.ellis@mail.com'), (2, 'Ahmed Karimi', 'Leeds', 'ahmed.k@mail.com'),
  (3, 'Sophie Turner', 'Bristol', NULL), (4, 'Liam O''Connor', 'Dublin', 'liam.oc@mail.ie'),
  (5, 'Priya Shah', 'London', 'priya.shah@mail.com'), (6, 'Thomas Becker', 'London', NULL),
  (7, 'Chloe Martin', 'Bristol', 'chloe.m@mail.com'), (8, 'Daniel Okoro', 'Manchester', 'd.okoro@mail.com'),
  (9, 'Hannah Price', 'Leeds', NULL), (10, 'Owen Davies', 'Cardiff', 'owen.d@mail.co.uk'),
  (11, 'Isabel Moreno', 'London', 'isabel.m@mail.com'), (12, 'Ruth Campbell', 'Edinburgh', NULL),
  (13, 'George Hill', 'Manchester', 'george.hill@mail.com'), (14, 'Aisha Bello', 'London', 'aisha.b@mail.com');

INSERT INTO campaigns VALUES
  (1, 'Winter Coat Drive', 5000, '2023-11-01', '2024-01-31'), (2, 'Clean Water for Schools', 20000, '2024-02-01', '2024-06-30'),
  (3, 'Library Renovation', 12000, '2024-03-15', '2024-09-15'), (4, 'Animal Shelter Roof', 8000, '2024-07-01', '2024-10-31'),
  (5, 'Youth Coding Club', 6000, '2024-09-01', '2025-02-28'), (6, 'Flood Relief Appeal', 15000, '2025-01-10', '2025-04-30'),
  (7, 'Community Garden', 3000, '2025-05-01', '2025-08-31');

INSERT INTO donations VALUES
  (1, 1, 1, 250.00, '2023-11-05 10:00', false), (2, 2, 1, 1000.00, '2023-11-20 18:30', false),
  (3, 5, 1, 1500.00, '2023-12-10 12:15', true), (4, 8, 1, 750.00, '2023-12-24 09:00', false),
  (5, 11, 1, 1800.00, '2024-01-15 20:45', false), (6, 1, 2, 500.00, '2024-02-14 11:00', false),
  (7, 4, 2, 2500.00, '2024-03-01 14:20', false), (8, 6, 2, 5000.00, '2024-03-18 16:00', true),
  (9, 10, 2, 300.00, '2024-04-02 09:30', false), (10, 13, 2, 1200.00, '2024-05-11 13:10', false),
  (11, 14, 2, 750.00, '2024-06-20 19:00', false), (12, 2, 2, 1000.00, '2024-06-28 08:45', false),
  (13, 3, 3, 200.00, '2024-03-20 10:10', false), (14, 5, 3, 3000.00, '2024-04-15 15:00', false),
  (15, 7, 3, 450.00, '2024-05-05 12:00', true), (16, 9, 3, 150.00, '2024-06-01 17:25', false),
  (17, 11, 3, 2500.00, '2024-07-19 11:40', false), (18, 1, 3, 600.00, '2024-08-30 09:00', false),
  (19, 8, 3, 1200.00, '2024-09-20 14:00', false), (20, 7, 4, 800.00, '2024-07-04 10:30', false),
  (21, 10, 4, 250.00, '2024-07-22 18:00', false), (22, 13, 4, 4000.00, '2024-08-15 12:00', true),
  (23, 3, 4, 100.00, '2024-09-09 20:15', false), (24, 14, 4, 3200.00, '2024-10-28 16:40', false),
  (25, 5, 5, 1000.00, '2024-09-05 09:15', false), (26, 2, 5, 500.00, '2024-10-10 10:00', false),
  (27, 11, 5, 1500.00, '2024-12-01 13:30', false), (28, 4, 5, 250.00, '2025-01-18 11:00', true),
  (29, 9, 5, 75.00, '2025-02-14 15:45', false), (30, 1, 6, 1000.00, '2025-01-12 08:00', false),
  (31, 6, 6, 2000.00, '2025-01-13 19:30', false), (32, 8, 6, 500.00, '2025-01-20 12:40', false),
  (33, 5, 6, 2500.00, '2025-02-03 17:00', false), (34, 13, 6, 300.00, '2025-02-25 10:20', true),
  (35, 9, 2, 150.00, '2024-04-20 14:10', false), (36, 14, 6, 1000.00, '2025-03-30 16:00', false),
  (37, 5, 4, 400.00, '2024-10-05 12:00', false);
