"""Browser end-to-end: the real Label Studio server (``ls_server``: a live server thread) with our app, the real local Ceramic
node, and headless Debian Chromium driven by ``web/e2e/save-to-ceramic.mjs`` (playwright-core). Every non-loopback
request is blocked inside the browser.

Main scenario: log in → connect the identity with the local test-key wallet → label three tasks in Label Studio's own
labeling UI → Export → CSV explains → JSON-MIN → Save to Ceramic → done → the node holds three documents controlled by
the wallet's DID → a second click writes nothing and says so → node down: a clear error → node back: runs again.
Privy scenario: a syntactically valid, unreachable Privy app id gives a readable timeout message.
Screenshots of every step go to ``test-artifacts/browser/`` (git-ignored).
"""
from __future__ import annotations

import dataclasses
import json
import os
import shutil
import socket
import subprocess
from pathlib import Path

import pytest
from eth_account import Account

from orbis_export.ceramic import CeramicClient, StreamID
from orbis_export.ceramic.encoding import cid_of_block
from orbis_export.ceramic.streamid import TYPE_MID
from orbis_export.schema import row_model
from tests.fixtures.lab import CONFIG  # the sync tests' project: text + one sentiment choice

pytestmark = [pytest.mark.browser, pytest.mark.integration]

ROOT = Path(__file__).resolve().parents[2]
WEB = ROOT / "web"
SCRIPT = WEB / "e2e" / "save-to-ceramic.mjs"
ARTIFACTS = ROOT / "test-artifacts" / "browser"
CHROMIUM = os.environ.get("ORBIS_E2E_CHROMIUM", "/usr/bin/chromium")
PASSWORD = "correct-horse-battery-staple"  # what tests/conftest.py's make_user sets
TASKS = [{"text": "Loved it: the ending is perfect.", "stars": 5},
         {"text": "Disappointing: the dialogue is wooden.", "stars": 1},
         {"text": "Watchable: it looks good but feels thin.", "stars": 3}]
CONTEXT = str(StreamID(TYPE_MID, cid_of_block(b"orbis-browser-test-context")))
PRIVY_OFFLINE_APP_ID = "cmorbisofflinetest0000000"  # 25 characters: valid syntax, not reachable from here


def _require_tools():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing: run `make browser` (apt-get install -y chromium)")
    if not (WEB / "node_modules" / "playwright-core").is_dir():
        pytest.skip("web/node_modules is missing: run `make web-deps` (npm ci in web/)")
    if shutil.which("node") is None:
        pytest.skip("node is not installed")


def _dead_url() -> str:
    with socket.socket() as s:  # a loopback port nobody listens on
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}"


@pytest.fixture
def ls_server(transactional_db):
    """Label Studio in a thread, like pytest-django's ``live_server`` but with Label Studio's own /static/ route
    (``live_server`` puts Django's staticfiles handler in front, which cannot serve Label Studio's hashed files)."""
    from django.test.testcases import LiveServerThread

    thread = LiveServerThread("localhost", static_handler=lambda app: app, connections_override={}, port=0)
    thread.daemon = True
    thread.start()
    thread.is_ready.wait()
    if thread.error:
        raise thread.error

    class Server:
        url = f"http://localhost:{thread.port}"

    yield Server()
    thread.terminate()
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser_model(ceramic_node, ceramic_admin_key):
    with CeramicClient(ceramic_node.url, timeout=60) as client:
        definition = row_model(CONFIG, TASKS).model_definition(name=f"OrbisBrowserTest{os.urandom(3).hex()}")
        model = str(client.deploy_model(ceramic_admin_key, definition))
        client.admin_index_models(ceramic_admin_key, [model])
    return model


@pytest.fixture
def lab(transactional_db, make_user, settings, ceramic_node, ceramic_admin_key, browser_model):
    from projects.models import Project
    from tasks.models import Task

    settings.ORBIS = dataclasses.replace(
        settings.ORBIS, ceramic_url=ceramic_node.url, model_id=browser_model, context_id=CONTEXT,
        ceramic_admin_seed=ceramic_admin_key.seed, signer_fallback="pending", service_seed=None,
        test_wallet_enabled=True, privy_app_id="", orbisdb_studio_url="http://127.0.0.1:7008",
        sync_concurrency=4, request_timeout=10.0, source="orbis-browser-test")
    tag = os.urandom(3).hex()
    user = make_user(f"labeler-{tag}@example.org")
    project = Project.objects.create(title=f"Browser test {tag}", label_config=CONFIG,
                                     organization=user.active_organization, created_by=user)
    tasks = [Task.objects.create(project=project, data=data) for data in TASKS]
    wallet = Account.create()  # a fresh test wallet per test (a wallet links to one Label Studio user)
    return {"settings": settings, "user": user, "project": project, "tasks": tasks, "wallet": wallet,
            "wallet_key": "0x" + bytes(wallet.key).hex()}


def run_scenario(live_server, lab, scenario: str, on_step=None) -> dict:
    # the sign-in message names the origin the browser is on, as a real wallet would check
    lab["settings"].ORBIS = dataclasses.replace(lab["settings"].ORBIS, public_url=live_server.url)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in [*ARTIFACTS.glob("go-*"), *ARTIFACTS.glob(f"{scenario}-*")]:
        old.unlink()
    env = {**os.environ, "ORBIS_E2E_BASE": live_server.url, "ORBIS_E2E_EMAIL": lab["user"].email,
           "ORBIS_E2E_PASSWORD": PASSWORD, "ORBIS_E2E_PROJECT": str(lab["project"].pk),
           "ORBIS_E2E_TASKS": ",".join(str(t.pk) for t in lab["tasks"]), "ORBIS_E2E_WALLET_KEY": lab["wallet_key"],
           "ORBIS_E2E_ARTIFACTS": str(ARTIFACTS), "ORBIS_E2E_SCENARIO": scenario, "ORBIS_E2E_CHROMIUM": CHROMIUM}
    proc = subprocess.Popen(["node", str(SCRIPT)], cwd=WEB, env=env, stdout=subprocess.PIPE, text=True)
    result = None
    try:
        for line in proc.stdout:
            if line.startswith("@@STEP "):
                name = line.split(None, 1)[1].strip()
                if on_step is not None:
                    on_step(name)
                (ARTIFACTS / f"go-{name}").touch()
            elif line.startswith("@@RESULT "):
                result = json.loads(line[len("@@RESULT "):])
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert result is not None, f"the browser script ended without a result (exit {proc.returncode})"
    return result


def test_save_to_ceramic_end_to_end(ls_server, lab, ceramic_node, browser_model):
    settings = lab["settings"]
    settings.ORBIS = dataclasses.replace(settings.ORBIS, public_url=ls_server.url)
    real = settings.ORBIS

    def on_step(name: str) -> None:
        if name == "node-down":
            settings.ORBIS = dataclasses.replace(real, ceramic_url=_dead_url(), request_timeout=2.0)
        elif name == "node-up":
            settings.ORBIS = real

    r = run_scenario(ls_server, lab, "main", on_step)
    assert r["ok"], r.get("error")
    did = f"did:pkh:eip155:1:{lab['wallet'].address.lower()}"
    assert r["did"] == did
    assert r["userMenuEntry"] is True  # the identity menu in the user menu (avatar) …
    assert r["mainMenuEntries"] == 0  # … and not in Label Studio's main menu

    # page load: what the browser actually fetched of ours before any click (gzip of the bodies)
    assert r["pageLoad"]["gzip"] <= 150 * 1024, r["pageLoad"]
    assert not any("privy" in u for u in r["pageLoad"]["urls"]), r["pageLoad"]["urls"]

    # another format explains instead of failing; JSON-MIN is enabled
    assert r["csv"]["disabled"] is True and "JSON-MIN" in r["csv"]["hint"] and "CSV" in r["csv"]["hint"]
    assert r["jsonMinEnabled"] is True

    # first run writes three rows; the second writes nothing new and says so
    assert r["first"]["status"] == "done", r["first"]
    assert r["first"]["summary"] == "Saved 3 rows to Ceramic (3 new).", r["first"]
    assert ["provenance", f"/projects/{lab['project'].pk}/orbis/"] in r["first"]["links"]
    assert any(kind == "studio" and href.startswith("http://127.0.0.1:7008/") for kind, href in r["first"]["links"])
    assert r["second"]["status"] == "done"
    assert r["second"]["summary"].startswith("Nothing new to write: all 3 rows are already on Ceramic"), r["second"]

    # node down: a readable error in the dialog; node back: the job can run again
    assert r["down"]["tone"] == "error", r["down"]
    assert r["down"]["status"] in ("failed", "partial", "error"), r["down"]
    assert "again" in r["down"]["text"], r["down"]
    assert r["again"]["status"] == "done", r["again"]
    assert r["again"]["tone"] == "ok", r["again"]

    # the node holds exactly three documents of this model controlled by the wallet's DID
    with CeramicClient(ceramic_node.url, timeout=30) as client:
        assert client.count(browser_model, account=did) == 3
        docs = list(client.iter_collection(browser_model, account=did))
    assert {d.controller for d in docs} == {did}
    assert sorted(d.content["sentiment"] for d in docs) == ["Negative", "Neutral", "Positive"]

    # provenance page lists them
    assert r["provenance"]["synced"] == "3"
    assert len(r["provenance"]["rows"]) == 3 and all(did in row for row in r["provenance"]["rows"])

    # no script errors on Label Studio's pages, nothing left the machine except what we blocked
    assert r["pageErrors"] == [], r["pageErrors"]
    assert r["consoleErrors"] == [], r["consoleErrors"]
    assert r["httpErrors"] == [], r["httpErrors"]


def test_privy_unreachable_shows_a_readable_timeout(ls_server, lab):
    settings = lab["settings"]
    settings.ORBIS = dataclasses.replace(settings.ORBIS, privy_app_id=PRIVY_OFFLINE_APP_ID)
    r = run_scenario(ls_server, lab, "privy")
    assert r["ok"], r.get("error")
    assert r["privyLoginEntry"] == 1  # "Continue with Privy" on the login page when an app id is configured
    assert "Privy" in r["privy"]["message"], r["privy"]
    assert r["privy"]["seconds"] < 40, r["privy"]
    assert r["pageErrors"] == [], r["pageErrors"]
