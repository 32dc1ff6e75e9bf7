"""The identity layer's refusal: one :class:`~orbis_export.errors.OrbisError` with a ``code``, a ``detail`` saying
what is wrong and what to do, and the HTTP ``status`` the API answers with. Raised before anything is written."""
from __future__ import annotations

from ..errors import OrbisError


class IdentityError(OrbisError):
    """A refused identity operation. ``detail`` says what is wrong and what to do; ``status`` is the HTTP code."""

    def __init__(self, code: str, detail: str, status: int = 400):
        super().__init__(code, detail, status)
        self.args = (f"{code}: {detail}",)  # str(error) names the code, as it always has (logs)


__all__ = ["IdentityError"]
