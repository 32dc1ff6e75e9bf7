"""DAG-CBOR blocks, CIDs, base64 variants, and content normalisation.

Content normalisation exists because Python and JavaScript disagree on numbers: Python's ``2.0`` is
encoded by DAG-CBOR as a float, while the node (JS) re-encodes the number ``2`` as an integer, so the
bytes (and CIDs) would differ. JS numbers are doubles, so integers beyond 2^53-1 cannot survive the
round trip at all, and NaN/Infinity are not JSON.
"""
from __future__ import annotations

import base64
import math
from typing import Any

import dag_cbor
from multiformats import CID, multihash

from .errors import ContentError

DAG_CBOR = 0x71
DAG_JOSE = 0x85
MAX_SAFE_INTEGER = 2**53 - 1

__all__ = [
    "DAG_CBOR",
    "DAG_JOSE",
    "MAX_SAFE_INTEGER",
    "encode_dag_cbor",
    "decode_dag_cbor",
    "cid_of_block",
    "dag_cbor_cid",
    "parse_cid",
    "b64url_encode",
    "b64url_decode",
    "b64_encode",
    "b64_encode_nopad",
    "b64_decode",
    "normalize_content",
]


def encode_dag_cbor(value: Any) -> bytes:
    return dag_cbor.encode(value)


def decode_dag_cbor(block: bytes) -> Any:
    return dag_cbor.decode(block)


def cid_of_block(block: bytes, codec: int | str = DAG_CBOR) -> CID:
    """CIDv1 (sha2-256) of an already encoded block; codec 0x71 dag-cbor or 0x85 dag-jose."""
    return CID("base32", 1, codec, multihash.digest(block, "sha2-256"))


def dag_cbor_cid(value: Any) -> tuple[CID, bytes]:
    """Encode ``value`` and return (its CID, its block bytes)."""
    block = encode_dag_cbor(value)
    return cid_of_block(block), block


def parse_cid(value: str | bytes | CID) -> CID:
    if isinstance(value, CID):
        return value
    cid = CID.decode(value)
    # normalise to the base32 text form JS prints (bafy…), whatever base the input used
    return CID("base32", cid.version, cid.codec, cid.digest)


def b64url_encode(data: bytes) -> str:
    """base64url without padding (JWS sections, the did-session string)."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    text = text.strip()
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def b64_encode(data: bytes) -> str:
    """Standard base64 with padding (did-session's ``sessionKeySeed``)."""
    return base64.b64encode(data).decode("ascii")


def b64_encode_nopad(data: bytes) -> str:
    """Standard base64 without padding: what js-ceramic's HTTP API uses for blocks and header bytes
    (``uint8arrays`` 'base64'; its decoder refuses '=')."""
    return base64.b64encode(data).rstrip(b"=").decode("ascii")


def b64_decode(text: str) -> bytes:
    """Standard base64, padded or not."""
    text = text.strip()
    return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)


def normalize_content(value: Any, *, path: str = "content") -> Any:
    """Return a JSON value that encodes to the same DAG-CBOR bytes in Python and JS.

    Integral floats within ±(2^53-1) become ints (larger ones stay floats, as in JS); NaN/Infinity, integers outside ±(2^53-1), non-string keys,
    bytes and other non-JSON types raise :class:`ContentError` naming the offending path.
    """
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        if abs(value) > MAX_SAFE_INTEGER:
            raise ContentError(
                f"{path}: integer {value} is outside ±(2^53-1) and cannot be represented exactly in JSON/JS"
            )
        return value
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            raise ContentError(f"{path}: {value!r} is not a JSON number")
        # JS (cborg) writes a safe-integral number as an integer and anything else as float64
        if value.is_integer() and abs(value) <= MAX_SAFE_INTEGER:
            return int(value)
        return value
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise ContentError(f"{path}: object key {key!r} is not a string")
            out[key] = normalize_content(item, path=f"{path}.{key}")
        return out
    if isinstance(value, (list, tuple)):
        return [normalize_content(item, path=f"{path}[{i}]") for i, item in enumerate(value)]
    raise ContentError(f"{path}: {type(value).__name__} is not a JSON value")
