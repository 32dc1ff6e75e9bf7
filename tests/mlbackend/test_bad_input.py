"""A backend that is down, slow or answers malformed predictions: labeling in Label Studio still works, the problem
shows where a user looks (Model settings' state, the pre-annotation command's report), nothing is imported twice."""
from __future__ import annotations

import time

import pytest

from mlbackend.connect import ConnectError, connect_backend, preannotate
from mlbackend.process import free_port

pytestmark = pytest.mark.django_db
RESULT = [{"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": ["Neutral"]}}]


def label_next_task(client, project):
    """What the labeling UI does: load the next task, submit an annotation."""
    nxt = client.get(f"/api/projects/{project.id}/next")
    assert nxt.status_code == 200, nxt.content
    saved = client.post(f"/api/tasks/{nxt.json()['id']}/annotations/", {"result": RESULT},
                        content_type="application/json")
    assert saved.status_code == 201, saved.content
    return nxt.json()


def test_backend_down(ml_settings, backend, demo_project, login):
    with pytest.raises(ConnectError, match="health check failed"):
        connect_backend(demo_project, f"http://127.0.0.1:{free_port()}")
    connect_backend(demo_project, backend.url)
    backend.stop()
    client = login(demo_project.owner)
    task = label_next_task(client, demo_project)
    assert task["predictions"] == []
    listed = client.get(f"/api/ml?project={demo_project.id}").json()  # Project Settings → Model
    assert listed[0]["state"] == "DI" and listed[0]["readable_state"] == "Disconnected"


def test_backend_slow(ml_settings, faulty, demo_project, login, monkeypatch):
    import ml.api_connector

    # Label Studio's predict call waits ML_TIMEOUT_PREDICT seconds (default 100), whatever the backend's own
    # timeout field says; ML_TIMEOUT_PREDICT=2 in the environment sets this constant at start-up
    monkeypatch.setattr(ml.api_connector, "TIMEOUT_PREDICT", 2.0)
    slow = faulty("slow", delay=6.0)
    connect_backend(demo_project, slow.url, timeout=1.0)
    client = login(demo_project.owner)
    started = time.monotonic()
    task = label_next_task(client, demo_project)
    assert time.monotonic() - started < 5.0  # Label Studio gave up after its timeout; the task still loaded
    assert task["predictions"] == []
    report = preannotate(demo_project, backend_url=slow.url, timeout=1.0)
    assert report.created == 0 and "did not predict" in report.failed and "timed out" in report.failed.lower()


@pytest.mark.parametrize("mode, reason", [
    ("wrong_from_name", "no_such_control"),
    # Label Studio 1.23.2 keeps a NaN score and its next-task API then fails with 500 ("Out of range float values are
    # not JSON compliant"); our Prediction guard (orbis_export/predictions/receivers.py) stores it without a score
    ("nan", "score nan is not a number between 0 and 1"),
    ("huge", "more than 262144 for one task"),
])
def test_malformed_predictions(ml_settings, faulty, demo_project, login, mode, reason):
    from tasks.models import Prediction

    bad = faulty(mode)
    connect_backend(demo_project, bad.url)
    client = login(demo_project.owner)
    task = label_next_task(client, demo_project)
    # Label Studio itself keeps what the backend said (its prediction validation is off by default) ...
    assert Prediction.objects.filter(project=demo_project, model_version=f"faulty-{mode}").count() == 1
    assert len(task["predictions"]) == 1
    # ... the pre-annotation import refuses it, says why per task, and imports nothing
    report = preannotate(demo_project, backend_url=bad.url, batch_size=60)
    assert report.created == 0 and len(report.rejected) == 120 and not report.failed
    assert all(reason in why for _, why in report.rejected), report.rejected[:2]
    assert Prediction.objects.filter(project=demo_project).count() == 1


def test_preannotate_command_reports_and_exits_nonzero(ml_settings, faulty, demo_project, capsys):
    from django.core.management import call_command

    bad = faulty("wrong_from_name")
    with pytest.raises(SystemExit) as rejected:
        call_command("orbis_preannotate", "--project", str(demo_project.id), "--backend-url", bad.url)
    out = capsys.readouterr()
    assert rejected.value.code == 1 and "0 predictions imported" in out.out and "120 rejected" in out.out
    assert "no_such_control" in out.err and "… and 100 more" in out.err
    with pytest.raises(SystemExit) as down:
        call_command("orbis_preannotate", "--project", str(demo_project.id), "--backend-url",
                     f"http://127.0.0.1:{free_port()}")
    assert down.value.code == 2 and "stopped: the backend at" in capsys.readouterr().err
