"""Sync pieces that need no node: content hashing, the recorded genesis, --since, the one-job-per-project rule."""
from __future__ import annotations

import os
from datetime import datetime, timezone

import pytest
from django.core.management.base import CommandError
from django.db import IntegrityError, transaction

from orbis_export import jobs
from orbis_export.ceramic import Ed25519DIDKey, StreamID, list_genesis
from orbis_export.ceramic.encoding import cid_of_block
from orbis_export.ceramic.streamid import TYPE_MODEL
from orbis_export.management.commands.orbis_sync import parse_since
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
    assert parse_since("2026-11-21") == datetime(2026, 11, 21, tzinfo=timezone.utc)
    assert parse_since("2026-11-21T18:00:00+01:00").utcoffset().total_seconds() == 3600
    assert (datetime.now(timezone.utc) - parse_since("2h")).total_seconds() == pytest.approx(7200, abs=5)
    with pytest.raises(CommandError, match="--since"):
        parse_since("yesterday")


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
