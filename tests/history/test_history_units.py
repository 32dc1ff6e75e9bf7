"""Units of the history reader (no Django, no Ceramic node): versions rebuilt from commits built with the protocol
core, JSON patches checked against the reference RFC 6902 implementation, and the per-row reasons and time bounds of
the node reads against a small loopback HTTP server that misbehaves on purpose."""
from __future__ import annotations

import copy
import http.server
import json
import socket
import threading
import time

import jsonpatch
import pytest
from eth_account import Account

from orbis_export.ceramic import CeramicClient, Ed25519DIDKey, StreamState, data_commit, json_patch, list_genesis
from orbis_export.history import (
    ANCHOR,
    DATA,
    GENESIS,
    TOMBSTONE,
    PatchError,
    apply_patch,
    build_history,
    changes,
    read_streams,
)
from tests.unit.ceramic.conftest import make_session

MODEL = "kjzl6hvfrbw6c8t3fajpujkiryv493d0wafz2wcfdsxtt46whv43uq5y52kqcp5"
VERSIONS = [
    {"text": "a review", "sentiment": "Positive", "tags": ["a"], "deleted": False},
    {"text": "a review", "sentiment": "Negative", "tags": ["a", "b"], "deleted": False},
    {"text": "a review", "sentiment": "Negative", "tags": ["b"], "deleted": True},
]


@pytest.mark.parametrize("old,new", [
    (VERSIONS[0], VERSIONS[1]), (VERSIONS[1], VERSIONS[2]), ({}, VERSIONS[0]), (VERSIONS[2], {}),
    ({"a": {"b": [1, 2, {"c": 3}]}}, {"a": {"b": [2, {"c": 4}], "d": None}}), ({"a~/b": 1}, {"a~/b": 2, "x/y": [1]}),
])
def test_patches_rebuild_the_next_version_like_the_reference(old, new):
    before = copy.deepcopy(old)
    ops = json_patch(old, new)  # what our data commits carry (fast-json-patch order)
    assert apply_patch(old, ops) == new == jsonpatch.apply_patch(old, ops)
    assert old == before  # the input is not modified


def test_a_patch_that_does_not_apply_says_why():
    with pytest.raises(PatchError, match="remove '/nope'"):
        apply_patch({"a": 1}, [{"op": "remove", "path": "/nope"}])
    with pytest.raises(PatchError, match="unknown patch operation"):
        apply_patch({}, [{"op": "frobnicate", "path": "/a"}])


@pytest.fixture
def session_factory():
    wallet = Account.from_key("0x" + "33" * 32)
    return lambda **kwargs: make_session(wallet, **kwargs)


def test_changes_put_label_fields_first():
    got = changes({"sentiment": "A", "updated_at": "1", "text": "t"}, {"sentiment": "B", "updated_at": "2", "text": "u"},
                  ["sentiment"])
    assert [(c.field, c.old, c.new, c.label) for c in got] == [
        ("sentiment", "A", "B", True), ("text", "t", "u", False), ("updated_at", "1", "2", False)]


def _state(stream_id, log, content, controller, anchor_status="PENDING", proof=None):
    state = {"type": 3, "content": content, "metadata": {"controllers": [controller], "model": MODEL}, "log": log,
             "anchorStatus": anchor_status}
    if proof:
        state["anchorProof"] = proof
    return StreamState.from_response({"streamId": str(stream_id), "state": state})


def test_build_history_from_signed_commits(session_factory):
    session = session_factory()
    genesis = list_genesis(session, MODEL, VERSIONS[0])
    sid = genesis.stream_id
    c1 = data_commit(session, sid, genesis.genesis.cid, VERSIONS[0], VERSIONS[1], model=MODEL)
    c2 = data_commit(session, sid, c1.commit.cid, VERSIONS[1], VERSIONS[2], model=MODEL)
    anchor_cid = "bafyreig5wkuehuv3wwzic5526pyx7o3qjrt5ux5no4ipkskayvfwujfcta"
    commits = [{"cid": str(genesis.genesis.cid), "value": genesis.genesis.to_http()},
               {"cid": str(c1.commit.cid), "value": c1.commit.to_http()},
               {"cid": str(c2.commit.cid), "value": c2.commit.to_http()},
               {"cid": anchor_cid, "value": {"id": str(genesis.genesis.cid), "prev": str(c2.commit.cid), "path": "",
                                             "proof": "bafyreiproof"}}]
    log = [{"cid": c["cid"], "type": t, "timestamp": 1796209474} for c, t in zip(commits, (0, 1, 1, 2))]
    proof = {"chainId": "inmemory:12345", "txHash": "bafyreitx", "root": str(c2.commit.cid), "txType": "f(bytes32)"}
    h = build_history(_state(sid, log, VERSIONS[2], session.did, "ANCHORED", proof), commits, ["sentiment", "tags"])
    assert [c.kind for c in h.commits] == [GENESIS, DATA, TOMBSTONE, ANCHOR]
    assert [c.version for c in h.commits] == [1, 2, 3, None]
    assert [c.signer for c in h.commits[:3]] == [session.did] * 3  # the CACAO issuer (the controller)
    assert {c.session_key for c in h.commits[:3]} == {session.session_did}
    assert {c.cacao_cid for c in h.commits[:3]} == {str(session.cacao.cid)}
    assert all(c.signature_ok for c in h.commits[:3])
    assert [(x.field, x.old, x.new) for x in h.commits[1].label_changes] == [
        ("sentiment", "Positive", "Negative"), ("tags", ["a"], ["a", "b"])]
    assert [(x.field, x.old, x.new) for x in h.commits[2].changed] == [("tags", ["a", "b"], ["b"]),
                                                                       ("deleted", False, True)]
    assert h.commits[3].proof == proof and h.commits[3].proof_cid == "bafyreiproof"
    assert h.commits[0].anchored_at.year == 2026 and h.rebuilt_matches_node is True
    # a node whose content differs from what its commits rebuild is shown as such
    assert build_history(_state(sid, log, VERSIONS[1], session.did), commits).rebuilt_matches_node is False


def test_a_forged_signature_is_flagged(session_factory):
    session = session_factory()
    genesis = list_genesis(session, MODEL, VERSIONS[0])
    value = genesis.genesis.to_http()
    other = list_genesis(Ed25519DIDKey.generate(), MODEL, VERSIONS[0]).genesis.to_http()
    value["jws"]["signatures"][0]["signature"] = other["jws"]["signatures"][0]["signature"]
    h = build_history(_state(genesis.stream_id, [{"cid": str(genesis.genesis.cid), "type": 0}], VERSIONS[0],
                             session.did), [{"cid": str(genesis.genesis.cid), "value": value}])
    assert h.commits[0].signature_ok is False


class _Node(http.server.BaseHTTPRequestHandler):
    """Alive, but slow on one stream and 'not found' on another."""

    slow: set[str] = set()

    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path.endswith("/node/healthcheck"):
            return self._send(200, b"Alive!", "text/plain")
        sid = self.path.split("/streams/", 1)[-1].split("?", 1)[0]
        assert "sync=2" in self.path, self.path  # the node's own copy, never a network sync
        if sid in self.slow:
            time.sleep(3)
            return self._send(504, b"{}")
        return self._send(500, json.dumps({"error": f"Failed to load stream {sid}"}).encode())

    def _send(self, status, body, ctype="application/json"):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except OSError:
            pass


def test_reads_give_a_reason_per_row_within_the_deadline():
    ids = [str(list_genesis(Ed25519DIDKey.generate(), MODEL, {"n": i}).stream_id) for i in range(6)]
    _Node.slow = set(ids[:4])
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Node)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with CeramicClient(f"http://127.0.0.1:{server.server_port}", timeout=1.0, connect_timeout=1.0, pool=8) as c:
            started = time.monotonic()
            got = read_streams(c, ids, workers=8, deadline=2.0, timeout=1.0)
            took = time.monotonic() - started
    finally:
        server.shutdown()
    assert took < 2.0, took  # in parallel: six reads, one timeout's worth of time
    assert [got[s].reason for s in ids] == ["timeout"] * 4 + ["not_found"] * 2
    assert "no answer within 1 s" in got[ids[0]].detail


def test_a_node_that_is_down_costs_one_check_not_one_per_row():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    ids = [str(list_genesis(Ed25519DIDKey.generate(), MODEL, {"n": i}).stream_id) for i in range(50)]
    with CeramicClient(f"http://127.0.0.1:{port}", timeout=1.0, connect_timeout=1.0) as c:
        started = time.monotonic()
        got = read_streams(c, ids)
    assert time.monotonic() - started < 1.5
    assert {r.reason for r in got.values()} == {"node_down"} and "unreachable" in got[ids[0]].detail
