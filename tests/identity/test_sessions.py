"""Imported did-session strings, re-linking, revoking, expiry, and the other ways a session reaches the server."""
from datetime import datetime, timedelta, timezone
from io import StringIO

import pytest

from orbis_export import identity
from orbis_export.api import identity_presenters
from orbis_export.ceramic.cacao import Cacao
from orbis_export.ceramic.keys import Ed25519DIDKey
from orbis_export.ceramic.session import Session
from orbis_export.ceramic.siwe import compose_siwe
from orbis_export.crypto import SeedDecryptionError, decrypt_seed, encrypt_seed
from orbis_export.models import IdentityEvent, LabelerIdentity, LabelerSession

from .conftest import MODEL, sign
from .test_bad_inputs import js_session

pytestmark = pytest.mark.django_db


def _events(api):
    return [e["event"] for e in api.get("audit").json()["events"]]


def test_import_of_a_js_made_session_for_a_linked_user(api_for, wallets):
    api = api_for("alice@example.org")
    assert api.connect(wallets[0])[1].status_code == 201
    text = js_session(wallets[0])
    resp = api.post("session", {"session": text})
    assert resp.status_code == 201, resp.content
    s = resp.json()["session"]
    assert s["source"] == "import" and s["usable"]
    assert s["sessionDid"] == Session.from_serialized(text).session_did
    # the server can sign with it, and the stored key is the imported one
    loaded = identity.load_session(api.user)
    assert loaded.session_did == s["sessionDid"] and loaded.signer.seed == Session.from_serialized(text).signer.seed
    assert _events(api)[0] == "session_imported"
    again = api.post("session", {"session": text})
    assert again.status_code == 409 and again.json()["error"] == "already_imported"


def test_import_with_our_challenge_nonce_links_the_wallet(api_for, wallets):
    api = api_for("alice@example.org")
    ch = api.challenge(wallets[0].address)
    text = js_session(wallets[0], nonce=ch["nonce"])  # e.g. DIDSession.authorize(..., {nonce})
    resp = api.post("session", {"session": text})
    assert resp.status_code == 201, resp.content
    assert resp.json()["linked"] and resp.json()["session"]["source"] == "import"
    assert set(_events(api)) == {"linked", "session_imported"}
    # the challenge's nonce is now used: neither the challenge nor the same string works again
    signed = {"nonce": ch["nonce"], "signature": sign(wallets[0], ch["message"]), "address": wallets[0].address}
    assert api.post("session", signed).json()["error"] == "nonce_used"
    assert api.post("session", {"session": text}).json()["error"] == "nonce_used"


def test_import_for_another_wallet_than_the_linked_one(api_for, wallets):
    api = api_for("alice@example.org")
    api.connect(wallets[0])
    resp = api.post("session", {"session": js_session(wallets[1])})
    assert resp.status_code == 409 and resp.json()["error"] == "identity_mismatch"


def test_cacao_made_by_a_js_library_for_our_key(api_for, wallets):
    """A client that lets @didtools build the CACAO (own iat/exp within policy) for the challenge's key and nonce."""
    api = api_for("alice@example.org")
    ch = api.challenge(wallets[0].address)
    now = datetime.now(timezone.utc)
    msg = compose_siwe(session_did=ch["aud"], address=wallets[0].address, nonce=ch["nonce"], domain="testserver",
                       resources=ch["resources"], issued_at=now, expires_at=now + timedelta(days=2),
                       statement=ch["statement"])  # @didtools' `statement` option, as the challenge says
    cacao = Cacao.from_siwe(msg, sign(wallets[0], msg.text()))
    resp = api.post("session", {"cacao": cacao.to_dict()})
    assert resp.status_code == 201, resp.content
    assert resp.json()["session"]["expiresAt"] == msg.expiration_time


def test_signed_message_form(api_for, wallets):
    api = api_for("alice@example.org")
    ch = api.challenge(wallets[0].address)
    resp = api.post("session", {"message": ch["message"], "signature": sign(wallets[0], ch["message"])})
    assert resp.status_code == 201, resp.content


def test_relink_needs_to_be_explicit(api_for, wallets):
    api = api_for("alice@example.org")
    _, first = api.connect(wallets[0])
    resp = api.post("challenge", {"address": wallets[1].address})
    assert resp.status_code == 409 and resp.json()["error"] == "identity_mismatch"
    assert "relink" in resp.json()["detail"]
    _, second = api.connect(wallets[1], relink=True)
    assert second.status_code == 201, second.content
    assert second.json()["address"] == wallets[1].address.lower()
    old = LabelerSession.objects.get(pk=first.json()["session"]["id"])
    assert old.status == "revoked" and old.end_reason == "wallet re-linked" and old.seed_encrypted == ""
    relinked = IdentityEvent.objects.get(user=api.user, event="relinked")
    assert relinked.detail == {"old_address": wallets[0].address.lower(), "address": wallets[1].address.lower()}


def test_a_wallet_links_to_one_account_only(api_for, wallets):
    alice, bob = api_for("alice@example.org"), api_for("bob@example.org")
    alice.connect(wallets[0])
    resp = bob.post("challenge", {"address": wallets[0].address})
    assert resp.status_code == 409 and resp.json()["error"] == "address_in_use"


def test_revoke_wipes_the_seed_and_is_audited(api_for, wallets):
    api = api_for("alice@example.org")
    _, resp = api.connect(wallets[0])
    sid = resp.json()["session"]["id"]
    api.challenge(wallets[0].address)  # an open challenge is dropped too
    out = api.post("revoke", {})
    assert out.status_code == 200 and out.json()["revoked"] == 1
    assert out.json()["status"]["session"] is None
    row = LabelerSession.objects.get(pk=sid)
    assert row.status == "revoked" and row.seed_encrypted == "" and row.ended_at is not None
    assert not LabelerSession.objects.filter(user=api.user, status="pending").exists()
    assert _events(api)[0] == "revoked"
    assert identity.load_session(api.user) is None
    assert identity.choose_signer(api.user).kind == "pending"


def test_expire_command_ends_only_expired_sessions(api_for, wallets):
    """manage.py orbis_expire_sessions (cron): an expired key does not wait at rest for its user to come back."""
    from django.core.management import call_command

    alice, bob = api_for("alice@example.org"), api_for("bob@example.org")
    old = alice.connect(wallets[0])[1].json()["session"]["id"]
    fresh = bob.connect(wallets[1])[1].json()["session"]["id"]
    LabelerSession.objects.filter(pk=old).update(expires_at=datetime.now(timezone.utc) - timedelta(minutes=1))
    out = StringIO()
    call_command("orbis_expire_sessions", stdout=out)
    assert out.getvalue().strip() == "1 expired session ended, session keys wiped"
    gone, kept = LabelerSession.objects.get(pk=old), LabelerSession.objects.get(pk=fresh)
    assert (gone.status, gone.seed_encrypted, gone.end_reason) == ("expired", "", "expired")
    assert kept.status == "active" and kept.seed_encrypted
    assert IdentityEvent.objects.filter(user=alice.user, event="expired", session_id=old).exists()


def test_revoke_one_session_by_id(api_for, wallets):
    api = api_for("alice@example.org")
    _, resp = api.connect(wallets[0])
    sid = resp.json()["session"]["id"]
    out = api.post("revoke", {"sessionId": sid})
    assert out.json()["revoked"] == 1
    assert api.post("revoke", {"sessionId": 999999}).status_code == 404


def test_expiry_marks_wipes_and_audits(api_for, wallets):
    api = api_for("alice@example.org")
    _, resp = api.connect(wallets[0])
    sid = resp.json()["session"]["id"]
    later = datetime.now(timezone.utc) + timedelta(days=8)
    assert identity.expire_sessions(now=later) == 1
    row = LabelerSession.objects.get(pk=sid)
    assert row.status == "expired" and row.seed_encrypted == ""
    assert IdentityEvent.objects.filter(user=api.user, event="expired", session_id=sid).exists()
    assert identity_presenters.status(api.user, now=later)["session"] is None


def test_session_close_to_expiry_needs_renewal(api_for, wallets):
    api = api_for("alice@example.org")
    api.connect(wallets[0])
    soon = datetime.now(timezone.utc) + timedelta(days=6, hours=1)  # < 25 h left of 7 days
    s = identity_presenters.status(api.user, now=soon)["session"]
    assert s["status"] == "active" and not s["usable"] and s["needsRenewal"]
    assert identity.load_session(api.user, now=soon) is None
    choice = identity.choose_signer(api.user, now=soon)
    assert choice.kind == "pending" and "too close to expiry" in choice.reason


def test_stale_challenges_are_bounded(api_for, wallets):
    api = api_for("alice@example.org")
    for _ in range(identity.MAX_OPEN_CHALLENGES + 3):
        api.challenge(wallets[0].address)
    assert LabelerSession.objects.filter(user=api.user, status="pending").count() == identity.MAX_OPEN_CHALLENGES


def test_seed_encryption_is_bound_to_its_key(settings):
    key, other = Ed25519DIDKey.generate(), Ed25519DIDKey.generate()
    token = encrypt_seed(key.seed)
    assert key.seed.hex() not in token
    assert decrypt_seed(token, expected_did=key.did).did == key.did
    with pytest.raises(SeedDecryptionError):
        decrypt_seed(token, expected_did=other.did)
    import dataclasses

    from cryptography.fernet import Fernet

    settings.ORBIS = dataclasses.replace(settings.ORBIS, secret_key=Fernet.generate_key())
    with pytest.raises(SeedDecryptionError, match="ORBIS_SECRET_KEY"):
        decrypt_seed(token, expected_did=key.did)


def test_secret_key_rotation_keeps_every_session_usable(api_for, wallets, settings):
    """new,old → new sessions use the new key, old ones still open; the command re-encrypts them all; then the old
    key can go. A row no listed key opens is reported (exit 1) and left as it is."""
    import dataclasses

    from cryptography.fernet import Fernet
    from django.core.management import call_command
    from django.core.management.base import CommandError

    old, new = settings.ORBIS.secret_key, Fernet.generate_key()
    alice, bob = api_for("alice@example.org"), api_for("bob@example.org")
    alice.connect(wallets[0])
    settings.ORBIS = dataclasses.replace(settings.ORBIS, secret_key=new + b"," + old)
    assert identity.load_session(alice.user) is not None  # encrypted with the old key, opened by the second
    bob.connect(wallets[1])  # encrypted with the new key
    tokens = dict(LabelerSession.objects.exclude(seed_encrypted="").values_list("pk", "seed_encrypted"))
    out = StringIO()
    call_command("orbis_rotate_secret_key", stdout=out)
    assert out.getvalue().startswith(f"{len(tokens)} stored session keys re-encrypted with the first of 2 keys")
    after = dict(LabelerSession.objects.exclude(seed_encrypted="").values_list("pk", "seed_encrypted"))
    assert after.keys() == tokens.keys() and all(after[pk] != tokens[pk] for pk in tokens)
    settings.ORBIS = dataclasses.replace(settings.ORBIS, secret_key=new)  # the old key is gone
    assert identity.load_session(alice.user) is not None and identity.load_session(bob.user) is not None

    settings.ORBIS = dataclasses.replace(settings.ORBIS, secret_key=Fernet.generate_key())  # nobody's key
    with pytest.raises(CommandError, match=r"2 stored session key\(s\) open with none of the keys") as error:
        call_command("orbis_rotate_secret_key", stdout=StringIO())
    assert error.value.returncode == 1
    assert dict(LabelerSession.objects.exclude(seed_encrypted="").values_list("pk", "seed_encrypted")) == after


def test_undecryptable_session_falls_back_with_a_reason(api_for, wallets, settings, caplog):
    import dataclasses

    from cryptography.fernet import Fernet

    api = api_for("alice@example.org")
    api.connect(wallets[0])
    settings.ORBIS = dataclasses.replace(settings.ORBIS, secret_key=Fernet.generate_key())
    choice = identity.choose_signer(api.user)
    assert choice.kind == "pending" and "cannot be used" in choice.reason


def test_identity_linked_once(api_for, wallets):
    api = api_for("alice@example.org")
    api.connect(wallets[0])
    api.connect(wallets[0])
    assert LabelerIdentity.objects.filter(user=api.user).count() == 1
    assert IdentityEvent.objects.filter(user=api.user, event="linked").count() == 1
    assert MODEL in LabelerSession.objects.filter(user=api.user, status="active").get().resources[0]


def test_unlink_frees_the_wallet(api_for, wallets):
    alice, bob = api_for("alice@example.org"), api_for("bob@example.org")
    _, resp = alice.connect(wallets[0])
    sid = resp.json()["session"]["id"]
    assert bob.post("challenge", {"address": wallets[0].address}).json()["error"] == "address_in_use"
    out = alice.post("unlink", {})
    assert out.status_code == 200 and out.json()["unlinked"] is True
    assert out.json()["status"]["linked"] is False and out.json()["status"]["session"] is None
    assert LabelerSession.objects.get(pk=sid).seed_encrypted == ""
    assert _events(alice)[:2] == ["unlinked", "revoked"]
    assert alice.post("unlink", {}).json()["unlinked"] is False
    assert bob.connect(wallets[0])[1].status_code == 201
