"""Writing a project's predictions as documents (the same engine as human rows: ledger first, exactly once).

Each prediction becomes one document of the project's predictions model, controlled by the did:key of its model
version (``keys.model_key``). The ledger is the same ``SyncRecord`` table: ``annotation_id`` holds the prediction id,
``model_id`` the predictions model, ``signer_kind`` is ``model`` — so the create/resume/update/tombstone machinery
and its crash guarantees are the human rows'.
"""
from __future__ import annotations

import logging
from typing import Any

from django.utils import timezone

from .. import modelregistry
from ..ceramic import CeramicError, CommitRejected, SignedCommit, list_genesis
from ..errors import SyncError
from ..identity import SignerChoice
from ..models import ModelVersionKey, ProjectModel, SyncRecord
from ..predictions import documents
from ..predictions.keys import MODEL_SIGNER, model_key
from ..schema import SchemaError
from .engine import Engine, _Pipeline
from .options import SyncOptions
from .plan import ROW_BATCH, Action, content_hash
from .results import RowError, SyncResult
from .write import Writer

logger = logging.getLogger(__name__)


def deploy(project, client) -> str:
    """Deploy (idempotent) and index the project's predictions model; record it. Returns its stream ID."""
    from ..modeldeploy import admin_key, ensure_indexed

    definition = documents.definition(project.pk)
    try:
        model_id = str(client.deploy_model(admin_key(), definition))
    except CeramicError as exc:
        raise SyncError("deploy_failed", f"the node refused the predictions model: {exc.message}") from None
    ensure_indexed(client, model_id)
    modelregistry.record(project, model_id, definition, kind=ProjectModel.PREDICTIONS)
    return model_id


class PredictionEngine(Engine):
    """The engine over a project's predictions instead of its annotations."""

    def __init__(self, project, options: SyncOptions, model_id: str):
        super().__init__(project, options)
        self.model_id = model_id
        self.result = SyncResult(project_id=project.pk, model_id=model_id, dry_run=options.dry_run)
        self.writer = Writer(self.client, model_id, retries=options.retries, backoff=options.backoff,
                             cancelled=lambda: self.result.cancelled)
        self.keys: dict[str, Any] = {}

    def prepare(self) -> None:
        self.started_at = timezone.now()
        for rec in SyncRecord.objects.filter(project_id=self.project.pk, model_id=self.model_id):
            self.ledger.setdefault(rec.annotation_id, []).append(rec)

    def _choice(self, version: str) -> SignerChoice:
        key = self.keys.get(version)
        if key is None:
            key = self.keys[version] = model_key(self.project.pk, version)
        return SignerChoice(MODEL_SIGNER, key, f"suggested by model version {version!r}")

    def _choice_for_did(self, did: str) -> SignerChoice | None:
        version = ModelVersionKey.objects.filter(project_id=self.project.pk, did=did).values_list(
            "model_version", flat=True).first()
        return self._choice(version) if version is not None else None

    def plan(self, pred: dict[str, Any]) -> Action | None:
        r, pid = self.result, pred["id"]
        choice = self._choice(str(pred.get("model_version") or ""))
        try:
            body = documents.content(pred, project_id=self.project.pk, signer_did=choice.did or "",
                                     source=self.source, backend=pred.get("backend"))
            digest = content_hash(body)
        except (SchemaError, CommitRejected) as exc:
            r.error(RowError(pid, pred.get("task_id"), None, "invalid", f"prediction {pid}: {exc}"))
            return None
        rec = next((x for x in self.ledger.get(pid, []) if x.controller == choice.did), None)
        row = {"updated_at": pred.get("updated_at") or ""}
        if rec is None or (rec.status == SyncRecord.FAILED and not rec.tip and not rec.genesis):
            try:
                prepared = list_genesis(choice.signer, self.model_id, body, context=self.context)
            except CommitRejected as exc:
                r.error(RowError(pid, pred.get("task_id"), None, "invalid", f"prediction {pid}: {exc.message}"))
                return None
            fresh = rec is None
            rec = rec or SyncRecord(project_id=self.project.pk, annotation_id=pid, model_id=self.model_id,
                                    controller=choice.did)
            rec.task_id, rec.annotator_id, rec.signer_kind, rec.origin = int(pred["task_id"]), None, MODEL_SIGNER, \
                "prediction"
            rec.mark_creating(stream_id=str(prepared.stream_id), genesis=prepared.genesis.to_http(),
                              pending_hash=digest, annotation_updated_at=str(row["updated_at"]))
            return Action("create", rec, row, choice, body, digest, prepared=prepared, fresh=fresh)
        if rec.status == SyncRecord.CREATING and rec.genesis:
            return Action("resume", rec, row, choice, body, digest, genesis=SignedCommit.from_http(rec.genesis))
        if rec.status == SyncRecord.SYNCED and rec.content_hash == digest and not rec.deleted:
            r.counts["unchanged"] += 1
            return None
        return Action("update", rec, row, choice, body, digest)

    def _predictions(self):
        from tasks.models import Prediction

        query = Prediction.objects.filter(project=self.project)
        if self.options.task_ids is not None:
            query = query.filter(task_id__in=list(self.options.task_ids))
        return query

    def _rows(self):
        query = (self._predictions().order_by("id")
                 .values("id", "task_id", "model_version", "score", "result", "created_at", "updated_at",
                         "model__title"))
        when = lambda t: t.isoformat().replace("+00:00", "Z") if t is not None else None  # noqa: E731
        for p in query.iterator(chunk_size=500):
            yield {**p, "backend": p.pop("model__title"), "created_at": when(p["created_at"]),
                   "updated_at": when(p["updated_at"])}

    def _run(self) -> SyncResult:
        from concurrent.futures import ThreadPoolExecutor

        from .. import identity

        self.prepare()
        r = self.result
        live = set(self._predictions().values_list("id", flat=True))
        scope = set(self.options.task_ids) if self.options.task_ids is not None else None
        r.total = len(live)
        with identity.SignerCache() as signers, ThreadPoolExecutor(self.concurrency,
                                                                   thread_name_prefix="orbis-pred") as pool:
            pipe = _Pipeline(self, pool, signers)
            batch: list[Action] = []
            for pred in self._rows():
                action = self.plan(pred)
                if action is None:
                    r.done += 1
                    continue
                batch.append(action)
                if len(batch) >= ROW_BATCH:
                    pipe.submit(batch)
                    batch = []
                if self.cancelled():
                    break
            gone = []
            for pid, records in self.ledger.items():
                if pid in live:
                    continue
                for rec in records:
                    if rec.deleted and rec.status == SyncRecord.SYNCED or (scope is not None
                                                                             and rec.task_id not in scope):
                        continue
                    choice = self._choice_for_did(rec.controller)
                    if choice is not None:
                        gone.append(Action("tombstone", rec, None, choice))
            r.total += len(gone)
            if not self.cancelled():
                pipe.submit(batch + gone)
            pipe.drain(0)
        return r


def sync_project(project, options: SyncOptions | None = None) -> SyncResult:
    """Sync one project: its predictions first (so human rows can name the suggestion's document), then its
    annotations. A predictions problem never stops the human rows: it is reported in the same result."""
    from django.conf import settings
    from dataclasses import replace

    options = options or SyncOptions()
    predictions = None
    if getattr(settings.ORBIS, "sync_predictions", True):
        try:
            predictions = sync_predictions(project, replace(options, progress=None))
        except SyncError as exc:
            predictions = SyncResult(project_id=project.pk, model_id="")
            predictions.error(RowError(None, None, None, "predictions", f"predictions not written: {exc.detail}"))
    result = Engine(project, options).run()
    if predictions is not None:
        for kind in ("written", "create", "update", "unchanged", "tombstone"):
            if predictions.counts.get(kind):
                result.counts[f"predictions_{kind}"] += predictions.counts[kind]
        for err in predictions.errors:
            result.error(err if err.kind == "predictions" else RowError(
                err.annotation_id, err.task_id, None, err.kind, f"prediction {err.annotation_id}: {err.reason}"
                if not err.reason.startswith("prediction") else err.reason, err.stream_id))
    return result


def sync_predictions(project, options: SyncOptions | None = None, *, client=None) -> SyncResult | None:
    """Write the project's predictions (None when it has none and never had any written)."""
    from tasks.models import Prediction

    options = options or SyncOptions()
    model_id = modelregistry.current_model_id(project.pk, ProjectModel.PREDICTIONS)
    if not model_id:
        if not Prediction.objects.filter(project=project).exists():
            return None
        engine_client = client or options.client
        if engine_client is None:
            from ..target import SyncTarget, ceramic_client

            target = options.target or SyncTarget.from_settings(project)
            with ceramic_client(target, timeout=max(target.request_timeout, 60.0)) as own:
                model_id = deploy(project, own)
        else:
            model_id = deploy(project, engine_client)
    return PredictionEngine(project, options, model_id).run()


__all__ = ["sync_project", "sync_predictions", "deploy", "PredictionEngine"]
