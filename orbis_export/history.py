"""An annotation's documents as the node holds them: every commit in order, who signed it, when, its anchor, and the
label changes between versions — read with bounded time, in parallel, and never raised to the page.

Reads use the node's own copy of a stream (``GET /streams/<id>?sync=2``, js-ceramic's NEVER_SYNC). With the node's
default (PREFER_CACHE) every stream not yet loaded since the node started is first synced over pubsub for
``syncTimeoutSeconds`` = 3 s, which is exactly our read timeout: right after a node restart every anchored row of the
provenance page timed out (50 rows: 21 s, all "unreadable"), while the node answered the same reads in ms once warm.
The node we wrote to holds our streams; what other peers might know is not what this page asks. ``/commits/<id>``
takes no sync option, but after a NEVER_SYNC load the stream is in the node's memory and ``/commits`` is as fast.
"""
from __future__ import annotations

import copy
import time
from concurrent.futures import ALL_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Iterable

from .ceramic import CeramicClient, CeramicConfigError, CeramicError, NodeUnavailable, SignedCommit, StreamNotFound, StreamState

NEVER_SYNC = 2  # js-ceramic SyncOptions.NEVER_SYNC: answer from the node's own copy, no network query
READ_TIMEOUT = 3.0  # seconds per request
DEADLINE = 8.0  # seconds for all the reads of one page view
WORKERS = 16

# log entry types of js-ceramic; a tombstone is our data commit that sets deleted=true
GENESIS, DATA, ANCHOR, TOMBSTONE = "genesis", "data", "anchor", "tombstone"
_LOG_TYPES = {0: GENESIS, 1: DATA, 2: ANCHOR}


# --- reading ---------------------------------------------------------------------------------------------------------
def load_node_copy(client: CeramicClient, stream_id: str) -> StreamState:
    """The node's own copy of a stream (no network sync; see the module doc)."""
    return client.load(stream_id, sync=NEVER_SYNC)


@dataclass
class Reading:
    """One stream as read from the node: its state (and commits when asked), or why it could not be read."""

    stream_id: str
    state: StreamState | None = None
    commits: list[dict[str, Any]] | None = None
    reason: str = ""  # not_found | timeout | node_down | not_allowed | invalid | error ('' when read)
    detail: str = ""
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.state is not None and not self.reason


REASONS = {
    "not_found": "not found on the node",
    "timeout": "the node did not answer in time",
    "node_down": "node unreachable",
    "not_allowed": "node not allowed",
    "invalid": "not a stream ID",
    "error": "the node refused the read",
}


def reason_of(exc: BaseException, timeout: float = READ_TIMEOUT) -> tuple[str, str]:
    """(reason code, one readable sentence) of a failed read."""
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if isinstance(exc, StreamNotFound):
        return "not_found", "the node does not know this stream (it answered: not found)"
    if isinstance(exc, NodeUnavailable):
        if "in time" in text:
            return "timeout", (f"no answer within {timeout:g} s: the node is busy or does not hold this stream "
                               "(it then looks for it on the network)")
        return "node_down", text[:300]
    if isinstance(exc, CeramicConfigError):
        return "invalid", text[:300]
    if isinstance(exc, CeramicError):
        return "error", text[:300]
    if isinstance(exc, ValueError):
        return "invalid", f"not a stream ID: {text[:200]}"
    return "error", text[:300]


def node_down_reason(client: CeramicClient) -> str:
    """'' when the node answers its healthcheck, else why not (asked once per page instead of once per row)."""
    try:
        return "" if client.healthcheck() else "the node answered its healthcheck, but not with Alive!"
    except CeramicError as exc:
        return str(exc).splitlines()[0][:300]


def read_streams(client: CeramicClient, stream_ids: Iterable[str], *, with_commits: bool = False,
                 workers: int = WORKERS, deadline: float = DEADLINE, timeout: float = READ_TIMEOUT
                 ) -> dict[str, Reading]:
    """Read streams concurrently, each bounded by the client's timeout and all by ``deadline`` seconds; a row not
    read in time is reported as a timeout. Never raises for a row. The node's health is checked first, so a node
    that is down costs one connect timeout, not one per row."""
    ids = list(dict.fromkeys(str(s) for s in stream_ids if s))
    if not ids:
        return {}
    down = node_down_reason(client)
    if down:
        return {sid: Reading(sid, reason="node_down", detail=down) for sid in ids}

    def one(sid: str) -> Reading:
        started = time.monotonic()
        try:
            state = load_node_copy(client, sid)
            commits = client.list_commits(sid) if with_commits else None
        except (CeramicError, OSError, ValueError) as exc:
            reason, detail = reason_of(exc, timeout)
            return Reading(sid, reason=reason, detail=detail, seconds=time.monotonic() - started)
        return Reading(sid, state=state, commits=commits, seconds=time.monotonic() - started)

    out: dict[str, Reading] = {}
    pool = ThreadPoolExecutor(max_workers=max(1, min(workers, len(ids))), thread_name_prefix="orbis-node-read")
    try:
        futures = {pool.submit(one, sid): sid for sid in ids}
        done, _ = wait(futures, timeout=deadline, return_when=ALL_COMPLETED)
        for future, sid in futures.items():
            if future in done:
                out[sid] = future.result()
            else:
                out[sid] = Reading(sid, reason="timeout", detail=f"not read within the page's {deadline:g} s budget")
    finally:
        pool.shutdown(wait=False, cancel_futures=True)  # late reads end on their own timeout
    return out


# --- rebuilding versions ---------------------------------------------------------------------------------------------
class PatchError(ValueError):
    pass


def _pointer(path: str) -> list[str]:
    if path == "":
        return []
    if not path.startswith("/"):
        raise PatchError(f"bad JSON pointer {path!r}")
    return [p.replace("~1", "/").replace("~0", "~") for p in path[1:].split("/")]


def _walk(doc: Any, parts: list[str]) -> Any:
    for p in parts:
        doc = doc[int(p)] if isinstance(doc, list) else doc[p]
    return doc


def apply_patch(doc: Any, ops: list[dict[str, Any]]) -> Any:
    """RFC 6902 (add / remove / replace / move / copy / test) on a copy of ``doc``: how a data commit's JSON patch
    turns one version of a document into the next (js-ceramic applies the same operations)."""
    doc = copy.deepcopy(doc)
    for op in ops or []:
        kind, parts = op.get("op"), _pointer(op.get("path", ""))
        try:
            if kind == "test":
                if _walk(doc, parts) != op.get("value"):
                    raise PatchError(f"test failed at {op.get('path')}")
                continue
            if kind in ("move", "copy"):
                src = _pointer(op.get("from", ""))
                value = copy.deepcopy(_walk(doc, src))
                if kind == "move":
                    doc = _remove(doc, src)
                doc = _add(doc, parts, value)
            elif kind == "add":
                doc = _add(doc, parts, copy.deepcopy(op.get("value")))
            elif kind == "remove":
                doc = _remove(doc, parts)
            elif kind == "replace":
                if not parts:
                    doc = copy.deepcopy(op.get("value"))
                else:
                    parent = _walk(doc, parts[:-1])
                    key = int(parts[-1]) if isinstance(parent, list) else parts[-1]
                    parent[key] = copy.deepcopy(op.get("value"))
            else:
                raise PatchError(f"unknown patch operation {kind!r}")
        except (KeyError, IndexError, TypeError, ValueError) as exc:
            if isinstance(exc, PatchError):
                raise
            raise PatchError(f"{kind} {op.get('path')!r} does not apply: {exc}") from None
    return doc


def _add(doc: Any, parts: list[str], value: Any) -> Any:
    if not parts:
        return value
    parent = _walk(doc, parts[:-1])
    if isinstance(parent, list):
        key = parts[-1]
        parent.insert(len(parent) if key == "-" else int(key), value)
    else:
        parent[parts[-1]] = value
    return doc


def _remove(doc: Any, parts: list[str]) -> Any:
    parent = _walk(doc, parts[:-1])
    del parent[int(parts[-1]) if isinstance(parent, list) else parts[-1]]
    return doc


@dataclass(frozen=True)
class Change:
    field: str
    old: Any
    new: Any
    label: bool  # one of the project's label fields (control tags)
    added: bool = False
    removed: bool = False


# fields that change with every save (shown apart from the label changes)
BOOKKEEPING = frozenset({"updated_at", "created_at", "lead_time", "saved_by", "origin", "signer_kind", "signer_did",
                         "annotator_did", "revises", "source", "deleted", "annotator", "id", "annotation_id",
                         "project_id"})


def changes(old: dict[str, Any] | None, new: dict[str, Any] | None, label_fields: Iterable[str] = ()
            ) -> list[Change]:
    """Top-level fields that differ between two versions: label fields first, then the task's data, then the
    bookkeeping fields."""
    old, new, labels = old or {}, new or {}, set(label_fields)
    out = []
    for key in list(dict.fromkeys([*old, *new])):
        if old.get(key, _MISSING) != new.get(key, _MISSING):
            out.append(Change(key, old.get(key), new.get(key), key in labels, added=key not in old,
                              removed=key not in new))
    return sorted(out, key=lambda c: (not c.label, c.field in BOOKKEEPING, c.field))


_MISSING = object()


@dataclass
class CommitView:
    index: int
    cid: str
    kind: str  # genesis | data | anchor | tombstone
    signer: str = ""  # the DID the commit is written as: the CACAO issuer (session) or the key itself
    session_key: str = ""  # did:key in the JWS kid
    cacao_cid: str = ""  # the CACAO (capability) the JWS names in its cap header
    signature_ok: bool | None = None  # the JWS signature checks out against its kid (None: not a signed commit)
    content: dict[str, Any] | None = None  # the document after this commit
    changed: list[Change] = field(default_factory=list)
    version: int | None = None  # 1 for the genesis, +1 per data commit
    anchored_at: datetime | None = None  # the anchor's timestamp (the commit existed no later than this)
    proof_cid: str = ""  # anchor commits: the proof's CID
    proof: dict[str, Any] | None = None  # anchor commits: chainId / txHash / root / txType, as the node reports
    patch: list[dict[str, Any]] = field(default_factory=list)
    problem: str = ""  # why this commit could not be decoded or applied
    summary: str = ""  # the label fields of the version, short (filled in by the page)

    @property
    def label_changes(self) -> list[Change]:
        return [c for c in self.changed if c.label]

    @property
    def other_changes(self) -> list[Change]:
        """Changes of other fields, but not ``updated_at`` (shown as the version's time)."""
        return [c for c in self.changed if not c.label and c.field != "updated_at"]

    @property
    def signer_kind(self) -> str:
        return str((self.content or {}).get("signer_kind") or "") if self.kind != ANCHOR else ""

    @property
    def saved_at(self) -> str:
        """When this version was saved in Label Studio (the document's ``updated_at``), as 'YYYY-MM-DD HH:MM:SS'."""
        text = str((self.content or {}).get("updated_at") or "") if self.kind != ANCHOR else ""
        if len(text) >= 19 and text[10] == "T":
            return f"{text[:10]} {text[11:19]}" + (" UTC" if text.endswith(("Z", "+00:00")) else "")
        return text


@dataclass
class StreamHistory:
    stream_id: str
    controller: str = ""
    anchor_status: str = ""
    anchor_proof: dict[str, Any] | None = None
    commits: list[CommitView] = field(default_factory=list)
    content: dict[str, Any] | None = None  # the node's current content
    rebuilt_matches_node: bool | None = None  # the rebuilt last version equals the node's content

    @property
    def versions(self) -> int:
        return sum(1 for c in self.commits if c.version is not None)

    @property
    def anchors(self) -> list[CommitView]:
        return [c for c in self.commits if c.kind == ANCHOR]


def _signed(value: dict[str, Any]) -> SignedCommit | None:
    try:
        return SignedCommit.from_http(value)
    except (KeyError, TypeError, ValueError, IndexError):
        return None


def build_history(state: StreamState, commits: list[dict[str, Any]], label_fields: Iterable[str] = ()
                  ) -> StreamHistory:
    """Every commit of a stream in the node's order with its signer, time, anchor and the changes it made."""
    labels = list(label_fields)
    log = {str(e.get("cid")): e for e in state.log}
    proof = state.raw.get("state", {}).get("anchorProof") if isinstance(state.raw, dict) else None
    history = StreamHistory(str(state.stream_id), controller=state.controller or "",
                            anchor_status=str(state.anchor_status or ""), anchor_proof=proof or None,
                            content=state.content if isinstance(state.content, dict) else None)
    current: dict[str, Any] | None = None
    version = 0
    last_anchor: CommitView | None = None
    for i, item in enumerate(commits):
        cid, value = str(item.get("cid")), item.get("value") or {}
        entry = log.get(cid, {})
        view = CommitView(i, cid, _LOG_TYPES.get(entry.get("type"), ""))
        ts = entry.get("timestamp")
        if isinstance(ts, (int, float)):
            view.anchored_at = datetime.fromtimestamp(ts, tz=timezone.utc)
        if "proof" in value and "jws" not in value:
            view.kind, view.proof_cid = ANCHOR, str(value.get("proof") or "")
            last_anchor = view
        elif "jws" in value:
            signed = _signed(value)
            if signed is None:
                view.problem = "the commit is not a readable signed commit"
            else:
                header = signed.header
                kid = str(header.get("kid") or "")
                view.session_key = kid.split("#", 1)[0]
                cap = str(header.get("cap") or "")
                view.cacao_cid = cap[len("ipfs://"):] if cap.startswith("ipfs://") else cap
                view.signer = history.controller if view.cacao_cid else view.session_key
                try:
                    view.signature_ok = signed.verify_signature()
                except (CeramicError, ValueError, TypeError):
                    view.signature_ok = False
                try:
                    body = signed.value
                except (CeramicError, ValueError, TypeError) as exc:
                    body, view.problem = {}, f"the commit's block does not decode: {exc}"
                if not view.kind:
                    view.kind = DATA if "prev" in body else GENESIS
                view = _apply(view, body, current, labels)
        else:  # an unsigned (deterministic) genesis
            view.kind = view.kind or GENESIS
            view = _apply(view, value, current, labels)
        if view.version is not None:
            version += 1
            view.version = version
            current = view.content
        history.commits.append(view)
    if last_anchor is not None and proof:
        last_anchor.proof = proof
    if current is not None and history.content is not None:
        history.rebuilt_matches_node = current == history.content
    return history


def _apply(view: CommitView, body: dict[str, Any], current: dict[str, Any] | None, labels: list[str]) -> CommitView:
    data = body.get("data")
    if view.kind == GENESIS:
        content = data if isinstance(data, dict) else {}
        view.content, view.version = content, 0  # the first version: nothing to compare with
        return view
    if not isinstance(data, list):
        view.problem = "the data commit carries no JSON patch"
        return view
    view.patch = data
    try:
        content = apply_patch(current or {}, data)
    except PatchError as exc:
        view.problem = f"its patch does not apply to the version before it: {exc}"
        return view
    view.content, view.version = content, 0
    view.changed = changes(current, content, labels)
    if isinstance(content, dict) and content.get("deleted") is True and not (current or {}).get("deleted"):
        view.kind = TOMBSTONE
    return view


__all__ = ["Reading", "read_streams", "load_node_copy", "reason_of", "REASONS", "apply_patch", "PatchError",
           "changes", "Change", "CommitView", "StreamHistory", "build_history", "GENESIS", "DATA", "ANCHOR",
           "TOMBSTONE", "NEVER_SYNC"]
