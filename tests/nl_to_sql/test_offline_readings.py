"""The offline engine's risky readings on the demo shop and the eval's schemas seeded into real
PostgreSQL (with the value samples the service takes): each shape below is either answered as the
hand-written SQL answers it (compared by result, as the eval does) or refused with a message that
names what is ambiguous. These are probe questions written for the engine, not eval questions."""
from __future__ import annotations

import pytest

from tests.nl_to_sql.offline_checks import assert_answered_as, assert_refused_saying
from tests.nl_to_sql.test_offline_engine import demo_hints  # noqa: F401  (a fixture)
from tests.nl_to_sql.test_offline_schemas import _seeded


@pytest.fixture(scope="module")
async def seeded(session_databases, demo_schema, demo_db, demo_hints):  # noqa: F811
    out = {"shop": (demo_db[1], demo_schema, demo_hints)}
    for name in ("hr", "university", "flights", "ledger", "clinic"):
        out[name] = await _seeded(session_databases, name)
    return out


ANSWERED = [
    # a superlative before a grouping is a MAX / MIN per group, not a ranking
    ("hr", "Highest salary in each department",
     "SELECT d.department_id, max(e.salary) FROM employees e JOIN departments d ON d.department_id = e.department_id "
     "GROUP BY d.department_id"),
    ("hr", "Lowest salary per job title",
     "SELECT j.job_title, min(e.salary) FROM employees e JOIN jobs j ON j.job_id = e.job_id GROUP BY j.job_title"),
    # "minimum and maximum salary" of a table that stores them is its columns
    ("hr", "Minimum and maximum salary of the Programmer job",
     "SELECT min_salary, max_salary FROM jobs WHERE job_title = 'Programmer'"),
    ("hr", "Minimum and maximum salary per department",
     "SELECT d.department_id, min(e.salary), max(e.salary) FROM employees e JOIN departments d "
     "ON d.department_id = e.department_id GROUP BY d.department_id"),
    # a leading list of columns belongs to the table after "of"; a related table by its label
    ("university", "Names and departments of students enrolled in 2021",
     "SELECT name, dept_name FROM student WHERE enrolled_year = 2021"),
    ("university", "Names and salaries of instructors", "SELECT name, salary FROM instructor"),
    ("flights", "Flight numbers and distances of flights from Berlin",
     "SELECT f.flight_no, f.distance_km FROM flights f JOIN airports a ON a.code = f.origin WHERE a.city = 'Berlin'"),
    ("ledger", "Amounts and due dates of overdue invoices",
     'SELECT "lgInvAmount", "lgInvDueOn" FROM fin."lgInvoice" WHERE "lgInvStatus" = \'overdue\''),
    ("shop", "Names, cities and opening dates of stores", "SELECT name, city, opened_on FROM stores"),
    ("shop", "Order dates and statuses of orders of customer 12",
     "SELECT order_date, status FROM orders WHERE customer_id = 12"),
    # "which" rows without a key or a name column: all of the row
    ("university", "Which classroom has the largest capacity?",
     "SELECT building, room_number, capacity FROM classroom ORDER BY capacity DESC LIMIT 1"),
    ("university", "Rooms with a capacity over 50", "SELECT * FROM classroom WHERE capacity > 50"),
    ("university", "Departments in the Watson building", "SELECT * FROM department WHERE building = 'Watson'"),
    ("university", "Total budget of departments in the Taylor building",
     "SELECT sum(budget) FROM department WHERE building = 'Taylor'"),
    # two-level figures
    ("hr", "Average total salary per department",
     "SELECT avg(s) FROM (SELECT department_id, sum(salary) s FROM employees GROUP BY 1) t"),
    ("university", "Average number of courses per department",
     "SELECT avg(n) FROM (SELECT dept_name, count(*) n FROM course GROUP BY 1) t"),
    ("university", "Number of different students per course",
     "SELECT c.course_id, count(DISTINCT t.student_id) FROM takes t JOIN course c ON c.course_id = t.course_id "
     "GROUP BY c.course_id"),
    ("university", "Number of enrolments per course",
     "SELECT course_id, count(*) FROM takes GROUP BY course_id"),
    # the measure's table reached through the subject ("fare of flights": the bookings' fare)
    ("flights", "Average fare of Lufthansa flights",
     "SELECT avg(b.fare) FROM bookings b JOIN flights f ON f.flight_no = b.flight_no "
     "JOIN airlines a ON a.airline_id = f.airline_id WHERE a.name = 'Lufthansa'"),
    ("flights", "Average fare of bookings on cancelled flights",
     "SELECT avg(b.fare) FROM bookings b JOIN flights f ON f.flight_no = b.flight_no WHERE f.status = 'cancelled'"),
    ("ledger", "Average payment per method",
     'SELECT "lgPayMethod", avg("lgPayAmount") FROM fin."lgPayment" GROUP BY 1'),
    # rows that are sums of money themselves add up their one amount (once refused: how many, or how much?)
    ("ledger", "Total payments per method",
     'SELECT "lgPayMethod", sum("lgPayAmount") FROM fin."lgPayment" GROUP BY 1'),
    # comparisons with the subject's one such column, dates and years
    ("ledger", "Payments over 5000", 'SELECT * FROM fin."lgPayment" WHERE "lgPayAmount" > 5000'),
    ("flights", "Flights longer than 8000 km", "SELECT * FROM flights WHERE distance_km > 8000"),
    ("hr", "How many employees earn more than 8000?", "SELECT count(*) FROM employees WHERE salary > 8000"),
    ("shop", "Show me all orders from 2024 that were cancelled",
     "SELECT * FROM orders WHERE status = 'cancelled' AND order_date >= '2024-01-01' AND order_date < '2025-01-01'"),
    ("shop", "Number of customers who signed up each month of 2024",
     "SELECT date_trunc('month', signup_date), count(*) FROM customers WHERE signup_date >= '2024-01-01' "
     "AND signup_date < '2025-01-01' GROUP BY 1"),
    ("university", "Students who enrolled before 2021", "SELECT * FROM student WHERE enrolled_year < 2021"),
    ("university", "Number of students enrolled per year", "SELECT enrolled_year, count(*) FROM student GROUP BY 1"),
    ("hr", "Employees who joined in 2019",
     "SELECT * FROM employees WHERE hire_date >= '2019-01-01' AND hire_date < '2020-01-01'"),
    ("hr", "Latest hire date", "SELECT max(hire_date) FROM employees"),
    ("hr", "Earliest hire date per department",
     "SELECT department_id, min(hire_date) FROM employees GROUP BY department_id"),
    # counted by a stored value: the people holding a job title, the rows holding a value
    ("hr", "How many programmers are there?",
     "SELECT count(*) FROM employees e JOIN jobs j ON j.job_id = e.job_id WHERE j.job_title = 'Programmer'"),
    ("hr", "How many accountants work in the Finance department?",
     "SELECT count(*) FROM employees e JOIN jobs j ON j.job_id = e.job_id JOIN departments d "
     "ON d.department_id = e.department_id WHERE j.job_title = 'Accountant' AND d.department_name = 'Finance'"),
    ("hr", "How many spouses are listed?", "SELECT count(*) FROM dependents WHERE relationship = 'Spouse'"),
    ("shop", "How many cashiers are there?", "SELECT count(*) FROM employees WHERE title = 'Cashier'"),
    # sorting and "<rows> and their <figure>"
    ("shop", "Customers ordered alphabetically by last name", "SELECT * FROM customers ORDER BY last_name"),
    ("shop", "Stores and their number of employees",
     "SELECT s.id, count(*) FROM stores s JOIN employees e ON e.store_id = s.id GROUP BY s.id"),
    ("shop", "The 3 most recently hired employees", "SELECT * FROM employees ORDER BY hire_date DESC, id LIMIT 3"),
    # a stored value before its table is that table's condition, whatever is done with the table
    ("flights", "Number of cancelled flights per airline",
     "SELECT a.name, count(*) FROM flights f JOIN airlines a ON a.airline_id = f.airline_id "
     "WHERE f.status = 'cancelled' GROUP BY a.airline_id, a.name"),
    ("ledger", "Percentage of overdue invoices",
     'SELECT 100.0 * count(*) FILTER (WHERE "lgInvStatus" = \'overdue\') / count(*) FROM fin."lgInvoice"'),
    ("ledger", "Number of enterprise customers", 'SELECT count(*) FROM fin."lgCustomer" WHERE "lgSegment" = \'enterprise\''),
    ("shop", "Stores with revenue over 100000",
     "SELECT s.id FROM stores s JOIN orders o ON o.store_id = s.id JOIN order_items oi ON oi.order_id = o.id "
     "GROUP BY s.id HAVING sum(oi.quantity * oi.unit_price) > 100000"),
    ("shop", "Most common loyalty tier",
     "SELECT loyalty_tier, count(*) FROM customers GROUP BY 1 ORDER BY 2 DESC LIMIT 1"),
    ("shop", "Customers with more than 3 cancelled orders",
     "SELECT c.id FROM customers c WHERE (SELECT count(*) FROM orders o WHERE o.customer_id = c.id "
     "AND o.status = 'cancelled') > 3"),
    ("shop", "Customers without cancelled orders",
     "SELECT c.id FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id "
     "AND o.status = 'cancelled')"),
    # the highest value first, never a missing one; "which <column>" ranked by an average
    ("hr", "Employee with the highest commission",
     "SELECT employee_id, commission_pct FROM employees WHERE commission_pct IS NOT NULL "
     "ORDER BY commission_pct DESC, employee_id LIMIT 1"),
    ("ledger", "Which city has the highest average invoice amount?",
     'SELECT c."lgCity", avg(i."lgInvAmount") FROM fin."lgInvoice" i JOIN fin."lgCustomer" c '
     'ON c."lgCustomerId" = i."lgInvCustomerId" GROUP BY 1 ORDER BY 2 DESC LIMIT 1'),
    ("flights", "Youngest passenger", "SELECT * FROM passengers ORDER BY birth_date DESC LIMIT 1"),
    ("university", "Students who got an A in 2021",
     "SELECT DISTINCT s.student_id FROM student s JOIN takes t ON t.student_id = s.student_id "
     "WHERE t.grade = 'A' AND t.year = 2021"),
    # a date after an anti-join or a count is the counted rows' date, not the subject's
    ("shop", "Customers without orders in 2025",
     "SELECT c.id FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id "
     "AND o.order_date >= '2025-01-01' AND o.order_date < '2026-01-01')"),
    ("shop", "Customers who never placed an order in 2025",
     "SELECT c.id FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id "
     "AND o.order_date >= '2025-01-01' AND o.order_date < '2026-01-01')"),
    ("ledger", "Number of invoices issued per month",
     'SELECT date_trunc(\'month\', "lgInvIssuedOn"), count(*) FROM fin."lgInvoice" GROUP BY 1'),
    ("ledger", "Total overdue amount", 'SELECT sum("lgInvAmount") FROM fin."lgInvoice" WHERE "lgInvStatus" = \'overdue\''),
    ("shop", "Total quantity of products sold in 2024",
     "SELECT sum(oi.quantity) FROM order_items oi JOIN orders o ON o.id = oi.order_id "
     "WHERE o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01'"),
    # a sum per row of its own table is each row's figure, never one grand total
    ("university", "For each department, the total budget", "SELECT dept_name, budget FROM department"),
    ("shop", "Count the number of orders per status", "SELECT status, count(*) FROM orders GROUP BY 1"),
    ("shop", "What is the total revenue of 2024?",
     "SELECT sum(oi.quantity * oi.unit_price) FROM order_items oi JOIN orders o ON o.id = oi.order_id "
     "WHERE o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01'"),
    ("shop", "Which customers have a gold loyalty tier?", "SELECT id FROM customers WHERE loyalty_tier = 'gold'"),
    ("shop", "Which product generated the most revenue?",
     "SELECT p.id, sum(oi.quantity * oi.unit_price) FROM products p JOIN order_items oi ON oi.product_id = p.id "
     "GROUP BY p.id ORDER BY 2 DESC LIMIT 1"),
    # who, named, codes, link tables
    ("university", "Who teaches Database System Concepts?",
     "SELECT DISTINCT i.instructor_id, i.name FROM instructor i JOIN teaches t ON t.instructor_id = i.instructor_id "
     "JOIN course c ON c.course_id = t.course_id WHERE c.title = 'Database System Concepts'"),
    ("university", "Which students are advised by Einstein?",
     "SELECT s.student_id FROM student s JOIN advisor a ON a.student_id = s.student_id "
     "JOIN instructor i ON i.instructor_id = a.instructor_id WHERE i.name = 'Einstein'"),
    ("hr", "Employees named Steven", "SELECT * FROM employees WHERE first_name = 'Steven'"),
    ("flights", "Bookings for flight EK103", "SELECT * FROM bookings WHERE flight_no = 'EK103'"),
    # relative dates end today and cover the whole calendar unit (the clinic has scheduled, future visits)
    # "<earning verb> the most in <amounts>": the highest total of them (once not understood)
    ("clinic", "Which doctor makes the most in fees?",
     "SELECT d.doctor_id, sum(a.fee) FROM appointments a JOIN doctors d ON d.doctor_id = a.doctor_id "
     "GROUP BY 1 ORDER BY 2 DESC LIMIT 1"),
    ("clinic", "Appointments in the last 7 days",
     "SELECT * FROM appointments WHERE appointment_date >= CURRENT_DATE - 7 AND appointment_date <= CURRENT_DATE"),
    ("clinic", "How many appointments are there this week?",
     "SELECT count(*) FROM appointments WHERE appointment_date >= date_trunc('week', CURRENT_DATE) "
     "AND appointment_date < date_trunc('week', CURRENT_DATE) + interval '1 week'"),
    # a HAVING on a listed column's values groups by the column, not by the rows holding it
    ("clinic", "Specialties with an average fee above 125",
     "SELECT d.specialty FROM appointments a JOIN doctors d ON d.doctor_id = a.doctor_id GROUP BY 1 "
     "HAVING avg(a.fee) > 125"),
    ("clinic", "Cities with more than 40 patients", "SELECT city FROM patients GROUP BY city HAVING count(*) > 40"),
    ("clinic", "Specialties with more than 3 doctors",
     "SELECT specialty, count(*) FROM doctors GROUP BY 1 HAVING count(*) > 3"),
    ("university", "Buildings with more than 1 department",
     "SELECT building FROM department GROUP BY building HAVING count(*) > 1"),
    ("clinic", "Patient cities with more than 100 appointments",      # once: the patients, showing a city
     "SELECT p.city FROM appointments a JOIN patients p ON p.patient_id = a.patient_id GROUP BY 1 HAVING count(*) > 100"),
    ("ledger", "Customer segments with more than 3 customers",
     'SELECT "lgSegment" FROM fin."lgCustomer" GROUP BY 1 HAVING count(*) > 3'),
    # "the first N <rows> to <date verb>" is by that date; "which <values>" lists each value once
    ("clinic", "The first 3 patients to register",
     "SELECT patient_id, registered_on FROM patients ORDER BY registered_on LIMIT 3"),
    ("shop", "The first 5 customers to sign up", "SELECT id FROM customers ORDER BY signup_date, id LIMIT 5"),
    ("shop", "Which cities do customers live in?", "SELECT DISTINCT city FROM customers"),
    ("clinic", "Which specialties do doctors at Central Medical have?",
     "SELECT DISTINCT d.specialty FROM doctors d JOIN clinics c ON c.clinic_id = d.clinic_id WHERE c.name = 'Central Medical'"),
    # a filler verb that is also a date column's name ("registered" and `registered_on`)
    ("clinic", "How many patients registered in 2020?",
     "SELECT count(*) FROM patients WHERE registered_on >= '2020-01-01' AND registered_on < '2021-01-01'"),
    # fewest through two steps counts the rows with none too (the clinic without doctors)
    ("clinic", "Which clinic has the fewest appointments?",
     "SELECT c.clinic_id, count(a.appointment_id) FROM clinics c LEFT JOIN doctors d ON d.clinic_id = c.clinic_id "
     "LEFT JOIN appointments a ON a.doctor_id = d.doctor_id GROUP BY 1 ORDER BY 2, 1 LIMIT 1"),
    # the most common value is a value: employees without a commission are not "the most common commission"
    ("hr", "Most common commission",
     "SELECT commission_pct, count(*) FROM employees WHERE commission_pct IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 "
     "LIMIT 1"),
    # a date of the lines: the entry they belong to, not the day their (named) account was opened
    ("ledger", "Total credit per account in 2025",
     'SELECT a."lgAccountId", sum(l."lgCredit") FROM fin."lgJournalLine" l JOIN fin."lgAccount" a '
     'ON a."lgAccountId" = l."lgLineAccountId" JOIN fin."lgJournalEntry" e ON e."lgEntryId" = l."lgLineEntryId" '
     'WHERE e."lgEntryDate" >= \'2025-01-01\' AND e."lgEntryDate" < \'2026-01-01\' GROUP BY 1'),
    ("hr", "Cities with more than 1 department",
     "SELECT l.city FROM departments d JOIN locations l ON l.location_id = d.location_id GROUP BY 1 HAVING count(*) > 1"),
    # a superlative shows what it ranks by
    ("clinic", "What is the most expensive drug?",
     "SELECT drug_id, drug_name, unit_price FROM drugs ORDER BY unit_price DESC LIMIT 1"),
    ("clinic", "Who is the oldest patient?",
     "SELECT patient_id, birth_date FROM patients ORDER BY birth_date LIMIT 1"),
    # a table named `prescriptions` is the verb "prescribed"
    ("clinic", "Drugs that have never been prescribed",
     "SELECT d.* FROM drugs d WHERE NOT EXISTS (SELECT 1 FROM prescriptions p WHERE p.drug_id = d.drug_id)"),
    ("clinic", "Total quantity prescribed per drug category",
     "SELECT d.category, sum(p.quantity) FROM prescriptions p JOIN drugs d ON d.drug_id = p.drug_id GROUP BY 1"),
    # "<verb>s the most / the least" ranks by the column the verb names
    ("clinic", "Which doctor earns the most?",
     "SELECT doctor_id, first_name, last_name, salary FROM doctors ORDER BY salary DESC LIMIT 1"),
    ("clinic", "Which drug costs the least?", "SELECT drug_id, drug_name, unit_price FROM drugs ORDER BY unit_price LIMIT 1"),
    # "<number> or more / or fewer" is at least / at most, on a column or on a count of rows
    ("clinic", "Prescriptions with a quantity of 3 or more", "SELECT * FROM prescriptions WHERE quantity >= 3"),
    ("clinic", "Prescriptions of 10 days or fewer", "SELECT * FROM prescriptions WHERE days <= 10"),
    ("clinic", "Doctors with 100 or more appointments",
     "SELECT d.doctor_id FROM doctors d JOIN appointments a ON a.doctor_id = d.doctor_id GROUP BY 1 "
     "HAVING count(*) >= 100"),
    # "<column> of <number>" is that value
    ("clinic", "Appointments with a fee of 120", "SELECT * FROM appointments WHERE fee = 120"),
    # "which day had the most ...": the day of the rows' date, not the column `prescriptions.days`
    ("clinic", "Which month had the most appointments?",
     "SELECT date_trunc('month', appointment_date), count(*) FROM appointments GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1"),
    ("clinic", "Which day had the most appointments?",
     "SELECT appointment_date, count(*) FROM appointments GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1"),
    # ... while revenue of other rows adds up
    ("flights", "Which airline has the highest revenue?",
     "SELECT a.airline_id, sum(b.fare) FROM bookings b JOIN flights f ON f.flight_no = b.flight_no "
     "JOIN airlines a ON a.airline_id = f.airline_id GROUP BY 1 ORDER BY 2 DESC LIMIT 1"),
    # a superlative date of rows with two dates: the one the next word names
    ("clinic", "Earliest registered patient",
     "SELECT patient_id, registered_on FROM patients ORDER BY registered_on, patient_id LIMIT 1"),
    # a one-letter code spelled out
    ("clinic", "How many female patients live in York?", "SELECT count(*) FROM patients WHERE sex = 'F' AND city = 'York'"),
    ("clinic", "How many appointments did women have?",
     "SELECT count(*) FROM appointments a JOIN patients p ON p.patient_id = a.patient_id WHERE p.sex = 'F'"),
    # who practises a stored field, and "seen" as the link of patients and doctors (session 9; once
    # 'cardiologists', 'seen', 'prescribed most often' not understood)
    ("clinic", "How many cardiologists are there?", "SELECT count(*) FROM doctors WHERE specialty = 'cardiology'"),
    ("clinic", "Patients who have seen a cardiologist",
     "SELECT DISTINCT p.patient_id FROM patients p JOIN appointments a ON a.patient_id = p.patient_id "
     "JOIN doctors d ON d.doctor_id = a.doctor_id WHERE d.specialty = 'cardiology'"),
    ("clinic", "Which drug is prescribed the most often?",
     "SELECT d.drug_id, count(*) FROM prescriptions p JOIN drugs d ON d.drug_id = p.drug_id GROUP BY 1 "
     "ORDER BY 2 DESC LIMIT 1"),
]

REFUSED = [
    # each student once, or every enrolment? (the gold queries of real question sets do both)
    ("university", "Which course has the most students?", "'students' counts each student once or every row"),
    ("university", "How many students took each course?", "'students' counts each student once or every row"),
    ("university", "How many courses were taught in 2022?", "'courses' counts each course once or every row"),
    ("university", "Courses taken by student 20005", "list each course once or once per row of takes"),
    ("shop", "How many customers ordered from each store?", "counts each customer once or every row of orders"),
    # "total <rows>" of a table whose rows have an amount (not rows that are one): how many, or how much?
    ("ledger", "Total invoices per customer", "'total invoices' could be the number of invoices or the sum"),
    # "largest <other table>": the biggest one, or the most of them?
    ("ledger", "Which customer has the largest invoice?", "the single biggest invoice or the most invoice rows"),
    # a condition that could be on the rows or on their owner
    ("hr", "Job history of employees in the IT department", "about the job history rows themselves or about"),
    # a verb naming another table's date while the rows have their own
    ("hr", "Employees who started in 2012", "'started' means the job history start date or a date of the employees"),
    ("shop", "Oldest employee", "'Oldest' means for employees"),          # no birth date: no age
    ("university", "How many sections were taught in Spring 2023?", "'sections' is not a table"),
    # the top rows within every time bucket is not one ranking with a LIMIT either (not read per group)
    ("clinic", "The 2 doctors with the most appointments per month", "can't rank within each group"),
    # a percentage of rows across their 1:n related rows counts some twice and drops the rows with none
    ("ledger", "Percentage of invoices paid by card", "would count some rows more than once"),
    # the average line of each order, or the average order total?
    ("shop", "Average quantity per order", "or the average of each order's total quantity"),
    # words that would otherwise be dropped
    ("shop", "What is the total stock value?", "'value'"),
    # a verb that names no column is not taken as one, whatever the phrasing around it
    ("clinic", "Which patient spends the most?", "'spends'"),
    # "highest <column>" of other rows: their total, their average or the single highest one?
    ("hr", "Which department has the highest salary?", "by the total, the average or the single highest salary"),
    ("hr", "Which job pays the most?", "by the total, the average or the single highest salary"),
]


@pytest.mark.parametrize("schema,question,expected", ANSWERED, ids=[q for _, q, _ in ANSWERED])
def test_risky_shapes_are_answered_as_hand_written_sql_answers_them(seeded, schema, question, expected):
    assert_answered_as(seeded[schema], question, expected)


@pytest.mark.parametrize("schema,question,says", REFUSED, ids=[q for _, q, _ in REFUSED])
def test_ambiguous_readings_are_refused_naming_the_ambiguity(seeded, schema, question, says):
    assert_refused_saying(seeded[schema], question, says)
