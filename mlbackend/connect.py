"""Label Studio's side (runs inside Label Studio's Django process; the backend's own modules never import this):
connect an ML backend to a project as Label Studio's own API does, and import pre-annotations as predictions."""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_TITLE = "Bundled TF-IDF classifier"
DEFAULT_TIMEOUT = 10.0  # seconds per predict call; Label Studio's default (100 s) would hold a task page that long
MAX_PREDICTION_BYTES = 256 * 1024  # one task's prediction; a Choices result is ~200 bytes


class ConnectError(Exception):
    """Connecting failed; the message says why and what to do."""


@dataclass
class Connection:
    ml_backend: object
    created: bool
    training: str  # how retraining reaches the backend


def connect_backend(project, url: str, title: str = DEFAULT_TITLE, *, train_on_submit: bool = True,
                    timeout: float = DEFAULT_TIMEOUT) -> Connection:
    """Create (or reuse) the project's MLBackend row through Label Studio's own serializer (URL check, health,
    setup), then turn on "Use predictions to prelabel tasks" with this backend as the live model.

    train_on_submit sets Label Studio's "Start model training on annotation submission" (its train call:
    START_TRAINING, sent through the ML connection, which ML_BLOCK_LOCAL_IP governs). The annotation webhook Label
    Studio adds for every backend goes through its SSRF protection instead: for a loopback/private URL Label Studio
    cannot add it (its receiver raises after saving the backend row, which we then take), and an existing one that
    would be refused is switched off so it does not fail on every save."""
    from core.utils.exceptions import SsrfBlockedUrlError
    from core.utils.io import validate_url_for_ssrf
    from django.conf import settings
    from django.db import transaction
    from ml.models import MLBackend
    from ml.serializers import MLBackendSerializer
    from rest_framework.exceptions import ValidationError
    from webhooks.models import Webhook

    url = url.rstrip("/")
    backend = MLBackend.objects.filter(project=project, url=url).order_by("id").first()
    created = backend is None
    if created:
        serializer = MLBackendSerializer(data={"url": url, "project": project.id, "title": title,
                                               "timeout": timeout})
        try:
            serializer.is_valid(raise_exception=True)
        except ValidationError as exc:
            detail = json.dumps(exc.detail, default=str)
            hint = ""
            if settings.ML_BLOCK_LOCAL_IP and "reserved network" in detail:
                hint = (" Label Studio refuses ML backends on loopback/private addresses while ML_BLOCK_LOCAL_IP is "
                        "on: set ML_BLOCK_LOCAL_IP=0 for a backend on this machine.")
            raise ConnectError(f"could not connect the ML backend at {url} to project {project.id}: {detail}.{hint}")
        try:
            backend = serializer.save()
        except SsrfBlockedUrlError:
            # Label Studio saved the row, then its post_save receiver failed to add the backend's webhook: its
            # webhook serializer refuses loopback/private URLs under SSRF protection (and raises past the API).
            backend = MLBackend.objects.filter(project=project, url=url).order_by("-id").first()
            if backend is None:
                raise
    backend.update_state()
    if backend.not_ready:
        raise ConnectError(f"the ML backend at {url} is {backend.get_state_display().lower()}: "
                           f"{backend.error_message or 'its health check failed'}")
    with transaction.atomic():
        project.show_collab_predictions = True  # "Use predictions to prelabel tasks"
        project.model_version = backend.title  # the backend title = live predictions from it (LS's own rule)
        if train_on_submit:
            project.min_annotations_to_start_training = 1
        project.save(update_fields=["show_collab_predictions", "model_version", "min_annotations_to_start_training"])
    training = "START_TRAINING on every submitted annotation" if train_on_submit else "Start Training button only"
    hook = Webhook.objects.filter(project=project, url=f"{url}/webhook").first()
    if hook is None:
        training += "; no annotation webhook (Label Studio's SSRF protection refuses this address)"
    else:
        try:
            validate_url_for_ssrf(hook.url, block_local_urls=settings.SSRF_PROTECTION_ENABLED)
            training += "; annotation webhooks"
        except Exception:  # Label Studio would refuse to post there: switch the webhook off, say so
            if hook.is_active:
                hook.is_active = False
                hook.save(update_fields=["is_active"])
            training += "; annotation webhook off (SSRF protection blocks this address)"
    return Connection(backend, created, training)


# --- pre-annotation import ----------------------------------------------------------------------------------------
@dataclass
class ImportReport:
    model_versions: set = field(default_factory=set)
    created: int = 0
    already: int = 0  # tasks that already had a prediction of this model version
    rejected: list = field(default_factory=list)  # (task id, reason)
    failed: str = ""  # the backend could not predict at all
    shown: str = ""  # what the project shows in the labeling UI


def check_prediction(interface, prediction) -> str | None:
    """Why Label Studio should not import this prediction, or None."""
    if not isinstance(prediction, dict) or not isinstance(prediction.get("result"), list):
        return "not an object with a 'result' list"
    size = len(json.dumps(prediction, default=str))
    if size > MAX_PREDICTION_BYTES:
        return f"{size} bytes, more than {MAX_PREDICTION_BYTES} for one task"
    score = prediction.get("score")
    if score is not None and (isinstance(score, bool) or not isinstance(score, (int, float))
                              or not math.isfinite(score) or not 0 <= score <= 1):
        return f"score {score!r} is not a number between 0 and 1"
    if not isinstance(prediction.get("model_version"), str) or not prediction["model_version"].strip():
        return "no model_version"
    errors = interface.validate_prediction({"result": prediction["result"]}, return_errors=True)
    if errors:
        return "; ".join(map(str, errors))[:500]
    return None


def _predict_with_backend(project, tasks, url: str, timeout: float, report: ImportReport):
    from ml.api_connector import MLApi
    from tasks.serializers import TaskSimpleSerializer

    api = MLApi(url=url.rstrip("/"), timeout=timeout)
    setup = api.setup(project)
    if setup.is_error:
        report.failed = f"the backend at {url} refused setup: {setup.error_message}"
        return None
    serialized = TaskSimpleSerializer(tasks, many=True).data
    answer = api.make_predictions(list(serialized), project)
    if answer.is_error:
        report.failed = f"the backend at {url} did not predict: {answer.error_message}"
        return None
    results = answer.response.get("results") if isinstance(answer.response, dict) else None
    if not isinstance(results, list) or len(results) != len(tasks):
        report.failed = (f"the backend at {url} answered {len(results) if isinstance(results, list) else 'no'} "
                         f"results for {len(tasks)} tasks")
        return None
    default_version = answer.response.get("model_version")
    out = []
    for r in results:
        r = r[0] if isinstance(r, list) and r else r
        if isinstance(r, dict) and "model_version" not in r and isinstance(default_version, str):
            r = {**r, "model_version": default_version}
        out.append(r)
    return out


def _predict_in_process(project, tasks, data_dir: Path, report: ImportReport):
    """The bundled model without its server: read-only over the backend's data dir (a running server owns it)."""
    from mlbackend.app import project_key
    from mlbackend.classifier import DEMO_CSV
    from mlbackend.labelconfig import ConfigError
    from mlbackend.store import NotReady, ReadOnlyStore

    key = project_key(f"{project.id}.{int(project.created_at.timestamp())}")
    store = ReadOnlyStore(data_dir, DEMO_CSV)
    try:
        pm = store.setup(key, project.label_config)
        texts = [task.data.get(pm.target.value_key) for task in tasks]
        missing = [t.id for t, text in zip(tasks, texts) if not isinstance(text, str)]
        if missing:
            report.failed = f"tasks {missing[:5]} have no text in data.{pm.target.value_key}"
            return None
        version, predicted = store.predict(pm, texts)
    except (ConfigError, NotReady) as exc:
        report.failed = f"the bundled model cannot predict project {project.id}: {exc}"
        return None
    return [{"result": [{"from_name": pm.target.from_name, "to_name": pm.target.to_name, "type": "choices",
                         "value": {"choices": [label]}}], "score": score, "model_version": version}
            for label, score in predicted]


def preannotate(project, *, backend_url: str | None = None, data_dir: Path | None = None, batch_size: int = 100,
                timeout: float = 60.0) -> ImportReport:
    """Predict every task of the project and import the answers as Label Studio predictions (model_version + score),
    in batches as Label Studio sends them. Idempotent: a task that already has a prediction of the same
    model_version gets none again. Malformed predictions are rejected with their reason, the rest imported."""
    from label_studio_sdk.label_interface import LabelInterface
    from tasks.functions import update_tasks_counters
    from tasks.models import Prediction, Task

    if data_dir is None and backend_url is None:
        raise ValueError("give backend_url or the bundled backend's data_dir")
    report = ImportReport()
    interface = LabelInterface(project.label_config)
    ids = list(Task.objects.filter(project=project).order_by("id").values_list("id", flat=True))
    for start in range(0, len(ids), batch_size):
        tasks = list(Task.objects.filter(id__in=ids[start:start + batch_size]).order_by("id"))
        predictions = (_predict_with_backend(project, tasks, backend_url, timeout, report) if backend_url
                       else _predict_in_process(project, tasks, data_dir, report))
        if predictions is None:
            break
        versions = {p.get("model_version") for p in predictions if isinstance(p, dict)}
        have = set(Prediction.objects.filter(task_id__in=[t.id for t in tasks], model_version__in=[
            v for v in versions if isinstance(v, str)]).values_list("task_id", "model_version"))
        new = []
        for task, prediction in zip(tasks, predictions):
            reason = check_prediction(interface, prediction)
            if reason:
                report.rejected.append((task.id, reason))
                continue
            if (task.id, prediction["model_version"]) in have:
                report.already += 1
                continue
            report.model_versions.add(prediction["model_version"])
            new.append(Prediction(task=task, project=project, score=prediction.get("score"),
                                  model_version=prediction["model_version"],
                                  result=Prediction.prepare_prediction_result(prediction["result"], project)))
        if new:
            Prediction.objects.bulk_create(new)  # as Label Studio's own predictions import does
            update_tasks_counters(Task.objects.filter(id__in=[p.task_id for p in new]))
            report.created += len(new)
    project.refresh_from_db(fields=["model_version", "show_collab_predictions"])
    if report.model_versions and not project.model_version:
        # Label Studio's task import does the same: an empty project model_version takes the imported one
        project.model_version = sorted(report.model_versions)[-1]
        project.save(update_fields=["model_version"])
    report.shown = project.model_version or ""
    return report
