-- HR: regions, countries, locations, departments, jobs, employees (with managers), job history and
-- dependents. Declared primary and foreign keys. Deterministic: every value comes from the row number.
CREATE TABLE regions (region_id integer PRIMARY KEY, region_name text NOT NULL);
CREATE TABLE countries (country_id char(2) PRIMARY KEY, country_name text NOT NULL,
                        region_id integer NOT NULL REFERENCES regions(region_id));
CREATE TABLE locations (location_id integer PRIMARY KEY, street_address text, postal_code text, city text NOT NULL,
                        country_id char(2) NOT NULL REFERENCES countries(country_id));
CREATE TABLE departments (department_id integer PRIMARY KEY, department_name text NOT NULL,
                          location_id integer REFERENCES locations(location_id), budget numeric(12,2) NOT NULL);
CREATE TABLE jobs (job_id text PRIMARY KEY, job_title text NOT NULL, min_salary numeric(10,2), max_salary numeric(10,2));
CREATE TABLE employees (employee_id integer PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL,
                        email text NOT NULL, phone_number text, hire_date date NOT NULL,
                        job_id text NOT NULL REFERENCES jobs(job_id), salary numeric(10,2) NOT NULL,
                        commission_pct numeric(4,2), manager_id integer REFERENCES employees(employee_id),
                        department_id integer REFERENCES departments(department_id));
CREATE TABLE job_history (employee_id integer NOT NULL REFERENCES employees(employee_id), start_date date NOT NULL,
                          end_date date NOT NULL, job_id text NOT NULL REFERENCES jobs(job_id),
                          department_id integer REFERENCES departments(department_id),
                          PRIMARY KEY (employee_id, start_date));
CREATE TABLE dependents (dependent_id integer PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL,
                         relationship text NOT NULL, employee_id integer NOT NULL REFERENCES employees(employee_id));
COMMENT ON TABLE employees IS 'Staff of the company with their job, salary, manager and department';
COMMENT ON COLUMN employees.commission_pct IS 'Sales commission as a fraction of salary; only sales staff have one';
COMMENT ON TABLE job_history IS 'Earlier jobs employees held inside the company';
COMMENT ON TABLE dependents IS 'Children and spouses of employees covered by benefits';

INSERT INTO regions VALUES (1, 'Europe'), (2, 'Americas'), (3, 'Asia'), (4, 'Middle East and Africa');
INSERT INTO countries VALUES ('DE', 'Germany', 1), ('FR', 'France', 1), ('GB', 'United Kingdom', 1),
  ('US', 'United States of America', 2), ('CA', 'Canada', 2), ('BR', 'Brazil', 2), ('JP', 'Japan', 3),
  ('IN', 'India', 3), ('EG', 'Egypt', 4);
INSERT INTO locations VALUES
  (1000, 'Unter den Linden 5', '10117', 'Berlin', 'DE'), (1100, 'Rue de Rivoli 20', '75001', 'Paris', 'FR'),
  (1200, 'Baker Street 221', 'NW1', 'London', 'GB'), (1300, '5th Avenue 100', '10001', 'New York', 'US'),
  (1400, 'Market Street 50', '94105', 'San Francisco', 'US'), (1500, 'King Street 7', 'M5H', 'Toronto', 'CA'),
  (1600, 'Avenida Paulista 900', '01310', 'Sao Paulo', 'BR'), (1700, 'Ginza 4-1', '104-0061', 'Tokyo', 'JP'),
  (1800, 'MG Road 12', '560001', 'Bangalore', 'IN'), (1900, 'Tahrir Square 3', '11511', 'Cairo', 'EG');
INSERT INTO departments VALUES
  (10, 'Administration', 1000, 300000), (20, 'Marketing', 1100, 450000), (30, 'Purchasing', 1000, 250000),
  (40, 'Human Resources', 1200, 200000), (50, 'Shipping', 1300, 600000), (60, 'IT', 1400, 900000),
  (70, 'Public Relations', 1100, 150000), (80, 'Sales', 1300, 1200000), (90, 'Executive', 1300, 800000),
  (100, 'Finance', 1200, 500000), (110, 'Accounting', 1500, 350000), (120, 'Research', 1700, 700000),
  (130, 'Legal', 1900, 180000);
INSERT INTO jobs VALUES
  ('AD_PRES', 'President', 20000, 40000), ('AD_VP', 'Vice President', 15000, 30000),
  ('AD_ASST', 'Administration Assistant', 3000, 6000), ('FI_MGR', 'Finance Manager', 8200, 16000),
  ('FI_ACCOUNT', 'Accountant', 4200, 9000), ('SA_MAN', 'Sales Manager', 10000, 20000),
  ('SA_REP', 'Sales Representative', 6000, 12000), ('IT_PROG', 'Programmer', 4000, 10000),
  ('MK_MAN', 'Marketing Manager', 9000, 15000), ('HR_REP', 'Human Resources Representative', 4000, 9000),
  ('SH_CLERK', 'Shipping Clerk', 2500, 5500), ('PU_CLERK', 'Purchasing Clerk', 2500, 5500),
  ('RE_SCI', 'Research Scientist', 6000, 14000);

-- 160 employees: 1 president (id 100), managers 101-112 report to 100, the rest to a manager of
-- their department. Departments cycle over the 12 staffed ones (Legal has nobody).
INSERT INTO employees
SELECT 100, 'Steven', 'King', 'sking@example.com', '515.123.4567', DATE '2010-06-17', 'AD_PRES', 24000, NULL, NULL, 90;
INSERT INTO employees
SELECT 100 + g,
       (ARRAY['Neena','Lex','Alexander','Bruce','David','Valli','Diana','Nancy','Daniel','John','Ismael','Jose',
              'Luis','Den','Shelli','Sigal','Guy','Karen','Matthew','Adam','Payam','Shanta','Kevin','Julia',
              'Irene','James','Steven','Laura','Mozhe','Trenna','Curtis','Randall','Peter','Joshua','Hazel',
              'Renske','Stephen','John','Joshua','Trenna'])[1 + (g * 7) % 40],
       (ARRAY['Kochhar','De Haan','Hunold','Ernst','Austin','Pataballa','Lorentz','Greenberg','Faviet','Chen',
              'Sciarra','Urman','Popp','Raphaely','Khoo','Baida','Tobias','Himuro','Colmenares','Weiss',
              'Fripp','Kaufling','Vollman','Mourgos','Nayer','Mikkilineni','Landry','Markle','Bissot','Atkinson',
              'Marlow','Olson','Mallin','Rogers','Gee','Philtanker','Ladwig','Stiles','Seo','Patel'])[1 + (g * 11) % 40],
       'emp' || (100 + g) || '@example.com', '650.555.' || lpad(g::text, 4, '0'),
       DATE '2012-01-01' + ((g * 97) % 4300),
       CASE WHEN g <= 12 THEN (ARRAY['AD_VP','MK_MAN','PU_CLERK','HR_REP','SH_CLERK','IT_PROG','MK_MAN','SA_MAN',
                                      'AD_VP','FI_MGR','FI_ACCOUNT','RE_SCI'])[g]
            ELSE (ARRAY['AD_ASST','MK_MAN','PU_CLERK','HR_REP','SH_CLERK','IT_PROG','MK_MAN','SA_REP','AD_ASST',
                        'FI_ACCOUNT','FI_ACCOUNT','RE_SCI'])[1 + g % 12] END,
       CASE WHEN g <= 12 THEN 12000 + g * 500 ELSE 2600 + ((g * 137) % 90) * 100 END,
       CASE WHEN g > 12 AND 1 + g % 12 = 8 THEN (ARRAY[0.10, 0.15, 0.20, 0.25, 0.30])[1 + g % 5] END,
       CASE WHEN g <= 12 THEN 100 ELSE 101 + (g % 12) END,
       CASE WHEN g <= 12 THEN g * 10 ELSE (1 + g % 12) * 10 END
FROM generate_series(1, 159) g;
INSERT INTO job_history
SELECT 100 + g, DATE '2008-01-01' + ((g * 53) % 1500), DATE '2008-01-01' + ((g * 53) % 1500) + 300 + (g * 17) % 700,
       (ARRAY['AD_ASST','PU_CLERK','SH_CLERK','IT_PROG','SA_REP','FI_ACCOUNT'])[1 + g % 6], (1 + (g * 5) % 12) * 10
FROM generate_series(1, 159, 3) g;
INSERT INTO dependents
SELECT g, (ARRAY['Penelope','Nick','Ed','Jennifer','Johnny','Bette','Grace','Matthew','Joe','Christian','Zero',
                 'Karl','Uma','Vivien','Cuba','Fred','Helen','Dan','Bob','Sandra'])[1 + (g * 3) % 20],
       'Family' || g, (ARRAY['Child','Child','Spouse'])[1 + g % 3], 100 + (g * 7) % 60
FROM generate_series(1, 90) g;
