"""Predictions as documents on the real node: one per prediction, controlled by its model version's DID, written
exactly once; a new model version signs with a new DID; a deleted prediction is tombstoned; bad ones are refused per
prediction and the rest (and the human rows) are still written."""
from __future__ import annotations

import json

import pytest

from orbis_export.models import ModelVersionKey, ProjectModel, SyncRecord
from orbis_export.modelregistry import current_model_id
from orbis_export.predictions.keys import model_key
from orbis_export.sync import sync_project
from orbis_export.sync.predictions import sync_predictions

from tests.fixtures.lab import choices, node_docs

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def _predict(task, label, version, score=0.9, result=None):
    from tasks.models import Prediction

    return Prediction.objects.create(task=task, project=task.project, model_version=version, score=score,
                                     result=result if result is not None else choices(label))


def test_predictions_become_documents_signed_by_their_model_version(make_lab, node_client):
    lab = make_lab(labelers=1, per_labeler=2)
    tasks = [a.task for a in lab.annotations]
    p1 = _predict(tasks[0], "Positive", "tfidf-v1", 0.81)
    p2 = _predict(tasks[1], "Negative", "tfidf-v1", 0.64)
    p3 = _predict(tasks[1], "Positive", "tfidf-v2", 0.93)

    result = sync_predictions(lab.project)
    assert result is not None and result.failed == 0, result.as_dict()
    assert result.counts["create"] == 3 and result.counts["written"] == 3
    model = current_model_id(lab.project.pk, ProjectModel.PREDICTIONS)
    assert model
    v1, v2 = model_key(lab.project.pk, "tfidf-v1").did, model_key(lab.project.pk, "tfidf-v2").did
    assert v1 != v2 and v1.startswith("did:key:")
    docs_v1 = {d.content["prediction_id"]: d for d in node_docs(node_client, model, v1)}
    docs_v2 = {d.content["prediction_id"]: d for d in node_docs(node_client, model, v2)}
    assert sorted(docs_v1) == sorted([p1.pk, p2.pk]) and sorted(docs_v2) == [p3.pk]
    doc = docs_v1[p1.pk]
    assert doc.controller == v1 and doc.content["model_version"] == "tfidf-v1"
    assert doc.content["score"] == pytest.approx(0.81) and doc.content["id"] == tasks[0].pk
    assert json.loads(doc.content["result"]) == choices("Positive")
    assert doc.content["signer_did"] == v1 and doc.content["deleted"] is False
    # the seed is stored encrypted, never as the key itself
    stored = ModelVersionKey.objects.get(project_id=lab.project.pk, model_version="tfidf-v1")
    assert stored.did == v1 and model_key(lab.project.pk, "tfidf-v1").seed.hex() not in stored.seed

    again = sync_predictions(lab.project)
    assert again.counts["written"] == 0 and again.counts["unchanged"] == 3

    # deleted in Label Studio → tombstoned by the same model version's key
    p2_id = p2.pk
    p2.delete()
    third = sync_predictions(lab.project)
    assert third.counts["tombstone"] == 1 and third.failed == 0
    doc = {d.content["prediction_id"]: d for d in node_docs(node_client, model, v1)}[p2_id]
    assert doc.content["deleted"] is True
    assert SyncRecord.objects.filter(model_id=model).count() == 3


def test_bad_predictions_are_refused_alone_and_human_rows_still_written(make_lab, node_client, sync_model):
    lab = make_lab(labelers=1, per_labeler=2)
    tasks = [a.task for a in lab.annotations]
    good = _predict(tasks[0], "Positive", "m1", 0.7)
    nan = _predict(tasks[0], "Negative", "m1", float("nan"))
    huge = _predict(tasks[1], "Positive", "m1", 0.5,
                    result=[{"from_name": "sentiment", "to_name": "text", "type": "choices",
                             "value": {"choices": ["x" * 5_000_000]}}])
    nan.refresh_from_db()
    nan_kept = nan.score is not None  # SQLite stores NaN as NULL; PostgreSQL keeps NaN
    result = sync_project(lab.project)
    assert result.counts["create"] == 2, result.as_dict()  # both human rows
    reasons = {e.annotation_id: e.reason for e in result.errors}
    assert "characters" in reasons[huge.pk] and [e.annotation_id for e in result.errors].count(huge.pk) == 1
    written = [good.pk] if nan_kept else sorted([good.pk, nan.pk])
    assert result.counts["predictions_written"] == len(written)
    if nan_kept:
        assert "score" in reasons[nan.pk]
    model = current_model_id(lab.project.pk, ProjectModel.PREDICTIONS)
    docs = node_docs(node_client, model, model_key(lab.project.pk, "m1").did)
    assert sorted(d.content["prediction_id"] for d in docs) == written
    # a re-run writes nothing new and reports the refused one again (nothing lost, nothing twice)
    again = sync_project(lab.project)
    assert again.counts["predictions_written"] == 0 and again.counts["written"] == 0
    assert huge.pk in {e.annotation_id for e in again.errors}
