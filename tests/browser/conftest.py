"""Real-browser journeys: Debian's Chromium driven by Playwright, against the app served by a
real HTTP server on a free local port, on the test database.

Every page a journey visits is checked the same way (`Tab.check`): no horizontal overflow, no
console error (a CSP violation is one), controls at least 44 px tall, zero serious or critical
axe-core violations (in light mode on the phone, dark mode on the desktop), and a screenshot
into artifacts/screenshots/ (git-ignored; CI keeps it as an artefact).
"""

from __future__ import annotations

import os
import re
import threading
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CLINNET_CHROMIUM", "/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
VIEWPORTS = {"phone": (390, 844), "desktop": (1280, 900)}
# Each palette is checked on every page (axe's contrast rules): the phone runs in light mode,
# the desktop in dark mode (prefers-color-scheme).
COLOUR_SCHEMES = {"phone": "light", "desktop": "dark"}
BLOCKING_IMPACTS = {"serious", "critical"}


def pytest_collection_modifyitems(config, items):
    if Path(CHROMIUM).exists() or os.environ.get("CI"):
        return  # CI installs Chromium (.ci/run): missing there is a failure, not a skip
    skip = pytest.mark.skip(reason=f"Chromium is not installed at {CHROMIUM} "
                                   "(apt-get install chromium; CI runs these journeys)")
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        # Root in CI and containers: Chromium's sandbox needs user namespaces it may not have.
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture
def live_server(app):
    """The app behind a real threaded HTTP server on a free port; yields its base URL."""
    from werkzeug.serving import make_server

    app.config.update(RATELIMITS_ENABLED=False)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    app.config["BASE_URL"] = f"http://127.0.0.1:{server.port}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield app.config["BASE_URL"]
    server.shutdown()
    thread.join(timeout=10)


@pytest.fixture(params=sorted(VIEWPORTS))
def viewport(request) -> str:
    return request.param


@pytest.fixture
def tab(browser, live_server, viewport, request):
    width, height = VIEWPORTS[viewport]
    context = browser.new_context(viewport={"width": width, "height": height},
                                  base_url=live_server, locale="en-US",
                                  color_scheme=COLOUR_SCHEMES[viewport],
                                  timezone_id="America/Chicago")
    context.set_default_timeout(15000)
    page = context.new_page()
    journey = re.sub(r"\W+", "-", request.node.originalname.removeprefix("test_"))
    tab = Tab(page, f"{journey}-{viewport}", width)
    yield tab
    context.close()
    assert tab.errors == [], f"console errors: {tab.errors}"


class Tab:
    """A browser page that checks every page it lands on."""

    def __init__(self, page, name: str, width: int):
        from axe_playwright_python.sync_playwright import Axe

        self.page, self.name, self.width = page, name, width
        self.errors: list[str] = []
        self.visited: list[str] = []
        self._axe = Axe()
        page.on("console", lambda msg: msg.type == "error" and self.errors.append(
            f"{page.url}: {msg.text}"))
        page.on("pageerror", lambda exc: self.errors.append(f"{page.url}: {exc}"))

    def goto(self, path: str):
        self.page.goto(path)
        return self.check()

    def click(self, selector: str, **kwargs):
        """Click something that loads a page, wait for it, check it."""
        with self.page.expect_navigation():
            self.page.locator(selector, **kwargs).first.click()
        return self.check()

    def submit(self, button_text: str, scope: str = "main"):
        """Press a submit button by its text (a <button> or an <input type=submit>)."""
        button = self.page.locator(scope).get_by_role("button", name=button_text, exact=True)
        with self.page.expect_navigation():
            button.first.click()
        return self.check()

    def fill(self, name: str, value: str, scope: str = "main") -> None:
        """Type into the form control named `name` (its label is checked by axe)."""
        self.page.locator(f'{scope} [name="{name}"]').first.fill(value)

    def choose(self, name: str, value: str) -> None:
        self.page.locator(f'main select[name="{name}"]').first.select_option(value)

    def tick(self, name: str, value: str | None = None) -> None:
        suffix = f'[value="{value}"]' if value else ""
        self.page.locator(f'main input[name="{name}"]{suffix}').first.check()

    def text(self) -> str:
        return self.page.locator("main").inner_text()

    def check(self):
        page = self.page
        page.wait_for_load_state("load")
        step = len(self.visited) + 1
        path = re.sub(r"\W+", "_", page.url.split("//", 1)[-1].split("/", 1)[-1]) or "home"
        self.visited.append(page.url)
        page.screenshot(path=str(SCREENSHOTS / f"{self.name}-{step:02d}-{path[:60]}.png"),
                        full_page=True)
        overflow = page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{page.url} scrolls sideways by {overflow}px at {self.width}px"
        small = page.evaluate(_SMALL_TARGETS)
        assert small == [], f"{page.url}: tap targets under 44 px: {small}"
        results = self._axe.run(page).response
        blocking = [f"{v['id']} ({v['impact']}): {v['help']} — "
                    + "; ".join(n["target"][0] if isinstance(n["target"][0], str)
                                else str(n["target"][0]) for n in v["nodes"][:3])
                    for v in results["violations"] if v["impact"] in BLOCKING_IMPACTS]
        assert blocking == [], f"{page.url}: {blocking}"
        assert self.errors == [], f"console errors: {self.errors}"
        return page


# Controls (not links inside running text, which WCAG 2.5.8 exempts) must be at least 44 px tall;
# a checkbox or radio counts by its label, which is the target people tap.
_SMALL_TARGETS = """() => [...document.querySelectorAll(
    'button, .button, select, summary, nav a, input:not([type=hidden]):not([type=checkbox])'
    + ':not([type=radio]), label.check, label.chip')]
  .filter(el => el.offsetParent !== null)
  .filter(el => el.getBoundingClientRect().height < 43.5)
  .map(el => `${el.tagName.toLowerCase()} "${(el.innerText || el.value || el.name || '')
    .trim().slice(0, 30)}" ${Math.round(el.getBoundingClientRect().height)}px`)
  .slice(0, 5)"""


def sign_in(tab: Tab, email: str, password: str, code: str | None = None) -> None:
    tab.goto("/auth/login")
    tab.fill("email", email)
    tab.fill("password", password)
    tab.submit("Sign in")
    if code is not None:
        tab.fill("code", code)
        tab.submit("Continue")
