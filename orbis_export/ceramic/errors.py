"""One exception family for everything that can go wrong talking Ceramic.

Every error carries what was sent (never secrets: callers pass summaries, and ``_clip`` shortens
big bodies) and what came back, and prints both, so a failed row in a log says why on its own.

    CeramicError
    ├── NodeUnavailable            retryable: connection refused, timeout, 502/503/504, other 5xx
    ├── CommitRejected             the commit is refused for good (by the node, or by us before sending)
    │   ├── ValidationRejected     schema-invalid content (the node answers HTTP 500 "Validation Error")
    │   ├── StaleTip               update built on an old tip ("builds on stale state"): re-read, re-sign
    │   ├── CapabilityError        the CACAO does not allow this write
    │   │   ├── CapabilityExpired
    │   │   ├── CapabilityWrongResource
    │   │   ├── CapabilityWrongIssuer       (includes a signature that does not recover to the issuer)
    │   │   └── CapabilityAudienceMismatch  (session key is not the CACAO's audience)
    │   └── ContentError (also ValueError)  content cannot be encoded (NaN, unsafe integer, ...)
    │       └── ContentTooLarge             commit block over the node's 256,000-byte limit
    ├── StreamNotFound
    └── CeramicConfigError         bad URL, bad session string, model not indexed on the node, ...
"""
from __future__ import annotations

import json
from typing import Any

_CLIP = 2000


def _clip(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (bytes, bytearray)):
        text = f"<{len(value)} bytes>"
    elif isinstance(value, str):
        text = value
    else:
        try:
            text = json.dumps(value, default=str, ensure_ascii=False, sort_keys=True)
        except (TypeError, ValueError):
            text = repr(value)
    if len(text) > _CLIP:
        text = text[:_CLIP] + f"… ({len(text) - _CLIP} more characters)"
    return text


class ExchangeError(Exception):
    """A failed exchange with a node: what was sent (never secrets) and what came back, printed readably.

    Base of this package's family and of other node clients' families (e.g. OrbisDB's), so they print alike.
    ``retryable`` says whether trying again later can help."""

    retryable = False

    def __init__(self, message: str, *, sent: Any = None, received: Any = None, status: int | None = None):
        super().__init__(message)
        self.message = message
        self.sent = sent
        self.received = received
        self.status = status

    def __str__(self) -> str:
        lines = [self.message]
        if self.status is not None:
            lines.append(f"  HTTP status: {self.status}")
        if self.sent is not None:
            lines.append(f"  sent: {_clip(self.sent)}")
        if self.received is not None:
            lines.append(f"  received: {_clip(self.received)}")
        return "\n".join(lines)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, status={self.status!r})"


class CeramicError(ExchangeError):
    """Base of all errors of this package."""


class NodeUnavailable(CeramicError):
    """The node could not be reached or did not answer in time, or failed in a way that may pass."""

    retryable = True


class CommitRejected(CeramicError):
    """The commit will never be accepted as it is: do not retry it unchanged."""


class ValidationRejected(CommitRejected):
    """The content does not match the model's schema (or the node refused it as invalid)."""


class StaleTip(CommitRejected):
    """The commit's ``prev`` is no longer the stream's tip (often: an anchor commit landed after
    signing). Reload the tip, rebuild and re-sign the update; resending it unchanged never works."""


class CapabilityError(CommitRejected):
    """The CACAO (the wallet's delegation to the session key) does not allow this write."""


class CapabilityExpired(CapabilityError):
    pass


class CapabilityWrongResource(CapabilityError):
    pass


class CapabilityWrongIssuer(CapabilityError):
    pass


class CapabilityAudienceMismatch(CapabilityError):
    pass


class ContentError(CommitRejected, ValueError):
    """The content cannot be written as it is (refused before sending, or by the node for its size)."""


class ContentTooLarge(ContentError):
    pass


class StreamNotFound(CeramicError):
    pass


class CeramicConfigError(CeramicError):
    """Bad configuration or input: a malformed URL, session string, stream ID, ..."""
