"""Walk every endpoint of the app and check it against the role matrix.

A new view must be added to EXPECTED; a view that is not is a failure, so nobody can ship an
endpoint whose access was never decided."""

import pytest

from clinnet.core.authz import PUBLIC, Role, access_of

# endpoint -> who may use it
EXPECTED = {
    "static": PUBLIC,
    "health.healthz": PUBLIC,
    "health.readyz": PUBLIC,
    "auth.login": PUBLIC,
    "auth.register": PUBLIC,
    "auth.logout": Role.APPLICANT,
    "auth.verify_code": PUBLIC,
    "auth.reset_request": PUBLIC,
    "auth.reset_password": PUBLIC,
    "auth.reset_password_link": PUBLIC,
    "auth.confirm_email_link": PUBLIC,
    "auth.confirm_email": PUBLIC,
    "account.index": Role.APPLICANT,
    "account.reauthenticate": Role.APPLICANT,
    "account.change_password": Role.APPLICANT,
    "account.change_email": Role.APPLICANT,
    "account.confirm_email_change_link": Role.APPLICANT,
    "account.confirm_email_change": Role.APPLICANT,
    "privacy.index": Role.APPLICANT,
    "privacy.export": Role.APPLICANT,
    "privacy.close": Role.APPLICANT,
    "account.two_factor": Role.APPLICANT,
    "account.disable_two_factor": Role.APPLICANT,
    "account.recovery_codes": Role.APPLICANT,
    "account.session_list": Role.APPLICANT,
    "account.revoke_session": Role.APPLICANT,
    "account.sign_out_everywhere": Role.APPLICANT,
    "verification.status": Role.APPLICANT,
    "verification.apply": Role.APPLICANT,
    "verification.confirm_contact": Role.APPLICANT,
    "verification.resend_code": Role.APPLICANT,
    "verification_admin.queue": Role.ADMIN,
    "verification_admin.detail": Role.ADMIN,
    "verification_admin.approve": Role.ADMIN,
    "verification_admin.reject": Role.ADMIN,
    "verification_admin.request_changes": Role.ADMIN,
    "verification_admin.recheck": Role.ADMIN,
    "verification_admin.reinstate": Role.ADMIN,
    "verification_admin.recheck_member": Role.ADMIN,
    "notifications.index": Role.APPLICANT,
    "notifications.open_note": Role.APPLICANT,
    "notifications.mark_all_read": Role.APPLICANT,
    "notifications.settings": Role.APPLICANT,
    # Anyone holding the signed link from a mail (RFC 8058 one-click unsubscribe).
    "notifications.unsubscribe": PUBLIC,
    "cases.feed": Role.PHYSICIAN,
    "cases.search_view": Role.PHYSICIAN,
    "cases.new": Role.PHYSICIAN,
    "cases.live_check": Role.PHYSICIAN,
    "cases.welcome_page": Role.PHYSICIAN,
    "cases.poll_vote": Role.PHYSICIAN,
    "cases.poll_close": Role.PHYSICIAN,
    "cases.profile": Role.PHYSICIAN,
    "cases.resolve": Role.PHYSICIAN,
    "cases.reopen": Role.PHYSICIAN,
    "cases.bookmark": Role.PHYSICIAN,
    "cases.bookmarks": Role.PHYSICIAN,
    "cases.mention_suggestions": Role.PHYSICIAN,
    "cases.view": Role.PHYSICIAN,
    "cases.edit": Role.PHYSICIAN,
    "cases.apply_suggestion": Role.PHYSICIAN,
    "cases.dismiss_finding": Role.PHYSICIAN,
    "cases.publish": Role.PHYSICIAN,
    "cases.history": Role.PHYSICIAN,
    "cases.vote": Role.PHYSICIAN,
    "cases.follow": Role.PHYSICIAN,
    "cases.subscriptions": Role.PHYSICIAN,
    "cases.post_reply": Role.PHYSICIAN,
    "cases.thread": Role.PHYSICIAN,
    "cases.edit_reply": Role.PHYSICIAN,
    "cases.apply_reply_suggestion": Role.PHYSICIAN,
    "cases.dismiss_reply_finding": Role.PHYSICIAN,
    "cases.publish_reply": Role.PHYSICIAN,
    "cases.delete_reply": Role.PHYSICIAN,
    "cases.vote_reply": Role.PHYSICIAN,
    "cases.reply_history": Role.PHYSICIAN,
    **{f"images.{name}": Role.PHYSICIAN for name in
       ("upload_form", "upload", "edit", "preview", "mask", "reset", "dismiss", "consent",
        "finish", "delete", "serve")},
    "moderation.flag_case": Role.PHYSICIAN,
    "moderation.flag_reply": Role.PHYSICIAN,
    "moderation.index": Role.MODERATOR,
    "moderation.post": Role.MODERATOR,
    "moderation.act": Role.MODERATOR,
    "moderation.redact": Role.MODERATOR,
    "moderation.redact_images": Role.MODERATOR,
    "moderation.log": Role.MODERATOR,
    "moderation.member": Role.MODERATOR,
    "moderation.warn": Role.MODERATOR,
    "moderation.suspend": Role.MODERATOR,
    "moderation.reinstate": Role.MODERATOR,
    "moderation.add_note": Role.MODERATOR,
    "moderation.warnings": Role.APPLICANT,
    "moderation.acknowledge": Role.APPLICANT,
    "admin.index": Role.ADMIN,
    "admin.members": Role.ADMIN,
    "admin.member": Role.ADMIN,
    "admin.change_role": Role.ADMIN,
    "admin.suspend": Role.ADMIN,
    "admin.reinstate": Role.ADMIN,
    "admin.erase": Role.ADMIN,
    "admin.audit_log": Role.ADMIN,
    "admin.verify_audit": Role.ADMIN,
}


def _endpoints(app):
    return {rule.endpoint: rule for rule in app.url_map.iter_rules()}


def test_every_endpoint_has_a_decided_access_level(app):
    endpoints = _endpoints(app)
    undecided = sorted(set(endpoints) - set(EXPECTED))
    assert not undecided, f"add these endpoints to the role matrix: {undecided}"
    stale = sorted(set(EXPECTED) - set(endpoints))
    assert not stale, f"these endpoints no longer exist: {stale}"
    for endpoint, expected in EXPECTED.items():
        assert access_of(app.view_functions[endpoint]) == expected, endpoint


def _url_and_method(rule):
    values = dict.fromkeys(rule.arguments, 1)
    url = rule.rule
    for arg in rule.arguments:
        url = url.replace(f"<{arg}>", "1").replace(f"<int:{arg}>", "1")
        url = url.replace(f"<path:{arg}>", "x")
    method = "GET" if "GET" in rule.methods else "POST"
    return url, method, values


@pytest.mark.parametrize("role", [None, *Role])
def test_each_role_gets_what_the_matrix_says(app, client, users, role):
    if role is not None:
        client.login_as(users[role])
    for endpoint, rule in _endpoints(app).items():
        if endpoint in ("static", "auth.logout", "account.sign_out_everywhere"):
            continue
        expected = EXPECTED[endpoint]
        url, method, _ = _url_and_method(rule)
        response = client.get(url) if method == "GET" else client.post(url)
        allowed = expected == PUBLIC or (role is not None and role >= expected)
        if allowed:
            assert response.status_code not in (401, 403), (endpoint, role)
            # (the code step, reached without a password first, sends to plain /auth/login)
            assert not response.headers.get("Location", "").startswith("/auth/login?next"), (
                endpoint, role)
        elif role is None:
            assert response.status_code == 302, (endpoint, role)
            assert response.headers["Location"].startswith("/auth/login?next="), endpoint
        elif endpoint == "cases.feed":
            assert response.headers["Location"] == "/verification/status"
        else:
            assert response.status_code == 403, (endpoint, role)
            assert "Not allowed" in response.get_data(as_text=True)
