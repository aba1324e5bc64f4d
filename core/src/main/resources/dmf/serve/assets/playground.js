// dmf dashboard: the playground form, its queue, and the live curves of the last run started.
"use strict";
(function (DMF) {
  const form = document.getElementById("playground");
  const message = document.getElementById("form-message");
  const jobsEl = document.getElementById("jobs");
  const liveEl = document.getElementById("live-run");
  let following = null;

  function showJobs(state) {
    jobsEl.innerHTML = "";
    if (state.jobs.length === 0) {
      jobsEl.innerHTML = "<li class=\"muted\">nothing yet</li>";
      return;
    }
    for (const j of state.jobs) {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = "/run?r=" + encodeURIComponent(j.run);
      a.textContent = j.name;
      const st = document.createElement("span");
      st.className = "s-" + j.state;
      st.textContent = " " + j.state + (j.message ? " (" + j.message + ")" : "");
      li.append(a, " ", j.label, st);
      if (j.state === "queued" || j.state === "running") {
        const b = document.createElement("button");
        b.type = "button";
        b.textContent = "stop";
        b.addEventListener("click", () => post("/api/playground/stop", new URLSearchParams({ job: j.job })));
        li.append(" ", b);
      }
      jobsEl.appendChild(li);
    }
  }

  function post(url, body) {
    return fetch(url, { method: "POST", body, headers: { Accept: "application/json" } })
      .then((r) => r.text().then((t) => ({ ok: r.ok, text: t })));
  }

  function follow(job) {
    if (following === job.run) return;
    following = job.run;
    if (DMF.events) DMF.events.close();
    liveEl.innerHTML = "";
    const h = document.createElement("h2");
    const a = document.createElement("a");
    a.href = job.url || "/run?r=" + encodeURIComponent(job.run);
    a.textContent = "run " + job.name;
    h.append(a, " ", job.label);
    const charts = document.createElement("div");
    charts.className = "charts";
    charts.id = "charts";
    const note = document.createElement("p");
    note.className = "muted";
    note.id = "charts-note";
    note.textContent = "waiting for the first records…";
    charts.appendChild(note);
    liveEl.append(h, charts);
    DMF.followRun(charts, job.run, null);
    DMF.events.addEventListener("jobs", (e) => showJobs(JSON.parse(e.data)));
  }

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    message.textContent = "";
    post("/api/playground", new URLSearchParams(new FormData(form))).then((r) => {
      if (!r.ok) {
        message.textContent = r.text.trim();
        return;
      }
      const job = JSON.parse(r.text);
      DMF.lastJob = job;
      follow(job);
      fetch("/api/playground").then((x) => x.json()).then(showJobs);
    });
  });

  fetch("/api/playground").then((r) => r.json()).then(showJobs);
  DMF.connect([], { jobs: showJobs });
})(window.DMF);
