"""Ed25519 did:key identities (the session keys that sign commits)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from multiformats import multibase

# multicodec varint for ed25519-pub (0xed) as it prefixes the key in a did:key
_ED25519_PUB_PREFIX = b"\xed\x01"


@dataclass(frozen=True)
class Ed25519DIDKey:
    """A did:key backed by a 32-byte Ed25519 seed. The seed is a secret: never log or repr it."""

    seed: bytes = field(repr=False)

    def __post_init__(self) -> None:
        if not isinstance(self.seed, (bytes, bytearray)) or len(self.seed) != 32:
            raise ValueError("an Ed25519 seed is exactly 32 bytes")

    @classmethod
    def generate(cls) -> "Ed25519DIDKey":
        return cls(os.urandom(32))

    @property
    def _private(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(bytes(self.seed))

    # public values cached on the instance: multibase encoding costs more than the signature itself, and every
    # commit header names the key (the seed stays the only secret field; nothing secret is cached)
    @cached_property
    def public_key(self) -> bytes:
        return self._private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    @cached_property
    def did(self) -> str:
        return "did:key:" + multibase.encode(_ED25519_PUB_PREFIX + self.public_key, "base58btc")

    @cached_property
    def kid(self) -> str:
        return f"{self.did}#{self.did.removeprefix('did:key:')}"

    def sign(self, message: bytes) -> bytes:
        return self._private.sign(message)

    def __repr__(self) -> str:
        # the dataclass repr already hides the seed; say which DID this is instead of nothing
        return f"Ed25519DIDKey({self.did})"

    @classmethod
    def from_seed(cls, seed: bytes) -> "Ed25519DIDKey":
        return cls(bytes(seed))


def public_key_from_did_key(did: str) -> bytes:
    """The raw Ed25519 public key of an Ed25519 ``did:key`` (a ``#fragment`` is ignored)."""
    ident = did.split("#", 1)[0]
    if not ident.startswith("did:key:z"):
        raise ValueError(f"not an Ed25519 did:key: {did!r}")
    raw = multibase.decode(ident.removeprefix("did:key:"))
    if raw[:2] != _ED25519_PUB_PREFIX or len(raw) != 34:
        raise ValueError(f"not an Ed25519 did:key: {did!r}")
    return bytes(raw[2:])


def verify_ed25519(did: str, message: bytes, signature: bytes) -> bool:
    """True when ``signature`` is the did:key's Ed25519 signature over ``message``."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public_key_from_did_key(did)).verify(signature, message)
    except InvalidSignature:
        return False
    return True
