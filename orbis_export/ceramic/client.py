"""HTTP client for a js-ceramic node (``/api/v0``), thread-safe, with a pooled ``requests`` session.

Every failure is raised as one of the :mod:`.errors` family: ``NodeUnavailable`` (retry later)
or ``CommitRejected`` and its subclasses (do not retry unchanged). The node answers most refusals
with HTTP 500 and a message; ``_classify`` maps the known messages.
"""
from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from .commits import (
    MAX_COMMIT_SIZE,
    PreparedCreate,
    PreparedUpdate,
    SignedCommit,
    UnsignedGenesis,
    model_genesis,
)
from .encoding import b64url_encode, parse_cid
from .errors import (
    CapabilityAudienceMismatch,
    CapabilityError,
    CapabilityExpired,
    CapabilityWrongIssuer,
    CapabilityWrongResource,
    CeramicConfigError,
    CeramicError,
    CommitRejected,
    ContentTooLarge,
    NodeUnavailable,
    StaleTip,
    StreamNotFound,
    ValidationRejected,
)
from .http import TRANSIENT_STATUSES, JsonHttpClient
from .keys import Ed25519DIDKey
from .streamid import StreamID

API = "/api/v0"
MAX_HTTP_BODY = 1_000_000  # the node's body-parser limit (1 MB)
CREATE_OPTS = {"anchor": True, "publish": True, "sync": 2, "syncTimeoutSeconds": 0}  # sync 2 = never sync
UPDATE_OPTS = {"anchor": True, "publish": True, "sync": 0}


@dataclass(frozen=True)
class StreamState:
    """What the node says about a stream (the parts callers use; ``raw`` has the rest)."""

    stream_id: StreamID
    type: int
    content: Any
    controllers: tuple[str, ...]
    model: str | None
    context: str | None
    log: tuple[dict[str, Any], ...]
    anchor_status: str | None
    raw: dict[str, Any] = field(repr=False, compare=False)

    @property
    def controller(self) -> str | None:
        return self.controllers[0] if self.controllers else None

    @property
    def tip(self):
        """CID of the last commit (data or anchor): the ``prev`` of the next data commit."""
        return parse_cid(self.log[-1]["cid"])

    @property
    def genesis_cid(self):
        return parse_cid(self.log[0]["cid"])

    @classmethod
    def from_response(cls, body: dict[str, Any]) -> "StreamState":
        # /streams answers {streamId, state}; collection edges carry the bare state
        state = body.get("state") if "state" in body else body
        metadata = state.get("metadata") or {}
        sid = body.get("streamId") or body.get("docId")
        if sid is None:
            sid = StreamID(int(state["type"]), parse_cid(state["log"][0]["cid"]))
        return cls(
            stream_id=StreamID.parse(sid),
            type=state.get("type"),
            content=state.get("content"),
            controllers=tuple(metadata.get("controllers") or ()),
            model=metadata.get("model"),
            context=metadata.get("context"),
            log=tuple(state.get("log") or ()),
            anchor_status=state.get("anchorStatus"),
            raw=body,
        )


@dataclass(frozen=True)
class CollectionPage:
    edges: tuple[dict[str, Any], ...]
    has_next_page: bool
    end_cursor: str | None

    @property
    def streams(self) -> list[StreamState]:
        out = []
        for edge in self.edges:
            node = edge.get("node")
            if node is not None:
                out.append(StreamState.from_response({"state": node}))
        return out


# (pattern in the node's error text, exception class): first match wins. The node (6.11) answers
# almost every refusal with HTTP 500, prefixed "Can not verify signature for commit …" for capability
# problems, so the specific reason must be matched before the generic words.
_REJECTIONS: tuple[tuple[re.Pattern[str], type[CeramicError]], ...] = tuple(
    (re.compile(p, re.I), cls)
    for p, cls in (
        (r"validation error", ValidationRejected),
        (r"builds on stale state", StaleTip),
        (r"exceeds the maximum block size|exceeds maximum size|request entity too large", ContentTooLarge),
        (r"cacao has expired|capability is expired", CapabilityExpired),
        (r"does not have appropriate permissions", CapabilityWrongResource),
        (r"not a valid verificationmethod for issuer", CapabilityAudienceMismatch),
        (r"does not belong to issuer|invalid_signature|signature invalid|invalid point", CapabilityWrongIssuer),
        (r"cacao is not valid yet|capability", CapabilityError),
        (r"loading queue is full|timeout|timed out|econnrefused|econnreset|socket hang up", NodeUnavailable),
        (r"not indexed on this node", CeramicConfigError),
        (r"failed to load stream|stream not found|could not find", StreamNotFound),
        (r"invalid|can ?not|can't|does not match|unsupported|must|needs? to|mismatch|not allowed|reject", CommitRejected),
    )
)


def _classify(status: int, message: str) -> type[CeramicError]:
    if status in TRANSIENT_STATUSES:
        return NodeUnavailable
    if status == 404:
        return StreamNotFound
    for pattern, cls in _REJECTIONS:
        if pattern.search(message):
            return cls
    # unknown 4xx: our request is wrong; unknown 5xx: may pass (bounded retries upstream)
    return CommitRejected if 400 <= status < 500 else NodeUnavailable


class CeramicClient(JsonHttpClient):
    """Talks to one node. Safe to share between threads; the pool holds ``pool`` connections."""

    service = "Ceramic node"
    unavailable = NodeUnavailable
    config_error = CeramicConfigError

    def __init__(self, url: str, *, timeout: float = 30.0, pool: int = 32, connect_timeout: float = 5.0):
        super().__init__(url, timeout=timeout, connect_timeout=connect_timeout, pool=pool,
                         headers={"Content-Type": "application/json", "Accept": "application/json"})
        self._admin_lock = threading.Lock()  # getCode codes are single use: one admin call at a time

    def __repr__(self) -> str:
        return f"CeramicClient({self.url!r})"

    # --- transport ----------------------------------------------------------------------------
    def _request(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        summary: Any = None,
        headers: dict[str, str] | None = None,
        expect_json: bool = True,
    ) -> Any:
        url = f"{self.url}{API}{path}"
        sent = {"method": method, "url": url, **(summary or {})}
        data = None
        if body is not None:
            data = json.dumps(body, separators=(",", ":")).encode("utf-8")
            if len(data) > MAX_HTTP_BODY:
                raise ContentTooLarge(
                    f"request body is {len(data)} bytes; the node refuses bodies over {MAX_HTTP_BODY}", sent=sent
                )
        resp = self._send(method, url, data=data, headers=headers, sent=sent)
        text = resp.text
        if resp.status_code >= 400:
            received, message = self.refusal(resp)
            cls = _classify(resp.status_code, message)
            raise cls(f"Ceramic node refused {method} {path}: {message.strip()[:500]}", sent=sent, received=received,
                      status=resp.status_code)
        if not expect_json:
            return text
        try:
            return resp.json()
        except ValueError:
            raise NodeUnavailable("Ceramic node sent a non-JSON answer", sent=sent, received=text[:500],
                                  status=resp.status_code) from None

    # --- health -------------------------------------------------------------------------------
    def healthcheck(self) -> bool:
        """True when the node says ``Alive!``; raises NodeUnavailable when unreachable."""
        return self._request("GET", "/node/healthcheck", expect_json=False).strip() == "Alive!"

    # --- writes -------------------------------------------------------------------------------
    def create_stream(
        self, genesis: SignedCommit | UnsignedGenesis, stream_type: int, *, opts: dict[str, Any] | None = None,
        expected_id: StreamID | None = None,
    ) -> StreamState:
        summary = {"stream_type": stream_type, "genesis_cid": str(genesis.cid)}
        if isinstance(genesis, SignedCommit) and len(genesis.linked_block) > MAX_COMMIT_SIZE:
            raise ContentTooLarge(f"genesis is {len(genesis.linked_block)} bytes (node limit {MAX_COMMIT_SIZE}); not sent",
                                  sent=summary)
        if expected_id is not None:
            summary["stream_id"] = str(expected_id)
        body = {"type": stream_type, "genesis": genesis.to_http(), "opts": {**CREATE_OPTS, **(opts or {})}}
        state = StreamState.from_response(self._request("POST", "/streams", body=body, summary=summary))
        if expected_id is not None and state.stream_id != expected_id:
            raise CommitRejected(
                f"node created {state.stream_id}, not the predicted {expected_id}", sent=summary, received=state.raw
            )
        return state

    def create(self, prepared: PreparedCreate, *, opts: dict[str, Any] | None = None) -> StreamState:
        """Post a prepared genesis; checks the node agrees with the predicted stream ID.

        For a deterministic (SET / SINGLE) genesis this is idempotent: it returns the existing stream."""
        return self.create_stream(prepared.genesis, prepared.stream_type, opts=opts, expected_id=prepared.stream_id)

    def apply_commit(self, stream_id: StreamID | str, commit: SignedCommit, *, opts: dict[str, Any] | None = None) -> StreamState:
        sid = str(StreamID.parse(stream_id))
        summary = {"stream_id": sid, "commit_cid": str(commit.cid)}
        if len(commit.linked_block) > MAX_COMMIT_SIZE:
            raise ContentTooLarge(f"commit is {len(commit.linked_block)} bytes (node limit {MAX_COMMIT_SIZE}); not sent",
                                  sent=summary)
        body = {"streamId": sid, "commit": commit.to_http(), "opts": {**UPDATE_OPTS, **(opts or {})}}
        return StreamState.from_response(self._request("POST", "/commits", body=body, summary=summary))

    def apply(self, prepared: PreparedUpdate, *, opts: dict[str, Any] | None = None) -> StreamState:
        return self.apply_commit(prepared.stream_id, prepared.commit, opts=opts)

    def deploy_model(self, signer: Any, definition: dict[str, Any]) -> StreamID:
        """Create (or find again: the ID is deterministic) a Model stream; returns its ID."""
        prepared = model_genesis(signer, definition)
        return self.create(prepared).stream_id

    # --- reads --------------------------------------------------------------------------------
    def load(self, stream_id: StreamID | str, *, sync: int | None = None) -> StreamState:
        """The stream's state. ``sync``: js-ceramic's SyncOptions (0 prefer cache, 1 sync always, 2 never sync: the
        node's own copy, without first spending its sync timeout looking for the stream on the network)."""
        sid = str(StreamID.parse(stream_id))
        query = f"?sync={int(sync)}" if sync is not None else ""
        return StreamState.from_response(self._request("GET", f"/streams/{sid}{query}", summary={"stream_id": sid}))

    def load_content(self, stream_id: StreamID | str) -> Any:
        sid = str(StreamID.parse(stream_id))
        return self._request("GET", f"/streams/{sid}/content", summary={"stream_id": sid})

    def list_commits(self, stream_id: StreamID | str) -> list[dict[str, Any]]:
        """``[{cid, value}]`` oldest first (the last may be an anchor commit)."""
        sid = str(StreamID.parse(stream_id))
        return list(self._request("GET", f"/commits/{sid}", summary={"stream_id": sid}).get("commits") or [])

    def tip(self, stream_id: StreamID | str):
        commits = self.list_commits(stream_id)
        if not commits:
            raise StreamNotFound(f"stream {stream_id} has no commits", sent={"stream_id": str(stream_id)})
        return parse_cid(commits[-1]["cid"])

    def query(
        self,
        model: StreamID | str,
        *,
        account: str | None = None,
        first: int | None = 100,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        query_filters: dict[str, Any] | None = None,
        sorting: dict[str, Any] | None = None,
    ) -> CollectionPage:
        """One page of the node's index for ``model`` (the model must be indexed on that node)."""
        body: dict[str, Any] = {"model": str(StreamID.parse(model))}
        if account is not None:
            body["account"] = account
        if last is not None:
            body["last"] = last
            if before is not None:
                body["before"] = before
        else:
            body["first"] = first
            if after is not None:
                body["after"] = after
        if query_filters is not None:
            body["queryFilters"] = query_filters
        if sorting is not None:
            body["sorting"] = sorting
        answer = self._request("POST", "/collection", body=body, summary={"query": body})
        info = answer.get("pageInfo") or {}
        return CollectionPage(tuple(answer.get("edges") or ()), bool(info.get("hasNextPage")), info.get("endCursor"))

    def iter_collection(self, model: StreamID | str, *, account: str | None = None, page_size: int = 100,
                        query_filters: dict[str, Any] | None = None) -> Iterator[StreamState]:
        after = None
        while True:
            page = self.query(model, account=account, first=page_size, after=after, query_filters=query_filters)
            yield from page.streams
            if not page.has_next_page or not page.end_cursor:
                return
            after = page.end_cursor

    def count(self, model: StreamID | str, *, account: str | None = None,
              query_filters: dict[str, Any] | None = None) -> int:
        body: dict[str, Any] = {"model": str(StreamID.parse(model))}
        if account is not None:
            body["account"] = account
        if query_filters is not None:
            body["queryFilters"] = query_filters
        return int(self._request("POST", "/collection/count", body=body, summary={"query": body})["count"])

    # --- admin --------------------------------------------------------------------------------
    def _admin_jws(self, admin_key: Ed25519DIDKey, payload: dict[str, Any]) -> str:
        """Compact JWS as ``dids.createJWS`` makes it (sorted header and payload keys, compact JSON)."""
        if not isinstance(admin_key, Ed25519DIDKey):
            raise CeramicConfigError("admin calls are signed with an Ed25519DIDKey listed in the node's admin-dids")
        header = b64url_encode(json.dumps({"alg": "EdDSA", "kid": admin_key.kid}, sort_keys=True, separators=(",", ":")).encode())
        body = b64url_encode(json.dumps(payload, sort_keys=True, separators=(",", ":")).encode())
        signature = b64url_encode(admin_key.sign(f"{header}.{body}".encode()))
        return f"{header}.{body}.{signature}"

    def _admin_code(self) -> str:
        return str(self._request("GET", "/admin/getCode")["code"])

    def admin_index_models(self, admin_key: Ed25519DIDKey, model_ids: Iterable[StreamID | str]) -> None:
        """Start indexing models (needed before rows of them can be listed; rows are not backfilled)."""
        ids = [str(StreamID.parse(m)) for m in model_ids]
        path = f"{API}/admin/modelData"
        with self._admin_lock:
            code = self._admin_code()
            jws = self._admin_jws(admin_key, {"code": code, "requestPath": path,
                                              "requestBody": {"modelData": [{"streamID": m} for m in ids]}})
            self._request("POST", "/admin/modelData", body={"jws": jws}, summary={"index_models": ids},
                          expect_json=False)

    def admin_indexed_models(self, admin_key: Ed25519DIDKey) -> list[str]:
        path = f"{API}/admin/models"
        with self._admin_lock:
            code = self._admin_code()
            jws = self._admin_jws(admin_key, {"code": code, "requestPath": path})
            answer = self._request("GET", "/admin/models", headers={"Authorization": f"Basic {jws}"})
        return [m if isinstance(m, str) else m.get("streamID") for m in answer.get("models", [])]
