-- Library (development-only probe schema): branches, authors, books, book_authors (bridge), copies, members,
-- loans, fines. branches, authors, books, members and book_authors declare their keys (members.home_branch_id
-- and the bridge's columns are foreign keys); copies, loans and fines declare none: their joins are by *_id
-- names only. Loan, due, return and payment dates are relative to the day the schema is seeded; members join
-- and copies are acquired on fixed dates. Books 56-60 have no copies, copies 141-150 were never lent, authors
-- 26-28 have no books, branch 5 holds no copies, members 191-200 never borrowed.
CREATE TABLE branches (branch_id integer PRIMARY KEY, name text NOT NULL, city text NOT NULL, opened_on date NOT NULL);
CREATE TABLE authors (author_id integer PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL,
                      country text NOT NULL, birth_year integer NOT NULL);
CREATE TABLE books (book_id integer PRIMARY KEY, title text NOT NULL, genre text NOT NULL, language text NOT NULL,
                    published_year integer NOT NULL, pages integer NOT NULL);
CREATE TABLE book_authors (book_id integer REFERENCES books, author_id integer REFERENCES authors,
                           PRIMARY KEY (book_id, author_id));
CREATE TABLE copies (copy_id integer, book_id integer, branch_id integer, acquired_on date, condition text,
                     purchase_price numeric(8,2));
CREATE TABLE members (member_id integer PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL,
                      city text NOT NULL, email text, membership_type text NOT NULL, joined_on date NOT NULL,
                      home_branch_id integer REFERENCES branches);
CREATE TABLE loans (loan_id integer, copy_id integer, member_id integer, loan_date date, due_date date,
                    return_date date);
CREATE TABLE fines (fine_id integer, loan_id integer, amount numeric(8,2), paid_on date);
COMMENT ON COLUMN copies.condition IS 'new, good, worn or damaged';
COMMENT ON COLUMN members.membership_type IS 'standard, student or senior';
COMMENT ON COLUMN loans.return_date IS 'empty while the copy is still out';
COMMENT ON COLUMN fines.paid_on IS 'empty while the fine is unpaid';

INSERT INTO branches VALUES (1, 'Central Library', 'Springfield', '1998-05-01'),
  (2, 'Eastside Branch', 'Springfield', '2006-09-12'), (3, 'Westgate Branch', 'Shelbyville', '2011-03-20'),
  (4, 'Hillcrest Branch', 'Ogdenville', '2016-10-03'), (5, 'Riverbank Branch', 'Shelbyville', '2025-02-14');
INSERT INTO authors
SELECT g, (ARRAY['Ada','Bruno','Chiara','Daniel','Emeka','Fatima','Gustav','Hana','Ivan','Julia','Kenji','Lena'])[1 + g % 12],
       (ARRAY['Okafor','Dubois','Tanaka','Miller','Schmidt','Hughes','Moreau','Sato','Adeyemi','Wagner','Clarke'])[1 + (g * 5) % 11],
       (ARRAY['UK','USA','France','Japan','Nigeria','Germany'])[1 + (g * 7) % 6], 1900 + (g * 37) % 100
FROM generate_series(1, 28) g;
INSERT INTO books
SELECT g + 1,
       'The ' || (ARRAY['Silent','Hidden','Last','Golden','Broken','Distant','Secret','Winter','Crimson','Forgotten'])[1 + g % 10]
         || ' ' || (ARRAY['Garden','River','Kingdom','Letter','Orchard','Lighthouse'])[1 + (g / 10) % 6],
       (ARRAY['fiction','mystery','science fiction','history','biography','children','poetry'])[1 + (g * 3) % 7],
       CASE WHEN g % 7 = 3 THEN 'French' WHEN g % 11 = 5 THEN 'Spanish' ELSE 'English' END,
       1950 + (g * 13) % 74, 120 + (g * 37) % 600
FROM generate_series(0, 59) g;
INSERT INTO book_authors
SELECT g + 1, 1 + (g * 7) % 25 FROM generate_series(0, 59) g
UNION ALL SELECT g + 1, 1 + (g * 7 + 3) % 25 FROM generate_series(0, 59) g WHERE g % 5 = 0;
INSERT INTO copies
SELECT g, 1 + (g * 13) % 55, 1 + (g * 3) % 4, DATE '2015-01-01' + (g * 41) % 3500,
       (ARRAY['good','good','worn','new','damaged','good'])[1 + (g * 7) % 6], 8 + (g * 13) % 30 + 0.99
FROM generate_series(1, 150) g;
INSERT INTO members
SELECT g, (ARRAY['Aisha','Ben','Carmen','Dmitri','Eva','Farid','Greta','Hamza','Iris','Jonah','Kate','Luis','Mina'])[1 + (g * 3) % 13],
       (ARRAY['Baker','Novak','Reyes','Frost','Lindqvist','Osei','Park','Rossi','Quinn','Vogel'])[1 + (g * 7) % 10],
       (ARRAY['Springfield','Shelbyville','Ogdenville','Springfield','Capital City','North Haverbrook','Springfield'])[1 + (g * 5) % 7],
       CASE WHEN g % 6 = 0 THEN NULL ELSE 'member' || g || '@example.org' END,
       (ARRAY['standard','standard','student','senior','standard','student'])[1 + (g * 5) % 6],
       DATE '2016-01-01' + (g * 53) % 3400, 1 + g % 5
FROM generate_series(1, 200) g;
INSERT INTO loans
SELECT g, 1 + (g * 13) % 140, 1 + (g * 17 + (g / 13) * 5 + (g % 7) * (g % 5) * 23) % 190, d, d + 21,
       CASE WHEN g % 9 = 0 OR d + (g * 5) % 35 > CURRENT_DATE THEN NULL ELSE d + (g * 5) % 35 END
FROM generate_series(1, 1500) g, LATERAL (SELECT CURRENT_DATE - (g * 7) % 700 AS d) x;
INSERT INTO fines
SELECT row_number() OVER (ORDER BY loan_id), loan_id, round(0.25 * (COALESCE(return_date, CURRENT_DATE) - due_date), 2),
       CASE WHEN loan_id % 3 = 0 OR return_date IS NULL THEN NULL ELSE LEAST(return_date + loan_id % 10, CURRENT_DATE) END
FROM loans WHERE COALESCE(return_date, CURRENT_DATE) > due_date;
