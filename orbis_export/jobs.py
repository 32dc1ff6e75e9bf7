"""Sync jobs: start, run, cancel, describe — over Label Studio's job queue.

* With Redis configured, a job goes through ``core.redis.start_job_async_or_sync`` to Label Studio's RQ workers.
* Without Redis that function would run the job *inside the HTTP request* (the Export dialog would hang with no
  progress), so the job runs in an in-process background thread instead; the thread closes its DB connection at
  the end. The web server must stay up for the job to finish; a job whose process died is marked ``interrupted``
  (:func:`reap_dead_jobs`) when ``manage.py orbis_run`` starts (:func:`sweep_at_startup`), when anyone looks at the
  project's jobs through the API, and when the next job of that project starts; the next run resumes from the ledger.
* ``manage.py orbis_sync`` runs a job inline in its own process (``run_job`` with a progress hook).

One queued-or-running job per project: a partial unique index on ``SyncJob`` — the database refuses a second one
(``JobConflict``, HTTP 409), whatever the timing.
"""
from __future__ import annotations

import logging
import os
import socket
import threading
import time
from datetime import datetime, timedelta
from typing import Any, Callable

from django.conf import settings
from django.db import IntegrityError, close_old_connections, connection, transaction
from django.utils import timezone

from . import identity
from .models import SyncJob
from .sync import SyncError, SyncOptions, SyncResult, counts_dict, sync_project

logger = logging.getLogger(__name__)

STALE_AFTER = timedelta(minutes=5)  # a running job with no heartbeat for this long is considered dead
HEARTBEAT_EVERY = 1.0  # seconds between progress writes
HOST = socket.gethostname()


class JobConflict(Exception):
    """A job of this project is already queued or running."""

    def __init__(self, job: SyncJob):
        super().__init__(f"a sync of project {job.project_id} is already {job.status} (job {job.pk})")
        self.job = job


def _pid_alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie (killed child not yet reaped) is dead too
        with open(f"/proc/{pid}/stat", "rb") as handle:
            return handle.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except (OSError, IndexError):
        return True


def _is_dead(job: SyncJob, now: datetime) -> bool:
    if job.status == SyncJob.RUNNING and job.host == HOST and job.pid and not _pid_alive(job.pid):
        return True
    last = job.heartbeat_at or job.started_at
    if job.status == SyncJob.RUNNING and last is not None and now - last > STALE_AFTER:
        return True
    return False


def reap_dead_jobs(project_id: int | None = None, now: datetime | None = None) -> int:
    """Mark active jobs whose process is gone as ``interrupted`` (their rows resume on the next run)."""
    now = now or timezone.now()
    query = SyncJob.objects.filter(status__in=SyncJob.ACTIVE)
    if project_id is not None:
        query = query.filter(project_id=project_id)
    count = 0
    for job in query:
        if _is_dead(job, now):
            count += SyncJob.objects.filter(pk=job.pk, status=job.status).update(
                status=SyncJob.INTERRUPTED, finished_at=now,
                message=(job.message + " " if job.message else "") + "The process running this sync stopped "
                "before it finished; the next sync resumes where it stopped.")
    return count


def sweep_at_startup() -> int:
    """Start-up sweep (``manage.py orbis_run`` calls it after migrating, before serving): every running job of this
    host whose process is gone — the server crashed or was killed mid-job — becomes ``interrupted`` with a message,
    instead of showing ``running`` until the next sync of its project starts. Jobs of live processes (an
    ``orbis_sync`` from cron, another server process) and of other hosts with a recent heartbeat are left alone.

    Not in ``AppConfig.ready()``: that runs for every manage.py command, before migrations, and must not query the
    database. Servers started otherwise (gunicorn, ``label-studio start``) get the same effect lazily: the sync API
    reaps a project's dead jobs whenever its jobs are read or a new one is started."""
    count = reap_dead_jobs()
    if count:
        logger.warning("marked %s sync job(s) interrupted: their process stopped before they finished", count)
    return count


def create_job(project, user=None, *, dry_run: bool = False, since: datetime | None = None,
               trigger: str = "api", model_id: str | None = None) -> SyncJob:
    """Create a queued job (for ``model_id``, default the configured model), or raise :class:`JobConflict` with the
    job already queued/running."""
    reap_dead_jobs(project.pk)
    try:
        with transaction.atomic():
            return SyncJob.objects.create(project=project, created_by=user if getattr(user, "pk", None) else None,
                                          trigger=trigger, dry_run=dry_run, since=since,
                                          model_id=model_id or settings.ORBIS.model_id)
    except IntegrityError:
        running = SyncJob.objects.filter(project=project, status__in=SyncJob.ACTIVE).order_by("-created_at").first()
        if running is None:  # it finished in between: one more try
            return create_job(project, user, dry_run=dry_run, since=since, trigger=trigger, model_id=model_id)
        raise JobConflict(running) from None


def start_job(project, user=None, *, dry_run: bool = False, since: datetime | None = None) -> SyncJob:
    """Create a job and hand it to the queue (RQ with Redis, else a background thread). Returns at once."""
    job = create_job(project, user, dry_run=dry_run, since=since, trigger="api")
    from core.redis import redis_connected, start_job_async_or_sync

    if redis_connected():
        start_job_async_or_sync(run_job_by_id, job.pk, queue_name="default", job_timeout=24 * 3600)
    else:
        # after the commit, so the thread sees the job row even inside an outer transaction
        transaction.on_commit(lambda: _start_thread(job.pk))
    return job


def _start_thread(job_id: int) -> None:
    thread = threading.Thread(target=_thread_main, args=(job_id,), name=f"orbis-sync-job-{job_id}", daemon=True)
    thread.start()


def _thread_main(job_id: int) -> None:
    close_old_connections()
    try:
        run_job_by_id(job_id)
    except Exception:  # noqa: BLE001 - already recorded on the job; never kill the server's thread quietly
        logger.exception("sync job %s crashed", job_id)
    finally:
        connection.close()


def run_job_by_id(job_id: int) -> dict[str, Any]:
    job = SyncJob.objects.select_related("project", "created_by").get(pk=job_id)
    return run_job(job)


def run_job(job: SyncJob, *, progress: Callable[[SyncResult], None] | None = None,
            options: SyncOptions | None = None) -> dict[str, Any]:
    """Run a queued job in this thread (which must own the DB connection). Returns the job's public form."""
    now = timezone.now()
    updated = SyncJob.objects.filter(pk=job.pk, status=SyncJob.QUEUED).update(
        status=SyncJob.RUNNING, started_at=now, heartbeat_at=now, host=HOST, pid=os.getpid())
    if not updated:
        job.refresh_from_db()
        return job_public(job)
    last = [0.0]

    def on_progress(result: SyncResult) -> None:
        t = time.monotonic()
        if t - last[0] >= HEARTBEAT_EVERY:
            last[0] = t
            SyncJob.objects.filter(pk=job.pk).update(counts=counts_dict(result), heartbeat_at=timezone.now())
        if progress is not None:
            progress(result)

    def cancel_requested() -> bool:
        return SyncJob.objects.filter(pk=job.pk, cancel_requested=True).exists()

    identity.expire_sessions()  # every expired key in the database is wiped, not only the ones this run looks at
    opts = options or SyncOptions()
    opts.model_id = opts.model_id or job.model_id or None
    opts.dry_run, opts.since, opts.exporter = job.dry_run, job.since, job.created_by
    opts.progress, opts.should_cancel = on_progress, cancel_requested
    fields: dict[str, Any]
    try:
        result = sync_project(job.project, opts)
        fields = {"status": result.status, "counts": counts_dict(result), "message": result.message,
                  "errors": [e.as_dict() for e in result.errors]}
    except SyncError as exc:
        fields = {"status": SyncJob.FAILED, "message": exc.detail,
                  "errors": [{"kind": exc.code, "reason": p} for p in exc.problems]}
    except Exception as exc:  # noqa: BLE001 - the job must end with a reason, not stay "running"
        logger.exception("sync job %s failed", job.pk)
        fields = {"status": SyncJob.FAILED, "message": f"internal error: {type(exc).__name__}: {exc}"[:2000]}
    SyncJob.objects.filter(pk=job.pk).update(finished_at=timezone.now(), heartbeat_at=timezone.now(), **fields)
    job.refresh_from_db()
    return job_public(job)


def cancel_job(job: SyncJob) -> SyncJob:
    """Ask a job to stop (it finishes the writes in flight, records them, and ends ``cancelled``)."""
    SyncJob.objects.filter(pk=job.pk, status=SyncJob.QUEUED).update(
        status=SyncJob.CANCELLED, cancel_requested=True, finished_at=timezone.now(), message="cancelled before it started")
    SyncJob.objects.filter(pk=job.pk, status=SyncJob.RUNNING).update(cancel_requested=True)
    job.refresh_from_db()
    return job


def studio_url(model_id: str) -> str | None:
    """OrbisDB Studio's data page. It takes no URL parameters (OrbisDB's client/pages/data/index.js keeps the chosen
    table in page state), so the caller names the table: the model's (its stream ID, or the name given in OrbisDB)."""
    base = settings.ORBIS.orbisdb_studio_url
    if not base or not model_id:
        return None
    return f"{base}/data"


def _iso(value: datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value else None


def job_public(job: SyncJob) -> dict[str, Any]:
    """The job as the API and the web UI see it."""
    counts = dict(job.counts or {})
    return {
        "id": job.pk,
        "project": job.project_id,
        "status": job.status,
        "active": job.status in SyncJob.ACTIVE,
        "trigger": job.trigger,
        "dryRun": job.dry_run,
        "since": _iso(job.since),
        "modelId": job.model_id or None,
        "contextId": settings.ORBIS.context_id or None,
        "counts": counts,
        "progress": {"done": int(counts.get("done", 0)), "total": int(counts.get("total", 0))},
        "errors": list(job.errors or []),
        "message": job.message,
        "cancelRequested": job.cancel_requested,
        "createdBy": job.created_by_id,
        "createdAt": _iso(job.created_at),
        "startedAt": _iso(job.started_at),
        "finishedAt": _iso(job.finished_at),
        "studioUrl": studio_url(job.model_id),
        "url": f"/api/orbis/jobs/{job.pk}",
    }


__all__ = ["JobConflict", "create_job", "start_job", "run_job", "run_job_by_id", "cancel_job", "job_public",
           "reap_dead_jobs", "sweep_at_startup", "studio_url"]
