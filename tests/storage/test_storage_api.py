"""Ceramic (OrbisDB) as a Label Studio Target Storage, through Label Studio's own storage API routes, against the real
local node: offered as a Target only, validated with a readable reason, synced through the one engine with status
and counts, 'completed' with the rows that wait for a labeler's wallet counted (not errors), 'completed with errors'
and a readable log when rows fail, automatic export on save and tombstone on delete,
and an annotation save that never breaks when Ceramic is down."""
from __future__ import annotations

import os
from collections import Counter

import pytest

from orbis_export.models import SyncRecord

from orbis_export.storage.models import CeramicExportStorage

from tests.fixtures.lab import choices, save_as

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


@pytest.fixture(autouse=True)
def own_source(orbis):
    orbis(source=f"orbis-storage-{os.urandom(4).hex()}")


def csrf(client) -> dict:
    """Writes to the storage API from a browser session carry the CSRF token (issue #12: CSRF is enforced there)."""
    return {"HTTP_X_CSRFTOKEN": client.cookies["csrftoken"].value}


def project_docs(client, model, project):
    from django.conf import settings

    return [s for s in client.iter_collection(model) if (s.content or {}).get("project_id") == project.pk
            and s.content.get("source") == settings.ORBIS.source]


def test_offered_as_target_only_and_tasks_api_still_works(make_lab, login):
    lab = make_lab(labelers=1, per_labeler=1)
    client = login(lab.owner)
    targets = client.get("/api/storages/export/types").json()
    sources = client.get("/api/storages/types").json()
    assert {"name": "ceramic", "title": "Ceramic (OrbisDB)"} in targets
    assert "ceramic" not in [s["name"] for s in sources] and "s3" in [s["name"] for s in sources]
    assert client.get(f"/api/tasks?project={lab.project.pk}").status_code == 200
    assert client.get(f"/api/storages/?project={lab.project.pk}").json() == []  # the Source list: nothing of ours
    form = client.get("/api/storages/export/ceramic/form").json()
    names = [f["name"] for block in form for f in block["fields"]]
    assert {"title", "ceramic_url", "model_id", "context_id", "orbisdb_url", "concurrency", "auto_export"} <= set(names)


def test_check_connection_gives_the_reason(make_lab, login, orbis, ceramic_node):
    lab = make_lab(labelers=1, per_labeler=1)
    client = login(lab.owner)
    ok = client.post("/api/storages/export/ceramic/validate", {"project": lab.project.pk, "title": "c"},
                     content_type="application/json", **csrf(client))
    assert ok.status_code == 200, ok.content
    orbis(allowed_node_urls=("http://127.0.0.1:9",))  # another node must be allowed by the server (issue #12)
    down = client.post("/api/storages/export/ceramic/validate",
                       {"project": lab.project.pk, "title": "c", "ceramic_url": "http://127.0.0.1:9"},
                       content_type="application/json", **csrf(client))
    assert down.status_code == 400 and "does not answer" in down.content.decode()
    bad = client.post("/api/storages/export/ceramic/validate", {"project": lab.project.pk, "model_id": "nope"},
                      content_type="application/json", **csrf(client))
    assert bad.status_code == 400 and "not a Ceramic stream ID" in bad.content.decode()


def test_create_sync_status_auto_export_and_tombstone(make_lab, login, node_client, sync_model, inline_jobs, settings):
    settings.SYNC_ON_TARGET_STORAGE_CREATION = False
    lab = make_lab(labelers=2, per_labeler=2)
    client = login(lab.owner)
    created = client.post("/api/storages/export/ceramic", {"project": lab.project.pk, "title": "Ceramic"},
                          content_type="application/json", **csrf(client))
    assert created.status_code == 201, created.content
    body = created.json()
    assert body["type"] == "ceramic" and body["effective"]["model_id"] == sync_model
    sid = body["id"]

    synced = client.post(f"/api/storages/export/ceramic/{sid}/sync", content_type="application/json",
                         **csrf(client))
    assert synced.status_code == 200, synced.content
    listed = client.get(f"/api/storages/export?project={lab.project.pk}").json()
    mine = next(s for s in listed if s["type"] == "ceramic")
    assert mine["status"] == "completed", mine
    assert mine["last_sync_count"] == 4 and mine["orbis"]["counts"]["written"] == 4
    docs = project_docs(node_client, sync_model, lab.project)
    assert len(docs) == 4
    links = dict(CeramicExportStorage.objects.get(pk=sid).links.values_list("annotation_id", "stream_id"))
    assert links == {d.content["annotation_id"]: str(d.stream_id) for d in docs}  # Label Studio's links, with streams

    # saving an annotation exports it (our receiver → the job queue → the engine); deleting tombstones it
    new = lab.annotate(0, "labeled in the UI")
    new.result = choices("Neutral")
    save_as(new)
    docs = project_docs(node_client, sync_model, lab.project)
    per = Counter(d.content["annotation_id"] for d in docs)
    assert per[new.pk] == 1 and set(per.values()) == {1}
    assert next(d for d in docs if d.content["annotation_id"] == new.pk).content["sentiment"] == "Neutral"
    gone = lab.annotations[1]
    gone_id = gone.pk
    gone.delete()
    docs = {d.content["annotation_id"]: d for d in project_docs(node_client, sync_model, lab.project)}
    assert docs[gone_id].content["deleted"] is True and len(docs) == 5
    assert SyncRecord.objects.get(annotation_id=gone_id).deleted


def test_a_storage_with_its_own_model_and_context_writes_there_without_redis(make_lab, login, orbis, inline_jobs,
                                                                            node_client, sync_model, ceramic_admin_key,
                                                                            settings):
    """The storage's model and context travel in the run's options (no settings swap, no RQ needed)."""
    from orbis_export.ceramic import StreamID
    from orbis_export.ceramic.encoding import cid_of_block
    from orbis_export.ceramic.streamid import TYPE_MID
    from orbis_export.models import SyncJob
    from tests.fixtures.lab import definition

    settings.SYNC_ON_TARGET_STORAGE_CREATION = False
    other = str(node_client.deploy_model(ceramic_admin_key, definition(f"OrbisStorageOwn{os.urandom(3).hex()}")))
    node_client.admin_index_models(ceramic_admin_key, [other])
    context = str(StreamID(TYPE_MID, cid_of_block(os.urandom(8))))
    orbis(model_id=other)  # the labelers' wallet sessions name the model they may write: the storage's
    lab = make_lab(labelers=2, per_labeler=1)
    orbis(model_id=sync_model)
    client = login(lab.owner)
    fields = {"project": lab.project.pk, "title": "own", "model_id": other, "context_id": context,
              "auto_export": False}
    assert client.post("/api/storages/export/ceramic/validate", fields,
                       content_type="application/json", **csrf(client)).status_code == 200
    sid = client.post("/api/storages/export/ceramic", fields, content_type="application/json",
                      **csrf(client)).json()["id"]
    assert client.post(f"/api/storages/export/ceramic/{sid}/sync", content_type="application/json",
                       **csrf(client)).status_code == 200
    storage = CeramicExportStorage.objects.get(pk=sid)
    assert (storage.status, storage.last_sync_count) == ("completed", 2), storage.traceback
    docs = project_docs(node_client, other, lab.project)
    assert sorted(d.content["annotation_id"] for d in docs) == sorted(a.pk for a in lab.annotations)
    assert {d.context for d in docs} == {context}
    assert project_docs(node_client, sync_model, lab.project) == []  # nothing in the server's model
    assert set(SyncRecord.objects.filter(project_id=lab.project.pk).values_list("model_id", flat=True)) == {other}
    assert SyncJob.objects.get(project=lab.project).model_id == other
    assert settings.ORBIS.model_id == sync_model


def test_rows_waiting_for_a_wallet_are_not_errors(make_lab, login, inline_jobs, settings):
    settings.SYNC_ON_TARGET_STORAGE_CREATION = False
    lab = make_lab(labelers=2, per_labeler=1, connected=[True, False])  # the second labeler has no wallet session
    client = login(lab.owner)
    sid = client.post("/api/storages/export/ceramic", {"project": lab.project.pk, "title": "c", "auto_export": False},
                      content_type="application/json", **csrf(client)).json()["id"]
    client.post(f"/api/storages/export/ceramic/{sid}/sync", content_type="application/json", **csrf(client))
    storage = CeramicExportStorage.objects.get(pk=sid)
    assert storage.status == "completed", (storage.status, storage.traceback)
    assert storage.last_sync_count == 1
    assert storage.meta["orbis"]["counts"]["pending_signer"] == 1 and storage.meta["orbis"]["waiting"] == 1
    # the card's words and a readable log: what was written, who must do what — no JSON, no "job null"
    shown = client.get(f"/api/storages/export/ceramic/{sid}").json()
    assert shown["status"] == "completed"  # API clients keep Label Studio's status values
    assert shown["status_text"] == "Completed — 1 row waits for its labeler", shown
    log = storage.traceback
    job = storage.meta["orbis"]["job"]
    assert log.splitlines()[0].startswith(f"Ceramic sync job {job} of project {lab.project.pk}: done"), log
    assert "Written: 1 new, 0 updated, 0 marked deleted; 0 unchanged, of 2 rows." in log, log
    waiting = lab.labelers[1]
    assert f"  - {waiting.email}: 1 annotation ({lab.annotations[1].pk})" in log, log
    assert "Errors:" not in log and "{" not in log, log


def test_rows_that_fail_show_completed_with_errors_and_a_readable_log(make_lab, login):
    # a run whose rows failed on the node (the node refusing a commit cannot be provoked honestly here: the job's
    # public form is built as jobs.job_public gives it, and the storage records it as its watcher does)
    lab = make_lab(labelers=2, per_labeler=1, connected=[True, False])
    storage = CeramicExportStorage.objects.create(project=lab.project, title="c", auto_export=False)
    storage.info_set_queued()
    ok, waiting = lab.annotations
    public = {"id": 41, "project": lab.project.pk, "status": "partial", "finishedAt": "2026-12-02T10:00:00Z",
              "counts": {"create": 0, "update": 0, "unchanged": 0, "tombstone": 0, "failed": 1, "rejected": 1,
                         "pending_signer": 1, "total": 2, "done": 2},
              "errors": [{"annotationId": ok.pk, "taskId": ok.task_id, "kind": "rejected",
                          "reason": "the node refused the commit (HTTP 400)"},
                         {"annotationId": waiting.pk, "taskId": waiting.task_id, "kind": "pending_signer",
                          "reason": "waits for a wallet"}],
              "message": "wrote 0 new; 1 failed."}
    storage.finish_from_job(public)
    storage.refresh_from_db()
    assert storage.status == "completed_with_errors", (storage.status, storage.traceback)
    assert storage.meta["orbis"]["failed"] == 1 and storage.meta["orbis"]["waiting"] == 1
    log = storage.traceback
    assert log.splitlines()[0] == (f"Ceramic sync job 41 of project {lab.project.pk}: partial (finished "
                                   "2026-12-02T10:00:00Z)."), log
    assert f"  - {lab.labelers[1].email}: 1 annotation ({waiting.pk})" in log, log
    assert "Errors: 1 row failed (a new sync retries them)." in log, log
    assert f"  - annotation {ok.pk}, task {ok.task_id}: rejected: the node refused the commit (HTTP 400)" in log, log
    client = login(lab.owner)
    assert client.get(f"/api/storages/export/ceramic/{storage.pk}").json()["status_text"] == ""


def test_a_ceramic_outage_never_breaks_an_annotation_save(make_lab, orbis, inline_jobs):
    lab = make_lab(labelers=1, per_labeler=1)
    CeramicExportStorage.objects.create(project=lab.project, title="c", ceramic_url="http://127.0.0.1:9")
    orbis(ceramic_url="http://127.0.0.1:9")  # the node is gone
    ann = lab.annotate(0, "saved while the node is down")  # must not raise
    ann.result = choices("Negative")
    save_as(ann)
    storage = CeramicExportStorage.objects.get(project=lab.project)
    assert storage.status == "failed" and "unavailable" in storage.traceback


def test_a_burst_of_saves_in_one_transaction_queues_one_run(make_lab, django_capture_on_commit_callbacks):
    from django.db import transaction

    lab = make_lab(labelers=1, per_labeler=1)
    CeramicExportStorage.objects.create(project=lab.project, title="c")
    with django_capture_on_commit_callbacks() as callbacks:
        with transaction.atomic():
            for i in range(5):
                lab.annotate(0, f"burst {i}")
            lab.annotations[0].delete()
    ours = [c for c in callbacks if getattr(c, "_orbis_sync_key", None)]
    assert len(ours) == 1


def test_background_runs_never_pile_up(monkeypatch):
    """Without Redis: one thread per request key (project, storage); requests during a run collapse into one
    follow-up run (the latest)."""
    import threading

    from orbis_export import jobs

    started, release, calls = threading.Event(), threading.Event(), []

    def fake_run(request):
        calls.append(request)
        if len(calls) == 1:
            started.set()
            release.wait(10)

    threads = []
    monkeypatch.setattr(jobs.connection, "close", lambda: None)
    monkeypatch.setattr(jobs, "_start_thread",
                        lambda target, name: threads.append(threading.Thread(target=target)) or threads[-1].start())

    def request(queued_at):
        return jobs.SyncRequest(1, "auto", jobs.WAIT, storage_id=2, queued_at=queued_at)

    jobs._run_in_background((1, 2), fake_run, request(1.0))
    assert started.wait(10)
    for n in range(20):
        jobs._run_in_background((1, 2), fake_run, request(float(n)))
    release.set()
    threads[0].join(10)
    assert len(threads) == 1 and [c.queued_at for c in calls] == [1.0, 19.0]
    assert (1, 2) not in jobs._runners
