"""The base class of every form, and small helpers shared by every feature's forms."""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable

from flask import request
from flask_wtf import FlaskForm
from flask_wtf.csrf import _FlaskFormCSRF
from flask_wtf.form import _Auto
from markupsafe import Markup
from wtforms.csrf.core import CSRFTokenField
from wtforms.fields.choices import SelectChoice

IDEMPOTENCY_FIELD = "idempotency_key"
IDEMPOTENCY_KEY = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


def submitted_idempotency_key() -> str | None:
    """The well-formed idempotency key the current request carries, if any."""
    value = request.form.get(IDEMPOTENCY_FIELD, "") if request.method == "POST" else ""
    return value if IDEMPOTENCY_KEY.match(value) else None


class _KeyedCSRFField(CSRFTokenField):
    """The CSRF field, rendered together with the form's idempotency key: every template that
    renders `form.csrf_token` (or `form.hidden_tag()`) sends both."""

    def __call__(self, **kwargs):
        key_input = Markup('<input type="hidden" name="{}" value="{}">').format(
            IDEMPOTENCY_FIELD, self.csrf_impl.idempotency_key)
        return super().__call__(**kwargs) + key_input


class _KeyedCSRF(_FlaskFormCSRF):
    field_class = _KeyedCSRFField

    def setup_form(self, form):
        # A form shown again after a refused submission keeps its key: that submission was
        # not recorded, so sending the corrected form is its first outcome.
        self.idempotency_key = submitted_idempotency_key() or secrets.token_urlsafe(18)
        return super().setup_form(form)


class Form(FlaskForm):
    """Every clinnet form. It reads only the submitted form fields: a file part or a JSON body
    sent where text is expected is ignored (the field is then empty, and validation says so),
    never handed to a text field. Its hidden fields carry the CSRF token and an idempotency
    key, so that the same form sent twice is recognised (clinnet.accounts.idempotency)."""

    class Meta(FlaskForm.Meta):
        csrf_class = _KeyedCSRF

        def wrap_formdata(self, form, formdata):
            if formdata is not _Auto:
                return formdata
            if request.method not in _SUBMIT_METHODS or request.mimetype not in _FORM_TYPES:
                return None
            return request.form


_FORM_TYPES = frozenset({"application/x-www-form-urlencoded", "multipart/form-data"})
_SUBMIT_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def select_choices(pairs: Iterable[tuple[str, str]]) -> list[SelectChoice]:
    """(value, label) pairs as the SelectChoice objects WTForms ≥ 3.3 expects."""
    return [SelectChoice(value, label) for value, label in pairs]
