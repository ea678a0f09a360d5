from clinnet.core.authz import Role
from clinnet.core.headers import CONTENT_SECURITY_POLICY
from tests.helpers import page_text


def test_healthz_answers_once_the_database_does(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}


def test_security_headers_on_public_and_signed_in_pages(client, users):
    public = client.get("/auth/login")
    assert public.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    assert public.headers["X-Content-Type-Options"] == "nosniff"
    assert public.headers["Referrer-Policy"] == "same-origin"
    assert public.headers["Cache-Control"] == "no-store"  # sign-in pages carry tokens
    client.login_as(users[Role.PHYSICIAN])
    signed_in = client.get("/")
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
