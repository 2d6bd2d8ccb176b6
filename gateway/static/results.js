// querycast console: the result of a query (table, optional chart, CSV download, copy as TSV,
// the truncation note) and the problem box. The exported files hold exactly the rows received.
"use strict";

const results = {
  current: null,  // { requestId, columns, rows, ... } as received
  chart: null,

  show(result) {
    this.clear();
    this.current = result;
    const section = $("#result");
    const kinds = result.columns.map((column, index) => columnKind(column, result.rows, index));
    $("thead", section).replaceChildren(el("tr", {}, ...result.columns.map((c, i) =>
      el("th", { scope: "col", title: c.type, className: kinds[i].kind === "number" ? "number" : "" }, c.name))));
    $("tbody", section).replaceChildren(...result.rows.map((row) => el("tr", {}, ...row.map((value, i) => {
      const shown = displayValue(value, kinds[i]);
      const cell = el("td", { className: shown.className }, shown.text);
      if (shown.className === "date" || (shown.className === "number" && shown.text !== String(value))) cell.title = String(value);
      return cell;
    }))));
    const rows = `${result.rowCount} row${result.rowCount === 1 ? "" : "s"}`;
    $(".meta", section).textContent = `${rows} in ${formatDuration(result.executionTimeMs)}`;
    const note = $("#truncated-note");
    note.hidden = !result.truncated;
    note.textContent = result.truncated
      ? `Only the first ${result.rowCount} rows are shown and exported: the query returned more. Raise "Max rows" and run it again to get them all.`
      : "";
    section.hidden = false;
    const spec = chartSpec(result, kinds);
    $("#chart-panel").hidden = !spec;
    $("#result").dataset.chart = spec ? spec.type : "none";
    if (spec) this.chart = new ResultChart($("#chart"), result, kinds, spec);
  },

  clear() {
    this.current = null;
    if (this.chart) this.chart.destroy();
    this.chart = null;
    $("#result").hidden = true;
    $("#chart-panel").hidden = true;
    $("#result thead").replaceChildren();
    $("#result tbody").replaceChildren();
    $("#copy-status").textContent = "";
  },

  downloadCsv() {
    const result = this.current;
    if (!result) return;
    const blob = new Blob([toCsv(result.columns, result.rows)], { type: "text/csv;charset=utf-8" });
    const link = el("a", { href: URL.createObjectURL(blob), download: `querycast-${result.requestId || "result"}.csv` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  },

  async copyTsv() {
    const result = this.current;
    if (!result) return;
    const text = toTsv(result.columns, result.rows);
    const status = $("#copy-status");
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = `Copied ${result.rows.length} rows (tab-separated).`;
    } catch {
      status.textContent = "The browser refused the clipboard: use Download CSV instead.";
    }
  },
};

function showProblem(error) {
  const problem = error.problem || { title: "Something went wrong", detail: String(error.message || error) };
  const box = $("#problem");
  $(".title", box).textContent = problemTitle(problem);
  $(".detail", box).textContent = problem.detail || "";
  $(".suggestion", box).textContent = problem.suggestion || "";
  $(".suggestion", box).hidden = !problem.suggestion;
  $(".sql-state", box).textContent = problem.sqlState ? `SQLSTATE ${problem.sqlState}` : "";
  $(".request-id", box).textContent = problem.requestId ? `request ${problem.requestId}` : "";
  box.dataset.code = problem.code || "";
  box.hidden = false;
}

function clearProblem() {
  $("#problem").hidden = true;
}

$("#download-csv").addEventListener("click", () => results.downloadCsv());
$("#copy-tsv").addEventListener("click", () => results.copyTsv());
$("#toggle-chart").addEventListener("click", (e) => {
  const shown = e.currentTarget.getAttribute("aria-pressed") === "true";
  e.currentTarget.setAttribute("aria-pressed", String(!shown));
  e.currentTarget.textContent = shown ? "Show chart" : "Hide chart";
  $("#chart").hidden = shown;
});
