"""End to end against the real local Ceramic node: challenge → wallet signs → session → the server-held session
signs rows that the node accepts under the labeler's did:pkh. Also records which SIWE address form the node takes.
"""
from __future__ import annotations

import dataclasses
import os

import pytest

from orbis_export import identity
from orbis_export.ceramic import (
    Cacao,
    CeramicClient,
    CommitRejected,
    Ed25519DIDKey,
    Session,
    compose_siwe,
    data_commit,
    list_genesis,
)
from orbis_export.models import LabelerSession

from .conftest import sign

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "properties": {"task": {"type": "integer"}, "label": {"type": "string"}, "annotator": {"type": "integer"}},
    "required": ["task"],
    "additionalProperties": False,
}


@pytest.fixture(scope="session")
def node_and_admin(request, tmp_path_factory):
    """The shared ``ceramic_node`` fixture when it is registered; otherwise start one the same way."""
    try:
        yield request.getfixturevalue("ceramic_node"), request.getfixturevalue("ceramic_admin_key")
        return
    except pytest.FixtureLookupError:
        pass
    from devnode import ensure_installed, start, stop

    external = os.environ.get("ORBIS_TEST_CERAMIC_URL", "").strip()
    admin = Ed25519DIDKey.generate()
    if external:
        pytest.skip("ORBIS_TEST_CERAMIC_URL is set but the ceramic_node fixture is not registered")
    ensure_installed()
    data_dir = tmp_path_factory.mktemp("identity-ceramic-node")
    node = start(data_dir, admin_dids=[admin.did], die_with_parent=True)
    try:
        yield node, admin
    finally:
        stop(data_dir)


@pytest.fixture(scope="module")
def deployed(node_and_admin):
    node, admin = node_and_admin
    client = CeramicClient(node.url, timeout=60)
    definition = {"name": f"OrbisIdentityE2E{os.urandom(3).hex()}", "version": "2.0", "interface": False,
                  "implements": [], "accountRelation": {"type": "list"}, "schema": SCHEMA}
    model = client.deploy_model(admin, definition)
    client.admin_index_models(admin, [model])
    yield client, str(model)
    client.close()


def test_server_held_session_writes_as_the_labeler(api_for, wallets, deployed, settings):
    client, model = deployed
    settings.ORBIS = dataclasses.replace(settings.ORBIS, model_id=model)
    api = api_for("labeler@example.org")
    ch, resp = api.connect(wallets[0])
    assert resp.status_code == 201, resp.content
    did = resp.json()["did"]
    assert did == f"did:pkh:eip155:1:{wallets[0].address.lower()}"
    assert ch["resources"] == [f"ceramic://*?model={model}"]

    with identity.SignerCache() as cache:
        choice = identity.choose_signer(api.user, cache=cache)
        assert choice.kind == "annotator" and choice.did == did
        row = list_genesis(choice.signer, model, {"task": 1, "label": "cat", "annotator": api.user.pk})
        state = client.create(row)
        cache.record_use(choice)
        assert state.stream_id == row.stream_id and state.controller == did
        update = data_commit(choice.signer, row.stream_id, client.tip(row.stream_id), state.content,
                             {"task": 1, "label": "dog", "annotator": api.user.pk}, model=model)
        state = client.apply(update)
        cache.record_use(choice)
    assert state.content["label"] == "dog" and state.controller == did
    assert client.load(row.stream_id).controller == did
    assert row.stream_id in [s.stream_id for s in client.iter_collection(model, account=did)]
    assert LabelerSession.objects.get(user=api.user, status="active").use_count == 2


def test_node_accepts_only_the_lowercase_siwe_text(wallets, deployed):
    """The fact behind refusing EIP-55-signed CACAOs (``address_form``): check it against the node itself."""
    client, model = deployed
    from datetime import datetime, timedelta, timezone

    now = datetime.now(timezone.utc)
    results = {}
    for form in ("lowercase", "eip55"):
        key = Ed25519DIDKey.generate()
        msg = compose_siwe(session_did=key.did, address=wallets[1].address, nonce="AddressForm1", domain="testserver",
                           resources=[f"ceramic://*?model={model}"], issued_at=now, expires_at=now + timedelta(days=2),
                           statement=identity.STATEMENT)
        session = Session(key, Cacao.from_siwe(msg, sign(wallets[1], msg.text(form))))
        try:
            client.create(list_genesis(session, model, {"task": 2}))
            results[form] = "accepted"
        except CommitRejected as exc:
            results[form] = f"refused: {exc.message[:120]}"
    print("SIWE address form on the node:", results)
    assert results["lowercase"] == "accepted", results
    assert results["eip55"].startswith("refused"), results
