"""Ceramic (OrbisDB) Target Storage: Label Studio's ExportStorage, backed by the one sync engine.

Label Studio's ``ExportStorage.save_annotations`` writes one object per annotation in a thread pool and ignores the
results; ours does not use it. A sync of this storage is one :class:`~orbis_export.models.SyncJob` of the one job
path (:mod:`orbis_export.jobs`: claim, project lock, engine) against :meth:`CeramicExportStorage.sync_target`, with
the storage as the run's watcher, so its status, counts and errors come from that job: ``completed``,
``completed`` (rows waiting for a labeler's wallet are not errors: the card counts them), ``completed_with_errors``
(rows failed, or the run did not finish) or ``failed`` (the sync could not start); ``traceback`` holds a readable log
(:mod:`orbis_export.storage.runlog`).
"""
from __future__ import annotations

import logging
from typing import Any

from django.db import models
from django.utils import timezone
from io_storages.base_models import ExportStorage, ExportStorageLink

from ..errors import OrbisError
from ..target import SyncTarget, TargetRefused, ceramic_client, orbisdb_client

logger = logging.getLogger(__name__)


class CeramicStorageError(OrbisError):
    """Check Connection failed: the message says what to fix."""

    def __init__(self, detail: str):
        super().__init__("storage_check_failed", detail, 400)


def node_failure(what: str, url: str, exc: Exception) -> str:
    """What failed talking to a node, once, without anything it answered (its body may be anyone's page)."""
    from ..ceramic.errors import NodeUnavailable

    status = getattr(exc, "status", None)
    if status is not None:
        return f"the {what} at {url} answered HTTP {status}"
    if isinstance(exc, NodeUnavailable) or getattr(exc, "retryable", False):
        return f"the {what} at {url} does not answer (unreachable, refused or timed out)"
    return f"the {what} at {url} could not be checked ({type(exc).__name__})"


class CeramicExportStorage(ExportStorage):
    ceramic_url = models.CharField("Ceramic node URL", max_length=512, blank=True, default="",
                                   help_text="Empty: ORBIS_CERAMIC_URL")
    model_id = models.CharField("model stream ID", max_length=100, blank=True, default="",
                                help_text="Empty: ORBIS_MODEL_ID")
    context_id = models.CharField("context stream ID", max_length=100, blank=True, default="",
                                  help_text="Empty: ORBIS_CONTEXT_ID")
    orbisdb_url = models.CharField("OrbisDB node URL", max_length=512, blank=True, default="",
                                   help_text="Empty: ORBIS_ORBISDB_URL (read-back checks only)")
    concurrency = models.PositiveSmallIntegerField("writes in flight", null=True, blank=True,
                                                   help_text="Empty: ORBIS_SYNC_CONCURRENCY")
    auto_export = models.BooleanField("export on save", default=True,
                                      help_text="Export each annotation when it is saved, tombstone it when deleted")

    class Meta:
        app_label = "orbis_export"

    def __str__(self) -> str:
        return f"Ceramic storage {self.pk} of project {self.project_id}"

    # --- the target ------------------------------------------------------------------------------------------
    def sync_target(self, **given) -> SyncTarget:
        """Where this storage's syncs write: each value from ``given``, else this storage's field, else the server's
        setting (``context_id`` ``none``: no context, even when the server has one)."""
        return SyncTarget.for_storage(self, **given)

    @property
    def effective(self) -> dict[str, Any]:
        """The values in effect (shown by the storage API as ``effective``)."""
        t = self.sync_target()
        return {"ceramic_url": t.ceramic_url, "model_id": t.model_id, "context_id": t.context_id,
                "orbisdb_url": t.orbisdb_url, "concurrency": t.concurrency}

    def client(self):
        """A Ceramic client for this storage's node (``TargetRefused`` when the server must not talk to it)."""
        return ceramic_client(self.sync_target())

    # --- Label Studio hooks ----------------------------------------------------------------------------------
    def validate_connection(self, client=None) -> None:
        """Check Connection: the node answers, the model exists, and this project's rows fit it."""
        from ..ceramic import CeramicError
        from ..errors import SyncError
        from ..modeldeploy import check_model_fits, model_definition, project_row_model

        if self.concurrency is not None and not 1 <= self.concurrency <= 64:
            raise CeramicStorageError("writes in flight must be between 1 and 64")
        target = self.sync_target()
        own = client is None
        try:
            client = client or ceramic_client(target)
        except CeramicError as exc:
            raise CeramicStorageError(exc.message) from None
        except TargetRefused as exc:
            raise CeramicStorageError(exc.detail) from None
        try:
            try:
                client.healthcheck()
            except CeramicError as exc:
                raise CeramicStorageError(node_failure("Ceramic node", client.url, exc)) from None
            if self.project_id is not None:
                model_id = target.model_id
                if not model_id:
                    raise CeramicStorageError("no model configured (ORBIS_MODEL_ID is empty): run manage.py "
                                              "orbis_setup, or give a model stream ID")
                try:
                    problems = check_model_fits(project_row_model(self.project), model_definition(client, model_id))
                except SyncError as exc:
                    raise CeramicStorageError(exc.detail) from None
                if problems:
                    raise CeramicStorageError("this project's rows do not fit the model: " + "; ".join(problems))
            if target.orbisdb_url:
                from ..orbisdb import OrbisDBError

                try:
                    with orbisdb_client(target) as odb:
                        odb.metadata()
                except OrbisDBError as exc:
                    raise CeramicStorageError(node_failure("OrbisDB node", target.orbisdb_url, exc)) from None
                except TargetRefused as exc:
                    raise CeramicStorageError(exc.detail) from None
        finally:
            if own:
                client.close()

    def save_annotation(self, annotation) -> None:
        """One annotation → queue a sync of its project (the engine writes only what changed)."""
        from .functions import enqueue_project_sync

        enqueue_project_sync(self.project_id, "auto", None, self.pk, coalesce=True)

    def save_annotations(self, annotations) -> None:  # never Label Studio's thread pool: one engine run
        from .functions import run_project_sync

        run_project_sync(self.project_id, "storage", None, self.pk)

    def sync(self, save_only_new_annotations: bool = False) -> None:
        """The Sync button: queue one engine run for the project (RQ with Redis, else the in-process runner)."""
        from .functions import enqueue_project_sync

        if not self.info_set_queued():
            return
        job = enqueue_project_sync(self.project_id, "storage", None, self.pk)
        if job is not None and getattr(job, "id", None):
            self.info_set_job(job.id)

    # --- status from the engine's job -------------------------------------------------------------------------
    def mark_running(self, job) -> None:
        fresh = type(self).objects.get(pk=self.pk)
        if fresh.status != self.Status.QUEUED:
            fresh._update_queued_status()
        fresh.info_set_in_progress()
        fresh.meta["orbis_job"] = job.pk
        fresh.save(update_fields=["meta"])
        self.refresh_from_db()

    def refresh_links(self) -> int:
        """One link per annotation with a live document, carrying its stream ID (from the ledger). Returns the count."""
        from ..models import SyncRecord
        from tasks.models import Annotation

        model_id = self.sync_target().model_id
        wanted = dict(SyncRecord.objects.filter(project_id=self.project_id, model_id=model_id,
                                                status=SyncRecord.SYNCED, deleted=False)
                      .values_list("annotation_id", "stream_id"))
        live = set(Annotation.objects.filter(project_id=self.project_id, id__in=list(wanted))
                   .values_list("id", flat=True))
        wanted = {a: s for a, s in wanted.items() if a in live}
        have = {link.annotation_id: link for link in self.links.all()}
        CeramicExportStorageLink.objects.bulk_create(
            [CeramicExportStorageLink(storage=self, annotation_id=a, stream_id=s) for a, s in wanted.items()
             if a not in have], ignore_conflicts=True)
        for a, link in have.items():
            if a in wanted and link.stream_id != wanted[a]:
                link.stream_id = wanted[a]
                link.save(update_fields=["stream_id", "updated_at"])
            elif a not in wanted:
                link.delete()
        return len(wanted)

    def finish_from_job(self, public: dict | None, error: str = "") -> None:
        self.refresh_from_db()
        if public is not None and public.get("status") != "failed":
            try:
                self.refresh_links()
            except Exception:  # noqa: BLE001 - links are a convenience; the ledger is the record
                logger.exception("could not refresh the links of %s", self)
        if "time_in_progress" not in (self.meta or {}):
            self.meta = {**(self.meta or {}), "time_in_progress": str(timezone.now())}
        if public is None or public.get("status") == "failed":
            self.status = self.Status.FAILED
            self.traceback = ("The Ceramic sync could not run: "
                              + (error or (public or {}).get("message") or "the sync could not start"))
            self.meta["time_failure"] = str(timezone.now())
            if public is not None:
                self.meta["orbis"] = {"job": public.get("id"), "message": public.get("message")}
            self.save(update_fields=["status", "traceback", "meta"])
            return
        from .runlog import failure_count, run_log, waiting_count

        counts = public.get("counts") or {}
        # Label Studio shows "<count> (<total> total)": the annotations whose document is current on the node now
        in_place = sum(int(counts.get(k, 0)) for k in ("create", "update", "unchanged"))
        summary = {"job": public.get("id"), "message": public.get("message"), "counts": counts,
                   "waiting": waiting_count(counts), "failed": failure_count(counts),
                   "total_annotations": int(counts.get("total", 0))}
        log = run_log(public)
        # rows waiting for a labeler's wallet are not errors: only failed rows or an unfinished run are
        if summary["failed"] or public.get("status") in ("partial", "cancelled", "interrupted"):
            self.info_set_completed_with_errors(in_place, [log], orbis=summary,
                                                total_annotations=summary["total_annotations"])
        else:
            self.traceback = log if summary["waiting"] else None
            self.save(update_fields=["traceback"])
            self.info_set_completed(in_place, orbis=summary, total_annotations=summary["total_annotations"])


class CeramicExportStorageLink(ExportStorageLink):
    """Label Studio's per-annotation link, with the Ceramic document it became."""

    storage = models.ForeignKey(CeramicExportStorage, on_delete=models.CASCADE, related_name="links")
    stream_id = models.CharField(max_length=100, blank=True, default="")

    class Meta:
        app_label = "orbis_export"
        constraints = [models.UniqueConstraint(fields=["annotation", "storage"],
                                               name="orbis_ceramic_link_one_per_annotation_storage")]
