// dmf dashboard: metric series and uPlot charts (run page, playground, compare view).
"use strict";
(function (DMF) {
  // Every chart drawn on the page, by key: the uPlot instances (tests read their state).
  DMF.charts = {};
  // When the page's script ran and its series were first read (performance.now()); DMF.readyAt
  // says when they were first drawn.
  DMF.timing = { script: performance.now() };

  const PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
    "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];

  DMF.palette = (i) => PALETTE[i % PALETTE.length];

  // The metric rows of one run, column by column, growing as points arrive. Rows are keyed by
  // iteration: a row at or before the last one held is a repeat and is dropped.
  DMF.Series = class {
    constructor() { this.reset(); }
    reset() { this.cols = {}; this.n = 0; this.last = -Infinity; }
    has(name) { return Object.prototype.hasOwnProperty.call(this.cols, name); }
    names() { return Object.keys(this.cols); }
    merge(chunk) {
      const names = chunk.columns || [];
      const at = names.indexOf("iteration");
      if (at < 0) return 0;
      const it = chunk.data[at];
      if (this.n === 0) {
        let ok = true;
        for (let i = 1; i < it.length; i++) if (!(it[i] > it[i - 1])) ok = false;
        if (ok && it.length > 0) {
          names.forEach((name, j) => { this.cols[name] = chunk.data[j].slice(); });
          this.n = it.length;
          this.last = it[it.length - 1];
          return it.length;
        }
      }
      let added = 0;
      for (let i = 0; i < it.length; i++) {
        if (!(it[i] > this.last)) continue;
        names.forEach((name) => {
          if (!this.has(name)) this.cols[name] = new Array(this.n).fill(null);
        });
        for (const name of Object.keys(this.cols)) {
          const j = names.indexOf(name);
          this.cols[name].push(j < 0 ? null : chunk.data[j][i]);
        }
        this.last = it[i];
        this.n++;
        added++;
      }
      return added;
    }
  };

  DMF.svColumns = function (series) {
    return series.names()
      .filter((n) => /^sv_\d+$/.test(n))
      .sort((a, b) => +a.slice(3) - +b.slice(3));
  };

  // The charts of a run page. Each chart lists its lines: [column, label, colour].
  DMF.RUN_CHARTS = [
    { key: "loss", title: "Training loss and errors", log: true,
      lines: (s) => [["train_loss", "train loss"], ["test_error", "test error"],
        ["unobserved_error", "unobserved error"], ["relative_error", "relative error"]]
        .filter((l) => s.has(l[0])).map((l, i) => [l[0], l[1], DMF.palette(i)]) },
    { key: "sv", title: "Singular values σᵢ(W)", log: false,
      lines: (s) => DMF.svColumns(s).map((c, i) => [c, "σ" + c.slice(3), DMF.palette(i)]) },
    { key: "nuclear", title: "Nuclear norm ‖W‖*", log: false,
      lines: (s) => (s.has("nuclear_norm") ? [["nuclear_norm", "‖W‖*", DMF.palette(0)]] : []) },
    { key: "erank", title: "Effective rank", log: false,
      lines: (s) => (s.has("effective_rank") ? [["effective_rank", "effective rank", DMF.palette(2)]] : []) },
    { key: "balance", title: "Balancedness maxⱼ ‖Wⱼ₊₁ᵀWⱼ₊₁ − WⱼWⱼᵀ‖", log: true,
      lines: (s) => (s.has("balance") ? [["balance", "deviation", DMF.palette(4)]] : []) },
    { key: "align", title: "Gradient in W's singular bases |Uᵀ∇ℓV|: diagonal vs off-diagonal, mean ± std",
      log: true,
      bands: true,
      lines: (s) => (s.has("align_diag_mean") ? [
        ["align_diag_mean", "diagonal", DMF.palette(0), "align_diag_std"],
        ["align_offdiag_mean", "off-diagonal", DMF.palette(3), "align_offdiag_std"]] : []) },
  ];

  function positive(a) { return a.map((v) => (v != null && v > 0 ? v : null)); }

  // uPlot's data and series for some lines over a shared x column; a line with a fourth entry (a
  // std column) gets a band of mean ± std.
  function layout(x, lines, column, log) {
    const data = [x];
    const series = [{ label: "iteration" }];
    const bands = [];
    for (const [name, label, colour, std] of lines) {
      const y = column(name) || [];
      data.push(log ? positive(y) : y);
      series.push({ label, stroke: colour, width: 1.5, spanGaps: true,
        value: (u, v) => DMF.formatNumber(v) });
      if (std) {
        // mean ± std; on a log axis the lower edge stops a decade below the mean (it may be ≤ 0).
        const s = column(std) || [];
        const hi = y.map((v, i) => (v == null || s[i] == null ? null : v + s[i]));
        const lo = y.map((v, i) =>
          v == null || s[i] == null ? null : log ? Math.max(v - s[i], v / 10) : v - s[i]);
        const mean = data.length - 1;
        data.push(log ? positive(hi) : hi, log ? positive(lo) : lo);
        series.push({ label: label + " +std", stroke: colour, width: 0, spanGaps: true, show: true },
          { label: label + " −std", stroke: colour, width: 0, spanGaps: true, show: true });
        bands.push({ series: [mean + 1, mean + 2], fill: colour + "33" });
      }
    }
    return { data, series, bands };
  }

  // Ticks of a log axis: evenly spaced round numbers within one decade; 1, 2, 5 per decade over a
  // few decades; whole decades (every k-th one) over many, so that labels stay apart.
  function logSplits(u, axis, min, max) {
    if (!(min > 0 && max > 0)) return [];
    const lo = Math.floor(Math.log10(min));
    const hi = Math.ceil(Math.log10(max));
    const out = [];
    if (hi - lo <= 1) {
      const raw = (max - min) / 4;
      const p = Math.pow(10, Math.floor(Math.log10(raw)));
      const step = [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw);
      for (let v = Math.ceil(min / step) * step; v <= max * 1.0001; v += step) out.push(+v.toPrecision(6));
      return out;
    }
    if (hi - lo <= 3) {
      for (let e = lo; e <= hi; e++) {
        for (const m of [1, 2, 5]) {
          const v = m * Math.pow(10, e);
          if (v >= min * 0.999 && v <= max * 1.001) out.push(+v.toPrecision(1));
        }
      }
      return out;
    }
    const step = Math.max(1, Math.ceil((hi - lo) / 6));
    for (let e = hi; e >= lo; e -= step) {
      const v = Math.pow(10, e);
      if (v >= min * 0.999 && v <= max * 1.001) out.unshift(+v.toPrecision(1));
    }
    return out;
  }

  function hasPositive(data) {
    for (let k = 1; k < data.length; k++) for (const v of data[k]) if (v != null && v > 0) return true;
    return false;
  }

  // One chart in a figure element: a title, a log-scale toggle and the plot; `build` gives
  // {x, lines, column} each time it is drawn.
  DMF.Chart = class {
    constructor(parent, key, title, log, build, legend, height) {
      this.key = key;
      this.height = height || 240;
      this.log = log;
      this.build = build;
      this.legend = legend !== false;
      this.fig = document.createElement("figure");
      this.fig.className = "chart";
      this.fig.dataset.chart = key;
      const cap = document.createElement("figcaption");
      const name = document.createElement("span");
      name.textContent = title;
      const toggle = document.createElement("label");
      this.box = document.createElement("input");
      this.box.type = "checkbox";
      this.box.checked = log;
      this.box.addEventListener("change", () => { this.log = this.box.checked; this.recreate(); });
      toggle.append(this.box, " log scale");
      cap.append(name, toggle);
      this.plotEl = document.createElement("div");
      this.plotEl.className = "plot";
      this.fig.append(cap, this.plotEl);
      parent.appendChild(this.fig);
      this.plot = null;
      new ResizeObserver(() => this.resize()).observe(this.plotEl);
    }
    width() { return Math.max(200, this.plotEl.clientWidth); }
    resize() { if (this.plot) this.plot.setSize({ width: this.width(), height: this.height }); }
    recreate() {
      if (this.plot) this.plot.destroy();
      this.plot = null;
      this.update();
    }
    update() {
      const b = this.build();
      const log = this.log;
      const l = layout(b.x, b.lines, b.column, log);
      const useLog = log && hasPositive(l.data);
      if (this.plot && this.plot.series.length === l.series.length && this.drawnLog === useLog) {
        this.plot.setData(l.data);
        return;
      }
      if (this.plot) this.plot.destroy();
      this.drawnLog = useLog;
      const y = { size: 58, values: (u, v) => v.map(DMF.formatNumber) };
      if (useLog) {
        y.splits = logSplits;
        y.filter = (u, splits) => splits;
      }
      this.plot = new uPlot({
        width: this.width(), height: this.height,
        scales: { x: { time: false }, y: useLog ? { distr: 3, log: 10 } : { auto: true } },
        axes: [{ label: "iteration", values: (u, v) => v.map(DMF.formatNumber) }, y],
        series: l.series, bands: l.bands,
        legend: { show: this.legend, live: true },
        cursor: { drag: { x: true, y: false } },
      }, l.data, this.plotEl);
      DMF.charts[this.key] = this.plot;
    }
  };

  // Draws the charts of one run into `el` and keeps them up to date: reads the series once the
  // event stream follows the run, then appends the points it pushes. `onStatus` hears when the
  // run finishes.
  DMF.followRun = function (el, run, onStatus) {
    const series = new DMF.Series();
    const charts = [];
    let drawnWith = "";
    const note = () => el.querySelector("#charts-note");
    const draw = DMF.throttle(() => {
      const names = DMF.RUN_CHARTS.map((c) => c.key + ":" + c.lines(series).length).join(",");
      if (names !== drawnWith) {
        charts.forEach((c) => c.fig.remove());
        charts.length = 0;
        for (const c of DMF.RUN_CHARTS) {
          if (c.lines(series).length === 0) continue;
          charts.push(new DMF.Chart(el, c.key, c.title, c.log, () => ({
            x: series.cols.iteration || [], lines: c.lines(series), column: (n) => series.cols[n],
          })));
        }
        drawnWith = names;
      }
      charts.forEach((c) => c.update());
      if (note()) note().textContent = series.n === 0 ? "no metrics logged yet" : "";
      DMF.points = series.n;
      DMF.lastIteration = series.last;
      if (!DMF.readyAt && series.n > 0) DMF.readyAt = performance.now();
    }, 150);
    // Reads what is not held yet: everything at first, then only the rows after the last one.
    // Reads run one after another; the first starts at once, and another runs once the event
    // stream follows the run (rows written in between are read then, later ones are pushed).
    const base = "/api/series?r=" + encodeURIComponent(run);
    let queue = Promise.resolve();
    const read = () =>
      fetch(series.n > 0 ? base + "&after=" + series.last : base)
        .then((r) => r.json())
        .then((j) => {
          DMF.timing.fetched = DMF.timing.fetched || performance.now();
          if (series.merge(j) > 0 || series.n === 0) draw();
        });
    const load = () => { queue = queue.then(read, read); };
    load();
    DMF.connect([run], {
      hello: load,
      points: (m) => { if (m.run === run && series.merge(m) > 0) draw(); },
      reload: (m) => { if (m.run === run) { series.reset(); load(); } },
      status: (m) => { if (m.run === run && onStatus) onStatus(m.status); },
    });
    return series;
  };
})(window.DMF);
