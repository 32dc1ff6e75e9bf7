"""Ceramic Target Storage API: only members of a project's organization see or touch its storages (Label Studio's
generic storage views let every logged-in user in). Every attack is sent by a user of organization B against
organization A, with a browser session (CSRF token included: this is about membership, not CSRF), a legacy Token and
a personal access token (Bearer); each test checks the 404, that nothing changed in the database and that nothing
was sent to any node."""
from __future__ import annotations

import pytest

from orbis_export.storage.models import CeramicExportStorage

from .conftest import AUTHS, Api

pytestmark = pytest.mark.django_db

BASE = "/api/storages/export/ceramic"


def storage_row(storage) -> dict | None:
    row = CeramicExportStorage.objects.filter(pk=storage.pk).values().first()
    if row is not None:
        row.pop("last_sync", None)
    return row


@pytest.fixture
def node(attacker_server, orbis_settings):
    """The server's configured node is a recording server: any request the API makes on the attacker's behalf shows."""
    orbis_settings(ceramic_url=attacker_server.url)
    return attacker_server


@pytest.mark.parametrize("auth", AUTHS)
def test_outsider_cannot_list_another_organizations_storages(victim, attacker, auth):
    api = Api(attacker.user, auth)
    assert api.get(BASE, {"project": victim.project.pk}).status_code == 404
    everything = api.get("/api/storages/export", {"project": victim.project.pk})  # Label Studio's all-types list
    assert everything.status_code in (200, 404)
    if everything.status_code == 200:
        assert [s for s in everything.json() if s.get("type") == "ceramic"] == []
    assert victim.storage.title.encode() not in everything.content
    own = api.get(BASE, {"project": attacker.project.pk})
    assert own.status_code == 200 and [s["id"] for s in own.json()] == [attacker.storage.pk]


@pytest.mark.parametrize("auth", AUTHS)
def test_outsider_cannot_read_another_organizations_storage(victim, attacker, auth):
    api = Api(attacker.user, auth)
    resp = api.get(f"{BASE}/{victim.storage.pk}")
    assert resp.status_code == 404 and victim.storage.title.encode() not in resp.content
    assert api.get(f"{BASE}/{attacker.storage.pk}").status_code == 200


@pytest.mark.parametrize("auth", AUTHS)
def test_outsider_cannot_redirect_another_organizations_storage_and_sync_it(victim, attacker, auth, node):
    """The reported attack: point A's storage at the attacker's port, then press Sync (A's signed rows would go
    there)."""
    api = Api(attacker.user, auth)
    before = storage_row(victim.storage)
    assert api.patch(f"{BASE}/{victim.storage.pk}", {"ceramic_url": node.url}).status_code == 404
    assert api.patch(f"{BASE}/{victim.storage.pk}", {"title": "mine now", "auto_export": True}).status_code == 404
    assert api.put(f"{BASE}/{victim.storage.pk}", {"project": victim.project.pk, "title": "mine now",
                                                   "ceramic_url": node.url}).status_code == 404
    assert api.post(f"{BASE}/{victim.storage.pk}/sync").status_code == 404
    assert storage_row(victim.storage) == before
    assert node.requests == []


@pytest.mark.parametrize("auth", AUTHS)
def test_outsider_cannot_delete_another_organizations_storage(victim, attacker, auth):
    api = Api(attacker.user, auth)
    assert api.delete(f"{BASE}/{victim.storage.pk}").status_code == 404
    assert storage_row(victim.storage) is not None


@pytest.mark.parametrize("auth", AUTHS)
def test_outsider_cannot_create_a_storage_in_another_organizations_project(victim, attacker, auth, node):
    api = Api(attacker.user, auth)
    before = list(CeramicExportStorage.objects.values_list("id", flat=True).order_by("id"))
    resp = api.post(BASE, {"project": victim.project.pk, "title": "planted", "auto_export": True})
    assert resp.status_code in (403, 404), resp.content
    assert list(CeramicExportStorage.objects.values_list("id", flat=True).order_by("id")) == before
    assert node.requests == []


@pytest.mark.parametrize("auth", AUTHS)
def test_outsider_cannot_move_an_own_storage_into_another_organizations_project(victim, attacker, auth):
    api = Api(attacker.user, auth)
    before = storage_row(attacker.storage)
    assert api.patch(f"{BASE}/{attacker.storage.pk}", {"project": victim.project.pk}).status_code == 404
    assert storage_row(attacker.storage) == before


@pytest.mark.parametrize("auth", AUTHS)
def test_outsider_cannot_check_connection_for_another_organizations_project(victim, attacker, auth, node):
    """Check Connection runs A's schema check against the node: a foreign ``project``, a foreign ``id``, or an own
    ``id`` with a foreign ``project`` are refused, and nothing is sent."""
    api = Api(attacker.user, auth)
    path = f"{BASE}/validate"
    assert api.post(path, {"project": victim.project.pk, "title": "x"}).status_code == 404
    assert api.post(path, {"id": victim.storage.pk, "project": victim.project.pk}).status_code == 404
    assert api.post(path, {"id": victim.storage.pk, "project": attacker.project.pk}).status_code == 404
    assert node.requests == []
    assert storage_row(victim.storage) is not None


@pytest.mark.parametrize("auth", AUTHS)
def test_outsider_cannot_check_an_own_storage_against_another_organizations_project(victim, attacker, auth, node):
    """``{"id": <own storage>, "project": <A's project>}`` would run A's schema check with the attacker's storage."""
    api = Api(attacker.user, auth)
    before = storage_row(attacker.storage)
    mixed = api.post(f"{BASE}/validate", {"id": attacker.storage.pk, "project": victim.project.pk})
    assert mixed.status_code in (400, 403, 404), mixed.content
    assert node.requests == []
    assert storage_row(attacker.storage) == before


@pytest.mark.parametrize("auth", AUTHS)
def test_members_keep_working_with_every_way_in(victim, make_user, auth):
    """A colleague in organization A reads, edits and deletes A's storage with a session, a Token or a Bearer."""
    colleague = make_user(f"storage-colleague-{auth}-{victim.project.pk}@example.org",
                          organization=victim.organization)
    api = Api(colleague, auth)
    assert [s["id"] for s in api.get(BASE, {"project": victim.project.pk}).json()] == [victim.storage.pk]
    assert api.get(f"{BASE}/{victim.storage.pk}").json()["title"] == victim.storage.title
    assert api.patch(f"{BASE}/{victim.storage.pk}", {"title": "renamed"}).status_code == 200
    assert CeramicExportStorage.objects.get(pk=victim.storage.pk).title == "renamed"
    assert api.delete(f"{BASE}/{victim.storage.pk}").status_code == 204
    assert storage_row(victim.storage) is None


def test_anonymous_visitors_get_nothing(victim, node):
    from django.test import Client

    anonymous = Client(enforce_csrf_checks=True)
    before = storage_row(victim.storage)
    for method, path in (("get", f"{BASE}?project={victim.project.pk}"), ("get", f"{BASE}/{victim.storage.pk}"),
                         ("patch", f"{BASE}/{victim.storage.pk}"), ("delete", f"{BASE}/{victim.storage.pk}"),
                         ("post", f"{BASE}/{victim.storage.pk}/sync"), ("post", f"{BASE}/validate"), ("post", BASE)):
        resp = getattr(anonymous, method)(path, content_type="application/json")
        assert resp.status_code in (401, 403), (method, path, resp.status_code)
    assert storage_row(victim.storage) == before
    assert node.requests == []
