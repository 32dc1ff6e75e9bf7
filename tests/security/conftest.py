"""Fixtures of the security tests: two organizations (A: the victim, B: the attacker), each with an owner, a project,
a task, an annotation and a Ceramic Target Storage; ways in for B's user (browser session with or without CSRF
token, legacy ``Token``, personal access token ``Bearer``); a loopback HTTP server that records every request (the
"attacker's port", or a misbehaving node).

Every request goes through Label Studio's real middleware and our URLs, with Django's test client."""
from __future__ import annotations

import dataclasses
import http.server
import json
import os
import socket
import threading

import pytest
from django.test import Client

from tests.conftest import PASSWORD
from tests.fixtures.lab import CONFIG, choices

AUTHS = ("session", "token", "bearer")


@dataclasses.dataclass
class Side:
    """One organization and what it owns."""

    user: object
    organization: object
    project: object
    task: object
    annotation: object
    storage: object


class Api:
    """A Label Studio API client for one user: ``session`` (logged in through /user/login/, CSRF enforced as in a
    browser; ``csrf=False`` leaves the X-CSRFToken header out), ``token`` (legacy ``Authorization: Token``) or
    ``bearer`` (personal access token: ``Authorization: Bearer <access>``)."""

    def __init__(self, user, auth: str = "session"):
        self.user, self.auth = user, auth
        self.client = Client(enforce_csrf_checks=True)
        self.headers: dict[str, str] = {}
        if auth == "session":
            self.client.get("/user/login/")
            token = self.client.cookies["csrftoken"].value
            resp = self.client.post("/user/login/", {"email": user.email, "password": PASSWORD,
                                                     "csrfmiddlewaretoken": token})
            assert resp.status_code == 302, f"login failed for {user.email}: {resp.status_code}"
        elif auth == "token":
            from rest_framework.authtoken.models import Token

            organization = user.active_organization
            organization.jwt.legacy_api_tokens_enabled = True  # new organizations have legacy tokens off
            organization.jwt.save()
            key = Token.objects.get_or_create(user=user)[0].key
            self.headers["HTTP_AUTHORIZATION"] = f"Token {key}"
        elif auth == "bearer":
            from jwt_auth.models import LSAPIToken

            self.headers["HTTP_AUTHORIZATION"] = f"Bearer {LSAPIToken.for_user(user).access_token}"
        else:
            raise ValueError(auth)

    def csrf_headers(self) -> dict[str, str]:
        cookie = self.client.cookies.get("csrftoken")
        return {"HTTP_X_CSRFTOKEN": cookie.value} if cookie is not None else {}

    def call(self, method: str, path: str, data=None, *, csrf: bool = True, form: bool = False):
        headers = dict(self.headers)
        if csrf and self.auth == "session" and method != "GET":
            headers.update(self.csrf_headers())
        if method == "GET":
            return self.client.get(path, data or {}, **headers)
        if form:  # a browser form (multipart), as a cross-site page could send
            return getattr(self.client, method.lower())(path, data or {}, **headers)
        body = json.dumps(data) if data is not None else ""
        return getattr(self.client, method.lower())(path, body, content_type="application/json", **headers)

    def get(self, path, data=None, **kw):
        return self.call("GET", path, data, **kw)

    def post(self, path, data=None, **kw):
        return self.call("POST", path, data, **kw)

    def patch(self, path, data=None, **kw):
        return self.call("PATCH", path, data, **kw)

    def put(self, path, data=None, **kw):
        return self.call("PUT", path, data, **kw)

    def delete(self, path, **kw):
        return self.call("DELETE", path, None, **kw)


class RecordingServer:
    """A loopback HTTP server that records every request and answers ``status`` with ``body`` (the attacker's port,
    or a node that misbehaves). ``requests`` lists (method, path)."""

    def __init__(self, status: int = 500, body: bytes = b"SECRET-BODY-do-not-echo"):
        self.status, self.body, self.requests = status, body, []
        recorder = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self):
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                recorder.requests.append((self.command, self.path))
                self.send_response(recorder.status)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(recorder.body)))
                self.end_headers()
                self.wfile.write(recorder.body)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _answer

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def attacker_server():
    server = RecordingServer()
    yield server
    server.close()


@pytest.fixture
def closed_port() -> int:
    """A loopback port nobody listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def orbis_settings(settings):
    """``settings.ORBIS`` with a node URL that is never contacted in these tests unless a test says so (a closed
    loopback port), no allowed extra nodes, local mode; returns a setter for more changes."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings.ORBIS = dataclasses.replace(settings.ORBIS, ceramic_url=f"http://127.0.0.1:{port}", orbisdb_url="",
                                         allowed_node_urls=(), mode="local")

    def change(**values):
        settings.ORBIS = dataclasses.replace(settings.ORBIS, **values)
        return settings.ORBIS

    change.settings = settings
    return change


@pytest.fixture
def make_side(make_user, orbis_settings):
    from projects.models import Project
    from tasks.models import Annotation, Task

    from orbis_export.storage.models import CeramicExportStorage

    def make(name: str) -> Side:
        tag = os.urandom(3).hex()
        user = make_user(f"{name}-{tag}@example.org")
        organization = user.active_organization
        project = Project.objects.create(title=f"{name} {tag}", label_config=CONFIG, organization=organization,
                                         created_by=user)
        task = Task.objects.create(project=project, data={"text": f"a review of {name}"})
        annotation = Annotation.objects.create(task=task, project=project, completed_by=user,
                                               result=choices("Positive"), lead_time=2.0)
        storage = CeramicExportStorage.objects.create(project=project, title=f"{name} storage", auto_export=False)
        return Side(user, organization, project, task, annotation, storage)

    return make


@pytest.fixture
def victim(make_side) -> Side:
    """Organization A."""
    return make_side("victim")


@pytest.fixture
def attacker(make_side) -> Side:
    """Organization B (its user is a member of B only)."""
    return make_side("attacker")


__all__ = ["AUTHS", "Api", "RecordingServer", "Side", "choices"]
