"""The backend connected to a real Label Studio project (test DB, the demo project's config and reviews): Label
Studio's own ML code (MLBackend, its serializer, predict_tasks, the task API, webhooks) talks to the real process."""
from __future__ import annotations

import pytest
from django.core.management import call_command

from mlbackend.connect import connect_backend, preannotate

pytestmark = pytest.mark.django_db


def annotate_via_api(client, task, label):
    result = [{"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": [label]}}]
    answer = client.post(f"/api/tasks/{task.id}/annotations/", {"result": result}, content_type="application/json")
    assert answer.status_code == 201, answer.content
    return answer.json()


def test_connect_predict_and_show_in_the_labeling_ui(ml_settings, backend, demo_project, login):
    from ml.models import MLBackend, MLBackendState
    from tasks.models import Prediction

    connection = connect_backend(demo_project, backend.url)
    ml = MLBackend.objects.get(project=demo_project)
    assert connection.created and ml.state == MLBackendState.CONNECTED and ml.url == backend.url
    assert ml.model_version.startswith("tfidf-logreg-v0-")  # from /setup
    demo_project.refresh_from_db()
    assert demo_project.show_collab_predictions and demo_project.model_version == ml.title
    assert demo_project.min_annotations_to_start_training == 1
    assert "no annotation webhook" in connection.training  # SSRF protection refuses a loopback webhook
    again = connect_backend(demo_project, backend.url)
    assert not again.created and MLBackend.objects.filter(project=demo_project).count() == 1

    tasks = list(demo_project.tasks.order_by("id")[:5])
    ml.predict_tasks(tasks)  # Label Studio's own predict path
    predictions = list(Prediction.objects.filter(task__in=tasks))
    assert len(predictions) == 5
    for p in predictions:
        assert p.model_version == ml.model_version and 0 < p.score <= 1
        assert p.result[0]["from_name"] == "sentiment" and p.result[0]["value"]["choices"][0] in (
            "Positive", "Negative", "Neutral")

    # the labeling UI's task loads: the next task of the label stream and a task opened from the Data Manager
    client = login(demo_project.owner)
    nxt = client.get(f"/api/projects/{demo_project.id}/next")
    assert nxt.status_code == 200, nxt.content
    assert nxt.json()["predictions"] and nxt.json()["predictions"][0]["model_version"] == ml.model_version
    fresh = demo_project.tasks.order_by("-id").first()
    opened = client.get(f"/api/tasks/{fresh.id}/?project={demo_project.id}")
    assert opened.status_code == 200
    assert Prediction.objects.filter(task=fresh, model_version=ml.model_version).exists()  # predicted on open
    shown = [p["model_version"] for p in opened.json()["predictions"]]
    print("task API shows", shown)


def test_retraining_through_the_webhook_changes_model_version(ml_settings, backend, demo_project, login):
    from ml.models import MLBackend
    from tasks.models import Prediction

    ml_settings.SSRF_PROTECTION_ENABLED = False  # as for a backend on another host: Label Studio posts its webhooks
    connection = connect_backend(demo_project, backend.url, train_on_submit=False)
    assert "annotation webhooks" in connection.training
    ml = MLBackend.objects.get(project=demo_project)
    v0 = ml.model_version
    client = login(demo_project.owner)
    tasks = list(demo_project.tasks.order_by("id")[:2])
    annotate_via_api(client, tasks[0], "Positive")  # Label Studio emits ANNOTATION_CREATED to <url>/webhook
    ml.update_state()
    v1 = ml.model_version
    assert v1 != v0 and v1.startswith("tfidf-logreg-v1-")
    annotate_via_api(client, tasks[1], "Negative")
    ml.update_state()
    assert ml.model_version.startswith("tfidf-logreg-v2-")
    later = list(demo_project.tasks.order_by("id")[10:13])
    ml.predict_tasks(later)
    assert {p.model_version for p in Prediction.objects.filter(task__in=later)} == {ml.model_version}


def test_preannotate_with_the_bundled_model_is_idempotent(ml_settings, demo_project, tmp_path, capsys):
    from tasks.models import Prediction

    report = preannotate(demo_project, data_dir=tmp_path / "mlbackend")
    assert report.created == 120 and not report.rejected and not report.failed
    (version,) = report.model_versions
    assert version.startswith("tfidf-logreg-v0-")
    demo_project.refresh_from_db()
    assert demo_project.model_version == version  # shown in the labeling UI, as Label Studio's task import does
    again = preannotate(demo_project, data_dir=tmp_path / "mlbackend")
    assert (again.created, again.already) == (0, 120)
    assert Prediction.objects.filter(project=demo_project).count() == 120
    assert all(0 < p.score <= 1 for p in Prediction.objects.filter(project=demo_project))
    # the management command, through a backend URL this time: nothing new for the same model version
    call_command("orbis_preannotate", "--project", str(demo_project.id), "--data-dir", str(tmp_path / "mlbackend"))
    assert "0 predictions imported, 120 tasks already had one" in capsys.readouterr().out


def test_preannotate_through_the_backend_protocol(ml_settings, backend, demo_project):
    report = preannotate(demo_project, backend_url=backend.url, batch_size=50)
    assert report.created == 120 and not report.rejected
    again = preannotate(demo_project, backend_url=backend.url, batch_size=50)
    assert (again.created, again.already) == (0, 120)
