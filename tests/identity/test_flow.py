"""The happy path through the HTTP API: challenge → personal_sign → session → status / audit."""
import dataclasses

import pytest

from orbis_export.ceramic.siwe import parse_siwe
from orbis_export.models import IdentityEvent, LabelerIdentity, LabelerSession

from .conftest import MODEL, sign

pytestmark = pytest.mark.django_db


def test_challenge_gives_the_exact_text_to_sign(api_for, wallets, settings):
    api = api_for("alice@example.org")
    ch = api.challenge(wallets[0].address)
    msg, form = parse_siwe(ch["message"])
    assert form == "lowercase" and msg.address == wallets[0].address.lower() and ch["address"] == msg.address
    assert wallets[0].address.lower() in ch["message"] and wallets[0].address not in ch["message"]
    assert msg.domain == ch["domain"] == "testserver"
    assert msg.uri == ch["aud"] and ch["aud"].startswith("did:key:z6Mk")
    assert msg.chain_id == "1" and ch["chainId"] == 1
    assert list(msg.resources) == ch["resources"] == [f"ceramic://*?model={MODEL}"]
    assert msg.nonce == ch["nonce"] and len(ch["nonce"]) >= 16
    assert msg.expiration_time == ch["expirationTime"] and msg.issued_at == ch["issuedAt"]
    row = LabelerSession.objects.get(user=api.user)
    assert row.status == "pending" and row.session_did == ch["aud"] and row.seed_encrypted
    assert row.nonce_hash != ch["nonce"]  # stored hashed


def test_connect_links_the_wallet_and_activates_a_session(api_for, wallets):
    api = api_for("alice@example.org")
    ch, resp = api.connect(wallets[0])
    assert resp.status_code == 201, resp.content
    body = resp.json()
    did = f"did:pkh:eip155:1:{wallets[0].address.lower()}"
    assert body["linked"] and body["did"] == did and body["address"] == wallets[0].address.lower()
    s = body["session"]
    assert s["status"] == "active" and s["usable"] and s["did"] == did and s["sessionDid"] == ch["aud"]
    assert s["expiresAt"] == ch["expirationTime"] and s["resources"] == ch["resources"]
    assert LabelerIdentity.objects.get(user=api.user).did == did
    events = [e["event"] for e in api.get("audit").json()["events"]]
    assert events == ["session_created", "linked"]
    status = api.get("status").json()
    assert status["session"]["id"] == s["id"] and status["policy"]["maxLifetimeSeconds"] == 7 * 86400


def test_a_new_session_supersedes_the_old_one(api_for, wallets):
    api = api_for("alice@example.org")
    _, first = api.connect(wallets[0])
    _, second = api.connect(wallets[0])
    assert second.status_code == 201
    old = LabelerSession.objects.get(pk=first.json()["session"]["id"])
    assert old.status == "superseded" and old.seed_encrypted == ""
    assert LabelerSession.objects.filter(user=api.user, status="active").count() == 1
    assert IdentityEvent.objects.filter(user=api.user, event="superseded").count() == 1


def test_domain_is_the_configured_host_name_without_port(api_for, wallets, settings):
    """The SIWE domain is ORBIS_PUBLIC_URL's host name (no port), whatever Host header the request carries (it used
    to be the request's host; tests/security/test_siwe_origin.py sends the attacker's requests)."""
    settings.ORBIS = dataclasses.replace(settings.ORBIS, public_url="https://labels.example.org:8443")
    api = api_for("alice@example.org")
    resp = api.post("challenge", {"address": wallets[0].address}, HTTP_HOST="other.example.org")
    assert resp.status_code == 201
    ch = resp.json()
    assert ch["domain"] == "labels.example.org"
    assert ch["message"].startswith("labels.example.org wants you to sign in")
    # answered through any host name, the configured domain is what counts
    resp = api.post("session", {"nonce": ch["nonce"], "signature": sign(wallets[0], ch["message"]),
                                "address": wallets[0].address}, HTTP_HOST="labels.example.org:9999")
    assert resp.status_code == 201, resp.content
