"""Annotations land in a signed dataset: only members of a project's organization may create, read, change or delete
them (Label Studio's open-source annotation API lets every logged-in user in). Each test sends what an attacker of
organization B would send, with a browser session, a legacy Token and a personal access token (Bearer), and checks
the status AND that nothing changed in the database; members keep Label Studio's behaviour."""
from __future__ import annotations

import pytest
from django.urls import resolve

from .conftest import AUTHS, Api, choices

pytestmark = pytest.mark.django_db


def annotation_state(annotation):
    from tasks.models import Annotation

    fresh = Annotation.objects.filter(pk=annotation.pk).first()
    return None if fresh is None else (fresh.result, fresh.completed_by_id, fresh.was_cancelled, fresh.ground_truth)


def test_our_routes_serve_the_annotation_task_and_import_paths():
    """The hardened views are what Label Studio's paths resolve to (mounted ahead of Label Studio's)."""
    from orbis_export.api import annotations as ours

    expected = {
        "/api/tasks/1/": ours.MemberTaskAPI,
        "/api/tasks/1/annotations/": ours.MemberAnnotationsListAPI,
        "/api/tasks/1/drafts": ours.MemberAnnotationDraftListAPI,
        "/api/tasks/1/annotations/2/drafts": ours.MemberAnnotationDraftListAPI,
        "/api/annotations/1/": ours.MemberAnnotationAPI,
        "/api/annotations/1/convert-to-draft": ours.MemberAnnotationConvertAPI,
        "/api/drafts/1/": ours.MemberAnnotationDraftAPI,
        "/api/projects/1/import": ours.MemberImportAPI,
        "/api/projects/1/tasks/bulk/": ours.MemberTasksBulkCreateAPI,
        "/api/projects/1/reimport": ours.MemberReImportAPI,
        "/api/projects/1/import/predictions": ours.MemberImportPredictionsAPI,
        "/api/users/1/": ours.MemberUserAPI,
        "/api/users/1.json": ours.MemberUserAPI,
        "/api/users/": ours.MemberUserAPI,
    }
    served = {p: getattr(resolve(p).func, "cls", None) for p in expected}
    assert served == expected


@pytest.mark.parametrize("auth", AUTHS)
def test_outsider_cannot_create_an_annotation_on_another_organizations_task(victim, attacker, auth):
    from tasks.models import Annotation

    api = Api(attacker.user, auth)
    before = set(Annotation.objects.filter(task=victim.task).values_list("id", flat=True))
    for body in ({"result": choices("Negative"), "lead_time": 1.0},
                 {"result": choices("Negative"), "lead_time": 1.0, "completed_by": victim.user.pk}):
        resp = api.post(f"/api/tasks/{victim.task.pk}/annotations/", body)
        assert resp.status_code == 404, resp.content
    assert set(Annotation.objects.filter(task=victim.task).values_list("id", flat=True)) == before
    # the same client still annotates its own organization's tasks (Label Studio's behaviour for members)
    own = api.post(f"/api/tasks/{attacker.task.pk}/annotations/", {"result": choices("Neutral"), "lead_time": 1.0})
    assert own.status_code == 201, own.content
    assert Annotation.objects.get(pk=own.json()["id"]).completed_by_id == attacker.user.pk


@pytest.mark.parametrize("auth", AUTHS)
def test_outsider_cannot_read_another_organizations_annotations(victim, attacker, auth):
    api = Api(attacker.user, auth)
    for path in (f"/api/annotations/{victim.annotation.pk}/", f"/api/tasks/{victim.task.pk}/annotations/"):
        resp = api.get(path)
        assert resp.status_code == 404, (path, resp.content)
        assert b"Positive" not in resp.content
    assert api.get(f"/api/annotations/{attacker.annotation.pk}/").status_code == 200


@pytest.mark.parametrize("auth", AUTHS)
def test_outsider_cannot_change_another_organizations_annotation(victim, attacker, auth):
    api = Api(attacker.user, auth)
    before = annotation_state(victim.annotation)
    path = f"/api/annotations/{victim.annotation.pk}/"
    assert api.patch(path, {"result": choices("Negative")}).status_code == 404
    assert api.patch(path, {"completed_by": attacker.user.pk}).status_code == 404
    assert api.put(path, {"result": choices("Negative"), "task": victim.task.pk}).status_code == 404
    assert annotation_state(victim.annotation) == before
    assert api.patch(f"/api/annotations/{attacker.annotation.pk}/", {"result": choices("Negative")}).status_code == 200


@pytest.mark.parametrize("auth", AUTHS)
def test_outsider_cannot_delete_another_organizations_annotation(victim, attacker, auth):
    from tasks.models import AnnotationDraft

    api = Api(attacker.user, auth)
    before = annotation_state(victim.annotation)
    assert api.delete(f"/api/annotations/{victim.annotation.pk}/").status_code == 404
    # Label Studio's "convert to draft" deletes the annotation (and hands its result to the caller as a draft)
    assert api.post(f"/api/annotations/{victim.annotation.pk}/convert-to-draft").status_code == 404
    assert annotation_state(victim.annotation) == before
    assert not AnnotationDraft.objects.filter(user=attacker.user).exists()


@pytest.mark.parametrize("auth", AUTHS)
def test_outsider_cannot_read_or_plant_drafts_on_another_organizations_task(victim, attacker, auth):
    from tasks.models import AnnotationDraft

    draft = AnnotationDraft.objects.create(task=victim.task, user=victim.user, result=choices("Neutral"),
                                           lead_time=1.0)
    api = Api(attacker.user, auth)
    assert api.get(f"/api/drafts/{draft.pk}/").status_code == 404
    assert api.patch(f"/api/drafts/{draft.pk}/", {"result": choices("Negative")}).status_code == 404
    assert api.get(f"/api/tasks/{victim.task.pk}/drafts").status_code == 404
    assert api.post(f"/api/tasks/{victim.task.pk}/drafts", {"result": choices("Negative")}).status_code == 404
    assert api.post(f"/api/tasks/{victim.task.pk}/annotations/{victim.annotation.pk}/drafts",
                    {"result": choices("Negative")}).status_code == 404
    assert api.post(f"/api/tasks/{attacker.task.pk}/annotations/{victim.annotation.pk}/drafts",
                    {"result": choices("Negative")}).status_code == 404
    assert api.delete(f"/api/drafts/{draft.pk}/").status_code == 404
    draft.refresh_from_db()
    assert draft.result == choices("Neutral")
    assert list(AnnotationDraft.objects.filter(task=victim.task).values_list("id", flat=True)) == [draft.pk]
    assert not AnnotationDraft.objects.filter(user=attacker.user).exists()


@pytest.mark.parametrize("auth", ["session", "token"])
def test_members_keep_label_studios_behaviour(victim, make_user, auth):
    """A second member of organization A creates, reads, edits and deletes annotations as Label Studio does."""
    from tasks.models import Annotation

    colleague = make_user(f"colleague-{auth}-{victim.project.pk}@example.org", organization=victim.organization)
    api = Api(colleague, auth)
    created = api.post(f"/api/tasks/{victim.task.pk}/annotations/", {"result": choices("Neutral"), "lead_time": 2.0})
    assert created.status_code == 201, created.content
    new_id = created.json()["id"]
    assert Annotation.objects.get(pk=new_id).completed_by_id == colleague.pk
    listed = api.get(f"/api/tasks/{victim.task.pk}/annotations/")
    assert listed.status_code == 200 and {a["id"] for a in listed.json()} == {victim.annotation.pk, new_id}
    assert api.get(f"/api/annotations/{victim.annotation.pk}/").json()["result"] == choices("Positive")
    assert api.patch(f"/api/annotations/{new_id}/", {"result": choices("Negative")}).status_code == 200
    assert Annotation.objects.get(pk=new_id).result == choices("Negative")
    assert api.delete(f"/api/annotations/{new_id}/").status_code == 204
    assert not Annotation.objects.filter(pk=new_id).exists()
    assert api.patch(f"/api/tasks/{victim.task.pk}/", {"data": {"text": "edited by a member"}}).status_code == 200
    imported = api.post(f"/api/projects/{victim.project.pk}/import", [{"text": "imported by a member"}])
    assert imported.status_code == 201, imported.content


# --- tasks and imports ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("auth", AUTHS)
def test_outsider_cannot_import_into_or_edit_tasks_of_another_organization(victim, attacker, auth):
    """Label Studio already refuses these (its check is the user's *active* organization); proven here."""
    from tasks.models import Annotation, Task

    api = Api(attacker.user, auth)
    tasks_before = set(Task.objects.filter(project=victim.project).values_list("id", flat=True))
    rows = [{"data": {"text": "planted"}, "annotations": [{"result": choices("Negative")}]}]
    for path in (f"/api/projects/{victim.project.pk}/import", f"/api/projects/{victim.project.pk}/tasks/bulk/"):
        assert api.post(path, rows).status_code == 404
    assert api.patch(f"/api/tasks/{victim.task.pk}/", {"data": {"text": "rewritten"}}).status_code == 404
    assert api.delete(f"/api/tasks/{victim.task.pk}/").status_code == 404
    assert set(Task.objects.filter(project=victim.project).values_list("id", flat=True)) == tasks_before
    assert Task.objects.get(pk=victim.task.pk).data == {"text": "a review of victim"}
    assert Annotation.objects.filter(project=victim.project).count() == 1


@pytest.mark.parametrize("auth", AUTHS)
def test_outsider_cannot_import_predictions_into_another_organizations_project(victim, attacker, auth):
    from tasks.models import Prediction

    api = Api(attacker.user, auth)
    resp = api.post(f"/api/projects/{victim.project.pk}/import/predictions",
                    [{"task": victim.task.pk, "result": choices("Negative"), "model_version": "planted"}])
    assert resp.status_code == 404, resp.content
    assert not Prediction.objects.filter(task=victim.task).exists()


def test_active_organization_cannot_be_set_to_a_foreign_organization(victim, attacker):
    """Label Studio's user API accepts any organization as ``active_organization``, and every Label Studio API filtered
    by it (tasks, import, export, projects) then serves that organization to the outsider."""
    from tasks.models import Task

    api = Api(attacker.user, "session")
    resp = api.patch(f"/api/users/{attacker.user.pk}/", {"active_organization": victim.organization.pk})
    assert resp.status_code == 400, resp.content
    attacker.user.refresh_from_db()
    assert attacker.user.active_organization_id == attacker.organization.pk
    # what the switch opened in Label Studio: the same session still gets nothing of organization A
    assert api.get(f"/api/tasks/{victim.task.pk}/").status_code == 404
    assert api.post(f"/api/projects/{victim.project.pk}/import", [{"text": "planted"}]).status_code == 404
    assert api.get(f"/api/projects/{victim.project.pk}/export?exportType=JSON_MIN").status_code == 404
    assert Task.objects.filter(project=victim.project).count() == 1
    # a user's own organizations are still accepted (Label Studio's behaviour)
    assert api.patch(f"/api/users/{attacker.user.pk}/", {"active_organization": attacker.organization.pk,
                                                         "first_name": "Bee"}).status_code == 200


@pytest.mark.parametrize("auth", AUTHS)
def test_a_removed_member_with_a_stale_active_organization_gets_nothing(victim, attacker, auth):
    """A user removed from organization A keeps A as ``active_organization`` (Label Studio's ``remove_user`` leaves
    it), which is all Label Studio's task, import and annotation-list checks look at."""
    from tasks.models import Annotation, Task

    api = Api(attacker.user, auth)  # (a session login resets the active organization: the state is set after it)
    victim.organization.add_user(attacker.user)
    victim.organization.remove_user(attacker.user)
    attacker.user.active_organization = victim.organization
    attacker.user.save(update_fields=["active_organization"])
    if auth == "token":  # legacy tokens are checked against the active organization's setting
        victim.organization.jwt.legacy_api_tokens_enabled = True
        victim.organization.jwt.save()
    annotations_before = annotation_state(victim.annotation), Annotation.objects.filter(task=victim.task).count()

    assert api.get(f"/api/tasks/{victim.task.pk}/annotations/").status_code == 404
    assert api.post(f"/api/tasks/{victim.task.pk}/annotations/", {"result": choices("Negative")}).status_code == 404
    assert api.patch(f"/api/tasks/{victim.task.pk}/", {"data": {"text": "rewritten"}}).status_code == 404
    planted = [{"data": {"text": "planted"}, "annotations": [{"result": choices("Negative")}]}]
    assert api.post(f"/api/projects/{victim.project.pk}/import", planted).status_code == 404
    assert (annotation_state(victim.annotation), Annotation.objects.filter(task=victim.task).count()) == \
        annotations_before
    assert Task.objects.filter(project=victim.project).count() == 1
    assert Task.objects.get(pk=victim.task.pk).data == {"text": "a review of victim"}
