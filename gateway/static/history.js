// querycast console: the caller's request history (GET /api/requests, newest first, cursor
// pages). "Open" redraws a request's stored timeline (GET /api/requests/{id}/events) exactly as
// the live one looked; "Run again" fills the question or SQL box and submits it.
"use strict";

const HISTORY_PAGE = 10;
const HISTORY_RECHECKS = 8;
const STATUS_LABELS = { RUNNING: "running", COMPLETED: "done", ERROR: "failed", TIMEOUT: "timed out",
                        CANCELLED: "cancelled" };

const requestHistory = {
  cursor: null,
  user: "",  // admins: whose requests are listed ("" = one's own)
  refreshTimer: null,
  rechecks: 0,
  loads: 0,

  async load({ more = false } = {}) {
    const list = $("#history-list");
    const note = $("#history-note");
    const query = new URLSearchParams({ limit: String(HISTORY_PAGE) });
    if (more && this.cursor) query.set("cursor", this.cursor);
    if (this.user) query.set("user", this.user);
    const mine = (this.loads += 1);  // only the latest answer is drawn, whatever order they come in
    let page;
    try {
      page = await api(`${API.requests}?${query}`);
    } catch (error) {
      if (mine === this.loads) note.textContent = `History unavailable: ${error.message}`;
      return;
    }
    if (mine !== this.loads) return;
    const items = page.requests.map((item) => this.renderItem(item));
    if (more) list.append(...items); else this.replaceKeepingFocus(list, items);
    this.cursor = page.nextCursor || null;
    $("#history-more").hidden = !this.cursor;
    note.textContent = list.children.length ? "" : "No requests yet.";
    if (!more) this.recheck(page.requests);
  },

  // A refresh must not throw a keyboard user's focus back to the top of the page.
  replaceKeepingFocus(list, items) {
    const focused = document.activeElement;
    const item = list.contains(focused) ? focused.closest(".history-item") : null;
    list.replaceChildren(...items);
    if (!item) return;
    const same = items.find((i) => i.dataset.requestId === item.dataset.requestId);
    const button = same && $(`button.${[...focused.classList].join(".")}`, same);
    if (button) button.focus();
  },

  // A finished request changes the list: reload its first page soon (once for a burst).
  refreshSoon(delay = 800, { again = false } = {}) {
    if (!again) this.rechecks = 0;
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => this.load(), delay);
  },

  // While the list calls a request running, look again a few times, slower each time: it may
  // have finished already (the recorder stores the terminal event a moment after it went out
  // live) or finish soon.
  recheck(items) {
    if (!items.some((item) => item.status === "RUNNING")) { this.rechecks = 0; return; }
    if (this.rechecks >= HISTORY_RECHECKS) return;
    this.rechecks += 1;
    this.refreshSoon(1000 * this.rechecks, { again: true });
  },

  renderItem(item) {
    const when = new Date(item.createdAt);
    const open = el("button", { type: "button", className: "open", "aria-label": `Open the timeline of ${item.preview || item.requestId}` }, "Open");
    const again = el("button", { type: "button", className: "again", "aria-label": `Run again: ${item.preview || item.requestId}` }, "Run again");
    open.addEventListener("click", () => this.open(item));
    again.addEventListener("click", () => this.rerun(item));
    return el("li", { className: "history-item", "data-request-id": item.requestId, "data-status": item.status,
                      "data-feature": item.feature },
      el("span", { className: "feature" }, FEATURE_TITLES[item.feature] || item.feature),
      el("span", { className: "status" }, STATUS_LABELS[item.status] || item.status),
      el("span", { className: "preview", title: item.preview }, item.preview || "(not recorded)"),
      el("span", { className: "hint when", title: item.createdAt },
        `${when.toLocaleString()}${item.durationMs !== undefined ? ` · ${formatDuration(item.durationMs)}` : ""}`),
      el("span", { className: "buttons" }, open, again));
  },

  async open(item) {
    let events, detail;
    try {
      [{ events }, detail] = await Promise.all([api(API.events(item.requestId)), api(API.request(item.requestId))]);
    } catch (error) {
      showProblem(error);
      return;
    }
    const timeline = new Timeline(item.feature, item.requestId, detail.text || item.preview, { live: false });
    for (const event of events) timeline.add(event, "history");
    timeline.showElapsed();
    timeline.showRecordedAnswer();
    timeline.settle();  // still running, or its last events not recorded yet
    timeline.root.scrollIntoView({ block: "nearest" });
    timeline.root.tabIndex = -1;
    timeline.root.focus();
  },

  async rerun(item) {
    let detail;
    try {
      detail = await api(API.request(item.requestId));
    } catch (error) {
      showProblem(error);
      return;
    }
    if (!detail.text) {
      showProblem(new ApiError({ code: "NOT_FOUND", detail: "This request's text was not recorded." }, 404));
      return;
    }
    if (detail.databaseId && [...$("#database").options].some((o) => o.value === detail.databaseId)) {
      $("#database").value = detail.databaseId;
    }
    const [box, form] = item.feature === "NL_TO_SQL" ? ["#question", "#ask"] : ["#sql", "#run"];
    $(box).value = detail.text;
    $(box).focus();
    $(form).requestSubmit();
  },
};

function onTimelineFinished() {
  requestHistory.refreshSoon();
}

// Admins may list another user's requests (GET /api/requests?user=...).
function offerHistoryUser(roles) {
  $("#history-user-form").hidden = !roles.includes("admin");
  if (!roles.includes("admin")) requestHistory.user = $("#history-user").value = "";
}

$("#history-user-form").addEventListener("submit", (e) => {
  e.preventDefault();
  requestHistory.user = $("#history-user").value.trim();
  requestHistory.load();
});
$("#history-refresh").addEventListener("click", () => requestHistory.load());
$("#history-more").addEventListener("click", () => requestHistory.load({ more: true }));
