"""Routes that accept files get a larger request-size limit than the app's MAX_CONTENT_LENGTH.

The limit must be known before anything reads the body, and CSRF protection reads the form in
a before_request hook, so the route's own code runs too late to raise it. The request class asks
the matched view instead: `@accepts_upload("IMAGES_MAX_REQUEST_BYTES")` names the setting.
"""

from __future__ import annotations

from flask import Request, current_app

_ATTR = "clinnet_upload_limit_setting"


def accepts_upload(setting: str):
    def mark(view):
        setattr(view, _ATTR, setting)
        return view

    return mark


class UploadAwareRequest(Request):
    @property
    def max_content_length(self) -> int | None:
        if self._max_content_length is None and current_app:
            setting = getattr(current_app.view_functions.get(self.endpoint or ""), _ATTR, None)
            if setting:
                return int(current_app.config[setting])
        return Request.max_content_length.fget(self)

    @max_content_length.setter
    def max_content_length(self, value: int | None) -> None:
        self._max_content_length = value
