"""CSRF on every state-changing Ceramic storage endpoint authenticated by the browser session (Label Studio's
``DisableCSRF`` middleware turns CSRF off for views that do not ask for it). A cross-site page can make the browser
send the session cookie with a JSON or form body, but not the X-CSRFToken header: without it → 403 and nothing
changes; with it → works. API clients (legacy Token, personal access token) need no CSRF token, as DRF intends."""
from __future__ import annotations

import pytest

from orbis_export.storage.models import CeramicExportStorage

from .conftest import Api

pytestmark = pytest.mark.django_db

BASE = "/api/storages/export/ceramic"


@pytest.fixture
def node(attacker_server, orbis_settings):
    orbis_settings(ceramic_url=attacker_server.url)
    return attacker_server


def titles(project):
    return sorted(CeramicExportStorage.objects.filter(project=project).values_list("title", flat=True))


def test_session_patch_without_csrf_token_is_refused_and_with_it_works(attacker):
    api = Api(attacker.user, "session")
    path = f"{BASE}/{attacker.storage.pk}"
    refused = api.patch(path, {"title": "forged"}, csrf=False)
    assert refused.status_code == 403 and b"CSRF" in refused.content
    assert api.put(path, {"project": attacker.project.pk, "title": "forged"}, csrf=False).status_code == 403
    assert CeramicExportStorage.objects.get(pk=attacker.storage.pk).title == attacker.storage.title
    assert api.patch(path, {"title": "renamed"}).status_code == 200
    assert CeramicExportStorage.objects.get(pk=attacker.storage.pk).title == "renamed"


def test_session_delete_without_csrf_token_is_refused_and_with_it_works(attacker):
    api = Api(attacker.user, "session")
    path = f"{BASE}/{attacker.storage.pk}"
    assert api.delete(path, csrf=False).status_code == 403
    assert CeramicExportStorage.objects.filter(pk=attacker.storage.pk).exists()
    assert api.delete(path).status_code == 204
    assert not CeramicExportStorage.objects.filter(pk=attacker.storage.pk).exists()


@pytest.mark.parametrize("form", [False, True], ids=["json", "form"])
def test_session_create_without_csrf_token_is_refused(attacker, node, form):
    api = Api(attacker.user, "session")
    before = titles(attacker.project)
    resp = api.post(BASE, {"project": attacker.project.pk, "title": "forged"}, csrf=False, form=form)
    assert resp.status_code == 403 and b"CSRF" in resp.content
    assert titles(attacker.project) == before
    assert node.requests == []


@pytest.mark.parametrize("form", [False, True], ids=["json", "form"])
def test_session_sync_and_check_connection_without_csrf_token_are_refused(attacker, node, form):
    api = Api(attacker.user, "session")
    assert api.post(f"{BASE}/{attacker.storage.pk}/sync", csrf=False, form=form).status_code == 403
    assert api.post(f"{BASE}/validate", {"project": attacker.project.pk, "title": "x"}, csrf=False,
                    form=form).status_code == 403
    assert node.requests == []
    assert CeramicExportStorage.objects.get(pk=attacker.storage.pk).status == attacker.storage.status
    # with the token the same requests get through CSRF (and reach the node: here a recording server answering 500)
    assert api.post(f"{BASE}/validate", {"project": attacker.project.pk, "title": "x"}).status_code == 400
    assert node.requests != []


@pytest.mark.parametrize("auth", ["token", "bearer"])
def test_api_clients_need_no_csrf_token(attacker, auth):
    api = Api(attacker.user, auth)
    path = f"{BASE}/{attacker.storage.pk}"
    assert api.patch(path, {"title": f"renamed by {auth}"}).status_code == 200
    assert CeramicExportStorage.objects.get(pk=attacker.storage.pk).title == f"renamed by {auth}"
    assert api.delete(path).status_code == 204


@pytest.mark.integration
def test_session_with_csrf_token_creates_checks_and_syncs_on_the_real_node(orbis, make_lab, inline_jobs, settings):
    """The whole storage flow with a browser session that sends its CSRF token, against the real node."""
    settings.SYNC_ON_TARGET_STORAGE_CREATION = False
    lab = make_lab(labelers=1, per_labeler=1)
    api = Api(lab.owner, "session")
    fields = {"project": lab.project.pk, "title": "Ceramic", "auto_export": False}
    assert api.post(f"{BASE}/validate", fields).status_code == 200
    created = api.post(BASE, fields)
    assert created.status_code == 201, created.content
    synced = api.post(f"{BASE}/{created.json()['id']}/sync")
    assert synced.status_code == 200, synced.content
    storage = CeramicExportStorage.objects.get(pk=created.json()["id"])
    assert (storage.status, storage.last_sync_count) == ("completed", 1), storage.traceback


from tests.storage.conftest import inline_jobs  # noqa: E402,F401  (fixtures of the integration test above)
from tests.fixtures.lab import make_lab, node_client, orbis, sync_model  # noqa: E402,F401
