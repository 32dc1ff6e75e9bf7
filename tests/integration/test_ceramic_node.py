"""orbis_export.ceramic against a real js-ceramic 6.11 node (devnode/, fixture ``ceramic_node``).

Each refusal is produced for real: the local check is bypassed where needed (``Session.unchecked``,
``check_capability=False``) so that the node's own answer and our mapping of it are what is tested.
"""
from __future__ import annotations

import dataclasses
import os
import socket
import time
from datetime import datetime, timedelta, timezone

import pytest
from eth_account import Account

from orbis_export.ceramic import (
    MAX_COMMIT_SIZE,
    Cacao,
    CapabilityAudienceMismatch,
    CapabilityExpired,
    CapabilityWrongIssuer,
    CapabilityWrongResource,
    CeramicClient,
    ContentTooLarge,
    Ed25519DIDKey,
    NodeUnavailable,
    PreparedCreate,
    Session,
    StaleTip,
    StreamID,
    ValidationRejected,
    compose_siwe,
    data_commit,
    deterministic_genesis,
    list_genesis,
    sign_commit,
)
from tests.fixtures.wallets import sign

pytestmark = pytest.mark.integration

SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "properties": {"task": {"type": "string"}, "label": {"type": "string"}, "score": {"type": "number"}},
    "required": ["task"],
    "additionalProperties": False,
}


def _definition(name, relation):
    return {"name": name, "version": "2.0", "interface": False, "implements": [], "accountRelation": relation,
            "schema": SCHEMA}


@pytest.fixture(scope="module")
def client(ceramic_node):
    with CeramicClient(ceramic_node.url, timeout=60) as c:
        yield c


@pytest.fixture(scope="module")
def models(client, ceramic_admin_key):
    tag = os.urandom(3).hex()  # a fresh set per run: an external node may already have older ones
    ids = {
        "list": client.deploy_model(ceramic_admin_key, _definition(f"OrbisTestList{tag}", {"type": "list"})),
        "set": client.deploy_model(ceramic_admin_key, _definition(f"OrbisTestSet{tag}", {"type": "set", "fields": ["task"]})),
        "single": client.deploy_model(ceramic_admin_key, _definition(f"OrbisTestSingle{tag}", {"type": "single"})),
        "other": client.deploy_model(ceramic_admin_key, _definition(f"OrbisTestOther{tag}", {"type": "list"})),
    }
    client.admin_index_models(ceramic_admin_key, ids.values())
    return ids


@pytest.fixture(scope="module")
def wallet():
    return Account.create()


def _session(wallet, models, *, form="lowercase", models_allowed=("list", "set", "single"), iat=None, exp=None,
             key=None, aud=None):
    now = datetime.now(timezone.utc)
    key = key or Ed25519DIDKey.generate()
    msg = compose_siwe(
        session_did=aud or key.did, address=wallet.address, nonce="IntegrationNonce1", domain="localhost",
        resources=[f"ceramic://*?model={models[m]}" for m in models_allowed],
        issued_at=iat or now, expires_at=exp or now + timedelta(hours=1), statement="Orbis integration test",
    )
    return Session.unchecked(key, Cacao.from_siwe(msg, sign(wallet, msg.text(form))))


def _raw_list_genesis(session, model, content):
    """A LIST genesis signed without any local check, to see what the node itself says."""
    header = {"controllers": [session.did], "model": StreamID.parse(model).bytes, "sep": "model", "unique": os.urandom(12)}
    commit = sign_commit(session, {"data": content, "header": header}, check_capability=False, check_size=False)
    return PreparedCreate(StreamID(3, commit.cid), commit)


def test_healthcheck_and_model_deploy_is_idempotent(client, models, ceramic_admin_key):
    assert client.healthcheck()
    again = client.deploy_model(ceramic_admin_key, client.load(models["list"]).content)
    assert again == models["list"]
    assert set(map(str, models.values())) <= set(client.admin_indexed_models(ceramic_admin_key))
    model_state = client.load(models["list"])
    assert model_state.type == 2 and model_state.controller == ceramic_admin_key.did


def test_list_row_create_update_read_query(client, models, wallet):
    session = _session(wallet, models)
    context = models["other"]  # any stream ID works as a context
    row = list_genesis(session, models["list"], {"task": "t1", "label": "cat", "score": 0.5}, context=context)
    state = client.create(row)
    assert state.stream_id == row.stream_id  # predicted before posting
    assert state.controller == session.did == f"did:pkh:eip155:1:{wallet.address.lower()}"
    assert state.model == str(models["list"]) and state.context == str(context)
    assert state.content == {"task": "t1", "label": "cat", "score": 0.5}
    assert len(state.log) == 1

    old = state.content
    for new in ({"task": "t1", "label": "dog"}, {"task": "t1", "label": "bird", "score": 1.0}):
        update = data_commit(session, row.stream_id, client.tip(row.stream_id), old, new, model=models["list"])
        state = client.apply(update)
        assert state.content == {k: (int(v) if isinstance(v, float) and v.is_integer() else v) for k, v in new.items()}
        old = state.content
    assert len(state.log) == 3  # history grew: genesis + 2 data commits (no anchor yet)

    assert client.load_content(row.stream_id) == {"task": "t1", "label": "bird", "score": 1}
    loaded = client.load(row.stream_id)
    assert loaded.controller == session.did and [e["type"] for e in loaded.log] == [0, 1, 1]
    commits = client.list_commits(row.stream_id)
    assert [c["cid"] for c in commits] == [e["cid"] for e in loaded.log]

    mine = [s.stream_id for s in client.iter_collection(models["list"], account=session.did)]
    assert row.stream_id in mine
    assert client.count(models["list"], account=session.did) == len(mine)
    assert client.count(models["list"], account=f"did:pkh:eip155:1:0x{'00' * 20}") == 0


def test_set_upsert_twice_gives_one_stream(client, models, wallet):
    session = _session(wallet, models)
    first = deterministic_genesis(session.did, models["set"], unique=["task-42"])
    created = client.create(first)
    assert created.stream_id == first.stream_id and created.content is None
    state = client.apply(data_commit(session, first.stream_id, created.tip, None, {"task": "task-42", "label": "a"},
                                     model=models["set"]))
    assert state.content == {"task": "task-42", "label": "a"}

    second = deterministic_genesis(session.did, models["set"], unique=["task-42"])
    assert second.stream_id == first.stream_id
    again = client.create(second)  # upsert: the node returns the existing stream with its content
    assert again.stream_id == first.stream_id and again.content == {"task": "task-42", "label": "a"}
    state = client.apply(data_commit(session, first.stream_id, again.tip, again.content,
                                     {"task": "task-42", "label": "b"}, model=models["set"]))
    assert state.content["label"] == "b" and len(state.log) == 3
    assert client.count(models["set"], account=session.did) == 1


def test_update_on_an_old_tip_is_stale(client, models, wallet):
    session = _session(wallet, models)
    row = list_genesis(session, models["list"], {"task": "t"})
    client.create(row)
    first = data_commit(session, row.stream_id, row.genesis.cid, {"task": "t"}, {"task": "t", "label": "a"})
    second = data_commit(session, row.stream_id, row.genesis.cid, {"task": "t"}, {"task": "t", "label": "b"})
    client.apply(first)
    with pytest.raises(StaleTip, match="stale state") as info:
        client.apply(second)
    assert not info.value.retryable
    assert client.load_content(row.stream_id) == {"task": "t", "label": "a"}


def test_single_row(client, models, wallet):
    session = _session(wallet, models)
    prepared = deterministic_genesis(session.did, models["single"])
    created = client.create(prepared)
    state = client.apply(data_commit(session, prepared.stream_id, created.tip, None, {"task": "only"},
                                     model=models["single"]))
    assert state.content == {"task": "only"} and state.stream_id == prepared.stream_id


def test_siwe_address_form_lowercase_accepted_eip55_refused(client, models, wallet):
    """Measures the fact in the notes: js-ceramic 6.11 rebuilds the SIWE text with the lowercase address."""
    lower = _session(wallet, models, form="lowercase")
    assert client.create(list_genesis(lower, models["list"], {"task": "lower"})).content == {"task": "lower"}
    eip55 = _session(wallet, models, form="eip55")
    with pytest.raises(CapabilityWrongIssuer, match="Signature does not belong to issuer"):
        client.create(list_genesis(eip55, models["list"], {"task": "eip55"}))


def test_expired_cacao(client, models, wallet):
    now = datetime.now(timezone.utc)
    expired = _session(wallet, models, iat=now - timedelta(days=3), exp=now - timedelta(hours=25))
    with pytest.raises(CapabilityExpired, match="expired"):  # refused locally, nothing signed
        list_genesis(expired, models["list"], {"task": "x"})
    with pytest.raises(CapabilityExpired, match="CACAO has expired") as info:  # and by the node
        client.create(_raw_list_genesis(expired, models["list"], {"task": "x"}))
    assert info.value.status == 500 and not info.value.retryable
    # the node's 24 h phase-out: one hour past exp is still accepted there (our signer refuses it)
    recent = _session(wallet, models, iat=now - timedelta(days=1), exp=now - timedelta(hours=1))
    assert client.create(_raw_list_genesis(recent, models["list"], {"task": "grace"})).content == {"task": "grace"}


def test_cacao_for_another_model(client, models, wallet):
    session = _session(wallet, models, models_allowed=("other",))
    with pytest.raises(CapabilityWrongResource, match=str(models["list"])):
        list_genesis(session, models["list"], {"task": "x"})
    with pytest.raises(CapabilityWrongResource, match="appropriate permissions"):
        client.create(_raw_list_genesis(session, models["list"], {"task": "x"}))


def test_tampered_signatures(client, models, wallet):
    session = _session(wallet, models)
    good = list_genesis(session, models["list"], {"task": "x"}).genesis
    sig = good.signature
    bad = dataclasses.replace(good, signature=sig[:5] + ("A" if sig[5] != "A" else "B") + sig[6:])
    with pytest.raises(CapabilityWrongIssuer, match="invalid_signature"):
        client.create(PreparedCreate(StreamID(3, bad.cid), bad))
    cacao = session.cacao.to_dict()
    cacao["s"]["s"] = cacao["s"]["s"][:30] + ("0" if cacao["s"]["s"][30] != "0" else "1") + cacao["s"]["s"][31:]
    forged = Session.unchecked(session.signer, Cacao(cacao))
    # a changed ECDSA byte recovers another address ("does not belong") or no point at all ("invalid point")
    with pytest.raises(CapabilityWrongIssuer, match="does not belong to issuer|invalid point"):
        client.create(_raw_list_genesis(forged, models["list"], {"task": "x"}))


def test_session_key_is_not_the_cacao_audience(client, models, wallet):
    stranger = Ed25519DIDKey.generate()
    session = _session(wallet, models, aud=stranger.did)  # CACAO delegates to `stranger`, we sign with another key
    with pytest.raises(CapabilityAudienceMismatch):
        Session(session.signer, session.cacao)
    with pytest.raises(CapabilityAudienceMismatch, match="not a valid verificationMethod"):
        client.create(_raw_list_genesis(session, models["list"], {"task": "x"}))


def test_schema_invalid_content(client, models, wallet):
    session = _session(wallet, models)
    with pytest.raises(ValidationRejected, match="Validation Error") as info:
        client.create(list_genesis(session, models["list"], {"task": 1}))
    assert info.value.status == 500 and not info.value.retryable
    with pytest.raises(ValidationRejected, match="additional properties"):
        client.create(list_genesis(session, models["list"], {"task": "x", "extra": True}))


def test_size_limit_refused_before_sending_and_matches_the_node(client, models, wallet, ceramic_node):
    session = _session(wallet, models)
    with pytest.raises(ContentTooLarge):
        list_genesis(session, models["list"], {"task": "x", "label": "y" * MAX_COMMIT_SIZE})
    # the client refuses an oversized genesis before any request: this one points nowhere
    oversized = _raw_list_genesis(session, models["list"], {"task": "x", "label": "y" * MAX_COMMIT_SIZE})
    with pytest.raises(ContentTooLarge):
        CeramicClient("http://127.0.0.1:9").create(oversized)
    # our limit is the node's: just under is accepted, just over is refused by the node itself
    base = len(_raw_list_genesis(session, models["list"], {"task": "x", "label": ""}).genesis.linked_block)
    fits = _raw_list_genesis(session, models["list"], {"task": "x", "label": "y" * (MAX_COMMIT_SIZE - base - 8)})
    assert len(fits.genesis.linked_block) <= MAX_COMMIT_SIZE
    assert client.create(fits).stream_id == fits.stream_id
    over = _raw_list_genesis(session, models["list"], {"task": "x", "label": "y" * (MAX_COMMIT_SIZE - base + 8)})
    assert len(over.genesis.linked_block) > MAX_COMMIT_SIZE
    raw = CeramicClient(ceramic_node.url)
    with pytest.raises(ContentTooLarge, match="maximum block size of 256000"):
        raw._request("POST", "/streams", body={"type": 3, "genesis": over.genesis.to_http(), "opts": {}},
                     summary={"stream_id": str(over.stream_id)})


def test_node_unreachable():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again below: nothing listens there
    client = CeramicClient(f"http://127.0.0.1:{port}", timeout=2)
    start = time.monotonic()
    with pytest.raises(NodeUnavailable, match="unreachable") as info:
        client.healthcheck()
    assert info.value.retryable and time.monotonic() - start < 5
