"""Cancel on a question waiting for a slow LLM, in real Chromium over a raw WebSocket and over
SockJS without WebSocket: the timeline ends CANCELLED (grey full bar, "Cancelled", the Cancel
button gone), the question's problem is shown as "Query cancelled", the fake LLM sees its
connection dropped, and the stored timeline has exactly one terminal event."""
import json
import time
import urllib.request

import pytest

from tests.e2e.console_page import BAR_COLORS, WAIT_MS, bar, newest, rest_post, sign_in, wait_for
from tests.e2e_llm.conftest import TRANSPORTS

pytestmark = pytest.mark.browser

# How long the CANCELLED chip may take: far below the fake LLM's 120 s, so only the cancel ends it.
CANCELLED_WITHIN_MS = 15_000


def stored_events(base_url: str, request_id: str) -> list[dict]:
    token = rest_post(base_url, "/api/auth/login", {"username": "demo", "password": "demo"})["accessToken"]
    request = urllib.request.Request(f"{base_url}/api/requests/{request_id}/events",
                                     headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())["events"]


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_cancel_stops_a_question_waiting_for_the_llm(open_console, running_system, slow_llm, artifacts,
                                                      transport):
    page = open_console(transport)
    sign_in(page)
    dropped = slow_llm.dropped
    page.fill("#question", "How many orders are there?")
    page.click("#ask button[type=submit]")

    timeline = newest(page, "NL_TO_SQL")
    timeline.locator(".chip[data-stage=LLM_CALL]").wait_for(timeout=WAIT_MS)
    assert wait_for(lambda: slow_llm.arrived > slow_llm.answered + slow_llm.dropped)  # the model has it
    assert timeline.get_attribute("data-state") == "running"
    button = timeline.locator("button.cancel")
    assert button.get_attribute("aria-label") == "Cancel this question"

    started = time.monotonic()
    button.click()
    timeline.locator(".chip[data-stage=CANCELLED]").wait_for(timeout=CANCELLED_WITHIN_MS)
    took = time.monotonic() - started
    page.wait_for_selector("#problem", state="visible")
    page.screenshot(path=str(artifacts / f"e2e-cancel-question-{transport}.png"), full_page=True)
    (artifacts / f"e2e-cancel-question-{transport}.json").write_text(
        json.dumps({"clickToCancelledSeconds": round(took, 3)}))
    print(f"question cancel over {transport}: CANCELLED {took:.3f} s after the click")

    assert timeline.get_attribute("data-state") == "cancelled"
    assert timeline.locator(".outcome").inner_text() == "Cancelled"
    assert bar(timeline) == ("100", BAR_COLORS["cancelled"])
    assert timeline.locator("button.cancel").count() == 0
    assert page.get_attribute("#problem", "data-code") == "CANCELLED"
    assert page.inner_text("#problem .title") == "Query cancelled"
    assert wait_for(lambda: slow_llm.dropped == dropped + 1)  # the LLM call was hung up, not waited out

    request_id = timeline.get_attribute("data-request-id")
    assert wait_for(lambda: any(e["stage"] == "CANCELLED" for e in stored_events(running_system.base_url,
                                                                                   request_id)))
    events = stored_events(running_system.base_url, request_id)
    assert [e["stage"] for e in events if e["status"] != "IN_PROGRESS"] == ["CANCELLED"]
    assert events[-1]["stage"] == "CANCELLED" and events[-2]["stage"] == "LLM_CALL"
    assert [e["sequence"] for e in events] == list(range(1, len(events) + 1))
    chips = timeline.locator(".chip").evaluate_all("cs => cs.map(c => c.dataset.stage)")
    assert chips == [e["stage"] for e in events]
    assert page.errors == []
