"""The eval's comparator and gold queries whose result is not determined: `ORDER BY ... LIMIT n`
with rows tied at the n-th place. Any choice of the tied rows is as right as the one PostgreSQL
happened to return for the gold query; nothing else is."""
from __future__ import annotations

import psycopg2
import pytest

from bench.nl_to_sql.compare import same_result
from bench.nl_to_sql.questions import Question
from bench.nl_to_sql.report import figures
from bench.nl_to_sql.runner import CORRECT, Outcome
from bench.nl_to_sql.ties import Ties, ranked_sql
from tests.nl_to_sql.test_offline_schemas import _rows


@pytest.fixture(scope="module")
def stores(session_databases) -> str:
    _, dsn = session_databases("qc_nl_ties")
    conn = psycopg2.connect(dsn)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute("CREATE TABLE stores (id int PRIMARY KEY, name text, orders int);"
                    "INSERT INTO stores VALUES (1, 'Berlin', 9), (2, 'Paris', 5), (3, 'Lyon', 5), (4, 'Rome', 1)")
    conn.close()
    return dsn


def _ties(dsn: str, gold: str) -> Ties | None:
    ranked = ranked_sql(gold)
    assert ranked is not None
    return Ties.of(_rows(dsn, ranked[0]), ranked[1])


@pytest.mark.parametrize("gold", [
    "SELECT id, name, orders FROM stores ORDER BY orders DESC LIMIT 2",
    "SELECT id, name, orders AS n FROM stores ORDER BY n DESC LIMIT 2",          # an output alias
    "SELECT id, name, orders FROM stores ORDER BY 3 DESC LIMIT 2",               # a position
])
def test_another_choice_of_the_rows_tied_at_the_limit_is_right(stores, gold):
    ties = _ties(stores, gold)
    assert ties is not None and ties.places == 1
    paris, lyon = [(2, "Paris", 5), (1, "Berlin", 9)], [("Lyon", 5, 3), ("Berlin", 9, 1)]
    assert ties.accepts(paris) and ties.accepts(lyon)            # either tied store, any column order
    assert same_result(_rows(stores, gold), paris) != same_result(_rows(stores, gold), lyon)   # strict: one only


@pytest.mark.parametrize("predicted", [
    [(2, "Paris", 5), (3, "Lyon", 5)],          # the row ranked above the tie is missing
    [(1, "Berlin", 9), (4, "Rome", 1)],         # a row that is not tied
    [(1, "Berlin", 9)],                         # too few rows
    [(1, "Berlin", 9), (2, "Paris", 5), (3, "Lyon", 5)],   # too many
    [(1, "Berlin"), (2, "Paris")],              # a column missing
], ids=["missing-top-row", "untied-row", "too-few", "too-many", "missing-column"])
def test_nothing_but_a_choice_among_tied_rows_is_accepted(stores, predicted):
    ties = _ties(stores, "SELECT id, name, orders FROM stores ORDER BY orders DESC LIMIT 2")
    assert ties is not None and not ties.accepts(predicted)


def test_a_limit_without_ties_or_without_order_has_no_alternatives(stores):
    assert _ties(stores, "SELECT id, orders FROM stores ORDER BY orders DESC LIMIT 1") is None
    assert _ties(stores, "SELECT id, orders FROM stores ORDER BY orders DESC LIMIT 3") is None
    assert ranked_sql("SELECT id FROM stores LIMIT 2") is None
    assert ranked_sql("SELECT count(*) FROM stores") is None


def test_the_report_shows_the_strict_figure_beside_the_tie_aware_one():
    outcomes = [Outcome(Question("shop", "q1", "SELECT 1"), CORRECT, 1.0, sql="SELECT 1"),
                Outcome(Question("shop", "q2", "SELECT 1"), CORRECT, 1.0, sql="SELECT 1", tie=True)]
    f = figures("shop", outcomes)
    assert (f.correct, f.strict) == (100.0, 50.0)
