"""The app's own error family: every refusal our code makes carries a ``code`` (for APIs and scripts), a ``detail``
that says what is wrong and what to do, and the HTTP ``status`` an API answers with.

The protocol core (``ceramic/``) and the OrbisDB client keep their own families (they carry what was sent and what
came back); configuration errors are ``conf.OrbisConfigError`` (a Django ``ImproperlyConfigured``)."""
from __future__ import annotations


class OrbisError(Exception):
    status = 400

    def __init__(self, code: str, detail: str, status: int | None = None):
        super().__init__(detail)
        self.code = code
        self.detail = detail
        if status is not None:
            self.status = status


class SyncError(OrbisError):
    """A sync (or a model check) cannot start: nothing was written. ``problems`` lists fields that do not fit."""

    status = 409

    def __init__(self, code: str, detail: str, problems: list[str] | None = None, status: int | None = None):
        super().__init__(code, detail, status)
        self.problems = problems or []


__all__ = ["OrbisError", "SyncError"]
