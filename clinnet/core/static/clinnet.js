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
  document.addEventListener("clinnet:content", update);  // replies added to the page
})();

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
  document.dispatchEvent(new Event("clinnet:content"));
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

// Live de-identification: while the author types, the server's own gate checks the draft
// (cases/views.py live_check) and the findings appear under the form. Saving and publishing
// check again, so a lost or refused request only hides the advice; it never lets text through.
(function liveCheck() {
  document.querySelectorAll("form[data-live-check]").forEach((form) => {
    const output = document.getElementById(form.dataset.liveCheckOutput);
    if (!output) return;
    let timer = null;
    let controller = null;
    let sent = "";

    async function check() {
      const body = new FormData(form);
      const key = new URLSearchParams(body).toString();
      if (key === sent) return;
      sent = key;
      if (controller) controller.abort();
      controller = new AbortController();
      try {
        const response = await fetch(form.dataset.liveCheck, {
          method: "POST", body, credentials: "same-origin", signal: controller.signal,
          headers: { Accept: "application/json" },
        });
        if (!response.ok) throw new Error(String(response.status));
        const result = await response.json();
        const doc = new DOMParser().parseFromString(result.html, "text/html");
        output.replaceChildren(...doc.body.childNodes);
        output.hidden = false;
      } catch (error) {
        if (error.name !== "AbortError") output.hidden = true;
      }
    }

    form.addEventListener("input", () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(check, 600);
    });
  });
})();

// @mentions: typing "@pr" in a post's text offers matching colleagues under the box; choosing
// one completes the handle. Without this script a handle typed in full works the same. When
// the server says "too many" (429), the menu stays closed and nothing is asked until it says.
(function mentionCompletion() {
  const url = "/members/mentions";
  let quietUntil = 0;
  document.querySelectorAll("textarea[data-mentions]").forEach((box) => {
    const menu = document.createElement("ul");
    menu.className = "mention-menu";
    menu.hidden = true;
    menu.setAttribute("aria-label", "Colleagues to mention");
    box.insertAdjacentElement("afterend", menu);
    let timer = null;

    function typedHandle() {
      const before = box.value.slice(0, box.selectionStart);
      const match = /(?:^|[^\w@.])@([A-Za-z0-9.]{2,40})$/.exec(before);
      return match ? match[1] : null;
    }

    function choose(handle) {
      const caret = box.selectionStart;
      const before = box.value.slice(0, caret).replace(/@[A-Za-z0-9.]*$/, `@${handle} `);
      box.value = before + box.value.slice(caret);
      box.selectionStart = box.selectionEnd = before.length;
      menu.hidden = true;
      box.focus();
      box.dispatchEvent(new Event("input", { bubbles: true }));  // the live check sees it
    }

    async function suggest() {
      const typed = typedHandle();
      if (!typed || Date.now() < quietUntil) { menu.hidden = true; return; }
      try {
        const response = await fetch(`${url}?q=${encodeURIComponent(typed)}`,
                                     { credentials: "same-origin" });
        if (response.status === 429) {
          const wait = Number(response.headers.get("Retry-After")) || 60;
          quietUntil = Date.now() + wait * 1000;
        }
        if (!response.ok) throw new Error(String(response.status));
        const { members } = await response.json();
        menu.replaceChildren(...members.map((member) => {
          const item = document.createElement("li");
          const button = document.createElement("button");
          button.type = "button";
          button.textContent = `@${member.handle} · ${member.name}`;
          button.addEventListener("click", () => choose(member.handle));
          item.append(button);
          return item;
        }));
        menu.hidden = members.length === 0;
      } catch (error) {
        menu.hidden = true;
      }
    }

    box.addEventListener("input", () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(suggest, 250);
    });
  });
})();
