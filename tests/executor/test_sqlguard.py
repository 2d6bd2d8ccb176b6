"""The read-only guard alone (pure logic): every write or dangerous statement is refused with a
reason in plain words, and ordinary queries pass."""
import pytest

from contracts.errors import ErrorCode, ServiceError
from services.sqlguard import check_read_only, statement_text
from tests.executor.corpus import ALLOWED, REFUSED

LIMIT = 30  # seconds: the longest a statement may run


def test_corpus_is_large_enough():
    assert len(REFUSED) >= 40


@pytest.mark.parametrize("sql", REFUSED)
def test_refused(sql):
    with pytest.raises(ServiceError) as caught:
        check_read_only(sql, timeout_seconds=LIMIT)
    body = caught.value.body
    assert body.code is ErrorCode.SQL_REJECTED
    assert body.message and "Traceback" not in body.message
    assert body.suggestion


@pytest.mark.parametrize("sql", ALLOWED)
def test_allowed(sql):
    assert check_read_only(sql, timeout_seconds=LIMIT) is not None


@pytest.mark.parametrize("sql, words", [
    ("SELECT 1; DELETE FROM items", "2 statements"),
    ("DELETE FROM items", "DELETE"),
    ("WITH x AS (DELETE FROM items RETURNING *) SELECT * FROM x", "DELETE"),
    ("SELECT * INTO t FROM items", "INTO"),
    ("SELECT * FROM items FOR UPDATE", "FOR UPDATE"),
    ("SELECT dblink_exec('a', 'b')", "dblink_exec()"),
    ("COPY items TO PROGRAM 'x'", "COPY"),
    ("SELECT pg_sleep(100)", "30 s"),
])
def test_reason_names_the_problem(sql, words):
    with pytest.raises(ServiceError) as caught:
        check_read_only(sql, timeout_seconds=LIMIT)
    assert words in caught.value.body.message


def test_sleep_needs_a_limit():
    with pytest.raises(ServiceError):
        check_read_only("SELECT pg_sleep(1)")
    assert check_read_only("SELECT pg_sleep(1)", timeout_seconds=1)


@pytest.mark.parametrize("sql, text", [
    ("SELECT 1; -- the end", "SELECT 1"),
    ("SELECT ';' ;; /* ; */", "SELECT ';' "),
    ("SELECT $$;$$", "SELECT $$;$$"),
    ("SELECT 1 -- no semicolon", "SELECT 1 -- no semicolon"),
    ("SELECT 1; DELETE FROM items", "SELECT 1; DELETE FROM items"),  # for PostgreSQL to refuse
])
def test_statement_text_drops_only_the_semicolons_after_the_statement(sql, text):
    assert statement_text(sql) == text
