"""Commit building: signatures, predicted stream IDs, size limit, JSON patches."""
from __future__ import annotations

import dataclasses
import json
import random

import jsonpatch
import pytest
from multiformats import CID

from orbis_export.ceramic import (
    MAX_COMMIT_SIZE,
    ContentError,
    ContentTooLarge,
    Ed25519DIDKey,
    StreamID,
    data_commit,
    deterministic_genesis,
    json_patch,
    list_genesis,
    model_genesis,
    sign_commit,
)
from orbis_export.ceramic.encoding import b64url_decode

MODEL = "kjzl6hvfrbw6c8t3fajpujkiryv493d0wafz2wcfdsxtt46whv43uq5y52kqcp5"
CONTEXT = "kjzl6kcym7w8y7ktb6fskmnc1o0bplnrxxeimd55k3z4o6t9jtb3bspxm6bkhb8"


def test_list_genesis_shape_and_signature(session_factory):
    session = session_factory()
    row = list_genesis(session, MODEL, {"task": 1.0, "label": "x"}, context=CONTEXT)
    value = row.genesis.value
    assert value["data"] == {"task": 1, "label": "x"}
    header = value["header"]
    assert header["controllers"] == [session.did]
    assert StreamID.parse(header["model"]) == StreamID.parse(MODEL)
    assert StreamID.parse(header["context"]) == StreamID.parse(CONTEXT)
    assert header["sep"] == "model" and len(header["unique"]) == 12
    jws_header = row.genesis.header
    assert jws_header == {"alg": "EdDSA", "cap": session.cacao.cap, "kid": session.signer.kid}
    assert row.genesis.verify_signature()
    assert row.stream_id == StreamID(3, row.genesis.cid)
    # two rows with the same content are two streams (random unique)
    assert list_genesis(session, MODEL, {"task": 1}).stream_id != list_genesis(session, MODEL, {"task": 1}).stream_id


def test_tampered_commit_fails_signature_check(session_factory):
    commit = list_genesis(session_factory(), MODEL, {"task": 1}).genesis
    sig = commit.signature
    tampered = dataclasses.replace(commit, signature=("B" if sig[0] != "B" else "C") + sig[1:])
    assert not tampered.verify_signature()
    other_block = dataclasses.replace(commit, linked_block=commit.linked_block + b"\x00")
    assert not other_block.verify_signature()


def test_bare_did_key_signature_has_no_cap():
    key = Ed25519DIDKey.generate()
    commit = sign_commit(key, {"a": 1})
    assert "cap" not in commit.header and commit.cacao_block is None
    assert "cacaoBlock" not in commit.to_http()
    assert commit.verify_signature()


def test_set_genesis_is_deterministic(session_factory):
    session = session_factory()
    a = deterministic_genesis(session.did, MODEL, unique=["task-1", "ann-2"], context=CONTEXT)
    b = deterministic_genesis(session.did, MODEL, unique=["task-1", "ann-2"], context=CONTEXT)
    assert a.stream_id == b.stream_id
    assert deterministic_genesis(session.did, MODEL, unique=["task-1", "ann-3"], context=CONTEXT).stream_id != a.stream_id
    assert deterministic_genesis(session.did, MODEL, unique=["task-1", "ann-2"]).stream_id != a.stream_id
    single = deterministic_genesis(session.did, MODEL)
    assert "unique" not in single.genesis.value["header"]
    assert a.genesis.to_http()["data"] is None


def test_set_unique_requires_strings(session_factory):
    from orbis_export.ceramic import CeramicConfigError

    with pytest.raises(CeramicConfigError):
        deterministic_genesis(session_factory().did, MODEL, unique=[1, 2])
    with pytest.raises(CeramicConfigError):
        deterministic_genesis(session_factory().did, MODEL, unique="task-1")


def test_data_commit_links_genesis_and_prev(session_factory):
    session = session_factory()
    row = list_genesis(session, MODEL, {"task": 1})
    update = data_commit(session, row.stream_id, row.genesis.cid, {"task": 1}, {"task": 2}, model=MODEL)
    value = update.commit.value
    assert value["id"] == row.stream_id.cid and value["prev"] == row.genesis.cid
    assert value["data"] == [{"op": "replace", "path": "/task", "value": 2}]
    assert update.stream_id == row.stream_id


def test_size_limit_refused_before_sending(session_factory):
    session = session_factory()
    big = {"label": "x" * MAX_COMMIT_SIZE}
    with pytest.raises(ContentTooLarge, match=str(MAX_COMMIT_SIZE)):
        list_genesis(session, MODEL, big)
    with pytest.raises(ContentTooLarge):
        data_commit(session, CONTEXT, "bafyreigdmqpykrgxyaxtlafqpqhzrb7qy2rh75nldvfd4tucqmb5pw4gqa", {}, big, model=MODEL)
    list_genesis(session, MODEL, {"label": "x" * (MAX_COMMIT_SIZE - 2000)})


def test_content_errors_surface_before_signing(session_factory):
    with pytest.raises(ContentError, match="content.score"):
        list_genesis(session_factory(), MODEL, {"score": float("nan")})


def test_model_genesis_is_deterministic():
    key = Ed25519DIDKey.generate()
    definition = {"name": "M", "version": "2.0", "accountRelation": {"type": "list"}, "schema": {"type": "object"}}
    assert model_genesis(key, definition).stream_id == model_genesis(key, definition).stream_id
    assert model_genesis(key, definition).stream_id.type == 2


def _random_json(rng, depth=0):
    kind = rng.choice(["int", "str", "float", "bool", "null"] + (["list", "dict"] * 2 if depth < 3 else []))
    if kind == "int":
        return rng.randint(-5, 5)
    if kind == "float":
        return rng.choice([0.5, -1.25, 3.0])
    if kind == "str":
        return rng.choice(["a", "b", "x/y", "m~n", ""])
    if kind == "bool":
        return rng.choice([True, False])
    if kind == "null":
        return None
    if kind == "list":
        return [_random_json(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return {rng.choice(["a", "b", "c", "0", "1", "x/y", "m~n"]): _random_json(rng, depth + 1) for _ in range(rng.randint(0, 4))}


def test_json_patch_applies_to_new_content():
    rng = random.Random(1234)
    for _ in range(500):
        old = {"root": _random_json(rng)}
        new = {"root": _random_json(rng)} if rng.random() < 0.5 else json.loads(json.dumps(old))
        if isinstance(new["root"], dict) and rng.random() < 0.5:
            new["root"][rng.choice(["a", "z"])] = _random_json(rng)
        ops = json_patch(old, new)
        assert jsonpatch.apply_patch(old, ops) == new, (old, new, ops)
    assert json_patch({"a": 1}, {"a": 1}) == []
    assert json_patch(None, {"a": 1}) == [{"op": "add", "path": "/a", "value": 1}]


def test_to_http_blocks_are_unpadded_base64(session_factory):
    body = list_genesis(session_factory(), MODEL, {"task": 1}).genesis.to_http()
    assert "=" not in body["linkedBlock"] and "=" not in body["cacaoBlock"]
    assert b64url_decode(body["jws"]["payload"]) == bytes(CID.decode(body["jws"]["link"]))
