"""Label Studio's train call (START_TRAINING, its default since 1.8; also sent on every submitted annotation when
"Start model training on annotation submission" is on): the backend reads the project's annotations back from a
live Label Studio with the token Label Studio sent on /setup."""
from __future__ import annotations

import time

import pytest
import requests

from mlbackend import process
from mlbackend.connect import connect_backend


@pytest.fixture
def ls_server(transactional_db):
    """Label Studio in a thread on a free loopback port (as tests/browser does)."""
    from django.test.testcases import LiveServerThread

    thread = LiveServerThread("localhost", static_handler=lambda app: app, connections_override={}, port=0)
    thread.daemon = True
    thread.start()
    thread.is_ready.wait()
    if thread.error:
        raise thread.error
    yield f"http://localhost:{thread.port}"
    thread.terminate()
    thread.join(timeout=10)


def wait_idle(backend, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        health = requests.get(f"{backend.url}/health", timeout=5).json()
        if not health["training"]:
            assert not health["training_errors"], health
            return
        time.sleep(0.1)
    raise AssertionError(f"still training after {timeout} s")


def annotate(client, task, label):
    result = [{"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": [label]}}]
    answer = client.post(f"/api/tasks/{task.id}/annotations/", {"result": result}, content_type="application/json")
    assert answer.status_code == 201  # the save triggers Label Studio's train call (labeling is not held up)


def test_start_training_reads_annotations_back_with_a_personal_access_token(ml_settings, ls_server, demo_project,
                                                                             login, tmp_path):
    from jwt_auth.models import LSAPIToken
    from ml.models import MLBackend, MLBackendState

    ml_settings.HOSTNAME = ls_server  # what Label Studio tells the backend on /setup
    key = LSAPIToken.for_user(demo_project.owner).get_full_jwt()
    backend = process.start(tmp_path / "mlbackend", env={"LABEL_STUDIO_API_KEY": key})
    try:
        connect_backend(demo_project, backend.url)  # train_on_submit: min_annotations_to_start_training = 1
        ml = MLBackend.objects.get(project=demo_project)
        v0 = ml.model_version
        client = login(demo_project.owner)
        annotate(client, demo_project.tasks.order_by("id").first(), "Neutral")
        ml.refresh_from_db()
        assert ml.state == MLBackendState.TRAINING, (ml.state, ml.error_message, backend.log()[-1500:])
        wait_idle(backend)  # the training runs after the answer: the save did not wait for it
        ml.update_state()
        assert ml.model_version != v0 and ml.model_version.startswith("tfidf-logreg-v1-"), backend.log()[-1500:]
        ml.train()  # Label Studio's "Start Training" button: the same annotations, the same model
        wait_idle(backend)
        ml.update_state()
        assert ml.model_version.startswith("tfidf-logreg-v1-")
        assert key not in backend.log()
    finally:
        backend.stop()


def test_start_training_with_only_the_setup_token_fails_visibly(ml_settings, ls_server, backend, demo_project, login):
    from ml.models import MLBackend, MLBackendState

    ml_settings.HOSTNAME = ls_server
    connect_backend(demo_project, backend.url)
    ml = MLBackend.objects.get(project=demo_project)
    annotate(login(demo_project.owner), demo_project.tasks.order_by("id").first(), "Neutral")  # labeling works
    ml.refresh_from_db()
    assert ml.state == MLBackendState.ERROR and "502" in ml.error_message  # Model settings shows the error
    assert "LABEL_STUDIO_API_KEY" in backend.log()  # the backend's log says what to do
    ml.update_state()  # the next health + setup: connected again, predictions keep coming from the seed model
    assert ml.state == MLBackendState.CONNECTED and ml.model_version.startswith("tfidf-logreg-v0-")
