"""Signed DAG-JOSE commits, ModelInstanceDocument geneses and data commits, Model geneses.

Building and signing is separate from posting: every builder returns a value whose stream ID is
known before anything is sent (``PreparedCreate.stream_id``), so callers can record it first.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Sequence, Union

from multiformats import CID

from .encoding import (
    DAG_JOSE,
    b64_decode,
    b64_encode_nopad,
    b64url_decode,
    b64url_encode,
    cid_of_block,
    decode_dag_cbor,
    encode_dag_cbor,
    normalize_content,
    parse_cid,
)
from .errors import CeramicConfigError, ContentTooLarge
from .keys import Ed25519DIDKey, verify_ed25519
from .session import Session
from .streamid import TYPE_MID, TYPE_MODEL, TYPE_UNLOADABLE, StreamID

# js-ceramic 6.11 refuses a commit block over 256,000 bytes (measured: "commit size 256184 exceeds the
# maximum block size of 256000"), and HTTP bodies over 1 MB
MAX_COMMIT_SIZE = 256_000
# the fixed `header.model` of every Model stream: StreamID(UNLOADABLE, "model-v1" identity CID)
MODEL_OF_MODELS = StreamID.parse("kh4q0ozorrgaq2mezktnrmdwleo1d")
assert MODEL_OF_MODELS.type == TYPE_UNLOADABLE

Signer = Union[Session, Ed25519DIDKey]


@dataclass(frozen=True)
class SignedCommit:
    """A general JWS over the CID of a DAG-CBOR block, plus the blocks the node needs."""

    payload: str  # base64url(CID bytes of linked_block)
    protected: str  # base64url(JSON header)
    signature: str  # base64url(Ed25519 signature)
    link: CID
    linked_block: bytes
    cacao_block: bytes | None = None

    @property
    def envelope(self) -> dict[str, Any]:
        """The DAG-JOSE form that IPFS stores (and whose hash is the commit CID)."""
        return {
            "payload": b64url_decode(self.payload),
            "signatures": [{"protected": b64url_decode(self.protected), "signature": b64url_decode(self.signature)}],
        }

    @cached_property
    def cid(self) -> CID:
        return cid_of_block(encode_dag_cbor(self.envelope), DAG_JOSE)

    @property
    def header(self) -> dict[str, Any]:
        return json.loads(b64url_decode(self.protected))

    @property
    def value(self) -> Any:
        """The decoded linked block (the commit itself)."""
        return decode_dag_cbor(self.linked_block)

    @property
    def jws(self) -> dict[str, Any]:
        return {"payload": self.payload, "signatures": [{"protected": self.protected, "signature": self.signature}]}

    @cached_property
    def _link_text(self) -> str:  # multibase encoding is slow and a genesis is serialized at least twice
        return str(self.link)

    def to_http(self) -> dict[str, Any]:
        """Serialized as js-ceramic's ``StreamUtils.serializeCommit`` does (base64 without padding)."""
        out: dict[str, Any] = {
            "jws": {**self.jws, "link": self._link_text},
            "linkedBlock": b64_encode_nopad(self.linked_block),
        }
        if self.cacao_block is not None:
            out["cacaoBlock"] = b64_encode_nopad(self.cacao_block)
        return out

    @classmethod
    def from_http(cls, data: dict[str, Any]) -> "SignedCommit":
        """The inverse of :meth:`to_http` (e.g. a genesis kept in a ledger until the node confirmed it)."""
        jws = data["jws"]
        sig = jws["signatures"][0]
        cacao = data.get("cacaoBlock")
        return cls(payload=jws["payload"], protected=sig["protected"], signature=sig["signature"],
                   link=parse_cid(jws["link"]), linked_block=b64_decode(data["linkedBlock"]),
                   cacao_block=b64_decode(cacao) if cacao else None)

    def verify_signature(self) -> bool:
        """Ed25519 check of the JWS against its ``kid`` and of the payload against the linked block."""
        kid = self.header.get("kid", "")
        if bytes(self.link) != b64url_decode(self.payload) or cid_of_block(self.linked_block) != self.link:
            return False
        return verify_ed25519(kid, f"{self.protected}.{self.payload}".encode(), b64url_decode(self.signature))

    def __repr__(self) -> str:
        return f"SignedCommit(cid={self.cid}, link={self.link}, {len(self.linked_block)} bytes)"


@dataclass(frozen=True)
class UnsignedGenesis:
    """The genesis of a deterministic (SET / SINGLE) ModelInstanceDocument: ``{data: null, header}``."""

    value: dict[str, Any]

    @property
    def block(self) -> bytes:
        return encode_dag_cbor(self.value)

    @property
    def cid(self) -> CID:
        return cid_of_block(self.block)

    def to_http(self) -> dict[str, Any]:
        header = dict(self.value["header"])
        for key in ("model", "context", "unique"):
            if key in header:
                header[key] = b64_encode_nopad(header[key])
        return {"data": self.value.get("data"), "header": header}


Genesis = Union[SignedCommit, UnsignedGenesis]


@dataclass(frozen=True)
class PreparedCreate:
    """A genesis ready to post; its stream ID is already known."""

    stream_id: StreamID
    genesis: Genesis

    @property
    def stream_type(self) -> int:
        return self.stream_id.type


@dataclass(frozen=True)
class PreparedUpdate:
    """A signed data commit ready to post to ``stream_id``."""

    stream_id: StreamID
    commit: SignedCommit


# --- signing ----------------------------------------------------------------------------------


def _protected_header(key: Ed25519DIDKey, cap: str | None) -> str:
    header = {"alg": "EdDSA", "kid": key.kid}
    if cap:
        header["cap"] = cap
    # dids/key-did-provider sort the header keys (fast-json-stable-stringify) and print compact JSON
    return b64url_encode(json.dumps(header, sort_keys=True, separators=(",", ":")).encode())


def sign_commit(
    signer: Signer, commit: dict[str, Any], *, check_size: bool = True, check_capability: bool = True
) -> SignedCommit:
    """Sign a commit (a DAG-CBOR-encodable dict) as a DAG-JOSE JWS.

    ``signer`` is a :class:`Session` (adds the ``cap`` header and CACAO block; refuses an expired
    session) or a bare :class:`Ed25519DIDKey` (the commit is controlled by that did:key).
    The ``check_*`` switches exist so tests can observe the node's own refusals."""

    block = encode_dag_cbor(commit)
    if check_size and len(block) > MAX_COMMIT_SIZE:
        raise ContentTooLarge(
            f"commit is {len(block)} bytes; the node refuses commits over {MAX_COMMIT_SIZE} bytes",
            sent={"commit_bytes": len(block)},
        )
    link = cid_of_block(block)
    if isinstance(signer, Session):
        if check_capability:
            signer.check_can_sign()
        key, cacao_block, cap = signer.signer, signer.cacao.block, signer.cacao.cap
    elif isinstance(signer, Ed25519DIDKey):
        key, cacao_block, cap = signer, None, None
    else:
        raise CeramicConfigError(f"cannot sign with {type(signer).__name__}")
    protected = _protected_header(key, cap)
    payload = b64url_encode(bytes(link))
    signature = b64url_encode(key.sign(f"{protected}.{payload}".encode()))
    return SignedCommit(payload, protected, signature, link, block, cacao_block)


def controller_of(signer: Signer) -> str:
    """The stream controller a signer writes as: the did:pkh of a session, or the did:key itself."""
    return signer.did  # Session.did is the CACAO issuer; Ed25519DIDKey.did is itself


# --- ModelInstanceDocument --------------------------------------------------------------------


def _mid_header(controller: str, model: StreamID | str, context: StreamID | str | None) -> dict[str, Any]:
    header: dict[str, Any] = {"controllers": [controller], "model": StreamID.parse(model).bytes, "sep": "model"}
    if context is not None:
        header["context"] = StreamID.parse(context).bytes
    return header


def list_genesis(
    signer: Signer,
    model: StreamID | str,
    content: dict[str, Any],
    *,
    context: StreamID | str | None = None,
    unique: bytes | None = None,
) -> PreparedCreate:
    """A new row of a LIST model: one signed genesis carrying the content (random 12-byte ``unique``).

    ``unique`` may be given for reproducible tests; leave it None in production."""
    if isinstance(signer, Session):
        signer.check_can_sign(model=model)
    header = _mid_header(controller_of(signer), model, context)
    header["unique"] = bytes(unique) if unique is not None else os.urandom(12)
    commit = sign_commit(signer, {"data": normalize_content(content), "header": header})
    return PreparedCreate(StreamID(TYPE_MID, commit.cid), commit)


def set_unique(values: Sequence[str]) -> bytes:
    """``unique`` of a SET row: the relation fields' values joined with '|' (as the JS library does)."""
    if isinstance(values, (str, bytes)):
        raise CeramicConfigError("SET unique values must be a list of strings")
    for v in values:
        if not isinstance(v, str):
            raise CeramicConfigError(f"SET unique values must be strings, got {type(v).__name__}")
    return "|".join(values).encode("utf-8")


def deterministic_genesis(
    controller: str,
    model: StreamID | str,
    *,
    unique: Sequence[str] | None = None,
    context: StreamID | str | None = None,
) -> PreparedCreate:
    """Unsigned genesis of a SET (``unique`` = relation values) or SINGLE (``unique`` None) row.

    The same (controller, model, context, unique) always gives the same stream ID, so posting it
    twice is an upsert, not a duplicate."""
    header = _mid_header(controller, model, context)
    if unique is not None:
        header["unique"] = set_unique(unique)
    genesis = UnsignedGenesis({"data": None, "header": header})
    return PreparedCreate(StreamID(TYPE_MID, genesis.cid), genesis)


def data_commit(
    signer: Signer,
    stream_id: StreamID | str,
    prev: CID | str,
    old_content: dict[str, Any] | None,
    new_content: dict[str, Any] | None,
    *,
    model: StreamID | str | None = None,
    header: dict[str, Any] | None = None,
) -> PreparedUpdate:
    """Signed data commit replacing ``old_content`` by ``new_content`` with a JSON patch.

    ``prev`` is the stream's current tip (last entry of its log, possibly an anchor commit);
    ``model`` lets a session check its resources before signing."""
    sid = StreamID.parse(stream_id)
    if isinstance(signer, Session):
        # without the model we cannot tell whether a `?model=` resource covers this stream: the node decides
        if model is None:
            signer.check_can_sign()
        elif not signer.cacao.allows(model=str(StreamID.parse(model)), stream_id=str(sid)):
            signer.check_can_sign(model=model)
    ops = json_patch(normalize_content(old_content) if old_content is not None else None,
                     normalize_content(new_content) if new_content is not None else None)
    raw: dict[str, Any] = {"data": ops, "prev": parse_cid(prev), "id": sid.cid}
    if header is not None:
        raw["header"] = header
    return PreparedUpdate(sid, sign_commit(signer, raw))


# --- Model streams ----------------------------------------------------------------------------


def model_genesis(signer: Signer, definition: dict[str, Any]) -> PreparedCreate:
    """Genesis of a Model stream (type 2). Deterministic: same definition + controller = same ID."""
    if not isinstance(definition, dict) or "name" not in definition or "version" not in definition:
        raise CeramicConfigError("a model definition needs at least 'name' and 'version'")
    header = {"controllers": [controller_of(signer)], "model": MODEL_OF_MODELS.bytes, "sep": "model"}
    commit = sign_commit(signer, {"data": normalize_content(definition), "header": header})
    return PreparedCreate(StreamID(TYPE_MODEL, commit.cid), commit)


# --- JSON patch (same ops, same order as fast-json-patch's compare) ---------------------------

_ARRAY_INDEX = re.compile(r"^(0|[1-9][0-9]*)$")


def _js_keys(obj: Any) -> list[str]:
    if isinstance(obj, list):
        return [str(i) for i in range(len(obj))]
    # JS enumerates integer-like keys first, ascending, then the others in insertion order
    ints = sorted((k for k in obj if _ARRAY_INDEX.match(k) and int(k) < 2**32 - 1), key=int)
    return ints + [k for k in obj if not (_ARRAY_INDEX.match(k) and int(k) < 2**32 - 1)]


def _get(obj: Any, key: str) -> Any:
    return obj[int(key)] if isinstance(obj, list) else obj[key]


def _has(obj: Any, key: str) -> bool:
    if isinstance(obj, list):
        return _ARRAY_INDEX.match(key) is not None and int(key) < len(obj)
    return key in obj


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _is_container(v: Any) -> bool:
    return isinstance(v, (dict, list))


def _js_equal(a: Any, b: Any) -> bool:
    # JS `!==` on primitives: true is not 1, 1 is 1.0
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    return a == b


def json_patch(old: Any, new: Any) -> list[dict[str, Any]]:
    """RFC 6902 operations turning ``old`` into ``new``, in fast-json-patch ``compare`` order
    (what ModelInstanceDocument.replace sends), so Python and JS produce the same commit bytes."""
    ops: list[dict[str, Any]] = []
    _diff(old if old is not None else {}, new if new is not None else {}, ops, "")
    return ops


def _diff(mirror: Any, obj: Any, ops: list[dict[str, Any]], path: str) -> None:
    if mirror is obj:
        return
    new_keys, old_keys = _js_keys(obj), _js_keys(mirror)
    deleted = False
    for key in reversed(old_keys):
        old_val = _get(mirror, key)
        here = f"{path}/{_escape(key)}"
        if _has(obj, key):
            new_val = _get(obj, key)
            if _is_container(old_val) and _is_container(new_val) and isinstance(old_val, list) == isinstance(new_val, list):
                _diff(old_val, new_val, ops, here)
            elif not _js_equal(old_val, new_val):
                ops.append({"op": "replace", "path": here, "value": _clone(new_val)})
        elif isinstance(mirror, list) == isinstance(obj, list):
            ops.append({"op": "remove", "path": here})
            deleted = True
        else:
            ops.append({"op": "replace", "path": path, "value": _clone(obj)})
    if not deleted and len(new_keys) == len(old_keys):
        return
    for key in new_keys:
        if not _has(mirror, key):
            ops.append({"op": "add", "path": f"{path}/{_escape(key)}", "value": _clone(_get(obj, key))})


def _clone(v: Any) -> Any:
    return json.loads(json.dumps(v))
