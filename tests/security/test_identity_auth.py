"""Issue #12: our identity and sync APIs accept exactly the browser session; production signup needs an invite link.

Label Studio's ``JWTAuthenticationMiddleware`` authenticates a personal access token (``Authorization: Bearer``) at
the Django level, and DRF's ``SessionAuthentication`` then took ``request._request.user`` as a session user: an API
token could read the identity status and — with a CSRF cookie fetched from any page — request challenges, revoke
and unlink sessions, and start or cancel syncs. Every request here is the attacker's, through Label Studio's real
middleware and our URLs."""
from __future__ import annotations

import json

import pytest
from django.test import Client

from orbis_export import conf
from orbis_export.models import IdentityEvent, LabelerIdentity, LabelerSession, SyncJob
from tests.conftest import PASSWORD
from tests.identity.conftest import api_for, orbis_model, sign, wallets  # noqa: F401 (fixtures)
from tests.fixtures.lab import CONFIG

pytestmark = pytest.mark.django_db


def personal_access_token(user) -> str:
    """A real Label Studio personal access token, made the way a user makes one: logged in, POST /api/token/ (the
    refresh token), then POST /api/token/refresh/ → the access token sent as ``Authorization: Bearer``."""
    client = Client()
    client.get("/user/login/")
    resp = client.post("/user/login/", {"email": user.email, "password": PASSWORD,
                                        "csrfmiddlewaretoken": client.cookies["csrftoken"].value})
    assert resp.status_code == 302
    made = client.post("/api/token/")
    assert made.status_code == 201, made.content
    refreshed = client.post("/api/token/refresh/", {"refresh": made.json()["token"]}, content_type="application/json")
    assert refreshed.status_code == 200, refreshed.content
    return refreshed.json()["access"]


def legacy_token(user) -> str:
    from rest_framework.authtoken.models import Token

    organization = user.active_organization
    organization.jwt.legacy_api_tokens_enabled = True  # new organizations have legacy tokens off
    organization.jwt.save()
    return Token.objects.get_or_create(user=user)[0].key


class TokenClient:
    """A script with an API token and, for unsafe methods, a CSRF cookie + header it fetched itself (CSRF is no
    obstacle to a token holder: it is a cookie/header pair anyone can obtain from the login page)."""

    def __init__(self, header: str, *, session_of=None):
        self.header = header
        self.client = Client(enforce_csrf_checks=True)
        if session_of is not None:  # a logged-in browser that also carries the header
            self.client.get("/user/login/")
            self.client.post("/user/login/", {"email": session_of.email, "password": PASSWORD,
                                              "csrfmiddlewaretoken": self.client.cookies["csrftoken"].value})
        else:
            self.client.get("/user/login/")  # just the csrftoken cookie

    def get(self, path):
        return self.client.get(path, HTTP_AUTHORIZATION=self.header)

    def post(self, path, data):
        return self.client.post(path, json.dumps(data), content_type="application/json",
                                HTTP_AUTHORIZATION=self.header,
                                HTTP_X_CSRFTOKEN=self.client.cookies["csrftoken"].value)


@pytest.fixture
def lab(make_user):
    from projects.models import Project

    user = make_user("labeler@example.org")
    project = Project.objects.create(title="p", label_config=CONFIG, organization=user.active_organization,
                                     created_by=user)
    job = SyncJob.objects.create(project=project, created_by=user, trigger="api", model_id="")
    return user, project, job


def gets(project, job):
    return ["/api/orbis/identity/status", "/api/orbis/identity/audit", f"/api/orbis/projects/{project.pk}/sync",
            f"/api/orbis/jobs/{job.pk}"]


def posts(project, job, wallet):
    return [("/api/orbis/identity/challenge", {"address": wallet.address}),
            ("/api/orbis/identity/revoke", {}),
            ("/api/orbis/identity/unlink", {}),
            ("/api/orbis/identity/session", {"nonce": "x" * 32, "signature": "0x" + "00" * 65,
                                             "address": wallet.address}),
            (f"/api/orbis/jobs/{job.pk}/cancel", {}),
            (f"/api/orbis/projects/{project.pk}/sync", {"dryRun": True})]


def refused(resp) -> bool:
    return resp.status_code == 401 and resp.json()["error"] == "not_authenticated"


def test_a_personal_access_token_gets_401_on_every_identity_and_sync_endpoint(lab, wallets):
    user, project, job = lab
    bearer = TokenClient(f"Bearer {personal_access_token(user)}")
    # the token is valid for Label Studio's own API (so a 401 below is our rule, not a bad token)
    assert bearer.get("/api/projects/").status_code == 200
    for path in gets(project, job):
        resp = bearer.get(path)
        assert refused(resp), (path, resp.status_code, resp.content[:300])
    for path, body in posts(project, job, wallets[0]):
        resp = bearer.post(path, body)
        assert refused(resp), (path, resp.status_code, resp.content[:300])
    assert not LabelerSession.objects.filter(user=user).exists() and not IdentityEvent.objects.exists()
    job.refresh_from_db()
    assert job.status == SyncJob.QUEUED and not job.cancel_requested
    assert SyncJob.objects.filter(project=project).count() == 1


def test_a_token_beside_a_browser_session_is_refused_too(lab, make_user, wallets):
    """A browser logged in as the labeler whose requests also carry another user's Bearer token: Label Studio's
    middleware would make the token's user the request's user, under the browser's CSRF cookie."""
    user, project, job = lab
    other = make_user("other@example.org")
    mixed = TokenClient(f"Bearer {personal_access_token(other)}", session_of=user)
    assert refused(mixed.get("/api/orbis/identity/status"))
    assert refused(mixed.post("/api/orbis/identity/challenge", {"address": wallets[0].address}))
    assert not LabelerSession.objects.exists()


@pytest.mark.parametrize("how", ["Token", "X-Api-Key"])
def test_a_legacy_token_gets_401(lab, wallets, how):
    user, project, job = lab
    key = legacy_token(user)
    client = TokenClient(f"Token {key}")
    assert client.get("/api/projects/").status_code == 200  # valid for Label Studio's API
    if how == "X-Api-Key":  # Label Studio rewrites it into Authorization: Token
        client.get = lambda path: client.client.get(path, HTTP_X_API_KEY=key)
    assert refused(client.get("/api/orbis/identity/status"))
    assert refused(client.post("/api/orbis/identity/challenge", {"address": wallets[0].address}))
    assert not LabelerSession.objects.exists()


def test_the_browser_session_still_works(api_for, wallets):
    api = api_for("alice@example.org")
    assert api.get("status").status_code == 200
    # behind a reverse proxy with HTTP basic auth the browser also sends Authorization: Basic (nobody here reads it)
    assert api.get("status", HTTP_AUTHORIZATION="Basic c3RhZ2luZzpzdGFnaW5n").status_code == 200
    assert refused(api.get("status", HTTP_AUTHORIZATION="Bearer not-even-a-token"))
    ch, resp = api.connect(wallets[0])
    assert resp.status_code == 201 and LabelerIdentity.objects.filter(user=api.user).exists()
    # and without the CSRF header it is still refused (session auth keeps CSRF)
    assert api.post("revoke", {}, csrf=False).status_code == 403


# --- 4. signup in production ---------------------------------------------------------------------------------------


def test_production_turns_signup_by_invite_link_on(tmp_path):
    environ = {"ORBIS_DATA_DIR": str(tmp_path), "ORBIS_MODE": "production", "ORBIS_SECRET_KEY": "A" * 43 + "=",
               "ORBIS_PUBLIC_URL": "https://labels.example.org", "SECRET_KEY": "s" * 50}
    conf.label_studio_environment(conf.load(environ), environ)
    assert environ["DISABLE_SIGNUP_WITHOUT_LINK"] == "1"
    # an operator may still open signup explicitly (Label Studio reads the variable); local mode leaves it alone
    explicit = {**environ, "DISABLE_SIGNUP_WITHOUT_LINK": "0"}
    conf.label_studio_environment(conf.load(explicit), explicit)
    assert explicit["DISABLE_SIGNUP_WITHOUT_LINK"] == "0"
    local = {"ORBIS_DATA_DIR": str(tmp_path)}
    conf.label_studio_environment(conf.load(local), local)
    assert "DISABLE_SIGNUP_WITHOUT_LINK" not in local


def _signup(email: str, token: str | None = None):
    client = Client(enforce_csrf_checks=True)
    client.raise_request_exception = False
    client.get("/user/signup/")
    path = "/user/signup/" + (f"?token={token}" if token else "")
    return client.post(path, {"email": email, "password": "a-long-enough-password-1",
                              "csrfmiddlewaretoken": client.cookies["csrftoken"].value})


def test_with_signup_by_link_a_signup_without_the_invite_token_is_refused(settings, make_user):
    from users.models import User

    settings.DISABLE_SIGNUP_WITHOUT_LINK = True
    owner = make_user("owner@example.org")
    organization = owner.active_organization
    for token in (None, "not-the-invite-token"):
        resp = _signup("intruder@example.org", token)
        assert resp.status_code == 403, resp.status_code
        assert not User.objects.filter(email="intruder@example.org").exists()
    resp = _signup("invited@example.org", organization.token)  # the invite link works
    assert resp.status_code == 302, resp.status_code
    assert User.objects.get(email="invited@example.org").active_organization == organization
