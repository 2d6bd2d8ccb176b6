"""Validation of generated SQL against the demo schema (extraction from answers: test_extract.py)."""
import pytest

from services.nl_to_sql.validator import validate_sql


@pytest.mark.parametrize("sql", [
    "SELECT c.city, count(*) AS n FROM customers c JOIN orders o ON o.customer_id = c.id GROUP BY c.city ORDER BY n DESC",
    "WITH big AS (SELECT order_id, sum(quantity) AS q FROM order_items GROUP BY order_id) "
    "SELECT o.id, big.q FROM orders o JOIN big ON big.order_id = o.id WHERE big.q > 10",
    "SELECT name FROM products p WHERE EXISTS (SELECT 1 FROM order_items oi WHERE oi.product_id = p.id)",
    "SELECT x.total FROM (SELECT sum(unit_price) AS total FROM products) x",
    "SELECT date_trunc('month', order_date) AS m, count(*) FROM orders GROUP BY m ORDER BY m",
    "SELECT * FROM public.stores LIMIT 5",
])
def test_valid_queries_pass(demo_schema, sql):
    result = validate_sql(sql, demo_schema)
    assert result.valid, result.errors


@pytest.mark.parametrize("sql,expected", [
    ("SELECT * FROM custmers", "Table 'custmers' does not exist. Did you mean 'customers'?"),
    ("SELECT c.citty FROM customers c", "Column 'citty' does not exist in table 'customers'. Did you mean 'city'?"),
    ("SELECT nickname FROM customers", "Column 'nickname' does not exist in customers."),
    ("SELECT o.city FROM orders o", "It exists in customers, stores; join that table."),
    ("SELECT customers.city FROM orders", "Table 'customers' is used in 'customers.city' but is not in the FROM clause."),
    ("SELECT id FROM products WHERE category_id IN (SELECT id FROM categories WHERE titel = 'x')",
     "Column 'titel' does not exist in categories."),
    ("DELETE FROM orders", "DELETE"),
    ("SELECT 1; SELECT 2", "2 statements"),
    ("SELECT pg_read_file('/etc/passwd')", "pg_read_file"),
])
def test_invalid_queries_explain_why(demo_schema, sql, expected):
    result = validate_sql(sql, demo_schema)
    assert not result.valid
    assert any(expected in e for e in result.errors), result.errors
