"""Job functions of the Ceramic Target Storage and the storage-list hook.

* :func:`get_storage_list` — ``settings.GET_STORAGE_LIST``: Label Studio's storage types plus "Ceramic (OrbisDB)".
* :func:`run_project_sync` — THE entry point for every queued sync of a project (storage Sync button, automatic
  export on annotation save/delete, RQ workers): takes the project's lock, then runs one
  :class:`~orbis_export.models.SyncJob` through :func:`orbis_export.jobs.run_job` (the one engine).

Exactly once with several workers: the lock is a PostgreSQL *session advisory lock* keyed by the project (held across
the engine's own transactions, released by the server if the worker dies), so two workers syncing one project run one
after the other and the second finds everything recorded; underneath, the ledger's unique constraint (annotation,
controller, model) and the one-active-job partial unique index still refuse what a lock-free caller would double.
On SQLite (one process) a per-project thread lock does the same job.

* :func:`node_url_refusal` / :func:`storage_url_refusal` — which node URLs a storage may name (the server sends
  signed rows and reads answers there): empty (the server's node), the configured node, or one listed in
  ``ORBIS_ALLOWED_NODE_URLS``; in production never a loopback/private/link-local address besides the configured node
  (:func:`non_public_address`). Checked before any request: on create, PATCH, Check Connection and every sync run.
"""
from __future__ import annotations

import ipaddress
import logging
import socket
import threading
import time
import zlib
from contextlib import contextmanager
from typing import Any, Iterator
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.db import close_old_connections, connection

logger = logging.getLogger(__name__)

LOCK_NAMESPACE = zlib.crc32(b"orbis_export.project_sync") & 0x7FFFFFFF  # first key of pg_advisory_lock(int, int)
CONFLICT_WAIT = 600.0  # seconds to wait for a sync started elsewhere (API thread) before giving up
_thread_locks: dict[int, threading.Lock] = {}
_thread_locks_guard = threading.Lock()


def get_storage_list() -> list[dict[str, Any]]:
    """Label Studio's own storage types plus Ceramic. Ceramic is a Target only: its ``import_list_api`` lists
    nothing (``None`` would break ``/api/tasks``) and our ``/api/storages/types`` leaves it out of the Source dialog."""
    from io_storages.functions import get_storage_list as label_studio_list

    from .api import CeramicExportStorageListAPI, CeramicNoImportListAPI

    return [*label_studio_list(), {"name": "ceramic", "title": "Ceramic (OrbisDB)",
                                   "import_list_api": CeramicNoImportListAPI,
                                   "export_list_api": CeramicExportStorageListAPI}]


# --- which nodes a storage may name ------------------------------------------------------------------------------
_NODE_FIELDS = {"ceramic_url": ("Ceramic node", "ORBIS_CERAMIC_URL"),
                "orbisdb_url": ("OrbisDB node", "ORBIS_ORBISDB_URL")}


def normalize_node_url(url: str) -> str:
    """The form URLs are compared in: scheme and host lower-cased, no trailing slash ('' stays '')."""
    url = (url or "").strip()
    if not url:
        return ""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path.rstrip("/"), parts.query,
                       parts.fragment))


def non_public_address(host: str) -> str | None:
    """Why ``host`` is not a public node: the first address it resolves to that is loopback, private, link-local,
    unspecified (or otherwise not globally routable: reserved, multicast, shared), or that it does not resolve.
    None when every address is public."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return f"{host} does not resolve"
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        mapped = getattr(address, "ipv4_mapped", None)
        for ip in (address, mapped) if mapped is not None else (address,):
            if (ip.is_loopback or ip.is_private or ip.is_link_local or ip.is_unspecified or ip.is_reserved
                    or ip.is_multicast or not ip.is_global):
                return f"{host} resolves to {address}, a loopback/private/link-local address"
    return None


def node_url_refusal(url: str, field: str = "ceramic_url") -> str | None:
    """Why the server must not send requests to ``url`` named in a storage's ``field`` (``ceramic_url`` or
    ``orbisdb_url``); None when it may. No request is made here (production resolves the host name)."""
    what, setting = _NODE_FIELDS[field]
    value = (url or "").strip()
    if not value:
        return None  # the server's own node
    o = settings.ORBIS
    shown = value if len(value) <= 120 else value[:120] + "…"
    parts = urlsplit(value)
    if (parts.scheme.lower() not in ("http", "https") or not parts.hostname or parts.username is not None
            or parts.password is not None or parts.query or parts.fragment):
        return (f"{shown!r} is not a {what} URL: expected http(s)://host[:port] without user, query or fragment; "
                f"leave it empty to use this server's node ({setting}), or ask an administrator to add the node to "
                f"ORBIS_ALLOWED_NODE_URLS")
    key = normalize_node_url(value)
    configured = o.ceramic_url if field == "ceramic_url" else o.orbisdb_url
    if configured and key == normalize_node_url(configured):
        return None
    if key not in {normalize_node_url(u) for u in o.allowed_node_urls}:
        return (f"the {what} URL {shown} is not allowed: leave it empty to use this server's node ({setting}), or "
                f"ask an administrator to add it to ORBIS_ALLOWED_NODE_URLS")
    if o.production:
        address = non_public_address(parts.hostname)
        if address is not None:
            return (f"the {what} URL {shown} is refused in production: {address} (ORBIS_ALLOWED_NODE_URLS may "
                    f"list only public nodes; the server's own node is {setting})")
    return None


def storage_url_refusal(storage) -> dict[str, str]:
    """``{field: reason}`` for each node URL of ``storage`` the server must not send requests to (empty: all fine)."""
    refusals = {}
    for field in _NODE_FIELDS:
        reason = node_url_refusal(getattr(storage, field, "") or "", field)
        if reason:
            refusals[field] = reason
    return refusals


@contextmanager
def project_lock(project_id: int) -> Iterator[None]:
    """Hold the project's sync lock (blocking). PostgreSQL: a session advisory lock; SQLite: a thread lock."""
    if connection.vendor == "postgresql":
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
        return
    with _thread_locks_guard:
        lock = _thread_locks.setdefault(int(project_id), threading.Lock())
    with lock:
        yield


def run_project_sync(project_id: int, trigger: str = "storage", user_id: int | None = None,
                     storage_id: int | None = None, queued_at: float | None = None) -> dict[str, Any]:
    """Run one sync of the project under its lock (queue workers and in-process callers). Returns the job's public
    form. A storage given by ``storage_id`` gets its status and counts from the job.

    ``queued_at`` (automatic exports): when a sync of the project *started* after this one was queued, it already saw
    the change that queued this one, so this run is skipped (a burst of saves costs one or two runs, not one each)."""
    from datetime import datetime, timezone as dt_timezone

    from projects.models import Project

    from .. import jobs
    from ..models import SyncJob

    if not connection.in_atomic_block:  # a queue worker: drop a connection that died between jobs
        close_old_connections()
    project = Project.objects.filter(pk=project_id).first()
    if project is None:  # deleted since (e.g. the deletion of its annotations queued this run)
        return {"project": project_id, "status": "skipped", "skipped": "the project no longer exists"}
    user = None
    if user_id is not None:
        from users.models import User

        user = User.objects.filter(pk=user_id).first()
    storage = None
    if storage_id is not None:
        from .models import CeramicExportStorage

        storage = CeramicExportStorage.objects.filter(pk=storage_id).first()
        refused = storage_url_refusal(storage) if storage is not None else {}
        if refused:  # a row saved before the allow-list (or the list changed since): never send it anything
            reason = "; ".join(refused.values())
            storage.finish_from_job(None, error=reason)
            return {"project": project_id, "status": "skipped", "skipped": reason}
    with project_lock(project.pk):
        if queued_at is not None:
            since = datetime.fromtimestamp(queued_at, tz=dt_timezone.utc)
            covered = SyncJob.objects.filter(project=project, started_at__gte=since, dry_run=False,
                                             status__in=[SyncJob.DONE, SyncJob.PARTIAL]).order_by("-id").first()
            if covered is not None:
                return {**jobs.job_public(covered), "skipped": f"covered by job {covered.pk}"}
        deadline = time.monotonic() + CONFLICT_WAIT
        while True:
            try:
                job = jobs.create_job(project, user, trigger=trigger[:16],
                                      model_id=storage.effective["model_id"] if storage is not None else None)
                break
            except jobs.JobConflict as exc:  # a sync started outside this lock (API thread): wait for it
                if time.monotonic() > deadline:
                    if storage is not None:
                        storage.finish_from_job(None, error=str(exc))
                    raise
                time.sleep(1.0)
        if storage is not None:
            storage.mark_running(job)
        try:
            public = jobs.run_job(job, options=storage.sync_options() if storage is not None else None)
        except Exception as exc:  # noqa: BLE001 - run_job records its own failures; this is a last resort
            if storage is not None:
                storage.finish_from_job(None, error=f"{type(exc).__name__}: {exc}")
            raise
        if storage is not None:
            storage.finish_from_job(public)
    return public


def enqueue_project_sync(project_id: int, trigger: str = "storage", user_id: int | None = None,
                         storage_id: int | None = None, *, coalesce: bool = False):
    """Hand a sync to Label Studio's job queue (RQ when Redis is configured; otherwise a background thread, so an
    HTTP request or an annotation save never waits for Ceramic). Dispatched after the current transaction commits,
    so the run sees the annotation that triggered it. Returns the RQ job when it was enqueued right away.

    ``coalesce`` (automatic exports): one dispatch per project and storage per transaction (deleting a project with
    thousands of annotations queues one run, not thousands), and a run is skipped when a later one covered it."""
    from django.db import transaction

    key = (project_id, storage_id)
    if coalesce and connection.in_atomic_block and any(
            getattr(func, "_orbis_sync_key", None) == key for _, func, *_ in connection.run_on_commit):
        return None
    queued: list = []

    def dispatch() -> None:
        from core.redis import redis_connected, start_job_async_or_sync

        queued_at = time.time() if coalesce else None
        if redis_connected():
            queued.append(start_job_async_or_sync(run_project_sync, project_id, trigger, user_id, storage_id,
                                                  queued_at, queue_name="default", job_timeout=24 * 3600))
            return
        _run_in_background(key, (project_id, trigger, user_id, storage_id, queued_at))

    dispatch._orbis_sync_key = key
    transaction.on_commit(dispatch)
    return queued[0] if queued else None


# Without Redis: at most one background thread per (project, storage); a request that arrives while it runs is
# remembered (the latest one) and run right after, so a burst of saves never becomes a crowd of threads.
_runners: dict[tuple, dict] = {}
_runners_lock = threading.Lock()


def _run_in_background(key: tuple, args: tuple) -> None:
    with _runners_lock:
        state = _runners.get(key)
        if state is not None:
            state["again"] = args
            return
        _runners[key] = {"again": None}

    def main():
        current = args
        try:
            while current is not None:
                try:
                    run_project_sync(*current)
                except Exception:  # noqa: BLE001 - recorded on the job / storage; never kill the thread loudly
                    logger.exception("Ceramic sync of project %s failed", current[0])
                with _runners_lock:
                    current = _runners[key]["again"]
                    _runners[key]["again"] = None
        finally:
            with _runners_lock:
                _runners.pop(key, None)
            connection.close()

    _start_thread(main, f"orbis-storage-sync-{key[0]}")


def _start_thread(target, name: str) -> None:
    threading.Thread(target=target, name=name, daemon=True).start()
