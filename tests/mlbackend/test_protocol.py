"""The backend process alone, over HTTP, as Label Studio 1.23.2's ML connector calls it (ml/api_connector.py)."""
from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest
import requests

from label_studio_orbis.seed import demo_label_config, demo_rows
from mlbackend import process

PROJECT = "7.1764670000"
CREATED = datetime.fromtimestamp(1764670000, timezone.utc).isoformat()
OTHER_NAMES = """<View><Header value="x"/><Text name="body" value="$content"/>
  <Choices name="mood" toName="body"><Choice value="Neutral"/><Choice value="Positive"/><Choice value="Negative"/>
  </Choices></View>"""
SPAM = """<View><Text name="text" value="$text"/><Choices name="kind" toName="text">
  <Choice value="Spam"/><Choice value="Ham"/></Choices></View>"""


def post(backend, path, payload, **kwargs):
    return requests.post(f"{backend.url}{path}", json=payload, timeout=30, **kwargs)


def setup(backend, project=PROJECT, config=None):
    answer = post(backend, "/setup", {"project": project, "schema": config or demo_label_config(),
                                      "hostname": "http://localhost:8080", "access_token": "t", "extra_params": None})
    assert answer.status_code == 200, answer.text
    return answer.json()


def predict(backend, texts, project=PROJECT, key="review", config=None):
    tasks = [{"id": i + 1, "data": {key: text}} for i, text in enumerate(texts)]
    return post(backend, "/predict", {"tasks": tasks, "project": project, "label_config": config or demo_label_config(),
                                      "params": {"login": None, "password": None, "context": None}})


def webhook(backend, action, ann_id, text, label, config=None, key="review"):
    project = {"id": 7, "created_at": CREATED, "label_config": config or demo_label_config()}
    result = [{"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": [label]}}]
    return post(backend, "/webhook", {"action": action, "project": project,
                                      "annotation": {"id": ann_id, "result": result, "was_cancelled": False},
                                      "task": {"id": 1000 + ann_id, "data": {key: text}}})


def test_seeded_predictions_name_the_configs_own_controls(backend):
    assert requests.get(f"{backend.url}/health", timeout=5).json()["status"] == "UP"
    version = setup(backend)["model_version"]
    assert version.startswith("tfidf-logreg-v0-")  # seeded from the demo reviews' star ratings, before any annotation
    answer = predict(backend, ["Loved it: the acting is superb.", "Skip it: the plot falls apart."])
    assert answer.status_code == 200, answer.text
    results = answer.json()["results"]
    assert [r["result"][0]["value"]["choices"] for r in results] == [["Positive"], ["Negative"]]
    for r in results:
        assert r["model_version"] == version and 0.34 < r["score"] <= 1
        assert {k: r["result"][0][k] for k in ("from_name", "to_name", "type")} == {
            "from_name": "sentiment", "to_name": "text", "type": "choices"}
    # another config: the names come from it, not from the demo
    setup(backend, "8.1764670000", OTHER_NAMES)
    other = predict(backend, ["Pure joy: funny, warm and sharp."], "8.1764670000", key="content", config=OTHER_NAMES)
    item = other.json()["results"][0]["result"][0]
    assert (item["from_name"], item["to_name"], item["value"]["choices"]) == ("mood", "body", ["Positive"])


def test_no_seed_for_other_choices_says_why(backend):
    assert setup(backend, "9.1764670000", SPAM)["model_version"] == "untrained"
    answer = predict(backend, ["buy now"], "9.1764670000", key="text", config=SPAM)
    assert answer.status_code == 503
    assert "cannot seed" in answer.json()["error"] and "Submit annotations" in answer.json()["error"]


def test_malformed_requests_get_400_with_a_reason(backend):
    setup(backend)
    cases = [
        (requests.post(f"{backend.url}/predict", data=b"not json", timeout=5,
                       headers={"Content-Type": "application/json"}), "JSON object"),
        (post(backend, "/predict", {"project": PROJECT, "tasks": "x"}), "'tasks' must be a non-empty list"),
        (post(backend, "/predict", {"project": None, "tasks": [{}]}), "'project'"),
        (predict(backend, ["text"], key="wrong_field"), "no text in data.review"),
        (post(backend, "/setup", {"project": PROJECT, "schema": "<View><Text name='t' value='$t'/></View>"}),
         "no <Choices> control"),
        (post(backend, "/setup", {"project": PROJECT, "schema": "<View"}), "not valid XML"),
        (post(backend, "/setup", {"project": "../../etc", "schema": demo_label_config()}), "must be 1–80 letters"),
        (post(backend, "/webhook", {"action": "ANNOTATION_CREATED", "project": {"id": 7, "created_at": CREATED},
                                    "annotation": {"id": 1}}), "needs 'annotation'"),
    ]
    for answer, reason in cases:
        assert answer.status_code == 400, answer.text
        assert reason in answer.json()["error"], answer.json()
    assert requests.get(f"{backend.url}/nope", timeout=5).json()["error"]


def test_request_size_is_bounded(tmp_path):
    small = process.start(tmp_path / "small", extra_args=("--max-request-mb", "1"))
    try:
        answer = predict(small, ["x" * (2 * 1024 * 1024)])
        assert answer.status_code == 413 and "larger than 1048576 bytes" in answer.json()["error"]
    finally:
        small.stop()


def test_webhooks_retrain_and_change_the_version(backend):
    v0 = setup(backend)["model_version"]
    first = webhook(backend, "ANNOTATION_CREATED", 1, "An utterly glorious triumph.", "Positive").json()
    assert first["retrained"] and first["model_version"].startswith("tfidf-logreg-v1-") and first["model_version"] != v0
    again = webhook(backend, "ANNOTATION_CREATED", 1, "An utterly glorious triumph.", "Positive").json()
    assert not again["retrained"] and again["model_version"] == first["model_version"]  # same set, same model
    changed = webhook(backend, "ANNOTATION_UPDATED", 1, "An utterly glorious triumph.", "Negative").json()
    assert changed["model_version"].startswith("tfidf-logreg-v2-")
    project = {"id": 7, "created_at": CREATED}
    deleted = post(backend, "/webhook", {"action": "ANNOTATIONS_DELETED", "project": project,
                                         "annotations": [{"id": 1}]}).json()
    assert deleted["model_version"].startswith("tfidf-logreg-v3-") and deleted["annotations"] == 0
    assert deleted["model_version"].split("-")[-1] == v0.split("-")[-1]  # back to the seed's training set
    assert post(backend, "/webhook", {"action": "PROJECT_UPDATED", "project": project}).json()["status"] == "ignored"
    versions = requests.get(f"{backend.url}/versions", timeout=5).json()["versions"]
    assert versions[:4] == [v0, first["model_version"], changed["model_version"], deleted["model_version"]]


def test_train_call_learns_labels_and_state_survives_a_restart(tmp_path):
    data_dir = tmp_path / "state"
    running = process.start(data_dir, seed=False)
    try:
        assert setup(running)["model_version"] == "untrained"
        assert "no model yet" in predict(running, ["anything"]).json()["error"]
        rows = [r for r in demo_rows()][:40]
        stars = {1: "Negative", 2: "Negative", 3: "Neutral", 4: "Positive", 5: "Positive"}
        tasks = [{"id": i, "data": r, "annotations": [{"id": 500 + i, "was_cancelled": False, "result": [
            {"from_name": "sentiment", "to_name": "text", "type": "choices",
             "value": {"choices": [stars[r["stars"]]]}}]}]} for i, r in enumerate(rows)]
        trained = post(running, "/train", {"annotations": tasks, "project": PROJECT,
                                           "label_config": demo_label_config()})
        assert trained.status_code == 201 and trained.json()["annotations"] == 40
        version = trained.json()["model_version"]
        assert version.startswith("tfidf-logreg-v1-")
        before = predict(running, ["A delight: the score gave me chills."]).json()["results"][0]
    finally:
        running.stop()
    assert json.loads((data_dir / "projects" / PROJECT / "state.json").read_text())["version"] == version
    again = process.start(data_dir, seed=False)
    try:
        after = predict(again, ["A delight: the score gave me chills."]).json()["results"][0]
        assert (after["model_version"], after["score"]) == (version, before["score"])
        assert webhook(again, "ANNOTATION_CREATED", 999, "Meh, it exists.", "Neutral").json()[
            "model_version"].startswith("tfidf-logreg-v2-")  # the counter continues
    finally:
        again.stop()


def test_one_server_per_data_dir(backend, tmp_path):
    with pytest.raises(RuntimeError, match="another mlbackend process is serving"):
        process.start(tmp_path / "mlbackend", wait=20)
