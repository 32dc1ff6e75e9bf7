"""Where the verifier gets the IPFS blocks the Ceramic HTTP API does not return.

js-ceramic 6.11's ``GET /api/v0/commits/<id>`` gives each signed commit's JWS and linked block, but not the CACAO
block its ``cap`` header names, nor anchor proof blocks (checked against the real node). Those live in IPFS. Any
source will do, trusted or not: every block is hashed and must match the CID asked for, so a source can withhold a
block but never substitute one.
"""
from __future__ import annotations

import threading
from typing import Iterable, Mapping, Protocol, Union, runtime_checkable

import requests
from multiformats import CID, multihash

from ..encoding import parse_cid


@runtime_checkable
class BlockSource(Protocol):
    def get(self, cid: CID) -> bytes | None:
        """The block's bytes, or None when this source does not have it (never raises for a missing block)."""


def block_matches(cid: CID, block: bytes) -> bool:
    """True when ``block`` hashes to ``cid`` (its own hash function)."""
    try:
        return multihash.digest(block, cid.hashfun) == cid.digest
    except Exception:  # an unsupported hash function: cannot be checked, so not accepted
        return False


class _HttpBlocks:
    def __init__(self, url: str, *, timeout: float = 10.0):
        if not url.startswith(("http://", "https://")):
            raise ValueError(f"IPFS URL must be http(s)://host[:port], got {url!r}")
        self.url = url.rstrip("/")
        self.timeout = timeout
        self._http = requests.Session()

    def _fetch(self, cid: CID) -> requests.Response:
        raise NotImplementedError

    def get(self, cid: CID) -> bytes | None:
        try:
            resp = self._fetch(cid)
        except requests.RequestException:
            return None
        return resp.content if resp.status_code == 200 else None

    def close(self) -> None:
        self._http.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.url!r})"


class IpfsRpcBlocks(_HttpBlocks):
    """The Kubo RPC API of an IPFS node (``POST /api/v0/block/get``), e.g. the one beside a Ceramic node."""

    def _fetch(self, cid: CID) -> requests.Response:
        return self._http.post(f"{self.url}/api/v0/block/get", params={"arg": str(cid)}, timeout=self.timeout)


class GatewayBlocks(_HttpBlocks):
    """A trustless IPFS HTTP gateway (``GET /ipfs/<cid>?format=raw``), e.g. https://ipfs.io."""

    def _fetch(self, cid: CID) -> requests.Response:
        return self._http.get(f"{self.url}/ipfs/{cid}", params={"format": "raw"},
                              headers={"Accept": "application/vnd.ipld.raw"}, timeout=self.timeout)


class MappingBlocks:
    """Blocks held in memory, keyed by CID (text or CID), e.g. CACAOs a pipeline already has."""

    def __init__(self, blocks: Mapping[object, bytes]):
        # keyed by the CID's bytes: a CID decoded from a block prints in another base than one parsed from text
        self._blocks = {bytes(parse_cid(k)): bytes(v) for k, v in blocks.items()}

    def get(self, cid: CID) -> bytes | None:
        return self._blocks.get(bytes(cid))


class CheckedBlocks:
    """Several sources tried in order, each answer hash-checked, found blocks cached (thread-safe)."""

    def __init__(self, sources: Iterable[BlockSource] = ()):
        self.sources = tuple(sources)
        self._cache: dict[bytes, bytes] = {}
        self._lock = threading.Lock()

    def get(self, cid: CID) -> bytes | None:
        key = bytes(cid)
        with self._lock:
            if key in self._cache:
                return self._cache[key]
        for source in self.sources:
            block = source.get(cid)
            if block is not None and block_matches(cid, block):
                with self._lock:
                    self._cache[key] = block
                return block
        return None


BlocksArg = Union[None, str, BlockSource, Mapping[object, bytes], Iterable[Union[str, BlockSource]]]


def block_sources(blocks: BlocksArg) -> CheckedBlocks:
    """Turn the ``blocks=`` argument into one checked source: None (no source), an IPFS RPC URL, a
    :class:`BlockSource`, a mapping CID → bytes, or a list of these."""
    if isinstance(blocks, CheckedBlocks):
        return blocks
    if blocks is None:
        return CheckedBlocks()
    if isinstance(blocks, (str, Mapping)) or isinstance(blocks, BlockSource):
        blocks = [blocks]
    out: list[BlockSource] = []
    for item in blocks:
        if isinstance(item, str):
            out.append(IpfsRpcBlocks(item))
        elif isinstance(item, Mapping):
            out.append(MappingBlocks(item))
        elif isinstance(item, BlockSource):
            out.append(item)
        else:
            raise TypeError(f"not a block source: {item!r}")
    return CheckedBlocks(out)


__all__ = ["BlockSource", "CheckedBlocks", "GatewayBlocks", "IpfsRpcBlocks", "MappingBlocks", "block_matches",
           "block_sources"]
