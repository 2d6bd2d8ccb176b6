-- Ledger in schema fin with prefixed camelCase names (like "sbCustomer"): accounts, customers,
-- invoices, payments, journal entries and lines. Primary keys declared, foreign keys not.
CREATE SCHEMA fin;
CREATE TABLE fin."lgAccount" ("lgAccountId" integer PRIMARY KEY, "lgAccountName" text NOT NULL,
                              "lgAccountType" text NOT NULL, "lgOpenedOn" date NOT NULL);
CREATE TABLE fin."lgCustomer" ("lgCustomerId" integer PRIMARY KEY, "lgCustomerName" text NOT NULL,
                               "lgCity" text NOT NULL, "lgSegment" text NOT NULL);
CREATE TABLE fin."lgInvoice" ("lgInvoiceId" integer PRIMARY KEY, "lgInvCustomerId" integer NOT NULL,
                              "lgInvIssuedOn" date NOT NULL, "lgInvDueOn" date NOT NULL,
                              "lgInvAmount" numeric(12,2) NOT NULL, "lgInvStatus" text NOT NULL);
CREATE TABLE fin."lgPayment" ("lgPaymentId" integer PRIMARY KEY, "lgPayInvoiceId" integer NOT NULL,
                              "lgPaidOn" date NOT NULL, "lgPayAmount" numeric(12,2) NOT NULL, "lgPayMethod" text NOT NULL);
CREATE TABLE fin."lgJournalEntry" ("lgEntryId" integer PRIMARY KEY, "lgEntryDate" date NOT NULL, "lgMemo" text);
CREATE TABLE fin."lgJournalLine" ("lgLineId" integer PRIMARY KEY, "lgLineEntryId" integer NOT NULL,
                                  "lgLineAccountId" integer NOT NULL, "lgDebit" numeric(12,2) NOT NULL DEFAULT 0,
                                  "lgCredit" numeric(12,2) NOT NULL DEFAULT 0);
COMMENT ON COLUMN fin."lgAccount"."lgAccountType" IS 'asset, liability, equity, revenue or expense';
COMMENT ON COLUMN fin."lgInvoice"."lgInvStatus" IS 'open, paid or overdue';

INSERT INTO fin."lgAccount" VALUES (1000, 'Cash', 'asset', '2020-01-01'), (1100, 'Bank', 'asset', '2020-01-01'),
  (1200, 'Accounts Receivable', 'asset', '2020-01-01'), (1500, 'Equipment', 'asset', '2021-03-01'),
  (2000, 'Accounts Payable', 'liability', '2020-01-01'), (2100, 'Loans', 'liability', '2022-06-01'),
  (3000, 'Share Capital', 'equity', '2020-01-01'), (4000, 'Sales Revenue', 'revenue', '2020-01-01'),
  (4100, 'Service Revenue', 'revenue', '2021-01-01'), (5000, 'Rent', 'expense', '2020-01-01'),
  (5100, 'Salaries', 'expense', '2020-01-01'), (5200, 'Utilities', 'expense', '2020-01-01'),
  (5300, 'Travel', 'expense', '2023-01-01');
INSERT INTO fin."lgCustomer"
SELECT g, (ARRAY['Acme','Globex','Initech','Umbrella','Hooli','Stark','Wayne','Wonka','Tyrell','Cyberdyne'])[1 + g % 10]
          || ' ' || (ARRAY['GmbH','Ltd','Inc','SA','AG'])[1 + g % 5] || ' ' || g,
       (ARRAY['Berlin','Hamburg','Vienna','Zurich','Paris','London'])[1 + (g * 7) % 6],
       (ARRAY['enterprise','smb','smb','public'])[1 + (g * 3) % 4]
FROM generate_series(1, 60) g;
INSERT INTO fin."lgInvoice"
SELECT g, 1 + (g * g) % 60, DATE '2024-01-01' + (g * 3) % 700, DATE '2024-01-01' + (g * 3) % 700 + 30,
       round((200 + (g * 7919) % 9800)::numeric, 2), (ARRAY['paid','paid','paid','open','overdue'])[1 + (g * 7) % 5]
FROM generate_series(1, 500) g;
INSERT INTO fin."lgPayment"
SELECT g, i."lgInvoiceId", i."lgInvIssuedOn" + (g % 40), i."lgInvAmount",
       (ARRAY['bank transfer','card','bank transfer','cash'])[1 + g % 4]
FROM generate_series(1, 500) g JOIN fin."lgInvoice" i ON i."lgInvoiceId" = g WHERE i."lgInvStatus" = 'paid';
INSERT INTO fin."lgJournalEntry"
SELECT g, DATE '2024-01-01' + (g * 2) % 700, (ARRAY['Monthly rent','Payroll','Customer payment','Supplier bill',
       'Equipment purchase','Travel expenses'])[1 + g % 6]
FROM generate_series(1, 300) g;
INSERT INTO fin."lgJournalLine"
SELECT 2 * g - 1, g, (ARRAY[5000, 5100, 1100, 1200, 1500, 5300])[1 + g % 6], 100 + (g * 37) % 5000, 0
FROM generate_series(1, 300) g;
INSERT INTO fin."lgJournalLine"
SELECT 2 * g, g, (ARRAY[1100, 1100, 4000, 2000, 2100, 1000])[1 + g % 6], 0, 100 + (g * 37) % 5000
FROM generate_series(1, 300) g;
