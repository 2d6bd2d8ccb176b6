"""The demo console in a real browser against the system `make run` starts: sign in, ask a demo
question and watch every stage arrive live, then the result table; a query that runs past its
timeout ends in a TIMEOUT chip that says what to do."""
import pytest

from tests.e2e.console_page import BAR_COLORS, EXECUTION_STAGES, NL_TO_SQL_STAGES, WAIT_MS, bar, stages
from tests.e2e.console_page import sign_in as sign_in_here

pytestmark = pytest.mark.browser

# Pure CPU for far longer than its 1 s timeout (a few billion joined rows), no pg_sleep.
SLOW_SQL = "SELECT count(*) FROM order_items a CROSS JOIN order_items b CROSS JOIN order_items c"


def sign_in(page) -> None:
    page.goto("/")
    sign_in_here(page)


def test_question_streams_every_stage_then_the_result_table(page, artifacts):
    sign_in(page)
    page.click("#examples .example >> text='How many orders per store?'")  # fills the box and asks

    question = page.locator(".timeline[data-feature=NL_TO_SQL]").first
    question.locator(".chip[data-stage=COMPLETED]").wait_for(timeout=WAIT_MS)
    execution = page.locator(".timeline[data-feature=QUERY_EXECUTION]").first
    execution.locator(".chip[data-stage=COMPLETED]").wait_for(timeout=WAIT_MS)
    page.wait_for_selector("#result", state="visible")
    page.screenshot(path=str(artifacts / "e2e-question-to-result.png"), full_page=True)

    assert stages(question) == NL_TO_SQL_STAGES
    assert stages(execution) == EXECUTION_STAGES
    # Delivered live over STOMP, not filled in afterwards from the stored history.
    assert page.locator(".chip[data-source=live]").count() == len(NL_TO_SQL_STAGES) + len(EXECUTION_STAGES)
    assert bar(question) == ("100", BAR_COLORS["done"]) and bar(execution) == ("100", BAR_COLORS["done"])
    assert execution.locator(".outcome").inner_text() == "Done"
    assert "SELECT" in question.locator(".sql").inner_text().upper()
    assert page.input_value("#question") == "How many orders per store?"
    assert "orders" in page.input_value("#sql")
    headers = page.locator("#result thead th").all_inner_texts()
    assert len(headers) >= 2
    assert page.locator("#result tbody tr").count() >= 2  # one row per store
    assert "rows in" in page.inner_text("#result .meta")
    assert page.locator("#problem").is_hidden()
    assert page.errors == []


def test_query_past_its_timeout_shows_the_timeout_chip_with_a_suggestion(page, artifacts):
    sign_in(page)
    page.fill("#sql", SLOW_SQL)
    page.fill("#timeout", "1")
    page.click("#run button[type=submit]")

    timeline = page.locator(".timeline[data-feature=QUERY_EXECUTION]").first
    chip = timeline.locator(".chip[data-stage=TIMEOUT]")
    chip.wait_for(timeout=WAIT_MS)
    page.wait_for_selector("#problem", state="visible")
    page.screenshot(path=str(artifacts / "e2e-timeout.png"), full_page=True)

    assert chip.get_attribute("data-status") == "ERROR"
    assert chip.locator(".suggestion").inner_text().strip()
    assert stages(timeline)[-1] == "TIMEOUT"
    assert timeline.get_attribute("data-outcome") == "ERROR"
    assert timeline.get_attribute("data-state") == "timeout"
    assert timeline.locator(".outcome").inner_text() == "Timed out"
    assert bar(timeline) == ("100", BAR_COLORS["timeout"])  # full and grey, not a half blue bar
    assert page.inner_text("#problem .title") == "The query took too long"
    assert page.locator("#problem .suggestion").inner_text().strip()
    assert page.locator("#result").is_hidden()
    assert page.errors == []


def test_wrong_password_is_refused_in_plain_words(page):
    page.goto("/")
    page.fill("#sign-in input[name=username]", "demo")
    page.fill("#sign-in input[name=password]", "not-the-password")
    page.click("#sign-in button[type=submit]")
    page.wait_for_selector("#sign-in-error", state="visible")
    assert page.inner_text("#sign-in-error") == "Wrong username or password."
    assert page.locator("#workspace").is_hidden()


def test_console_reconnects_when_the_socket_drops_and_keeps_streaming(page):
    sign_in(page)
    # Drop the socket without a DISCONNECT, as a network cut or a gateway restart would.
    page.evaluate("live.client.forceDisconnect()")
    page.wait_for_selector("#live[data-state=reconnecting]", timeout=WAIT_MS)
    page.wait_for_selector("#live[data-state=live]", timeout=WAIT_MS)

    page.fill("#sql", "SELECT name FROM stores ORDER BY name")
    page.click("#run button[type=submit]")
    timeline = page.locator(".timeline[data-feature=QUERY_EXECUTION]").first
    timeline.locator(".chip[data-stage=COMPLETED]").wait_for(timeout=WAIT_MS)
    assert stages(timeline) == EXECUTION_STAGES
    assert timeline.locator(".chip[data-source=live]").count() == len(EXECUTION_STAGES)
    assert page.errors == []


def test_unanswerable_question_ends_in_an_error_chip_with_what_to_do(page):
    sign_in(page)
    page.fill("#question", "What is the meaning of life?")
    page.click("#ask button[type=submit]")
    timeline = page.locator(".timeline[data-feature=NL_TO_SQL]").first
    timeline.locator(".chip[data-status=ERROR]").wait_for(timeout=WAIT_MS)
    page.wait_for_selector("#problem", state="visible")
    assert page.locator("#problem").get_attribute("data-code") == "CANNOT_ANSWER"
    assert page.locator("#problem .suggestion").inner_text().strip()
    assert timeline.locator(".chip[data-status=ERROR] .suggestion").inner_text().strip()
    assert page.locator(".timeline[data-feature=QUERY_EXECUTION]").count() == 0  # nothing to run
    assert page.errors == []
