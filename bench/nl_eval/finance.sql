-- Finance (development-only probe schema), modelled on public text-to-SQL benchmark databases (Spider's loan_1,
-- customers_card_transactions, insurance_policies and phone_market).
-- A retail-banking cluster in the non-public schema `bank`: branches (branch_name, city, two-letter state,
-- no_of_customers = customers the branch reports serving, opened_on), employees (job_title, salary, hire_date, the
-- branch they work at; manager_id references employees, NULL for the chief executive), customers (customer_name,
-- credit_score or NULL, home branch branch_id, account_type 'Checking'/'Savings', email or NULL, customer_since),
-- accounts (a customer's account_name such as 'Everyday Checking', opened_on, balance in dollars, negative when
-- overdrawn), cards (card_type 'Credit'/'Debit', card_number as text, valid_from = issue date, valid_to = expiry),
-- transactions (on an account, card_id NULL when no card was used, transaction_type 'Payment'/'Refund'/
-- 'Withdrawal'/'Deposit', positive amount, transaction_at timestamp) and loans (customer, issuing branch, officer_id
-- = the employee who handled it, loan_type 'Mortgage'/'Auto'/'Business', amount, interest_rate in percent,
-- issued_on, is_repaid). Primary keys on all seven tables; foreign keys declared on employees.branch_id,
-- employees.manager_id, customers.branch_id, accounts.customer_id, cards.customer_id, transactions.account_id,
-- loans.customer_id and loans.officer_id, NOT on transactions.card_id (-> cards) nor loans.branch_id (-> branches).
-- Branches are used in two roles: a customer's home branch and a loan's issuing branch.
-- 10 branches in 6 states (IL, MA, NY, CA two each, WA and TX one); Chicago and New York have two branches each;
-- Midtown (New York, 2150) serves the most customers, South Congress (Austin, 430) the fewest and is the newest
-- (2023-03-06); Downtown Main and Midtown opened before 2000. 21 employees: Margaret Chen (Chief Executive
-- Officer, 310000.00, hired first 2008-03-03) has no manager; Robert Alvarez and Priya Natarajan (Regional
-- Directors) report to her and everyone else is below them (9 report directly to one of them); Robert Alvarez
-- has the most direct reports (5); 12 employees manage nobody; 6 loan officers; Midtown has the most employees (5),
-- South Congress none; Harvard Square, Brooklyn Heights, Old Town Pasadena and South Congress have no branch
-- manager; Laura Fischer (2009-10-05) is the longest-serving branch manager; Ethan Cole and Olivia Brennan were
-- hired in 2024; 9 employees work at another branch than their manager. 26 customers, 15 Checking and 11 Savings;
-- Midtown is the home branch of the most (5); Aiko Yamamoto has the best credit score (846) and is the
-- longest-standing customer (2009-04-04), Michael O'Connor the worst (540); Chloe Dubois has no credit score;
-- Olivia Bennett, Carlos Ruiz, Michael O'Connor and Rebecca Stone have no email. 36 accounts, total balance
-- 580201.65: Maria Gonzalez has the most (3); Tyler Brooks and Jonah Fields have none; David Rosen's only account is
-- overdrawn (-125.60); Sarah Mitchell holds the largest account (96500.00) and the largest total (115260.30), then
-- Aiko Yamamoto (103225.50) and Priya Sharma (72990.15), Maria Gonzalez fourth (69260.20); Midtown's customers hold
-- the most money (192851.50); Chloe Dubois and Victoria Hale opened accounts in 2024, Nina Petrova the newest
-- (2025-01-08). 24 cards, 10 Credit and 14 Debit: Sarah Mitchell holds the most (3) and the most recently issued
-- (2025-01-01); James Carter, Maria Gonzalez, Sarah Mitchell, Hannah Schmidt and Priya Sharma have both kinds; 8
-- customers have no card; 5 cards expire in 2025, 3 expired before 2025; Olivia Bennett's credit card and Hannah
-- Schmidt's debit card were never used. 44 transactions from 2024-01-05 to 2025-06-30 (30 in 2024, 14 in 2025;
-- 4 in March 2024; 9 on a weekend): 20 payments, 10 withdrawals, 10 deposits (36130.00, largest 10000.00), 4 refunds;
-- 13 without a card (every deposit and the counter withdrawals of David Rosen, Lucas Moreau and Rebecca Stone);
-- Rebecca Stone made the largest withdrawal (1000.00); Priya Sharma spent the most on card payments (3499.00), Sarah
-- Mitchell made the most transactions (5); payments 6 and 15 were refunded in full; accounts of Maria Gonzalez,
-- Chloe Dubois, Victoria Hale and Nina Petrova (one each) have no transaction; Chloe Dubois, Tyler Brooks and Jonah
-- Fields never made one. 24 loans, 3592000.00 in all (10 Auto, 7 Mortgage, 7 Business; 5 repaid, 19 outstanding;
-- 6 issued in 2024): Downtown Main issued the most (5), Midtown lent the most (1217500.00); Harvard Square, Old Town
-- Pasadena and South Congress issued none; Kevin Walsh handled the most (5); every loan officer handled at least
-- one; Lakeview's loans were handled by its branch manager Aisha Rahman, Brooklyn Heights' by Jason Park of Midtown;
-- Sarah Mitchell has the biggest loan (610000.00 mortgage) and owes the most (652000.00); Tyler Brooks pays the
-- highest rate (9.75); Maria Gonzalez and Sarah Mitchell have two loans each, only Sarah a mortgage and an auto loan;
-- Olivia Bennett, Chloe Dubois, Samuel Okafor and Victoria Hale never borrowed; Sarah Mitchell, Grace Liu and Isaac
-- Thompson borrowed at another branch than their home branch; Tyler Brooks and Jonah Fields borrowed without having
-- an account; Jonah Fields got the most recent loan (2025-05-02); Business has the highest average rate.
-- An insurance cluster in the public schema, like insurance_policies (no declared keys; policies.holder_id =
-- policyholders.holder_id, claims.policy_id = policies.policy_id; not linked to the bank's customers):
-- 13 policyholders, Denver has the most (3), Peter Quinn is the oldest, Sandra Birch has no policy. 20 policies
-- (7 Auto, 6 Home, 4 Life with no end_date, 3 Travel): Frank Delgado holds the most (3); Peter Quinn's life policy
-- has the highest premium (4120.00), Yuki Sato's travel policy the lowest (89.90); Life has the highest average
-- premium. 18 claims: 4 open (claims 5, 9, 16, 18: amount_settled and settlement_date NULL), claim 13 denied
-- (amount_settled 0), claims 3, 6 and 10 paid in full; claim 15 (Victor Nguyen, 52000.00, Fire) is the largest and
-- took the longest to settle (130 days); Frank Delgado filed the most (4), Ellen Harper 3; Yuki Sato, Zoe Hamilton
-- and Sandra Birch never filed one; Home policies have the most claims (9), Life none; Collision is the most common
-- reason (6); San Diego's policyholders claimed the most (61550.00).
-- A phone-market cluster in the public schema, like phone_market (declared keys, quoted mixed-case column names):
-- 12 phones (Verizon 5, T-Mobile 4, AT&T 3; Apple 4, Samsung 3 models): Galaxy S23 Ultra (1379.99) is the most
-- expensive, Moto G Power (199.99) the cheapest; 8 markets: Manhattan is ranked 1 and has the most employees,
-- shops, phone models (5) and total stock (1765); Capitol Hill carries no phone; Xperia 1 V is stocked nowhere;
-- iPhone 15 has the most units in stock (1365) and is the only phone in more than two markets (3).
-- Prices, balances, scores, dates and counts asked about in orderings have no ties.
CREATE SCHEMA bank;
CREATE TABLE bank.branches (branch_id integer PRIMARY KEY, branch_name text NOT NULL, city text NOT NULL,
                            state char(2) NOT NULL, no_of_customers integer NOT NULL, opened_on date NOT NULL);
CREATE TABLE bank.employees (employee_id integer PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL,
                             job_title text NOT NULL, branch_id integer NOT NULL REFERENCES bank.branches,
                             manager_id integer REFERENCES bank.employees, hire_date date NOT NULL,
                             salary numeric(9,2) NOT NULL);
CREATE TABLE bank.customers (customer_id integer PRIMARY KEY, customer_name text NOT NULL, credit_score integer,
                             branch_id integer NOT NULL REFERENCES bank.branches, account_type text NOT NULL,
                             email text, customer_since date NOT NULL);
CREATE TABLE bank.accounts (account_id integer PRIMARY KEY, customer_id integer NOT NULL REFERENCES bank.customers,
                            account_name text NOT NULL, opened_on date NOT NULL, balance numeric(12,2) NOT NULL);
CREATE TABLE bank.cards (card_id integer PRIMARY KEY, customer_id integer NOT NULL REFERENCES bank.customers,
                         card_type text NOT NULL, card_number text NOT NULL UNIQUE, valid_from date NOT NULL,
                         valid_to date NOT NULL);
CREATE TABLE bank.transactions (transaction_id integer PRIMARY KEY,
                                account_id integer NOT NULL REFERENCES bank.accounts, card_id integer,
                                transaction_type text NOT NULL, amount numeric(10,2) NOT NULL,
                                transaction_at timestamp NOT NULL);
CREATE TABLE bank.loans (loan_id integer PRIMARY KEY, customer_id integer NOT NULL REFERENCES bank.customers,
                         branch_id integer NOT NULL, officer_id integer NOT NULL REFERENCES bank.employees,
                         loan_type text NOT NULL, amount numeric(12,2) NOT NULL, interest_rate numeric(4,2) NOT NULL,
                         issued_on date NOT NULL, is_repaid boolean NOT NULL);
COMMENT ON COLUMN bank.branches.no_of_customers IS 'number of customers the branch reports serving (not only those in bank.customers)';
COMMENT ON COLUMN bank.employees.manager_id IS 'the employee this employee reports to, NULL for the chief executive';
COMMENT ON COLUMN bank.employees.salary IS 'yearly salary in US dollars';
COMMENT ON COLUMN bank.customers.credit_score IS 'FICO credit score 300-850, NULL when not yet scored';
COMMENT ON COLUMN bank.customers.branch_id IS 'the customer''s home branch';
COMMENT ON COLUMN bank.customers.account_type IS 'the customer''s primary account type: Checking or Savings';
COMMENT ON COLUMN bank.accounts.balance IS 'current balance in US dollars, negative when overdrawn';
COMMENT ON COLUMN bank.cards.card_type IS 'Credit or Debit';
COMMENT ON COLUMN bank.transactions.card_id IS 'cards.card_id of the card used, NULL when no card was used';
COMMENT ON COLUMN bank.transactions.transaction_type IS 'Payment, Refund, Withdrawal or Deposit';
COMMENT ON COLUMN bank.transactions.amount IS 'amount in US dollars, always positive';
COMMENT ON COLUMN bank.loans.branch_id IS 'branches.branch_id of the branch that issued the loan';
COMMENT ON COLUMN bank.loans.officer_id IS 'the employee who handled the loan';
COMMENT ON COLUMN bank.loans.loan_type IS 'Mortgage, Auto or Business';
COMMENT ON COLUMN bank.loans.interest_rate IS 'yearly interest rate in percent';
COMMENT ON COLUMN bank.loans.is_repaid IS 'true once the loan has been paid off in full';

INSERT INTO bank.branches VALUES
  (1, 'Downtown Main', 'Chicago', 'IL', 1420, '1998-04-01'),
  (2, 'Lakeview', 'Chicago', 'IL', 980, '2005-09-12'),
  (3, 'Back Bay', 'Boston', 'MA', 1210, '2001-03-19'),
  (4, 'Harvard Square', 'Cambridge', 'MA', 640, '2012-06-04'),
  (5, 'Midtown', 'New York', 'NY', 2150, '1995-11-20'),
  (6, 'Brooklyn Heights', 'New York', 'NY', 1130, '2009-02-16'),
  (7, 'Mission District', 'San Francisco', 'CA', 870, '2007-08-27'),
  (8, 'Old Town Pasadena', 'Pasadena', 'CA', 560, '2015-05-11'),
  (9, 'Capitol Hill', 'Seattle', 'WA', 760, '2013-10-07'),
  (10, 'South Congress', 'Austin', 'TX', 430, '2023-03-06');

INSERT INTO bank.employees VALUES
  (1, 'Margaret', 'Chen', 'Chief Executive Officer', 1, NULL, '2008-03-03', 310000.00),
  (2, 'Robert', 'Alvarez', 'Regional Director', 2, 1, '2010-06-14', 186000.00),
  (3, 'Priya', 'Natarajan', 'Regional Director', 5, 1, '2011-09-06', 181500.00),
  (4, 'Thomas', 'O''Brien', 'Branch Manager', 1, 2, '2012-01-09', 128000.00),
  (5, 'Aisha', 'Rahman', 'Branch Manager', 2, 2, '2014-04-22', 119500.00),
  (6, 'Daniel', 'Kim', 'Branch Manager', 3, 3, '2013-07-15', 124000.00),
  (7, 'Laura', 'Fischer', 'Branch Manager', 5, 3, '2009-10-05', 137000.00),
  (8, 'Marcus', 'Johnson', 'Branch Manager', 7, 2, '2016-02-29', 121000.00),
  (9, 'Sofia', 'Moreno', 'Branch Manager', 9, 2, '2018-08-13', 116000.00),
  (10, 'Kevin', 'Walsh', 'Loan Officer', 1, 4, '2015-03-16', 84000.00),
  (11, 'Hannah', 'Lee', 'Loan Officer', 5, 7, '2017-05-08', 88500.00),
  (12, 'Omar', 'Haddad', 'Loan Officer', 3, 6, '2019-11-04', 79000.00),
  (13, 'Emily', 'Novak', 'Loan Officer', 7, 8, '2020-01-21', 81500.00),
  (14, 'Jason', 'Park', 'Loan Officer', 5, 7, '2021-06-01', 76000.00),
  (15, 'Rachel', 'Goldberg', 'Teller', 1, 4, '2022-02-14', 46000.00),
  (16, 'Luis', 'Ortega', 'Teller', 2, 5, '2021-09-20', 44500.00),
  (17, 'Grace', 'Whitfield', 'Teller', 5, 7, '2023-04-03', 47500.00),
  (18, 'Nathan', 'Brooks', 'Teller', 6, 3, '2020-07-27', 45000.00),
  (19, 'Mei', 'Tanaka', 'Loan Officer', 9, 9, '2022-10-10', 78000.00),
  (20, 'Ethan', 'Cole', 'Teller', 8, 2, '2024-01-08', 43000.00),
  (21, 'Olivia', 'Brennan', 'Teller', 4, 3, '2024-06-17', 42500.00);

INSERT INTO bank.customers VALUES
  (1, 'James Carter', 742, 1, 'Checking', 'james.carter@mail.com', '2015-04-12'),
  (2, 'Maria Gonzalez', 801, 1, 'Savings', 'maria.g@mail.com', '2012-09-30'),
  (3, 'Wei Zhang', 688, 2, 'Checking', 'wei.zhang@mail.com', '2018-01-22'),
  (4, 'Olivia Bennett', 765, 3, 'Savings', NULL, '2016-06-05'),
  (5, 'Ahmed Hassan', 612, 5, 'Checking', 'ahmed.hassan@mail.com', '2019-03-14'),
  (6, 'Sarah Mitchell', 829, 5, 'Savings', 'sarah.mitchell@mail.com', '2010-11-08'),
  (7, 'David Rosen', 575, 6, 'Checking', 'drosen@mail.com', '2021-07-19'),
  (8, 'Emily Watson', 703, 7, 'Checking', 'emily.watson@mail.com', '2017-02-27'),
  (9, 'Carlos Ruiz', 648, 7, 'Savings', NULL, '2020-05-03'),
  (10, 'Hannah Schmidt', 790, 3, 'Checking', 'h.schmidt@mail.com', '2014-08-16'),
  (11, 'Kenji Watanabe', 720, 9, 'Savings', 'kenji.w@mail.com', '2019-10-01'),
  (12, 'Fatima Ali', 668, 2, 'Savings', 'fatima.ali@mail.com', '2022-03-09'),
  (13, 'Michael O''Connor', 540, 5, 'Checking', NULL, '2023-01-17'),
  (14, 'Grace Liu', 812, 4, 'Savings', 'grace.liu@mail.com', '2016-12-12'),
  (15, 'Benjamin Wright', 695, 1, 'Checking', 'ben.wright@mail.com', '2013-05-25'),
  (16, 'Chloe Dubois', NULL, 6, 'Savings', 'chloe.dubois@mail.com', '2024-08-02'),
  (17, 'Isaac Thompson', 758, 8, 'Checking', 'isaac.t@mail.com', '2018-09-14'),
  (18, 'Priya Sharma', 781, 5, 'Savings', 'priya.sharma@mail.com', '2011-02-20'),
  (19, 'Lucas Moreau', 630, 9, 'Checking', 'lucas.moreau@mail.com', '2021-11-30'),
  (20, 'Nina Petrova', 735, 3, 'Checking', 'nina.p@mail.com', '2017-07-07'),
  (21, 'Samuel Okafor', 667, 10, 'Checking', 'samuel.okafor@mail.com', '2023-05-21'),
  (22, 'Rebecca Stone', 709, 6, 'Savings', NULL, '2015-10-10'),
  (23, 'Tyler Brooks', 598, 2, 'Checking', 'tyler.brooks@mail.com', '2024-02-11'),
  (24, 'Aiko Yamamoto', 846, 7, 'Savings', 'aiko.y@mail.com', '2009-04-04'),
  (25, 'Jonah Fields', 622, 1, 'Checking', 'jonah.fields@mail.com', '2022-12-01'),
  (26, 'Victoria Hale', 756, 5, 'Checking', 'v.hale@mail.com', '2020-09-18');

INSERT INTO bank.accounts VALUES
  (1, 1, 'Everyday Checking', '2015-04-12', 3250.75),
  (2, 1, 'Rainy Day Savings', '2016-01-05', 12800.00),
  (3, 2, 'Everyday Checking', '2012-09-30', 5410.20),
  (4, 2, 'High Yield Savings', '2013-03-18', 48250.00),
  (5, 2, 'College Fund', '2019-08-21', 15600.00),
  (6, 3, 'Everyday Checking', '2018-01-22', 1875.40),
  (7, 4, 'High Yield Savings', '2016-06-05', 22340.10),
  (8, 5, 'Everyday Checking', '2019-03-14', 940.85),
  (9, 6, 'Premier Checking', '2010-11-08', 18760.30),
  (10, 6, 'High Yield Savings', '2011-05-02', 96500.00),
  (11, 7, 'Everyday Checking', '2021-07-19', -125.60),
  (12, 8, 'Everyday Checking', '2017-02-27', 2680.00),
  (13, 8, 'Holiday Fund', '2022-10-01', 1450.00),
  (14, 9, 'Rainy Day Savings', '2020-05-03', 7320.45),
  (15, 10, 'Premier Checking', '2014-08-16', 9875.00),
  (16, 10, 'High Yield Savings', '2015-02-10', 31200.00),
  (17, 11, 'Rainy Day Savings', '2019-10-01', 11050.75),
  (18, 11, 'Everyday Checking', '2020-01-15', 2210.30),
  (19, 12, 'Rainy Day Savings', '2022-03-09', 4300.00),
  (20, 13, 'Everyday Checking', '2023-01-17', 315.20),
  (21, 14, 'High Yield Savings', '2016-12-12', 57400.00),
  (22, 14, 'Everyday Checking', '2017-04-03', 3925.60),
  (23, 15, 'Everyday Checking', '2013-05-25', 4480.90),
  (24, 16, 'Rainy Day Savings', '2024-08-02', 2500.00),
  (25, 17, 'Everyday Checking', '2018-09-14', 6120.35),
  (26, 18, 'High Yield Savings', '2011-02-20', 64250.00),
  (27, 18, 'Premier Checking', '2011-03-01', 8740.15),
  (28, 19, 'Everyday Checking', '2021-11-30', 1190.00),
  (29, 20, 'Everyday Checking', '2017-07-07', 3360.45),
  (30, 21, 'Everyday Checking', '2023-05-21', 780.00),
  (31, 22, 'Rainy Day Savings', '2015-10-10', 19880.00),
  (32, 24, 'High Yield Savings', '2009-04-04', 88900.00),
  (33, 24, 'Premier Checking', '2009-04-20', 14325.50),
  (34, 26, 'Everyday Checking', '2020-09-18', 2745.00),
  (35, 26, 'Holiday Fund', '2024-11-20', 600.00),
  (36, 20, 'College Fund', '2025-01-08', 5000.00);

INSERT INTO bank.cards VALUES
  (1, 1, 'Debit', '4532015112830366', '2022-03-01', '2026-02-28'),
  (2, 1, 'Credit', '5425233430109903', '2023-06-01', '2027-05-31'),
  (3, 2, 'Debit', '4716108999716531', '2021-09-01', '2025-08-31'),
  (4, 2, 'Credit', '5105105105105100', '2022-11-01', '2026-10-31'),
  (5, 3, 'Debit', '4929420637212486', '2023-02-01', '2027-01-31'),
  (6, 4, 'Credit', '5555555555554444', '2020-05-01', '2024-04-30'),
  (7, 5, 'Debit', '4485275742308327', '2022-07-01', '2026-06-30'),
  (8, 6, 'Credit', '5200828282828210', '2021-01-01', '2024-12-31'),
  (9, 6, 'Debit', '4024007134564842', '2023-04-01', '2027-03-31'),
  (10, 6, 'Credit', '5388254012675219', '2025-01-01', '2028-12-31'),
  (11, 8, 'Debit', '4539578763621486', '2022-05-01', '2026-04-30'),
  (12, 9, 'Debit', '4916338506082832', '2020-06-01', '2024-05-31'),
  (13, 10, 'Credit', '5454545454545454', '2023-09-01', '2027-08-31'),
  (14, 10, 'Debit', '4556737586899855', '2021-12-01', '2025-11-30'),
  (15, 11, 'Debit', '4532756279624064', '2024-01-01', '2027-12-31'),
  (16, 12, 'Debit', '4024007148673576', '2022-03-01', '2026-02-28'),
  (17, 14, 'Credit', '5123450000000008', '2022-08-01', '2026-07-31'),
  (18, 15, 'Debit', '4916592289993918', '2021-04-01', '2025-03-31'),
  (19, 17, 'Credit', '5204740000001002', '2024-03-01', '2028-02-29'),
  (20, 18, 'Credit', '5577000055770004', '2023-10-01', '2027-09-30'),
  (21, 18, 'Debit', '4263982640269299', '2022-01-01', '2025-12-31'),
  (22, 20, 'Debit', '4917484589897107', '2023-05-01', '2027-04-30'),
  (23, 24, 'Credit', '5399999999999999', '2021-02-01', '2025-01-31'),
  (24, 26, 'Debit', '4007702835532454', '2024-10-01', '2028-09-30');

INSERT INTO bank.transactions VALUES
  (1, 1, 1, 'Payment', 54.20, '2024-01-05 09:14:00'),
  (2, 1, 2, 'Payment', 320.00, '2024-01-18 19:42:00'),
  (3, 2, NULL, 'Deposit', 1500.00, '2024-02-01 10:00:00'),
  (4, 3, 3, 'Withdrawal', 200.00, '2024-02-03 12:30:00'),
  (5, 4, NULL, 'Deposit', 5000.00, '2024-02-15 11:05:00'),
  (6, 3, 4, 'Payment', 1249.99, '2024-03-02 16:20:00'),
  (7, 3, 4, 'Refund', 1249.99, '2024-03-09 10:45:00'),
  (8, 6, 5, 'Payment', 87.35, '2024-03-11 08:55:00'),
  (9, 7, NULL, 'Deposit', 2500.00, '2024-03-28 14:10:00'),
  (10, 8, 7, 'Withdrawal', 60.00, '2024-04-04 21:15:00'),
  (11, 9, 8, 'Payment', 2380.00, '2024-04-19 13:00:00'),
  (12, 10, NULL, 'Deposit', 10000.00, '2024-05-01 09:30:00'),
  (13, 9, 9, 'Withdrawal', 400.00, '2024-05-07 17:45:00'),
  (14, 11, NULL, 'Withdrawal', 300.00, '2024-05-20 11:25:00'),
  (15, 12, 11, 'Payment', 45.60, '2024-06-02 18:05:00'),
  (16, 12, 11, 'Refund', 45.60, '2024-06-06 09:10:00'),
  (17, 14, 12, 'Payment', 129.99, '2024-05-14 15:35:00'),
  (18, 15, 13, 'Payment', 860.40, '2024-07-01 20:50:00'),
  (19, 16, NULL, 'Deposit', 3000.00, '2024-07-15 10:20:00'),
  (20, 17, 15, 'Payment', 72.15, '2024-08-03 12:00:00'),
  (21, 19, 16, 'Withdrawal', 150.00, '2024-08-22 16:40:00'),
  (22, 21, 17, 'Payment', 1675.00, '2024-09-09 14:25:00'),
  (23, 21, NULL, 'Deposit', 7500.00, '2024-09-30 09:05:00'),
  (24, 23, 18, 'Payment', 38.90, '2024-10-12 11:50:00'),
  (25, 25, 19, 'Payment', 540.00, '2024-10-28 19:30:00'),
  (26, 26, 20, 'Payment', 3499.00, '2024-11-15 13:15:00'),
  (27, 26, 20, 'Refund', 450.00, '2024-11-29 10:00:00'),
  (28, 27, 21, 'Withdrawal', 500.00, '2024-12-06 18:20:00'),
  (29, 29, 22, 'Payment', 64.75, '2024-12-19 17:05:00'),
  (30, 32, 23, 'Payment', 1890.00, '2024-12-23 12:40:00'),
  (31, 33, NULL, 'Deposit', 4200.00, '2025-01-06 09:45:00'),
  (32, 1, 1, 'Withdrawal', 100.00, '2025-01-14 08:20:00'),
  (33, 9, 10, 'Payment', 615.25, '2025-02-02 20:10:00'),
  (34, 18, 15, 'Withdrawal', 80.00, '2025-02-17 13:35:00'),
  (35, 20, NULL, 'Deposit', 450.00, '2025-03-03 10:15:00'),
  (36, 28, NULL, 'Withdrawal', 200.00, '2025-03-21 15:00:00'),
  (37, 34, 24, 'Payment', 230.80, '2025-04-08 19:25:00'),
  (38, 13, 11, 'Payment', 312.40, '2025-04-26 14:45:00'),
  (39, 30, NULL, 'Deposit', 780.00, '2025-05-09 11:10:00'),
  (40, 22, 17, 'Payment', 94.30, '2025-05-30 16:55:00'),
  (41, 16, NULL, 'Deposit', 1200.00, '2025-06-12 10:05:00'),
  (42, 15, 13, 'Refund', 120.00, '2025-06-20 12:25:00'),
  (43, 31, NULL, 'Withdrawal', 1000.00, '2025-06-28 15:40:00'),
  (44, 9, 9, 'Payment', 146.70, '2025-06-30 10:30:00');

INSERT INTO bank.loans VALUES
  (1, 1, 1, 10, 'Mortgage', 320000.00, 4.25, '2019-06-14', false),
  (2, 2, 1, 10, 'Auto', 28500.00, 5.90, '2021-03-02', true),
  (3, 3, 2, 5, 'Auto', 19800.00, 6.40, '2022-08-19', false),
  (4, 5, 5, 11, 'Business', 75000.00, 7.25, '2023-02-10', false),
  (5, 6, 5, 11, 'Mortgage', 610000.00, 3.85, '2018-09-27', false),
  (6, 6, 6, 14, 'Auto', 42000.00, 5.50, '2024-04-05', false),
  (7, 7, 6, 14, 'Auto', 15500.00, 8.10, '2023-11-13', false),
  (8, 8, 7, 13, 'Mortgage', 455000.00, 4.60, '2020-05-22', false),
  (9, 9, 7, 13, 'Business', 60000.00, 7.80, '2024-07-30', false),
  (10, 10, 3, 12, 'Mortgage', 385000.00, 4.10, '2017-12-04', true),
  (11, 11, 9, 19, 'Auto', 24700.00, 6.15, '2023-06-16', false),
  (12, 12, 2, 5, 'Business', 35000.00, 7.95, '2024-10-02', false),
  (13, 13, 5, 14, 'Auto', 12500.00, 9.20, '2024-12-18', false),
  (14, 15, 1, 10, 'Business', 90000.00, 6.85, '2022-01-25', false),
  (15, 18, 5, 11, 'Mortgage', 520000.00, 3.95, '2016-04-11', true),
  (16, 19, 9, 19, 'Business', 45000.00, 7.40, '2025-02-06', false),
  (17, 20, 3, 12, 'Auto', 31200.00, 5.75, '2024-01-29', false),
  (18, 22, 6, 14, 'Mortgage', 298000.00, 4.45, '2021-10-08', false),
  (19, 23, 2, 5, 'Auto', 9800.00, 9.75, '2025-03-14', false),
  (20, 24, 7, 13, 'Business', 150000.00, 6.60, '2019-03-21', true),
  (21, 25, 1, 10, 'Mortgage', 275000.00, 4.80, '2025-05-02', false),
  (22, 2, 1, 10, 'Business', 40000.00, 6.95, '2024-06-11', false),
  (23, 14, 3, 12, 'Auto', 27600.00, 5.60, '2020-09-09', true),
  (24, 17, 7, 13, 'Auto', 22400.00, 6.05, '2023-08-08', false);

CREATE TABLE policyholders (holder_id integer, full_name text, date_of_birth date, city text);
CREATE TABLE policies (policy_id integer, holder_id integer, policy_type text, start_date date, end_date date,
                       annual_premium numeric(8,2));
CREATE TABLE claims (claim_id integer, policy_id integer, claim_date date, claim_reason text,
                     amount_claimed numeric(10,2), amount_settled numeric(10,2), settlement_date date);
COMMENT ON COLUMN policies.holder_id IS 'policyholders.holder_id of the insured person';
COMMENT ON COLUMN policies.policy_type IS 'Auto, Home, Life or Travel';
COMMENT ON COLUMN policies.end_date IS 'last day of cover, NULL for open-ended (life) policies';
COMMENT ON COLUMN policies.annual_premium IS 'yearly premium in US dollars';
COMMENT ON COLUMN claims.policy_id IS 'policies.policy_id the claim is made under';
COMMENT ON COLUMN claims.amount_settled IS 'amount paid out in US dollars, NULL while the claim is open, 0 when denied';
COMMENT ON COLUMN claims.settlement_date IS 'date the claim was settled, NULL while it is open';

INSERT INTO policyholders VALUES
  (1, 'Ellen Harper', '1978-02-14', 'Denver'),
  (2, 'Raj Patel', '1985-07-30', 'Phoenix'),
  (3, 'Monica Alvarez', '1969-11-03', 'Denver'),
  (4, 'George Whitman', '1955-05-21', 'Tampa'),
  (5, 'Lena Kowalski', '1990-09-12', 'Portland'),
  (6, 'Brian Osei', '1982-01-27', 'Phoenix'),
  (7, 'Yuki Sato', '1995-04-08', 'Portland'),
  (8, 'Frank Delgado', '1960-12-19', 'Tampa'),
  (9, 'Zoe Hamilton', '1988-06-25', 'Denver'),
  (10, 'Victor Nguyen', '1973-03-16', 'San Diego'),
  (11, 'Clara Jensen', '2000-10-01', 'San Diego'),
  (12, 'Peter Quinn', '1949-08-09', 'Orlando'),
  (13, 'Sandra Birch', '1992-03-22', 'Boise');

INSERT INTO policies VALUES
  (1, 1, 'Auto', '2022-01-01', '2025-12-31', 1180.00),
  (2, 1, 'Home', '2020-05-15', '2026-05-14', 1640.00),
  (3, 2, 'Auto', '2023-03-01', '2026-02-28', 1325.50),
  (4, 3, 'Life', '2015-09-01', NULL, 2400.00),
  (5, 3, 'Home', '2018-04-10', '2026-04-09', 1895.00),
  (6, 4, 'Life', '2010-02-01', NULL, 3650.00),
  (7, 4, 'Travel', '2024-06-01', '2024-06-30', 145.00),
  (8, 5, 'Auto', '2021-08-20', '2025-08-19', 980.75),
  (9, 6, 'Home', '2022-11-01', '2025-10-31', 1520.00),
  (10, 6, 'Auto', '2024-02-01', '2027-01-31', 1410.25),
  (11, 7, 'Travel', '2024-12-10', '2025-01-05', 89.90),
  (12, 8, 'Home', '2016-07-01', '2026-06-30', 2105.00),
  (13, 8, 'Auto', '2019-03-15', '2025-03-14', 1255.00),
  (14, 8, 'Life', '2012-10-01', NULL, 2980.00),
  (15, 9, 'Auto', '2023-09-01', '2026-08-31', 1099.00),
  (16, 10, 'Home', '2021-01-15', '2027-01-14', 1760.40),
  (17, 10, 'Travel', '2025-03-01', '2025-03-21', 132.50),
  (18, 11, 'Auto', '2024-07-01', '2027-06-30', 1575.00),
  (19, 12, 'Life', '2008-05-01', NULL, 4120.00),
  (20, 12, 'Home', '2005-09-01', '2026-08-31', 1985.00);

INSERT INTO claims VALUES
  (1, 1, '2022-07-19', 'Collision', 4200.00, 3900.00, '2022-08-30'),
  (2, 2, '2021-02-11', 'Water Damage', 12500.00, 11000.00, '2021-04-02'),
  (3, 3, '2024-01-08', 'Collision', 2850.00, 2850.00, '2024-02-01'),
  (4, 5, '2019-08-23', 'Storm', 18750.00, 15200.00, '2019-11-15'),
  (5, 5, '2025-05-30', 'Theft', 6400.00, NULL, NULL),
  (6, 7, '2024-06-18', 'Trip Cancellation', 980.00, 980.00, '2024-07-10'),
  (7, 8, '2023-12-02', 'Theft', 9600.00, 7250.00, '2024-02-19'),
  (8, 9, '2024-03-14', 'Fire', 36500.00, 33800.00, '2024-06-28'),
  (9, 10, '2025-04-22', 'Collision', 3150.00, NULL, NULL),
  (10, 12, '2017-01-09', 'Water Damage', 8800.00, 8800.00, '2017-03-01'),
  (11, 12, '2024-10-30', 'Storm', 14200.00, 12600.00, '2025-01-17'),
  (12, 13, '2020-11-05', 'Collision', 5100.00, 4600.00, '2020-12-18'),
  (13, 13, '2023-06-12', 'Collision', 2300.00, 0.00, '2023-07-20'),
  (14, 2, '2024-08-27', 'Theft', 1750.00, 1500.00, '2024-09-25'),
  (15, 16, '2022-04-03', 'Fire', 52000.00, 48750.00, '2022-08-11'),
  (16, 17, '2025-03-12', 'Medical', 2650.00, NULL, NULL),
  (17, 18, '2025-02-14', 'Collision', 6900.00, 6300.00, '2025-04-04'),
  (18, 20, '2025-06-03', 'Storm', 9750.00, NULL, NULL);

CREATE TABLE phone ("Phone_ID" integer PRIMARY KEY, "Name" text NOT NULL, "Brand" text NOT NULL,
                    "Memory_in_G" integer NOT NULL, "Carrier" text NOT NULL, "Price" numeric(7,2) NOT NULL,
                    "Launch_Year" integer NOT NULL);
CREATE TABLE market ("Market_ID" integer PRIMARY KEY, "District" text NOT NULL, "Num_of_employees" integer NOT NULL,
                     "Num_of_shops" integer NOT NULL, "Ranking" integer NOT NULL);
CREATE TABLE phone_market ("Market_ID" integer NOT NULL REFERENCES market ("Market_ID"),
                           "Phone_ID" integer NOT NULL REFERENCES phone ("Phone_ID"),
                           "Num_of_stock" integer NOT NULL, PRIMARY KEY ("Market_ID", "Phone_ID"));
COMMENT ON COLUMN phone."Memory_in_G" IS 'storage in gigabytes';
COMMENT ON COLUMN phone."Price" IS 'price in US dollars';
COMMENT ON COLUMN market."Ranking" IS 'sales ranking of the market district, 1 is the best';
COMMENT ON COLUMN phone_market."Num_of_stock" IS 'units of the phone in stock in the market';

INSERT INTO phone VALUES
  (1, 'Galaxy S23', 'Samsung', 128, 'Verizon', 799.99, 2023),
  (2, 'Galaxy S23 Ultra', 'Samsung', 512, 'AT&T', 1379.99, 2023),
  (3, 'Galaxy A54', 'Samsung', 128, 'T-Mobile', 449.99, 2023),
  (4, 'iPhone 15', 'Apple', 128, 'Verizon', 829.00, 2023),
  (5, 'iPhone 15 Pro Max', 'Apple', 256, 'AT&T', 1199.00, 2023),
  (6, 'iPhone 16', 'Apple', 256, 'T-Mobile', 929.00, 2024),
  (7, 'iPhone SE', 'Apple', 64, 'Verizon', 429.00, 2022),
  (8, 'Pixel 8', 'Google', 128, 'Verizon', 699.00, 2023),
  (9, 'Pixel 9 Pro', 'Google', 256, 'T-Mobile', 999.00, 2024),
  (10, 'Moto G Power', 'Motorola', 64, 'T-Mobile', 199.99, 2024),
  (11, 'Xperia 1 V', 'Sony', 256, 'AT&T', 1099.50, 2023),
  (12, 'OnePlus 12', 'OnePlus', 512, 'Verizon', 849.00, 2024);

INSERT INTO market VALUES
  (1, 'Downtown Chicago', 320, 18, 3),
  (2, 'Manhattan', 540, 31, 1),
  (3, 'Brooklyn', 410, 24, 2),
  (4, 'South Boston', 150, 9, 6),
  (5, 'Silicon Valley', 290, 15, 4),
  (6, 'Capitol Hill', 95, 6, 8),
  (7, 'Austin Central', 210, 12, 5),
  (8, 'Pasadena', 120, 8, 7);

INSERT INTO phone_market VALUES
  (1, 1, 420), (1, 4, 380), (1, 8, 150), (1, 10, 610),
  (2, 2, 95), (2, 4, 720), (2, 5, 260), (2, 6, 510), (2, 9, 180),
  (3, 1, 310), (3, 3, 475), (3, 7, 90), (3, 12, 140),
  (4, 3, 220), (4, 10, 330),
  (5, 8, 405), (5, 9, 290), (5, 5, 115),
  (7, 4, 265), (7, 6, 150), (7, 12, 75),
  (8, 7, 60);
