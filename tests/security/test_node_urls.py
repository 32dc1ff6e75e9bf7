"""No server-side request to a URL a member typed: a storage's node URLs must be empty (the server's node), the
configured node or listed in ORBIS_ALLOWED_NODE_URLS — refused with a 400 naming the setting before any request, on
create, PATCH, Check Connection and Sync (also for rows saved before the rule). Check Connection never echoes what a
node answered. In production, listed loopback/private/link-local nodes are refused too (only the configured node may
be one)."""
from __future__ import annotations

import socket

import pytest

from orbis_export.models import SyncJob

from orbis_export.storage.models import CeramicExportStorage

from .conftest import Api, RecordingServer

BASE = "/api/storages/export/ceramic"
SECRET = b"SECRET-BODY-do-not-echo"


def non_public_address(host):
    from orbis_export.target import non_public_address as check

    return check(host)


def node_url_refusal(url, field="ceramic_url"):
    from orbis_export.target import node_url_refusal as rule

    return rule(url, field)


# --- the production address check (one small function) --------------------------------------------------------------
@pytest.mark.parametrize("host", ["127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.5.4", "192.168.0.1", "169.254.169.254",
                                  "0.0.0.0", "100.64.0.1", "::1", "fe80::1", "fc00::1", "::ffff:127.0.0.1", "::",
                                  "localhost"])
def test_non_public_addresses_are_reported(host):
    assert non_public_address(host) is not None


@pytest.mark.parametrize("host", ["8.8.8.8", "1.1.1.1", "2606:4700:4700::1111"])
def test_public_addresses_pass(host):
    assert non_public_address(host) is None


def test_a_name_is_refused_if_any_of_its_addresses_is_not_public(monkeypatch):
    answers = {"mixed.example": ["8.8.8.8", "10.0.0.7"], "public.example": ["8.8.8.8", "2606:4700:4700::1111"]}

    def fake_getaddrinfo(host, *args, **kwargs):
        if host not in answers:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return [(socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, 0))
                for a in answers[host]]

    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo)
    assert "10.0.0.7" in non_public_address("mixed.example")
    assert non_public_address("public.example") is None
    assert "does not resolve" in non_public_address("nowhere.example")


# --- the allow-list rule ---------------------------------------------------------------------------------------------
def test_node_url_rule(orbis_settings):
    orbis_settings(ceramic_url="http://127.0.0.1:7007", orbisdb_url="http://127.0.0.1:7008",
                   allowed_node_urls=("https://ceramic-2.example.org", "http://127.0.0.1:7100"))
    for allowed in ("", "  ", "http://127.0.0.1:7007", "http://127.0.0.1:7007/", "HTTP://127.0.0.1:7007",
                    "https://ceramic-2.example.org", "https://CERAMIC-2.example.org/", "http://127.0.0.1:7100"):
        assert node_url_refusal(allowed) is None, allowed
    assert node_url_refusal("http://127.0.0.1:7008", "orbisdb_url") is None
    for refused in ("http://127.0.0.1:7009", "http://127.0.0.1:7007/anything?x=", "http://127.0.0.1:7007?x=1",
                    "http://user@127.0.0.1:7007", "http://127.0.0.1:7007@evil.example:80", "file:///etc/passwd",
                    "gopher://127.0.0.1:7007", "https://ceramic-3.example.org", "http://localhost:7007"):
        reason = node_url_refusal(refused)
        assert reason is not None, refused
        assert "ORBIS_CERAMIC_URL" in reason or "ORBIS_ALLOWED_NODE_URLS" in reason, reason
    assert "ORBIS_ALLOWED_NODE_URLS" in node_url_refusal("http://127.0.0.1:7009")
    assert "ORBIS_ALLOWED_NODE_URLS" in node_url_refusal("http://127.0.0.1:7009", "orbisdb_url")


def test_production_refuses_listed_private_nodes_but_not_the_configured_one(orbis_settings):
    orbis_settings(mode="production", ceramic_url="http://127.0.0.1:7007",
                   allowed_node_urls=("http://127.0.0.1:7100", "http://10.0.0.5:7007", "http://8.8.8.8:7007"))
    assert node_url_refusal("http://127.0.0.1:7007") is None  # the configured node
    assert node_url_refusal("http://8.8.8.8:7007") is None
    for listed in ("http://127.0.0.1:7100", "http://10.0.0.5:7007"):
        reason = node_url_refusal(listed)
        assert reason is not None and "production" in reason, listed


# --- through the API, as a member of the storage's organization ------------------------------------------------------
@pytest.fixture
def member(attacker):
    """A user acting on their own organization's storage (the member who types a URL)."""
    return attacker


@pytest.mark.django_db
def test_check_connection_to_a_typed_url_is_refused_before_any_request(member, attacker_server, closed_port):
    api = Api(member.user, "session")
    answers = []
    for url in (f"{attacker_server.url}/admin?x=", attacker_server.url, f"http://127.0.0.1:{closed_port}"):
        resp = api.post(f"{BASE}/validate", {"project": member.project.pk, "title": "x", "ceramic_url": url})
        assert resp.status_code == 400, resp.content
        assert b"ORBIS_ALLOWED_NODE_URLS" in resp.content and SECRET not in resp.content
        answers.append(resp.json()["validation_errors"])
    assert attacker_server.requests == []
    # an open port and a closed one answer alike (no port scan through Check Connection)
    assert answers[1]["ceramic_url"][0].replace(attacker_server.url, "URL") == \
        answers[2]["ceramic_url"][0].replace(f"http://127.0.0.1:{closed_port}", "URL")


@pytest.mark.django_db
def test_saving_a_typed_url_is_refused(member, attacker_server):
    api = Api(member.user, "session")
    before = list(CeramicExportStorage.objects.values_list("id", "ceramic_url", "orbisdb_url").order_by("id"))
    created = api.post(BASE, {"project": member.project.pk, "title": "x", "ceramic_url": attacker_server.url})
    assert created.status_code == 400 and b"ORBIS_ALLOWED_NODE_URLS" in created.content
    for field in ("ceramic_url", "orbisdb_url"):
        patched = api.patch(f"{BASE}/{member.storage.pk}", {field: f"{attacker_server.url}/x?y="})
        assert patched.status_code == 400 and b"ORBIS_ALLOWED_NODE_URLS" in patched.content, patched.content
    assert list(CeramicExportStorage.objects.values_list("id", "ceramic_url", "orbisdb_url").order_by("id")) == before
    assert attacker_server.requests == []


@pytest.mark.django_db
def test_a_stored_url_that_is_not_allowed_is_never_synced(member, attacker_server):
    """A row saved before the rule (or before the list changed): the Sync button, the automatic export and the queue
    worker send it nothing."""
    from orbis_export.storage import functions

    CeramicExportStorage.objects.filter(pk=member.storage.pk).update(ceramic_url=attacker_server.url)
    api = Api(member.user, "session")
    resp = api.post(f"{BASE}/{member.storage.pk}/sync")
    assert resp.status_code == 400 and b"ORBIS_ALLOWED_NODE_URLS" in resp.content, resp.content
    result = functions.run_project_sync(member.project.pk, "auto", None, member.storage.pk)
    assert result["status"] == "skipped" and "ORBIS_ALLOWED_NODE_URLS" in result["skipped"]
    storage = CeramicExportStorage.objects.get(pk=member.storage.pk)
    assert storage.status == "failed" and "ORBIS_ALLOWED_NODE_URLS" in storage.traceback
    assert attacker_server.requests == []
    assert not SyncJob.objects.filter(project=member.project).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("status,body,expected", [
    (500, SECRET, "answered HTTP 500"),
    (404, SECRET, "answered HTTP 404"),
    (200, SECRET, "not as a Ceramic node"),
])
def test_check_connection_never_echoes_what_a_node_answered(member, orbis_settings, status, body, expected):
    """Even a listed node's answer body is not shown: only what failed."""
    server = RecordingServer(status=status, body=body)
    try:
        orbis_settings(allowed_node_urls=(server.url,))
        api = Api(member.user, "session")
        resp = api.post(f"{BASE}/validate", {"project": member.project.pk, "title": "x", "ceramic_url": server.url})
        assert resp.status_code == 400, resp.content
        assert expected.encode() in resp.content, resp.content
        assert SECRET not in resp.content and b"SECRET" not in resp.content
        assert server.requests == [("GET", "/api/v0/node/healthcheck")]
    finally:
        server.close()


@pytest.mark.django_db
def test_an_unreachable_listed_node_says_so(member, orbis_settings, closed_port):
    url = f"http://127.0.0.1:{closed_port}"
    orbis_settings(allowed_node_urls=(url,))
    resp = Api(member.user, "session").post(f"{BASE}/validate", {"project": member.project.pk, "ceramic_url": url})
    assert resp.status_code == 400 and b"does not answer" in resp.content, resp.content


@pytest.mark.django_db
def test_production_refuses_a_listed_loopback_node_through_the_api(member, orbis_settings, attacker_server):
    orbis_settings(mode="production", allowed_node_urls=(attacker_server.url,))
    api = Api(member.user, "session")
    resp = api.post(f"{BASE}/validate", {"project": member.project.pk, "ceramic_url": attacker_server.url})
    assert resp.status_code == 400 and b"production" in resp.content, resp.content
    assert api.patch(f"{BASE}/{member.storage.pk}", {"ceramic_url": attacker_server.url}).status_code == 400
    assert attacker_server.requests == []
