from clinnet.core.authz import Role
from clinnet.core.headers import CONTENT_SECURITY_POLICY
from tests.helpers import page_text


def test_healthz_says_the_process_is_alive_and_readyz_that_it_can_work(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.get_json() == {"status": "ok", "checks": {"database": "ok",
                                                          "redis": "not used"}}


def test_security_headers_on_public_and_signed_in_pages(client, users):
    public = client.get("/auth/login")
    assert public.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    assert public.headers["X-Content-Type-Options"] == "nosniff"
    # Sign-in, reset and confirmation pages carry tokens: no Referer leaves them.
    assert public.headers["Referrer-Policy"] == "no-referrer"
    assert public.headers["Cache-Control"] == "no-store"
    client.login_as(users[Role.PHYSICIAN])
    signed_in = client.get("/")
    assert signed_in.headers["Referrer-Policy"] == "same-origin"
    assert signed_in.headers["Cache-Control"] == "no-store"
    assert "<script>" not in signed_in.get_data(as_text=True)  # no inline script (CSP)
    assert " style=" not in signed_in.get_data(as_text=True)


def test_unknown_page_is_a_styled_404(client):
    response = client.get("/no/such/page")
    assert response.status_code == 404
    assert "Not found" in page_text(response)
    assert "clinnet.css" in response.get_data(as_text=True)


def test_navigation_follows_the_role(client, users):
    client.login_as(users[Role.PHYSICIAN])
    assert "Admin" not in page_text(client.get("/"))
    client.login_as(users[Role.ADMIN])
    assert "Admin" in page_text(client.get("/"))


def test_huge_ids_and_page_numbers_are_not_errors(client, users):
    client.login_as(users[Role.ADMIN])
    huge = "99999999999999999999"
    for url in (f"/notifications/?page={huge}", f"/admin/members?page={huge}",
                f"/admin/audit?page={huge}", f"/?page={huge}", "/notifications/?page=-5"):
        assert client.get(url).status_code == 200, url
    for url in (f"/notifications/{huge}/open", f"/admin/members/{huge}/role",
                f"/cases/{huge}/publish", "/notifications/2147483648/open"):
        assert client.post(url).status_code == 404, url
    assert client.get(f"/admin/members/{huge}").status_code == 404
