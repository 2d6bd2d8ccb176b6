// querycast demo console: actions go through the REST API; the live timeline of every request
// comes over STOMP (live.js). It is also the reference client for frontend authors: see
// docs/frontend.md for the same steps in prose. This file: sign-in, the two actions, wiring.
"use strict";

// ---- session --------------------------------------------------------------------------------

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
session.onExpired = signOut;

async function enterWorkspace() {
  $("#sign-in-panel").hidden = true;
  $("#workspace").hidden = false;
  $("#sign-out").hidden = false;
  $("#who").textContent = session.user || "";
  live.start();
  offerHistoryUser(tokenRoles(session.token));
  requestHistory.load();
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

// ---- the two actions ---------------------------------------------------------------------------

// Each new request replaces what is on screen; a reply to an older one arriving late is ignored.
let generation = 0;
// The SQL the last question produced: a new question clears it from the SQL box (unless edited).
let generatedSql = null;

function startRequest() {
  generation += 1;
  clearProblem();
  results.clear();
  requestHistory.refreshSoon();  // the new request shows there as running
  return generation;
}

// While a form's request runs its button is aria-disabled (not disabled: disabling the focused
// button would throw a keyboard user's focus out of the form) and ignores presses; examples and
// "Run again" still start a new request, which replaces the one on screen.
async function busy(form, work) {
  const button = $("button[type=submit]", form);
  form.dataset.busy = String(Number(form.dataset.busy || 0) + 1);
  button.setAttribute("aria-disabled", "true");
  try {
    await work();
  } finally {
    form.dataset.busy = String(Number(form.dataset.busy) - 1);
    if (form.dataset.busy === "0") {
      delete form.dataset.busy;
      button.removeAttribute("aria-disabled");
    }
  }
}

const pressedWhileBusy = (e) => e.submitter?.getAttribute("aria-disabled") === "true";

async function ask(question, databaseId) {
  const mine = startRequest();
  if (generatedSql !== null && $("#sql").value === generatedSql) $("#sql").value = "";
  generatedSql = null;
  const sqlBefore = $("#sql").value;
  const requestId = newRequestId();
  const timeline = new Timeline("NL_TO_SQL", requestId, question);
  let reply;
  try {
    reply = await api(API.nlToSql, { method: "POST", body: { question, databaseId, clientRequestId: requestId } });
  } catch (error) {
    if (mine === generation) showProblem(error);
    timeline.replyFailed();
    return;
  } finally {
    timeline.settle();
  }
  timeline.showAnswer(reply.sql, reply.explanation);
  // Not when another request started meanwhile, nor over SQL the user typed while waiting.
  if (mine !== generation || $("#sql").value !== sqlBefore) return;
  $("#sql").value = generatedSql = reply.sql;
  if ($("#auto-run").checked) await runSql(reply.sql, databaseId);
}

async function runSql(sql, databaseId) {
  const mine = startRequest();
  const requestId = newRequestId();
  const timeline = new Timeline("QUERY_EXECUTION", requestId, sql);
  const body = { sql, databaseId, clientRequestId: requestId };
  const timeout = Number($("#timeout").value);
  const maxRows = Number($("#max-rows").value);
  if (timeout > 0) body.timeoutSeconds = timeout;
  if (maxRows > 0) body.maxRows = maxRows;
  try {
    const result = await api(API.execute, { method: "POST", body });
    if (mine === generation) results.show(result);
  } catch (error) {
    if (mine === generation) showProblem(error);
    timeline.replyFailed();
  } finally {
    timeline.settle();
  }
}

// ---- wiring ---------------------------------------------------------------------------------------

$("#sign-in").addEventListener("submit", (e) => {
  e.preventDefault();
  if (pressedWhileBusy(e)) return;
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
  if (pressedWhileBusy(e)) return;
  const question = $("#question").value.trim();
  const databaseId = $("#database").value;
  if (question && databaseId) busy(e.currentTarget, () => ask(question, databaseId));
});

$("#run").addEventListener("submit", (e) => {
  e.preventDefault();
  if (pressedWhileBusy(e)) return;
  const sql = $("#sql").value.trim();
  const databaseId = $("#database").value;
  if (sql && databaseId) busy(e.currentTarget, () => runSql(sql, databaseId));
});

// Ctrl+Enter (Cmd+Enter on a Mac) in either box submits it.
for (const [box, form] of [["#question", "#ask"], ["#sql", "#run"]]) {
  $(box).addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      if (!$(form).dataset.busy) $(form).requestSubmit();
    }
  });
}

if (session.token) enterWorkspace();
