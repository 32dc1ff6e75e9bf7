"""CACAO: a wallet's SIWE signature delegating write rights to a session key.

``Cacao`` wraps the ``{h, p, s}`` object and keeps its key order, so a session string parsed from JS
serializes back to the same bytes. ``verify_cacao`` mirrors what js-ceramic checks before accepting
a commit: EIP-191 signer = issuer, issued-at / not-before / expiry with clock skew (and the node's 24 h
revocation phase-out), and the resources rule for the stream or model written.
"""
from __future__ import annotations

import copy
from datetime import datetime, timedelta, timezone
from typing import Any, Iterable

from eth_account import Account
from eth_account.messages import SignableMessage
from multiformats import CID

from .encoding import cid_of_block, decode_dag_cbor, encode_dag_cbor
from .errors import (
    CapabilityAudienceMismatch,
    CapabilityError,
    CapabilityExpired,
    CapabilityWrongIssuer,
    CapabilityWrongResource,
    CeramicConfigError,
)
from .pkh import parse_pkh_did, pkh_did
from .siwe import SiweMessage, parse_siwe, parse_time

CLOCK_SKEW = timedelta(minutes=5)
# js-ceramic verifies commit signatures with a 24 h revocation phase-out after `exp`
NODE_GRACE = timedelta(hours=24)


class Cacao:
    """An EIP-4361 CACAO. Immutable in practice: ``to_dict()`` returns a copy."""

    __slots__ = ("_data", "_block", "_cap")

    def __init__(self, data: dict[str, Any]):
        try:
            header_type = data["h"]["t"]
            payload = data["p"]
            for key in ("domain", "iss", "aud", "version", "nonce", "iat"):
                if not isinstance(payload[key], str):
                    raise TypeError(key)
            if "s" in data and not isinstance(data["s"].get("s"), str):
                raise TypeError("s.s")
        except (KeyError, TypeError, AttributeError) as exc:
            raise CeramicConfigError(f"not a CACAO (missing or invalid {exc})") from None
        if header_type != "eip4361":
            raise CeramicConfigError(f"unsupported CACAO type {header_type!r} (only eip4361 / Ethereum)")
        self._data = copy.deepcopy(data)
        self._block: bytes | None = None
        self._cap: str | None = None

    # --- construction -------------------------------------------------------------------------
    @classmethod
    def from_siwe(cls, message: SiweMessage | str, signature: str) -> "Cacao":
        """Build the CACAO from the SIWE message (or its exact text) and the wallet's 0x signature.

        Field order follows ``Cacao.fromSiweMessage`` of @didtools/cacao; ``iss`` uses the lowercase
        address whatever form the text had."""
        if isinstance(message, str):
            message, _ = parse_siwe(message)
        sig = signature if signature.startswith("0x") else "0x" + signature
        if len(sig) != 132:
            raise CeramicConfigError("an EIP-191 signature is 65 bytes (0x + 130 hex characters)")
        p: dict[str, Any] = {
            "domain": message.domain,
            "iat": message.issued_at,
            "iss": pkh_did(message.address, message.chain_id),
            "aud": message.uri,
            "version": message.version,
            "nonce": message.nonce,
        }
        data: dict[str, Any] = {"h": {"t": "eip4361"}, "p": p, "s": {"t": "eip191", "s": sig}}
        if message.not_before:
            p["nbf"] = message.not_before
        if message.expiration_time:
            p["exp"] = message.expiration_time
        if message.statement:
            p["statement"] = message.statement
        if message.request_id:
            p["requestId"] = message.request_id
        if message.resources:
            p["resources"] = list(message.resources)
        return cls(data)

    @classmethod
    def from_block(cls, block: bytes) -> "Cacao":
        return cls(decode_dag_cbor(block))

    # --- encoding -----------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return copy.deepcopy(self._data)

    @property
    def block(self) -> bytes:
        if self._block is None:
            self._block = encode_dag_cbor(self._data)
        return self._block

    @property
    def cid(self) -> CID:
        return cid_of_block(self.block)

    @property
    def cap(self) -> str:
        """The JWS ``cap`` header value: ``ipfs://<CACAO CID>`` (kept: every commit carries it)."""
        if self._cap is None:
            self._cap = f"ipfs://{self.cid}"
        return self._cap

    # --- fields -------------------------------------------------------------------------------
    @property
    def payload(self) -> dict[str, Any]:
        return copy.deepcopy(self._data["p"])

    @property
    def issuer(self) -> str:
        return self._data["p"]["iss"]

    @property
    def audience(self) -> str:
        return self._data["p"]["aud"]

    @property
    def address(self) -> str:
        return parse_pkh_did(self.issuer).address.lower()

    @property
    def chain_id(self) -> str:
        return parse_pkh_did(self.issuer).chain_id

    @property
    def resources(self) -> tuple[str, ...]:
        return tuple(self._data["p"].get("resources") or ())

    @property
    def nonce(self) -> str:
        return self._data["p"]["nonce"]

    @property
    def domain(self) -> str:
        return self._data["p"]["domain"]

    @property
    def signature(self) -> str | None:
        return (self._data.get("s") or {}).get("s")

    @property
    def issued_at(self) -> datetime:
        return parse_time(self._data["p"]["iat"])

    @property
    def not_before(self) -> datetime | None:
        nbf = self._data["p"].get("nbf")
        return parse_time(nbf) if nbf else None

    @property
    def expires_at(self) -> datetime | None:
        exp = self._data["p"].get("exp")
        return parse_time(exp) if exp else None

    def expires_in(self, now: datetime) -> timedelta | None:
        """Time left until ``exp`` at ``now`` (negative once past it); None when the CACAO never expires."""
        exp = self.expires_at
        return None if exp is None else exp - now

    def siwe_message(self) -> SiweMessage:
        p = self._data["p"]
        account = parse_pkh_did(p["iss"])
        return SiweMessage(
            domain=p["domain"],
            address=account.address,
            uri=p["aud"],
            version=p["version"],
            chain_id=account.chain_id,
            nonce=p["nonce"],
            issued_at=p["iat"],
            statement=p.get("statement"),
            expiration_time=p.get("exp"),
            not_before=p.get("nbf"),
            request_id=p.get("requestId"),
            resources=tuple(p["resources"]) if p.get("resources") else None,
        )

    def allows(self, *, stream_id: Any = None, model: Any = None, payload_cid: Any = None) -> bool:
        """The write-resource rule of js-ceramic: ``ceramic://*``, ``ceramic://<stream>``,
        ``ceramic://<stream>?payload=<cid>`` or ``ceramic://*?model=<model>``."""
        res = set(self.resources)
        if "ceramic://*" in res:
            return True
        if stream_id is not None:
            if f"ceramic://{stream_id}" in res:
                return True
            if payload_cid is not None and f"ceramic://{stream_id}?payload={payload_cid}" in res:
                return True
        return model is not None and f"ceramic://*?model={model}" in res

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Cacao) and self.block == other.block

    def __hash__(self) -> int:
        return hash(self.block)

    def __repr__(self) -> str:
        return f"Cacao(iss={self.issuer}, aud={self.audience}, exp={self._data['p'].get('exp')})"


def _eip191_signable(text: str) -> SignableMessage:
    # The JS verifier writes String(message.length): UTF-16 code units, not bytes. Same for ASCII.
    units = len(text.encode("utf-16-le")) // 2
    return SignableMessage(b"E", f"thereum Signed Message:\n{units}".encode(), text.encode("utf-8"))


def recover_signer(text: str, signature: str) -> str:
    """Lowercase address that produced the EIP-191 ``signature`` over ``text`` (raises on garbage)."""
    return Account.recover_message(_eip191_signable(text), signature=signature).lower()


def verify_cacao(
    cacao: Cacao,
    *,
    now: datetime | None = None,
    audience: str | None = None,
    model: Any = None,
    stream_id: Any = None,
    issuer: str | None = None,
    clock_skew: timedelta = CLOCK_SKEW,
    grace: timedelta = NODE_GRACE,
    address_forms: Iterable[str] = ("lowercase",),
) -> str:
    """Check a CACAO the way the node will; returns the address form whose text the signature covers.

    ``grace`` is the node's 24 h phase-out after ``exp``; pass ``timedelta(0)`` to refuse anything
    past its expiry (what the login flow and the signer should do). ``model`` / ``stream_id`` check
    the resources; ``audience`` the session key; ``issuer`` the expected did:pkh.
    Raises a :class:`CapabilityError` subclass.
    """
    now = now or datetime.now(timezone.utc)
    sent = {"iss": cacao.issuer, "aud": cacao.audience, "resources": list(cacao.resources)}
    if issuer is not None and issuer.lower() != cacao.issuer.lower():
        raise CapabilityWrongIssuer(f"CACAO issuer {cacao.issuer} is not {issuer}", sent=sent)
    if audience is not None and audience != cacao.audience:
        raise CapabilityAudienceMismatch(
            f"CACAO audience {cacao.audience} is not the session key {audience}", sent=sent
        )
    if cacao.issued_at > now + clock_skew or (cacao.not_before and cacao.not_before > now + clock_skew):
        raise CapabilityError(f"CACAO is not valid yet (issued at {cacao._data['p']['iat']})", sent=sent)
    exp = cacao.expires_at
    if exp is not None and exp + grace + clock_skew < now:
        raise CapabilityExpired(f"CACAO has expired (at {cacao._data['p']['exp']})", sent=sent)
    if (model is not None or stream_id is not None) and not cacao.allows(stream_id=stream_id, model=model):
        wanted = f"model {model}" if model is not None else f"stream {stream_id}"
        raise CapabilityWrongResource(
            f"CACAO resources {list(cacao.resources)} do not allow writing to {wanted}", sent=sent
        )
    sig = cacao.signature
    if not sig:
        raise CapabilityWrongIssuer("CACAO has no signature", sent=sent)
    message = cacao.siwe_message()
    for form in address_forms:
        try:
            recovered = recover_signer(message.text(form), sig)
        except Exception:  # malformed signature bytes: treat like a wrong signature
            recovered = None
        if recovered == cacao.address:
            return form
    raise CapabilityWrongIssuer("CACAO signature does not belong to issuer", sent=sent)
