"""The HTTP routes of Label Studio 1.23.2's ML backend protocol (label_studio/ml/api_connector.py):
GET /health, POST /setup, /validate, /predict, /train, /webhook, GET /versions. Answers are JSON; a malformed
request gets 400 with ``{"error": reason}``, a body over the limit 413, a project without a model 503."""
from __future__ import annotations

import logging
import math
import re
import threading
import time
import uuid
from datetime import datetime
from pathlib import Path

from flask import Flask, g, jsonify, request
from werkzeug.exceptions import HTTPException

from . import fetch
from .labelconfig import ConfigError, parse
from .store import NotReady, Store

log = logging.getLogger("mlbackend")
DEFAULT_MAX_REQUEST_BYTES = 64 * 1024 * 1024  # 10k demo tasks in one predict request are ~4 MB
MAX_TASKS_PER_REQUEST = 100_000
TRAIN_ACTIONS = ("ANNOTATION_CREATED", "ANNOTATION_UPDATED")


class BadRequest(Exception):
    """The request is malformed; the message is the reason sent back (400)."""


def project_key(value) -> str:
    """Label Studio's project uid '<id>.<created_at as int timestamp>' (predict, setup, train)."""
    if isinstance(value, bool) or not isinstance(value, (str, int)) or not str(value).strip():
        raise BadRequest("'project' must be Label Studio's project id string, e.g. '3.1764670000'")
    key = str(value).strip()
    if not re.fullmatch(r"[A-Za-z0-9_-][A-Za-z0-9._-]{0,79}", key):
        raise BadRequest(f"'project' {key[:100]!r} must be 1–80 letters, digits, '.', '_' or '-'")
    return key


def webhook_project_key(project) -> tuple[str, int]:
    """The same uid built from a webhook's serialized project (id + created_at)."""
    if not isinstance(project, dict) or not isinstance(project.get("id"), int):
        raise BadRequest("webhook payload has no 'project' object with an integer 'id'")
    try:
        created = datetime.fromisoformat(str(project["created_at"]).replace("Z", "+00:00"))
    except (KeyError, ValueError):
        raise BadRequest("webhook payload's project has no valid 'created_at'") from None
    return f"{project['id']}.{int(created.timestamp())}", project["id"]


def body() -> dict:
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        raise BadRequest("the body must be a JSON object (Content-Type: application/json)")
    return data


def sample_of(target, annotation: dict, task: dict) -> dict | None:
    """The training pair of one annotation, or None when it gives none (cancelled, no choice, no text)."""
    if not isinstance(annotation, dict) or annotation.get("was_cancelled"):
        return None
    label = target.label_of(annotation.get("result") if isinstance(annotation.get("result"), list) else [])
    data = task.get("data") if isinstance(task, dict) else None
    text = data.get(target.value_key) if isinstance(data, dict) else None
    if label is None or not isinstance(text, str) or not text.strip():
        return None
    return {"text": text, "label": label, "task": task.get("id")}


def samples_of_tasks(target, tasks) -> dict[str, dict]:
    if not isinstance(tasks, list):
        raise BadRequest("'annotations' must be a list of tasks, each with 'data' and 'annotations'")
    out = {}
    for task in tasks:
        if not isinstance(task, dict):
            raise BadRequest("each task must be an object")
        for annotation in task.get("annotations") or []:
            sample = sample_of(target, annotation, task)
            if sample is not None and annotation.get("id") is not None:
                out[str(annotation["id"])] = sample
    return out


class Trainer:
    """Trainings in the background, one at a time per project; a request while one runs queues exactly one more
    (it will read the newest annotations), so a burst of saves costs at most two trainings."""

    def __init__(self):
        self._lock = threading.Lock()
        self._state: dict[str, str] = {}  # project key → "running" | "again"
        self.last_error: dict[str, str] = {}

    def submit(self, key: str, job) -> str:
        with self._lock:
            if key in self._state:
                self._state[key] = "again"
                return "queued"
            self._state[key] = "running"
        threading.Thread(target=self._run, args=(key, job), daemon=True, name=f"train-{key}").start()
        return "started"

    def _run(self, key: str, job) -> None:
        while True:
            try:
                job()
                self.last_error.pop(key, None)
            except Exception as exc:  # noqa: BLE001 — a failed training must not end the thread silently
                self.last_error[key] = str(exc)
                log.warning("training of project %s failed: %s", key, exc)
            with self._lock:
                if self._state.get(key) == "again":
                    self._state[key] = "running"
                    continue
                self._state.pop(key, None)
                return

    def busy(self, key: str) -> bool:
        with self._lock:
            return key in self._state


def create_app(data_dir: Path, seed_csv: Path | None, max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES,
               label_studio_url: str | None = None, api_key: str | None = None) -> Flask:
    app = Flask("mlbackend")
    app.config["MAX_CONTENT_LENGTH"] = max_request_bytes
    app.json.sort_keys = False
    store = Store(data_dir, seed_csv)
    connections: dict[str, tuple[str, str]] = {}  # project key → (Label Studio URL, token): memory only, never logged
    trainer = Trainer()
    app.extensions["mlbackend.store"] = store
    app.extensions["mlbackend.trainer"] = trainer

    @app.before_request
    def _start():
        g.started = time.monotonic()

    @app.after_request
    def _log(response):
        if response.status_code >= 400 and response.is_json:  # the reason, where the operator looks
            log.warning("%s %s → %s: %s", request.method, request.path, response.status_code,
                        str((response.get_json(silent=True) or {}).get("error"))[:500])
            return response
        log.info("%s %s → %s in %.0f ms", request.method, request.path, response.status_code,
                 (time.monotonic() - g.get("started", time.monotonic())) * 1000)
        return response

    @app.errorhandler(BadRequest)
    @app.errorhandler(ConfigError)
    def _bad(exc):
        return jsonify(error=str(exc)), 400

    @app.errorhandler(NotReady)
    def _not_ready(exc):
        return jsonify(error=str(exc)), 503

    @app.errorhandler(HTTPException)
    def _http(exc):
        reason = exc.description
        if exc.code == 413:
            reason = f"request body larger than {max_request_bytes} bytes: send fewer tasks per request"
        return jsonify(error=reason), exc.code

    @app.get("/")
    @app.get("/health")
    def health():
        return jsonify(status="UP", model_class="TfidfLogisticRegression", projects=len(store.projects()),
                       training=sorted(k for k in store.projects() if trainer.busy(k)),
                       training_errors=trainer.last_error)

    @app.post("/setup")
    def setup():
        data = body()
        key = project_key(data.get("project"))
        pm = store.setup(key, data.get("schema"))
        if isinstance(data.get("hostname"), str) and isinstance(data.get("access_token"), str):
            connections[key] = (label_studio_url or data["hostname"], data["access_token"])
        return jsonify(model_version=pm.version, **({"message": pm.reason} if pm.reason else {}))

    @app.post("/validate")
    def validate():
        parse(body().get("config"))
        return jsonify(status="ok")

    @app.post("/predict")
    def predict():
        data = body()
        key = project_key(data.get("project"))
        tasks = data.get("tasks")
        if not isinstance(tasks, list) or not tasks:
            raise BadRequest("'tasks' must be a non-empty list of Label Studio tasks")
        if len(tasks) > MAX_TASKS_PER_REQUEST:
            raise BadRequest(f"at most {MAX_TASKS_PER_REQUEST} tasks per request")
        pm = store.setup(key, data["label_config"]) if data.get("label_config") else store.get(key)
        if pm is None:
            raise BadRequest(f"project {key} is not set up and the request has no 'label_config'")
        target = pm.target
        texts = []
        for index, task in enumerate(tasks):
            text = task.get("data", {}).get(target.value_key) if isinstance(task, dict) and isinstance(
                task.get("data"), dict) else None
            if not isinstance(text, str):
                raise BadRequest(f"task {index} (id {task.get('id') if isinstance(task, dict) else None}) has no "
                                 f"text in data.{target.value_key}, the field <{target.to_name}> shows")
            texts.append(text)
        version, predicted = store.predict(pm, texts)
        results = []
        for label, score in predicted:
            score = score if math.isfinite(score) else 0.0
            results.append({
                "result": [{"id": uuid.uuid4().hex[:10], "from_name": target.from_name, "to_name": target.to_name,
                            "type": "choices", "value": {"choices": [label]}, "score": score}],
                "score": score,
                "model_version": version,
            })
        return jsonify(results=results, model_version=version)

    def _train_from_tasks(key: str, label_config: str | None, tasks) -> dict:
        pm = store.get(key) if label_config is None else store.setup(key, label_config)
        if pm is None:
            raise BadRequest(f"project {key} is not set up and the request has no 'label_config'")
        before = pm.version
        pm = store.update(key, None, samples_of_tasks(pm.target, tasks), replace_all=True)
        return {"model_version": pm.version, "retrained": pm.version != before, "annotations": len(pm.samples),
                **({"message": pm.reason} if pm.reason else {})}

    @app.post("/train")
    def train():
        data = body()
        key = project_key(data.get("project"))
        return jsonify(_train_from_tasks(key, data.get("label_config"), data.get("annotations"))), 201

    @app.post("/webhook")
    def webhook():
        data = body()
        action = data.get("action")
        if not isinstance(action, str):
            raise BadRequest("webhook payload has no 'action'")
        if action not in (*TRAIN_ACTIONS, "ANNOTATIONS_DELETED", "START_TRAINING"):
            return jsonify(status="ignored", action=action), 200
        project = data.get("project")
        key, project_id = webhook_project_key(project)
        label_config = project.get("label_config") if isinstance(project.get("label_config"), str) else None
        if action == "START_TRAINING":
            if key not in connections:
                return jsonify(error=f"cannot train project {project_id}: this backend has not been set up by Label "
                                     "Studio since it started (it sends the URL and token on /setup); open the "
                                     "project's Model settings or predict once, then start training again"), 409
            base_url, token = connections[key]
            try:
                headers = fetch.check_access(base_url, api_key or token, project_id, from_setup=not api_key)
            except fetch.FetchError as exc:
                return jsonify(error=str(exc)), 502

            def train_from_label_studio():
                _train_from_tasks(key, label_config, fetch.annotated_tasks(base_url, headers, project_id))

            return jsonify(status=trainer.submit(key, train_from_label_studio)), 201
        pm = store.get(key) if label_config is None else store.setup(key, label_config)
        if pm is None:
            raise BadRequest(f"project {key} is not set up and the payload's project has no 'label_config'")
        before = pm.version
        if action == "ANNOTATIONS_DELETED":
            ids = data.get("annotations")
            if not isinstance(ids, list):
                raise BadRequest("ANNOTATIONS_DELETED needs 'annotations': [{id}, …]")
            removals = {str(a.get("id")) for a in ids if isinstance(a, dict)}
            pm = store.update(key, None, {}, removals)
        else:
            annotation, task = data.get("annotation"), data.get("task")
            if not isinstance(annotation, dict) or annotation.get("id") is None or not isinstance(task, dict):
                raise BadRequest(f"{action} needs 'annotation' (with 'id' and 'result') and 'task' (with 'data')")
            sample = sample_of(pm.target, annotation, task)
            ann_id = str(annotation["id"])
            pm = store.update(key, None, {ann_id: sample} if sample else {}, set() if sample else {ann_id})
        return jsonify(model_version=pm.version, retrained=pm.version != before, annotations=len(pm.samples),
                       **({"message": pm.reason} if pm.reason else {})), 201

    @app.get("/versions")
    def versions():
        return jsonify(versions=store.versions())

    return app
