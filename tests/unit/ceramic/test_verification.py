"""orbis_export.ceramic.verification: each check of a stream, against commits built with the protocol core.

The node is a test double here (this module's logic only): it answers ``list_commits``/``load`` the way js-ceramic
6.11 does — signed commits as ``{jws, linkedBlock}`` *without* the CACAO block (checked against the real node), which
the verifier must fetch from a block source. ``RECORDED`` is a real node's answer for an anchored stream.
"""
from __future__ import annotations

import base64
import dataclasses
import json
import os
from datetime import datetime, timedelta, timezone

import pytest
from eth_account import Account

from orbis_export.ceramic import (
    Cacao,
    CeramicClient,
    Ed25519DIDKey,
    Session,
    StreamID,
    StreamNotFound,
    StreamState,
    compose_siwe,
    deterministic_genesis,
    PreparedCreate,
    json_patch,
    list_genesis,
    sign_commit,
)
from orbis_export.ceramic.encoding import b64_encode_nopad, cid_of_block, encode_dag_cbor, normalize_content, parse_cid
from orbis_export.ceramic.verification import (
    CheckedBlocks,
    MappingBlocks,
    Reason,
    block_sources,
    verify_stream,
    verify_streams,
)
from tests.fixtures.wallets import sign

RECORDED = json.loads(
    '{"stream":"kjzl6kcym7w8y6f6wy8r5u4ylzrlfjhco3qarq817vqrom5nzvgz7yptw4a41o3","model":"kjzl6hvfrbw6c5iybk4a0e5'
    'i4pr67v7oex38cknanjslhq9faz1w5kx3zdck2ch","commits":[{"cid":"bagcqcerahxanw5wrz7so6cn5lsuhsltbdqoiwawak47wvm'
    'ddnyynkygn7nzq","value":{"jws":{"payload":"AXESIA8C4XN_Xeoo5fqeJtRztfQBunK7HdkkrEHT90lL1xNH","signatures":[{'
    '"signature":"ScCRo3EGXLgl1TbvKtaRsBgsy3FzUfslijjm7vTZlipk_e4_raag5ZM9-y8pLmVP-gkIC5gINIkZUM9yRecODw","protec'
    'ted":"eyJhbGciOiJFZERTQSIsImNhcCI6ImlwZnM6Ly9iYWZ5cmVpZnZwNXAzdW10cmp3Znk0c2d4bmh3ZGM1dnFtbWNiMmgyNWFmcXlwNn'
    'F6cWVxbnNxcHd1bSIsImtpZCI6ImRpZDprZXk6ejZNa251OW9udzlrcDJWWVBuM0ZwM3hRU3p3WVkzcGtuRTQzNG5kd3o3aTJTdFQ2I3o2TW'
    'tudTlvbnc5a3AyVllQbjNGcDN4UVN6d1lZM3BrbkU0MzRuZHd6N2kyU3RUNiJ9"}],"link":"bafyreiapalqxg7255iuol6u6e3khhnpua'
    'g5hfoy53eskyqot65euxvyti4"},"linkedBlock":"omRkYXRhoWFhYXhmaGVhZGVypGNzZXBlbW9kZWxlbW9kZWxYKM4BAgGFARIgFJXZL'
    '3b4TAXSiWJ5b1EC2xjNmUrRlcSNQ3a4vOJXGOFmdW5pcXVlTEj20AuxLkoh7SzzKmtjb250cm9sbGVyc4F4O2RpZDpwa2g6ZWlwMTU1OjE6M'
    'Hg4OTNmNjIzYjA1MTM5OTEzNmEzYmE3OGEwYTdlZjI3YzRjZWVjNjM5"}},{"cid":"bagcqceravvvjyaj5fxcrvp25fawcob24mwcdkarq'
    'dyhbwgeehrcegughwraq","value":{"jws":{"payload":"AXESIOOB1IxMQky3i5RxGJN9Hor0z4QvfclMuqQzQH29MRc3","signatur'
    'es":[{"signature":"eTqqCI662nJPBZ4yF5yI2WfndydDLTe6IQjdEzK7P22STrrUAMeMDuyh_dGnwb6jh5BAEtnHazyk4_r8BChtBA","'
    'protected":"eyJhbGciOiJFZERTQSIsImNhcCI6ImlwZnM6Ly9iYWZ5cmVpZnZwNXAzdW10cmp3Znk0c2d4bmh3ZGM1dnFtbWNiMmgyNWFm'
    'cXlwNnF6cWVxbnNxcHd1bSIsImtpZCI6ImRpZDprZXk6ejZNa251OW9udzlrcDJWWVBuM0ZwM3hRU3p3WVkzcGtuRTQzNG5kd3o3aTJTdFQ2'
    'I3o2TWtudTlvbnc5a3AyVllQbjNGcDN4UVN6d1lZM3BrbkU0MzRuZHd6N2kyU3RUNiJ9"}],"link":"bafyreihdqhkiytccjs3yxfdrdcj'
    'x2huk6thyil35zfglvjbtib632mixg4"},"linkedBlock":"o2JpZNgqWCYAAYUBEiA9wNt20c/k7wm9XKh5LmEcHIsCwFc/arBjbjDVYM3'
    '7c2RkYXRhgaNib3BncmVwbGFjZWRwYXRoYi9hZXZhbHVlYXlkcHJldtgqWCYAAYUBEiA9wNt20c/k7wm9XKh5LmEcHIsCwFc/arBjbjDVYM3'
    '7cw"}},{"cid":"bafyreidkuxqiktptvsdug5xpryoq2u34za6rcwlc54a6pnmhhveuwnrgti","value":{"id":"bagcqcerahxanw5wr'
    'z7so6cn5lsuhsltbdqoiwawak47wvmddnyynkygn7nzq","path":"","prev":"bagcqceravvvjyaj5fxcrvp25fawcob24mwcdkarqdyh'
    'bwgeehrcegughwraq","proof":"bafyreihr3xegsaa7wtyxtzovcudi6vykt755xtm72gvvtlqxv7kkx2275e"}}],"state":{"stream'
    'Id":"kjzl6kcym7w8y6f6wy8r5u4ylzrlfjhco3qarq817vqrom5nzvgz7yptw4a41o3","state":{"type":3,"content":{"a":"y"},'
    '"metadata":{"controllers":["did:pkh:eip155:1:0x893f623b051399136a3ba78a0a7ef27c4ceec639"],"model":"kjzl6hvfr'
    'bw6c5iybk4a0e5i4pr67v7oex38cknanjslhq9faz1w5kx3zdck2ch","unique":"SPbQC7EuSiHtLPMq"},"signature":2,"anchorSt'
    'atus":"ANCHORED","log":[{"cid":"bagcqcerahxanw5wrz7so6cn5lsuhsltbdqoiwawak47wvmddnyynkygn7nzq","type":0,"exp'
    'irationTime":1796213220,"timestamp":1796209620},{"cid":"bagcqceravvvjyaj5fxcrvp25fawcob24mwcdkarqdyhbwgeehrc'
    'egughwraq","type":1,"expirationTime":1796213220,"timestamp":1796209620},{"cid":"bafyreidkuxqiktptvsdug5xpryo'
    'q2u34za6rcwlc54a6pnmhhveuwnrgti","type":2,"timestamp":1796209620}],"anchorProof":{"root":"bagcqceravvvjyaj5f'
    'xcrvp25fawcob24mwcdkarqdyhbwgeehrcegughwraq","txHash":"bafyreiahhtlhfph5h6qk2kky4i33ot3hjqw5dut64f665syxiqzw'
    'ghv3ou","txType":"f(bytes32)","chainId":"inmemory:12345"},"doctype":"MID"}},"blocks":{"bafyreifvp5p3umtrjwfy'
    '4sgxnhwdc5vqmmcb2h25afqyp6qzqeqnsqpwum":"o2FooWF0Z2VpcDQzNjFhcKhjYXVkeDhkaWQ6a2V5Ono2TWtudTlvbnc5a3AyVllQbjN'
    'GcDN4UVN6d1lZM3BrbkU0MzRuZHd6N2kyU3RUNmNleHB4GDIwMjYtMTItMDJUMTI6MDc6MDAuMjEyWmNpYXR4GDIwMjYtMTItMDJUMTE6MDc'
    '6MDAuMjEyWmNpc3N4O2RpZDpwa2g6ZWlwMTU1OjE6MHg4OTNmNjIzYjA1MTM5OTEzNmEzYmE3OGEwYTdlZjI3YzRjZWVjNjM5ZW5vbmNla2F'
    'iY2RlZmdoMTIzZmRvbWFpbmlsb2NhbGhvc3RndmVyc2lvbmExaXJlc291cmNlc4J4UWNlcmFtaWM6Ly8qP21vZGVsPWtqemw2aHZmcmJ3NmM'
    '1aXliazRhMGU1aTRwcjY3djdvZXgzOGNrbmFuanNsaHE5ZmF6MXc1a3gzemRjazJjaHhRY2VyYW1pYzovLyo/bW9kZWw9a2p6bDZodmZyYnc'
    '2YzdxcmdxcjdiNDgxNnh6a3FpM2xxenRtcjlyMGQ2cHRmaTZianEwZ2JwdTEzYTJ4ZmVrYXOiYXN4hDB4YzJlNTY5NmQ2NmRhN2Y2ZjVkZGU'
    '1NDAyZDM1MGIwNmNjNTI3NWU0OWY3YTgyZmY4NDUwM2RjYjc5OWM0MzUwZDVlMDkxZTJkYzUyNmQ4NjE0MWE1ZTU4MDc2ZTRmOTU0Y2UxMzA'
    '0MmNjNTI4ZDZiYmFjOTk5NGEzYjUyNjRlNDUxY2F0ZmVpcDE5MQ==","bafyreihr3xegsaa7wtyxtzovcudi6vykt755xtm72gvvtlqxv7k'
    'kx2275e":"pGRyb2902CpYJgABhQESIK1qnAE9LcUav10oLCcHXGWENQIwHg4bGIQ8RENQx7RBZnR4SGFzaNgqWCUAAXESIAc81nK8/T+grS'
    'lY4je3T2dMLdHSfuF97ssXRDNjHrt1ZnR4VHlwZWpmKGJ5dGVzMzIpZ2NoYWluSWRuaW5tZW1vcnk6MTIzNDU="}}'
)

MODEL = "kjzl6hvfrbw6c8t3fajpujkiryv493d0wafz2wcfdsxtt46whv43uq5y52kqcp5"
OTHER_MODEL = "kjzl6hvfrbw6c5cggrw5jcoufd40i48qit13in46ypt1qgq30nllax5v3jtyhus"
WALLET = Account.from_key("0x" + "22" * 32)
OTHER_WALLET = Account.from_key("0x" + "33" * 32)
NOW = datetime.now(timezone.utc)


def session(wallet=WALLET, *, resources=None, iat=None, exp=None, key=None, aud=None, claimed=None):
    """A session as the login flow makes one. ``aud``: delegate to another key than ``key``; ``claimed``: write the
    SIWE text (and so the CACAO issuer) for this address while ``wallet`` signs it (a forgery)."""
    key = key or Ed25519DIDKey.generate()
    msg = compose_siwe(session_did=aud or key.did, address=(claimed or wallet).address, nonce="abcdEFGH1234",
                       domain="labels.example.org", resources=resources or [f"ceramic://*?model={MODEL}"],
                       issued_at=iat or NOW - timedelta(minutes=1), expires_at=exp or NOW + timedelta(hours=1))
    return Session.unchecked(key, Cacao.from_siwe(msg, sign(wallet, msg.text())))


class Stream:
    """A stream built commit by commit, served by :class:`FakeNode` exactly as the node serves it."""

    def __init__(self, signer, content, *, model=MODEL):
        self.model = model
        prepared = list_genesis(signer, model, content) if isinstance(signer, Ed25519DIDKey) else \
            _raw_genesis(signer, model, content)
        self.sid = prepared.stream_id
        self.controller = signer.did
        self.content = normalize_content(content)
        self.entries = [{"cid": str(prepared.genesis.cid), "type": 0}]
        self.values = [_node_form(prepared.genesis)]
        self.blocks = {}
        self._keep_cacao(prepared.genesis)

    def _keep_cacao(self, commit):
        if commit.cacao_block is not None:
            self.blocks[str(cid_of_block(commit.cacao_block))] = commit.cacao_block

    @property
    def tip(self):
        return self.entries[-1]["cid"]

    def update(self, signer, new, *, prev=None, stream_id=None, replace=None):
        """Append a data commit signed by ``signer`` (no local capability check: the verifier must catch it)."""
        new = normalize_content(new)
        raw = {"data": json_patch(self.content, new), "prev": parse_cid(prev or self.tip),
               "id": StreamID.parse(stream_id or self.sid).cid}
        commit = sign_commit(signer, raw, check_capability=False)
        if replace is not None:
            commit = replace(commit)
        self.entries.append({"cid": str(commit.cid), "type": 1})
        self.values.append(_node_form(commit))
        self._keep_cacao(commit)
        self.content = new
        return commit

    def anchor_at(self, when, upto=None):
        """Give the first ``upto`` (default all) log entries the node's anchor ``timestamp``."""
        for entry in self.entries[:upto]:
            entry["timestamp"] = int(when.timestamp())


class FakeNode:
    """``list_commits``/``load`` of js-ceramic 6.11 for the streams it holds."""

    def __init__(self, *streams, content=None):
        self.streams = {str(s.sid): s for s in streams}
        self.content = content  # replaces the served content (a lying node)
        self.calls = 0

    def list_commits(self, sid):
        self.calls += 1
        stream = self.streams.get(str(sid))
        if stream is None:
            raise StreamNotFound(f"stream {sid} not found")
        return [{"cid": e["cid"], "value": v} for e, v in zip(stream.entries, stream.values)]

    def load(self, sid):
        stream = self.streams[str(sid)]
        return StreamState.from_response({"streamId": str(sid), "state": {
            "type": 3, "content": self.content if self.content is not None else stream.content,
            "metadata": {"controllers": [stream.controller], "model": stream.model},
            "log": [dict(e) for e in stream.entries], "anchorStatus": "PENDING"}})


def _raw_genesis(signer, model, content):
    """list_genesis without its capability check (to build genesis commits the verifier must refuse)."""
    header = {"controllers": [signer.did], "model": StreamID.parse(model).bytes, "sep": "model",
              "unique": os.urandom(12)}
    commit = sign_commit(signer, {"data": normalize_content(content), "header": header}, check_capability=False)
    return PreparedCreate(StreamID(3, commit.cid), commit)


def _node_form(commit):
    """What GET /api/v0/commits returns for a signed commit: no cacaoBlock (js-ceramic 6.11)."""
    value = commit.to_http()
    value.pop("cacaoBlock", None)
    return value


def verify(node, stream, **kwargs):
    kwargs.setdefault("blocks", stream.blocks)
    return verify_stream(node, stream.sid, **kwargs)


def failed_at(verdict, index, reason):
    assert not verdict.verified, verdict.summary()
    failure = verdict.failure
    assert (failure.index, failure.reason) == (index, reason), str(failure)
    assert failure.cid == verdict.commits[index].cid
    return failure


# --- a valid stream -------------------------------------------------------------------------------


def test_valid_stream_verifies_with_controller_model_and_content():
    s = session()
    stream = Stream(s, {"task": 1, "label": "cat"})
    stream.update(s, {"task": 1, "label": "dog"})
    stream.update(s, {"task": 1, "label": "bird", "score": 0.5})
    verdict = verify(FakeNode(stream), stream, model=MODEL)
    assert verdict.verified, verdict.summary()
    assert verdict.failures == () and verdict.reason is None
    assert verdict.controller == s.did and verdict.controller_kind == "wallet"
    assert verdict.model == MODEL and verdict.commit_count == 3
    assert [c.kind for c in verdict.commits] == ["genesis", "data", "data"]
    assert {c.signer for c in verdict.commits} == {s.session_did}
    assert {c.capability for c in verdict.commits} == {str(s.cacao.cid)}
    assert verdict.content == {"task": 1, "label": "bird", "score": 0.5}
    as_json = json.loads(json.dumps(verdict.as_dict()))
    assert as_json["verified"] is True and as_json["commitCount"] == 3 and as_json["controllerKind"] == "wallet"
    assert "verified: 3 commits" in verdict.summary()


def test_the_cacao_comes_from_a_block_source_and_is_hash_checked():
    s = session()
    stream = Stream(s, {"task": 1})
    node = FakeNode(stream)
    without = verify(node, stream, blocks=None)
    failed_at(without, 0, Reason.CACAO_UNAVAILABLE)
    assert "blocks=" in without.failure.message
    # a source answering with another block for the CID is ignored, as if it had none
    other = session().cacao.block
    liar = MappingBlocks({str(s.cacao.cid): other})
    failed_at(verify(node, stream, blocks=liar), 0, Reason.CACAO_UNAVAILABLE)
    # the CACAO given with the commit itself (our own HTTP form) needs no source
    stream.values[0] = stream.values[0] | {"cacaoBlock": b64_encode_nopad(s.cacao.block)}
    assert verify(node, stream, blocks=None).verified
    stream.values[0]["cacaoBlock"] = b64_encode_nopad(other)
    failed_at(verify(node, stream, blocks=None), 0, Reason.CACAO_MISMATCH)


def test_a_stream_controlled_by_a_did_key_verifies_and_refuses_another_key():
    service = Ed25519DIDKey.generate()
    stream = Stream(service, {"task": 2})
    stream.update(service, {"task": 2, "deleted": True})
    verdict = verify(FakeNode(stream), stream)
    assert verdict.verified and verdict.controller == service.did and verdict.controller_kind == "key"
    stream.update(Ed25519DIDKey.generate(), {"task": 3})
    failed_at(verify(FakeNode(stream), stream), 2, Reason.SIGNER_NOT_CONTROLLER)


def test_deterministic_stream_with_unsigned_genesis_verifies():
    s = session()
    prepared = deterministic_genesis(s.did, MODEL, unique=["task-1"])
    stream = Stream.__new__(Stream)
    stream.model, stream.sid, stream.controller, stream.content = MODEL, prepared.stream_id, s.did, None
    stream.entries = [{"cid": str(prepared.genesis.cid), "type": 0}]
    stream.values = [prepared.genesis.to_http()]
    stream.blocks = {}
    stream.update(s, {"task": "task-1", "label": "a"})
    verdict = verify(FakeNode(stream), stream)
    assert verdict.verified, verdict.summary()
    assert verdict.commits[0].signer is None and verdict.content == {"task": "task-1", "label": "a"}
    # an unsigned genesis carrying data could have been written by anyone
    stream.values[0] = dict(stream.values[0], data={"task": "forged"})
    stream.entries[0]["cid"] = str(cid_of_block(encode_dag_cbor(
        {"data": {"task": "forged"}, "header": prepared.genesis.value["header"]})))
    verdict = verify(FakeNode(stream), stream)
    assert not verdict.verified and verdict.failure.reason == Reason.STREAM_ID_MISMATCH


# --- each forgery fails with its own reason ---------------------------------------------------------


def test_commit_signed_by_another_key_is_bad_signature():
    s = session()
    stream = Stream(s, {"task": 1})

    def resign(commit):  # same header (naming the session key), signature by another key
        other = Ed25519DIDKey.generate().sign(f"{commit.protected}.{commit.payload}".encode())
        return dataclasses.replace(commit, signature=base64.urlsafe_b64encode(other).rstrip(b"=").decode())

    stream.update(s, {"task": 2}, replace=resign)
    failed_at(verify(FakeNode(stream), stream), 1, Reason.BAD_SIGNATURE)


def test_cacao_for_another_address_is_cacao_wrong_address():
    stream = Stream(session(), {"task": 1})
    stream.update(session(OTHER_WALLET), {"task": 2})  # a valid session, but of another wallet
    failure = failed_at(verify(FakeNode(stream), stream), 1, Reason.CACAO_WRONG_ADDRESS)
    assert OTHER_WALLET.address.lower() in failure.message


def test_forged_siwe_signature_is_cacao_bad_siwe_signature():
    stream = Stream(session(), {"task": 1})
    forged = session(OTHER_WALLET, claimed=WALLET)  # claims WALLET as issuer, signed by OTHER_WALLET
    assert forged.did == stream.controller
    stream.update(forged, {"task": 2})
    failed_at(verify(FakeNode(stream), stream), 1, Reason.CACAO_BAD_SIWE_SIGNATURE)


def test_broken_prev_link_is_broken_link():
    s = session()
    stream = Stream(s, {"task": 1})
    stream.update(s, {"task": 2})
    stream.update(s, {"task": 3}, prev=stream.entries[0]["cid"])  # skips commit 1
    failure = failed_at(verify(FakeNode(stream), stream), 2, Reason.BROKEN_LINK)
    assert "`prev`" in failure.message


def test_commit_of_another_stream_is_broken_link():
    s = session()
    stream, elsewhere = Stream(s, {"task": 1}), Stream(s, {"task": 9})
    stream.update(s, {"task": 2}, stream_id=elsewhere.sid)
    failure = failed_at(verify(FakeNode(stream), stream), 1, Reason.BROKEN_LINK)
    assert "`id`" in failure.message


def test_expired_capability_is_cacao_expired_unless_anchored_in_time():
    expired = session(iat=NOW - timedelta(days=3), exp=NOW - timedelta(days=2))
    stream = Stream(expired, {"task": 1})
    failure = failed_at(verify(FakeNode(stream), stream), 0, Reason.CACAO_EXPIRED)
    assert "now (not anchored yet)" in failure.message
    # the same commits, anchored while the capability was valid: the anchor time is the commit's time
    stream.anchor_at(NOW - timedelta(days=2, hours=12))
    verdict = verify(FakeNode(stream), stream)
    assert verdict.verified, verdict.summary()
    assert verdict.commits[0].anchored_at == datetime.fromtimestamp(stream.entries[0]["timestamp"], timezone.utc)
    # within the node's 24 h phase-out after exp it still verifies, as on the node; grace=0 refuses it
    recent = session(iat=NOW - timedelta(hours=3), exp=NOW - timedelta(hours=2))
    stream = Stream(recent, {"task": 1})
    assert verify(FakeNode(stream), stream).verified
    failed_at(verify(FakeNode(stream), stream, grace=timedelta(0)), 0, Reason.CACAO_EXPIRED)


def test_capability_not_yet_valid_at_the_commit_time():
    future = session(iat=NOW + timedelta(hours=1), exp=NOW + timedelta(hours=3))
    stream = Stream(future, {"task": 1})
    failed_at(verify(FakeNode(stream), stream), 0, Reason.CACAO_NOT_YET_VALID)
    assert verify(FakeNode(stream), stream, now=NOW + timedelta(hours=2)).verified


def test_capability_for_another_model_is_cacao_resource():
    stream = Stream(session(resources=[f"ceramic://*?model={OTHER_MODEL}"]), {"task": 1})
    failed_at(verify(FakeNode(stream), stream), 0, Reason.CACAO_RESOURCE)
    # the stream itself as a resource covers its later commits
    s = session()
    stream = Stream(s, {"task": 1})
    stream.update(session(resources=[f"ceramic://{stream.sid}"]), {"task": 2})
    assert verify(FakeNode(stream), stream).verified


def test_capability_delegating_to_another_key_is_cacao_wrong_audience():
    stream = Stream(session(aud=Ed25519DIDKey.generate().did), {"task": 1})
    failed_at(verify(FakeNode(stream), stream), 0, Reason.CACAO_WRONG_AUDIENCE)


def test_tampered_content_and_lying_node():
    s = session()
    stream = Stream(s, {"task": 1})
    stream.update(s, {"task": 2})
    node = FakeNode(stream)
    # the node lists a commit under another CID than its content hashes to
    good_cid = stream.entries[1]["cid"]
    stream.entries[1]["cid"] = stream.entries[0]["cid"]
    failed_at(verify(node, stream), 1, Reason.CID_MISMATCH)
    stream.entries[1]["cid"] = good_cid
    # the linked block (the commit's content) swapped for another one
    value = stream.values[1]
    block = base64.b64decode(value["linkedBlock"] + "==")
    stream.values[1] = dict(value, linkedBlock=b64_encode_nopad(block.replace(b"\x02", b"\x03")))
    failed_at(verify(node, stream), 1, Reason.PAYLOAD_MISMATCH)
    stream.values[1] = value
    # every commit checks out, but the node serves other content than they produce
    verdict = verify(FakeNode(stream, content={"task": 99}), stream)
    assert not verdict.verified and verdict.reason == Reason.STATE_MISMATCH and verdict.content is None
    assert verify(node, stream).verified


def test_stream_id_model_and_unreadable_streams():
    s = session()
    stream, other = Stream(s, {"task": 1}), Stream(s, {"task": 2})
    node = FakeNode(stream)
    node.streams[str(other.sid)] = stream  # the node answers another stream's commits
    verdict = verify_stream(node, other.sid, blocks=stream.blocks)
    failed_at(verdict, 0, Reason.STREAM_ID_MISMATCH)
    failed_at(verify(node, stream, model=OTHER_MODEL), 0, Reason.WRONG_MODEL)
    missing = verify_stream(node, Stream(s, {"task": 3}).sid)
    assert missing.reason == Reason.UNREADABLE and missing.failure.index is None and missing.commits == ()
    assert verify_stream(node, "not-a-stream").reason == Reason.UNREADABLE


def test_garbage_from_the_node_fails_the_commit_and_never_raises():
    s = session()
    stream = Stream(s, {"task": 1})
    stream.update(s, {"task": 2})
    good_entry, good_value = dict(stream.entries[1]), stream.values[1]
    for value in ({"foo": 1}, {"jws": {"payload": "x", "signatures": []}, "linkedBlock": ""},
                  dict(good_value, linkedBlock="not base64!"), {"jws": good_value["jws"]}, "a string"):
        stream.values[1] = value
        failed_at(verify(FakeNode(stream), stream), 1, Reason.MALFORMED_COMMIT)
    stream.values[1] = good_value
    stream.entries[1] = dict(good_entry, cid="not-a-cid")
    verdict = verify(FakeNode(stream), stream)
    assert verdict.failure.reason == Reason.MALFORMED_COMMIT and verdict.failure.index == 1
    stream.entries[1] = good_entry
    assert verify(FakeNode(stream), stream).verified


def test_unreachable_node_is_node_unavailable():
    with CeramicClient("http://127.0.0.1:9", timeout=2, connect_timeout=2) as client:
        verdict = verify_stream(client, Stream(session(), {"task": 1}).sid)
    assert verdict.reason == Reason.NODE_UNAVAILABLE and not verdict.verified


def test_the_required_forgeries_have_distinct_reasons():
    required = {Reason.BAD_SIGNATURE, Reason.CACAO_WRONG_ADDRESS, Reason.CACAO_BAD_SIWE_SIGNATURE,
                Reason.BROKEN_LINK, Reason.CACAO_EXPIRED}
    assert len({r.value for r in required}) == len(required)
    assert len({r.value for r in Reason}) == len(Reason)


# --- anchors ---------------------------------------------------------------------------------------------


def test_recorded_node_answer_for_an_anchored_stream_verifies():
    """A real js-ceramic 6.11 answer (genesis, data commit, anchor commit) with the CACAO and proof blocks its IPFS
    held; checked days after the CACAO expired it still verifies, because its commits were anchored in time."""
    node = _RecordedNode(RECORDED)
    blocks = {cid: base64.b64decode(b) for cid, b in RECORDED["blocks"].items()}
    for now in (None, NOW + timedelta(days=30)):
        verdict = verify_stream(node, RECORDED["stream"], model=RECORDED["model"], blocks=blocks, now=now)
        assert verdict.verified, verdict.summary()
        assert [c.kind for c in verdict.commits] == ["genesis", "data", "anchor"]
        assert verdict.content == {"a": "y"}
        anchor = verdict.anchors[0]
        proof = RECORDED["state"]["state"]["anchorProof"]
        assert (anchor.chain_id, anchor.tx_hash, anchor.root) == (proof["chainId"], proof["txHash"], proof["root"])
        assert anchor.path_checked and anchor.anchored_at is not None
    # without blocks: the CACAO cannot be checked, so the stream is not called verified
    failed_at(verify_stream(node, RECORDED["stream"]), 0, Reason.CACAO_UNAVAILABLE)


def test_anchor_proof_that_does_not_lead_to_the_commit_is_refused():
    s = session()
    stream = Stream(s, {"task": 1})
    proof = {"chainId": "eip155:1", "root": parse_cid(stream.entries[0]["cid"]),  # the genesis, not the tip
             "txHash": cid_of_block(b"tx"), "txType": "f(bytes32)"}
    stream.update(s, {"task": 2})
    for root, expected in ((proof["root"], Reason.ANCHOR_PROOF_MISMATCH), (parse_cid(stream.tip), None)):
        proof_block = encode_dag_cbor(dict(proof, root=root))
        anchor = {"id": parse_cid(stream.entries[0]["cid"]), "prev": parse_cid(stream.tip),
                  "proof": cid_of_block(proof_block), "path": ""}
        entries, values = list(stream.entries), list(stream.values)
        stream.entries.append({"cid": str(cid_of_block(encode_dag_cbor(anchor))), "type": 2})
        stream.values.append({k: (v if isinstance(v, str) else str(v)) for k, v in anchor.items()})
        verdict = verify(FakeNode(stream), stream, blocks=[stream.blocks, {str(anchor["proof"]): proof_block}])
        if expected:
            failed_at(verdict, 2, expected)
        else:
            assert verdict.verified and verdict.anchors[0].path_checked and verdict.anchors[0].chain_id == "eip155:1"
        stream.entries, stream.values = entries, values


def test_anchor_proof_merkle_path_is_walked_when_its_blocks_are_at_hand():
    s = session()
    stream = Stream(s, {"task": 1})
    stream.update(s, {"task": 2})
    tip, genesis = parse_cid(stream.tip), parse_cid(stream.entries[0]["cid"])
    left = encode_dag_cbor([genesis, tip])
    root = encode_dag_cbor([cid_of_block(left), genesis])
    proof_block = encode_dag_cbor({"chainId": "eip155:1", "root": cid_of_block(root),
                                   "txHash": cid_of_block(b"tx"), "txType": "f(bytes32)"})
    anchor = {"id": genesis, "prev": tip, "proof": cid_of_block(proof_block), "path": "0/1"}
    stream.entries.append({"cid": str(cid_of_block(encode_dag_cbor(anchor))), "type": 2})
    stream.values.append({k: (v if isinstance(v, str) else str(v)) for k, v in anchor.items()})
    tree = {str(cid_of_block(root)): root, str(cid_of_block(left)): left, str(anchor["proof"]): proof_block}
    verdict = verify(FakeNode(stream), stream, blocks=[stream.blocks, tree])
    assert verdict.verified and verdict.anchors[0].path_checked and verdict.anchors[0].path == "0/1"
    # a tree block missing: reported unchecked, not refused (the proof is not contradicted)
    del tree[str(cid_of_block(left))]
    verdict = verify(FakeNode(stream), stream, blocks=[stream.blocks, tree])
    assert verdict.verified and not verdict.anchors[0].path_checked
    # the path leads elsewhere (to a tree node): refused
    stream.values[-1]["path"] = "0"
    anchor["path"] = "0"
    stream.entries[-1]["cid"] = str(cid_of_block(encode_dag_cbor(anchor)))
    failed_at(verify(FakeNode(stream), stream, blocks=[stream.blocks, tree]), 2, Reason.ANCHOR_PROOF_MISMATCH)


class _RecordedNode:
    def __init__(self, recorded):
        self.recorded = recorded

    def list_commits(self, sid):
        assert str(sid) == self.recorded["stream"]
        return self.recorded["commits"]

    def load(self, sid):
        return StreamState.from_response(self.recorded["state"])


# --- many streams --------------------------------------------------------------------------------------


def test_verify_streams_keeps_the_order_and_shares_one_block_cache():
    s = session()
    good = [Stream(s, {"task": i}) for i in range(6)]
    bad = Stream(s, {"task": 99})
    bad.update(session(OTHER_WALLET), {"task": 100})
    node = FakeNode(*good, bad)
    fetched = []

    class CountingSource:
        def get(self, cid):
            fetched.append(str(cid))
            return s.cacao.block if str(cid) == str(s.cacao.cid) else session(OTHER_WALLET).cacao.block

    ids = [g.sid for g in good[:3]] + [bad.sid] + [g.sid for g in good[3:]]
    verdicts = verify_streams(node, ids, blocks=[CountingSource(), bad.blocks], workers=4)
    assert [v.stream_id for v in verdicts] == [str(i) for i in ids]
    assert [v.verified for v in verdicts] == [True, True, True, False, True, True, True]
    assert verdicts[3].reason == Reason.CACAO_WRONG_ADDRESS and verdicts[3].failure.index == 1
    assert fetched.count(str(s.cacao.cid)) == 1  # one fetch for seven streams' commits


def test_block_sources_accept_urls_mappings_and_lists():
    checked = block_sources(["http://127.0.0.1:9", {}])
    assert isinstance(checked, CheckedBlocks) and len(checked.sources) == 2
    assert block_sources(checked) is checked
    with pytest.raises(TypeError):
        block_sources([42])
