"""Every bad input gets a 4xx with a code and a message saying what is wrong and what to do; nothing is stored.

Each case runs against a fresh open challenge of alice for wallet 0. The database is snapshotted right before the
bad request and compared right after; where the challenge was not meant to be consumed, it must still work.
"""
from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import pytest

from orbis_export import identity
from orbis_export.ceramic.cacao import Cacao
from orbis_export.ceramic.keys import Ed25519DIDKey
from orbis_export.ceramic.siwe import compose_siwe
from orbis_export.models import IdentityEvent, LabelerIdentity, LabelerSession

from .conftest import MODEL, OTHER_MODEL, sign

pytestmark = pytest.mark.django_db

NOW = lambda: datetime.now(timezone.utc)  # noqa: E731


@dataclass
class Ctx:
    api: object
    bob: object
    wallets: list
    ch: dict

    @property
    def wallet(self):
        return self.wallets[0]

    def fields(self, **changes):
        ch = self.ch
        base = dict(session_did=ch["aud"], address=ch["address"], nonce=ch["nonce"], domain=ch["domain"],
                    resources=ch["resources"], issued_at=ch["issuedAt"], expires_at=ch["expirationTime"],
                    statement=ch["statement"], chain_id=1)
        base.update(changes)
        return base

    def message(self, wallet=None, form="lowercase", **changes):
        """{message, signature}: the challenge with some fields changed, properly signed."""
        text = compose_siwe(**self.fields(**changes)).text(form)
        return {"message": text, "signature": sign(wallet or self.wallet, text)}

    def good(self):
        return {"nonce": self.ch["nonce"], "signature": sign(self.wallet, self.ch["message"]),
                "address": self.wallet.address}


def serialized(seed: bytes, cacao: dict) -> str:
    body = {"sessionKeySeed": base64.b64encode(seed).decode(), "cacao": cacao}
    return base64.urlsafe_b64encode(json.dumps(body).encode()).rstrip(b"=").decode()


def js_session(wallet, *, domain="testserver", resources=None, lifetime=timedelta(days=3), nonce="abcdef123456",
               key=None, aud=None, iat=None, statement=identity.DIDSESSION_STATEMENT) -> str:
    """A did-session string as a JS client would make it (its own key and nonce; did-session's default statement)."""
    key = key or Ed25519DIDKey.generate()
    iat = iat or NOW()
    msg = compose_siwe(session_did=aud or key.did, address=wallet.address, nonce=nonce, domain=domain,
                       resources=resources or [f"ceramic://*?model={MODEL}"], issued_at=iat, expires_at=iat + lifetime,
                       statement=statement)
    cacao = Cacao.from_siwe(msg, sign(wallet, msg.text()))
    return serialized(key.seed, cacao.to_dict())


# --- the cases: each returns the bad request to make (setup may happen before) ------------------------


def forged_signature(c):  # signed by another wallet
    return "session", {**c.good(), "signature": sign(c.wallets[1], c.ch["message"])}


def forged_signature_message_form(c):
    return "session", c.message(wallet=c.wallets[1])


def other_users_nonce(c):
    bob_ch = c.bob.challenge(c.wallets[2].address)
    return "session", {"nonce": bob_ch["nonce"], "signature": sign(c.wallets[2], bob_ch["message"]),
                       "address": c.wallets[2].address}


def replayed_nonce(c):
    good = c.good()
    assert c.api.post("session", good).status_code == 201
    return "session", good


def expired_challenge(c):
    ch = identity.issue_challenge(c.api.user, address=c.wallets[3].address, domain="testserver",
                                  now=NOW() - timedelta(minutes=11))
    return "session", {"nonce": ch["nonce"], "signature": sign(c.wallets[3], ch["message"]),
                       "address": c.wallets[3].address}


def expired_session(c):
    return "session", c.message(issued_at=NOW() - timedelta(days=2), expires_at=NOW() - timedelta(hours=1))


def not_yet_valid(c):
    return "session", c.message(issued_at=NOW() + timedelta(hours=1), expires_at=NOW() + timedelta(days=3))


def not_before_in_future(c):
    return "session", c.message(not_before=NOW() + timedelta(hours=2))


def over_broad_resources(c):
    return "session", c.message(resources=["ceramic://*"])


def extra_resource(c):
    return "session", c.message(resources=[f"ceramic://*?model={MODEL}", f"ceramic://*?model={OTHER_MODEL}"])


def other_model(c):
    return "session", c.message(resources=[f"ceramic://*?model={OTHER_MODEL}"])


def wrong_domain(c):
    return "session", c.message(domain="evil.example.com")


def wrong_audience(c):
    return "session", c.message(session_did=Ed25519DIDKey.generate().did)


def wrong_chain(c):
    return "session", c.message(chain_id=137)


def lifetime_beyond_policy(c):
    return "session", c.message(issued_at=NOW(), expires_at=NOW() + timedelta(days=30))


def too_little_time_left(c):
    return "session", c.message(issued_at=NOW(), expires_at=NOW() + timedelta(hours=2))


def no_expiry(c):
    return "session", c.message(expires_at=None)


def checksummed_text_signed(c):  # the wallet signed the EIP-55 rendering of the challenge
    text = compose_siwe(**c.fields()).text("eip55")
    return "session", {**c.good(), "signature": sign(c.wallet, text)}


def checksummed_message_posted(c):
    return "session", c.message(form="eip55")


def checksummed_cacao(c):  # a newer JS library: lowercase iss, signature over the EIP-55 text
    msg = compose_siwe(**c.fields())
    return "session", {"cacao": Cacao.from_siwe(msg, sign(c.wallet, msg.text("eip55"))).to_dict()}


def address_mismatch(c):
    return "session", {**c.good(), "address": c.wallets[1].address}


def malformed_json(c):
    return "session", b'{"nonce": "abc", '


def json_not_an_object(c):
    return "session", b'["nonce"]'


def unknown_field(c):
    return "session", {**c.good(), "sessionKeySeed": "AAAA"}


def missing_signature(c):
    good = c.good()
    del good["signature"]
    return "session", good


def malformed_signature(c):
    return "session", {**c.good(), "signature": "0x1234"}


def garbage_signature(c):
    return "session", {**c.good(), "signature": "0x" + "ab" * 65}


def malformed_message(c):
    return "session", {"message": "hello\nworld", "signature": sign(c.wallet, "hello\nworld")}


def malformed_cacao(c):
    return "session", {"cacao": {"h": {"t": "eip4361"}, "p": {"iss": 5}}}


def malformed_base64_session(c):
    return "session", {"session": "!!!not base64 at all!!!"}


def session_json_not_a_session(c):
    return "session", {"session": base64.urlsafe_b64encode(b'{"hello": 1}').decode()}


def session_key_not_audience(c):
    return "session", {"session": js_session(c.wallet, aud=Ed25519DIDKey.generate().did)}


def orbis_sdk_defaults(c):  # OrbisDB SDK: ceramic://*, 90 days
    return "session", {"session": js_session(c.wallet, resources=["ceramic://*"], lifetime=timedelta(days=90))}


def imported_wrong_domain(c):
    return "session", {"session": js_session(c.wallet, domain="localhost")}


def import_without_link(c):  # a string made elsewhere cannot link a wallet on its own
    return "session", {"session": js_session(c.wallet)}


def oversized_body(c):
    return "session", {"session": "x" * 20_000}


def form_encoded(c):
    return "session", ("form", "nonce=abc&signature=0x00")


def challenge_bad_address(c):
    return "challenge", {"address": "0x1234"}


def challenge_lifetime_too_long(c):
    return "challenge", {"address": c.wallet.address, "expiresInSeconds": 30 * 86400}


def challenge_lifetime_too_short(c):
    return "challenge", {"address": c.wallet.address, "expiresInSeconds": 3600}


def revoke_bad_id(c):
    return "revoke", {"sessionId": "all"}


CASES = [
    (forged_signature, 400, "signature_invalid", True),
    (forged_signature_message_form, 400, "signature_invalid", True),
    (garbage_signature, 400, "signature_invalid", True),
    (other_users_nonce, 400, "nonce_unknown", True),
    (replayed_nonce, 409, "nonce_used", False),
    (expired_challenge, 400, "nonce_expired", True),
    (expired_session, 400, "session_expired", True),
    (not_yet_valid, 400, "not_yet_valid", True),
    (not_before_in_future, 400, "not_yet_valid", True),
    (over_broad_resources, 400, "resources_too_broad", True),
    (extra_resource, 400, "resources_not_allowed", True),
    (other_model, 400, "resources_not_allowed", True),
    (wrong_domain, 400, "domain_mismatch", True),
    (wrong_audience, 400, "audience_mismatch", True),
    (wrong_chain, 400, "wrong_chain", True),
    (lifetime_beyond_policy, 400, "lifetime_too_long", True),
    (too_little_time_left, 400, "too_little_time_left", True),
    (no_expiry, 400, "no_expiry", True),
    (checksummed_text_signed, 400, "address_form", True),
    (checksummed_message_posted, 400, "address_form", True),
    (checksummed_cacao, 400, "address_form", True),
    (address_mismatch, 400, "address_mismatch", True),
    (malformed_json, 400, "malformed_json", True),
    (json_not_an_object, 400, "invalid_request", True),
    (unknown_field, 400, "invalid_request", True),
    (missing_signature, 400, "invalid_request", True),
    (malformed_signature, 400, "malformed_signature", True),
    (malformed_message, 400, "malformed_message", True),
    (malformed_cacao, 400, "malformed_cacao", True),
    (malformed_base64_session, 400, "malformed_session", True),
    (session_json_not_a_session, 400, "malformed_session", True),
    (session_key_not_audience, 400, "audience_mismatch", True),
    (orbis_sdk_defaults, 400, "resources_too_broad", True),
    (imported_wrong_domain, 400, "domain_mismatch", True),
    (import_without_link, 409, "link_required", True),
    (oversized_body, 413, "body_too_large", True),
    (form_encoded, 415, "unsupported_media_type", True),
    (challenge_bad_address, 400, "invalid_address", True),
    (challenge_lifetime_too_long, 400, "lifetime_out_of_policy", True),
    (challenge_lifetime_too_short, 400, "lifetime_out_of_policy", True),
    (revoke_bad_id, 400, "invalid_request", True),
]


def snapshot():
    return (
        sorted(LabelerIdentity.objects.values_list("user_id", "address", "did")),
        sorted(LabelerSession.objects.values_list("id", "user_id", "status", "seed_encrypted", "cacao_cid",
                                                  "use_count", "session_did")),
        sorted(IdentityEvent.objects.values_list("id", "event")),
    )


@pytest.mark.parametrize("case, status, code, still_usable", CASES, ids=[c[0].__name__ for c in CASES])
def test_bad_input_is_refused_and_nothing_is_stored(api_for, wallets, case, status, code, still_usable, caplog):
    api = api_for("alice@example.org")
    bob = api_for("bob@example.org")
    ctx = Ctx(api, bob, wallets, api.challenge(wallets[0].address))
    path, payload = case(ctx)
    before = snapshot()
    if isinstance(payload, bytes):
        resp = api.post(path, raw=payload)
    elif isinstance(payload, tuple):
        resp = api.post(path, raw=payload[1], content_type="application/x-www-form-urlencoded")
    else:
        resp = api.post(path, payload)
    assert resp.status_code == status, resp.content
    body = resp.json()
    assert body["error"] == code, body
    assert isinstance(body["detail"], str) and len(body["detail"]) > 30  # says what is wrong and what to do
    assert set(body) == {"error", "detail"}
    assert snapshot() == before, "a rejected request changed the database"
    if still_usable:
        resp = api.post("session", ctx.good())
        assert resp.status_code == 201, resp.content


def test_the_table_covers_the_required_cases():
    codes = {c[2] for c in CASES}
    required = {"signature_invalid", "nonce_unknown", "nonce_used", "nonce_expired", "session_expired",
                "not_yet_valid", "resources_too_broad", "resources_not_allowed", "domain_mismatch",
                "audience_mismatch", "lifetime_too_long", "malformed_json", "malformed_session", "body_too_large",
                "address_form"}
    assert required <= codes and len(CASES) >= 12


def test_other_users_nonce_does_not_consume_their_challenge(api_for, wallets):
    alice, bob = api_for("alice@example.org"), api_for("bob@example.org")
    bob_ch = bob.challenge(wallets[1].address)
    payload = {"nonce": bob_ch["nonce"], "signature": sign(wallets[1], bob_ch["message"]),
               "address": wallets[1].address}
    assert alice.post("session", payload).json()["error"] == "nonce_unknown"
    assert not LabelerIdentity.objects.filter(user=alice.user).exists()
    assert bob.post("session", payload).status_code == 201


def test_csrf_is_enforced(api_for, wallets):
    api = api_for("alice@example.org")
    resp = api.post("challenge", {"address": wallets[0].address}, csrf=False)
    assert resp.status_code == 403 and resp.json()["error"] == "csrf_failed"
    assert "X-CSRFToken" in resp.json()["detail"]
    assert not LabelerSession.objects.exists()
    assert api.post("revoke", {}, csrf=False).status_code == 403


def test_csrf_is_enforced_even_for_a_client_that_does_not_ask_for_it(make_user, login, wallets):
    """Label Studio's DisableCSRF turns CSRF off for API views; ours opt back in."""
    user = make_user("alice@example.org")
    client = login(user)  # a plain Client(): Django's test client would skip CSRF unless the view demands it
    resp = client.post("/api/orbis/identity/challenge", json.dumps({"address": wallets[0].address}),
                       content_type="application/json")
    assert resp.status_code == 403 and resp.json()["error"] == "csrf_failed"


def test_anonymous_requests_are_refused(client, wallets):
    for method, path in [("post", "challenge"), ("post", "session"), ("get", "status"), ("post", "revoke"),
                         ("post", "unlink"), ("get", "audit")]:
        resp = getattr(client, method)(f"/api/orbis/identity/{path}", content_type="application/json")
        assert resp.status_code == 401, (path, resp.status_code)
        assert resp.json()["error"] == "not_authenticated"


def test_wrong_method(api_for):
    api = api_for("alice@example.org")
    resp = api.get("challenge")
    assert resp.status_code == 405 and resp.json()["error"] == "method_not_allowed"


def test_a_megabyte_body_is_refused(api_for):
    api = api_for("alice@example.org")
    resp = api.post("session", raw=json.dumps({"session": "y" * 1_000_000}))
    assert resp.status_code == 413 and resp.json()["error"] == "body_too_large"
    assert "y" * 100 not in resp.content.decode()


def test_unconfigured_model_is_a_clear_503(api_for, wallets, settings):
    import dataclasses

    settings.ORBIS = dataclasses.replace(settings.ORBIS, model_id="")
    api = api_for("alice@example.org")
    resp = api.post("challenge", {"address": wallets[0].address})
    assert resp.status_code == 503 and resp.json()["error"] == "not_configured"
    assert "ORBIS_MODEL_ID" in resp.json()["detail"]


@pytest.mark.parametrize("mutate", [
    lambda c: c["p"].update(exp=5),
    lambda c: c["p"].update(iat=None),
    lambda c: c["p"].update(resources=[1, "a"]),
    lambda c: c["p"].update(resources="ceramic://*"),
    lambda c: c["p"].update(extra="x"),
    lambda c: c["p"].update(iss="did:pkh:eip155:1:nothex"),
    lambda c: c["p"].update(iss="did:key:z6Mk"),
    lambda c: c["p"].update(exp="tomorrow"),
    lambda c: c["p"].update(version="2"),
    lambda c: c["s"].update(t="eip1271"),
    lambda c: c["s"].update(s=12),
    lambda c: c.update(h={"t": "caip122"}),
    lambda c: c.pop("s"),
    lambda c: c.update(p=[]),
], ids=lambda f: "")
def test_malformed_cacaos_are_400_never_500(api_for, wallets, mutate):
    api = api_for("alice@example.org")
    ch = api.challenge(wallets[0].address)
    msg = compose_siwe(session_did=ch["aud"], address=wallets[0].address, nonce=ch["nonce"], domain="testserver",
                       resources=ch["resources"], issued_at=ch["issuedAt"], expires_at=ch["expirationTime"],
                       statement=ch["statement"])
    cacao = Cacao.from_siwe(msg, sign(wallets[0], msg.text())).to_dict()
    mutate(cacao)
    resp = api.post("session", {"cacao": cacao})
    assert resp.status_code == 400, resp.content
    assert resp.json()["error"] in {"malformed_cacao", "wrong_chain", "signature_invalid"}, resp.json()
    # and the same mutations inside a did-session string
    text = serialized(Ed25519DIDKey.generate().seed, cacao)
    resp = api.post("session", {"session": text})
    assert 400 <= resp.status_code < 500, resp.content
