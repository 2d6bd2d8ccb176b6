"""The console as a user drives it, in real Chromium, over a raw WebSocket and over SockJS in a
browser without WebSocket: Cancel stops a running query (in PostgreSQL too), a monthly question
draws a 12-point line chart whose CSV has the table's rows, revenue per category a bar chart, and
a failed question after a successful one leaves nothing stale on screen."""
import json
import time

import psycopg2
import pytest

from tests.e2e.conftest import TRANSPORTS
from tests.e2e.console_page import BAR_COLORS, WAIT_MS, bar, download_csv, newest, parse_tsv, sign_in, table, wait_for

pytestmark = pytest.mark.browser

SLEEP_SQL = "SELECT pg_sleep(20)"
MONTHLY_QUESTION = "How many orders per month in 2025?"


def active_sleeps(dsn: str) -> int:
    with psycopg2.connect(dsn) as conn, conn.cursor() as cur:
        # The executor runs the SQL through a cursor: the backend shows FETCH, waiting in PgSleep.
        cur.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                    " AND state = 'active' AND pid <> pg_backend_pid() AND wait_event = 'PgSleep'")
        return cur.fetchone()[0]


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_cancel_stops_a_running_query(open_console, running_system, artifacts, transport):
    page = open_console(transport)
    sign_in(page)
    assert page.get_attribute("#live", "data-transport") == ("websocket" if transport == "websocket" else "xhr-streaming")
    page.fill("#sql", SLEEP_SQL)
    page.click("#run button[type=submit]")

    timeline = newest(page, "QUERY_EXECUTION")
    timeline.locator(".chip[data-stage=EXECUTING]").wait_for(timeout=WAIT_MS)
    assert wait_for(lambda: active_sleeps(running_system.demo_dsn) == 1)  # it really runs
    before = timeline.locator(".elapsed").inner_text()
    # The elapsed time ticks (it would stand still for good: the wait fails after 5 s).
    page.wait_for_function("([id, before]) => document.querySelector(`.timeline[data-request-id='${id}'] .elapsed`)"
                           ".textContent !== before", arg=[timeline.get_attribute("data-request-id"), before],
                           timeout=5000)
    assert timeline.get_attribute("data-state") == "running"
    assert timeline.locator(".outcome").inner_text() == "Running"
    assert bar(timeline)[1] == BAR_COLORS["running"]

    started = time.monotonic()
    timeline.locator("button.cancel").click()
    timeline.locator(".chip[data-stage=CANCELLED]").wait_for(timeout=WAIT_MS)
    took = time.monotonic() - started
    page.wait_for_selector("#problem", state="visible")
    page.screenshot(path=str(artifacts / f"e2e-cancel-{transport}.png"), full_page=True)
    (artifacts / f"e2e-cancel-{transport}.json").write_text(json.dumps({"clickToCancelledSeconds": round(took, 3)}))
    print(f"cancel over {transport}: CANCELLED {took:.3f} s after the click")

    assert wait_for(lambda: active_sleeps(running_system.demo_dsn) == 0)
    assert timeline.get_attribute("data-state") == "cancelled"
    assert timeline.locator(".outcome").inner_text() == "Cancelled"
    assert bar(timeline) == ("100", BAR_COLORS["cancelled"])
    assert timeline.locator("button.cancel").count() == 0
    assert page.get_attribute("#problem", "data-code") == "CANCELLED"
    assert page.inner_text("#problem .title") == "Query cancelled"
    assert page.locator("#result").is_hidden()
    assert page.errors == []


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_monthly_question_draws_a_line_chart_and_exports_the_table_rows(open_console, artifacts, transport):
    page = open_console(transport)
    sign_in(page)
    page.fill("#question", MONTHLY_QUESTION)
    page.press("#question", "Control+Enter")  # asks; the SQL runs when ready

    question = newest(page, "NL_TO_SQL")
    question.locator(".answer .sql").wait_for(timeout=WAIT_MS)
    assert question.locator(".answer .explanation").inner_text().strip()
    # The REST answer can arrive before the last live event; the timeline turns done on that event.
    page.wait_for_selector('.timeline[data-feature=NL_TO_SQL][data-state=done]', timeout=WAIT_MS)
    assert question.get_attribute("data-state") == "done"
    page.wait_for_selector("#result", state="visible", timeout=WAIT_MS)
    canvas = page.locator("#chart canvas")
    canvas.wait_for()
    page.screenshot(path=str(artifacts / f"e2e-chart-{transport}.png"), full_page=True)

    assert canvas.get_attribute("data-chart-type") == "line"
    assert canvas.get_attribute("data-points") == "12"
    assert canvas.evaluate("c => Chart.getChart(c).getDatasetMeta(0).data.length") == 12
    # To a screen reader the chart is one focusable image that says what it shows.
    assert canvas.get_attribute("role") == "img" and canvas.get_attribute("tabindex") == "0"
    label = canvas.get_attribute("aria-label")
    assert label.startswith("Line chart of ") and "12 points" in label and "arrow keys" in label
    assert page.get_attribute("#chart .chart-readout", "aria-live") == "polite"

    headers, rows = table(page)
    assert len(rows) == 12
    exported = download_csv(page)
    assert exported[0] == headers
    assert exported[1:] == [["" if v is None else v for v in row] for row in rows]
    page.click("#copy-tsv")
    page.wait_for_selector("#copy-status:has-text('Copied 12 rows')")
    assert parse_tsv(page.evaluate("navigator.clipboard.readText()")) == exported

    # Counts are numbers: right-aligned; months are readable, not ISO strings.
    count_cell = page.locator("#result tbody tr").first.locator("td").nth(1)
    assert count_cell.evaluate("td => getComputedStyle(td).textAlign") == "right"
    first_month = page.locator("#result tbody tr").first.locator("td").first
    assert "2025" in first_month.inner_text() and "-" not in first_month.inner_text()

    canvas.focus()
    page.keyboard.press("End")
    readout = page.inner_text("#chart .chart-readout")
    assert readout.startswith(page.locator("#result tbody tr").last.locator("td").first.inner_text())
    assert "12 of 12" in readout
    assert page.locator("#result table").is_visible()  # the table stays beside the chart
    assert page.errors == []


def test_failed_question_after_a_successful_one_leaves_nothing_stale(open_console, artifacts):
    page = open_console()
    sign_in(page)
    page.click("#examples .example >> text='Total revenue per category'")
    page.wait_for_selector("#result", state="visible", timeout=WAIT_MS)
    assert page.input_value("#sql")
    # Categories and their revenue (a numeric sum): a bar chart beside the table.
    canvas = page.locator("#chart canvas")
    assert canvas.get_attribute("data-chart-type") == "bar"
    headers, rows = table(page)
    assert canvas.get_attribute("data-points") == str(len(rows)) and len(rows) >= 2
    assert canvas.get_attribute("aria-label").startswith("Bar chart of ")
    chart_box, table_box = canvas.bounding_box(), page.locator("#result .table-wrap").bounding_box()
    assert chart_box["x"] + chart_box["width"] <= table_box["x"]  # side by side at 1280 px
    page.screenshot(path=str(artifacts / "e2e-bar-chart.png"), full_page=True)

    page.fill("#question", "What is the meaning of life?")
    page.click("#ask button[type=submit]")
    page.wait_for_selector("#problem", state="visible", timeout=WAIT_MS)
    failed = newest(page, "NL_TO_SQL")
    failed.locator(".chip[data-status=ERROR]").wait_for(timeout=WAIT_MS)
    page.screenshot(path=str(artifacts / "e2e-failed-after-success.png"), full_page=True)

    assert page.locator("#result").is_hidden()
    assert page.input_value("#sql") == ""
    assert failed.locator(".answer").count() == 0
    assert failed.get_attribute("data-state") == "failed"
    assert bar(failed) == ("100", BAR_COLORS["failed"])
    assert page.inner_text("#problem .title") == "No answer for this question"  # not "Unprocessable Entity"
    assert page.locator("#problem .suggestion").inner_text().strip()
    assert page.errors == []


def test_long_results_say_they_are_truncated_and_numbers_keep_every_digit(open_console):
    page = open_console()
    sign_in(page)
    page.fill("#max-rows", "3")
    # `big` has more digits than a double holds: shown and exported digit for digit.
    page.fill("#sql", "SELECT g AS n, (g * 1000.125)::numeric(12,3) AS amount, NULL::text AS nothing,"
                      " '2025-03-01'::date + g AS day, 12345678901234567.891 * g AS big"
                      " FROM generate_series(1, 10) g ORDER BY g")
    page.press("#sql", "Control+Enter")
    page.wait_for_selector("#result", state="visible", timeout=WAIT_MS)

    assert page.locator("#truncated-note").is_visible()
    assert "first 3 rows" in page.inner_text("#truncated-note")
    first = page.locator("#result tbody tr").first.locator("td")
    assert first.nth(1).inner_text() == "1,000.125"   # grouped, all three decimals
    assert first.nth(1).get_attribute("title") == "1000.125"
    assert first.nth(2).inner_text() == "NULL"
    assert first.nth(3).inner_text() == "Mar 2, 2025"
    assert first.nth(4).inner_text() == "12,345,678,901,234,567.891"
    assert first.nth(4).evaluate("td => getComputedStyle(td).textAlign") == "right"
    assert first.nth(2).evaluate("td => getComputedStyle(td).fontStyle") == "italic"  # NULL, not the text "NULL"
    exported = download_csv(page)
    assert exported[0] == ["n", "amount", "nothing", "day", "big"]
    assert exported[1] == ["1", "1000.125", "", "2025-03-02", "12345678901234567.891"]
    assert len(exported) == 1 + 3  # the rows received, no more
    assert page.errors == []


def test_cancel_pressed_before_the_query_started_still_cancels_it(open_console, running_system):
    page = open_console("websocket")
    sign_in(page)
    held = []  # the execute call, kept back until Cancel was pressed
    page.route("**/api/query/execute", lambda route: held.append(route))
    page.fill("#sql", SLEEP_SQL)
    with page.expect_request("**/api/query/execute"):
        page.click("#run button[type=submit]")
    timeline = newest(page, "QUERY_EXECUTION")
    with page.expect_response(lambda r: r.request.method == "DELETE") as first_try:
        timeline.locator("button.cancel").click()
    assert first_try.value.status == 404  # the gateway has not even seen the request yet
    held[0].continue_()

    timeline.locator(".chip[data-stage=CANCELLED]").wait_for(timeout=WAIT_MS)
    assert timeline.get_attribute("data-state") == "cancelled"
    assert wait_for(lambda: active_sleeps(running_system.demo_dsn) == 0)
    assert page.errors == []


def test_awkward_text_exports_exactly_and_moments_read_in_the_browsers_zone(open_console):
    page = open_console(timezone_id="Europe/Berlin", locale="en-US")
    sign_in(page)
    page.fill("#sql", "SELECT 'a,b' AS comma, 'say \"hi\"' AS quote, E'two\\nlines\\tand a tab' AS multiline,"
                      " ' padded ' AS padded, timestamptz '2025-03-02 14:30:00+00' AS at,"
                      " timestamp '2025-03-02 14:30:00' AS wall, true AS flag")
    page.press("#sql", "Control+Enter")
    page.wait_for_selector("#result", state="visible", timeout=WAIT_MS)

    cells = page.locator("#result tbody tr").first.locator("td")
    assert cells.nth(4).inner_text() == "Mar 2, 2025, 3:30 PM GMT+1"  # 14:30 UTC, read in Berlin
    assert cells.nth(5).inner_text() == "Mar 2, 2025, 2:30 PM"        # a wall time stays as written
    headers, rows = table(page)
    exported = download_csv(page)
    assert exported[1][:4] == ["a,b", 'say "hi"', "two\nlines\tand a tab", " padded "]
    assert exported[1] == [str(v).lower() if isinstance(v, bool) else v for v in rows[0]]
    page.click("#copy-tsv")
    page.wait_for_selector("#copy-status:has-text('Copied 1 rows')")
    tsv = page.evaluate("navigator.clipboard.readText()").split("\n")
    assert tsv[1].split("\t")[:4] == ["a,b", 'say "hi"', "two lines and a tab", " padded "]  # one line per row
    assert page.errors == []


def test_key_columns_are_not_charted_as_quantities(open_console):
    page = open_console()
    sign_in(page)
    page.fill("#sql", "SELECT id, name, category_id, unit_price FROM products ORDER BY unit_price DESC LIMIT 5")
    page.press("#sql", "Control+Enter")
    page.wait_for_selector("#result", state="visible", timeout=WAIT_MS)
    canvas = page.locator("#chart canvas")
    assert canvas.get_attribute("data-chart-type") == "bar"
    assert canvas.evaluate("c => Chart.getChart(c).data.datasets.map(d => d.label)") == ["unit_price"]
    assert page.locator("#result thead th").all_inner_texts() == ["id", "name", "category_id", "unit_price"]
    assert page.errors == []
