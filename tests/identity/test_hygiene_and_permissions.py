"""Secrets never leave the server (responses, logs, database, admin); users only see and manage their own."""
import base64
import logging

import pytest
from django.db import connection

from orbis_export import identity
from orbis_export.ceramic.session import Session
from orbis_export.crypto import decrypt_seed
from orbis_export.models import IdentityEvent, LabelerSession

from .conftest import sign
from .test_bad_inputs import js_session

pytestmark = pytest.mark.django_db


def _secret_forms(seed: bytes, serialized: str | None = None) -> list[str]:
    forms = [seed.hex(), base64.b64encode(seed).decode(), base64.urlsafe_b64encode(seed).decode().rstrip("="),
             base64.b64encode(seed).decode().rstrip("=")]
    if serialized:
        forms += [serialized, serialized[:40]]
    return forms


def _database_text() -> str:
    """Every value of every orbis_export table, as text (what an attacker with a DB dump would read)."""
    chunks = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            if not table.startswith("orbis_export_"):
                continue
            cursor.execute(f'SELECT * FROM "{table}"')
            for row in cursor.fetchall():
                for value in row:
                    if isinstance(value, (bytes, memoryview)):
                        value = bytes(value)
                        chunks.append(value.hex())
                        chunks.append(base64.b64encode(value).decode())
                    chunks.append(str(value))
    return "\n".join(chunks)


def test_seeds_never_appear_in_responses_logs_or_the_database(api_for, wallets, caplog, capfd):
    caplog.set_level(logging.DEBUG)
    api = api_for("alice@example.org")
    texts = []
    ch = api.challenge(wallets[0].address)
    texts.append(str(ch))
    resp = api.post("session", {"nonce": ch["nonce"], "signature": sign(wallets[0], ch["message"]),
                                "address": wallets[0].address})
    texts.append(resp.content.decode())
    first = LabelerSession.objects.get(user=api.user, status="active")
    server_made_seed = decrypt_seed(first.seed_encrypted, expected_did=first.session_did).seed
    imported = js_session(wallets[0])
    imp = api.post("session", {"session": imported})
    assert imp.status_code == 201
    texts.append(imp.content.decode())
    bad = api.post("session", {"session": imported[:-8] + "AAAAAAAA"})  # a refused one too
    texts.append(bad.content.decode())
    texts += [api.get("status").content.decode(), api.get("audit").content.decode()]

    rows = LabelerSession.objects.filter(user=api.user).exclude(seed_encrypted="")
    seeds = [decrypt_seed(r.seed_encrypted, expected_did=r.session_did).seed for r in rows]
    superseded = LabelerSession.objects.get(user=api.user, status="superseded")
    assert superseded.seed_encrypted == ""
    seeds.append(Session.from_serialized(imported).signer.seed)
    seeds.append(server_made_seed)
    secrets_ = [f for s in seeds for f in _secret_forms(s)] + [imported, imported[:60]]

    texts.append(_database_text())
    texts.append(caplog.text)
    out, err = capfd.readouterr()  # whatever the console handlers printed
    texts += [out, err]
    assert caplog.records, "expected the flow to log something"
    blob = "\n".join(texts)
    for secret in secrets_:
        assert secret not in blob

    # the signatures are not logged either
    assert ch["nonce"] not in caplog.text
    assert sign(wallets[0], ch["message"]) not in caplog.text


def test_secret_key_and_session_repr_stay_out_of_reprs(api_for, wallets, settings):
    api = api_for("alice@example.org")
    api.connect(wallets[0])
    session = identity.load_session(api.user)
    choice = identity.choose_signer(api.user)
    for text in (repr(session), str(session), repr(choice), repr(settings.ORBIS)):
        assert session.signer.seed.hex() not in text
        assert settings.ORBIS.secret_key.decode() not in text


def test_users_see_only_their_own(api_for, wallets):
    alice, bob = api_for("alice@example.org"), api_for("bob@example.org")
    _, resp = alice.connect(wallets[0])
    alice_sid = resp.json()["session"]["id"]
    status = bob.get("status").json()
    assert status["linked"] is False and status["session"] is None and status["sessions"] == []
    assert bob.get("audit").json()["events"] == []
    # bob cannot revoke alice's session, and cannot tell it exists
    out = bob.post("revoke", {"sessionId": alice_sid})
    assert out.status_code == 404 and out.json()["error"] == "not_found"
    assert bob.post("revoke", {}).json()["revoked"] == 0
    assert LabelerSession.objects.get(pk=alice_sid).status == "active"
    assert alice.get("status").json()["session"]["id"] == alice_sid
    assert all(e.user_id == alice.user.pk for e in IdentityEvent.objects.all())


def test_admin_is_read_only_and_shows_no_secret(api_for, wallets, make_user):
    from django.test import Client

    from .conftest import PASSWORD

    api = api_for("alice@example.org")
    api.connect(wallets[0])
    row = LabelerSession.objects.get(user=api.user, status="active")
    admin_user = make_user("root@example.org")
    admin_user.is_staff = admin_user.is_superuser = True
    admin_user.save()
    client = Client()
    client.get("/user/login/")
    client.post("/user/login/", {"email": admin_user.email, "password": PASSWORD,
                                 "csrfmiddlewaretoken": client.cookies["csrftoken"].value})
    seed = decrypt_seed(row.seed_encrypted, expected_did=row.session_did).seed
    pages = [
        f"/admin/orbis_export/labelersession/{row.pk}/change/",
        "/admin/orbis_export/labelersession/",
        "/admin/orbis_export/labeleridentity/",
        "/admin/orbis_export/identityevent/",
    ]
    for page in pages:
        resp = client.get(page)
        assert resp.status_code == 200, (page, resp.status_code)
        html = resp.content.decode()
        assert row.seed_encrypted not in html and row.nonce_hash not in html
        for form in _secret_forms(seed):
            assert form not in html
    assert row.did in client.get(pages[0]).content.decode()
    assert client.get("/admin/orbis_export/labelersession/add/").status_code == 403
    before = LabelerSession.objects.get(pk=row.pk)
    client.post(pages[0], {"status": "revoked"})
    assert LabelerSession.objects.get(pk=row.pk).status == before.status


def test_label_studio_contextlog_never_ships_our_bodies(api_for, wallets, settings, monkeypatch):
    """LS's ContextLogMiddleware reads every request body; with analytics on it must still skip our endpoints."""
    from core.utils import contextlog

    shipped = []
    monkeypatch.setattr(contextlog.ContextLog, "send_job", lambda self, *a, **k: shipped.append(a))
    monkeypatch.setattr(contextlog.ContextLog, "create_payload", lambda self, *a, **k: shipped.append(a) or {})
    settings.COLLECT_ANALYTICS = True
    api = api_for("alice@example.org")
    shipped.clear()
    _, resp = api.connect(wallets[0])
    assert resp.status_code == 201
    api.post("session", {"session": js_session(wallets[0])})
    assert shipped == []


def test_trailing_slash_is_optional(api_for, wallets):
    api = api_for("alice@example.org")
    assert api.get("status/").status_code == 200
    resp = api.post("challenge/", {"address": wallets[0].address})
    assert resp.status_code == 201
