"""The run: plan (calling thread) → write (pool threads, HTTP only) → record (calling thread), with progress.

Exactly once (LIST model): a create is *recorded before it is posted* — predicted stream ID plus the exact signed
genesis — so a run killed at any point is finished by re-posting the very same genesis (the node answers with the
existing stream: idempotent). An update records the content hash it is about to write; on resume the stream is
loaded and a write is skipped when the node already holds that content. When the ledger of a project is empty
(first sync, or records lost) the node's index is queried per DID that may have written for it, and documents of
this project and source are adopted instead of written again (reconcile-by-query). Every ledger change goes through
:class:`~orbis_export.models.SyncRecord`'s ``mark_*`` methods.
"""
from __future__ import annotations

import time
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import Iterable

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from .. import identity
from ..ceramic import CeramicConfigError, NodeUnavailable
from ..errors import SyncError
from ..modeldeploy import check_model_fits, model_definition, project_row_model
from ..models import AnnotationSave, SyncRecord
from ..target import SyncTarget, ceramic_client
from .options import SyncOptions
from .plan import ROW_BATCH, Action, Planner, content_hash, live_annotation_ids
from .results import RowError, SyncResult
from .write import Outcome, Writer

QUEUED_PER_WORKER = 4  # actions handed to the pool per worker thread (only `concurrency` are on the wire)
RECORD_BATCH = 16  # node answers recorded per transaction, at most (and at most `concurrency`)…
RECORD_EVERY = 0.25  # …and at most this many seconds after the first of them arrived


class Engine:
    def __init__(self, project, options: SyncOptions):
        self.project = project
        self.options = options
        target = options.target or SyncTarget.from_settings(project, model_id=options.model_id,
                                                                  context_id=options.context_id)
        if options.concurrency:  # an explicit knob beats the target's
            target = target.but(concurrency=max(1, min(options.concurrency, 64)))
        self.target = target
        self.model_id, self.context, self.source = target.model_id, target.context, settings.ORBIS.source
        self.concurrency = target.concurrency
        self.breaker = options.breaker or max(5, self.concurrency)
        self.client = options.client or ceramic_client(target)
        self.own_client = options.client is None
        self.result = SyncResult(project_id=project.pk, model_id=self.model_id, dry_run=options.dry_run)
        self.ledger: dict[int, list[SyncRecord]] = {}
        self.unavailable_streak = 0
        self.writer = Writer(self.client, self.model_id, retries=options.retries, backoff=options.backoff,
                             cancelled=lambda: self.result.cancelled)

    # --- setup ----------------------------------------------------------------------------------------------
    def prepare(self) -> None:
        self.started_at = timezone.now()  # before anything is read from Label Studio (see Planner.fast_unchanged)
        if not self.model_id:
            raise SyncError("not_configured", "no model configured (ORBIS_MODEL_ID is empty): run manage.py "
                            "orbis_setup --project <id> and keep the line it prints")
        model = project_row_model(self.project)
        definition = model_definition(self.client, self.model_id)
        problems = check_model_fits(model, definition)
        if problems:
            raise SyncError("schema_mismatch", f"the rows of project {self.project.pk} do not fit the model "
                            f"{self.model_id}: " + "; ".join(problems) + f". If the label config or the data "
                            f"columns changed, run manage.py orbis_setup --project {self.project.pk}: it says what "
                            f"changed and deploys the next model version", problems)
        self.row_model = model.fitted_to(definition.get("schema") or {})
        for rec in SyncRecord.objects.filter(project_id=self.project.pk, model_id=self.model_id):
            self.ledger.setdefault(rec.annotation_id, []).append(rec)

    # --- progress / cancel ------------------------------------------------------------------------------------
    def tick(self) -> None:
        """Report progress after every recorded row (consumers throttle their own output and DB writes)."""
        if self.options.progress is not None:
            self.options.progress(self.result)

    def cancelled(self) -> bool:
        if self.result.cancelled:
            return True
        if self.options.should_cancel is not None:  # checked before each write: a cheap query
            self.result.cancelled = bool(self.options.should_cancel())
        return self.result.cancelled

    # --- reconcile ----------------------------------------------------------------------------------------
    def writer_dids(self, signers: identity.SignerCache) -> set[str]:
        """Every DID that may have written this project's documents: its labelers', its savers', the stand-ins'."""
        from tasks.models import Annotation

        users = set(Annotation.objects.filter(project=self.project).values_list("completed_by_id", flat=True))
        users |= set(AnnotationSave.objects.filter(project_id=self.project.pk).values_list("saved_by", flat=True))
        exporter, model = self.options.exporter, self.model_id
        dids = {identity.choose_signer(u, exporter=exporter, cache=signers, model=model).did
                for u in users if u is not None}
        dids.add(identity.choose_signer(None, exporter=exporter, cache=signers, model=model).did)
        return {d for d in dids if d}

    def reconcile(self, controllers: Iterable[str], pool: ThreadPoolExecutor) -> None:
        """Adopt documents already on the node for this project (records lost, or written by an older run).
        The collections are read in parallel on ``pool`` (a remote node's latency, once, not per DID)."""
        dids = sorted(set(controllers))

        def fetch(did: str) -> list:
            return self.writer.retrying(lambda: list(self.client.iter_collection(self.model_id, account=did)))

        for did, pending in [(did, pool.submit(fetch, did)) for did in dids]:
            try:
                states = pending.result()
            except CeramicConfigError as exc:
                raise SyncError("model_not_indexed", f"cannot check the node for existing rows of {did}: "
                                f"{exc.message}. Index the model first (manage.py orbis_setup)") from None
            except NodeUnavailable as exc:
                raise SyncError("node_unavailable", f"the Ceramic node is unavailable: {exc.message}") from None
            for state in sorted(states, key=lambda s: str(s.stream_id)):
                content = state.content if isinstance(state.content, dict) else {}
                if content.get("project_id") != self.project.pk or content.get("source") != self.source:
                    continue
                aid = content.get("annotation_id")
                if not isinstance(aid, int) or any(r.controller == did for r in self.ledger.get(aid, [])):
                    continue
                self.result.adopted += 1
                if self.options.dry_run:
                    continue
                saved_by = content.get("saved_by")
                rec = SyncRecord.objects.create(
                    project_id=self.project.pk, task_id=int(content.get("id") or 0), annotation_id=aid,
                    annotator_id=content.get("annotator"), model_id=self.model_id, controller=did,
                    author_id=saved_by if isinstance(saved_by, int) else None,
                    origin=str(content.get("origin") or ""), signer_kind=str(content.get("signer_kind") or ""),
                    stream_id=str(state.stream_id), status=SyncRecord.SYNCED, content_hash=content_hash(content),
                    deleted=bool(content.get("deleted")), tip=str(state.log[-1]["cid"]) if state.log else "",
                    annotation_updated_at=str(content.get("updated_at") or ""), synced_at=timezone.now())
                self.ledger.setdefault(aid, []).append(rec)

    # --- recording (calling thread) ---------------------------------------------------------------------------
    def record_planned(self, actions: list[Action]) -> list[Action]:
        """Write the ledger entries of a batch *before* posting anything of it (one transaction). Returns the actions
        to post: a create whose annotation another run recorded meanwhile (the unique constraint) is left to it."""
        keep = []
        with transaction.atomic():
            for a in actions:
                rec = a.record
                if a.kind == "create":
                    try:
                        with transaction.atomic():  # a savepoint: the batch survives one refused row
                            rec.save(force_insert=a.fresh)
                    except IntegrityError:
                        self.result.done += 1
                        self.result.counts["concurrent"] += 1
                        continue
                    if a.fresh:
                        self.ledger.setdefault(rec.annotation_id, []).append(rec)
                elif a.kind in ("update", "tombstone"):
                    rec.mark_updating(a.hash)
                keep.append(a)
        return keep

    def record(self, out: Outcome, signers: identity.SignerCache) -> None:
        a, rec, r = out.action, out.action.record, self.result
        r.done += 1
        if out.cancelled:
            r.counts["cancelled"] += 1  # not an error: the ledger entry (creating/updating) is resumed next run
            return
        if out.ok:
            self.unavailable_streak = 0
            if a.verdict is not None:  # the document now holds this author's version
                rec.author_id, rec.origin, rec.signer_kind = a.verdict.author_id, a.verdict.origin, a.choice.kind
            rec.mark_synced(tip=out.state_tip, content_hash=out.content_hash, commits=out.commits,
                            deleted=a.kind == "tombstone", synced_at=self.started_at,  # LS's state as of then or later
                            annotation_updated_at=str((a.row or {}).get("updated_at") or ""))
            kind = "create" if a.kind == "resume" and out.commits == 1 else ("update" if a.kind == "resume" else a.kind)
            r.counts[kind] += 1
            if out.wrote:
                r.counts["written"] += 1
                if a.choice is not None and out.commits:
                    signers.record_use(a.choice, out.commits)
                    r.signed_by[a.choice.kind] += 1
            return
        exc = out.error
        if isinstance(exc, NodeUnavailable):
            self.unavailable_streak += 1
            kind = "unavailable"
            if self.unavailable_streak >= self.breaker and not r.node_down:
                r.node_down = exc.message
        else:
            self.unavailable_streak = 0
            kind = "rejected"
        rec.mark_failed(kind, exc.message, creating=a.kind in ("create", "resume"), created_tip=out.created_tip,
                        created_hash=out.created_hash)
        r.error(RowError(rec.annotation_id, rec.task_id, rec.annotator_id, kind, exc.message[:1000], rec.stream_id))

    def skip(self, a: Action, why: str) -> None:
        self.result.done += 1
        rec = a.record
        self.result.error(RowError(rec.annotation_id, rec.task_id, rec.annotator_id, "not_attempted", why,
                                   rec.stream_id))

    # --- the run --------------------------------------------------------------------------------------------
    def run(self) -> SyncResult:
        try:
            return self._run()
        finally:
            if self.own_client:
                self.client.close()

    def _run(self) -> SyncResult:
        from tasks.models import Annotation

        self.prepare()
        r, opts = self.result, self.options
        live = live_annotation_ids(self.project)
        with identity.SignerCache() as signers, ThreadPoolExecutor(self.concurrency,
                                                                   thread_name_prefix="orbis-sync") as pool:
            planner = Planner(self.project, opts, model_id=self.model_id, context=self.context, source=self.source,
                              row_model=self.row_model, ledger=self.ledger, result=r, signers=signers)
            if planner.task_scope is not None:
                r.total = Annotation.objects.filter(project=self.project, was_cancelled=False,
                                                    task_id__in=planner.task_scope).count()
            else:
                r.total = len(live)
            if opts.reconcile if opts.reconcile is not None else not self.ledger:
                self.reconcile(self.writer_dids(signers), pool)
            tombstones = planner.tombstones(live)
            r.total += len(tombstones)
            self.tick()
            pipe = _Pipeline(self, pool, signers)
            skip, skipped = planner.fast_unchanged() if opts.fast_path else (set(), 0)
            r.counts["unchanged"] += skipped
            r.done += skipped
            self.tick()
            batch: list[Action] = []
            for number, row in enumerate(planner.rows(skip)):
                if number % 50 == 0 and self.cancelled():
                    break
                actions = planner.plan_row(row)
                own = [a for a in actions if a.row is row]
                if not own:
                    r.done += 1  # nothing to write for this row (unchanged, pending or invalid)
                r.total += len(actions) - len(own)  # tombstones of superseded documents come on top
                batch.extend(actions)
                if len(batch) >= ROW_BATCH:
                    pipe.submit(batch)
                    batch = []
                self.tick()
            if not self.cancelled():
                pipe.submit(batch + tombstones)
            pipe.drain(0)
        self.tick()
        return r


class _Pipeline:
    """Planned actions → the pool (at most ``concurrency × QUEUED_PER_WORKER`` handed over) → outcomes recorded in
    small transactions: on SQLite a commit (fsync) per row costs more than the row. A crash before a commit loses
    nothing: the ledger still says creating/updating, and the next run re-posts the recorded genesis (idempotent)
    or finds the pending content on the node."""

    def __init__(self, engine: Engine, pool: ThreadPoolExecutor, signers: identity.SignerCache):
        self.engine, self.pool, self.signers = engine, pool, signers
        self.inflight: set[Future] = set()
        self.outcomes: list[Outcome] = []  # answered by the node, not yet recorded
        self.first_outcome_at = 0.0
        self.record_batch = max(1, min(RECORD_BATCH, engine.concurrency))

    def flush(self) -> None:
        if self.outcomes:
            with transaction.atomic():
                for out in self.outcomes:
                    self.engine.record(out, self.signers)
            self.outcomes.clear()
            self.engine.tick()

    def drain(self, limit: int) -> None:
        while len(self.inflight) > limit:
            finished, _ = wait(self.inflight, return_when=FIRST_COMPLETED)
            if not self.outcomes:
                self.first_outcome_at = time.monotonic()
            for f in finished:
                self.inflight.discard(f)
                self.outcomes.append(f.result())
            if (limit == 0 or len(self.outcomes) >= self.record_batch
                    or time.monotonic() - self.first_outcome_at >= RECORD_EVERY):
                self.flush()
                self.engine.cancelled()  # queued actions see the flag and are not posted (see Writer.execute)
        if limit == 0:
            self.flush()

    def submit(self, actions: list[Action]) -> None:
        engine, r = self.engine, self.engine.result
        if engine.options.dry_run:
            for a in actions:
                r.done += 1
                r.counts[{"resume": "create"}.get(a.kind, a.kind)] += 1
            return
        for a in engine.record_planned(actions):
            if r.node_down:
                engine.skip(a, f"not attempted: the Ceramic node is unavailable ({r.node_down[:300]})")
                continue
            if engine.cancelled():
                r.done += 1
                r.counts["cancelled"] += 1  # not an error: the next sync writes it
                continue
            self.inflight.add(self.pool.submit(engine.writer.execute, a))
            self.drain(engine.concurrency * QUEUED_PER_WORKER)


def sync_project(project, options: SyncOptions | None = None) -> SyncResult:
    """Sync one project's annotations to the configured model. Raises :class:`SyncError` when it cannot start
    (nothing written); per-row problems are in the result. Call from one thread that owns the DB connection."""
    return Engine(project, options or SyncOptions()).run()


__all__ = ["Engine", "sync_project"]
