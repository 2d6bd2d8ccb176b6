// querycast console, shared helpers: DOM building, the REST client, problem titles. Loaded first;
// the other scripts (format.js, charts.js, timeline.js, live.js, history.js, console.js) use these
// globals. Plain scripts, no build step.
"use strict";

const API = {
  login: "/api/auth/login",
  databases: "/api/databases",
  nlToSql: "/api/nl-to-sql",
  execute: "/api/query/execute",
  cancel: (requestId) => `/api/query/${encodeURIComponent(requestId)}`,
  requests: "/api/requests",
  request: (requestId) => `/api/requests/${encodeURIComponent(requestId)}`,
  events: (requestId) => `/api/requests/${encodeURIComponent(requestId)}/events`,
};
const TOKEN_KEY = "querycast.token";
const USER_KEY = "querycast.user";

// Titles a person understands, by the problem's `code` (the HTTP reason phrase says little:
// "Unprocessable Entity", or "Conflict" for one's own cancel).
const PROBLEM_TITLES = {
  VALIDATION_ERROR: "Please check the request",
  UNAUTHORIZED: "Please sign in",
  FORBIDDEN: "Not allowed",
  NOT_FOUND: "Not found",
  CONFLICT: "Conflict with another request",
  SQL_REJECTED: "This SQL is not allowed",
  CANNOT_ANSWER: "No answer for this question",
  QUERY_FAILED: "The query failed",
  QUERY_TIMEOUT: "The query took too long",
  CANCELLED: "Query cancelled",
  CONNECTION_FAILED: "Cannot reach the database",
  PRIVILEGED_ROLE: "This database role may do more than read",
  RATE_LIMITED: "The AI service is busy",
  LLM_ERROR: "The AI service failed",
  UNAVAILABLE: "Service unavailable",
  DEADLINE_EXCEEDED: "No answer in time",
  INTERNAL: "Something went wrong",
};

const $ = (selector, root = document) => root.querySelector(selector);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "className") node.className = value;
    else if (key.startsWith("data-") || key.startsWith("aria-") || key === "role") node.setAttribute(key, value);
    else node[key] = value;
  }
  for (const child of children) node.append(child);  // strings become text, never HTML
  return node;
}

// Announce a short message to screen readers (and show it in the status line).
function announce(text) {
  const region = $("#announcer");
  region.textContent = "";
  setTimeout(() => { region.textContent = text; }, 30);
}

// ---- REST ---------------------------------------------------------------------------------

class ApiError extends Error {
  constructor(problem, status) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.problem = problem;
    this.status = status;
  }
}

const session = {
  token: sessionStorage.getItem(TOKEN_KEY),
  user: sessionStorage.getItem(USER_KEY),
  onExpired: () => {},
};

async function api(path, { method = "GET", body } = {}) {
  const headers = { Accept: "application/json, application/problem+json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (session.token) headers.Authorization = `Bearer ${session.token}`;
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError({ code: "UNAVAILABLE", title: "Gateway unreachable", detail: "The gateway did not answer.",
                         suggestion: "Check that querycast is running, then try again." }, 0);
  }
  let json = null;
  try { json = await response.json(); } catch { /* empty or not JSON */ }
  if (!response.ok) {
    if (response.status === 401 && path !== API.login) session.onExpired("Your session has expired. Please sign in again.");
    throw new ApiError(json || { title: response.statusText }, response.status);
  }
  return json;
}

// The roles in one of the gateway's own tokens (the server checks them on every call; the page
// only uses them to offer admin-only controls). An external token may keep them elsewhere: none.
function tokenRoles(token) {
  try {
    const payload = token.split(".")[1].replaceAll("-", "+").replaceAll("_", "/");
    const roles = JSON.parse(atob(payload)).roles;
    return Array.isArray(roles) ? roles : [];
  } catch {
    return [];
  }
}

function problemTitle(problem) {
  return PROBLEM_TITLES[problem.code] || problem.title || "Request failed";
}

// Ids the console picks itself (clientRequestId), so it can recognise the request's events
// even when they arrive before the REST response does.
function newRequestId() {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `web-${Date.now().toString(36)}-${random[0].toString(36)}${random[1].toString(36)}`;
}

// "850 ms", "4.2 s", "2 min 05 s".
function formatDuration(ms) {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return "";
  if (ms < 1000) return `${Math.max(0, Math.round(ms))} ms`;
  if (ms < 60000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, "0")} s`;
}
