// querycast console: one timeline per request, a chip per status event. Live events and the
// stored history (GET /api/requests/{id}/events) render through the same code, so a reopened
// request looks exactly like it did live. Running timelines tick their elapsed time and offer
// Cancel (query executions and NL->SQL questions alike); finished ones show their outcome with a
// full bar.
"use strict";

const FEATURE_TITLES = { NL_TO_SQL: "Question → SQL", QUERY_EXECUTION: "Query execution" };
const MAX_TIMELINES = 6;
const TICK_MS = 200;
const SQL_PREVIEW_CHARS = 200;  // broker/status.py: how much of the SQL the status events carry
const CANCEL_ATTEMPTS = 8;  // a 409 takes QUERYCAST_CANCEL_TIMEOUT_SECONDS (3 s) to come back
const CANCEL_RETRY_MS = 500;
// When to look in the stored history for a terminal event that has not come live (ms, each
// after the previous look), about 45 s in all.
const SETTLE_DELAYS_MS = [2000, 2000, 4000, 8000, 12000, 16000];
// `data` keys a person wants to see on a chip, in this order, with their labels.
const DATA_LABELS = [
  ["databaseId", "database"], ["tablesRetrieved", "tables found"], ["tables", "tables"],
  ["model", "model"], ["attempt", "attempt"], ["inputTokens", "tokens in"],
  ["outputTokens", "tokens out"], ["validationStatus", "validation"],
  ["validationErrors", "problems"], ["timeoutSeconds", "timeout (s)"], ["rowCount", "rows"],
  ["columnCount", "columns"], ["truncated", "truncated"], ["executionTimeMs", "took (ms)"],
  ["durationMs", "total (ms)"], ["errorCode", "error"], ["sqlState", "SQLSTATE"],
  ["retryable", "retryable"], ["retryAfterSeconds", "retry after (s)"],
];
// Terminal stage -> the timeline's state (CSS: green done, red failed, grey cancelled/timeout).
const OUTCOMES = {
  COMPLETED: ["done", "Done"], ERROR: ["failed", "Failed"],
  CANCELLED: ["cancelled", "Cancelled"], TIMEOUT: ["timeout", "Timed out"],
};

const timelines = new Map();
let ticker = null;

function tickAll() {
  let running = 0;
  for (const timeline of timelines.values()) {
    if (!timeline.finished) { running += 1; timeline.showElapsed(); }
  }
  if (!running) { clearInterval(ticker); ticker = null; }
}

class Timeline {
  // `live`: started from this page (elapsed counts from now); otherwise reopened from history.
  constructor(feature, requestId, subject, { live = true } = {}) {
    this.feature = feature;
    this.requestId = requestId;
    this.events = new Map();  // sequence -> event: de-duplicates and orders
    this.finished = false;
    this.startedAt = live ? performance.now() : null;
    this.progress = el("progress", { max: 100, value: 0, "aria-label": "progress" });
    this.percent = el("span", { className: "percent hint" }, "0%");
    this.elapsed = el("span", { className: "elapsed", title: "elapsed" }, formatDuration(0));
    this.outcome = el("span", { className: "outcome" }, "Running");
    this.chips = el("ol", { className: "chips" });
    this.actions = el("span", { className: "actions" });
    this.root = el("article", { className: "timeline", "data-feature": feature, "data-request-id": requestId,
                                "data-state": "running", "aria-label": `${FEATURE_TITLES[feature] || feature}: ${subject}` },
      el("header", {},
        el("span", { className: "feature" }, FEATURE_TITLES[feature] || feature),
        el("span", { className: "subject", title: subject }, subject),
        this.progress, this.percent, this.outcome, this.elapsed, this.actions,
        el("code", { className: "hint request-id" }, requestId)),
      this.chips);
    this.addCancel();
    const previous = timelines.get(requestId);
    if (previous) previous.remove();
    const list = $("#timelines");
    list.prepend(this.root);
    timelines.set(requestId, this);
    while (list.children.length > MAX_TIMELINES) timelines.get(list.lastElementChild.dataset.requestId)?.remove();
    if (!ticker) ticker = setInterval(tickAll, TICK_MS);
  }

  remove() {
    timelines.delete(this.requestId);
    this.root.remove();
  }

  addCancel() {
    const what = this.feature === "NL_TO_SQL" ? "question" : "query";
    this.cancelButton = el("button", { type: "button", className: "cancel", "aria-label": `Cancel this ${what}` }, "Cancel");
    this.cancelButton.addEventListener("click", () => this.cancel());
    this.actions.append(this.cancelButton);
  }

  async cancel() {
    const button = this.cancelButton;
    if (this.cancelling) return;
    // Not `disabled`: that would drop the keyboard focus while the cancel is under way.
    this.cancelling = true;
    button.setAttribute("aria-disabled", "true");
    button.textContent = "Cancelling…";
    // A cancel pressed right after Run can come before the gateway took the request (404) or
    // before a worker started it (409): ask again until it runs and stops, or has ended.
    for (let attempt = 1; ; attempt += 1) {
      try {
        await api(API.cancel(this.requestId), { method: "DELETE" });
        announce("Cancel requested.");
        return;
      } catch (error) {
        if (this.finished) return;  // it ended meanwhile; its terminal event says how
        if ((error.status !== 404 && error.status !== 409) || attempt >= CANCEL_ATTEMPTS) {
          this.cancelling = false;
          button.removeAttribute("aria-disabled");
          button.textContent = "Cancel";
          announce(`Could not cancel: ${error.message}`);
          return;
        }
      }
      await new Promise((resolve) => { setTimeout(resolve, CANCEL_RETRY_MS); });
      if (this.finished) return;
    }
  }

  add(event, source = "live") {
    if (this.events.has(event.sequence)) return;
    this.events.set(event.sequence, event);
    const chip = renderChip(event);
    chip.dataset.source = source;
    const later = [...this.chips.children].find((c) => Number(c.dataset.sequence) > event.sequence);
    this.chips.insertBefore(chip, later || null);
    const progress = event.status !== "IN_PROGRESS" ? 100 : Math.max(Number(this.progress.value), event.progress ?? 0);
    this.progress.value = progress;
    this.percent.textContent = `${progress}%`;
    if (event.status !== "IN_PROGRESS") this.finish(event);
    else this.showElapsed();
  }

  finish(event) {
    this.terminal = event;
    const [state, label] = OUTCOMES[event.stage] || (event.status === "SUCCESS" ? OUTCOMES.COMPLETED : OUTCOMES.ERROR);
    this.root.dataset.outcome = event.status;
    this.end(state, label);
    onTimelineFinished(this);
  }

  end(state, label) {
    this.finished = true;
    this.root.dataset.state = state;
    this.outcome.textContent = label;
    this.progress.value = 100;
    this.percent.textContent = "100%";
    if (this.cancelButton && document.activeElement === this.cancelButton) {
      this.root.tabIndex = -1;  // the button goes: keep a keyboard user's place on its timeline
      this.root.focus();
    }
    this.cancelButton?.remove();
    this.showElapsed();
    announce(`${FEATURE_TITLES[this.feature]}: ${label.toLowerCase()}.`);
  }

  // The REST call failed. When the gateway never accepted the request (no stored timeline: a
  // 400, or the gateway unreachable) no event will ever come, so the timeline ends here.
  async replyFailed() {
    if (this.events.size || this.finished) return;
    try {
      await api(API.events(this.requestId));
      return;  // accepted: its own events say how it ended
    } catch (error) {
      if (error.status !== 404 && error.status !== 0) return;
    }
    if (this.events.size || this.finished) return;
    this.endedAt = performance.now();
    this.root.dataset.outcome = "ERROR";
    this.end("failed", "Not accepted");
  }

  // Running: time since the page started it (or since its first event). Finished: the
  // request's own duration, from its events, so live and reopened timelines agree.
  elapsedMs() {
    const first = this.events.get(Math.min(...this.events.keys()));
    if (this.finished && !this.terminal) return this.endedAt - this.startedAt;
    if (this.finished) {
      const measured = this.terminal.data?.durationMs;
      if (Number.isInteger(measured)) return measured;
      return first ? Date.parse(this.terminal.timestamp) - Date.parse(first.timestamp) : null;
    }
    if (this.startedAt !== null) return performance.now() - this.startedAt;
    return first ? Date.now() - Date.parse(first.timestamp) : 0;
  }

  showElapsed() {
    this.elapsed.textContent = formatDuration(this.elapsedMs());
  }

  showAnswer(sql, explanation, note) {
    this.root.querySelector(".answer")?.remove();
    const answer = el("div", { className: "answer" }, el("pre", { className: "sql" }, sql));
    if (explanation) answer.append(el("p", { className: "explanation" }, explanation));
    if (note) answer.append(el("p", { className: "hint recorded" }, note));
    this.root.append(answer);
  }

  // Reopened from the history: the generated SQL is not stored, only the COMPLETED event's
  // `sqlPreview` (its first SQL_PREVIEW_CHARS characters); show that, saying so.
  showRecordedAnswer() {
    const sql = this.feature === "NL_TO_SQL" && this.terminal?.stage === "COMPLETED" ? this.terminal.data?.sqlPreview : null;
    if (!sql) return;
    const cut = sql.length >= SQL_PREVIEW_CHARS;
    this.showAnswer(cut ? `${sql}…` : sql, null,
      `Generated SQL as recorded${cut ? ` (its first ${SQL_PREVIEW_CHARS} characters)` : ""}; the explanation is not stored.`);
  }

  async backfill() {
    try {
      const { events } = await api(API.events(this.requestId));
      for (const event of events) this.add(event, "history");
    } catch { /* the live events are still coming, or the history is not there yet */ }
  }

  // The REST reply can overtake the last event: while the terminal one is missing, read the
  // stored history now and then (the recorder may lag too), until the timeline has its outcome.
  settle(delays = SETTLE_DELAYS_MS) {
    const [delay, ...later] = delays;
    if (this.finished || delay === undefined || !timelines.has(this.requestId)) return;
    setTimeout(async () => {
      if (this.finished || timelines.get(this.requestId) !== this) return;
      await this.backfill();
      this.settle(later);
    }, delay);
  }
}

function renderChip(event) {
  const data = event.data || {};
  const facts = el("dl");
  for (const [key, label] of DATA_LABELS) {
    if (data[key] === undefined || data[key] === null || (Array.isArray(data[key]) && !data[key].length)) continue;
    const value = Array.isArray(data[key]) ? data[key].join(", ") : String(data[key]);
    facts.append(el("dt", {}, label), el("dd", {}, value));
  }
  const chip = el("li", { className: "chip", "data-stage": event.stage, "data-status": event.status,
                          "data-sequence": String(event.sequence), title: event.timestamp || "" },
    el("span", { className: "stage" }, event.stage.replaceAll("_", " ")),
    el("span", { className: "message" }, event.message || ""));
  if (facts.children.length) chip.append(facts);
  if (data.suggestion) chip.append(el("p", { className: "suggestion" }, data.suggestion));
  return chip;
}
