-- Scholar (development-only probe schema), modelled on public text-to-SQL benchmark databases (academic / scholar,
-- debate and journal_committee).
-- An academic publishing cluster in the non-public schema `pubs`, like the academic and scholar databases:
-- organization (name, org_type 'University' / 'Company' / 'Research Institute', country, continent), author (name,
-- org_id = the affiliation, NULL for an independent researcher), conference (name is the acronym such as SIGMOD,
-- full_name, area), journal (name, publisher, impact_factor), paper (title, year, citation_num = the total citation
-- count from all sources or NULL, conf_id or journal_id = the venue, both NULL for a preprint, is_open_access),
-- writes (author_id, paper_id, author_position 1 = first author), cites (citing_paper_id, cited_paper_id: paper in
-- two roles), keyword and paper_keyword. Primary keys on all nine tables; foreign keys declared on author.org_id,
-- paper.conf_id, writes, both columns of cites and paper_keyword.paper_id, NOT on paper.journal_id (-> journal) nor
-- paper_keyword.keyword_id (-> keyword).
-- 14 organizations in 11 countries on 6 continents (North America 5, Europe 3, Asia 3, one each in Oceania, South
-- America and Africa); Microsoft Research is the only company, Max Planck Institute for Informatics the only
-- research institute; University of Cape Town (the only one in Africa) has no author. 28 authors: Stanford
-- University has the most (3, Carla Rossi, David Kim, Zoe Walker), University of Melbourne one (Olivia Brown);
-- Samuel Okafor and Amir Naderi have no affiliation; Victor Dubois and Beatriz Santos wrote no paper. 9 conferences
-- (areas Databases: SIGMOD, VLDB; Machine Learning: NeurIPS, ICML; then ACL, CVPR, OSDI, STOC, KDD): SIGMOD has the
-- most papers (4), STOC none, NeurIPS the highest average citation_num (1095). 7 journals: Nature Machine
-- Intelligence has the highest impact factor (23.813) and no paper; ACM Transactions on Database Systems has the
-- lowest (1.840) and the most papers (2); ACM publishes two of the journals.
-- 30 papers, 2012 .. 2024: 21 at conferences, 7 in journals, 2 preprints with no venue (Large Language Models as
-- Database Tuners, On the Limits of In-Context Learning); 16 open access (53.33%); 2021 has the most papers (4);
-- Energy-Efficient Training of Deep Networks (2012) is the oldest and the most cited (1540), then Attention Is Not
-- Enough: Sparse Transformers at Scale (1290) and Self-Supervised Depth Estimation from Video (1105, the most cited
-- journal paper); On the Limits of In-Context Learning has NULL citation_num; citation_num sums to 12116 and
-- averages 417.79. 73 writes rows (2 or 3 authors a paper): Alice Chen wrote the most papers (5) and was first
-- author most often (3); Bob Martinez, Ingrid Svensson, Kavya Iyer and Nikhil Rao wrote 4; Grace Liu has the highest
-- total citation_num (3033); Olivia Brown, Samuel Okafor and Xavier Moreau wrote papers but never as first author;
-- Liam O'Connor published only in journals; Bob Martinez is the only author at both SIGMOD and VLDB, Kavya Iyer the
-- only one at both a Databases and a Machine Learning conference. Counted once per paper, MIT authors wrote the most
-- papers (7), Stanford authors 6; Toronto's three papers have 3033 citations; University of Toronto, Max Planck
-- Institute for Informatics and University of Tokyo have no open access paper. 42 cites rows: Adaptive Query
-- Processing for Streaming Joins is cited by the most papers (5), Large Language Models as Database Tuners cites the
-- most (5); 10 papers are never cited and 7 cite nothing; 16 papers cite a paper sharing one of their authors.
-- 15 keywords, 49 paper_keyword rows: deep learning is on the most papers (11), quantum computing on none; Kernel
-- Methods for Structured Prediction and Transaction Processing on Modern Hardware have no keyword.
-- A debate cluster in the public schema, like debate (declared keys): people (13: 6 Republican, 5 Democratic, 2
-- Independent; Carl Jensen, 66, is the oldest; Sophie Laurent has no age), debate (11 debates 2019-10-15 ..
-- 2025-01-22 at 5 venues; Ohio State University, Columbus hosted the most (3); 2022-10-20 had the largest audience
-- (3100); the 2023-05-11 audience was not counted (NULL); 2025-01-22 has no pairing) and debate_people (16 pairings,
-- affirmative and negative both reference people: people in two roles; the affirmative side won 8, 50%). Thomas
-- Hale took part in the most debates (4) and argued only the affirmative side, Denise Carter only the negative;
-- Priya Natarajan won the most (3); Alan Brooks and Carl Jensen debated but never won; Nadia Rahman and Greg Sullivan
-- never debated.
-- A magazine cluster in the public schema, like journal_committee (no declared keys, quoted mixed-case columns;
-- joins on "Editor_ID" and "Journal_ID"; public.journal is a magazine issue, not pubs.journal): journal (12 issues
-- 2021-01-15 .. 2023-12-01 with a unique "Theme" and "Sales"; Island Hopping sold the most (6340), Desert Nights the
-- fewest (1725)), editor (9; Aisha Bello, 29, is the youngest, Peter Vance, 63, the oldest; Greta Holm is on no
-- committee) and journal_committee (15 rows, "Work_Type" Photo 6, Article 5, Title 4; Daniel Mercer is on the most
-- issues (3); Jazz Cities has no editor). Values asked about in orderings and superlatives have no ties.
CREATE SCHEMA pubs;
CREATE TABLE pubs.organization (org_id integer PRIMARY KEY, name text NOT NULL, org_type text NOT NULL,
                                country text NOT NULL, continent text NOT NULL);
CREATE TABLE pubs.author (author_id integer PRIMARY KEY, name text NOT NULL,
                          org_id integer REFERENCES pubs.organization);
CREATE TABLE pubs.conference (conf_id integer PRIMARY KEY, name text NOT NULL, full_name text NOT NULL,
                              area text NOT NULL);
CREATE TABLE pubs.journal (journal_id integer PRIMARY KEY, name text NOT NULL, publisher text NOT NULL,
                           impact_factor numeric(6,3) NOT NULL);
CREATE TABLE pubs.paper (paper_id integer PRIMARY KEY, title text NOT NULL, year integer NOT NULL,
                         citation_num integer, conf_id integer REFERENCES pubs.conference, journal_id integer,
                         is_open_access boolean NOT NULL);
CREATE TABLE pubs.writes (author_id integer NOT NULL REFERENCES pubs.author,
                          paper_id integer NOT NULL REFERENCES pubs.paper,
                          author_position integer NOT NULL, PRIMARY KEY (author_id, paper_id));
CREATE TABLE pubs.cites (citing_paper_id integer NOT NULL REFERENCES pubs.paper,
                         cited_paper_id integer NOT NULL REFERENCES pubs.paper,
                         PRIMARY KEY (citing_paper_id, cited_paper_id));
CREATE TABLE pubs.keyword (keyword_id integer PRIMARY KEY, keyword text NOT NULL);
CREATE TABLE pubs.paper_keyword (paper_id integer NOT NULL REFERENCES pubs.paper, keyword_id integer NOT NULL,
                                 PRIMARY KEY (paper_id, keyword_id));
COMMENT ON COLUMN pubs.organization.org_type IS 'University, Company or Research Institute';
COMMENT ON COLUMN pubs.author.org_id IS 'the author''s organization (affiliation), NULL for an independent researcher';
COMMENT ON COLUMN pubs.conference.name IS 'short name (acronym) such as SIGMOD';
COMMENT ON COLUMN pubs.journal.impact_factor IS 'journal impact factor';
COMMENT ON COLUMN pubs.paper.year IS 'publication year';
COMMENT ON COLUMN pubs.paper.citation_num IS 'total number of citations the paper has received (all sources), NULL when unknown';
COMMENT ON COLUMN pubs.paper.conf_id IS 'conference where the paper appeared, NULL if not a conference paper';
COMMENT ON COLUMN pubs.paper.journal_id IS 'journal.journal_id where the paper appeared, NULL if not a journal paper';
COMMENT ON COLUMN pubs.writes.author_position IS '1 for the first author, 2 for the second, ...';
COMMENT ON COLUMN pubs.cites.citing_paper_id IS 'the paper whose reference list contains the cited paper';
COMMENT ON COLUMN pubs.cites.cited_paper_id IS 'the paper being cited';
COMMENT ON COLUMN pubs.paper_keyword.keyword_id IS 'keyword.keyword_id';

INSERT INTO pubs.organization VALUES
  (1, 'Massachusetts Institute of Technology', 'University', 'USA', 'North America'),
  (2, 'Stanford University', 'University', 'USA', 'North America'),
  (3, 'Carnegie Mellon University', 'University', 'USA', 'North America'),
  (4, 'University of Toronto', 'University', 'Canada', 'North America'),
  (5, 'ETH Zurich', 'University', 'Switzerland', 'Europe'),
  (6, 'University of Oxford', 'University', 'UK', 'Europe'),
  (7, 'Max Planck Institute for Informatics', 'Research Institute', 'Germany', 'Europe'),
  (8, 'Tsinghua University', 'University', 'China', 'Asia'),
  (9, 'National University of Singapore', 'University', 'Singapore', 'Asia'),
  (10, 'University of Tokyo', 'University', 'Japan', 'Asia'),
  (11, 'University of Melbourne', 'University', 'Australia', 'Oceania'),
  (12, 'University of São Paulo', 'University', 'Brazil', 'South America'),
  (13, 'Microsoft Research', 'Company', 'USA', 'North America'),
  (14, 'University of Cape Town', 'University', 'South Africa', 'Africa');

INSERT INTO pubs.author VALUES
  (1, 'Alice Chen', 1),
  (2, 'Bob Martinez', 1),
  (3, 'Carla Rossi', 2),
  (4, 'David Kim', 2),
  (5, 'Elena Petrova', 3),
  (6, 'Farid Haddad', 3),
  (7, 'Grace Liu', 4),
  (8, 'Hiroshi Tanaka', 10),
  (9, 'Ingrid Svensson', 5),
  (10, 'Jonas Weber', 7),
  (11, 'Kavya Iyer', 13),
  (12, 'Liam O''Connor', 6),
  (13, 'Mei Wang', 8),
  (14, 'Nikhil Rao', 9),
  (15, 'Olivia Brown', 11),
  (16, 'Pedro Alves', 12),
  (17, 'Qing Zhao', 8),
  (18, 'Rachel Green', 6),
  (19, 'Samuel Okafor', NULL),
  (20, 'Tomás Herrera', 5),
  (21, 'Uma Patel', 13),
  (22, 'Victor Dubois', 7),
  (23, 'Wen Li', 9),
  (24, 'Xavier Moreau', 4),
  (25, 'Yuki Sato', 10),
  (26, 'Zoe Walker', 2),
  (27, 'Amir Naderi', NULL),
  (28, 'Beatriz Santos', 12);

INSERT INTO pubs.conference VALUES
  (1, 'SIGMOD', 'ACM SIGMOD International Conference on Management of Data', 'Databases'),
  (2, 'VLDB', 'International Conference on Very Large Data Bases', 'Databases'),
  (3, 'NeurIPS', 'Conference on Neural Information Processing Systems', 'Machine Learning'),
  (4, 'ICML', 'International Conference on Machine Learning', 'Machine Learning'),
  (5, 'ACL', 'Annual Meeting of the Association for Computational Linguistics', 'Natural Language Processing'),
  (6, 'CVPR', 'IEEE/CVF Conference on Computer Vision and Pattern Recognition', 'Computer Vision'),
  (7, 'OSDI', 'USENIX Symposium on Operating Systems Design and Implementation', 'Systems'),
  (8, 'STOC', 'ACM Symposium on Theory of Computing', 'Theory'),
  (9, 'KDD', 'ACM SIGKDD Conference on Knowledge Discovery and Data Mining', 'Data Mining');

INSERT INTO pubs.journal VALUES
  (1, 'ACM Transactions on Database Systems', 'ACM', 1.840),
  (2, 'The VLDB Journal', 'Springer', 4.243),
  (3, 'Journal of Machine Learning Research', 'JMLR', 6.064),
  (4, 'IEEE Transactions on Pattern Analysis and Machine Intelligence', 'IEEE', 20.826),
  (5, 'Computational Linguistics', 'MIT Press', 9.316),
  (6, 'Communications of the ACM', 'ACM', 11.100),
  (7, 'Nature Machine Intelligence', 'Springer Nature', 23.813);

INSERT INTO pubs.paper VALUES
  (1, 'Adaptive Query Processing for Streaming Joins', 2014, 312, 1, NULL, false),
  (2, 'Learned Index Structures Revisited', 2019, 845, 1, NULL, true),
  (3, 'Cost Models for Cloud Data Warehouses', 2021, 96, 2, NULL, true),
  (4, 'Columnar Storage on Persistent Memory', 2018, 143, 2, NULL, false),
  (5, 'Deep Reinforcement Learning for Join Ordering', 2020, 402, 1, NULL, true),
  (6, 'Attention Is Not Enough: Sparse Transformers at Scale', 2021, 1290, 3, NULL, true),
  (7, 'Graph Neural Networks for Molecule Property Prediction', 2019, 760, 4, NULL, true),
  (8, 'Contrastive Pretraining for Low-Resource Translation', 2022, 215, 5, NULL, true),
  (9, 'Efficient Vision Transformers for Mobile Devices', 2022, 534, 6, NULL, false),
  (10, 'Fault-Tolerant Consensus for Geo-Distributed Storage', 2016, 388, 7, NULL, false),
  (11, 'Mining Frequent Subgraphs in Evolving Networks', 2015, 176, 9, NULL, false),
  (12, 'A Survey of Learned Database Components', 2022, 88, NULL, 1, true),
  (13, 'Probabilistic Data Cleaning with Denial Constraints', 2017, 254, NULL, 2, false),
  (14, 'Kernel Methods for Structured Prediction', 2013, 980, NULL, 3, true),
  (15, 'Self-Supervised Depth Estimation from Video', 2020, 1105, NULL, 4, false),
  (16, 'Neural Semantic Parsing for Text-to-SQL', 2021, 330, 5, NULL, true),
  (17, 'Bias and Fairness in Language Models', 2023, 142, NULL, 5, true),
  (18, 'The Case for Data-Centric AI', 2023, 67, NULL, 6, false),
  (19, 'Federated Learning under Non-IID Data', 2020, 690, 4, NULL, true),
  (20, 'Scalable Bayesian Optimization with Neural Surrogates', 2018, 455, 3, NULL, true),
  (21, 'Robust Object Detection in Adverse Weather', 2019, 298, 6, NULL, false),
  (22, 'Serverless Query Execution on Object Stores', 2023, 41, 2, NULL, true),
  (23, 'Crop Yield Forecasting from Satellite Imagery', 2021, 58, 9, NULL, true),
  (24, 'Differentially Private Query Answering', 2017, 367, 1, NULL, false),
  (25, 'Large Language Models as Database Tuners', 2024, 23, NULL, NULL, true),
  (26, 'On the Limits of In-Context Learning', 2024, NULL, NULL, NULL, true),
  (27, 'Energy-Efficient Training of Deep Networks', 2012, 1540, 3, NULL, false),
  (28, 'Sketch-Based Approximate Query Processing', 2016, 201, NULL, 1, false),
  (29, 'Multilingual Named Entity Recognition with Weak Supervision', 2018, 187, 5, NULL, false),
  (30, 'Transaction Processing on Modern Hardware', 2015, 129, 7, NULL, false);

INSERT INTO pubs.writes VALUES
  (1, 1, 1), (2, 1, 2), (11, 1, 3),
  (2, 2, 1), (1, 2, 2), (26, 2, 3),
  (9, 3, 1), (20, 3, 2),
  (10, 4, 1), (9, 4, 2),
  (5, 5, 1), (6, 5, 2), (1, 5, 3),
  (11, 6, 1), (21, 6, 2), (4, 6, 3),
  (13, 7, 1), (17, 7, 2),
  (14, 8, 1), (23, 8, 2), (18, 8, 3),
  (8, 9, 1), (25, 9, 2),
  (6, 10, 1), (7, 10, 2),
  (17, 11, 1), (13, 11, 2), (23, 11, 3),
  (1, 12, 1), (5, 12, 2),
  (9, 13, 1), (10, 13, 2), (12, 13, 3),
  (12, 14, 1), (18, 14, 2),
  (8, 15, 1), (7, 15, 2), (24, 15, 3),
  (3, 16, 1), (4, 16, 2), (14, 16, 3),
  (18, 17, 1), (15, 17, 2),
  (4, 18, 1), (3, 18, 2),
  (23, 19, 1), (14, 19, 2), (15, 19, 3),
  (21, 20, 1), (11, 20, 2),
  (25, 21, 1), (8, 21, 2), (16, 21, 3),
  (20, 22, 1), (9, 22, 2), (2, 22, 3),
  (16, 23, 1), (15, 23, 2),
  (26, 24, 1), (3, 24, 2),
  (1, 25, 1), (11, 25, 2), (19, 25, 3),
  (27, 26, 1), (19, 26, 2),
  (7, 27, 1), (24, 27, 2),
  (26, 28, 1), (2, 28, 2),
  (13, 29, 1), (14, 29, 2),
  (10, 30, 1), (6, 30, 2);

INSERT INTO pubs.cites VALUES
  (2, 1), (5, 1), (5, 2), (12, 2), (12, 5), (12, 24), (12, 28), (22, 3), (22, 4), (3, 4),
  (25, 2), (25, 5), (25, 12), (25, 6), (26, 6), (26, 20), (6, 20), (6, 27), (19, 7), (19, 20),
  (16, 29), (16, 14), (8, 29), (8, 16), (17, 16), (17, 8), (18, 12), (18, 16), (9, 15), (9, 21),
  (15, 27), (21, 27), (13, 1), (24, 1), (23, 11), (23, 7), (7, 11), (7, 14), (10, 30), (4, 30),
  (20, 14), (25, 1);

INSERT INTO pubs.keyword VALUES
  (1, 'query optimization'), (2, 'indexing'), (3, 'deep learning'), (4, 'reinforcement learning'),
  (5, 'natural language processing'), (6, 'computer vision'), (7, 'graph mining'), (8, 'distributed systems'),
  (9, 'data cleaning'), (10, 'privacy'), (11, 'transformers'), (12, 'federated learning'),
  (13, 'cloud computing'), (14, 'quantum computing'), (15, 'machine translation');

INSERT INTO pubs.paper_keyword VALUES
  (1, 1), (2, 2), (2, 3), (3, 13), (3, 1), (4, 2), (5, 1), (5, 4), (5, 3), (6, 11), (6, 3), (7, 7), (7, 3),
  (8, 5), (8, 15), (9, 6), (9, 11), (10, 8), (11, 7), (12, 1), (12, 2), (12, 3), (13, 9), (15, 6), (15, 3),
  (16, 5), (16, 3), (17, 5), (18, 9), (19, 12), (19, 10), (19, 3), (20, 3), (21, 6), (22, 13), (22, 1),
  (22, 8), (23, 6), (23, 3), (24, 10), (24, 1), (25, 1), (25, 11), (25, 5), (26, 11), (26, 5), (27, 3),
  (28, 1), (29, 5);

CREATE TABLE people (people_id integer PRIMARY KEY, name text NOT NULL, party text NOT NULL, district text NOT NULL,
                     age integer);
CREATE TABLE debate (debate_id integer PRIMARY KEY, date date NOT NULL, venue text NOT NULL, num_of_audience integer);
CREATE TABLE debate_people (debate_id integer NOT NULL REFERENCES debate,
                            affirmative integer NOT NULL REFERENCES people (people_id),
                            negative integer NOT NULL REFERENCES people (people_id),
                            if_affirmative_win boolean NOT NULL,
                            PRIMARY KEY (debate_id, affirmative, negative));
COMMENT ON COLUMN people.district IS 'congressional district the person represents';
COMMENT ON COLUMN debate.num_of_audience IS 'number of people in the audience, NULL when not counted';
COMMENT ON COLUMN debate_people.affirmative IS 'people_id of the speaker on the affirmative side';
COMMENT ON COLUMN debate_people.negative IS 'people_id of the speaker on the negative side';
COMMENT ON COLUMN debate_people.if_affirmative_win IS 'true when the affirmative side won, false when the negative side won';

INSERT INTO people VALUES
  (1, 'Thomas Hale', 'Republican', 'Ohio 3', 45),
  (2, 'Maria Delgado', 'Democratic', 'Texas 16', 38),
  (3, 'James Whitfield', 'Republican', 'Georgia 7', 52),
  (4, 'Priya Natarajan', 'Democratic', 'California 17', 41),
  (5, 'Robert Kline', 'Republican', 'Ohio 12', 61),
  (6, 'Denise Carter', 'Democratic', 'New York 9', 47),
  (7, 'Alan Brooks', 'Independent', 'Vermont 1', 58),
  (8, 'Sophie Laurent', 'Democratic', 'Illinois 5', NULL),
  (9, 'Marcus Reed', 'Republican', 'Texas 2', 33),
  (10, 'Hannah Fischer', 'Democratic', 'Ohio 9', 29),
  (11, 'Carl Jensen', 'Republican', 'Minnesota 6', 66),
  (12, 'Nadia Rahman', 'Independent', 'Michigan 11', 44),
  (13, 'Greg Sullivan', 'Republican', 'Florida 4', 50);

INSERT INTO debate VALUES
  (1, '2019-10-15', 'Ohio State University, Columbus', 1340),
  (2, '2020-02-07', 'Lyric Theatre, Atlanta', 820),
  (3, '2020-09-29', 'Ohio State University, Columbus', 2150),
  (4, '2021-03-18', 'University of Texas, Austin', 1675),
  (5, '2022-06-04', 'Chicago Cultural Center', 560),
  (6, '2022-10-20', 'University of Texas, Austin', 3100),
  (7, '2023-05-11', 'Wang Theatre, Boston', NULL),
  (8, '2023-11-02', 'Lyric Theatre, Atlanta', 940),
  (9, '2024-09-12', 'Chicago Cultural Center', 1480),
  (10, '2024-10-08', 'Ohio State University, Columbus', 2650),
  (11, '2025-01-22', 'Wang Theatre, Boston', 1210);

INSERT INTO debate_people VALUES
  (1, 1, 6, false), (1, 5, 10, true), (2, 3, 2, true), (3, 1, 4, false), (3, 10, 9, true),
  (4, 9, 2, false), (4, 4, 11, true), (5, 8, 7, true), (6, 2, 3, true), (6, 11, 6, false),
  (7, 7, 5, false), (8, 3, 8, false), (8, 1, 9, false), (9, 1, 6, true), (10, 10, 11, true), (10, 5, 4, false);

CREATE TABLE journal ("Journal_ID" integer, "Date" date, "Theme" text, "Sales" integer);
CREATE TABLE editor ("Editor_ID" integer, "Name" text, "Age" integer);
CREATE TABLE journal_committee ("Editor_ID" integer, "Journal_ID" integer, "Work_Type" text);
COMMENT ON TABLE journal IS 'issues of a travel and culture magazine';
COMMENT ON COLUMN journal."Date" IS 'publication date of the issue';
COMMENT ON COLUMN journal."Sales" IS 'copies sold';
COMMENT ON COLUMN journal_committee."Editor_ID" IS 'editor."Editor_ID"';
COMMENT ON COLUMN journal_committee."Journal_ID" IS 'journal."Journal_ID" (the magazine issue)';
COMMENT ON COLUMN journal_committee."Work_Type" IS 'Photo, Article or Title';

INSERT INTO journal VALUES
  (1, '2021-01-15', 'Winter Gardens', 2450),
  (2, '2021-04-10', 'Coastal Towns', 3120),
  (3, '2021-07-22', 'Street Food', 5680),
  (4, '2021-10-05', 'Autumn Harvest', 1980),
  (5, '2022-01-18', 'Mountain Railways', 4210),
  (6, '2022-05-03', 'Jazz Cities', 2760),
  (7, '2022-08-29', 'Island Hopping', 6340),
  (8, '2022-11-14', 'Nordic Design', 3390),
  (9, '2023-02-20', 'Desert Nights', 1725),
  (10, '2023-06-12', 'River Cruises', 4875),
  (11, '2023-09-08', 'Ancient Libraries', 2290),
  (12, '2023-12-01', 'Winter Markets', 3950);

INSERT INTO editor VALUES
  (1, 'Kamila Nowak', 34),
  (2, 'Daniel Mercer', 46),
  (3, 'Aisha Bello', 29),
  (4, 'Henrik Lund', 58),
  (5, 'Rosa Jimenez', 41),
  (6, 'Peter Vance', 63),
  (7, 'Lucy Tran', 37),
  (8, 'Omar Farouk', 52),
  (9, 'Greta Holm', 45);

INSERT INTO journal_committee VALUES
  (1, 1, 'Photo'), (1, 7, 'Article'), (2, 2, 'Article'), (2, 5, 'Title'), (2, 8, 'Photo'), (3, 3, 'Photo'),
  (4, 4, 'Title'), (4, 9, 'Article'), (5, 7, 'Photo'), (5, 10, 'Article'), (6, 11, 'Title'), (7, 3, 'Article'),
  (7, 12, 'Photo'), (8, 7, 'Title'), (3, 10, 'Photo');
