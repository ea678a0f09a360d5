// Progressive enhancement only: every page works without this file.
document.addEventListener("click", (event) => {
  const target = event.target.closest("[data-confirm]");
  if (target && !window.confirm(target.dataset.confirm)) {
    event.preventDefault();
  }
});

// Times are rendered in UTC on the server; show them relative to now, in the reader's time
// zone, with the full local date and time on hover.
(function relativeTimes() {
  const units = [["year", 31536000], ["month", 2592000], ["week", 604800], ["day", 86400],
                 ["hour", 3600], ["minute", 60]];
  const relative = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });
  const full = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
  const short = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

  function describe(date) {
    const seconds = (date.getTime() - Date.now()) / 1000;
    const age = Math.abs(seconds);
    if (age < 60) return "just now";
    if (age > 2592000) return short.format(date);  // older than a month: the date itself
    for (const [unit, size] of units) {
      if (age >= size) return relative.format(Math.round(seconds / size), unit);
    }
    return full.format(date);
  }

  function update() {
    document.querySelectorAll("time[datetime]").forEach((node) => {
      const date = new Date(node.getAttribute("datetime"));
      if (Number.isNaN(date.getTime())) return;
      node.textContent = describe(date);
      node.title = full.format(date);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", update);
  } else {
    update();
  }
  window.setInterval(update, 60000);
})();
