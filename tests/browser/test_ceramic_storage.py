"""Browser check of the Ceramic (OrbisDB) Target Storage: the real Label Studio server with our app (a live server
thread), the real local Ceramic node, headless Debian Chromium driven by ``web/e2e/ceramic-storage.mjs``
(playwright-core). The screenshot of the synced storage goes to ``docs/ceramic-target-storage.png`` when that file is
missing or ``ORBIS_UPDATE_DOCS=1``; every run's screenshots are in ``test-artifacts/browser/storage-*.png``."""
from __future__ import annotations

import dataclasses
import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.browser.test_web import (  # noqa: F401  (fixtures and helpers of the browser harness)
    ARTIFACTS,
    CHROMIUM,
    CONFIG,
    CONTEXT,
    PASSWORD,
    TASKS,
    WEB,
    _dead_url,
    _require_tools,
    browser_model,
    ls_server,
)

pytestmark = [pytest.mark.browser, pytest.mark.integration]

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = WEB / "e2e" / "ceramic-storage.mjs"
SCREENSHOT = ROOT / "docs" / "ceramic-target-storage.png"
UPDATE_DOCS = bool(os.environ.get("ORBIS_UPDATE_DOCS"))


@pytest.fixture
def storage_lab(transactional_db, make_user, settings, ceramic_node, ceramic_admin_key, browser_model):
    from projects.models import Project
    from tasks.models import Task

    from tests.fixtures.lab import connect

    dead = _dead_url()  # Check Connection is shown a node that does not answer: it must be an allowed one
    settings.ORBIS = dataclasses.replace(
        settings.ORBIS, ceramic_url=ceramic_node.url, model_id=browser_model, context_id=CONTEXT,
        ceramic_admin_seed=ceramic_admin_key.seed, signer_fallback="pending", service_seed=None,
        test_wallet_enabled=True, privy_app_id="", sync_concurrency=4, request_timeout=10.0,
        source=f"orbis-storage-browser-{os.urandom(3).hex()}", allowed_node_urls=(dead,))
    settings.SYNC_ON_TARGET_STORAGE_CREATION = False
    tag = os.urandom(3).hex()
    user = make_user(f"storage-{tag}@example.org")
    did = connect(user)  # the labeler's wallet session (server-held), so their annotations can be signed
    project = Project.objects.create(title=f"Storage browser test {tag}", label_config=CONFIG,
                                     organization=user.active_organization, created_by=user)
    tasks = [Task.objects.create(project=project, data=data) for data in TASKS]
    from tasks.models import Annotation

    from orbis_export.authorship import acting_as

    from tests.fixtures.lab import choices

    for task, label in zip(tasks[1:], ["Negative", "Neutral"]):  # labeled before the storage exists
        with acting_as(user):  # the labeler's own save, on record
            Annotation.objects.create(task=task, project=project, completed_by=user, result=choices(label),
                                      lead_time=3.0)
    return {"settings": settings, "user": user, "did": did, "project": project, "tasks": tasks, "dead_url": dead}


def run_storage_script(server, lab) -> dict:
    _require_tools()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "ORBIS_E2E_BASE": server.url, "ORBIS_E2E_EMAIL": lab["user"].email,
           "ORBIS_E2E_PASSWORD": PASSWORD, "ORBIS_E2E_PROJECT": str(lab["project"].pk),
           "ORBIS_E2E_TASKS": ",".join(str(t.pk) for t in lab["tasks"]), "ORBIS_E2E_ARTIFACTS": str(ARTIFACTS),
           # the committed screenshot is rewritten only when missing or asked for (no churn on every run)
           "ORBIS_E2E_SCREENSHOT": str(SCREENSHOT) if UPDATE_DOCS or not SCREENSHOT.exists() else "",
           "ORBIS_E2E_DEAD_URL": lab["dead_url"], "ORBIS_E2E_CHROMIUM": CHROMIUM}
    done = subprocess.run(["node", str(SCRIPT)], cwd=WEB, env=env, capture_output=True, text=True, timeout=600)
    line = next((l for l in done.stdout.splitlines() if l.startswith("@@RESULT ")), None)
    assert line is not None, f"no result (exit {done.returncode}): {done.stderr[-3000:]}"
    return json.loads(line[len("@@RESULT "):])


def test_ceramic_target_storage_in_the_browser(ls_server, storage_lab, ceramic_node, browser_model):
    from orbis_export.ceramic import CeramicClient
    from orbis_export.storage.models import CeramicExportStorage

    lab = storage_lab
    r = run_storage_script(ls_server, lab)
    assert r["ok"], r.get("error")
    assert "Ceramic (OrbisDB)" in r["targetTypes"], r["targetTypes"]
    assert "Ceramic (OrbisDB)" not in r["sourceTypes"] and r["sourceTypes"], r["sourceTypes"]
    assert {"title", "ceramic_url", "model_id", "context_id"} <= set(r["fields"]), r["fields"]
    assert r["badCheck"]["status"] == 400 and "does not answer" in r["badCheck"]["body"], r["badCheck"]
    assert r["goodCheck"]["status"] == 200 and r["created"]["status"] == 201 and r["sync"]["status"] == 200, r
    assert "Completed" in r["card"] and "2 (2 total)" in r["card"], r["card"]
    assert SCREENSHOT.is_file()
    # the annotation saved in the labeling UI was exported on its own (receiver → job queue → engine)
    ann_id = r["annotation"].get("id")
    assert ann_id, r["annotation"]
    with CeramicClient(ceramic_node.url, timeout=30) as client:
        import time

        deadline = time.monotonic() + 60
        while True:
            docs = [d for d in client.iter_collection(browser_model, account=lab["did"])
                    if d.content.get("annotation_id") == ann_id and d.content.get("source") == lab["settings"].ORBIS.source]
            if docs or time.monotonic() > deadline:
                break
            time.sleep(0.5)
    assert len(docs) == 1 and docs[0].content["sentiment"] == "Positive", docs
    deadline = time.monotonic() + 60  # the automatic export's run may still be recording its result
    while True:
        storage = CeramicExportStorage.objects.get(project=lab["project"])
        if storage.status not in ("queued", "in_progress") or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    assert storage.status == "completed" and storage.last_sync_count == 3, (storage.status, storage.traceback)
    assert r["pageErrors"] == [], r["pageErrors"]
    assert r["httpErrors"] == [], r["httpErrors"]
