"""What the console tests do on the page: sign in (by mouse or keyboard), move focus by Tab,
read a timeline as the user sees it, read the result table and the CSV download."""
from __future__ import annotations

import csv
import io
import json
import time
import urllib.request

WAIT_MS = 60_000
NL_TO_SQL_STAGES = ["REQUEST_RECEIVED", "SCHEMA_RETRIEVAL", "PROMPT_BUILDING", "LLM_CALL", "VALIDATION", "COMPLETED"]
EXECUTION_STAGES = ["REQUEST_RECEIVED", "VALIDATION", "DATABASE_LOOKUP", "CONNECTING", "EXECUTING", "COMPLETED"]

# Everything a person sees on a timeline, except where an event came from (live or history).
TIMELINE_AS_SEEN = """root => ({
  feature: root.dataset.feature, requestId: root.dataset.requestId, state: root.dataset.state,
  header: [...root.querySelector('header').children].filter(n => n.tagName !== 'SPAN' || !n.classList.contains('actions'))
            .map(n => n.tagName === 'PROGRESS' ? `progress=${n.value}` : n.textContent),
  chips: [...root.querySelectorAll('.chip')].map(c => ({stage: c.dataset.stage, status: c.dataset.status,
            sequence: c.dataset.sequence, when: c.title, text: c.innerText})),
})"""


# The bar's colour per outcome (console.css: --ok, --bad, --quiet; --accent while running).
BAR_COLORS = {"running": "rgb(47, 111, 222)", "done": "rgb(31, 138, 76)", "failed": "rgb(196, 50, 28)",
              "cancelled": "rgb(122, 129, 144)", "timeout": "rgb(122, 129, 144)"}


def bar(timeline) -> tuple[str, str]:
    """The progress bar as seen: its value and colour."""
    return tuple(timeline.locator("progress").evaluate("p => [p.getAttribute('value'), getComputedStyle(p).accentColor]"))


def sign_in(page) -> None:
    sign_in_as(page, "demo", "demo")


def sign_in_as(page, username: str, password: str) -> None:
    page.fill("#sign-in input[name=username]", username)
    page.fill("#sign-in input[name=password]", password)
    page.click("#sign-in button[type=submit]")
    wait_workspace(page)


def wait_workspace(page) -> None:
    page.wait_for_selector("#workspace", state="visible")
    page.wait_for_selector("#live[data-state=live]", timeout=WAIT_MS)
    page.wait_for_selector("#database option[value=demo]", state="attached")


def focused(page) -> str:
    return page.evaluate("""() => { const a = document.activeElement;
        return a ? (a.id ? '#' + a.id : a.tagName.toLowerCase() + '.' + [...a.classList].join('.')) : ''; }""")


def tab_to(page, matches, limit: int = 80) -> None:
    """Press Tab until the focused element satisfies `matches` (a JS predicate on it)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"() => ({matches})(document.activeElement)"):
            return
    raise AssertionError(f"Tab never reached {matches}; focus is on {focused(page)}")


def newest(page, feature: str):
    return page.locator(f".timeline[data-feature={feature}]").first


def stages(timeline) -> list[str]:
    return timeline.locator(".chip").evaluate_all("chips => chips.map(c => c.dataset.stage)")


def as_seen(timeline) -> dict:
    return timeline.evaluate(TIMELINE_AS_SEEN)


def table(page) -> tuple[list[str], list[list[str]]]:
    """Headers and, per cell, the exact value behind what is shown (the title when the shown
    text is formatted, NULL as None)."""
    headers = page.locator("#result thead th").all_inner_texts()
    rows = page.locator("#result tbody tr").evaluate_all("""rows => rows.map(r => [...r.cells].map(c =>
        c.classList.contains('null') ? null : (c.title || c.textContent)))""")
    return headers, rows


def download_csv(page) -> list[list[str]]:
    with page.expect_download() as info:
        page.click("#download-csv")
    with open(info.value.path(), newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def parse_tsv(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text), delimiter="\t"))


def rest_post(base_url: str, path: str, body: dict, token: str | None = None) -> dict:
    """A plain REST call, as another client of the same system would make it."""
    headers = {"Content-Type": "application/json", **({"Authorization": f"Bearer {token}"} if token else {})}
    request = urllib.request.Request(base_url + path, json.dumps(body).encode(), headers, method="POST")
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())


def wait_for(predicate, timeout: float = 10.0) -> bool:
    """Poll `predicate` (something outside the page, e.g. PostgreSQL) until true or `timeout`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return predicate()
