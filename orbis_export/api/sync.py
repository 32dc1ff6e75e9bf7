"""Sync API — thin DRF views over :mod:`orbis_export.jobs`.

    POST /api/orbis/projects/<id>/sync      {dryRun?: bool, since?: ISO date/time or an age such as 12h, 7d}
         → 202 {job}; 409 {error: "sync_running", detail, job} while a job of the project is queued/running
           (the API's "already running" policy: refuse, see jobs.claim_job);
           503 {error: "not_configured"} without ORBIS_MODEL_ID; 404 when the project is not visible to the user
    GET  /api/orbis/projects/<id>/sync      → 200 {job: <latest job or null>}
    GET  /api/orbis/jobs/<job id>           → 200 {job}
    POST /api/orbis/jobs/<job id>/cancel    → 200 {job}

Only members of the project's organization can start or read its jobs (everyone else gets 404). Session
authentication with CSRF, like the identity API; errors are ``{"error": <code>, "detail": <text>}``.
A job never chooses signers: each row is signed by its author's session (``provenance.choose``) or a declared
stand-in, so no request can make rows appear under someone else's DID.
"""
from __future__ import annotations

from datetime import datetime

from rest_framework import status as http
from rest_framework.response import Response

from .. import jobs
from ..models import SyncJob
from ..pending import pending_for
from ..target import SyncTarget
from .base import ApiError, SessionAPIView, visible_job, visible_project


def parse_since(value) -> datetime | None:
    """``since``: what :func:`orbis_export.jobs.parse_since` reads (ISO date/time, UTC when no zone; or an age such as
    12h, 7d), as an aware UTC datetime. Anything else is a 400 (a zone offset beyond ±24 h, or a date that leaves the
    calendar once moved to UTC, used to be a 500)."""
    if value is None:
        return None
    try:
        return jobs.parse_since(value)
    except ValueError as exc:
        raise ApiError("invalid_request", f"since: {exc}", http.HTTP_400_BAD_REQUEST) from None


def with_pending(job: SyncJob, public: dict) -> dict:
    """A finished job's status also names the annotations that wait for a person, grouped by that person, with what
    they must do (``pending``: :meth:`orbis_export.pending.Pending.as_dict`); computed now, not from the job's own
    errors, so it is right after a scoped run and as soon as someone connects. Not while the job runs (it changes)."""
    if job.status not in SyncJob.ACTIVE:
        public["pending"] = pending_for(job.project, job.model_id or SyncTarget.for_job(job).model_id).as_dict()
    return public


class ProjectSyncAPI(SessionAPIView):
    def get(self, request, project_id: int):
        project = visible_project(request.user, project_id)
        jobs.reap_dead_jobs(project.pk)  # a job whose process died shows as interrupted, not running forever
        latest = SyncJob.objects.filter(project=project).order_by("-created_at", "-id").first()
        return Response({"job": with_pending(latest, jobs.job_public(latest)) if latest else None})

    def post(self, request, project_id: int):
        project = visible_project(request.user, project_id)
        data = request.data if request.data else {}
        if not isinstance(data, dict) or set(data) - {"dryRun", "since"}:
            raise ApiError("invalid_request", "send a JSON object with optional dryRun (true/false) and since "
                               "(ISO date-time)", http.HTTP_400_BAD_REQUEST)
        dry_run = data.get("dryRun", False)
        if not isinstance(dry_run, bool):
            raise ApiError("invalid_request", "dryRun must be true or false", http.HTTP_400_BAD_REQUEST)
        since = parse_since(data.get("since"))
        target = SyncTarget.from_settings(project)
        if not target.model_id:
            raise ApiError("not_configured", "this server has no Ceramic model configured (ORBIS_MODEL_ID): an "
                               "administrator runs manage.py orbis_setup", http.HTTP_503_SERVICE_UNAVAILABLE)
        try:
            job = jobs.start_job(project, request.user, trigger=jobs.Trigger.API, on_busy=jobs.REFUSE,
                                 dry_run=dry_run, since=since, target=target)
        except jobs.JobConflict as exc:
            raise ApiError("sync_running", f"a sync of this project is already {exc.job.status} (job "
                               f"{exc.job.pk}): wait for it to finish or cancel it", http.HTTP_409_CONFLICT,
                               job=jobs.job_public(exc.job)) from None
        return Response({"job": jobs.job_public(job, target)}, status=http.HTTP_202_ACCEPTED)


class JobAPI(SessionAPIView):
    def get(self, request, job_id: int):
        job = visible_job(request.user, job_id)
        if job.status in SyncJob.ACTIVE and jobs.reap_dead_jobs(job.project_id):
            job.refresh_from_db()
        return Response({"job": with_pending(job, jobs.job_public(job))})


class JobCancelAPI(SessionAPIView):
    def post(self, request, job_id: int):
        job = visible_job(request.user, job_id)
        if job.status not in SyncJob.ACTIVE:
            raise ApiError("not_running", f"job {job.pk} is already {job.status}", http.HTTP_409_CONFLICT,
                               job=jobs.job_public(job))
        return Response({"job": jobs.job_public(jobs.cancel_job(job))})
