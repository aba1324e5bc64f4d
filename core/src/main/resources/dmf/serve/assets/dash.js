// dmf dashboard, common part: the live event stream and pages that refresh a fragment.
"use strict";
window.DMF = window.DMF || {};
(function (DMF) {
  const indicator = document.getElementById("live");

  // Script errors of this page, kept for the browser tests (and visible in the console anyway).
  DMF.errors = [];
  window.addEventListener("error", (e) => DMF.errors.push(String(e.message)));
  window.addEventListener("unhandledrejection", (e) => DMF.errors.push(String(e.reason)));

  function setLive(on) {
    if (indicator) {
      indicator.classList.toggle("on", on);
      indicator.textContent = on ? "live" : "offline";
    }
  }

  // Opens the event stream. `runs` are served ids whose points, status and reload events this page
  // wants; every page gets "changed" and "jobs". `handlers.hello` runs after each (re)connection,
  // when the server follows the runs: the moment to (re)read their series.
  DMF.connect = function (runs, handlers) {
    const q = runs.map((r) => "run=" + encodeURIComponent(r)).join("&");
    const es = new EventSource("/api/events" + (q ? "?" + q : ""));
    es.addEventListener("hello", () => {
      setLive(true);
      if (handlers.hello) handlers.hello();
    });
    for (const name of ["changed", "points", "status", "reload", "jobs"]) {
      es.addEventListener(name, (e) => {
        if (handlers[name]) handlers[name](JSON.parse(e.data));
      });
    }
    es.onerror = () => setLive(false);
    // A browser allows few connections to one server: give this one back when the page goes.
    window.addEventListener("pagehide", () => es.close());
    DMF.events = es;
    return es;
  };

  // Calls fn at most once per `ms`, the last call winning.
  DMF.throttle = function (fn, ms) {
    let timer = null;
    let last = 0;
    return function () {
      if (timer) return;
      const wait = Math.max(0, last + ms - Date.now());
      timer = setTimeout(() => {
        timer = null;
        last = Date.now();
        fn();
      }, wait);
    };
  };

  DMF.formatNumber = function (v) {
    if (v == null || !isFinite(v)) return "";
    if (v === 0) return "0";
    const a = Math.abs(v);
    if (a >= 1e5 || a < 1e-3) return v.toExponential(1).replace(".0e", "e").replace("e+", "e");
    return String(+v.toPrecision(3));
  };

  // A page part (#fragment with data-fragment=URL) that is read again when its runs change.
  // Ticked check boxes stay ticked.
  function followFragment(el) {
    const refresh = DMF.throttle(() => {
      fetch(el.dataset.fragment, { headers: { Accept: "text/html" } })
        .then((r) => (r.ok ? r.text() : Promise.reject(r.status)))
        .then((html) => {
          const ticked = new Set(
            Array.from(el.querySelectorAll("input[type=checkbox]:checked")).map((c) => c.value)
          );
          el.innerHTML = html;
          el.querySelectorAll("input[type=checkbox]").forEach((c) => {
            if (ticked.has(c.value)) c.checked = true;
          });
          DMF.refreshedAt = performance.now();
        })
        .catch(() => {});
    }, 700);
    DMF.connect([], { changed: refresh, hello: refresh });
  }

  document.addEventListener("DOMContentLoaded", () => {
    const el = document.getElementById("fragment");
    if (el && el.dataset.fragment) followFragment(el);
  });
})(window.DMF);
