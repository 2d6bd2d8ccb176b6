"""The offline engine on fresh probe questions (written for these tests, not taken from the eval)
over the development-only `library` schema (bench/nl_eval/library.sql): loans of copies of books,
written by authors through a bridge. Read now: a passive verb naming the counted rows before "the
most [often]" at the end ("has been borrowed the most": the most loans). Refused: "whose <rows> ..."
asks for owners no word names (once answered with the rows themselves); two routes to a table that
part after a shared start ("fines per branch"). Read now: "total fines" (rows that are amounts) and
time buckets without the rows that have no date. Answers are compared by
result with hand-written SQL on real PostgreSQL."""
from __future__ import annotations

import pytest

from tests.nl_to_sql.offline_checks import assert_answered_as, assert_refused_saying
from tests.nl_to_sql.test_offline_schemas import _seeded


@pytest.fixture(scope="module")
async def library(session_databases):
    return await _seeded(session_databases, "library")


_LOANED_BOOKS = "FROM loans l JOIN copies c ON c.copy_id = l.copy_id JOIN books b ON b.book_id = c.book_id"

ANSWERED = [
    ("Which language was borrowed the most?",
     f"SELECT b.language, count(*) {_LOANED_BOOKS} GROUP BY 1 ORDER BY 2 DESC LIMIT 1"),
    ("Which language is borrowed most often?",
     f"SELECT b.language, count(*) {_LOANED_BOOKS} GROUP BY 1 ORDER BY 2 DESC LIMIT 1"),
    ("Which author has been borrowed the most?",
     f"SELECT ba.author_id, count(DISTINCT l.loan_id) {_LOANED_BOOKS} JOIN book_authors ba ON ba.book_id = b.book_id "
     "GROUP BY 1 ORDER BY 2 DESC LIMIT 1"),
    # rows that are sums of money themselves: "total fines" adds up their one amount (once refused: the
    # number of fines or the sum of their amount)
    ("Total fines of senior members",
     "SELECT sum(f.amount) FROM fines f JOIN loans l ON l.loan_id = f.loan_id "
     "JOIN members m ON m.member_id = l.member_id WHERE m.membership_type = 'senior'"),
    # a month of a missing date is no month (the old engine added a row of the unpaid fines)
    ("Total fines paid per year",
     "SELECT date_trunc('year', paid_on), sum(amount) FROM fines WHERE paid_on IS NOT NULL GROUP BY 1"),
    # "written in <language>": the language the books are in (once not understood)
    ("How many books are written in Spanish?", "SELECT count(*) FROM books WHERE language = 'Spanish'"),
    # "has paid the most in fines": the highest total of the fines paid; a verb it cannot read is refused
    ("Which 3 members have paid the most in fines?",
     "SELECT m.member_id, sum(f.amount) FROM fines f JOIN loans l ON l.loan_id = f.loan_id "
     "JOIN members m ON m.member_id = l.member_id WHERE f.paid_on IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 3"),
    # "When ...": a date; "the last <rows> <verb>ed" ranks by the verb's date (once not understood)
    ("When was the last loan returned?",
     "SELECT return_date FROM loans WHERE return_date = (SELECT max(return_date) FROM loans) LIMIT 1"),
    # "<verb>ed first / last" at the end is the verb's date, earliest / latest (once not understood)
    ("Which branch opened last?", "SELECT branch_id, name FROM branches ORDER BY opened_on DESC LIMIT 1"),
    # the youngest of rows born in a year (an integer `birth_year`; once: no idea what 'youngest' means)
    ("Who is the youngest author?",
     "SELECT first_name, last_name FROM authors WHERE birth_year = (SELECT max(birth_year) FROM authors)"),
]

REFUSED = [
    ("Whose books have been borrowed the most?", "whose rows 'whose' asks for"),
    # two routes that part after a shared start: the fined loan's member's branch or its copy's (the old
    # engine took the member's without saying so)
    ("Total fines per branch", "branches are reached from fines in more than one way"),
    ("Which members owe the most in fines?", "'owe'"),
    ("When is member 5?", "which date 'When' asks for"),
]


@pytest.mark.parametrize(("question", "expected"), ANSWERED)
def test_library_probes_are_answered_as_hand_written_sql_answers_them(library, question, expected):
    assert_answered_as(library, question, expected)


@pytest.mark.parametrize(("question", "says"), REFUSED)
def test_library_probe_misreadings_are_refused_naming_them(library, question, says):
    assert_refused_saying(library, question, says)
