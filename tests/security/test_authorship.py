"""A labeler's DID signs only what that labeler saved (issue 12, reproductions 1 and 6).

Every attack goes through Label Studio's real REST API as the attacker would send it; the truth is read back from the
real Ceramic node, never from our tables."""
from __future__ import annotations

import json
import os

import pytest
from django.test import Client

from orbis_export.ceramic import Ed25519DIDKey
from orbis_export.models import AnnotationSave
from orbis_export.sync import sync_project
from tests.fixtures.lab import (  # noqa: F401  (fixtures)
    choices,
    connect,
    make_lab,
    node_client,
    node_docs,
    orbis,
    save_as,
    sync_model,
)

pytestmark = [pytest.mark.integration, pytest.mark.django_db]
PASSWORD = "correct-horse-battery-staple"


class Api:
    """A user logged in through Label Studio's login form; JSON requests with the CSRF token."""

    def __init__(self, user):
        self.client = Client(enforce_csrf_checks=True)
        self.client.get("/user/login/")
        resp = self.client.post("/user/login/", {"email": user.email, "password": PASSWORD,
                                                 "csrfmiddlewaretoken": self.client.cookies["csrftoken"].value})
        assert resp.status_code == 302

    def send(self, method, path, data):
        return getattr(self.client, method)(path, json.dumps(data), content_type="application/json",
                                            HTTP_X_CSRFTOKEN=self.client.cookies["csrftoken"].value)


def docs_of(client, model, did, annotation_id):
    return [d for d in node_docs(client, model, did) if d.content["annotation_id"] == annotation_id]


def third_party_table(client, model, dids) -> dict[int, list[dict]]:
    """What anyone reading only the node can say per annotation: who is named as labeler, who signed, and whether
    the signer is the labeler signing their own work."""
    table: dict[int, list[dict]] = {}
    for did in dids:
        for state in client.iter_collection(model, account=did):
            c = state.content
            table.setdefault(c["annotation_id"], []).append({
                "labeler": c["annotator"], "labeler_did": c.get("annotator_did"), "saved_by": c.get("saved_by"),
                "signed_by": state.controller, "signer_kind": c["signer_kind"], "origin": c["origin"],
                "self_signed": c["signer_kind"] == "labeler" and c.get("annotator_did") == state.controller
                and c.get("saved_by") == c["annotator"], "revises": c.get("revises")})
    return table


def test_a_forged_completed_by_on_create_is_signed_by_whoever_saved_it(make_lab, node_client, sync_model):
    lab = make_lab(labelers=2, per_labeler=0)
    labeler, member = lab.labelers
    from tasks.models import Annotation, Task

    task = Task.objects.create(project=lab.project, data={"text": "a forged label", "stars": 1})
    resp = Api(member).send("post", f"/api/tasks/{task.pk}/annotations/",
                            {"result": choices("Negative"), "completed_by": labeler.pk})
    assert resp.status_code == 201, resp.content
    aid = resp.json()["id"]
    assert Annotation.objects.get(pk=aid).completed_by_id == labeler.pk  # Label Studio took the claim as it came

    result = sync_project(lab.project)
    assert result.counts["written"] == 1 and dict(result.signed_by) == {"reviewer": 1}, result.message
    assert docs_of(node_client, sync_model, lab.dids[0], aid) == []  # nothing under the named labeler's DID
    [doc] = docs_of(node_client, sync_model, lab.dids[1], aid)
    c = doc.content
    assert (c["annotator"], c["saved_by"], c["origin"], c["signer_kind"], c["signer_did"]) == (
        labeler.pk, member.pk, "attributed", "reviewer", lab.dids[1])
    assert c["annotator_did"] is None  # the claim is not dressed up with the labeler's DID (an explicit null)


def test_a_member_editing_a_labelers_annotation_makes_a_revision_of_their_own(make_lab, node_client, sync_model):
    lab = make_lab(labelers=2, per_labeler=1)
    labeler, member = lab.labelers
    own = lab.annotations[0]
    assert sync_project(lab.project).counts["create"] == 2
    [original] = docs_of(node_client, sync_model, lab.dids[0], own.pk)
    commits_before = len(node_client.load(str(original.stream_id)).log)

    resp = Api(member).send("patch", f"/api/annotations/{own.pk}/", {"result": choices("Neutral")})
    assert resp.status_code == 200, resp.content
    revised = sync_project(lab.project)
    assert revised.counts["create"] == 1 and revised.counts["update"] == 0, revised.message

    after = node_client.load(str(original.stream_id))
    assert len(after.log) == commits_before and after.content["sentiment"] == "Positive"  # the labeler's stream
    [revision] = docs_of(node_client, sync_model, lab.dids[1], own.pk)
    c = revision.content
    assert (c["sentiment"], c["origin"], c["signer_kind"], c["saved_by"], c["annotator"], c["revises"]) == (
        "Neutral", "revision", "reviewer", member.pk, labeler.pk, str(original.stream_id))

    # the labeler takes it back: only then does the labeler's stream change, signed by the labeler
    own.refresh_from_db()
    own.result = choices("Negative")
    save_as(own, labeler)
    assert sync_project(lab.project).counts["update"] == 1
    back = node_client.load(str(original.stream_id))
    assert back.content["sentiment"] == "Negative" and back.content["origin"] == "labeling"
    assert node_client.load(str(revision.stream_id)).content["sentiment"] == "Neutral"  # the revision stays as it was

    # a third party reading only the node tells who labeled, who signed, and whether they are the same person
    table = third_party_table(node_client, sync_model, lab.dids)
    rows = sorted(table[own.pk], key=lambda r: r["signer_kind"])
    assert [(r["signer_kind"], r["self_signed"], r["signed_by"]) for r in rows] == [
        ("labeler", True, lab.dids[0]), ("reviewer", False, lab.dids[1])]
    assert table[lab.annotations[1].pk][0]["self_signed"] is True


def test_a_revision_waits_for_the_editor_and_never_touches_the_labelers_stream(make_lab, node_client, sync_model):
    lab = make_lab(labelers=2, per_labeler=1, connected=[True, False])
    labeler, member = lab.labelers
    own = lab.annotations[0]
    assert sync_project(lab.project).counts["create"] == 1
    [original] = docs_of(node_client, sync_model, lab.dids[0], own.pk)
    tip = node_client.load(str(original.stream_id)).log[-1]["cid"]

    resp = Api(member).send("patch", f"/api/annotations/{own.pk}/", {"result": choices("Neutral")})
    assert resp.status_code == 200
    result = sync_project(lab.project)
    assert result.counts["written"] == 0
    err = next(e for e in result.errors if e.annotation_id == own.pk)
    assert err.kind == "pending_signer" and f"edited by user {member.pk}" in err.reason
    assert f"waits for user {member.pk} to connect a wallet" in err.reason
    assert node_client.load(str(original.stream_id)).log[-1]["cid"] == tip


def test_patching_completed_by_does_not_move_authorship(make_lab, node_client, sync_model):
    lab = make_lab(labelers=2, per_labeler=1)
    labeler, member = lab.labelers
    theirs = lab.annotations[1]  # the member's own annotation
    resp = Api(member).send("patch", f"/api/annotations/{theirs.pk}/", {"completed_by": labeler.pk})
    assert resp.status_code == 200, resp.content
    theirs.refresh_from_db()
    assert theirs.completed_by_id == labeler.pk

    result = sync_project(lab.project)
    assert result.counts["create"] == 2
    assert docs_of(node_client, sync_model, lab.dids[0], theirs.pk) == []
    [doc] = docs_of(node_client, sync_model, lab.dids[1], theirs.pk)
    assert (doc.content["origin"], doc.content["saved_by"], doc.content["annotator"]) == (
        "attributed", member.pk, labeler.pk)


def test_imported_annotations_naming_a_labeler_are_never_signed_by_them(make_lab, node_client, sync_model, orbis):
    lab = make_lab(labelers=2, per_labeler=0)
    labeler, member = lab.labelers
    tasks = [{"data": {"text": f"imported {i}", "stars": 2},
              "annotations": [{"id": 9000 + i, "result": choices("Positive"), "completed_by": labeler.pk}]}
             for i in range(2)]
    resp = Api(member).send("post", f"/api/projects/{lab.project.pk}/import", tasks)
    assert resp.status_code == 201, resp.content
    from tasks.models import Annotation

    imported = list(Annotation.objects.filter(project=lab.project).values_list("id", "completed_by_id"))
    assert len(imported) == 2 and {c for _, c in imported} == {labeler.pk}

    pending = sync_project(lab.project)
    assert pending.counts["written"] == 0 and pending.pending == 2
    assert all("imported into the project" in e.reason and "no one on record can sign it" in e.reason
               for e in pending.errors), [e.reason for e in pending.errors]
    assert node_docs(node_client, sync_model, lab.dids[0]) == []

    service = Ed25519DIDKey(os.urandom(32))
    orbis(signer_fallback="service", service_seed=service.seed)
    served = sync_project(lab.project)
    assert served.counts["create"] == 2 and dict(served.signed_by) == {"service": 2}
    docs = node_docs(node_client, sync_model, service.did)
    assert sorted((d.content["origin"], d.content["signer_kind"], d.content["annotator"]) for d in docs) == [
        ("import", "service", labeler.pk)] * 2
    assert node_docs(node_client, sync_model, lab.dids[0]) == []

    # the exporter stand-in is refused when the exporter *is* the named labeler: their DID signs only their own saves
    orbis(signer_fallback="exporter", service_seed=None)
    from orbis_export.sync import SyncOptions

    as_labeler = sync_project(lab.project, SyncOptions(exporter=labeler))
    assert as_labeler.counts["written"] == 0 and node_docs(node_client, sync_model, lab.dids[0]) == []


def test_a_user_of_another_organization_naming_a_labeler_gets_nothing_signed_by_them(make_lab, node_client,
                                                                                   sync_model):
    home = make_lab(labelers=1, per_labeler=0)  # the victim's organization
    victim = home.labelers[0]
    away = make_lab(labelers=1, per_labeler=0)  # the attacker's own organization and project
    attacker = away.labelers[0]
    from tasks.models import Task

    task = Task.objects.create(project=away.project, data={"text": "cross-org claim", "stars": 5})
    resp = Api(attacker).send("post", f"/api/tasks/{task.pk}/annotations/",
                              {"result": choices("Positive"), "completed_by": victim.pk})
    if resp.status_code == 201:  # Label Studio accepts a user of another organization as completed_by
        sync_project(away.project)
        assert node_docs(node_client, sync_model, home.dids[0]) == []
        [doc] = node_docs(node_client, sync_model, away.dids[0])
        assert doc.content["origin"] == "attributed" and doc.content["saved_by"] == attacker.pk
    else:
        assert resp.status_code in (400, 403, 404)
    assert node_docs(node_client, sync_model, home.dids[0]) == []


def test_every_save_is_logged_with_the_authenticated_user_not_the_body(make_lab):
    lab = make_lab(labelers=2, per_labeler=1)
    labeler, member = lab.labelers
    own = lab.annotations[0]
    Api(member).send("patch", f"/api/annotations/{own.pk}/", {"result": choices("Neutral"),
                                                              "completed_by": labeler.pk, "updated_by": labeler.pk})
    last = AnnotationSave.objects.filter(annotation_id=own.pk).last()
    assert (last.saved_by, last.claimed_id, last.via) == (member.pk, labeler.pk, AnnotationSave.VIA_REQUEST)
    assert last.path == f"/api/annotations/{own.pk}/"


def test_an_exporter_stand_in_says_so_in_the_document(make_lab, node_client, sync_model, orbis):
    lab = make_lab(labelers=2, per_labeler=1, connected=[False, True])
    labeler, exporter = lab.labelers
    orbis(signer_fallback="exporter")
    from orbis_export.sync import SyncOptions

    result = sync_project(lab.project, SyncOptions(exporter=exporter))
    assert dict(result.signed_by) == {"exporter": 1, "labeler": 1}, result.message
    [doc] = docs_of(node_client, sync_model, lab.dids[1], lab.annotations[0].pk)
    c = doc.content
    assert (c["annotator"], c["saved_by"], c["origin"], c["signer_kind"], c["signer_did"]) == (
        labeler.pk, labeler.pk, "labeling", "exporter", lab.dids[1])
    table = third_party_table(node_client, sync_model, [lab.dids[1]])
    assert table[lab.annotations[0].pk][0]["self_signed"] is False
    assert table[lab.annotations[1].pk][0]["self_signed"] is True
