"""What counts as the model's SQL: exactly one statement, from its one ```sql block or, without a
block, from the prose. Anything else is a problem fed back to the model, with the right reason."""
from __future__ import annotations

import pytest

from services.nl_to_sql.extract import NO_SQL, extract_sql
from services.nl_to_sql.validator import check_answer


@pytest.mark.parametrize("text,sql,explanation", [
    ("Here you go:\n```sql\nSELECT 1;\n```\nIt selects one.", "SELECT 1", "Here you go: It selects one."),
    ("```\nSELECT a FROM b\n```", "SELECT a FROM b", ""),
    ("```python\nprint(1)\n```\n```sql\nWITH x AS (SELECT 1) SELECT * FROM x\n```",
     "WITH x AS (SELECT 1) SELECT * FROM x", ""),
    ("Sure. SELECT name FROM stores; That lists the stores.", "SELECT name FROM stores", "Sure. That lists the stores."),
    ("select name\nfrom stores", "select name\nfrom stores", ""),
    ("```sql\nSELECT 1\n```\nThe WITH clause is not needed here; with this you get one row.", "SELECT 1",
     "The WITH clause is not needed here"),
    ("```sql\nSELECT 1\n```\n```sql\nSELECT 1;\n```", "SELECT 1", ""),         # the same block twice
    ("```sql\nSELECT name FROM stores WHERE note = 'a; b'\n```", "SELECT name FROM stores WHERE note = 'a; b'", ""),
])
def test_one_statement_is_the_answer(text, sql, explanation):
    got = extract_sql(text)
    assert got.sql == sql and got.problems == []
    assert explanation in got.explanation


def test_a_fenced_delete_is_the_answer_not_the_select_in_the_prose(demo_schema):
    text = "```sql\nDELETE FROM orders\n```\nTo check, run SELECT count(*) FROM orders; afterwards."
    got = extract_sql(text)
    assert got.sql == "DELETE FROM orders"
    checked = check_answer(text, demo_schema)
    assert checked.sql == "DELETE FROM orders"
    assert any("DELETE" in e and "read data" in e for e in checked.errors), checked.errors
    assert any("outside the ```sql block (SELECT)" in e for e in checked.errors), checked.errors
    assert not any("no SQL" in e for e in checked.errors)


def test_an_unfenced_select_then_drop_is_two_statements_not_a_select():
    got = extract_sql("SELECT id FROM orders; DROP TABLE orders;")
    assert got.sql is None
    assert got.problems == ["The answer contained 2 SQL statements (SELECT, DROP); only one read-only SELECT "
                            "query is allowed, in one ```sql block."]
    assert "DROP" not in got.explanation


def test_a_fenced_update_is_refused_as_an_update_not_as_unparseable(demo_schema):
    checked = check_answer("```sql\nUPDATE orders SET status = 'x'\n```\nDone with the cleanup.", demo_schema)
    assert len(checked.errors) == 1, checked.errors
    assert "UPDATE statement" in checked.errors[0] and "parsed" not in checked.errors[0]


def test_an_unfenced_delete_is_refused_as_a_delete(demo_schema):
    checked = check_answer("DELETE FROM orders WHERE id = 1;", demo_schema)
    assert checked.sql == "DELETE FROM orders WHERE id = 1"
    assert checked.errors and "DELETE statement" in checked.errors[0]


def test_two_different_blocks_are_not_picked_from():
    got = extract_sql("```sql\nSELECT 1\n```\nor\n```sql\nSELECT 2\n```")
    assert got.sql is None and "2 different ```sql blocks" in got.problems[0]


def test_two_statements_in_one_block_fail_validation(demo_schema):
    checked = check_answer("```sql\nSELECT 1; DROP TABLE orders;\n```", demo_schema)
    assert any("2 statements" in e for e in checked.errors), checked.errors


def test_no_sql_at_all_says_so(demo_schema):
    got = extract_sql("I cannot answer this from the schema.")
    assert got.sql is None and got.problems == [NO_SQL]
    assert got.explanation == "I cannot answer this from the schema."
    assert check_answer("I cannot answer this from the schema.", demo_schema).errors == [NO_SQL]


def test_broken_sql_in_prose_is_reported_as_unparseable(demo_schema):
    checked = check_answer("SELECT name FROM stores WHERE", demo_schema)
    assert checked.sql == "SELECT name FROM stores WHERE"
    assert checked.errors and "could not be parsed" in checked.errors[0]


def test_a_valid_answer_passes_with_its_tables(demo_schema):
    checked = check_answer("```sql\nSELECT s.name FROM stores s LIMIT 5\n```\nStore names.", demo_schema)
    assert checked.errors == [] and checked.tables == ["stores"] and checked.explanation == "Store names."
