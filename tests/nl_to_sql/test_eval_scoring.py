"""The eval's pure parts: result sets compared with column order and names ignored, the gold
tables of a query, and the figures and report printed from outcomes."""
from __future__ import annotations

from decimal import Decimal

import pytest

from bench.nl_to_sql.compare import same_result
from bench.nl_to_sql.questions import Question, parse_questions
from bench.nl_to_sql.report import as_json, figures, percentile, reason_kind, render
from bench.nl_to_sql.runner import CORRECT, GOLD_ERROR, REFUSED, WRONG, Outcome, gold_tables, recall_of

GOLD = [("Berlin", 3), ("Munich", 2)]


@pytest.mark.parametrize("predicted", [
    [("Berlin", 3), ("Munich", 2)],
    [("Munich", 2), ("Berlin", 3)],                        # row order
    [(3, "Berlin"), (2, "Munich")],                        # column order
    [(7, "Berlin", 3), (9, "Munich", 2)],                  # an extra id column
    [("Berlin", Decimal("3.00")), ("Munich", "2.0")],      # numbers as numbers, decimals or text
], ids=["same", "rows-reordered", "columns-reordered", "extra-column", "number-forms"])
def test_the_same_answer_in_another_shape_is_correct(predicted):
    assert same_result(GOLD, predicted)


@pytest.mark.parametrize("predicted", [
    [("Berlin", 3)],                                       # a row missing
    [("Berlin", 3), ("Munich", 2), ("Hamburg", 1)],        # a row too many
    [("Berlin", 2), ("Munich", 3)],                        # each column right, the pairs wrong
    [("Berlin", 3), ("Munich", 2.01)],                     # a different figure
    [("Berlin",), ("Munich",)],                            # a column missing
    [("Berlin", 3), ("Berlin", 3)],                        # the rows are a multiset
], ids=["missing-row", "extra-row", "wrong-pairs", "other-value", "missing-column", "duplicate-row"])
def test_a_different_answer_is_wrong(predicted):
    assert not same_result(GOLD, predicted)


def test_values_are_normalised_but_null_is_not_text():
    assert same_result([("2024-03-01",)], [("2024-03-01T00:00:00+00:00",)])
    assert same_result([(1 / 3,)], [(0.33333,)])
    assert not same_result([(None,)], [("NULL",)])
    assert same_result([(None, 1)], [(1, None)])
    assert same_result([], []) and not same_result([], [(1,)])


def test_gold_tables_are_the_tables_read_not_the_ctes():
    sql = ('WITH per_order AS (SELECT o.id, sum(i.price) AS total FROM orders o JOIN order_items i '
           'ON i.order_id = o.id GROUP BY o.id) SELECT avg(total) FROM per_order '
           'JOIN fin."lgInvoice" ON true')
    assert gold_tables(sql) == {"orders", "order_items", "fin.lginvoice"}
    assert recall_of(sql, ["orders", "fin.lgInvoice", "customers"]) == pytest.approx(2 / 3)
    assert recall_of("SELECT 1", ["orders"]) is None


def test_question_files_parse_into_questions_and_refusals():
    text = "# a comment\nQ: How many orders?\nSELECT count(*)\nFROM orders;\n\nQ: Who will churn?\nREFUSE\n"
    assert parse_questions("shop", text) == [Question("shop", "How many orders?", "SELECT count(*)\nFROM orders"),
                                             Question("shop", "Who will churn?", None)]
    with pytest.raises(ValueError, match="no gold SQL"):
        parse_questions("shop", "Q: Empty?\n\nQ: Next?\nSELECT 1")


def outcome(schema: str, verdict: str, *, gold: str | None = "SELECT 1", latency: float = 10.0,
            reason: str | None = None, recall: float | None = None, text: str | None = None) -> Outcome:
    question = Question(schema, text or f"{schema} {verdict} {latency} {reason}", gold)
    sql = "SELECT 1" if verdict == CORRECT and gold or verdict == WRONG else None
    return Outcome(question, verdict, latency, sql=sql, reason=reason, recall=recall)


def test_figures_count_each_verdict_once():
    outcomes = [
        outcome("shop", CORRECT, latency=10, recall=1.0),
        outcome("shop", WRONG, latency=20, recall=0.5, reason="2 rows, gold has 3"),
        outcome("shop", REFUSED, latency=30, reason="I don't understand 'churn' in this question.", recall=1.0),
        outcome("shop", CORRECT, gold=None, latency=40, reason="I cannot answer that."),   # refused, rightly
        outcome("shop", WRONG, gold=None, latency=50, reason="answered a question the schema cannot answer"),
        outcome("shop", GOLD_ERROR, latency=9999, reason="gold SQL failed"),              # not scored
    ]
    f = figures("shop", outcomes)
    assert f.questions == 5
    assert (f.answered, f.correct, f.wrong) == (60.0, 40.0, 40.0)
    assert f.refused_unanswerable == "1/2"
    assert f.recall == pytest.approx(2.5 / 3)
    assert (f.p50_ms, f.p95_ms) == (30, 50)
    assert f.reasons == [("I don't understand '…' in this question.", 1)]


def test_percentiles_are_nearest_rank():
    values = [float(v) for v in range(1, 101)]
    assert (percentile(values, 0.5), percentile(values, 0.95)) == (51.0, 95.0)
    assert percentile([], 0.95) == 0.0 and percentile([7.0], 0.95) == 7.0


def test_reasons_group_by_kind():
    assert reason_kind("I don't understand 'churn', 'likely' in this question.") == \
        reason_kind("I don't understand 'names', 'area' in this question.")
    assert reason_kind("No valid query after 3 attempts") == "No valid query after N attempts"
    assert reason_kind("The customer's 'x' value") == "The customer's '…' value"


def test_the_report_has_a_row_per_schema_overall_and_the_reasons_per_schema():
    outcomes = [outcome("shop", CORRECT, recall=1.0, text="q1"), outcome("hr", CORRECT, recall=1.0, text="q2"),
                outcome("hr", REFUSED, reason="I don't understand 'boss' in this question.", text="q3"),
                outcome("ledger", WRONG, reason="0 rows, gold has 4", text="q4"),
                outcome("ledger", CORRECT, gold=None, reason="I cannot answer that.", text="q5")]
    outcomes[1].gold_rejected = "Column 'x' does not exist."
    text = render(outcomes, failures=True)
    assert "validator: 1 of 4 gold queries rejected (false rejects)\n  hr: q2: Column 'x' does not exist." in text
    for split in {o.question.split for o in outcomes}:
        assert f"== {split} ==" in text
    table = {line.split()[0]: line for line in text.splitlines() if line[:1].isalpha() and "%" in line}
    assert {"shop", "hr", "all"} <= set(table)
    assert "  hr:\n      1  I don't understand '…' in this question." in text
    assert "WRONG: q4\n    0 rows, gold has 4\n    SELECT 1" in text and "REFUSED: q3" in text
    data = as_json(outcomes)
    every = [row for split in data.values() for row in split]
    assert {"name", "answered", "correct", "wrong", "recall", "p50_ms", "p95_ms", "reasons"} <= set(every[0])
    assert sum(row["questions"] for row in every if row["name"] == "all") == 5
    assert sum(row["gold_rejected"] for row in every if row["name"] == "all") == 1
