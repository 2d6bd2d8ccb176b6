"""The console ends every request in its real outcome even when the live view lags behind: the
REST answer comes first and the terminal event never arrives live (a socket between the page and
/ws that drops it), so the timeline and the history catch up from the stored timeline; and a
request the gateway refuses outright (no event will ever come) does not tick on forever."""
import re

import pytest

from tests.e2e.console_page import BAR_COLORS, EXECUTION_STAGES, WAIT_MS, bar, newest, sign_in

pytestmark = pytest.mark.browser

TERMINAL = re.compile(r'"stage"\s*:\s*"COMPLETED"')


def dropping_terminal_events(dropped: list):
    """A WebSocketRoute handler that passes every frame except events of a COMPLETED stage."""
    def route(ws):
        server = ws.connect_to_server()

        def from_server(message):
            text = message.decode("utf-8", "replace") if isinstance(message, bytes) else message
            if text.startswith("MESSAGE") and TERMINAL.search(text):
                dropped.append(text)
                return
            ws.send(message)

        server.on_message(from_server)
    return route


def test_a_terminal_event_lost_live_is_read_from_the_stored_timeline(open_console, artifacts):
    dropped: list[str] = []
    page = open_console("websocket", route_socket=dropping_terminal_events(dropped))
    sign_in(page)
    page.fill("#sql", "SELECT name FROM stores ORDER BY name")
    page.click("#run button[type=submit]")
    page.wait_for_selector("#result", state="visible", timeout=WAIT_MS)  # the REST answer is in

    timeline = newest(page, "QUERY_EXECUTION")
    page.wait_for_selector(".timeline[data-feature=QUERY_EXECUTION][data-state=done]", timeout=WAIT_MS)
    page.screenshot(path=str(artifacts / "e2e-terminal-event-lost.png"), full_page=True)
    assert len(dropped) == 1  # it really did not come live
    chips = timeline.locator(".chip").evaluate_all("cs => cs.map(c => [c.dataset.stage, c.dataset.source])")
    assert chips == [[stage, "live"] for stage in EXECUTION_STAGES[:-1]] + [["COMPLETED", "history"]]
    assert timeline.locator("progress").get_attribute("value") == "100"
    assert timeline.locator(".outcome").inner_text() == "Done"
    assert timeline.locator("button.cancel").count() == 0
    # The history panel, refreshed before the recorder stored the end, catches up too.
    request_id = timeline.get_attribute("data-request-id")
    page.wait_for_selector(f"#history-list .history-item[data-request-id='{request_id}'][data-status=COMPLETED]",
                           timeout=WAIT_MS)
    assert page.errors == []


def test_a_request_the_gateway_refuses_ends_at_once_instead_of_running_on(open_console):
    page = open_console()
    sign_in(page)
    page.fill("#sql", "SELECT 1 -- " + "x" * 100_000)  # over the 100,000 characters a query may have
    page.click("#run button[type=submit]")
    page.wait_for_selector("#problem", state="visible", timeout=WAIT_MS)
    assert page.get_attribute("#problem", "data-code") == "VALIDATION_ERROR"
    assert page.inner_text("#problem .title") == "Please check the request"

    timeline = newest(page, "QUERY_EXECUTION")
    page.wait_for_selector(".timeline[data-feature=QUERY_EXECUTION]:not([data-state=running])", timeout=WAIT_MS)
    assert timeline.get_attribute("data-state") == "failed"
    assert timeline.locator(".outcome").inner_text() == "Not accepted"
    assert bar(timeline) == ("100", BAR_COLORS["failed"])
    assert timeline.locator("button.cancel").count() == 0
    assert timeline.locator(".chip").count() == 0  # nothing ran
    assert page.errors == []
