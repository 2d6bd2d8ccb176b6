"""The history panel lists the user's last requests and reopens one's stored timeline exactly as
it looked live (over a raw WebSocket and over SockJS without WebSocket); the console works at
420 px wide and by keyboard alone."""
import subprocess
import sys

import pytest

from tests.e2e.conftest import ROOT, TRANSPORTS
from tests.e2e.console_page import (
    WAIT_MS,
    as_seen,
    newest,
    rest_post,
    sign_in,
    sign_in_as,
    tab_to,
    table,
    wait_workspace,
)

pytestmark = pytest.mark.browser

STORES_SQL = "SELECT name, city FROM stores ORDER BY name"
MONTHLY_SQL = ("SELECT date_trunc('month', order_date)::date AS month, count(*) AS orders FROM orders"
               " WHERE order_date >= DATE '2025-01-01' AND order_date < DATE '2026-01-01' GROUP BY 1 ORDER BY 1")


def laid_out_box(page, selector: str) -> dict | None:
    """The element's box; None only if it is never laid out. The history list is re-rendered
    while a request still shows as running, and an element replaced just as it is measured has
    no box: measure its successor."""
    for _ in range(20):
        if (box := page.locator(selector).first.bounding_box()) is not None:
            return box
        page.wait_for_timeout(100)
    return None


def history_ids(page) -> list[str]:
    return page.locator("#history-list .history-item").evaluate_all("items => items.map(i => i.dataset.requestId)")


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_history_lists_requests_and_reopens_a_timeline_as_it_was_live(open_console, artifacts, transport):
    page = open_console(transport)
    sign_in(page)
    page.fill("#question", "How many orders per store?")
    page.uncheck("#auto-run")
    page.click("#ask button[type=submit]")
    newest(page, "NL_TO_SQL").locator(".answer .sql").wait_for(timeout=WAIT_MS)  # the reply is in
    page.fill("#sql", STORES_SQL)
    page.click("#run button[type=submit]")
    execution = newest(page, "QUERY_EXECUTION")
    execution.locator(".chip[data-stage=COMPLETED]").wait_for(timeout=WAIT_MS)
    page.wait_for_selector("#result", state="visible")
    # Both timelines as seen once they have their outcome (the REST answers can come first).
    question = newest(page, "NL_TO_SQL")
    question.locator(".chip[data-stage=COMPLETED]").wait_for(timeout=WAIT_MS)
    live_view = as_seen(execution)
    question_view = as_seen(question)
    generated_sql = question.locator(".answer .sql").inner_text()
    assert (live_view["state"], question_view["state"]) == ("done", "done")
    request_id = live_view["requestId"]

    # A fresh page (same signed-in tab): nothing on screen but the stored history.
    page.reload()
    wait_workspace(page)
    # Both listed as done (the recorder stores a terminal event a moment after it went out live).
    page.wait_for_function("ids => ids.every(id => document.querySelector("
                           "`#history-list .history-item[data-request-id='${id}']`)?.dataset.status === 'COMPLETED')",
                           arg=[request_id, question_view["requestId"]], timeout=WAIT_MS)
    assert page.locator(".timeline").count() == 0
    ids = history_ids(page)
    assert ids[:2] == [request_id, question_view["requestId"]]  # newest first
    first = page.locator("#history-list .history-item").first
    assert first.locator(".preview").inner_text() == STORES_SQL
    assert first.locator(".status").inner_text() == "done"

    first.locator("button.open").click()
    reopened = page.locator(f".timeline[data-request-id='{request_id}']")
    reopened.locator(".chip[data-stage=COMPLETED]").wait_for()
    page.screenshot(path=str(artifacts / f"e2e-history-{transport}.png"), full_page=True)
    assert as_seen(reopened) == live_view
    assert reopened.locator(".chip[data-source=history]").count() == len(live_view["chips"])

    page.locator(f"#history-list .history-item[data-request-id='{question_view['requestId']}'] button.open").click()
    page.locator(f".timeline[data-request-id='{question_view['requestId']}'] .chip[data-stage=COMPLETED]").wait_for()
    reopened_question = page.locator(f".timeline[data-request-id='{question_view['requestId']}']")
    assert as_seen(reopened_question) == question_view
    # Its SQL as the COMPLETED event recorded it (all of it: it is under 200 characters).
    assert len(generated_sql) < 200 and reopened_question.locator(".answer .sql").inner_text() == generated_sql
    assert "not stored" in reopened_question.locator(".answer .recorded").inner_text()

    # Run again: the same SQL as a new request.
    page.locator(f"#history-list .history-item[data-request-id='{request_id}'] button.again").click()
    page.wait_for_function(f"() => document.querySelector('.timeline[data-feature=QUERY_EXECUTION]').dataset.requestId !== '{request_id}'")
    rerun = newest(page, "QUERY_EXECUTION")
    rerun.locator(".chip[data-stage=COMPLETED]").wait_for(timeout=WAIT_MS)
    assert rerun.locator(".subject").inner_text() == STORES_SQL
    page.wait_for_selector("#result", state="visible")
    assert page.errors == []


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_works_at_420_px(open_console, artifacts, transport):
    page = open_console(transport, width=420, height=900)
    sign_in(page)
    page.fill("#sql", MONTHLY_SQL)
    page.click("#run button[type=submit]")
    page.wait_for_selector("#result", state="visible", timeout=WAIT_MS)
    page.locator("#chart canvas").wait_for()
    page.wait_for_selector("#history-list .history-item", timeout=WAIT_MS)
    page.screenshot(path=str(artifacts / f"e2e-420px-{transport}.png"), full_page=True)

    assert page.evaluate("document.documentElement.scrollWidth") <= 420  # no sideways scrolling
    for selector in ("#chart canvas", "#result .table-wrap", "#download-csv", "#run button[type=submit]",
                     "#history-list .history-item button.open"):
        box = laid_out_box(page, selector)
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= 420, selector
    assert page.locator("#chart canvas").get_attribute("data-points") == "12"
    assert page.errors == []


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_everything_by_keyboard_alone(open_console, artifacts, transport):
    page = open_console(transport)
    tab_to(page, "e => e.name === 'username'")
    page.keyboard.type("demo")
    page.keyboard.press("Tab")
    page.keyboard.type("demo")
    page.keyboard.press("Enter")
    wait_workspace(page)

    tab_to(page, "e => e.id === 'sql'")
    page.keyboard.type(MONTHLY_SQL)
    page.keyboard.press("Control+Enter")
    page.wait_for_selector("#result", state="visible", timeout=WAIT_MS)
    newest(page, "QUERY_EXECUTION").locator(".chip[data-stage=COMPLETED]").wait_for(timeout=WAIT_MS)

    tab_to(page, "e => e.id === 'download-csv'")
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    with open(info.value.path(), encoding="utf-8") as handle:
        assert len(handle.read().strip().splitlines()) == 13  # header + 12 months
    tab_to(page, "e => e.tagName === 'CANVAS'")
    page.keyboard.press("ArrowRight")
    headers, rows = table(page)
    assert page.inner_text("#chart .chart-readout").startswith(page.locator("#result tbody td").first.inner_text())

    # Start a long query and cancel it, still by keyboard.
    tab_to(page, "e => e.id === 'sql'", limit=200)
    page.keyboard.press("Control+a")
    page.keyboard.type("SELECT pg_sleep(20)")
    page.keyboard.press("Control+Enter")
    running = newest(page, "QUERY_EXECUTION")
    running.locator(".chip[data-stage=EXECUTING]").wait_for(timeout=WAIT_MS)
    tab_to(page, "e => e.classList.contains('cancel')")
    page.keyboard.press("Enter")
    running.locator(".chip[data-stage=CANCELLED]").wait_for(timeout=WAIT_MS)
    # The Cancel button is gone; the focus stays on its timeline, not thrown to the page's top.
    page.wait_for_function("() => document.activeElement.classList.contains('timeline')"
                           " && document.activeElement.dataset.state === 'cancelled'")

    # Reopen the monthly query from the history.
    page.wait_for_selector("#history-list .history-item[data-status=CANCELLED]", timeout=WAIT_MS)
    tab_to(page, "e => e.classList.contains('open') && e.closest('.history-item').dataset.status === 'COMPLETED'")
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement.classList.contains('timeline')")
    page.screenshot(path=str(artifacts / f"e2e-keyboard-{transport}.png"), full_page=True)
    assert page.evaluate("document.activeElement.dataset.state") == "done"
    assert len(rows) == 12 and headers == ["month", "orders"]
    assert page.errors == []


def add_user(running_system, name: str, password: str, *roles: str) -> None:
    subprocess.run([sys.executable, "-m", "services.admin", "--database-url", running_system.control_dsn,
                    "add-user", name, *(f"--role={role}" for role in roles), "--password-stdin"],
                   input=password + "\n", text=True, cwd=ROOT, check=True, capture_output=True)


def test_older_requests_page_through_the_whole_history(open_console, running_system):
    add_user(running_system, "pager", "pager-password")
    token = rest_post(running_system.base_url, "/api/auth/login", {"username": "pager", "password": "pager-password"})["accessToken"]
    sqls = [f"SELECT {n} AS n" for n in range(12)]  # more than one page of 10
    for sql in sqls:
        rest_post(running_system.base_url, "/api/query/execute", {"sql": sql, "databaseId": "demo"}, token)
    page = open_console()
    sign_in_as(page, "pager", "pager-password")
    page.wait_for_selector("#history-list .history-item")
    previews = lambda: page.locator("#history-list .history-item .preview").all_inner_texts()  # noqa: E731
    assert previews() == sqls[::-1][:10]  # newest first, one page
    page.click("#history-more")
    page.wait_for_function("() => document.querySelectorAll('#history-list .history-item').length === 12")
    assert previews() == sqls[::-1]  # then the older ones, none twice
    assert page.locator("#history-more").is_hidden()  # that was the last page
    assert page.errors == []


def test_an_admin_lists_another_users_history_a_user_cannot(open_console, running_system, artifacts):
    add_user(running_system, "boss", "boss-password", "admin")
    user = open_console()
    sign_in(user)
    assert user.locator("#history-user-form").is_hidden()  # a plain user sees only their own
    user.fill("#sql", STORES_SQL)
    user.click("#run button[type=submit]")
    mine = newest(user, "QUERY_EXECUTION")
    mine.locator(".chip[data-stage=COMPLETED]").wait_for(timeout=WAIT_MS)
    request_id = mine.get_attribute("data-request-id")

    admin = open_console()
    sign_in_as(admin, "boss", "boss-password")
    admin.wait_for_selector("#history-note:has-text('No requests yet.')")  # their own: none
    assert admin.locator("#history-user-form").is_visible()
    admin.fill("#history-user", "demo")
    admin.press("#history-user", "Enter")
    admin.wait_for_selector(f"#history-list .history-item[data-request-id='{request_id}'][data-status=COMPLETED]",
                            timeout=WAIT_MS)
    admin.locator(f"#history-list .history-item[data-request-id='{request_id}'] button.open").click()
    reopened = admin.locator(f".timeline[data-request-id='{request_id}']")
    reopened.locator(".chip[data-stage=COMPLETED]").wait_for()
    admin.screenshot(path=str(artifacts / "e2e-admin-history.png"), full_page=True)
    assert as_seen(reopened) == as_seen(mine)
    assert user.errors == [] and admin.errors == []
