"""Browser checks of where our UI sits in Label Studio and what it tells people (issue 15, 3.2–3.8): the real Label
Studio server (a live server thread) with our app, the real local Ceramic node, headless Debian Chromium driven by
``web/e2e/webui.mjs`` (playwright-core); every non-loopback request is blocked.

* settings: no Ceramic entry in Project Settings' navigation ("General" stays the only highlighted item), the identity
  panel opens under the top-bar pill and covers nothing of the Task Sampling options, the pill has Label Studio's own
  pill font, the user menu's entry has an icon and lines up, nothing in the main menu; light and dark themes.
* waiting: a labeler without a wallet whose rows the last sync could not sign sees "N of your annotations wait for your
  wallet" (and what to do) in the Ceramic menu — counted by the server, own rows only.
* summary: Save to Ceramic's summary names whose rows wait (name and email) and what each person must do.
* storage: the Ceramic storage form's labels and placeholder, Check Connection's message said once, Sync Storage → the
  card ends without a reload, "Completed — 1 row waits for its labeler", a readable log.

Screenshots go to ``docs/screenshots/`` when missing or with ``ORBIS_UPDATE_DOCS=1``; every run's are in
``test-artifacts/browser/webui-*.png``.
"""
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
SCRIPT = WEB / "e2e" / "webui.mjs"
DOCS = ROOT / "docs" / "screenshots"
SHOTS = {"settings": ["settings-navigation.png", "identity-menu-light.png", "identity-user-menu.png",
                      "identity-menu-dark.png"],
         "waiting": ["identity-waiting-notice.png"], "summary": ["export-summary-waiting.png"],
         "storage": ["ceramic-storage-waiting.png"]}


@pytest.fixture
def webui_lab(transactional_db, make_user, settings, ceramic_node, ceramic_admin_key, browser_model):
    """A project of two labelers in one organization: ``connected`` has a wallet session, ``waiting`` has none; each
    labeled one task (their own saves, on record)."""
    from projects.models import Project
    from tasks.models import Annotation, Task

    from orbis_export.authorship import acting_as
    from tests.fixtures.lab import choices, connect

    dead = _dead_url()
    settings.ORBIS = dataclasses.replace(
        settings.ORBIS, ceramic_url=ceramic_node.url, model_id=browser_model, context_id=CONTEXT,
        ceramic_admin_seed=ceramic_admin_key.seed, signer_fallback="pending", service_seed=None,
        test_wallet_enabled=True, privy_app_id="", sync_concurrency=4, request_timeout=10.0,
        source=f"orbis-webui-{os.urandom(3).hex()}", allowed_node_urls=(dead,))
    settings.SYNC_ON_TARGET_STORAGE_CREATION = False
    tag = os.urandom(3).hex()
    connected = make_user(f"connected-{tag}@example.org")
    waiting = make_user(f"waiting-{tag}@example.org", organization=connected.active_organization)
    waiting.first_name, waiting.last_name = "Wanda", "Waits"
    waiting.save(update_fields=["first_name", "last_name"])
    connect(connected)
    project = Project.objects.create(title=f"Web UI test {tag}", label_config=CONFIG,
                                     organization=connected.active_organization, created_by=connected)
    tasks = [Task.objects.create(project=project, data=data) for data in TASKS]
    for user, task, label in ((connected, tasks[0], "Positive"), (waiting, tasks[1], "Negative")):
        with acting_as(user):
            Annotation.objects.create(task=task, project=project, completed_by=user, result=choices(label),
                                      lead_time=2.0)
    return {"settings": settings, "connected": connected, "waiting": waiting, "project": project, "tasks": tasks,
            "dead_url": dead}


def run_webui(server, lab, scenario: str, user) -> dict:
    _require_tools()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob(f"webui-{scenario}-*"):
        old.unlink()
    # the committed screenshots are rewritten only when missing or asked for (no churn on every run)
    docs = bool(os.environ.get("ORBIS_UPDATE_DOCS")) or not all((DOCS / n).exists() for n in SHOTS[scenario])
    env = {**os.environ, "ORBIS_E2E_BASE": server.url, "ORBIS_E2E_EMAIL": user.email, "ORBIS_E2E_PASSWORD": PASSWORD,
           "ORBIS_E2E_PROJECT": str(lab["project"].pk), "ORBIS_E2E_ARTIFACTS": str(ARTIFACTS),
           "ORBIS_E2E_SCENARIO": scenario, "ORBIS_E2E_DOCS": str(DOCS) if docs else "",
           "ORBIS_E2E_DEAD_URL": lab["dead_url"], "ORBIS_E2E_CHROMIUM": CHROMIUM}
    done = subprocess.run(["node", str(SCRIPT)], cwd=WEB, env=env, capture_output=True, text=True, timeout=600)
    line = next((l for l in done.stdout.splitlines() if l.startswith("@@RESULT ")), None)
    assert line is not None, f"no result (exit {done.returncode}): {done.stderr[-3000:]}"
    result = json.loads(line[len("@@RESULT "):])
    assert result["ok"], result.get("error")
    assert result["pageErrors"] == [], result["pageErrors"]
    assert result["httpErrors"] == [], result["httpErrors"]
    return result


def _sync(project, user=None) -> dict:
    """One sync job of the project, run here (the engine, the real node)."""
    from orbis_export import jobs

    return jobs.run_job(jobs.create_job(project, user))


def test_identity_menu_stays_out_of_project_settings(ls_server, webui_lab):
    r = run_webui(ls_server, webui_lab, "settings", webui_lab["connected"])
    nav = r["settingsNav"]
    assert nav["ours"] == 0, nav  # nothing of ours in the settings navigation
    assert "General" in nav["items"] and not any("Ceramic" in i for i in nav["items"]), nav
    assert nav["active"] == ["General"], nav  # General stays the only highlighted item
    assert r["activeWithPanel"] == ["General"], r["activeWithPanel"]
    # the panel opens under the top bar and leaves the Task Sampling options uncovered
    assert r["sampling"]["found"] == 4, r["sampling"]
    assert r["panelCoversSampling"] is False, (r["panel"], r["sampling"])
    assert r["panel"]["top"] >= r["pill"]["bottom"], (r["panel"], r["pill"])
    # the pill: in the top bar, Label Studio's pill font and height
    assert r["pillParent"] == "lsf-menu-header"
    assert r["pill"]["fontSize"] == r["themePill"]["fontSize"], (r["pill"], r["themePill"])
    assert r["pill"]["height"] == r["themePill"]["height"], (r["pill"], r["themePill"])
    assert r["pill"]["top"] == r["themePill"]["top"], (r["pill"], r["themePill"])
    # the user menu: our entry between Account & Settings and Log Out, with an icon, lined up like its neighbours
    menu = r["userMenu"]
    assert menu["items"][:3] == ["Account & Settings", "Ceramic: connected", "Log Out"], menu
    assert menu["hasIcon"] is True, menu
    assert (menu["height"], menu["textLeft"], menu["fontSize"]) == (
        menu["sampleHeight"], menu["sampleTextLeft"], menu["sampleFontSize"]), menu
    assert r["userMenuOpens"] is True
    assert r["mainMenuOurs"] == 0  # the main menu (hamburger) is Label Studio's alone
    # dark theme: pill and panel take Label Studio's colors
    assert r["dark"] is True
    assert r["panelDark"]["background"] == r["bodyDark"], (r["panelDark"], r["bodyDark"])
    assert r["panelDark"]["background"] != r["panel"]["background"]
    assert r["pillDark"]["color"] != r["pill"]["color"]
    assert all((DOCS / n).is_file() for n in SHOTS["settings"])


def test_waiting_labeler_sees_how_many_of_their_annotations_wait(ls_server, webui_lab):
    from orbis_export.api import identity_presenters

    lab = webui_lab
    job = _sync(lab["project"], lab["connected"])
    assert job["counts"]["pending_signer"] == 1 and job["counts"]["create"] == 1, job
    # the server's count: own rows only (the connected labeler has none waiting)
    assert identity_presenters.waiting(lab["connected"])["count"] == 0
    assert identity_presenters.waiting(lab["waiting"])["count"] == 1
    r = run_webui(ls_server, lab, "waiting", lab["waiting"])
    assert r["count"] == "1", r
    assert r["notice"].startswith("1 of your annotations waits for your wallet"), r["notice"]
    assert "Connect a wallet below" in r["notice"], r["notice"]
    assert lab["project"].title in r["notice"] and r["noticeLinks"] == [f"/projects/{lab['project'].pk}/orbis/"], r
    assert r["walletButtons"] >= 1  # what to do is right there: the wallet buttons


def test_export_summary_names_whose_rows_wait(ls_server, webui_lab):
    lab = webui_lab
    r = run_webui(ls_server, lab, "summary", lab["connected"])
    s = r["summary"]
    assert s["status"] == "done" and s["tone"] == "warn", s
    assert s["title"] == "Saved 1 row to Ceramic (1 new).", s
    assert len(s["people"]) == 1, s
    person = s["people"][0]
    assert person.startswith(f"Wanda Waits <{lab['waiting'].email}> — 1 row: "), person
    assert "connects a wallet" in person, person  # what they must do


def test_storage_card_waiting_rows_and_live_status(ls_server, webui_lab):
    from orbis_export.storage.models import CeramicExportStorage

    lab = webui_lab
    r = run_webui(ls_server, lab, "storage", lab["connected"])
    # the form: the writes-in-flight placeholder fits; the title's label and its "required" message agree
    assert r["concurrency"]["text"] <= r["concurrency"]["room"], r["concurrency"]
    assert r["titleLabel"].startswith("Storage Name"), r["titleLabel"]
    assert r["requiredMessage"] == ["Storage Name is required"], r["requiredMessage"]
    # a dead node: one sentence, said once
    body = r["badCheck"]["body"]
    assert r["badCheck"]["status"] == 400 and body.count("does not answer") == 1, body
    assert "unreachable at" not in body, body
    # Sync Storage: the card ends without a reload, and waiting rows are not errors
    assert r["created"]["status"] == 201 and r["sync"]["status"] == 200, r
    assert "Status Initialized" in r["cardBefore"], r["cardBefore"]
    assert r["reloads"] == 0
    assert "Status Completed — 1 row waits for its labeler" in r["card"]["text"], r["card"]
    assert "1 (2 total)" in r["card"]["text"], r["card"]
    assert "with errors" not in r["card"]["text"] and r["card"]["buttonDisabled"] is False, r["card"]
    assert r["card"]["refreshNote"] is False, r["card"]
    storage = CeramicExportStorage.objects.get(project=lab["project"])
    assert storage.status == "completed", (storage.status, storage.traceback)
    log = storage.traceback
    assert log.startswith(f"Ceramic sync job {storage.meta['orbis']['job']} of project {lab['project'].pk}: done"), log
    assert "Waiting (not errors): 1 row waits" in log and "Wanda Waits <waiting-" in log, log
    assert "{" not in log and "Errors:" not in log, log
    assert r["server"][0]["statusText"] == "Completed — 1 row waits for its labeler", r["server"]
