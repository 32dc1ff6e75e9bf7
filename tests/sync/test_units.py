"""Sync pieces that need no node: content hashing, the recorded genesis, --since, the one-job-per-project rule and
what each trigger does when a sync of the project is already active (jobs.claim_job's policy)."""
from __future__ import annotations

import os
from datetime import datetime, timezone

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import IntegrityError, transaction

from orbis_export import jobs
from orbis_export.ceramic import Ed25519DIDKey, StreamID, list_genesis
from orbis_export.ceramic.encoding import cid_of_block
from orbis_export.ceramic.streamid import TYPE_MODEL
from orbis_export.jobs import parse_since
from orbis_export.models import SyncJob
from orbis_export.ceramic import SignedCommit
from orbis_export.sync import content_hash

MODEL = str(StreamID(TYPE_MODEL, cid_of_block(b"orbis-sync-unit-model")))


def test_content_hash_is_canonical():
    assert content_hash({"a": 2.0, "b": [1, {"c": "x"}]}) == content_hash({"b": [1, {"c": "x"}], "a": 2})
    assert content_hash({"a": 2.5}) != content_hash({"a": 2})
    assert content_hash({"deleted": True}) != content_hash({"deleted": 1})


def test_recorded_genesis_rebuilds_byte_identical():
    prepared = list_genesis(Ed25519DIDKey(os.urandom(32)), MODEL, {"id": 1, "text": "é"})
    stored = prepared.genesis.to_http()
    rebuilt = SignedCommit.from_http(stored)
    assert rebuilt.to_http() == stored and rebuilt.cid == prepared.genesis.cid
    assert StreamID(prepared.stream_id.type, rebuilt.cid) == prepared.stream_id


def test_parse_since():
    """One reading of ``since`` for the CLI and the API; ages use conf's duration parser (the settings' one)."""
    assert parse_since("2026-11-21") == datetime(2026, 11, 21, tzinfo=timezone.utc)
    assert parse_since("2026-11-21T18:00:00+01:00") == datetime(2026, 11, 21, 17, tzinfo=timezone.utc)
    assert parse_since("2026-11-21T18:00:00") == datetime(2026, 11, 21, 18, tzinfo=timezone.utc)  # no zone: UTC
    assert (datetime.now(timezone.utc) - parse_since("2h")).total_seconds() == pytest.approx(7200, abs=5)
    now = datetime(2026, 11, 21, tzinfo=timezone.utc)
    assert parse_since("7d", now=now) == datetime(2026, 11, 14, tzinfo=timezone.utc)
    assert parse_since("90m", now=now) == datetime(2026, 11, 20, 22, 30, tzinfo=timezone.utc)
    for bad in ("yesterday", "12", "", "2026-01-01T00:00:00+99:00", "0001-01-01T00:00:00+23:59", "x" * 100):
        with pytest.raises(ValueError, match="ISO date/time"):
            parse_since(bad)
    with pytest.raises(CommandError, match="--since"):  # the CLI says which option
        call_command("orbis_sync", "--all", "--since", "yesterday")


def test_one_duration_parser():
    from datetime import timedelta

    from orbis_export.conf import parse_duration

    assert parse_duration("7d") == timedelta(days=7) and parse_duration(" 25h ") == timedelta(hours=25)
    assert parse_duration("3600") == timedelta(hours=1)  # settings: a bare number is seconds
    with pytest.raises(ValueError, match="expected a duration like 7d"):
        parse_duration("12", unit_required=True)  # an age on the command line needs its unit
    with pytest.raises(ValueError):
        parse_duration("a week")


@pytest.mark.django_db
def test_the_database_allows_one_active_job_per_project(make_user):
    from projects.models import Project

    owner = make_user("jobs@example.org")
    project = Project.objects.create(title="jobs", organization=owner.active_organization, created_by=owner)
    first = jobs.create_job(project, owner)
    with pytest.raises(IntegrityError), transaction.atomic():
        SyncJob.objects.create(project=project, status=SyncJob.RUNNING)  # even bypassing create_job
    with pytest.raises(jobs.JobConflict) as conflict:
        jobs.create_job(project, owner)
    assert conflict.value.job.pk == first.pk

    # a running job whose process is gone does not block the project forever
    SyncJob.objects.filter(pk=first.pk).update(status=SyncJob.RUNNING, host=jobs.HOST, pid=2 ** 22 + 7)
    second = jobs.create_job(project, owner)
    first.refresh_from_db()
    assert first.status == SyncJob.INTERRUPTED and "resumes where it stopped" in first.message
    assert second.status == SyncJob.QUEUED
    # a finished job leaves room for the next
    SyncJob.objects.filter(pk=second.pk).update(status=SyncJob.DONE)
    assert jobs.create_job(project, owner).pk > second.pk


# --- the one "already running" policy, and which one each trigger uses -------------------------------------------


@pytest.fixture
def busy_project(make_user):
    """A project with a queued job (holding its slot)."""
    from projects.models import Project

    owner = make_user(f"busy-{os.urandom(3).hex()}@example.org")
    project = Project.objects.create(title="busy", organization=owner.active_organization, created_by=owner)
    return project, owner, jobs.create_job(project, owner)


@pytest.mark.django_db
def test_claim_refuse_skip_and_wait(busy_project, monkeypatch):
    project, owner, active = busy_project
    with pytest.raises(jobs.JobConflict) as refused:
        jobs.claim_job(project, trigger=jobs.Trigger.API, on_busy=jobs.REFUSE, user=owner)
    assert refused.value.job.pk == active.pk

    skipped = jobs.claim_job(project, trigger=jobs.Trigger.CLI, on_busy=jobs.SKIP)
    assert skipped.job is None and skipped.busy.pk == active.pk and f"job {active.pk}" in skipped.reason

    naps = []

    def nap(seconds):  # the active job finishes while the storage's request waits
        naps.append(seconds)
        SyncJob.objects.filter(pk=active.pk).update(status=SyncJob.DONE)

    monkeypatch.setattr(jobs.time, "sleep", nap)
    waited = jobs.claim_job(project, trigger=jobs.Trigger.STORAGE, on_busy=jobs.WAIT)
    assert naps == [jobs.WAIT_POLL] and waited.job.status == SyncJob.QUEUED and waited.job.trigger == "storage"

    monkeypatch.setattr(jobs.time, "sleep", lambda seconds: None)
    with pytest.raises(jobs.JobConflict):  # waiting has a limit
        jobs.claim_job(project, trigger=jobs.Trigger.AUTO, on_busy=jobs.WAIT, wait=0)
    with pytest.raises(ValueError):
        jobs.claim_job(project, trigger=jobs.Trigger.API, on_busy="queue")
    with pytest.raises(ValueError):  # the trigger is one of SyncJob.Trigger
        jobs.create_job(project, trigger="pgrq-1")


@pytest.mark.django_db
def test_a_coalesced_request_covered_by_a_later_run_claims_nothing(busy_project):
    import time as clock

    project, owner, active = busy_project
    queued_at = clock.time() - 5
    SyncJob.objects.filter(pk=active.pk).update(status=SyncJob.DONE, started_at=datetime.now(timezone.utc))
    claim = jobs.claim_job(project, trigger=jobs.Trigger.AUTO, on_busy=jobs.WAIT, queued_at=queued_at)
    assert claim.job is None and claim.covered_by.pk == active.pk and claim.reason == f"covered by job {active.pk}"
    # a run that started before the request was queued does not cover it
    SyncJob.objects.filter(pk=active.pk).update(started_at=datetime(2020, 1, 1, tzinfo=timezone.utc))
    assert jobs.claim_job(project, trigger=jobs.Trigger.AUTO, on_busy=jobs.WAIT, queued_at=queued_at).job is not None


@pytest.mark.django_db
def test_each_trigger_names_its_policy(busy_project, monkeypatch):
    """API → refuse (409), CLI → skip (exit 2), Target Storage and automatic export → wait, verify → refuse."""
    import io

    from orbis_export import verify
    from orbis_export.storage import functions

    project, owner, active = busy_project
    calls = []
    real_claim = jobs.claim_job

    def spy(project, **kw):
        calls.append((kw["trigger"], kw["on_busy"]))
        return real_claim(project, **{**kw, "wait": 0})

    monkeypatch.setattr(jobs, "claim_job", spy)

    # the CLI skips the busy project, says so, exit code 2
    err = io.StringIO()
    with pytest.raises(SystemExit) as exit_:
        call_command("orbis_sync", "--project", str(project.pk), "--no-progress", stderr=err, stdout=io.StringIO())
    assert exit_.value.code == 2 and "skipped" in err.getvalue() and f"job {active.pk}" in err.getvalue()

    # verify --repair refuses (the command reports "cannot verify" and exits 2)
    with pytest.raises(jobs.JobConflict):
        verify.repair_project(project, verify.VerifyReport(project.pk, "k"), exporter=owner)

    # the storage's request waits (here: no time), the API refuses
    monkeypatch.setattr(jobs.time, "sleep", lambda seconds: None)
    with pytest.raises(jobs.JobConflict):
        functions.run_project_sync(project.pk, "storage")
    with pytest.raises(jobs.JobConflict):
        functions.run_project_sync(project.pk, "auto")
    with pytest.raises(jobs.JobConflict):
        jobs.start_job(project, owner, trigger=jobs.Trigger.API, on_busy=jobs.REFUSE)
    assert calls == [("cli", "skip"), ("verify", "refuse"), ("storage", "wait"), ("auto", "wait"), ("api", "refuse")]
    assert list(SyncJob.objects.filter(project=project).values_list("pk", flat=True)) == [active.pk]
