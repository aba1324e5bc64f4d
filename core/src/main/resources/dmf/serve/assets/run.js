// dmf dashboard: the run page follows its run; when it finishes the page is read again.
"use strict";
(function (DMF) {
  const el = document.getElementById("charts");
  DMF.followRun(el, el.dataset.run, () => {
    // The summary and the status are written at the end: show them.
    setTimeout(() => location.reload(), 300);
  });
})(window.DMF);
