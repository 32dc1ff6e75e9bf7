"""Issue #12: the SIWE text a wallet signs is built from configuration, and checked on the way back.

* Domain: ORBIS_PUBLIC_URL's host name, never the request's Host header (with ALLOWED_HOSTS ``*`` a phishing origin
  could have the victim sign a message naming it, and the signature linked the victim's wallet to the attacker).
* Statement: fixed in the challenge flow; an imported did-session must carry ours or did-session's default.
* Production: ALLOWED_HOSTS follows the public origin.

Each test sends the attacker's request through Label Studio's middleware and our URLs (Django's test client)."""
from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from orbis_export import conf, identity
from orbis_export.ceramic.cacao import Cacao
from orbis_export.ceramic.siwe import compose_siwe, parse_siwe
from orbis_export.models import IdentityEvent, LabelerIdentity, LabelerSession
from tests.identity.conftest import api_for, orbis_model, sign, wallets  # noqa: F401 (fixtures)
from tests.identity.test_bad_inputs import js_session

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
EVIL = "evil.example"
PHISHING_STATEMENT = "Sign in to claim your free labeling credits"


@pytest.fixture
def any_host(settings):
    settings.ALLOWED_HOSTS = ["*"]  # Label Studio's default: every Host header reaches the views


def phished(ch: dict, wallet, *, domain: str = "testserver", statement="keep") -> tuple[str, str]:
    """The challenge's fields rendered with another domain / statement, signed by the victim's wallet."""
    msg = compose_siwe(session_did=ch["aud"], address=ch["address"], nonce=ch["nonce"], domain=domain,
                       resources=ch["resources"], issued_at=ch["issuedAt"], expires_at=ch["expirationTime"],
                       statement=ch["statement"] if statement == "keep" else statement, chain_id=1)
    text = msg.text()
    return text, sign(wallet, text)


def nothing_stored(user) -> bool:
    return (not LabelerIdentity.objects.filter(user=user).exists()
            and not LabelerSession.objects.filter(user=user).exclude(status="pending").exists()
            and not IdentityEvent.objects.filter(user=user).exists())


# --- 1. the domain comes from configuration ------------------------------------------------------------------------


def test_a_challenge_requested_through_a_phishing_host_names_the_configured_host(api_for, wallets, any_host):
    attacker = api_for("attacker@example.org")
    resp = attacker.post("challenge", {"address": wallets[0].address}, HTTP_HOST=EVIL)
    assert resp.status_code == 201, resp.content
    ch = resp.json()
    msg, _ = parse_siwe(ch["message"])
    assert ch["domain"] == msg.domain == "testserver"  # tests/settings.py: ORBIS_PUBLIC_URL=http://testserver
    assert ch["message"].startswith("testserver wants you to sign in") and EVIL not in ch["message"]
    # the URI stays the session key's did:key: Ceramic checks it against the CACAO's audience
    assert msg.uri == ch["aud"] and ch["aud"].startswith("did:key:")
    assert LabelerSession.objects.get(user=attacker.user).domain == "testserver"


def test_the_domain_follows_orbis_public_url_without_its_port(api_for, wallets, any_host, settings):
    settings.ORBIS = dataclasses.replace(settings.ORBIS, public_url="https://labels.example.org:8443")
    api = api_for("alice@example.org")
    ch = api.post("challenge", {"address": wallets[0].address}, HTTP_HOST=f"{EVIL}:8443").json()
    assert ch["domain"] == "labels.example.org" and ch["message"].startswith("labels.example.org wants you")


@pytest.mark.parametrize("form", ["message", "cacao", "session"])
def test_a_signature_made_for_the_phishing_domain_is_refused(api_for, wallets, any_host, form):
    """The attacker gets a challenge for the victim's wallet (through their own Host header), shows the victim a
    SIWE text naming evil.example with the challenge's key and nonce, and posts the victim's signature."""
    attacker, victim_wallet = api_for("attacker@example.org"), wallets[0]
    ch = attacker.post("challenge", {"address": victim_wallet.address}, HTTP_HOST=EVIL).json()
    text, signature = phished(ch, victim_wallet, domain=EVIL)
    if form == "message":
        body = {"message": text, "signature": signature}
    elif form == "cacao":
        body = {"cacao": Cacao.from_siwe(text, signature).to_dict()}
    else:  # a did-session string made on the phishing page for the challenge's nonce
        body = {"session": js_session(victim_wallet, domain=EVIL, nonce=ch["nonce"])}
    resp = attacker.post("session", body, HTTP_HOST=EVIL)
    assert resp.status_code == 400, resp.content
    assert resp.json()["error"] == "domain_mismatch"
    assert nothing_stored(attacker.user)
    assert not LabelerIdentity.objects.filter(address=victim_wallet.address.lower()).exists()


# --- 2. the statement is checked -----------------------------------------------------------------------------------


@pytest.mark.parametrize("statement", [None, PHISHING_STATEMENT], ids=["removed", "replaced"])
@pytest.mark.parametrize("form", ["message", "cacao"])
def test_a_challenge_signed_with_its_statement_removed_or_replaced_is_refused(api_for, wallets, statement, form):
    api = api_for("alice@example.org")
    ch = api.challenge(wallets[0].address)
    text, signature = phished(ch, wallets[0], statement=statement)
    assert (PHISHING_STATEMENT in text) == (statement is not None) and identity.STATEMENT not in text
    body = ({"message": text, "signature": signature} if form == "message"
            else {"cacao": Cacao.from_siwe(text, signature).to_dict()})
    resp = api.post("session", body)
    assert resp.status_code == 400, resp.content
    assert resp.json()["error"] == "statement_mismatch"
    assert nothing_stored(api.user)
    # the challenge was not consumed: signed unchanged, it still works
    good = api.post("session", {"nonce": ch["nonce"], "signature": sign(wallets[0], ch["message"]),
                                "address": wallets[0].address})
    assert good.status_code == 201, good.content


@pytest.mark.parametrize("statement", [None, PHISHING_STATEMENT], ids=["removed", "replaced"])
def test_an_imported_session_without_an_accepted_statement_is_refused(api_for, wallets, statement):
    api = api_for("alice@example.org")
    ch = api.challenge(wallets[0].address)
    resp = api.post("session", {"session": js_session(wallets[0], nonce=ch["nonce"], statement=statement)})
    assert resp.status_code == 400, resp.content
    assert resp.json()["error"] == "statement_mismatch"
    assert nothing_stored(api.user)


@pytest.mark.parametrize("statement", [identity.STATEMENT, identity.DIDSESSION_STATEMENT], ids=["ours", "did-session"])
def test_an_imported_session_with_ours_or_did_sessions_default_statement_is_accepted(api_for, wallets, statement):
    api = api_for("alice@example.org")
    ch = api.challenge(wallets[0].address)
    resp = api.post("session", {"session": js_session(wallets[0], nonce=ch["nonce"], statement=statement)})
    assert resp.status_code == 201, resp.content


# --- 3. ALLOWED_HOSTS in production --------------------------------------------------------------------------------

PRODUCTION = {"ORBIS_MODE": "production", "ORBIS_SECRET_KEY": "A" * 43 + "=",
              "ORBIS_PUBLIC_URL": "https://labels.example.org", "SECRET_KEY": "s" * 50}
PRODUCTION_HOSTS = ["labels.example.org", "localhost", "127.0.0.1", "[::1]"]


def test_production_allowed_hosts_follow_the_public_origin(tmp_path):
    environ = {"ORBIS_DATA_DIR": str(tmp_path), **PRODUCTION}
    conf.label_studio_environment(conf.load(environ), environ)
    assert environ["ALLOWED_HOSTS"] == ",".join(PRODUCTION_HOSTS)
    assert environ["CSRF_TRUSTED_ORIGINS"] == "https://labels.example.org"
    # the operator's explicit choice wins (under any of the names Label Studio reads); local mode keeps '*'
    explicit = {"ORBIS_DATA_DIR": str(tmp_path), **PRODUCTION, "LABEL_STUDIO_ALLOWED_HOSTS": "a.example"}
    conf.label_studio_environment(conf.load(explicit), explicit)
    assert "ALLOWED_HOSTS" not in explicit and explicit["LABEL_STUDIO_ALLOWED_HOSTS"] == "a.example"
    local = {"ORBIS_DATA_DIR": str(tmp_path)}
    conf.label_studio_environment(conf.load(local), local)
    assert "ALLOWED_HOSTS" not in local


def test_production_settings_loaded_by_django_have_those_hosts(tmp_path):
    """The real settings module (Label Studio's settings + ours) in a fresh interpreter, production environment."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ORBIS_", "PRIVY_", "DJANGO_", "LABEL_STUDIO_",
                                                                     "ALLOWED_HOSTS", "DISABLE_SIGNUP", "CSRF_"))}
    env.update({"ORBIS_DATA_DIR": str(tmp_path), "ORBIS_ENV_FILE": os.devnull, **PRODUCTION})
    code = ("import json, label_studio_orbis.settings as s; print(json.dumps({'hosts': s.ALLOWED_HOSTS, "
            "'signup': s.DISABLE_SIGNUP_WITHOUT_LINK, 'csrf': s.CSRF_TRUSTED_ORIGINS, 'debug': s.DEBUG}))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert loaded == {"hosts": PRODUCTION_HOSTS, "signup": True, "csrf": ["https://labels.example.org"],
                      "debug": False}


def test_with_production_hosts_a_phishing_host_header_is_refused(api_for, wallets, settings):
    api = api_for("alice@example.org")  # logged in through Host: testserver first
    settings.ALLOWED_HOSTS = PRODUCTION_HOSTS
    settings.ORBIS = dataclasses.replace(settings.ORBIS, public_url="https://labels.example.org")
    api.client.raise_request_exception = False
    resp = api.post("challenge", {"address": wallets[0].address}, HTTP_HOST=EVIL)
    assert resp.status_code == 400  # Django's DisallowedHost
    assert not LabelerSession.objects.filter(user=api.user).exists()
    ok = api.post("challenge", {"address": wallets[0].address}, HTTP_HOST="labels.example.org")
    assert ok.status_code == 201 and ok.json()["domain"] == "labels.example.org"

