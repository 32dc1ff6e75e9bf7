"""Browser check of the annotation history page and the provenance page: the real Label Studio server with our app
(a live server thread), the real local Ceramic node, headless Debian Chromium driven by
``web/e2e/history-page.mjs`` (playwright-core).

A labeler labels a row, the sync writes it, the labeler edits it twice (each edit synced): the history page, reached
from the provenance table's stream link, shows three versions with the right diffs and signers; once the node's
in-process anchor service anchors the stream (about a minute), the page shows the anchor and its proof. A second
labeler without a wallet: their rows are named on the provenance page with what they must do. Screenshots of each
screen go to ``docs/screenshots/`` when missing or with ``ORBIS_UPDATE_DOCS=1``; every run's are in
``test-artifacts/browser/history-*.png``."""
from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import time
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
    _require_tools,
    browser_model,
    ls_server,
)

pytestmark = [pytest.mark.browser, pytest.mark.integration]

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = WEB / "e2e" / "history-page.mjs"
SHOTS = ROOT / "docs" / "screenshots"
SCREENS = ("provenance-page", "provenance-node-loading", "provenance-node-check", "provenance-pending",
           "history-page", "history-anchored")
UPDATE_DOCS = bool(os.environ.get("ORBIS_UPDATE_DOCS"))


@pytest.fixture
def history_lab(transactional_db, make_user, settings, ceramic_node, ceramic_admin_key, browser_model):
    from projects.models import Project
    from tasks.models import Annotation, Task

    from orbis_export.authorship import acting_as
    from orbis_export.sync import sync_project
    from tests.fixtures.lab import choices, connect, save_as

    settings.ORBIS = dataclasses.replace(
        settings.ORBIS, ceramic_url=ceramic_node.url, model_id=browser_model, context_id=CONTEXT,
        ceramic_admin_seed=ceramic_admin_key.seed, signer_fallback="pending", service_seed=None,
        test_wallet_enabled=True, privy_app_id="", sync_concurrency=4, request_timeout=10.0,
        source=f"orbis-history-browser-{os.urandom(3).hex()}")
    tag = os.urandom(3).hex()
    labeler = make_user(f"lena-{tag}@example.org")
    labeler.first_name, labeler.last_name = "Lena", "Labeler"
    labeler.save(update_fields=["first_name", "last_name"])
    waiting = make_user(f"walt-{tag}@example.org", organization=labeler.active_organization)
    waiting.first_name, waiting.last_name = "Walt", "Waiting"
    waiting.save(update_fields=["first_name", "last_name"])
    did = connect(labeler)
    project = Project.objects.create(title=f"History browser test {tag}", label_config=CONFIG,
                                     organization=labeler.active_organization, created_by=labeler)
    tasks = [Task.objects.create(project=project, data=data) for data in TASKS]
    with acting_as(labeler):
        edited = Annotation.objects.create(task=tasks[0], project=project, completed_by=labeler,
                                           result=choices("Positive"), lead_time=2.0)
        Annotation.objects.create(task=tasks[1], project=project, completed_by=labeler, result=choices("Negative"),
                                  lead_time=2.0)
    with acting_as(waiting):
        pending = [Annotation.objects.create(task=task, project=project, completed_by=waiting,
                                             result=choices("Neutral"), lead_time=2.0) for task in tasks[1:]]
    assert sync_project(project).counts["create"] == 2
    for label in ("Negative", "Neutral"):  # the labeler edits the row twice; each edit is synced
        edited.refresh_from_db()
        edited.result = choices(label)
        save_as(edited, labeler)
        assert sync_project(project).counts["update"] == 1
    from orbis_export.models import SyncRecord

    stream = SyncRecord.objects.get(annotation_id=edited.pk).stream_id
    return {"labeler": labeler, "waiting": waiting, "did": did, "project": project, "edited": edited,
            "pending": pending, "stream": stream}


def run_history_script(server, lab, scenario: str) -> dict:
    _require_tools()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    # the committed screenshots are rewritten only when missing or asked for (no churn on every run)
    shots = str(SHOTS) if UPDATE_DOCS or not all((SHOTS / f"{s}.png").exists() for s in SCREENS) else ""
    env = {**os.environ, "ORBIS_E2E_BASE": server.url, "ORBIS_E2E_EMAIL": lab["labeler"].email,
           "ORBIS_E2E_PASSWORD": PASSWORD, "ORBIS_E2E_PROJECT": str(lab["project"].pk),
           "ORBIS_E2E_ANNOTATION": str(lab["edited"].pk), "ORBIS_E2E_SCENARIO": scenario,
           "ORBIS_E2E_ARTIFACTS": str(ARTIFACTS), "ORBIS_E2E_SHOTS": shots, "ORBIS_E2E_CHROMIUM": CHROMIUM}
    done = subprocess.run(["node", str(SCRIPT)], cwd=WEB, env=env, capture_output=True, text=True, timeout=300)
    line = next((l for l in done.stdout.splitlines() if l.startswith("@@RESULT ")), None)
    assert line is not None, f"no result (exit {done.returncode}): {done.stderr[-3000:]}"
    return json.loads(line[len("@@RESULT "):])


def test_history_page_and_pending_rows_in_the_browser(ls_server, history_lab, ceramic_node):
    lab = history_lab
    labeler, waiting = lab["labeler"], lab["waiting"]
    r = run_history_script(ls_server, lab, "overview")
    assert r["ok"], r.get("error")

    # provenance page: people by name, a label column, stream links, and the waiting labeler named with what to do
    p = r["provenance"]
    assert p["pending"] == "2", p
    [who] = p["waiting"]
    assert f"Walt Waiting <{waiting.email}>" in who and "connects a wallet" in who and "2" in who, who
    assert p["headers"][:6] == ["annotation", "label (in Label Studio)", "task", "stream ID (history)",
                                "controller DID", "commits we wrote"], p["headers"]
    assert any(f"labeler: Lena Labeler <{labeler.email}>" in row and "sentiment: Neutral" in row for row in p["rows"])
    assert not any("by user" in row for row in p["rows"])
    assert f"/projects/{lab['project'].pk}/orbis/annotations/{lab['edited'].pk}/" in p["links"]

    # the node check: a visible loading state, then every row read, both commit counts labelled
    assert r["loading"]["note"].startswith("Reading 2 rows from the Ceramic node"), r["loading"]
    assert r["loading"]["busy"] == "true" and "checking" in r["loading"]["link"], r["loading"]
    assert r["nodeCheck"]["states"] == ["ok", "ok"], r["nodeCheck"]
    assert {"commits we wrote", "commits on node", "anchor (node)"} <= set(r["nodeCheck"]["headers"])

    # pending rows, each named
    assert sorted(int(x["annotation"]) for x in r["pendingRows"]) == sorted(a.pk for a in lab["pending"])
    assert all(f"Walt Waiting <{waiting.email}>" in x["text"] and "connect a wallet" in x["text"]
               for x in r["pendingRows"]), r["pendingRows"]

    # the history page, reached through the stream link: three versions, the diffs, the labeler's DID on each
    assert r["historyUrl"] == f"/projects/{lab['project'].pk}/orbis/annotations/{lab['edited'].pk}/"
    h = r["history"]
    assert h["nodeState"] == "ok" and h["labelNow"] == "sentiment: Neutral", h
    [doc] = h["documents"]
    assert doc["stream"] == lab["stream"] and doc["signerKind"] == "labeler"
    versions = [c for c in doc["commits"] if c["version"]]
    assert [(c["version"], c["kind"]) for c in versions] == [("1", "genesis"), ("2", "data"), ("3", "data")]
    assert versions[0]["firstLabel"] == "sentiment: Positive"
    assert [c["diff"] for c in versions[1:]] == [["sentiment: Positive → Negative"], ["sentiment: Negative → Neutral"]]
    assert {c["signer"] for c in versions} == {lab["did"]} and {c["signerKind"] for c in versions} == {"labeler"}
    assert all(c["signatureOk"] for c in versions)
    assert r["pageErrors"] == [] and r["httpErrors"] == [], (r["pageErrors"], r["httpErrors"])

    # the node's in-process anchor service anchors about a minute after the writes: then the anchor shows
    from orbis_export.ceramic import CeramicClient

    deadline = time.monotonic() + 180
    with CeramicClient(ceramic_node.url, timeout=30) as client:
        while client.load(lab["stream"]).anchor_status != "ANCHORED":
            assert time.monotonic() < deadline, "the node did not anchor the stream within 180 s"
            time.sleep(5)
        proof = client.load(lab["stream"]).raw["state"]["anchorProof"]
    a = run_history_script(ls_server, lab, "anchored")
    assert a["ok"], a.get("error")
    [doc] = a["history"]["documents"]
    assert doc["anchorStatus"] == "ANCHORED"
    anchors = [c for c in doc["commits"] if c["kind"] == "anchor"]
    assert anchors and anchors[-1]["chain"] == proof["chainId"] and anchors[-1]["tx"] == proof["txHash"], anchors
    assert all(c["anchored"] for c in doc["commits"] if c["version"]), doc["commits"]
    assert [c["version"] for c in doc["commits"] if c["version"]] == ["1", "2", "3"]  # the anchor adds no version
