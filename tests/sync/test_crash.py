"""Crash drill: ``manage.py orbis_sync`` is SIGKILLed mid-run, then run again → still exactly one document per
annotation on the node, none missing. Two kills: at an arbitrary moment (plain manage.py, killed from outside once
some rows are recorded), and at the worst moment (right after the node accepted a write, before it is recorded)."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from django.conf import settings as django_settings

from orbis_export.models import SyncJob, SyncRecord

from tests.fixtures.lab import CONTEXT, choices, node_docs, save_as

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parents[2]


def _env(orbis) -> dict:
    o = orbis.settings.ORBIS
    env = {k: v for k, v in os.environ.items() if not k.startswith("ORBIS_")}
    env.update(DJANGO_SETTINGS_MODULE="tests.sync.subprocess_settings", ORBIS_CERAMIC_URL=o.ceramic_url,
               ORBIS_MODEL_ID=o.model_id, ORBIS_CONTEXT_ID=CONTEXT, ORBIS_SOURCE=o.source,
               ORBIS_CERAMIC_ADMIN_SEED=o.ceramic_admin_seed.hex(), ORBIS_SIGNER_FALLBACK="pending",
               ORBIS_DEVNODE="0", ORBIS_DATA_DIR=str(o.data_dir), PYTHONUNBUFFERED="1")
    return env


def _sync(orbis, project_id, *extra, script=None, extra_env=None) -> subprocess.Popen:
    argv = [sys.executable, script] if script else [sys.executable, "manage.py"]
    argv += ([] if script else ["orbis_sync"]) + ["--project", str(project_id), "--no-progress", *extra]
    return subprocess.Popen(argv, cwd=ROOT, env={**_env(orbis), **(extra_env or {})}, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)


def _db_path() -> str:
    return django_settings.DATABASES["default"]["NAME"]


def _recorded(project_id: int) -> int:
    with sqlite3.connect(_db_path(), timeout=10) as db:
        return db.execute("select count(*) from orbis_export_syncrecord where project_id=? and status='synced'",
                          (project_id,)).fetchone()[0]


def _assert_exactly_once(lab, node_client, model):
    """On the node: every annotation has exactly one document, under its labeler, with its current label."""
    expected = {a.pk: (lab.dids[lab.labelers.index(a.completed_by)], a) for a in lab.annotations}
    seen = Counter()
    for did in lab.dids:
        for doc in node_docs(node_client, model, did):
            aid = doc.content["annotation_id"]
            seen[aid] += 1
            assert expected[aid][0] == did and doc.context == CONTEXT
            expected[aid][1].refresh_from_db()
            assert doc.content["sentiment"] == expected[aid][1].result[0]["value"]["choices"][0]
    assert seen == Counter({aid: 1 for aid in expected}), "duplicates or missing documents on the node"


def test_kill_right_after_the_node_accepted_a_write(make_lab, orbis, node_client, sync_model):
    lab = make_lab(labelers=2, per_labeler=6)
    proc = _sync(orbis, lab.project.pk, "--concurrency", "4", script=str(ROOT / "tests/sync/crashing_sync.py"),
                 extra_env={"ORBIS_TEST_KILL_AFTER_ACCEPTED": "5"})
    out, _ = proc.communicate(timeout=300)
    assert proc.returncode == -signal.SIGKILL, out
    in_flight = list(SyncRecord.objects.filter(project_id=lab.project.pk, status=SyncRecord.CREATING))
    assert in_flight, "the kill should leave recorded-but-unconfirmed creates"
    assert SyncJob.objects.get(project=lab.project).status == SyncJob.RUNNING  # what a killed process leaves

    # a labeler edits one of the in-flight rows before the re-run: resume must post the recorded genesis, then update
    edited = next(a for a in lab.annotations if a.pk == in_flight[0].annotation_id)
    edited.result = choices("Neutral")
    save_as(edited)

    rerun = _sync(orbis, lab.project.pk)
    out, _ = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, out
    jobs = list(SyncJob.objects.filter(project=lab.project).order_by("id"))
    assert [j.status for j in jobs] == [SyncJob.INTERRUPTED, SyncJob.DONE]
    assert not SyncRecord.objects.filter(project_id=lab.project.pk).exclude(status=SyncRecord.SYNCED).exists()
    _assert_exactly_once(lab, node_client, sync_model)


def test_kill_at_an_arbitrary_moment_then_rerun(make_lab, orbis, node_client, sync_model):
    lab = make_lab(labelers=2, per_labeler=15)
    proc = _sync(orbis, lab.project.pk, "--concurrency", "2")
    deadline = time.monotonic() + 240
    while _recorded(lab.project.pk) < 4:
        assert proc.poll() is None, proc.communicate()[0]
        assert time.monotonic() < deadline, "the sync recorded nothing"
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    assert _recorded(lab.project.pk) < len(lab.annotations), "killed too late to prove anything"

    rerun = _sync(orbis, lab.project.pk)
    out, _ = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, out
    _assert_exactly_once(lab, node_client, sync_model)
    # and once more: nothing left to write
    third = _sync(orbis, lab.project.pk)
    out, _ = third.communicate(timeout=300)
    assert third.returncode == 0 and "wrote 0 new, 0 updated, 0 tombstoned; 30 unchanged" in out, out
