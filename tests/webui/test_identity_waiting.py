"""The identity status tells a labeler how many of their own annotations wait for their wallet (issue 15, 3.2): the
count the Ceramic menu shows. Real Label Studio, the real node, real sync runs: own rows only, members only, and the
count goes to zero as soon as the labeler can sign."""
from __future__ import annotations

import os

import pytest

from orbis_export import jobs
from orbis_export.api import identity_presenters
from tests.fixtures.lab import connect

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


@pytest.fixture(autouse=True)
def own_source(orbis):
    orbis(source=f"orbis-webui-{os.urandom(4).hex()}", signer_fallback="pending")


def sync(project, user=None) -> dict:
    return jobs.run_job(jobs.create_job(project, user))


def waiting_of(client) -> dict:
    response = client.get("/api/orbis/identity/status")
    assert response.status_code == 200, response.content
    return response.json()["waiting"]


def test_a_labeler_without_a_wallet_is_told_how_many_of_their_annotations_wait(make_lab, login):
    lab = make_lab(labelers=2, per_labeler=2, connected=[True, False])
    connected, waiting = lab.labelers
    # before any sync of the project, nothing "waits" (nothing was tried)
    assert waiting_of(login(waiting)) == {"count": 0, "projects": []}
    job = sync(lab.project, lab.owner)
    assert job["counts"]["pending_signer"] == 2 and job["counts"]["create"] == 2, job
    seen = waiting_of(login(waiting))
    assert seen == {"count": 2, "projects": [{"id": lab.project.pk, "title": lab.project.title, "count": 2}]}, seen
    # own rows only: the connected labeler and the owner (who labeled nothing) have nothing waiting
    assert waiting_of(login(connected))["count"] == 0
    assert waiting_of(login(lab.owner))["count"] == 0
    # an annotation edited by someone else is theirs to sign now, not the labeler's
    from orbis_export.authorship import acting_as
    from tests.fixtures.lab import choices

    theirs = [a for a in lab.annotations if a.completed_by_id == waiting.pk][0]
    with acting_as(connected):
        theirs.result = choices("Neutral")
        theirs.save()
    assert identity_presenters.waiting(waiting)["count"] == 1
    # connecting a wallet: the labeler can sign, nothing waits for them any more (the next sync writes the rows)
    connect(waiting)
    assert waiting_of(login(waiting))["count"] == 0


def test_only_projects_of_the_labelers_organizations_count(make_lab):
    from organizations.models import OrganizationMember
    from django.utils import timezone

    lab = make_lab(labelers=1, per_labeler=1, connected=False)
    (labeler,) = lab.labelers
    sync(lab.project, lab.owner)
    assert identity_presenters.waiting(labeler)["count"] == 1
    OrganizationMember.objects.filter(user=labeler, organization=lab.project.organization).update(
        deleted_at=timezone.now())  # removed from the organization: its projects are no longer theirs to see
    assert identity_presenters.waiting(labeler) == {"count": 0, "projects": []}


def test_nothing_waits_when_the_service_did_signs(make_lab, orbis):
    lab = make_lab(labelers=1, per_labeler=1, connected=False)
    sync(lab.project, lab.owner)
    assert identity_presenters.waiting(lab.labelers[0])["count"] == 1
    orbis(signer_fallback="service")
    assert identity_presenters.waiting(lab.labelers[0])["count"] == 0
