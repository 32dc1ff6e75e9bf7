"""StreamIDs: ``'k' + base36(varint 0xce, varint type, genesis CID)``, and commit IDs.

The stream ID of a signed genesis is computed from its DAG-JOSE CID, so it can be known (and
recorded) before the genesis is posted.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from multiformats import CID, multibase, varint

from .encoding import DAG_CBOR, DAG_JOSE, cid_of_block, encode_dag_cbor
from .errors import CeramicConfigError

STREAMID_CODEC = 0xCE
TYPE_TILE = 0
TYPE_CAIP10 = 1
TYPE_MODEL = 2
TYPE_MID = 3
TYPE_UNLOADABLE = 4
_TYPE_NAMES = {0: "tile", 1: "caip10-link", 2: "model", 3: "MID", 4: "UNLOADABLE"}


@dataclass(frozen=True, init=False)
class StreamID:
    """Holds the CID as raw bytes: the fixed "model of models" ID (``kh4q0ozorrgaq2mezktnrmdwleo1d``)
    wraps a CID whose multihash code is 0x71, which ``multiformats`` refuses to decode."""

    type: int
    cid_bytes: bytes

    def __init__(self, type: int, cid: "CID | bytes") -> None:
        object.__setattr__(self, "type", int(type))
        object.__setattr__(self, "cid_bytes", bytes(cid))

    @property
    def cid(self) -> CID:
        return CID("base32", *_cid_parts(self.cid_bytes))

    @property
    def bytes(self) -> bytes:
        return varint.encode(STREAMID_CODEC) + varint.encode(self.type) + self.cid_bytes

    def __str__(self) -> str:
        return self._text

    @cached_property
    def _text(self) -> str:  # base36 through multibase is slow; a stream ID is printed many times
        return multibase.encode(self.bytes, "base36")

    def __repr__(self) -> str:
        return f"StreamID({self})"

    @property
    def type_name(self) -> str:
        return _TYPE_NAMES.get(self.type, str(self.type))

    @classmethod
    def parse(cls, value: "str | bytes | StreamID") -> "StreamID":
        """Parse the text form (``k…``, any multibase) or the raw bytes of a stream ID.

        A commit ID (stream ID + commit CID) is refused: use :class:`CommitID`."""
        if isinstance(value, StreamID):
            return value
        if isinstance(value, str):
            return _parse_text(value)  # the model and context IDs are parsed for every commit
        return cls._parse(value)

    @classmethod
    def _parse(cls, value: "str | bytes") -> "StreamID":
        try:
            raw = multibase.decode(value) if isinstance(value, str) else bytes(value)
            codec, n1, _ = varint.decode_raw(raw)
            if codec != STREAMID_CODEC:
                raise ValueError(f"not a streamid (multicodec {codec:#x})")
            stype, n2, _ = varint.decode_raw(raw[n1:])
            rest = bytes(raw[n1 + n2 :])
            length = _cid_length(rest)
            if length != len(rest):
                raise ValueError("wrong length (a commit ID has a commit CID after the stream ID)")
        except Exception as exc:  # multiformats raises a variety of types
            raise CeramicConfigError(f"invalid stream ID {value!r}: {exc}") from None
        return cls(stype, rest)

    @classmethod
    def from_genesis(cls, stream_type: int, genesis: Any) -> "StreamID":
        """Stream ID of a genesis commit.

        ``genesis`` is either an unsigned genesis (a dict, hashed as DAG-CBOR) or anything with a
        ``genesis_cid`` / ``cid`` attribute (a signed commit, whose CID is its DAG-JOSE CID).
        """
        if isinstance(genesis, dict):
            return cls(stream_type, cid_of_block(encode_dag_cbor(genesis), DAG_CBOR))
        cid = getattr(genesis, "cid", None)
        if isinstance(cid, CID):
            return cls(stream_type, cid)
        raise CeramicConfigError(f"cannot compute a stream ID from {type(genesis).__name__}")


@lru_cache(maxsize=1024)
def _parse_text(value: str) -> StreamID:
    return StreamID._parse(value)


def _cid_parts(raw: bytes) -> tuple[int, int, bytes]:
    version, n1, _ = varint.decode_raw(raw)
    codec, n2, _ = varint.decode_raw(raw[n1:])
    return version, codec, bytes(raw[n1 + n2 :])


def _cid_length(raw: bytes) -> int:
    """Byte length of the CIDv1 at the start of ``raw`` (version, codec, multihash code, length, digest)."""
    pos = 0
    for _ in range(3):  # version, codec, hash function
        _, n, _ = varint.decode_raw(raw[pos:])
        pos += n
    length, n, _ = varint.decode_raw(raw[pos:])
    return pos + n + length


@dataclass(frozen=True)
class CommitID:
    """A stream ID plus one commit of it (None: the genesis)."""

    stream_id: StreamID
    commit: CID | None = None

    @property
    def bytes(self) -> bytes:
        tail = b"\x00" if self.commit is None else bytes(self.commit)
        return self.stream_id.bytes + tail

    def __str__(self) -> str:
        return self._text

    @cached_property
    def _text(self) -> str:  # as StreamID._text
        return multibase.encode(self.bytes, "base36")


# codec constants re-exported for callers that build CIDs of their own
__all__ = ["StreamID", "CommitID", "TYPE_MODEL", "TYPE_MID", "TYPE_UNLOADABLE", "DAG_CBOR", "DAG_JOSE"]
