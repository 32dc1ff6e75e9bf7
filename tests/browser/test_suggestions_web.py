"""Models in the loop in the browser (issue 16): the demo project pre-annotated by the bundled model (as `make run`
does on first run), a labeler opens a task in Label Studio's own labeling UI (headless Chromium, real server, real
node) and sees the suggestion already chosen, submits it as is, and the document the sync writes says "accepted",
names the model version and points to the suggestion's own document, signed by that version's DID."""
from __future__ import annotations

import dataclasses
import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.browser.test_web import ARTIFACTS, CHROMIUM, CONTEXT, PASSWORD, WEB, _require_tools, ls_server  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.integration]

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs" / "screenshots"


def test_a_suggestion_accepted_in_the_labeling_ui_is_a_row_marked_accepted(ls_server, transactional_db, make_user,
                                                                             settings, ceramic_node,
                                                                             ceramic_admin_key, tmp_path):
    from projects.models import Project
    from tasks.models import Annotation, Prediction, Task

    from label_studio_orbis.seed import demo_label_config, demo_rows
    from mlbackend.connect import preannotate
    from orbis_export import modeldeploy
    from orbis_export.ceramic import CeramicClient
    from orbis_export.models import ProjectModel, SyncRecord
    from orbis_export.modelregistry import current_model_id
    from orbis_export.predictions.keys import model_key
    from orbis_export.sync import sync_project
    from tests.fixtures.lab import connect

    _require_tools()
    settings.ORBIS = dataclasses.replace(
        settings.ORBIS, ceramic_url=ceramic_node.url, model_id="", context_id=CONTEXT,
        ceramic_admin_seed=ceramic_admin_key.seed, signer_fallback="pending", service_seed=None,
        test_wallet_enabled=True, privy_app_id="", sync_concurrency=4, request_timeout=10.0,
        source=f"orbis-suggestions-{os.urandom(3).hex()}")
    labeler = make_user(f"reviewer-{os.urandom(3).hex()}@example.org")
    project = Project.objects.create(title="Movie review sentiment", label_config=demo_label_config(),
                                     organization=labeler.active_organization, created_by=labeler)
    Task.objects.bulk_create([Task(data=row, project=project) for row in demo_rows()[:3]])
    report = preannotate(project, data_dir=tmp_path / "mlbackend")  # the bundled model, as on `make run`'s first run
    assert report.created == 3 and not report.rejected, report
    task = project.tasks.order_by("id").first()
    suggestion = Prediction.objects.get(task=task)
    suggested = suggestion.result[0]["value"]["choices"][0]
    with CeramicClient(ceramic_node.url, timeout=60) as client:
        modeldeploy.deploy(project, client=client)
    connect(labeler)

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    docs = bool(os.environ.get("ORBIS_UPDATE_DOCS")) or not (DOCS / "suggestion-in-labeling.png").exists()
    env = {**os.environ, "ORBIS_E2E_BASE": ls_server.url, "ORBIS_E2E_EMAIL": labeler.email,
           "ORBIS_E2E_PASSWORD": PASSWORD, "ORBIS_E2E_PROJECT": str(project.pk), "ORBIS_E2E_TASK": str(task.pk),
           "ORBIS_E2E_ARTIFACTS": str(ARTIFACTS), "ORBIS_E2E_DOCS": str(DOCS) if docs else "",
           "ORBIS_E2E_CHROMIUM": CHROMIUM}
    done = subprocess.run(["node", str(WEB / "e2e" / "suggestions.mjs")], cwd=WEB, env=env, capture_output=True,
                          text=True, timeout=600)
    line = next((l for l in done.stdout.splitlines() if l.startswith("@@RESULT ")), None)
    assert line is not None, f"no result (exit {done.returncode}): {done.stderr[-3000:]}"
    r = json.loads(line[len("@@RESULT "):])
    assert r["ok"], r.get("error")
    assert r["pageErrors"] == [] and r["httpErrors"] == [], r
    assert r["ticked"] == [suggested], r  # the suggestion is shown, already chosen
    annotation = Annotation.objects.get(pk=r["annotation"])
    assert annotation.parent_prediction_id == suggestion.pk, r["posted"]

    result = sync_project(project)
    assert result.failed == 0 and result.counts["create"] == 1 and result.counts["predictions_written"] == 3, \
        result.as_dict()
    record = SyncRecord.objects.of_annotations().get(annotation_id=annotation.pk)
    with CeramicClient(ceramic_node.url, timeout=60) as client:
        row = client.load(record.stream_id).content
        pred_model = current_model_id(project.pk, ProjectModel.PREDICTIONS)
        pred_record = SyncRecord.objects.of_predictions().get(model_id=pred_model, annotation_id=suggestion.pk)
        pred_doc = client.load(pred_record.stream_id)
    assert row["prediction_review"] == "accepted", row
    assert row["prediction_model_version"] == suggestion.model_version
    assert row["prediction_stream"] == pred_record.stream_id
    assert pred_doc.controller == model_key(project.pk, suggestion.model_version).did
    assert json.loads(pred_doc.content["result"]) == suggestion.result
