"""Sync API and ``manage.py orbis_sync``: jobs in the background, status, one job per project, permissions, exit codes."""
from __future__ import annotations

import io
import json
import time

import pytest
from django.core.management import call_command
from django.test import Client

from orbis_export import jobs
from orbis_export.models import SyncJob, SyncRecord

from tests.fixtures.lab import connect, node_docs

PASSWORD = "correct-horse-battery-staple"


class Api:
    def __init__(self, user):
        self.user = user
        self.client = Client(enforce_csrf_checks=True)
        self.client.get("/user/login/")
        token = self.client.cookies["csrftoken"].value
        resp = self.client.post("/user/login/", {"email": user.email, "password": PASSWORD,
                                                 "csrfmiddlewaretoken": token})
        assert resp.status_code == 302

    def post(self, path, data=None, csrf=True):
        headers = {"HTTP_X_CSRFTOKEN": self.client.cookies["csrftoken"].value} if csrf else {}
        return self.client.post(path, json.dumps(data or {}), content_type="application/json", **headers)

    def get(self, path):
        return self.client.get(path)


def _wait_finished(api, job_id, limit=120.0):
    deadline = time.monotonic() + limit  # a guard against hanging, not a performance assertion
    while True:
        job = api.get(f"/api/orbis/jobs/{job_id}").json()["job"]
        if not job["active"]:
            return job
        assert time.monotonic() < deadline, job
        time.sleep(0.1)


@pytest.mark.integration
@pytest.mark.django_db(transaction=True)
def test_member_starts_a_background_job_and_reads_its_status(make_lab, node_client, sync_model):
    lab = make_lab(labelers=2, per_labeler=2, connected=[True, False])
    starter_did = connect(lab.owner)  # the member who starts the sync has a session too
    api = Api(lab.owner)
    assert api.get(f"/api/orbis/projects/{lab.project.pk}/sync").json() == {"job": None}
    resp = api.post(f"/api/orbis/projects/{lab.project.pk}/sync")
    assert resp.status_code == 202, resp.content
    job = resp.json()["job"]
    assert job["project"] == lab.project.pk and job["url"] == f"/api/orbis/jobs/{job['id']}"
    done = _wait_finished(api, job["id"])  # the POST returned before the job ran: it runs in a thread
    assert done["status"] == "done", done
    assert done["counts"]["create"] == 2 and done["counts"]["pending_signer"] == 2 and done["counts"]["failed"] == 0
    assert {e["kind"] for e in done["errors"]} == {"pending_signer"}
    assert all(e["annotator"] == lab.labelers[1].pk for e in done["errors"])
    assert "2 wait for their labeler (or the member who edited them) to connect a wallet" in done["message"]
    latest = api.get(f"/api/orbis/projects/{lab.project.pk}/sync").json()["job"]
    assert latest["id"] == job["id"] and latest["modelId"] == sync_model
    # the connected labeler's rows are under their DID; the other labeler's rows are under nobody's — in particular
    # not under the DID of the member who started the sync (fallback "pending")
    assert len(node_docs(node_client, sync_model, lab.dids[0])) == 2
    assert node_docs(node_client, sync_model, starter_did) == []


@pytest.mark.integration
@pytest.mark.django_db
def test_cancel_a_running_job_then_finish(make_lab, orbis, node_client, sync_model):
    lab = make_lab(labelers=1, per_labeler=12)
    job = jobs.create_job(lab.project, lab.owner)

    def cancel_early(result):
        if result.counts["written"] >= 2:
            jobs.cancel_job(job)

    from orbis_export.sync import SyncOptions

    public = jobs.run_job(job, progress=cancel_early, options=SyncOptions(concurrency=1))
    assert public["status"] == "cancelled" and public["cancelRequested"], public
    assert 2 <= public["counts"]["written"] < 12 and "Cancelled before the end" in public["message"]
    finished = jobs.run_job(jobs.create_job(lab.project, lab.owner))
    assert finished["status"] == "done" and finished["counts"]["written"] == 12 - public["counts"]["written"]
    assert len(node_docs(node_client, sync_model, lab.dids[0])) == 12


@pytest.mark.django_db
def test_one_job_per_project_and_permissions(make_lab, make_user, orbis):
    lab = make_lab(labelers=1, per_labeler=1, connected=False)
    member, outsider = Api(lab.owner), Api(make_user("outsider@example.org"))
    running = jobs.create_job(lab.project, lab.owner)  # queued: holds the project's slot
    resp = member.post(f"/api/orbis/projects/{lab.project.pk}/sync")
    assert resp.status_code == 409
    body = resp.json()
    assert body["error"] == "sync_running" and body["job"]["id"] == running.pk and f"job {running.pk}" in body["detail"]

    for path in (f"/api/orbis/projects/{lab.project.pk}/sync", f"/api/orbis/jobs/{running.pk}"):
        assert outsider.get(path).status_code == 404
    assert outsider.post(f"/api/orbis/projects/{lab.project.pk}/sync").status_code == 404
    assert outsider.post(f"/api/orbis/jobs/{running.pk}/cancel").status_code == 404
    assert Client().get(f"/api/orbis/jobs/{running.pk}").status_code in (401, 403)
    assert member.post(f"/api/orbis/jobs/{running.pk}/cancel", csrf=False).status_code == 403  # CSRF enforced

    # nobody picks a signer or a DID through the API
    bad = member.post(f"/api/orbis/projects/{lab.project.pk}/sync", {"did": "did:pkh:eip155:1:0x" + "ab" * 20})
    assert bad.status_code == 400 and bad.json()["error"] == "invalid_request"

    cancelled = member.post(f"/api/orbis/jobs/{running.pk}/cancel").json()["job"]
    assert cancelled["status"] == "cancelled"
    orbis(model_id="")
    resp = member.post(f"/api/orbis/projects/{lab.project.pk}/sync")
    assert resp.status_code == 503 and resp.json()["error"] == "not_configured"


@pytest.mark.integration
@pytest.mark.django_db
def test_cli_summary_and_exit_codes(make_lab, orbis):
    lab = make_lab(labelers=1, per_labeler=2)
    out = io.StringIO()
    call_command("orbis_sync", "--project", str(lab.project.pk), "--dry-run", "--no-progress", stdout=out)
    assert "would write 2 new" in out.getvalue() and "[dry run]" in out.getvalue()

    lab.annotate(0, "z" * 300_000)  # more than a commit can hold: the row fails, the others are written
    out = io.StringIO()
    with pytest.raises(SystemExit) as exit_:
        call_command("orbis_sync", "--project", str(lab.project.pk), "--no-progress", stdout=out)
    assert exit_.value.code == 1
    text = out.getvalue()
    assert "wrote 2 new" in text and "1 failed" in text and "invalid: annotation" in text

    # a configured "model" that is a row, not a model: the sync cannot start (exit 2), and says why
    orbis(model_id=SyncRecord.objects.filter(project_id=lab.project.pk, status="synced").first().stream_id)
    with pytest.raises(SystemExit) as exit_:
        call_command("orbis_sync", "--project", str(lab.project.pk), "--no-progress", stdout=io.StringIO())
    assert exit_.value.code == 2
    job = SyncJob.objects.filter(project=lab.project).order_by("-id").first()
    assert job.status == "failed" and "is not a Ceramic model stream" in job.message
