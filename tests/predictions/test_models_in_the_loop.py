"""Models in the loop, end to end with real parts: the bundled backend process, Label Studio's own ML connection and
annotation API, the real Ceramic node. A suggestion accepted unchanged, one edited, a task labeled by hand; retraining
changes the model version and a later row names it; the node holds the prediction documents under each model
version's DID, and the human rows point to them and say what the person did. A re-sync writes nothing."""
from __future__ import annotations

import json

import pytest

from orbis_export import modeldeploy
from orbis_export.models import ProjectModel, SyncRecord
from orbis_export.modelregistry import current_model_id
from orbis_export.predictions.keys import model_key
from orbis_export.sync import sync_project

from mlbackend.connect import connect_backend
from tests.fixtures.lab import connect, node_docs

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def _annotate(client, task, result, parent=None):
    body = {"result": result, **({"parent_prediction": parent.id} if parent is not None else {})}
    saved = client.post(f"/api/tasks/{task.id}/annotations/", body, content_type="application/json")
    assert saved.status_code == 201, saved.content
    return saved.json()["id"]


def _other(result, label):
    return [{**item, "value": {**item["value"], "choices": [label]}} for item in result]


def test_accepted_edited_manual_and_a_retrained_version(ml_settings, backend, demo_project, make_user, login,
                                                        orbis, node_client):
    from ml.models import MLBackend
    from tasks.models import Prediction

    ml_settings.SSRF_PROTECTION_ENABLED = False  # Label Studio posts its annotation webhooks: the backend retrains
    connect_backend(demo_project, backend.url, train_on_submit=False)
    ml = MLBackend.objects.get(project=demo_project)
    tasks = list(demo_project.tasks.order_by("id")[:4])
    ml.predict_tasks(tasks[:2])
    first = {p.task_id: p for p in Prediction.objects.filter(task__in=tasks[:2])}
    v0 = first[tasks[0].id].model_version
    assert v0.startswith("tfidf-logreg-v0-") and first[tasks[0].id].score is not None

    labeler = make_user("ml-labeler@example.org", organization=demo_project.organization)
    modeldeploy.deploy(demo_project, client=node_client)
    did = connect(labeler)
    client = login(labeler)
    p_accept, p_edit = first[tasks[0].id], first[tasks[1].id]
    accepted = _annotate(client, tasks[0], p_accept.result, parent=p_accept)
    guess = p_edit.result[0]["value"]["choices"][0]
    edited = _annotate(client, tasks[1], _other(p_edit.result, "Neutral" if guess != "Neutral" else "Positive"),
                       parent=p_edit)
    manual = _annotate(client, tasks[2], _other(p_accept.result, "Negative"))
    ml.update_state()  # three webhooks retrained it
    assert ml.model_version != v0
    ml.predict_tasks([tasks[3]])
    later = Prediction.objects.get(task=tasks[3])
    assert later.model_version == ml.model_version != v0
    accepted_later = _annotate(client, tasks[3], later.result, parent=later)

    result = sync_project(demo_project)
    assert result.failed == 0 and result.counts["create"] == 4, result.as_dict()
    assert result.counts["predictions_written"] == 3

    # prediction documents: under their model version's DID, holding what the model said
    pred_model = current_model_id(demo_project.pk, ProjectModel.PREDICTIONS)
    v0_did, vn_did = model_key(demo_project.pk, v0).did, model_key(demo_project.pk, later.model_version).did
    v0_docs = {d.content["prediction_id"]: d for d in node_docs(node_client, pred_model, v0_did)}
    assert sorted(v0_docs) == sorted([p_accept.id, p_edit.id])
    assert json.loads(v0_docs[p_accept.id].content["result"]) == p_accept.result
    later_doc = node_docs(node_client, pred_model, vn_did)
    assert [d.content["prediction_id"] for d in later_doc] == [later.id]

    # human rows: signed by the labeler, pointing to the suggestion and saying what the person did
    rows = {d.content["annotation_id"]: d.content for d in node_docs(node_client, current_model_id(demo_project.pk),
                                                                       did)}
    assert sorted(rows) == sorted([accepted, edited, manual, accepted_later])
    stream_of = {p.id: SyncRecord.objects.get(model_id=pred_model, annotation_id=p.id).stream_id
                 for p in (p_accept, p_edit, later)}
    expect = {accepted: ("accepted", p_accept), edited: ("edited", p_edit), manual: ("manual", None),
              accepted_later: ("accepted", later)}
    for aid, (review, pred) in expect.items():
        row = rows[aid]
        assert row["prediction_review"] == review, (aid, row)
        if pred is None:
            assert row["prediction_model_version"] is None and row["prediction_stream"] is None
            assert row["prediction_score"] is None
        else:
            assert row["prediction_model_version"] == pred.model_version
            assert row["prediction_stream"] == stream_of[pred.id]
            assert row["prediction_score"] == pytest.approx(pred.score)
            assert json.loads(row["prediction_review_by_control"]) == {"sentiment": review}

    again = sync_project(demo_project)
    assert again.counts["written"] == 0 and again.counts["predictions_written"] == 0, again.as_dict()
