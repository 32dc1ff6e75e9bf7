"""Check a Ceramic stream from its commits alone, trusting neither the server that wrote it nor the node's verdict.

What is checked, commit by commit (log order, genesis first):

* every commit hashes to the CID the node lists, the genesis to the stream ID, each later commit's ``id`` is the
  genesis and its ``prev`` the commit before it — so the node cannot reorder, drop from the middle or alter history;
* the genesis names exactly one controller and (for a ModelInstanceDocument) its model;
* every signed commit: the JWS payload is the linked block's CID and the Ed25519 signature is the ``kid`` did:key's;
* a did:key controller must have signed itself; a did:pkh controller's commits carry the CACAO their ``cap`` header
  names, and that CACAO must be issued by the controller's address (the SIWE text re-built from its fields, the
  EIP-191 signature recovered with eth-account), delegate to the did:key that signed, cover the stream or its model
  in its resources, and be within its validity window at the commit's time;
* anchor commits are linked like the others; their proof (chain, transaction, Merkle path) is reported, and the
  path is walked to the anchored commit when the proof blocks can be fetched;
* the content the signed patches produce is the content the node serves.

**The commit's time.** A CACAO's ``iat``/``nbf``/``exp`` are checked at the time the commit is known to have existed:
the anchor time the node reports for it once it is anchored (the commit was signed no later than that, and that is
what js-ceramic itself checks), otherwise ``now`` — an unanchored commit carries no time of its own, and the node
would stop loading it once its capability has expired. As on the node, ``exp`` gets a 24 h revocation phase-out
(``grace``) and all times a 5 min clock skew. Anchor times are taken from the node (the transaction itself is not
looked up on a chain).
"""
from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from datetime import datetime, timedelta, timezone
from typing import Any, Iterable, Sequence, Union

import jsonpatch
from multiformats import CID

from ..cacao import CLOCK_SKEW, NODE_GRACE, Cacao, recover_signer
from ..client import CeramicClient, StreamState
from ..encoding import (
    DAG_JOSE,
    b64_decode,
    b64url_decode,
    cid_of_block,
    decode_dag_cbor,
    encode_dag_cbor,
    parse_cid,
)
from ..errors import CeramicError, NodeUnavailable
from ..keys import verify_ed25519
from ..streamid import TYPE_MID, StreamID
from .blocks import BlocksArg, CheckedBlocks, block_sources
from .result import AnchorReport, CommitReport, Failure, Reason, StreamVerdict

ETH_TX = 0x93  # multicodec of an Ethereum transaction CID: its digest is the transaction hash
ADDRESS_FORMS = ("lowercase", "eip55")  # js-ceramic 6.11 rebuilds the lowercase text; newer libraries EIP-55

NodeArg = Union[CeramicClient, str]


class _Fail(Exception):
    def __init__(self, reason: Reason, message: str):
        super().__init__(message)
        self.reason, self.message = reason, message


def verify_stream(
    node: NodeArg,
    stream_id: StreamID | str,
    *,
    model: StreamID | str | None = None,
    now: datetime | None = None,
    blocks: BlocksArg = None,
    grace: timedelta = NODE_GRACE,
    clock_skew: timedelta = CLOCK_SKEW,
) -> StreamVerdict:
    """Verify one stream on ``node`` (a :class:`CeramicClient` or the node's URL); never raises for a bad stream.

    ``model``: the model the stream must belong to (None: any). ``now``: the time unanchored commits are checked at
    (default: the current time). ``blocks``: where to fetch the CACAO and anchor-proof blocks the Ceramic API does
    not return — an IPFS RPC URL, a :class:`~.blocks.BlockSource`, a mapping CID → bytes, or a list of these; every
    block is hash-checked, so any source will do. Without one, commits under a CACAO fail with ``cacao_unavailable``.
    The time each CACAO is checked at is the commit's anchor time, else ``now`` (the module docstring says why).
    """
    client, own = _client(node)
    try:
        return _verify(client, stream_id, model=model, now=now or datetime.now(timezone.utc),
                       blocks=block_sources(blocks), grace=grace, clock_skew=clock_skew)
    finally:
        if own:
            client.close()


def verify_streams(
    node: NodeArg,
    stream_ids: Iterable[StreamID | str],
    *,
    model: StreamID | str | None = None,
    now: datetime | None = None,
    blocks: BlocksArg = None,
    workers: int = 8,
    grace: timedelta = NODE_GRACE,
    clock_skew: timedelta = CLOCK_SKEW,
) -> list[StreamVerdict]:
    """:func:`verify_stream` for many streams, ``workers`` at a time; verdicts in the order of ``stream_ids``.

    One time (``now``) and one block cache serve the whole batch (a labeler's CACAO is fetched once)."""
    ids = list(stream_ids)
    client, own = _client(node, pool=max(1, workers))
    checked_blocks = block_sources(blocks)
    at = now or datetime.now(timezone.utc)
    try:
        def one(sid):
            return _verify(client, sid, model=model, now=at, blocks=checked_blocks, grace=grace,
                           clock_skew=clock_skew)

        if workers <= 1 or len(ids) <= 1:
            return [one(sid) for sid in ids]
        with ThreadPoolExecutor(max_workers=min(workers, len(ids)), thread_name_prefix="verify") as pool:
            return list(pool.map(one, ids))
    finally:
        if own:
            client.close()


def _client(node: NodeArg, pool: int = 4) -> tuple[CeramicClient, bool]:
    if isinstance(node, CeramicClient):
        return node, False
    if isinstance(node, str):
        return CeramicClient(node, timeout=30, pool=pool), True
    # anything with list_commits/load (e.g. a test double of the node) is used as it is
    if hasattr(node, "list_commits") and hasattr(node, "load"):
        return node, False
    raise TypeError(f"node must be a CeramicClient or a URL, got {type(node).__name__}")


def _verify(client, stream_id, *, model, now, blocks: CheckedBlocks, grace, clock_skew) -> StreamVerdict:
    text = str(stream_id)
    try:
        sid = StreamID.parse(stream_id)
    except CeramicError as exc:
        return StreamVerdict(text, False, failures=(Failure(Reason.UNREADABLE, exc.message),), checked_at=now)
    try:
        commits = client.list_commits(sid)
        state = client.load(sid)
    except NodeUnavailable as exc:
        return StreamVerdict(text, False, checked_at=now, failures=(
            Failure(Reason.NODE_UNAVAILABLE, f"the node did not answer: {exc.message}"),))
    except CeramicError as exc:
        return StreamVerdict(text, False, checked_at=now, failures=(
            Failure(Reason.UNREADABLE, f"the node cannot give this stream's commits: {exc.message}"),))
    if not commits:
        return StreamVerdict(text, False, checked_at=now, failures=(
            Failure(Reason.UNREADABLE, "the node lists no commits for this stream"),))
    expected_model = str(StreamID.parse(model)) if model is not None else None
    return _StreamCheck(sid, commits, state, expected_model, now, blocks, grace, clock_skew).run()


class _StreamCheck:
    def __init__(self, sid: StreamID, commits: Sequence[dict], state: StreamState | None, expected_model: str | None,
                 now: datetime, blocks: CheckedBlocks, grace: timedelta, clock_skew: timedelta):
        self.sid, self.commits, self.state = sid, list(commits), state
        self.expected_model, self.now, self.blocks = expected_model, now, blocks
        self.grace, self.clock_skew = grace, clock_skew
        self.times: dict[str, datetime] = {}
        for entry in (state.log if state is not None else ()):
            try:
                if entry.get("timestamp"):
                    self.times[str(entry["cid"])] = datetime.fromtimestamp(int(entry["timestamp"]), timezone.utc)
            except (TypeError, ValueError, OverflowError, AttributeError):
                continue  # an unreadable time: that commit is checked as not anchored
        self.controller: str | None = None
        self.model: str | None = None
        self.genesis_cid: CID | None = None
        self.content: Any = None
        self.reports: list[CommitReport] = []
        self.failures: list[Failure] = []
        self.anchors: list[AnchorReport] = []

    # --- driver -------------------------------------------------------------------------------
    def run(self) -> StreamVerdict:
        prev: CID | None = None
        for index, entry in enumerate(self.commits):
            listed = str(entry.get("cid")) if isinstance(entry, dict) else None
            listed_cid = _safe_cid(listed)
            report = {"index": index, "cid": listed or "?", "kind": "genesis" if index == 0 else "data",
                      "anchored_at": self.times.get(listed or "")}
            try:
                if not isinstance(entry, dict) or not isinstance(entry.get("value"), dict) or listed_cid is None:
                    raise _Fail(Reason.MALFORMED_COMMIT, "the node's entry is not {cid, value}")
                try:
                    prev = self._commit(index, listed_cid, entry["value"], prev, report)
                except _Fail:
                    raise
                except Exception as exc:  # input from the network: whatever breaks a check fails the commit
                    raise _Fail(Reason.MALFORMED_COMMIT, f"cannot be checked: {type(exc).__name__}: {exc}") from None
            except _Fail as failed:
                self.failures.append(Failure(failed.reason, failed.message, index, listed))
                self.reports.append(CommitReport(**report, ok=False))
                if index == 0:
                    break  # without a sound genesis there is no controller to check the rest against
                prev = listed_cid
                continue
            self.reports.append(CommitReport(**report))
        if not self.failures:
            self._compare_state()
        verified = not self.failures
        return StreamVerdict(
            stream_id=str(self.sid), verified=verified, controller=self.controller, model=self.model,
            commits=tuple(self.reports), failures=tuple(self.failures), anchors=tuple(self.anchors),
            content=self.content if verified else None, checked_at=self.now,
        )

    def _commit(self, index: int, listed: CID, value: dict, prev: CID | None, report: dict) -> CID:
        if "jws" in value:
            return self._signed(index, listed, value, prev, report)
        if index == 0:
            return self._unsigned_genesis(listed, value)
        if "proof" in value:
            report["kind"] = "anchor"
            return self._anchor(index, listed, value, prev)
        raise _Fail(Reason.MALFORMED_COMMIT, "neither a signed commit nor an anchor commit")

    # --- genesis ------------------------------------------------------------------------------
    def _unsigned_genesis(self, listed: CID, value: dict) -> CID:
        try:
            header = dict(value["header"])
            for key in ("model", "context", "unique"):
                if key in header and header[key] is not None:
                    header[key] = b64_decode(header[key])
            commit = {**value, "header": header}
            cid = cid_of_block(encode_dag_cbor(commit))
        except Exception as exc:
            raise _Fail(Reason.MALFORMED_COMMIT, f"unsigned genesis cannot be decoded: {exc}") from None
        self._check_listed(listed, cid)
        self._genesis(cid, commit)
        if commit.get("data") is not None:
            raise _Fail(Reason.BAD_GENESIS, "an unsigned genesis must not carry data (anyone could have written it)")
        return cid

    def _genesis(self, cid: CID, commit: Any) -> None:
        if StreamID(self.sid.type, cid) != self.sid:
            raise _Fail(Reason.STREAM_ID_MISMATCH,
                        f"the genesis hashes to {StreamID(self.sid.type, cid)}, not to the stream ID {self.sid}")
        header = commit.get("header") if isinstance(commit, dict) else None
        if not isinstance(header, dict):
            raise _Fail(Reason.BAD_GENESIS, "the genesis has no header")
        controllers = header.get("controllers")
        if not (isinstance(controllers, list) and len(controllers) == 1 and isinstance(controllers[0], str)
                and controllers[0].startswith(("did:pkh:", "did:key:"))):
            raise _Fail(Reason.BAD_GENESIS, f"the genesis must name one did:pkh or did:key controller, "
                                            f"not {controllers!r}")
        self.controller = controllers[0]
        raw_model = header.get("model")
        if raw_model is not None:
            try:
                self.model = str(StreamID.parse(bytes(raw_model)))
            except (CeramicError, TypeError):
                raise _Fail(Reason.BAD_GENESIS, "the genesis header's model is not a stream ID") from None
        elif self.sid.type == TYPE_MID:
            raise _Fail(Reason.BAD_GENESIS, "a ModelInstanceDocument genesis must name its model")
        if self.expected_model is not None and self.model != self.expected_model:
            raise _Fail(Reason.WRONG_MODEL, f"the stream belongs to model {self.model}, not {self.expected_model}")
        self.genesis_cid = cid
        self.content = commit.get("data")

    # --- signed commits -----------------------------------------------------------------------
    def _signed(self, index: int, listed: CID, value: dict, prev: CID | None, report: dict) -> CID:
        block, payload, protected, signature = _parse_container(value)  # jws.link is unsigned: the payload counts
        envelope = {"payload": b64url_decode(payload),
                    "signatures": [{"protected": b64url_decode(protected), "signature": b64url_decode(signature)}]}
        cid = cid_of_block(encode_dag_cbor(envelope), DAG_JOSE)
        self._check_listed(listed, cid)
        try:
            link = parse_cid(CID.decode(b64url_decode(payload)))
        except Exception:
            raise _Fail(Reason.PAYLOAD_MISMATCH, "the JWS payload is not a CID") from None
        if not _same(cid_of_block(block, link.codec), link):
            raise _Fail(Reason.PAYLOAD_MISMATCH, "the linked block does not hash to the CID the JWS signs")
        try:
            header = json.loads(b64url_decode(protected))
        except ValueError:
            raise _Fail(Reason.MALFORMED_COMMIT, "the JWS protected header is not JSON") from None
        kid = header.get("kid") if isinstance(header, dict) else None
        if header.get("alg") != "EdDSA" or not isinstance(kid, str) or not kid.startswith("did:key:z"):
            raise _Fail(Reason.UNSUPPORTED_SIGNER, f"only EdDSA signatures by an Ed25519 did:key are supported "
                                                   f"(alg {header.get('alg')!r}, kid {kid!r})")
        signer = kid.split("#", 1)[0]
        report["signer"] = signer
        try:
            good = verify_ed25519(kid, f"{protected}.{payload}".encode(), b64url_decode(signature))
        except ValueError:
            raise _Fail(Reason.UNSUPPORTED_SIGNER, f"{kid} is not an Ed25519 did:key") from None
        if not good:
            raise _Fail(Reason.BAD_SIGNATURE, f"the JWS signature is not {signer}'s")
        try:
            commit = decode_dag_cbor(block)
        except Exception as exc:
            raise _Fail(Reason.MALFORMED_COMMIT, f"the linked block is not DAG-CBOR: {exc}") from None
        if index == 0:
            self._genesis(cid, commit)
        else:
            self._links(commit, prev)
            if not isinstance(commit.get("data"), list):
                raise _Fail(Reason.MALFORMED_COMMIT, "a data commit's data must be a JSON patch (a list)")
        self._authority(index, header, signer, link, value, report)
        if index > 0 and not self.failures:  # after a failed commit the content is meaningless: stop building it
            self._apply_patch(commit["data"])
        return cid

    def _authority(self, index: int, header: dict, signer: str, link: CID, value: dict, report: dict) -> None:
        """May ``signer`` write as the controller? Itself (did:key) or through the CACAO named by ``cap``."""
        cap = header.get("cap")
        if cap is None:
            if self.controller.startswith("did:pkh:"):
                raise _Fail(Reason.CACAO_MISSING, f"signed by {signer} without a capability from {self.controller}")
            if signer != self.controller:
                raise _Fail(Reason.SIGNER_NOT_CONTROLLER, f"signed by {signer}, the controller is {self.controller}")
            return
        cacao, block = self._cacao(cap, value)
        report["capability"] = cap.removeprefix("ipfs://")
        controller_address = _pkh_address(self.controller)
        if cacao.issuer.lower() != self.controller.lower() or controller_address is None:
            raise _Fail(Reason.CACAO_WRONG_ADDRESS, f"the CACAO is issued by {cacao.issuer}, the stream's "
                                                    f"controller is {self.controller}")
        if not _siwe_signed_by_issuer(block):
            raise _Fail(Reason.CACAO_BAD_SIWE_SIGNATURE, f"the CACAO's SIWE signature does not recover to "
                                                         f"{cacao.address}")
        if cacao.audience != signer:
            raise _Fail(Reason.CACAO_WRONG_AUDIENCE, f"the CACAO delegates to {cacao.audience}, the commit is "
                                                     f"signed by {signer}")
        model = self.model if self.sid.type == TYPE_MID else None
        if not cacao.allows(stream_id=str(self.sid), model=model, payload_cid=str(link)):
            raise _Fail(Reason.CACAO_RESOURCE, f"the CACAO's resources {list(cacao.resources)} cover neither "
                                               f"this stream nor model {model}")
        anchored = self.times.get(report["cid"])
        at, basis = (anchored, "its anchor time") if anchored else (self.now, "now (not anchored yet)")
        try:
            not_before = max(t for t in (cacao.issued_at, cacao.not_before) if t is not None)
            expires = cacao.expires_at
        except CeramicError as exc:
            raise _Fail(Reason.CACAO_MALFORMED, exc.message) from None
        if not_before > at + self.clock_skew:
            raise _Fail(Reason.CACAO_NOT_YET_VALID, f"the CACAO is valid from {_iso(not_before)}, after {basis} "
                                                    f"{_iso(at)}")
        if expires is not None and expires + self.grace + self.clock_skew < at:
            raise _Fail(Reason.CACAO_EXPIRED, f"the CACAO expired at {_iso(expires)}, before {basis} {_iso(at)} "
                                              f"(with the node's {self.grace} grace)")

    def _cacao(self, cap: Any, value: dict) -> tuple[Cacao, bytes]:
        cid = _cap_cid(cap) if isinstance(cap, str) and cap.startswith("ipfs://") else None
        if cid is None:
            raise _Fail(Reason.CACAO_MALFORMED, f"the cap header {cap!r} is not ipfs://<CID>")
        block = None
        if value.get("cacaoBlock"):  # our own HTTP form carries it; the node's /commits answer does not
            try:
                block = b64_decode(value["cacaoBlock"])
            except ValueError:
                raise _Fail(Reason.MALFORMED_COMMIT, "cacaoBlock is not base64") from None
            if not _same(cid_of_block(block, cid.codec), cid):
                raise _Fail(Reason.CACAO_MISMATCH, f"the CACAO given with the commit is not {cid}, the one its "
                                                   "cap header names")
        if block is None:
            block = self.blocks.get(cid)
        if block is None:
            raise _Fail(Reason.CACAO_UNAVAILABLE, f"CACAO {cid} is not in the node's answer and no block source has "
                                                  "it: pass the IPFS API of the node (blocks=...)")
        try:
            return _cacao_of(block), block
        except (CeramicError, ValueError) as exc:
            raise _Fail(Reason.CACAO_MALFORMED, f"CACAO {cid}: {getattr(exc, 'message', exc)}") from None

    # --- links, anchors, content -----------------------------------------------------------------
    def _links(self, commit: Any, prev: CID | None) -> None:
        if not isinstance(commit, dict):
            raise _Fail(Reason.MALFORMED_COMMIT, "the commit is not a map")
        cid_id, cid_prev = commit.get("id"), commit.get("prev")
        if not isinstance(cid_id, CID) or not isinstance(cid_prev, CID):
            raise _Fail(Reason.BROKEN_LINK, "a commit after the genesis must link `id` and `prev`")
        if not _same(cid_id, self.genesis_cid):
            raise _Fail(Reason.BROKEN_LINK, f"`id` is {cid_id}, not this stream's genesis {self.genesis_cid}")
        if prev is None or not _same(cid_prev, prev):
            raise _Fail(Reason.BROKEN_LINK, f"`prev` is {cid_prev}, not the previous commit {prev}")

    def _anchor(self, index: int, listed: CID, value: dict, prev: CID | None) -> CID:
        try:
            commit = {k: (parse_cid(v) if k in ("id", "prev", "proof") else v) for k, v in value.items()}
            cid = cid_of_block(encode_dag_cbor(commit))
        except Exception as exc:
            raise _Fail(Reason.MALFORMED_COMMIT, f"anchor commit cannot be decoded: {exc}") from None
        self._check_listed(listed, cid)
        self._links(commit, prev)
        path = commit.get("path") or ""
        report = {"index": index, "cid": _cid_text(cid), "proof_cid": _cid_text(commit["proof"]), "path": path,
                  "anchored_at": self.times.get(str(cid))}
        proof_block = self.blocks.get(commit["proof"])
        if proof_block is not None:
            try:
                proof = decode_dag_cbor(proof_block)
                root = proof["root"]
                report.update(chain_id=proof.get("chainId"), tx_hash=_tx_hash(proof.get("txHash")),
                              root=_cid_text(root))
            except Exception as exc:
                raise _Fail(Reason.MALFORMED_COMMIT, f"anchor proof {commit['proof']} cannot be read: {exc}") from None
            reached = self._walk(root, path)
            if reached is not None:
                if prev is None or not _same(reached, prev):
                    raise _Fail(Reason.ANCHOR_PROOF_MISMATCH, f"the proof's path {path!r} from root {root} leads to "
                                                              f"{reached}, not to the anchored commit {prev}")
                report["path_checked"] = True
        elif self.state is not None and index == len(self.commits) - 1:
            # without the proof block, the node's state describes its latest anchor
            proof = (self.state.raw.get("state") or {}).get("anchorProof") or {}
            report.update(chain_id=proof.get("chainId"), tx_hash=proof.get("txHash"), root=proof.get("root"))
        self.anchors.append(AnchorReport(**report))
        return cid

    def _walk(self, root: CID, path: str) -> CID | None:
        """Follow a Merkle path ("0/1/…") from the proof's root; None when a tree block cannot be fetched."""
        here = root
        for step in [s for s in path.split("/") if s != ""]:
            block = self.blocks.get(here)
            if block is None:
                return None
            try:
                here = decode_dag_cbor(block)[int(step)]
            except Exception:
                raise _Fail(Reason.ANCHOR_PROOF_MISMATCH,
                            f"the proof's path {path!r} does not exist in its tree") from None
            if not isinstance(here, CID):
                raise _Fail(Reason.ANCHOR_PROOF_MISMATCH, f"the proof's path {path!r} does not end at a commit")
        return here

    def _apply_patch(self, ops: list) -> None:
        try:
            self.content = jsonpatch.apply_patch(self.content if self.content is not None else {}, ops)
        except (jsonpatch.JsonPatchException, jsonpatch.JsonPointerException, TypeError, KeyError) as exc:
            raise _Fail(Reason.MALFORMED_COMMIT, f"the data commit's patch does not apply: {exc}") from None

    def _compare_state(self) -> None:
        """The node's served state must be what the verified commits produce (read in the same call)."""
        if self.state is None:
            return
        last = len(self.commits) - 1
        logged = [str(e.get("cid")) for e in self.state.log]
        listed = [str(c.get("cid")) for c in self.commits]
        if logged[: len(listed)] != listed:
            self.failures.append(Failure(Reason.STATE_MISMATCH, "the node's log differs from its commit list", last,
                                         listed[-1]))
            return
        if len(logged) > len(listed):
            return  # a commit (e.g. an anchor) landed between the two reads: the content may have moved on
        if self.state.controller is not None and self.state.controller.lower() != (self.controller or "").lower():
            self.failures.append(Failure(Reason.STATE_MISMATCH, f"the node says the controller is "
                                         f"{self.state.controller}, the genesis says {self.controller}", 0, listed[0]))
        elif self.state.content != self.content:
            self.failures.append(Failure(Reason.STATE_MISMATCH, "the content the node serves is not what the signed "
                                         "commits produce", last, listed[-1]))

    def _check_listed(self, listed: CID, actual: CID) -> None:
        if not _same(listed, actual):
            raise _Fail(Reason.CID_MISMATCH, f"the commit hashes to {actual}, the node lists it as {listed}")


def _parse_container(value: dict) -> tuple[bytes, str, str, str]:
    try:
        jws = value["jws"]
        signatures = jws["signatures"]
        if len(signatures) != 1:
            raise ValueError(f"{len(signatures)} signatures (a commit has exactly one)")
        protected, signature, payload = signatures[0]["protected"], signatures[0]["signature"], jws["payload"]
        if not all(isinstance(v, str) for v in (protected, signature, payload)):
            raise ValueError("JWS sections must be strings")
        block = b64_decode(value["linkedBlock"])
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise _Fail(Reason.MALFORMED_COMMIT, f"not a signed commit container: {exc}") from None
    return block, payload, protected, signature


# One labeler's CACAO signs every commit of theirs: decode it and recover its SIWE signer (≈30 ms) once per block.
# The caches are keyed by the block's bytes, so an entry can only ever answer for those exact bytes.
@lru_cache(maxsize=4096)
def _cap_cid(cap: str) -> CID | None:
    try:
        return parse_cid(cap.removeprefix("ipfs://"))
    except Exception:
        return None


@lru_cache(maxsize=1024)
def _cacao_of(block: bytes) -> Cacao:
    return Cacao.from_block(block)


@lru_cache(maxsize=1024)
def _siwe_signed_by_issuer(block: bytes) -> bool:
    cacao = _cacao_of(block)
    signature = cacao.signature
    if not signature:
        return False
    try:
        message = cacao.siwe_message()
    except CeramicError:
        return False
    for form in ADDRESS_FORMS:
        try:
            if recover_signer(message.text(form), signature) == cacao.address:
                return True
        except Exception:  # malformed signature bytes: the same as a wrong signature
            return False
    return False


def _pkh_address(did: str | None) -> str | None:
    parts = (did or "").split(":")
    return parts[4].lower() if len(parts) == 5 and parts[:3] == ["did", "pkh", "eip155"] else None


def _tx_hash(value: Any) -> str | None:
    if isinstance(value, CID):
        return "0x" + value.raw_digest.hex() if int(value.codec.code) == ETH_TX else _cid_text(value)
    return None if value is None else str(value)


def _cid_text(cid: CID) -> str:
    """The base32 text JS prints (a CID decoded from a block prints in base58 otherwise)."""
    return str(parse_cid(str(cid)))


def _same(a: CID | None, b: CID | None) -> bool:
    """CIDs equal as bytes (their text base may differ)."""
    return a is not None and b is not None and bytes(a) == bytes(b)


def _safe_cid(text: str | None) -> CID | None:
    try:
        return parse_cid(text) if text else None
    except Exception:
        return None


def _iso(value: datetime) -> str:
    return value.isoformat().replace("+00:00", "Z")


__all__ = ["verify_stream", "verify_streams"]
