"""Requests with arbitrary bodies for every state-changing route: form-encoded fields (the
form's own and others), multipart with file parts where text is expected, JSON documents and raw
bytes under any content type. Shared by tests/security/test_fuzz_routes.py (a few examples per
route) and bench/fuzz_routes.py (10,000 requests)."""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass, field

from flask import url_for
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.security import walk

# Fields every route gets besides its own (unknown ones must be ignored).
COMMON_FIELDS = ("body", "title", "reason", "note", "email", "password", "code", "npi",
                 "parent_id", "page", "state", "action", "idempotency_key")
_INPUT_NAME = re.compile(r'<(?:input|textarea|select)[^>]*\bname="([^"]+)"', re.I)
SPECIAL = ["", " ", "\x00", "%00", "0", "-1", "99999999999999999999999", "1e309", "NaN",
           "true", "[]", "{}", "' OR 1=1 --", "{{7*7}}", "\r\nX-Injected: 1", "\ud7ff",
           "<script>alert(1)</script>", "../../etc/passwd", "a" * 5000, "é" * 300,
           "&#77;&#114;&#46;", "\u202e", "\ufeff"]

text = st.one_of(st.text(max_size=60), st.sampled_from(SPECIAL),
                 st.integers(min_value=-(2**70), max_value=2**70).map(str),
                 st.text(alphabet=st.characters(codec="utf-8"), min_size=200, max_size=2000))
files = st.tuples(st.binary(max_size=3000), st.sampled_from(["a.txt", "x.png", "", "../e"]))
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**70), max_value=2**70) |
    st.floats(allow_nan=False) | text,
    lambda children: st.lists(children, max_size=4) |
    st.dictionaries(st.sampled_from(COMMON_FIELDS) | st.text(max_size=10), children,
                    max_size=5), max_leaves=12)
CONTENT_TYPES = ["text/plain", "application/octet-stream", "application/x-www-form-urlencoded",
                 "multipart/form-data", "multipart/form-data; boundary=xyz",
                 "application/json", "application/xml", "image/png", ""]


def bodies(fields: list[str]):
    """A strategy for (kind, payload) request bodies aimed at a form with `fields`."""
    names = sorted(set(fields) | set(COMMON_FIELDS))
    form = st.dictionaries(st.sampled_from(names), text, max_size=len(names))
    multipart = st.dictionaries(st.sampled_from(names), st.one_of(text, files),
                                min_size=1, max_size=len(names))
    raw = st.tuples(st.binary(max_size=3000), st.sampled_from(CONTENT_TYPES))
    return st.one_of(st.tuples(st.just("form"), form), st.tuples(st.just("multipart"), multipart),
                     st.tuples(st.just("json"), json_values), st.tuples(st.just("raw"), raw))


def send(browser, url: str, kind: str, payload):
    token = browser.csrf_token()
    if kind == "form":
        return browser.post(url, {**payload, "csrf_token": token})
    if kind == "multipart":
        data = {key: (io.BytesIO(value[0]), value[1]) if isinstance(value, tuple) else value
                for key, value in payload.items()}
        data["csrf_token"] = token
        return browser._request("post", url, data=data, content_type="multipart/form-data")
    headers = {"X-CSRFToken": token}
    if kind == "json":
        return browser._request("post", url, json=payload, headers=headers)
    body, content_type = payload
    return browser._request("post", url, data=body, content_type=content_type, headers=headers)


@dataclass
class Route:
    endpoint: str
    url: str
    browser: object
    fields: list[str] = field(default_factory=list)


def routes(app) -> list[Route]:
    """Every POST route, a member allowed to use it signed in, its URL and its form's fields."""
    found = []
    for rule in sorted(walk.rules(app, "POST"), key=lambda r: r.endpoint):
        if rule.endpoint in ("auth.logout", "account.sign_out_everywhere"):
            continue  # they end the fuzzing member's session; covered by their own tests
        user = walk.member_for(app, rule.endpoint)
        browser = walk.signed_in(app, user)
        with app.test_request_context():
            url = url_for(rule.endpoint, **walk.url_values(rule.endpoint, user))
        fields = []
        if "GET" in rule.methods:
            page = browser.get(url)
            if page.status_code == 200:
                fields = sorted(set(_INPUT_NAME.findall(page.get_data(as_text=True))))
        found.append(Route(rule.endpoint, url, browser, fields))
    return found


def fuzz(route: Route, examples: int, statuses: Counter, failures: list) -> None:
    """Send `examples` generated requests to `route`, counting statuses; 5xx go to
    `failures` as (endpoint, kind, payload)."""

    @settings(max_examples=examples, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(body=bodies(route.fields))
    def one(body):
        kind, payload = body
        response = send(route.browser, route.url, kind, payload)
        statuses[response.status_code] += 1
        if response.status_code >= 500:
            failures.append((route.endpoint, kind, repr(payload)[:300]))

    one()
