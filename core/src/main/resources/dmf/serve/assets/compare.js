// dmf dashboard: one metric of several runs overlaid, live.
"use strict";
(function (DMF) {
  const list = document.getElementById("compare");
  const metric = list.dataset.metric;
  const select = document.getElementById("metric");
  const runs = Array.from(list.querySelectorAll("li")).map((li, i) => {
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.style.background = DMF.palette(i);
    li.prepend(swatch);
    return { id: li.dataset.run, label: li.dataset.label, series: new DMF.Series(), colour: DMF.palette(i) };
  });

  const columnsOf = (r) => (metric === "sv" ? DMF.svColumns(r.series) : r.series.has(metric) ? [metric] : []);
  const nameOf = (c) => (metric === "sv" ? " σ" + c.slice(3) : "");

  function build() {
    const withData = runs.filter((r) => r.series.n > 0 && columnsOf(r).length > 0);
    if (withData.length === 0) return { x: [], lines: [], column: () => [] };
    const tables = withData.map((r) => [r.series.cols.iteration, ...columnsOf(r).map((c) => r.series.cols[c])]);
    const joined = uPlot.join(tables);
    const virtual = {};
    const lines = [];
    let k = 1;
    for (const r of withData) {
      for (const c of columnsOf(r)) {
        const key = r.id + ":" + c;
        virtual[key] = joined[k++];
        lines.push([key, r.label + nameOf(c), r.colour]);
      }
    }
    return { x: joined[0], lines, column: (n) => virtual[n] };
  }

  const charts = document.getElementById("charts");
  let chart = null;
  const draw = DMF.throttle(() => {
    if (!chart) {
      const title = metric === "sv" ? "Singular values σᵢ(W) of each run" : metric;
      chart = new DMF.Chart(charts, "compare", title, metric !== "sv" && metric !== "effective_rank",
        build, metric !== "sv", 380);
    }
    chart.update();
    offerMetrics();
    if (!DMF.readyAt && runs.some((r) => r.series.n > 0)) DMF.readyAt = performance.now();
  }, 150);

  // The metric list: singular values, then every column some run has.
  function offerMetrics() {
    const names = new Set();
    runs.forEach((r) => r.series.names().forEach((n) => names.add(n)));
    const wanted = ["sv"].concat(Array.from(names).filter((n) =>
      n !== "iteration" && n !== "seconds" && !/^sv_\d+$/.test(n)).sort());
    if (select.options.length === wanted.length) return;
    select.innerHTML = "";
    for (const n of wanted) {
      const o = document.createElement("option");
      o.value = n;
      o.textContent = n === "sv" ? "singular values σ₁…σₖ" : n;
      o.selected = n === metric;
      select.appendChild(o);
    }
  }
  select.addEventListener("change", () => select.form.submit());

  const load = (r) =>
    fetch("/api/series?r=" + encodeURIComponent(r.id))
      .then((res) => res.json())
      .then((j) => { r.series.merge(j); draw(); });
  DMF.connect(runs.map((r) => r.id), {
    hello: () => runs.forEach(load),
    points: (m) => runs.forEach((r) => { if (r.id === m.run && r.series.merge(m) > 0) draw(); }),
    reload: (m) => runs.forEach((r) => { if (r.id === m.run) { r.series.reset(); load(r); } }),
  });
})(window.DMF);
