// Progressive enhancement only: every page works without this file.
document.addEventListener("click", (event) => {
  const target = event.target.closest("[data-confirm]");
  if (target && !window.confirm(target.dataset.confirm)) {
    event.preventDefault();
  }
});

// Threads come a window at a time (clinnet/cases/threads.py). Without this script "show more"
// and "show earlier replies" are links to the next page; with it they fetch that window and
// add its replies to the list on this page.
document.addEventListener("click", async (event) => {
  const link = event.target.closest("a[data-thread-load]");
  const list = document.getElementById("thread");
  if (!link || !list || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) {
    return;
  }
  event.preventDefault();
  const nav = link.closest("nav");
  const url = new URL(link.href);
  url.hash = "";
  url.searchParams.set("fragment", "1");
  link.setAttribute("aria-busy", "true");
  let doc;
  try {
    const response = await fetch(url, { credentials: "same-origin" });
    if (!response.ok) throw new Error(String(response.status));
    doc = new DOMParser().parseFromString(await response.text(), "text/html");
  } catch (error) {
    window.location.assign(link.href);  // the plain link still works
    return;
  }
  const items = Array.from(doc.querySelectorAll("#thread > li"));
  const direction = link.dataset.threadLoad;
  const next = doc.querySelector(`nav a[data-thread-load="${direction}"]`);
  if (direction === "before") {
    const height = document.documentElement.scrollHeight;
    list.prepend(...items);
    window.scrollBy(0, document.documentElement.scrollHeight - height);  // stay where you were
  } else {
    list.append(...items);
  }
  if (next) {
    nav.replaceWith(next.closest("nav"));
  } else {
    nav.remove();
  }
  const first = items.find((item) => item.id);
  if (first) {
    const summary = first.querySelector("summary");
    if (summary) summary.focus({ preventScroll: direction === "before" });
  }
});

// A link to a reply by its anchor alone (/cases/7#r42) only works when the reply is in the
// window the page shows; otherwise ask the server for the window that holds it.
document.addEventListener("DOMContentLoaded", () => {
  const match = /^#r(\d+)$/.exec(window.location.hash);
  const url = new URL(window.location.href);
  if (match && document.getElementById("thread") && !document.getElementById(`r${match[1]}`)
      && url.searchParams.get("reply") !== match[1]) {
    url.searchParams.set("reply", match[1]);
    ["after", "before", "reply_to"].forEach((name) => url.searchParams.delete(name));
    window.location.replace(url.href);
  }
});
