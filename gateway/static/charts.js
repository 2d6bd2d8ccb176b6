// querycast console: a chart beside the result table when the result is one category or date
// column plus one or more numeric columns (a line for dates and time buckets, bars otherwise),
// drawn with the vendored Chart.js. The canvas is a focusable image with a text summary; arrow
// keys step through the points and each value is announced. The table always stays.
"use strict";

const MAX_CHART_ROWS = 500;
const ID_COLUMN = /^(id|.+_id)$/i;
const SERIES_COLORS = ["#2f6fde", "#d9730d", "#1f8a4c", "#9b51e0", "#c4321c", "#0f8b8d"];

// Which columns to chart, or null when the result is not chart-shaped.
function chartSpec(result, kinds) {
  if (!result.rows.length || result.rows.length < 2 || result.rows.length > MAX_CHART_ROWS) return null;
  const labels = kinds.map((k, i) => (k.kind !== "number" ? i : -1)).filter((i) => i >= 0);
  // Keys are numbers but not quantities: `id`, `category_id` are left out of the series.
  const values = kinds.map((k, i) => (k.kind === "number" && !ID_COLUMN.test(result.columns[i].name) ? i : -1))
    .filter((i) => i >= 0);
  if (labels.length !== 1 || !values.length) return null;
  const labelIndex = labels[0];
  const isDate = kinds[labelIndex].kind === "date";
  return { type: isDate ? "line" : "bar", labelIndex, valueIndexes: values };
}

function numericValue(value) {
  if (value === null || value === undefined) return null;
  const number = typeof value === "number" ? value : Number(value);
  return Number.isFinite(number) ? number : null;
}

class ResultChart {
  constructor(container, result, kinds, spec) {
    this.container = container;
    this.result = result;
    this.spec = spec;
    const { labelIndex, valueIndexes } = spec;
    const labelInfo = kinds[labelIndex];
    let rows = result.rows;
    if (spec.type === "line") {  // time runs left to right, whatever the query's ORDER BY
      rows = [...rows].sort((a, b) => String(a[labelIndex]).localeCompare(String(b[labelIndex])));
    }
    this.rows = rows;
    this.labels = rows.map((row) => displayValue(row[labelIndex], labelInfo).text);
    this.series = valueIndexes.map((index) => ({ name: result.columns[index].name, index,
                                                 info: kinds[index] }));
    this.active = -1;
    this.draw();
  }

  draw() {
    const { labelIndex } = this.spec;
    const labelName = this.result.columns[labelIndex].name;
    const names = this.series.map((s) => s.name).join(", ");
    const kind = this.spec.type === "line" ? "Line chart" : "Bar chart";
    this.canvas = el("canvas", { role: "img", tabIndex: 0, "data-points": String(this.rows.length),
                                 "data-chart-type": this.spec.type });
    this.canvas.setAttribute("aria-label", `${kind} of ${names} by ${labelName}: ${this.rows.length} points, `
      + `from ${this.labels[0]} to ${this.labels[this.labels.length - 1]}. ${this.summary()} `
      + "Use the left and right arrow keys to read each value; the result table lists them all.");
    this.readout = el("p", { className: "chart-readout", "aria-live": "polite" });
    this.container.replaceChildren(el("div", { className: "chart-box" }, this.canvas), this.readout);
    this.chart = new Chart(this.canvas, {
      type: this.spec.type,
      data: {
        labels: this.labels,
        datasets: this.series.map((s, i) => ({
          label: s.name,
          data: this.rows.map((row) => numericValue(row[s.index])),
          borderColor: SERIES_COLORS[i % SERIES_COLORS.length],
          backgroundColor: SERIES_COLORS[i % SERIES_COLORS.length] + (this.spec.type === "bar" ? "cc" : "33"),
          pointRadius: 3, pointHoverRadius: 6, tension: 0, spanGaps: false,
        })),
      },
      options: {
        animation: false, responsive: true, maintainAspectRatio: false,
        interaction: { mode: "index", intersect: false },
        plugins: {
          legend: { display: this.series.length > 1 },
          tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${this.valueText(item.datasetIndex, item.dataIndex)}` } },
        },
        scales: { y: { beginAtZero: this.spec.type === "bar", ticks: { callback: (v) => formatNumber(v) } } },
      },
    });
    this.canvas.addEventListener("keydown", (e) => this.onKey(e));
    this.canvas.addEventListener("blur", () => this.highlight(-1));
  }

  valueText(seriesIndex, rowIndex) {
    const series = this.series[seriesIndex];
    return displayValue(this.rows[rowIndex][series.index], series.info).text;
  }

  summary() {
    return this.series.map((s) => {
      const numbers = this.rows.map((row) => numericValue(row[s.index]));
      const best = numbers.reduce((top, v, i) => (v !== null && (top < 0 || v > numbers[top]) ? i : top), -1);
      return best < 0 ? "" : `Highest ${s.name}: ${this.valueText(this.series.indexOf(s), best)} at ${this.labels[best]}.`;
    }).join(" ");
  }

  onKey(event) {
    const last = this.rows.length - 1;
    const moves = { ArrowRight: this.active + 1, ArrowDown: this.active + 1, ArrowLeft: this.active - 1,
                    ArrowUp: this.active - 1, Home: 0, End: last };
    if (!(event.key in moves)) return;
    event.preventDefault();
    this.highlight(Math.min(last, Math.max(0, moves[event.key])));
  }

  highlight(index) {
    this.active = index;
    const elements = index < 0 ? [] : this.series.map((_, datasetIndex) => ({ datasetIndex, index }));
    this.chart.setActiveElements(elements);
    this.chart.tooltip.setActiveElements(elements, { x: 0, y: 0 });
    this.chart.update();
    if (index < 0) return;
    const values = this.series.map((s, i) => `${s.name} ${this.valueText(i, index)}`).join(", ");
    this.readout.textContent = `${this.labels[index]}: ${values} (${index + 1} of ${this.rows.length})`;
  }

  destroy() {
    this.chart.destroy();
    this.container.replaceChildren();
  }
}
