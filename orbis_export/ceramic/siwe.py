"""Sign-In with Ethereum (EIP-4361) text, composed exactly as ``@didtools/cacao`` renders it.

The verifier (JS and ours) never sees the signed text: it rebuilds it from the CACAO fields, so the
text must be byte-for-byte the canonical rendering. ``parse_siwe`` therefore re-renders what it
parsed and refuses text that would not round-trip.

Address form: js-ceramic 6.11's verifier rebuilds the text with the address as written in the
CACAO issuer (lowercase) first, and only newer verifiers also try EIP-55. Composing the lowercase
form is the one every node accepts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone

from .errors import CeramicConfigError
from .pkh import checksum_address, normalize_address

_HEADER = " wants you to sign in with your Ethereum account:"
_NONCE = re.compile(r"^[A-Za-z0-9]{8,}$")


def iso_time(value: datetime | str) -> str:
    """``Date.prototype.toISOString()`` form: UTC, milliseconds, ``Z``."""
    if isinstance(value, str):
        return value
    if value.tzinfo is None:
        raise CeramicConfigError("naive datetime: pass a timezone-aware (UTC) datetime")
    value = value.astimezone(timezone.utc)
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


def parse_time(value: str) -> datetime:
    """Parse an RFC 3339 timestamp (what ``Date.parse`` accepts in CACAOs)."""
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise CeramicConfigError(f"not an RFC 3339 time: {value!r}") from None
    if parsed.tzinfo is None:
        raise CeramicConfigError(f"time without a timezone: {value!r}")
    return parsed.astimezone(timezone.utc)


@dataclass(frozen=True)
class SiweMessage:
    domain: str
    address: str
    uri: str
    chain_id: str
    nonce: str
    issued_at: str
    version: str = "1"
    statement: str | None = None
    expiration_time: str | None = None
    not_before: str | None = None
    request_id: str | None = None
    resources: tuple[str, ...] | None = field(default=None)

    def text(self, address_form: str = "lowercase") -> str:
        """The exact text to ``personal_sign``. ``address_form``: 'lowercase', 'eip55' or 'as-is'."""
        if address_form == "lowercase":
            address = self.address.lower()
        elif address_form == "eip55":
            address = checksum_address(self.address)
        elif address_form == "as-is":
            address = self.address
        else:
            raise ValueError(f"unknown address_form {address_form!r}")
        prefix = f"{self.domain}{_HEADER}\n{address}"
        if self.statement:
            prefix += "\n\n" + self.statement
        lines = [
            f"URI: {self.uri}",
            f"Version: {self.version}",
            f"Chain ID: {self.chain_id}",
            f"Nonce: {self.nonce}",
            f"Issued At: {self.issued_at}",
        ]
        if self.expiration_time:
            lines.append(f"Expiration Time: {self.expiration_time}")
        if self.not_before:
            lines.append(f"Not Before: {self.not_before}")
        if self.request_id:
            lines.append(f"Request ID: {self.request_id}")
        if self.resources:
            lines.append("Resources:\n" + "\n".join(f"- {r}" for r in self.resources))
        return prefix + "\n\n" + "\n".join(lines)


def compose_siwe(
    *,
    session_did: str,
    address: str,
    nonce: str,
    domain: str,
    resources: list[str] | tuple[str, ...],
    issued_at: datetime | str,
    expires_at: datetime | str | None,
    statement: str | None = None,
    chain_id: int | str = 1,
    not_before: datetime | str | None = None,
    request_id: str | None = None,
) -> SiweMessage:
    """A SIWE message delegating ``resources`` to the session key ``session_did`` (the CACAO audience).

    Call ``.text()`` for the lowercase-address text the wallet must ``personal_sign``.
    """
    if not session_did.startswith("did:"):
        raise CeramicConfigError(f"session_did must be a DID, got {session_did!r}")
    if not domain or any(c.isspace() for c in domain):
        raise CeramicConfigError(f"invalid SIWE domain {domain!r}")
    if not _NONCE.match(nonce or ""):
        raise CeramicConfigError("SIWE nonce must be at least 8 alphanumeric characters")
    if statement is not None:
        # the JS verifier hashes len(text) in UTF-16 units, not bytes: non-ASCII would not verify
        if "\n" in statement or not statement.isascii():
            raise CeramicConfigError("SIWE statement must be one line of ASCII")
        statement = statement or None
    for r in resources:
        if not isinstance(r, str) or not r or any(c.isspace() for c in r):
            raise CeramicConfigError(f"invalid SIWE resource {r!r}")
    return SiweMessage(
        domain=domain,
        address=normalize_address(address),
        uri=session_did,
        chain_id=str(int(chain_id)),
        nonce=nonce,
        issued_at=iso_time(issued_at),
        statement=statement,
        expiration_time=iso_time(expires_at) if expires_at is not None else None,
        not_before=iso_time(not_before) if not_before is not None else None,
        request_id=request_id,
        resources=tuple(resources) if resources else None,
    )


def parse_siwe(text: str) -> tuple[SiweMessage, str]:
    """Parse canonical SIWE text; returns (message, address form used: 'lowercase' or 'eip55').

    Refuses text that does not re-render to exactly the same string (the verifier could not
    rebuild it, so a signature over it would never verify)."""
    try:
        msg = _parse_lines(text.split("\n"))
    except (IndexError, ValueError, KeyError) as exc:
        raise CeramicConfigError(f"not a SIWE message: {exc}") from None
    for form in ("lowercase", "eip55"):
        if msg.text(form) == text:
            return replace(msg, address=msg.address.lower()), form
    raise CeramicConfigError(
        "SIWE text is not in canonical form (field order, spacing or address case differ from what verifiers rebuild)"
    )


def _parse_lines(lines: list[str]) -> SiweMessage:
    head = lines[0]
    if not head.endswith(_HEADER):
        raise ValueError("first line is not '<domain> wants you to sign in with your Ethereum account:'")
    domain = head[: -len(_HEADER)]
    address = lines[1]
    normalize_address(address)
    if lines[2] != "":
        raise ValueError("expected an empty line after the address")
    i = 3
    statement = None
    if not lines[i].startswith("URI: "):
        statement = lines[i]
        if lines[i + 1] != "":
            raise ValueError("expected an empty line after the statement")
        i += 2
    fields: dict[str, str] = {}
    resources: list[str] | None = None
    while i < len(lines):
        line = lines[i]
        if line == "Resources:":
            resources = [r[2:] for r in lines[i + 1 :] if r.startswith("- ")]
            if len(resources) != len(lines) - i - 1:
                raise ValueError("malformed resource list")
            break
        key, sep, value = line.partition(": ")
        if not sep:
            raise ValueError(f"unexpected line {line!r}")
        fields[key] = value
        i += 1
    return SiweMessage(
        domain=domain,
        address=address,
        uri=fields["URI"],
        version=fields["Version"],
        chain_id=fields["Chain ID"],
        nonce=fields["Nonce"],
        issued_at=fields["Issued At"],
        statement=statement,
        expiration_time=fields.get("Expiration Time"),
        not_before=fields.get("Not Before"),
        request_id=fields.get("Request ID"),
        resources=tuple(resources) if resources else None,
    )
