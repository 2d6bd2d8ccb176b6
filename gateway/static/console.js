// querycast demo console: actions go through the REST API; the live timeline of every request
// comes over STOMP (STOMP.js over SockJS at /ws). It is also the reference client for frontend
// authors: see docs/frontend.md for the same steps in prose.
"use strict";

const API = {
  login: "/api/auth/login",
  databases: "/api/databases",
  nlToSql: "/api/nl-to-sql",
  execute: "/api/query/execute",
  events: (requestId) => `/api/requests/${encodeURIComponent(requestId)}/events`,
};
const TOPICS = ["/topic/nl-to-sql", "/topic/query-execution"];
const FEATURE_TITLES = { NL_TO_SQL: "Question → SQL", QUERY_EXECUTION: "Query execution" };
const MAX_TIMELINES = 6;
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
const TOKEN_KEY = "querycast.token";
const USER_KEY = "querycast.user";

const $ = (selector, root = document) => root.querySelector(selector);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "className") node.className = value;
    else if (key.startsWith("data-")) node.setAttribute(key, value);
    else node[key] = value;
  }
  for (const child of children) node.append(child);  // strings become text, never HTML
  return node;
}

// ---- REST ---------------------------------------------------------------------------------

class ApiError extends Error {
  constructor(problem, status) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.problem = problem;
    this.status = status;
  }
}

async function api(path, { method = "GET", body } = {}) {
  const headers = { Accept: "application/json, application/problem+json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (session.token) headers.Authorization = `Bearer ${session.token}`;
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError({ title: "Gateway unreachable", detail: "The gateway did not answer.",
                         suggestion: "Check that querycast is running, then try again." }, 0);
  }
  let json = null;
  try { json = await response.json(); } catch { /* empty or not JSON */ }
  if (!response.ok) {
    if (response.status === 401 && path !== API.login) signOut("Your session has expired. Please sign in again.");
    throw new ApiError(json || { title: response.statusText }, response.status);
  }
  return json;
}

// Ids the console picks itself (clientRequestId), so it can recognise the request's events
// even when they arrive before the REST response does.
function newRequestId() {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `web-${Date.now().toString(36)}-${random[0].toString(36)}${random[1].toString(36)}`;
}

// ---- session --------------------------------------------------------------------------------

const session = {
  token: sessionStorage.getItem(TOKEN_KEY),
  user: sessionStorage.getItem(USER_KEY),
};

async function signIn(username, password) {
  const reply = await api(API.login, { method: "POST", body: { username, password } });
  session.token = reply.accessToken;
  session.user = username;
  sessionStorage.setItem(TOKEN_KEY, session.token);
  sessionStorage.setItem(USER_KEY, username);
  await enterWorkspace();
}

function signOut(reason) {
  session.token = null;
  session.user = null;
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(USER_KEY);
  live.stop();
  $("#workspace").hidden = true;
  $("#sign-out").hidden = true;
  $("#who").textContent = "";
  $("#sign-in-panel").hidden = false;
  const error = $("#sign-in-error");
  error.textContent = reason || "";
  error.hidden = !reason;
}

async function enterWorkspace() {
  $("#sign-in-panel").hidden = true;
  $("#workspace").hidden = false;
  $("#sign-out").hidden = false;
  $("#who").textContent = session.user || "";
  live.start();
  await loadDatabases();
}

async function loadDatabases() {
  const select = $("#database");
  const note = $("#database-note");
  try {
    const { databases } = await api(API.databases);
    select.replaceChildren(...databases.map((db) => el("option", { value: db.id }, `${db.name} (${db.id})`)));
    const demo = databases.find((db) => db.id === "demo");
    if (demo) select.value = demo.id;
    showExamples();
    note.textContent = databases.length ? "" : "No database is registered yet (POST /api/databases as an admin).";
  } catch (error) {
    if (error.status !== 401) showProblem(error);
  }
}

// ---- live updates over STOMP ------------------------------------------------------------------

const live = {
  client: null,

  start() {
    if (this.client) return;
    const client = new StompJs.Client({
      webSocketFactory: () => new SockJS("/ws"),
      connectHeaders: session.token ? { Authorization: `Bearer ${session.token}` } : {},
      reconnectDelay: 2000,
      heartbeatIncoming: 10000,
      heartbeatOutgoing: 10000,
      debug: () => {},
    });
    client.onConnect = () => {
      setLive("live", "live");
      for (const topic of TOPICS) client.subscribe(topic, (frame) => onStatusFrame(frame));
      // Whatever happened while the socket was down is in the stored history.
      for (const timeline of timelines.values()) if (!timeline.finished) timeline.backfill();
    };
    client.onWebSocketClose = () => { if (this.client) setLive("reconnecting", "reconnecting…"); };
    client.onStompError = (frame) => setLive("reconnecting", `live: ${frame.headers.message || "error"}`);
    client.activate();
    this.client = client;
    setLive("reconnecting", "connecting…");
  },

  stop() {
    const client = this.client;
    this.client = null;
    if (client) client.deactivate();
    setLive("offline", "live: offline");
  },
};

function setLive(state, text) {
  const badge = $("#live");
  badge.dataset.state = state;
  badge.textContent = text.startsWith("live") ? text : `live: ${text}`;
}

function onStatusFrame(frame) {
  let event;
  try { event = JSON.parse(frame.body); } catch { return; }
  // The topics carry every request this user may see; this page shows only its own.
  const timeline = timelines.get(event.requestId);
  if (timeline) timeline.add(event);
}

// ---- timelines: one per request, a chip per event ----------------------------------------------

const timelines = new Map();

class Timeline {
  constructor(feature, requestId, subject) {
    this.feature = feature;
    this.requestId = requestId;
    this.events = new Map();  // sequence -> event: de-duplicates and orders
    this.finished = false;
    this.progress = el("progress", { max: 100, value: 0 });
    this.percent = el("span", { className: "hint" }, "0%");
    this.chips = el("ol", { className: "chips" });
    this.root = el("article", { className: "timeline", "data-feature": feature, "data-request-id": requestId },
      el("header", {},
        el("span", { className: "feature" }, FEATURE_TITLES[feature] || feature),
        el("span", { className: "subject", title: subject }, subject),
        this.progress, this.percent,
        el("code", { className: "hint" }, requestId)),
      this.chips);
    const list = $("#timelines");
    list.prepend(this.root);
    timelines.set(requestId, this);
    while (list.children.length > MAX_TIMELINES) {
      const oldest = list.lastElementChild;
      timelines.delete(oldest.dataset.requestId);
      oldest.remove();
    }
  }

  add(event, source = "live") {
    if (this.events.has(event.sequence)) return;
    this.events.set(event.sequence, event);
    const chip = renderChip(event);
    chip.dataset.source = source;
    const later = [...this.chips.children].find((c) => Number(c.dataset.sequence) > event.sequence);
    this.chips.insertBefore(chip, later || null);
    const progress = Math.max(Number(this.progress.value), event.progress ?? 0);
    this.progress.value = progress;
    this.percent.textContent = `${progress}%`;
    if (event.status !== "IN_PROGRESS") {
      this.finished = true;
      this.root.dataset.outcome = event.status;
    }
  }

  showSql(sql) {
    this.root.append(el("pre", { className: "sql" }, sql));
  }

  async backfill() {
    try {
      const { events } = await api(API.events(this.requestId));
      for (const event of events) this.add(event, "history");
    } catch { /* the live events are still coming, or the history is not there yet */ }
  }

  // The REST reply can overtake the last event: if the terminal one is missing after a moment,
  // read the stored history instead.
  settle() {
    setTimeout(() => { if (!this.finished) this.backfill(); }, 1500);
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

// ---- problems and results --------------------------------------------------------------------

function showProblem(error) {
  const problem = error.problem || { title: "Something went wrong", detail: String(error.message || error) };
  const box = $("#problem");
  $(".title", box).textContent = problem.title || "Request failed";
  $(".detail", box).textContent = problem.detail || "";
  $(".suggestion", box).textContent = problem.suggestion || "";
  $(".suggestion", box).hidden = !problem.suggestion;
  $(".request-id", box).textContent = problem.requestId ? `request ${problem.requestId}` : "";
  box.dataset.code = problem.code || "";
  box.hidden = false;
}

function clearProblem() {
  $("#problem").hidden = true;
}

function cellFor(value) {
  if (value === null || value === undefined) return el("td", { className: "null" }, "NULL");
  if (typeof value === "number") return el("td", { className: "number" }, String(value));
  if (typeof value === "object") return el("td", {}, JSON.stringify(value));
  return el("td", {}, String(value));
}

function showResult(result) {
  const section = $("#result");
  $("thead", section).replaceChildren(el("tr", {}, ...result.columns.map((c) => el("th", { title: c.type }, c.name))));
  $("tbody", section).replaceChildren(...result.rows.map((row) => el("tr", {}, ...row.map(cellFor))));
  const more = result.truncated ? " (truncated: raise Max rows to see more)" : "";
  $(".meta", section).textContent = `${result.rowCount} rows in ${result.executionTimeMs} ms${more}`;
  section.hidden = false;
}

// ---- the two actions ---------------------------------------------------------------------------

async function busy(form, work) {
  const button = $("button[type=submit]", form);
  button.disabled = true;
  try { await work(); } finally { button.disabled = false; }
}

async function ask(question, databaseId) {
  clearProblem();
  const requestId = newRequestId();
  const timeline = new Timeline("NL_TO_SQL", requestId, question);
  let reply;
  try {
    reply = await api(API.nlToSql, { method: "POST", body: { question, databaseId, clientRequestId: requestId } });
  } catch (error) {
    showProblem(error);
    return;
  } finally {
    timeline.settle();
  }
  $("#sql").value = reply.sql;
  timeline.showSql(reply.sql);
  if ($("#auto-run").checked) await runSql(reply.sql, databaseId);
}

async function runSql(sql, databaseId) {
  clearProblem();
  $("#result").hidden = true;
  const requestId = newRequestId();
  const timeline = new Timeline("QUERY_EXECUTION", requestId, sql);
  const body = { sql, databaseId, clientRequestId: requestId };
  const timeout = Number($("#timeout").value);
  const maxRows = Number($("#max-rows").value);
  if (timeout > 0) body.timeoutSeconds = timeout;
  if (maxRows > 0) body.maxRows = maxRows;
  try {
    showResult(await api(API.execute, { method: "POST", body }));
  } catch (error) {
    showProblem(error);
  } finally {
    timeline.settle();
  }
}

// ---- wiring ---------------------------------------------------------------------------------------

$("#sign-in").addEventListener("submit", (e) => {
  e.preventDefault();
  const form = e.currentTarget;
  busy(form, async () => {
    try {
      await signIn(form.username.value.trim(), form.password.value);
      form.password.value = "";
    } catch (error) {
      const message = error.status === 401 ? "Wrong username or password." : error.message;
      $("#sign-in-error").textContent = message;
      $("#sign-in-error").hidden = false;
    }
  });
});

$("#sign-out").addEventListener("click", () => signOut());

// The example questions are about the seeded demo shop, so they show only while it is selected.
function showExamples() {
  $("#examples").hidden = $("#database").value !== "demo";
}

$("#database").addEventListener("change", showExamples);

for (const example of document.querySelectorAll("#examples .example")) {
  example.addEventListener("click", () => {
    $("#question").value = example.textContent;
    $("#ask").requestSubmit();
  });
}

$("#ask").addEventListener("submit", (e) => {
  e.preventDefault();
  const question = $("#question").value.trim();
  const databaseId = $("#database").value;
  if (question && databaseId) busy(e.currentTarget, () => ask(question, databaseId));
});

$("#run").addEventListener("submit", (e) => {
  e.preventDefault();
  const sql = $("#sql").value.trim();
  const databaseId = $("#database").value;
  if (sql && databaseId) busy(e.currentTarget, () => runSql(sql, databaseId));
});

if (session.token) enterWorkspace();
