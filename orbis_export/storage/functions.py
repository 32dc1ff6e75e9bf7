"""What the Ceramic Target Storage adds to the one job path (the storage-list hook is in ``registry.py``).

* :func:`enqueue_project_sync` — the storage's Sync button and the automatic export on annotation save/delete hand
  a :class:`~orbis_export.jobs.SyncRequest` (policy ``wait``; ``coalesce`` for automatic exports) to
  :func:`orbis_export.jobs.enqueue` (RQ with Redis, else the one in-process runner).
* :func:`run_storage_request` (the queued function) / :func:`run_project_sync` (in-process callers) — refuse a storage
  whose node URLs are not allowed, then :func:`orbis_export.jobs.run_request` with the storage's
  :class:`~orbis_export.target.SyncTarget` and the storage as the run's watcher (its card shows the job's status,
  counts and errors). Claiming, the project's lock, coalescing and the engine run are ``jobs.py``'s.
* :func:`storage_url_refusal` — which of a storage's node URLs the server must not send requests to (the rule itself,
  :func:`~orbis_export.target.node_url_refusal`, is the target's). Checked before any request: on create, PATCH,
  Check Connection and every sync run.
"""
from __future__ import annotations

import logging
from typing import Any

from .. import jobs
from ..target import SyncTarget, node_url_refusal

logger = logging.getLogger(__name__)


# --- which nodes a storage may name ------------------------------------------------------------------------------
_NODE_FIELDS = ("ceramic_url", "orbisdb_url")


def storage_url_refusal(storage) -> dict[str, str]:
    """``{field: reason}`` for each node URL of ``storage`` the server must not send requests to (empty: all fine)."""
    refusals = {}
    for field in _NODE_FIELDS:
        reason = node_url_refusal(getattr(storage, field, "") or "", field)
        if reason:
            refusals[field] = reason
    return refusals


# --- syncs of a storage, through the one job path -------------------------------------------------------------------
def enqueue_project_sync(project_id: int, trigger: str = jobs.Trigger.STORAGE, user_id: int | None = None,
                         storage_id: int | None = None, *, coalesce: bool = False):
    """Queue a sync of the project for a storage (none: the server's target) after the current transaction commits.
    Waits for a sync of the project already running (``on_busy="wait"``). Returns the RQ job when it was enqueued
    right away. ``coalesce``: automatic exports (see :func:`orbis_export.jobs.enqueue`)."""
    request = jobs.SyncRequest(project_id, str(jobs.Trigger(trigger)), jobs.WAIT, user_id, storage_id=storage_id)
    return jobs.enqueue(request, run_storage_request, coalesce=coalesce)


def run_storage_request(request: jobs.SyncRequest) -> dict[str, Any]:
    """The queued function (RQ worker or the in-process runner): the storage's target and card, then the one job
    path. A storage whose node URLs are not allowed (saved before the allow-list, or the list changed since) is sent
    nothing: its card says why and no job is claimed."""
    from django.apps import apps  # the model by name: this module sits below storage/models.py

    CeramicExportStorage = apps.get_model("orbis_export", "CeramicExportStorage")  # noqa: N806
    storage = None
    if request.storage_id is not None:
        storage = CeramicExportStorage.objects.filter(pk=request.storage_id).first()
        if storage is None:
            return {"project": request.project_id, "status": "skipped", "skipped": "the storage no longer exists"}
    target = storage.sync_target() if storage is not None else SyncTarget.from_settings()
    if storage is not None and target.refusal:
        storage.finish_from_job(None, error=target.refusal)
        return {"project": request.project_id, "status": "skipped", "skipped": target.refusal}
    return jobs.run_request(request, target=target, watcher=storage)


def run_project_sync(project_id: int, trigger: str = jobs.Trigger.STORAGE, user_id: int | None = None,
                     storage_id: int | None = None, queued_at: float | None = None) -> dict[str, Any]:
    """Run a storage's sync of the project now, in this thread (which must own the DB connection): the storage's
    "save annotations" hook, scripts and tests. Returns the job's public form (``skipped`` when nothing ran)."""
    return run_storage_request(jobs.SyncRequest(project_id, str(jobs.Trigger(trigger)), jobs.WAIT, user_id,
                                                storage_id=storage_id, queued_at=queued_at))
