"""Sync jobs — the one path every trigger takes: claim a job, run it under the project's lock, describe it.

    trigger (SyncJob.Trigger)        already running? (on_busy)       where it runs
    api      sync API / Export dialog  refuse → HTTP 409                background (RQ or the in-process runner)
    cli      manage.py orbis_sync      skip → listed, exit code 2       inline, with a progress bar
    storage  Target Storage "Sync"     wait (up to WAIT_LIMIT s)        background
    auto     annotation saved/deleted  wait, coalesced                  background
    verify   orbis_verify --repair     refuse → "cannot verify", exit 2 inline

* :func:`claim_job` is THE "already running" policy: it creates the project's job, or — when one is queued or
  running — refuses (:class:`JobConflict`), skips, or waits, as the caller says. The database decides: a partial
  unique index allows one queued-or-running job per project, whatever the timing.
* :func:`run_job` runs a claimed job through the engine, **under the project's lock** (:func:`project_lock`: a
  PostgreSQL session advisory lock keyed by the project, held for the whole run, for every trigger; nothing on
  SQLite, a single writer where the partial unique index and the ledger's unique constraint decide). The lock is
  taken after the claim, so a run only ever waits for a run that still holds it (one whose job was marked
  ``interrupted`` although its process is alive, e.g. on another host).
* :func:`enqueue` hands a :class:`SyncRequest` to Label Studio's job queue after the current transaction commits:
  RQ through ``core.redis.start_job_async_or_sync`` when Redis is configured; otherwise ONE in-process runner of
  background threads (that function would run the job *inside the HTTP request*, with no progress): at most one
  thread per request key, and a request arriving while its key runs is kept (the latest) and run right after.
  Coalescing (automatic exports): one dispatch per key per transaction, and a request is skipped when a run of the
  project started after it was queued (that run already saw the change).
* The target (node, model, context, writes in flight) is resolved once, by the caller
  (:class:`~orbis_export.target.SyncTarget`), and travels with the run.

A job whose process died is marked ``interrupted`` (:func:`reap_dead_jobs`) when ``manage.py orbis_run`` starts
(:func:`sweep_at_startup`), when anyone looks at the project's jobs through the API, and when the next job of that
project is claimed; the next run resumes from the ledger.
"""
from __future__ import annotations

import logging
import os
import socket
import threading
import time
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone as dt_timezone
from typing import Any, Callable, Hashable, Iterator, Protocol

from django.conf import settings
from django.db import IntegrityError, close_old_connections, connection, transaction
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from . import identity
from .conf import parse_duration
from .errors import OrbisError
from .models import SyncJob
from .sync import SyncError, SyncOptions, SyncResult, counts_dict, sync_project
from .target import SyncTarget

logger = logging.getLogger(__name__)

Trigger = SyncJob.Trigger
REFUSE, WAIT, SKIP = "refuse", "wait", "skip"  # what a trigger does when a job of the project is already active
ON_BUSY = (REFUSE, WAIT, SKIP)

STALE_AFTER = timedelta(minutes=5)  # a running job with no heartbeat for this long is considered dead
HEARTBEAT_EVERY = 1.0  # seconds between progress writes
WAIT_LIMIT = 600.0  # seconds "wait" waits for the active job of the project before giving up
WAIT_POLL = 1.0  # seconds between claims while waiting
JOB_TIMEOUT = 24 * 3600  # RQ's limit for one run
HOST = socket.gethostname()
LOCK_NAMESPACE = zlib.crc32(b"orbis_export.project_sync") & 0x7FFFFFFF  # first key of pg_advisory_lock(int, int)


class JobConflict(OrbisError):
    """A job of this project is already queued or running."""

    def __init__(self, job: SyncJob):
        super().__init__("sync_running", f"a sync of project {job.project_id} is already {job.status} (job {job.pk})",
                         409)
        self.job = job


# --- dead jobs ----------------------------------------------------------------------------------------------------
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
    if not settings.ORBIS.redis_location:
        # without Redis, a queued API / storage / auto-export job waited in the previous server's in-process runner,
        # gone with it (CLI and verify jobs run in their own process and are left alone)
        count += SyncJob.objects.filter(
            status=SyncJob.QUEUED, trigger__in=(SyncJob.Trigger.API, SyncJob.Trigger.STORAGE, SyncJob.Trigger.AUTO)
        ).update(status=SyncJob.INTERRUPTED, finished_at=timezone.now(),
                 message="The server stopped before this sync started; run the sync again.")
    if count:
        logger.warning("marked %s sync job(s) interrupted: their process stopped before they finished", count)
    return count


# --- claiming: the one "already running" policy ---------------------------------------------------------------------
def create_job(project, user=None, *, dry_run: bool = False, since: datetime | None = None,
               trigger: str = Trigger.API, model_id: str | None = None) -> SyncJob:
    """Create a queued job (for ``model_id``, default the configured model), or raise :class:`JobConflict` with the
    job already queued/running. The primitive under :func:`claim_job`."""
    trigger = Trigger(trigger)  # ValueError for a trigger that is not one of SyncJob.Trigger
    reap_dead_jobs(project.pk)
    try:
        with transaction.atomic():
            return SyncJob.objects.create(project=project, created_by=user if getattr(user, "pk", None) else None,
                                          trigger=trigger, dry_run=dry_run, since=since,
                                          model_id=model_id or SyncTarget.from_settings(project).model_id)
    except IntegrityError:
        running = SyncJob.objects.filter(project=project, status__in=SyncJob.ACTIVE).order_by("-created_at").first()
        if running is None:  # it finished in between: one more try
            return create_job(project, user, dry_run=dry_run, since=since, trigger=trigger, model_id=model_id)
        raise JobConflict(running) from None


@dataclass
class Claim:
    """What :func:`claim_job` decided: ``job`` to run, or nothing to run because ``busy`` was active (skip) or
    ``covered_by`` a run that started after the request was queued (coalesced)."""

    job: SyncJob | None
    busy: SyncJob | None = None
    covered_by: SyncJob | None = None

    @property
    def reason(self) -> str:
        if self.covered_by is not None:
            return f"covered by job {self.covered_by.pk}"
        if self.busy is not None:
            return str(JobConflict(self.busy))
        return ""


def _covering_job(project, queued_at: float, model_id: str) -> SyncJob | None:
    """A finished run of the project (same model) that *started* after ``queued_at``: it saw what queued the request."""
    since = datetime.fromtimestamp(queued_at, tz=dt_timezone.utc)
    return (SyncJob.objects.filter(project=project, started_at__gte=since, dry_run=False, model_id=model_id,
                                   status__in=[SyncJob.DONE, SyncJob.PARTIAL]).order_by("-id").first())


def claim_job(project, *, trigger: str, on_busy: str, user=None, dry_run: bool = False,
              since: datetime | None = None, target: SyncTarget | None = None, queued_at: float | None = None,
              wait: float = WAIT_LIMIT) -> Claim:
    """Claim the project's one job slot for a run against ``target`` (default: the server's settings).

    When a job of the project is already queued or running, ``on_busy`` decides — every trigger says which:

    * ``"refuse"`` (the API → 409, orbis_verify → exit 2): raise :class:`JobConflict` carrying the active job;
    * ``"skip"`` (orbis_sync from cron): return a :class:`Claim` without a job, naming the active one;
    * ``"wait"`` (Target Storage, automatic export): try again every ``WAIT_POLL`` s, for up to ``wait`` s, then
      raise :class:`JobConflict`.

    ``queued_at`` (coalesced requests): when a run of the project started after that moment and finished, nothing is
    claimed (``covered_by``) — checked before each try, so a request that waited for a run it is covered by ends."""
    if on_busy not in ON_BUSY:
        raise ValueError(f"on_busy must be one of {', '.join(ON_BUSY)}, got {on_busy!r}")
    target = target or SyncTarget.from_settings(project)
    deadline = time.monotonic() + wait
    while True:
        if queued_at is not None:
            covered = _covering_job(project, queued_at, target.model_id)
            if covered is not None:
                return Claim(None, covered_by=covered)
        try:
            return Claim(create_job(project, user, dry_run=dry_run, since=since, trigger=trigger,
                                    model_id=target.model_id))
        except JobConflict as exc:
            if on_busy == REFUSE or (on_busy == WAIT and time.monotonic() >= deadline):
                raise
            if on_busy == SKIP:
                return Claim(None, busy=exc.job)
        time.sleep(WAIT_POLL)


# --- running: under the project's lock -------------------------------------------------------------------------------
@contextmanager
def project_lock(project_id: int) -> Iterator[None]:
    """Hold the project's sync lock for a whole run (blocking). PostgreSQL: a session advisory lock keyed by the
    project — held across the engine's own transactions, released by the server if the process dies. Other
    databases (SQLite, one writer): nothing; the one-active-job index and the ledger's constraint decide."""
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_lock(%s, %s)", [LOCK_NAMESPACE, int(project_id)])
    try:
        yield
    finally:
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s, %s)", [LOCK_NAMESPACE, int(project_id)])
        except Exception:  # noqa: BLE001 - a dead connection already released it
            logger.warning("could not release the sync lock of project %s", project_id, exc_info=True)


def run_job(job: SyncJob, *, target: SyncTarget | None = None, progress: Callable[[SyncResult], None] | None = None,
            options: SyncOptions | None = None) -> dict[str, Any]:
    """Run a claimed (queued) job in this thread, which must own the DB connection, under the project's lock.
    ``target`` defaults to the server's settings with the job's model; ``options`` may add engine knobs (a client,
    reconcile, retries…). Returns the job's public form."""
    target = target or SyncTarget.from_settings(job.project, model_id=job.model_id or None)
    last = [0.0]

    def on_progress(result: SyncResult) -> None:
        t = time.monotonic()
        if t - last[0] >= HEARTBEAT_EVERY:
            last[0] = t
            SyncJob.objects.filter(pk=job.pk).update(counts=counts_dict(result), heartbeat_at=timezone.now())
        if progress is not None:
            progress(result)

    opts = options or SyncOptions()
    opts.target = target
    opts.dry_run, opts.since, opts.exporter = job.dry_run, job.since, job.created_by
    opts.progress = on_progress
    opts.should_cancel = lambda: SyncJob.objects.filter(pk=job.pk, cancel_requested=True).exists()
    with project_lock(job.project_id):
        now = timezone.now()
        updated = SyncJob.objects.filter(pk=job.pk, status=SyncJob.QUEUED).update(
            status=SyncJob.RUNNING, started_at=now, heartbeat_at=now, host=HOST, pid=os.getpid())
        if not updated:  # cancelled (or reaped) before it started
            job.refresh_from_db()
            return job_public(job, target)
        identity.expire_sessions()  # every expired key in the database is wiped, not only the ones this run looks at
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
    return job_public(job, target)


def cancel_job(job: SyncJob) -> SyncJob:
    """Ask a job to stop (it finishes the writes in flight, records them, and ends ``cancelled``)."""
    SyncJob.objects.filter(pk=job.pk, status=SyncJob.QUEUED).update(
        status=SyncJob.CANCELLED, cancel_requested=True, finished_at=timezone.now(), message="cancelled before it started")
    SyncJob.objects.filter(pk=job.pk, status=SyncJob.RUNNING).update(cancel_requested=True)
    job.refresh_from_db()
    return job


# --- background requests: one request type, one dispatcher, one in-process runner -----------------------------------
class RunWatcher(Protocol):
    """Who shows a background run besides its job (a Target Storage's card): told when it starts and how it ended."""

    def mark_running(self, job: SyncJob) -> None: ...

    def finish_from_job(self, public: dict | None, error: str = "") -> None: ...


@dataclass(frozen=True)
class SyncRequest:
    """A sync asked for in the background: what the job queue carries (RQ pickles it to its workers)."""

    project_id: int
    trigger: str
    on_busy: str = WAIT
    user_id: int | None = None
    job_id: int | None = None  # already claimed by the caller (the API answers 202 {job} / 409 at once)
    storage_id: int | None = None  # a Ceramic Target Storage: its target, and its card shows the run
    queued_at: float | None = None  # set at dispatch for coalesced requests (see claim_job)

    @property
    def key(self) -> Hashable:
        """Requests with one key run one at a time in the in-process runner, and coalesce."""
        return ("job", self.job_id) if self.job_id is not None else (self.project_id, self.storage_id)


def run_request(request: SyncRequest, *, target: SyncTarget | None = None,
                watcher: RunWatcher | None = None) -> dict[str, Any]:
    """Run one background request in this thread (an RQ worker or the in-process runner): claim per
    ``request.on_busy`` unless the job was claimed already, run it, tell ``watcher``. Returns the job's public form,
    or ``{…, "skipped": reason}`` when nothing ran."""
    from projects.models import Project

    if not connection.in_atomic_block:  # a queue worker: drop a connection that died between jobs
        close_old_connections()
    if request.job_id is not None:
        job = SyncJob.objects.select_related("project", "created_by").filter(pk=request.job_id).first()
        if job is None:
            return {"id": request.job_id, "project": request.project_id, "status": "skipped",
                    "skipped": "the job no longer exists"}
    else:
        project = Project.objects.filter(pk=request.project_id).first()
        if project is None:  # deleted since (e.g. the deletion of its annotations queued this run)
            return {"project": request.project_id, "status": "skipped", "skipped": "the project no longer exists"}
        user = None
        if request.user_id is not None:
            from users.models import User

            user = User.objects.filter(pk=request.user_id).first()
        target = target or SyncTarget.from_settings(project)
        try:
            claim = claim_job(project, trigger=request.trigger, on_busy=request.on_busy, user=user, target=target,
                              queued_at=request.queued_at)
        except JobConflict as exc:
            if watcher is not None:
                watcher.finish_from_job(None, error=str(exc))
            raise
        if claim.job is None:
            return {**job_public(claim.covered_by or claim.busy, target), "skipped": claim.reason}
        job = claim.job
    if watcher is None:
        return run_job(job, target=target)
    watcher.mark_running(job)
    try:
        public = run_job(job, target=target)
    except Exception as exc:  # noqa: BLE001 - run_job records its own failures; this is a last resort
        watcher.finish_from_job(None, error=f"{type(exc).__name__}: {exc}")
        raise
    watcher.finish_from_job(public)
    return public


def enqueue(request: SyncRequest, run: Callable[[SyncRequest], Any] = run_request, *, coalesce: bool = False):
    """Hand ``run(request)`` to the job queue once the current transaction commits (so the run sees what the caller
    wrote): RQ when Redis is configured, else the in-process runner. Returns the RQ job when it was enqueued right
    away (outside a transaction), else None.

    ``coalesce`` (automatic exports): one dispatch per request key per transaction (deleting a project with thousands
    of annotations queues one run, not thousands), and the request carries the moment it was queued, so it is
    skipped when a later run covered it (:func:`claim_job`)."""
    key = request.key
    if coalesce and connection.in_atomic_block and any(
            getattr(func, "_orbis_sync_key", None) == key for _, func, *_ in connection.run_on_commit):
        return None
    queued: list = []

    def dispatch() -> None:
        from core.redis import redis_connected, start_job_async_or_sync

        ready = replace(request, queued_at=time.time()) if coalesce else request
        if redis_connected():
            queued.append(start_job_async_or_sync(run, ready, queue_name="default", job_timeout=JOB_TIMEOUT))
        else:
            _run_in_background(key, run, ready)

    dispatch._orbis_sync_key = key
    transaction.on_commit(dispatch)
    return queued[0] if queued else None


def start_job(project, user=None, *, trigger: str = Trigger.API, on_busy: str = REFUSE, dry_run: bool = False,
              since: datetime | None = None, target: SyncTarget | None = None) -> SyncJob | None:
    """Claim a job now (so the caller can answer with it, or with the conflict) and run it in the background.
    Returns the job (None when ``on_busy="skip"`` skipped); ``"wait"`` is refused here: it would block the caller.
    The background run targets the server's settings with the job's model (what the API writes to)."""
    if on_busy == WAIT:
        raise ValueError("start_job answers at once: on_busy is 'refuse' or 'skip' (a background request waits)")
    claim = claim_job(project, trigger=trigger, on_busy=on_busy, user=user, dry_run=dry_run, since=since,
                      target=target)
    if claim.job is not None:
        enqueue(SyncRequest(project.pk, str(Trigger(trigger)), on_busy, getattr(user, "pk", None),
                            job_id=claim.job.pk))
    return claim.job


# Without Redis: at most one background thread per request key; a request that arrives while its key runs is kept
# (the latest one) and run right after, so a burst of saves never becomes a crowd of threads.
_runners: dict[Hashable, dict] = {}
_runners_lock = threading.Lock()


def _run_in_background(key: Hashable, run: Callable[[SyncRequest], Any], request: SyncRequest) -> None:
    with _runners_lock:
        state = _runners.get(key)
        if state is not None:
            state["again"] = request
            return
        _runners[key] = {"again": None}

    def main() -> None:
        current: SyncRequest | None = request
        try:
            while current is not None:
                try:
                    run(current)
                except Exception:  # noqa: BLE001 - recorded on the job / storage; never kill the thread loudly
                    logger.exception("background sync of project %s failed", current.project_id)
                with _runners_lock:
                    current, _runners[key]["again"] = _runners[key]["again"], None
        finally:
            with _runners_lock:
                _runners.pop(key, None)
            connection.close()  # this thread's own connection

    _start_thread(main, f"orbis-sync-{key[0]}-{key[1]}" if isinstance(key, tuple) else f"orbis-sync-{key}")


def _start_thread(target: Callable[[], None], name: str) -> None:
    threading.Thread(target=target, name=name, daemon=True).start()


# --- describing ------------------------------------------------------------------------------------------------------
def parse_since(value: str, *, now: datetime | None = None) -> datetime:
    """A job's ``since`` (the CLI's ``--since``, the API's ``since``): an ISO date (midnight UTC), an ISO date-time
    (UTC when it names no zone; the offset within ±24 h) or an age such as ``90m``, ``12h``, ``7d`` (see
    :func:`orbis_export.conf.parse_duration`). Always an aware UTC datetime; ``ValueError`` says what is expected."""
    shown = repr(value[:40] + "…" if len(value) > 40 else value) if isinstance(value, str) else type(value).__name__
    expected = f"expected an ISO date/time (2026-11-21, 2026-11-21T18:00:00Z) or an age (90m, 12h, 7d), got {shown}"
    if not isinstance(value, str) or len(value) > 64:
        raise ValueError(expected)
    text = value.strip()
    try:
        age = parse_duration(text, unit_required=True)
    except ValueError:
        age = None
    try:
        if age is not None:
            return (now or datetime.now(dt_timezone.utc)) - age
        moment = parse_datetime(text)
        if moment is None:
            day = parse_date(text)
            if day is None:
                raise ValueError(expected)
            moment = datetime(day.year, day.month, day.day)
        return (moment if moment.tzinfo else moment.replace(tzinfo=dt_timezone.utc)).astimezone(dt_timezone.utc)
    except (ValueError, OverflowError):  # a zone beyond ±24 h, or a date that leaves the calendar in UTC
        raise ValueError(expected) from None


def studio_url(model_id: str) -> str | None:
    """OrbisDB Studio's data page. It takes no URL parameters (OrbisDB's client/pages/data/index.js keeps the chosen
    table in page state), so the caller names the table: the model's (its stream ID, or the name given in OrbisDB)."""
    base = settings.ORBIS.orbisdb_studio_url
    if not base or not model_id:
        return None
    return f"{base}/data"


def _iso(value: datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value else None


def job_public(job: SyncJob, target: SyncTarget | None = None) -> dict[str, Any]:
    """The job as the API and the web UI see it; ``contextId`` is its target's (derived from the job when not
    given: :meth:`SyncTarget.for_job`)."""
    counts = dict(job.counts or {})
    target = target or SyncTarget.for_job(job)
    return {
        "id": job.pk,
        "project": job.project_id,
        "status": job.status,
        "active": job.status in SyncJob.ACTIVE,
        "trigger": job.trigger,
        "dryRun": job.dry_run,
        "since": _iso(job.since),
        "modelId": job.model_id or None,
        "contextId": target.context_id or None,
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


__all__ = ["Trigger", "REFUSE", "WAIT", "SKIP", "JobConflict", "Claim", "SyncRequest", "RunWatcher", "create_job",
           "claim_job", "project_lock", "run_job", "run_request", "enqueue", "start_job",
           "cancel_job", "job_public", "reap_dead_jobs", "sweep_at_startup", "studio_url", "parse_since"]
