-- Clinic (development-only probe schema): clinics, doctors, patients, appointments, drugs, prescriptions,
-- admissions (a stay from admitted_on to discharged_on, NULL while still admitted); doctors.supervisor_id
-- refers to another doctor.
-- clinics, doctors and patients declare their keys (doctors.clinic_id a foreign key); appointments,
-- drugs and prescriptions declare none: their joins are by *_id names only.
-- Appointment dates are relative to the day the schema is seeded (past visits and some scheduled ones).
CREATE TABLE clinics (clinic_id integer PRIMARY KEY, name text NOT NULL, city text NOT NULL, opened_on date NOT NULL);
CREATE TABLE doctors (doctor_id integer PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL,
                      specialty text NOT NULL, clinic_id integer REFERENCES clinics, hired_on date NOT NULL,
                      salary numeric(10,2) NOT NULL, supervisor_id integer REFERENCES doctors);
CREATE TABLE patients (patient_id integer PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL,
                       birth_date date NOT NULL, sex text NOT NULL, city text NOT NULL, registered_on date NOT NULL);
CREATE TABLE appointments (appointment_id integer, patient_id integer, doctor_id integer, appointment_date date,
                           status text, fee numeric(8,2));
CREATE TABLE drugs (drug_id integer, drug_name text, category text, unit_price numeric(8,2));
CREATE TABLE prescriptions (prescription_id integer, appointment_id integer, drug_id integer, quantity integer,
                            days integer);
CREATE TABLE admissions (admission_id integer PRIMARY KEY, patient_id integer NOT NULL REFERENCES patients,
                         clinic_id integer NOT NULL REFERENCES clinics, ward text NOT NULL, admitted_on date NOT NULL,
                         discharged_on date);
COMMENT ON COLUMN appointments.status IS 'scheduled, completed, cancelled or no-show';
COMMENT ON COLUMN prescriptions.days IS 'length of the treatment in days';

INSERT INTO clinics VALUES (1, 'Northside Health', 'Leeds', '2009-03-01'), (2, 'Riverside Clinic', 'York', '2012-06-15'),
  (3, 'Central Medical', 'Leeds', '2015-01-10'), (4, 'Harbour Practice', 'Hull', '2018-09-01'),
  (5, 'Oakwood Surgery', 'Sheffield', '2020-04-20'), (6, 'Meadow Health Centre', 'York', '2024-11-01');
INSERT INTO doctors
SELECT g, (ARRAY['Amira','Ben','Clara','David','Elif','Felix','Grace','Hugo','Isla','Jonas'])[1 + g % 10],
       (ARRAY['Shah','Brown','Novak','Evans','Kaya','Moreau','Lee','Fischer','Reid','Berg','Costa'])[1 + (g * 7) % 11],
       (ARRAY['cardiology','dermatology','pediatrics','general practice','orthopedics','neurology'])[1 + (g * 5) % 6],
       1 + g % 5, DATE '2010-01-01' + (g * 271) % 5000, 60000 + (g * 3517) % 60000,
       CASE WHEN g <= 4 THEN NULL ELSE 1 + g % 4 END
FROM generate_series(1, 20) g;
INSERT INTO patients
SELECT g, (ARRAY['Alice','Bilal','Chloe','Dev','Emma','Finn','Gita','Harry','Ines','Jack','Kira','Liam','Maya'])[1 + (g * 3) % 13],
       (ARRAY['Smith','Jones','Khan','Taylor','Wilson','Patel','Wright','Walker','Hughes','Green'])[1 + (g * 7) % 10],
       DATE '1940-01-01' + (g * 367) % 29000, (ARRAY['F','M'])[1 + g % 2],
       (ARRAY['Leeds','York','Hull','Leeds','Sheffield','Bradford','Leeds','Wakefield'])[1 + (g * 5) % 8],
       DATE '2015-01-01' + (g * 113) % 3600
FROM generate_series(1, 300) g;
INSERT INTO appointments
SELECT g, 1 + (g * 37) % 280, 1 + (g * 3) % 19, d,
       CASE WHEN d > CURRENT_DATE THEN 'scheduled'
            ELSE (ARRAY['completed','completed','completed','cancelled','no-show'])[1 + (g * 7) % 5] END,
       50 + (g * 17) % 150
FROM generate_series(1, 2000) g, LATERAL (SELECT CURRENT_DATE - 500 + (g * 37) % 530 AS d) x;
INSERT INTO drugs VALUES (1, 'Amoxicillin', 'antibiotic', 4.20), (2, 'Ibuprofen', 'painkiller', 1.10),
  (3, 'Paracetamol', 'painkiller', 0.80), (4, 'Atorvastatin', 'statin', 6.50), (5, 'Metformin', 'antidiabetic', 3.30),
  (6, 'Lisinopril', 'blood pressure', 5.10), (7, 'Amlodipine', 'blood pressure', 4.70), (8, 'Cetirizine', 'antihistamine', 2.00),
  (9, 'Doxycycline', 'antibiotic', 7.90), (10, 'Omeprazole', 'antacid', 3.80), (11, 'Sertraline', 'antidepressant', 9.40),
  (12, 'Simvastatin', 'statin', 5.60), (13, 'Naproxen', 'painkiller', 2.70), (14, 'Insulin glargine', 'antidiabetic', 38.00),
  (15, 'Warfarin', 'anticoagulant', 12.30);
INSERT INTO prescriptions
SELECT g, 1 + (g * 11) % 700, 1 + (g * 5 + g / 7) % 14, 1 + g % 4, 5 + g % 25
FROM generate_series(1, 1200) g;
INSERT INTO admissions
SELECT g, 1 + (g * 7) % 300, 1 + g % 5, (ARRAY['general','maternity','surgery','intensive care'])[1 + (g * 3) % 4],
       DATE '2023-01-01' + (g * 13) % 700,
       CASE WHEN g % 17 = 0 THEN NULL ELSE DATE '2023-01-01' + (g * 13) % 700 + 1 + (g * 5) % 14 END
FROM generate_series(1, 400) g;
