"""The sync engine: a project's annotations → one Ceramic document per author, signed by that author, kept up to date.

One code path for every trigger (API job, Export dialog, ``manage.py orbis_sync``, Target Storage, RQ worker):

    plan.py     JSON_MIN rows (bounded batches) + the ledger (:class:`~orbis_export.models.SyncRecord`)
                → create / resume / update / tombstone actions; pending / invalid rows reported, never dropped
    write.py    HTTP only, on a thread pool with at most ``concurrency`` requests in flight; transient faults
                (:class:`NodeUnavailable`) retried with backoff, refusals kept per row with the node's reason
    engine.py   the run: plan → write → record each answer on the calling thread (SQLite wants one writer)
    results.py  counts, per-row errors and the summary people read
    predictions.py  the project's predictions as documents signed by their model version, run before the
                annotations (``sync_project`` runs both)

Signers come only from :func:`orbis_export.provenance.choose` (the author of each annotation's current content, as
this server recorded it — never Label Studio's client-settable ``completed_by``). No HTTP views or CLI code here:
see ``jobs.py``, ``api/sync.py`` and ``management/commands/orbis_sync.py``.
"""
from ..errors import SyncError
from .predictions import sync_project
from .options import SyncOptions
from .plan import content_hash
from .results import FAILURE_KINDS, RowError, SyncResult, counts_dict

__all__ = ["SyncError", "SyncOptions", "SyncResult", "RowError", "sync_project", "content_hash", "counts_dict",
           "FAILURE_KINDS"]
