"""DID sessions: an Ed25519 session key plus the CACAO in which a wallet delegated to it.

The serialized form is did-session 4's (and the OrbisDB SDK's ``orbis:session``):
``base64url(JSON {"sessionKeySeed": base64pad(seed), "cacao": {h, p, s}})``. It contains the seed:
treat it as a bearer credential (never log it; ``repr`` and errors here never show it).
"""
from __future__ import annotations

import binascii
import json
from datetime import datetime, timedelta, timezone
from typing import Any

from .cacao import CLOCK_SKEW, Cacao, verify_cacao
from .encoding import b64_decode, b64_encode, b64url_decode, b64url_encode
from .errors import (
    CapabilityAudienceMismatch,
    CapabilityExpired,
    CapabilityWrongResource,
    CeramicConfigError,
)
from .keys import Ed25519DIDKey
from .streamid import StreamID


class Session:
    """Signs commits as ``cacao.issuer`` (a did:pkh) with the session key the CACAO names as audience."""

    __slots__ = ("_key", "_cacao")

    def __init__(self, key: Ed25519DIDKey, cacao: Cacao):
        if not isinstance(key, Ed25519DIDKey):
            raise CeramicConfigError("a session key must be an Ed25519DIDKey")
        if cacao.audience != key.did:
            raise CapabilityAudienceMismatch(
                f"the CACAO delegates to {cacao.audience}, not to this session key {key.did}",
                sent={"aud": cacao.audience, "session_did": key.did},
            )
        self._key = key
        self._cacao = cacao

    @classmethod
    def unchecked(cls, key: Ed25519DIDKey, cacao: Cacao) -> "Session":
        """A session without the audience check: only for tests that need the node's own refusal."""
        self = object.__new__(cls)
        self._key, self._cacao = key, cacao
        return self

    # --- identity -----------------------------------------------------------------------------
    @property
    def did(self) -> str:
        """The controller rows are written as: the CACAO issuer (did:pkh)."""
        return self._cacao.issuer

    @property
    def session_did(self) -> str:
        return self._key.did

    @property
    def signer(self) -> Ed25519DIDKey:
        return self._key

    @property
    def cacao(self) -> Cacao:
        return self._cacao

    @property
    def address(self) -> str:
        return self._cacao.address

    @property
    def expires_at(self) -> datetime | None:
        return self._cacao.expires_at

    @property
    def resources(self) -> tuple[str, ...]:
        return self._cacao.resources

    def expires_in(self, now: datetime | None = None) -> timedelta | None:
        exp = self.expires_at
        return None if exp is None else exp - (now or datetime.now(timezone.utc))

    # --- checks -------------------------------------------------------------------------------
    def check_can_sign(
        self,
        *,
        model: StreamID | str | None = None,
        stream_id: StreamID | str | None = None,
        now: datetime | None = None,
        min_remaining: timedelta = timedelta(0),
    ) -> None:
        """Refuse before signing what the node would refuse (or what would break the stream later).

        Unlike the node there is no 24 h grace: a commit signed after ``exp`` becomes unloadable once
        anchored more than 24 h past ``exp``, so the signer stops at ``exp - min_remaining``."""
        now = now or datetime.now(timezone.utc)
        remaining = self.expires_in(now)
        if remaining is not None and remaining <= min_remaining:
            raise CapabilityExpired(
                f"session for {self.did} expired at {self._cacao.payload.get('exp')}"
                + (f" (or has less than {min_remaining} left)" if min_remaining else ""),
                sent={"session_did": self.session_did, "exp": self._cacao.payload.get("exp")},
            )
        if model is not None or stream_id is not None:
            m = str(StreamID.parse(model)) if model is not None else None
            s = str(StreamID.parse(stream_id)) if stream_id is not None else None
            if not self._cacao.allows(model=m, stream_id=s):
                raise CapabilityWrongResource(
                    f"session resources {list(self.resources)} do not allow writing to "
                    + (f"model {m}" if m else f"stream {s}"),
                    sent={"session_did": self.session_did, "resources": list(self.resources)},
                )

    def verify(self, *, now: datetime | None = None, model: Any = None, grace: timedelta = timedelta(0)) -> str:
        """Full CACAO verification (signature recovers to the issuer, times, audience, resources)."""
        return verify_cacao(self._cacao, now=now, audience=self.session_did, model=model, grace=grace)

    # --- signing ------------------------------------------------------------------------------
    # --- serialization ------------------------------------------------------------------------
    def serialize(self) -> str:
        """did-session 4 ``serialize()``: the same bytes as JS for the same seed and CACAO."""
        body = {"sessionKeySeed": b64_encode(self._key.seed), "cacao": self._cacao.to_dict()}
        return b64url_encode(json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8"))

    @classmethod
    def from_serialized(cls, text: str) -> "Session":
        """Load a did-session / OrbisDB SDK session string. Errors never echo the string (it holds the seed)."""
        try:
            body = json.loads(b64url_decode(text.strip()))
            seed = b64_decode(body["sessionKeySeed"])
            cacao_data = body["cacao"]
        except (ValueError, KeyError, TypeError, binascii.Error, AttributeError):
            raise CeramicConfigError("not a serialized did-session (expected base64url JSON with sessionKeySeed and cacao)") from None
        if len(seed) != 32:
            raise CeramicConfigError("serialized did-session: sessionKeySeed is not 32 bytes")
        return cls(Ed25519DIDKey(seed), Cacao(cacao_data))

    parse = from_serialized

    def __repr__(self) -> str:
        return f"Session(did={self.did}, session_did={self.session_did}, exp={self._cacao.payload.get('exp')})"

    __str__ = __repr__

    def __reduce__(self):
        # keep the seed out of accidental pickles (e.g. task queues): serialize() explicitly instead
        raise TypeError("Session is not picklable; store session.serialize() encrypted instead")


__all__ = ["Session", "CLOCK_SKEW"]
