"""Encryption at rest of session-key seeds (Fernet, keys from ``settings.ORBIS.secret_key``; several keys rotate).

Only the seed is secret: the CACAO is published with every commit the session signs. A token is bound
to the session key it belongs to by checking, after decryption, that the seed yields the expected did:key,
so a ciphertext copied onto another row is refused instead of silently signing as someone else.
"""
from __future__ import annotations

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings

from .ceramic.keys import Ed25519DIDKey
from .errors import OrbisError


class SeedDecryptionError(OrbisError):
    """The stored seed cannot be decrypted (wrong ORBIS_SECRET_KEY, corrupted row) or belongs to another key."""

    def __init__(self, detail: str):
        super().__init__("session_key_unusable", detail, 500)


def _fernet() -> MultiFernet:
    # read at call time (tests replace settings.ORBIS); ORBIS_SECRET_KEY may list several keys: the first encrypts
    return MultiFernet([Fernet(k) for k in settings.ORBIS.secret_key.split(b",")])


def encrypt_seed(seed: bytes) -> str:
    """Fernet token (ASCII) of a 32-byte seed."""
    if not isinstance(seed, (bytes, bytearray)) or len(seed) != 32:
        raise ValueError("a session seed is exactly 32 bytes")
    return _fernet().encrypt(bytes(seed)).decode("ascii")


def decrypt_seed(token: str, *, expected_did: str) -> Ed25519DIDKey:
    """The session key stored in ``token``; refuses a token whose key is not ``expected_did``."""
    if not token:
        raise SeedDecryptionError("no stored seed (the session was revoked or has expired)")
    try:
        seed = _fernet().decrypt(token.encode("ascii"))
    except (InvalidToken, ValueError, TypeError):
        raise SeedDecryptionError(
            "cannot decrypt the stored session key: ORBIS_SECRET_KEY changed or the row is corrupted"
        ) from None
    if len(seed) != 32:
        raise SeedDecryptionError("the stored session key is not 32 bytes")
    key = Ed25519DIDKey(seed)
    if key.did != expected_did:
        raise SeedDecryptionError("the stored session key does not belong to this session")
    return key


def reencrypt_seed(token: str) -> str:
    """``token`` encrypted again with the first ORBIS_SECRET_KEY (raises SeedDecryptionError when no key opens it)."""
    try:
        return _fernet().rotate(token.encode("ascii")).decode("ascii")
    except (InvalidToken, ValueError, TypeError):
        raise SeedDecryptionError("none of the keys in ORBIS_SECRET_KEY decrypts this stored session key") from None
