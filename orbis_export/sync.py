"""The sync engine: a project's annotations → one Ceramic document each, owned by its labeler, kept up to date.

One code path for every trigger (API job, Export dialog, ``manage.py orbis_sync``, background worker):

    plan   JSON_MIN rows (bounded batches) + the ledger (:class:`~orbis_export.models.SyncRecord`)
           → create / update / unchanged / tombstone (annotation gone from Label Studio) / pending / invalid
    write  HTTP only, in a thread pool with at most ``concurrency`` requests in flight; transient faults
           (:class:`NodeUnavailable`) retried with backoff, rejections kept per row with the node's reason
    record on the calling thread (SQLite wants one writer), each result as soon as it arrives

Exactly once (LIST model): a create is *recorded before it is posted* — predicted stream ID plus the exact signed
genesis — so a run killed at any point is finished by re-posting the very same genesis (the node answers with the
existing stream: idempotent). An update records the content hash it is about to write; on resume the stream is
loaded and a write is skipped when the node already holds that content. When the ledger of a project is empty
(first sync, or records lost) the node's index is queried per labeler DID and documents already written for this
project and source are adopted instead of written again (reconcile-by-query).

Signers come only from :func:`orbis_export.provenance.choose` (the author of each annotation's current content, as
this server recorded it — never Label Studio's client-settable ``completed_by``); this module never picks one itself.
No HTTP views or CLI code here: see ``jobs.py``, ``api_sync.py`` and ``management/commands/orbis_sync.py``.
"""
from __future__ import annotations

import hashlib
import json
import logging
import time
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Callable, Iterable, Iterator

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from . import authorship, identity, provenance
from .ceramic import (
    CeramicClient,
    CeramicConfigError,
    CeramicError,
    CommitRejected,
    NodeUnavailable,
    PreparedCreate,
    SignedCommit,
    StaleTip,
    StreamID,
    StreamNotFound,
    data_commit,
    list_genesis,
    normalize_content,
)
from .ceramic.encoding import b64_decode, parse_cid
from .ceramic.streamid import TYPE_MID
from .export import iter_json_min_rows
from .models import AnnotationSave, SyncRecord
from .schema import RowModel, SchemaError, row_model, schema_mismatches

logger = logging.getLogger(__name__)

SAMPLE_TASKS = 1000  # tasks read to learn the data columns' types
ROW_BATCH = 50  # rows planned (and their ledger entries written) per transaction; small, so the pool never
# runs dry while the calling thread plans and signs the next batch
QUEUED_PER_WORKER = 4  # actions handed to the pool per worker thread (only `concurrency` are on the wire)
MAX_ERRORS_KEPT = 1000  # per-row errors kept in a result (counts stay exact)
RECORD_BATCH = 16  # node answers recorded per transaction, at most (and at most `concurrency`)…
RECORD_EVERY = 0.25  # …and at most this many seconds after the first of them arrived
FAST_PATH_CANARIES = 3  # qualifying unchanged tasks still checked the slow way per run (see _fast_unchanged)


class SyncError(Exception):
    """The sync cannot start (configuration, model, node): nothing was written. ``code`` for APIs."""

    def __init__(self, code: str, detail: str, problems: list[str] | None = None):
        super().__init__(detail)
        self.code = code
        self.detail = detail
        self.problems = problems or []


# ----------------------------------------------------------------------------------------------- results


@dataclass
class RowError:
    annotation_id: int | None
    task_id: int | None
    annotator: int | None
    kind: str  # pending_signer | invalid | rejected | unavailable | not_attempted | cannot_tombstone
    reason: str
    stream_id: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"annotationId": self.annotation_id, "taskId": self.task_id, "annotator": self.annotator,
                "kind": self.kind, "reason": self.reason, "streamId": self.stream_id or None}


# pending_signer and cannot_tombstone wait for a labeler to connect a wallet: reported, but not failures
FAILURE_KINDS = ("invalid", "rejected", "unavailable", "not_attempted")


@dataclass
class SyncResult:
    project_id: int
    model_id: str
    dry_run: bool = False
    counts: Counter = field(default_factory=Counter)
    signed_by: Counter = field(default_factory=Counter)
    errors: list[RowError] = field(default_factory=list)
    total: int = 0
    done: int = 0
    cancelled: bool = False
    adopted: int = 0  # documents found on the node by reconcile and recorded instead of written again
    node_down: str = ""  # last NodeUnavailable message when the circuit breaker opened

    def error(self, err: RowError) -> None:
        self.counts[err.kind] += 1
        if err.kind in FAILURE_KINDS:
            self.counts["failed"] += 1
        if len(self.errors) < MAX_ERRORS_KEPT:
            self.errors.append(err)

    @property
    def failed(self) -> int:
        return self.counts["failed"]

    @property
    def pending(self) -> int:
        return self.counts["pending_signer"]

    @property
    def status(self) -> str:
        if self.cancelled:
            return "cancelled"
        return "partial" if self.failed else "done"

    @property
    def message(self) -> str:
        c = self.counts
        verb = "would write" if self.dry_run else "wrote"
        parts = [f"{verb} {c['create']} new, {c['update']} updated, {c['tombstone']} tombstoned; "
                 f"{c['unchanged']} unchanged"]
        if self.adopted:
            parts.append(f"{self.adopted} found already on the node and recorded")
        fallback = {k: n for k, n in self.signed_by.items() if k in provenance.STAND_INS and n}
        for kind, n in sorted(fallback.items()):
            who = "the service DID" if kind == "service" else "the user who started the sync"
            parts.append(f"{n} signed by {who} because their author has no usable session")
        if self.signed_by.get("reviewer"):
            parts.append(f"{self.signed_by['reviewer']} signed by the member who edited them (revisions)")
        if self.pending:
            parts.append(f"{self.pending} wait for their labeler (or the member who edited them) to connect a wallet")
        if self.counts["cannot_tombstone"]:
            parts.append(f"{self.counts['cannot_tombstone']} deleted in Label Studio wait for their labeler to "
                         "connect a wallet to be marked deleted")
        if self.failed:
            parts.append(f"{self.failed} failed")
        text = "; ".join(parts) + "."
        if self.node_down:
            text += (f" The Ceramic node became unavailable ({self.node_down}); the remaining rows were not "
                     "attempted. Run the sync again when the node is back: it resumes where it stopped.")
        elif self.failed:
            text += " See the per-row errors; rows that failed for a transient reason are retried on the next sync."
        if self.cancelled:
            text += " Cancelled before the end; run the sync again to finish."
        return text

    def as_dict(self) -> dict[str, Any]:
        return {"projectId": self.project_id, "modelId": self.model_id, "dryRun": self.dry_run,
                "status": self.status, "message": self.message, "counts": counts_dict(self),
                "signedBy": dict(self.signed_by), "errors": [e.as_dict() for e in self.errors]}


def counts_dict(result: SyncResult) -> dict[str, int]:
    keys = ("create", "update", "unchanged", "tombstone", "written", "failed", "pending_signer", "invalid",
            "rejected", "unavailable", "not_attempted", "cannot_tombstone", "cancelled",
            "concurrent")
    out = {k: int(result.counts.get(k, 0)) for k in keys}
    out.update(total=result.total, done=result.done, adopted=result.adopted)
    out.update({f"signed_{kind}": int(result.signed_by.get(kind, 0))
                for kind in ("labeler", "reviewer", "exporter", "service")})
    return out


@dataclass
class SyncOptions:
    dry_run: bool = False
    since: datetime | None = None
    task_ids: Iterable[int] | None = None  # only these tasks (e.g. one annotation saved, from a Target Storage)
    exporter: Any = None  # the user who started the sync (for the 'exporter' signer fallback)
    concurrency: int | None = None  # default: settings.ORBIS.sync_concurrency
    retries: int = 3  # per request, transient faults only
    backoff: float = 0.5  # seconds, doubled per retry
    breaker: int = 0  # consecutive rows failing as unavailable before the rest are not attempted (0: auto)
    reconcile: bool | None = None  # None: when the ledger has no record of this project
    progress: Callable[[SyncResult], None] | None = None
    should_cancel: Callable[[], bool] | None = None
    client: CeramicClient | None = None
    fast_path: bool = True  # skip annotations the ledger shows unchanged without serializing them (see _fast_unchanged)
    model_id: str | None = None  # default: settings.ORBIS.model_id (a Target Storage may name its own)
    context_id: str | None = None  # default: settings.ORBIS.context_id ("" : no context)


# ----------------------------------------------------------------------------------------------- helpers


def content_hash(content: Any) -> str:
    """sha256 of the canonical JSON of normalized content (what the node stores and gives back)."""
    canonical = json.dumps(normalize_content(content), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def genesis_from_http(data: dict[str, Any]) -> SignedCommit:
    """Rebuild the exact signed genesis recorded in the ledger (``SignedCommit.to_http()`` form)."""
    jws = data["jws"]
    sig = jws["signatures"][0]
    cacao = data.get("cacaoBlock")
    return SignedCommit(payload=jws["payload"], protected=sig["protected"], signature=sig["signature"],
                        link=parse_cid(jws["link"]), linked_block=b64_decode(data["linkedBlock"]),
                        cacao_block=b64_decode(cacao) if cacao else None)


def project_row_model(project) -> RowModel:
    """The project's row model: its label config plus the types of its tasks' data (a sample)."""
    from tasks.models import Task

    sample = Task.objects.filter(project=project).order_by("id").values_list("data", flat=True)[:SAMPLE_TASKS]
    return row_model(project.label_config, [d for d in sample if isinstance(d, dict)])


def model_definition(client: CeramicClient, model_id: str, retries: int = 2, backoff: float = 0.5) -> dict[str, Any]:
    try:
        for attempt in range(retries + 1):  # a transient fault (5xx, timeout) must not fail the whole sync
            try:
                state = client.load(model_id)
                break
            except NodeUnavailable:
                if attempt >= retries:
                    raise
                time.sleep(backoff * 2 ** attempt)
    except StreamNotFound:
        raise SyncError("model_not_found", f"the model {model_id} (ORBIS_MODEL_ID) does not exist on the Ceramic "
                        f"node {client.url}: run manage.py orbis_setup") from None
    except NodeUnavailable as exc:
        try:
            alive = client.healthcheck()
        except CeramicError:
            alive = False
        if alive:  # the node is up but could not find the stream (it looks for it on the network until timeout)
            raise SyncError("model_not_found", f"the Ceramic node {client.url} is up but did not find the model "
                            f"{model_id} (ORBIS_MODEL_ID): check the ID, or run manage.py orbis_setup") from None
        raise SyncError("node_unavailable", f"the Ceramic node {client.url} is unavailable: {exc.message}") from None
    except CeramicError as exc:
        raise SyncError("model_not_found", f"cannot load the model {model_id}: {exc.message}") from None
    definition = state.content if isinstance(state.content, dict) else {}
    if state.type != 2 or "schema" not in definition:
        raise SyncError("not_a_model", f"{model_id} (ORBIS_MODEL_ID) is not a Ceramic model stream")
    return definition


def check_model_fits(model: RowModel, definition: dict[str, Any]) -> list[str]:
    """Why the project's rows do not fit the model (empty list: they fit)."""
    problems = schema_mismatches(model.json_schema(), definition.get("schema") or {})
    relation = (definition.get("accountRelation") or {}).get("type")
    if relation != "list":
        problems.insert(0, f"accountRelation: the model is {relation!r}; this engine writes LIST models "
                        "(one signed genesis per annotation, see README 'Sync design')")
    return problems


def _since_task_ids(project, since: datetime) -> list[int]:
    from django.db.models import Q
    from tasks.models import Task

    return list(Task.objects.filter(project=project).filter(Q(updated_at__gte=since) | Q(annotations__updated_at__gte=since))
                .distinct().values_list("id", flat=True))


def _live_annotation_ids(project) -> set[int]:
    from tasks.models import Annotation

    return set(Annotation.objects.filter(project=project, was_cancelled=False).values_list("id", flat=True))


# ----------------------------------------------------------------------------------------------- plan


@dataclass
class _Action:
    kind: str  # create | resume | update | tombstone
    record: SyncRecord
    row: dict[str, Any] | None
    choice: identity.SignerChoice | None
    content: dict[str, Any] | None = None  # desired content (create / update / resume)
    hash: str = ""
    prepared: PreparedCreate | None = None
    genesis: SignedCommit | None = None  # resume: the recorded genesis
    signer: Any = None  # tombstone: a signer for the record's controller
    verdict: authorship.Verdict | None = None  # whose words the content is (create / update / resume)


@dataclass
class _Outcome:
    action: _Action
    ok: bool
    state_tip: str = ""
    content_hash: str = ""
    wrote: bool = False  # a commit was accepted (False: the node already had it)
    commits: int = 0
    error: CeramicError | None = None
    created_tip: str = ""  # resume: the genesis is on the node (tip) although the follow-up update failed
    created_hash: str = ""
    cancelled: bool = False  # not attempted: the run was cancelled while it waited in the pool's queue


class _Engine:
    def __init__(self, project, options: SyncOptions):
        o = settings.ORBIS
        self.project = project
        self.options = options
        self.model_id = options.model_id or o.model_id
        self.context = (o.context_id if options.context_id is None else options.context_id) or None
        self.source = o.source
        self.concurrency = max(1, min(options.concurrency or o.sync_concurrency, 64))
        self.breaker = options.breaker or max(5, self.concurrency)
        self.client = options.client or CeramicClient(o.ceramic_url, timeout=o.request_timeout,
                                                      pool=self.concurrency + 2)
        self.own_client = options.client is None
        self.result = SyncResult(project_id=project.pk, model_id=self.model_id, dry_run=options.dry_run)
        self.ledger: dict[int, list[SyncRecord]] = {}
        self.unavailable_streak = 0
        self.extra: list[_Action] = []  # tombstones of superseded documents found while planning
        self.verdicts: dict[int, authorship.Verdict] = {}  # of the rows being planned (loaded per batch)

    # --- setup ----------------------------------------------------------------------------------------------
    def prepare(self) -> None:
        self.started_at = timezone.now()  # before anything is read from Label Studio (see _fast_unchanged)
        if not self.model_id:
            raise SyncError("not_configured", "no model configured (ORBIS_MODEL_ID is empty): run manage.py "
                            "orbis_setup --project <id> and keep the line it prints")
        model = project_row_model(self.project)
        definition = model_definition(self.client, self.model_id)
        problems = check_model_fits(model, definition)
        if problems:
            raise SyncError("schema_mismatch", f"the rows of project {self.project.pk} do not fit the model "
                            f"{self.model_id}: " + "; ".join(problems), problems)
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
    def reconcile(self, controllers: Iterable[str], pool: ThreadPoolExecutor) -> None:
        """Adopt documents already on the node for this project (records lost, or written by an older run).
        The labelers' collections are read in parallel on ``pool`` (a remote node's latency, once, not per DID)."""
        dids = sorted(set(controllers))

        def fetch(did: str) -> list:
            return self._retrying(lambda: list(self.client.iter_collection(self.model_id, account=did)))

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
                if self.options.dry_run:
                    self.result.adopted += 1
                    continue
                rec = SyncRecord.objects.create(
                    project_id=self.project.pk, task_id=int(content.get("id") or 0), annotation_id=aid,
                    annotator_id=content.get("annotator"), model_id=self.model_id, controller=did,
                    author_id=content.get("saved_by") if isinstance(content.get("saved_by"), int) else None,
                    origin=str(content.get("origin") or ""), signer_kind=str(content.get("signer_kind") or ""),
                    stream_id=str(state.stream_id), status=SyncRecord.SYNCED, content_hash=content_hash(content),
                    deleted=bool(content.get("deleted")), tip=str(state.log[-1]["cid"]) if state.log else "",
                    annotation_updated_at=str(content.get("updated_at") or ""), synced_at=timezone.now())
                self.ledger.setdefault(aid, []).append(rec)
                self.result.adopted += 1

    # --- planning -----------------------------------------------------------------------------------------
    def verdict_of(self, row: dict[str, Any]) -> authorship.Verdict:
        aid = row.get("annotation_id")
        verdict = self.verdicts.get(aid)
        if verdict is None:  # not loaded with its batch (e.g. a canary): load it alone
            verdict = self.verdicts[aid] = authorship.verdicts([aid]).get(aid) or authorship.Verdict(
                aid, row.get("annotator"), None, authorship.UNRECORDED, "the annotation is gone")
        return verdict

    def plan_row(self, row: dict[str, Any], signers: identity.SignerCache) -> _Action | None:
        r = self.result
        aid, tid, annotator = row.get("annotation_id"), row.get("id"), row.get("annotator")
        verdict = self.verdict_of(row)
        choice = provenance.choose(verdict, exporter=self.options.exporter, cache=signers, model=self.model_id)
        records = self.ledger.get(aid, [])
        rec = next((x for x in records if x.controller == choice.did), None) if choice.ok else None
        if choice.ok and provenance.holds_other_author(rec, verdict, choice):
            choice = identity.SignerChoice(
                "pending", None, f"{verdict.detail}; the stand-in DID {choice.did} already holds another author's "
                f"version of this annotation, so it waits for its author to connect a wallet", annotator,
                choice.annotator_did)
            rec = None
        if not choice.ok:
            # nothing to sign with; the document of this very version, already written, is fine as it is
            if any(x.status == SyncRecord.SYNCED and not x.deleted and provenance.author_of(x) == verdict.author_id
                   and x.origin == verdict.origin and x.annotation_updated_at == str(row.get("updated_at") or "")
                   for x in records):
                r.counts["unchanged"] += 1
                return None
            r.error(RowError(aid, tid, annotator, "pending_signer", choice.reason))
            return None
        try:
            content = provenance.content_for(
                self.row_model, row, verdict, choice, project_id=self.project.pk, source=self.source,
                revises=provenance.revised_stream(verdict, records, choice.annotator_did))
            digest = content_hash(content)
        except (SchemaError, CommitRejected) as exc:
            r.error(RowError(aid, tid, annotator, "invalid", f"row does not fit the model: {exc}"))
            return None
        for old in records:
            if (old.controller != choice.did and old.status != SyncRecord.SUPERSEDED
                    and not (old.deleted and old.status == SyncRecord.SYNCED)
                    and provenance.author_of(old) == verdict.author_id):
                self._supersede(old, signers)  # the same author's version under another DID (e.g. a stand-in)
        if rec is None or (rec.status == SyncRecord.FAILED and not rec.tip and not rec.genesis):
            return self._plan_create(row, choice, content, digest, verdict, rec)
        if rec.status == SyncRecord.CREATING and rec.genesis:
            return _Action("resume", rec, row, choice, content, digest, genesis=genesis_from_http(rec.genesis),
                           verdict=verdict)
        if rec.status == SyncRecord.SYNCED and rec.content_hash == digest and not rec.deleted:
            r.counts["unchanged"] += 1
            return None
        return _Action("update", rec, row, choice, content, digest, verdict=verdict)

    def _supersede(self, old: SyncRecord, signers: identity.SignerCache) -> None:
        """The same version is now written under another controller (e.g. its author connected a wallet after a
        stand-in signed it): mark the older document deleted when we can still sign as its controller."""
        choice = self._signer_for(old, signers)
        if choice is not None:
            self.extra.append(self._tombstone_action(old, choice))
            return
        if not self.options.dry_run:
            old.status = SyncRecord.SUPERSEDED
            old.last_error = (f"superseded: the annotation is now written under another DID and nobody here can "
                              f"sign as {old.controller} to mark this document deleted")
            old.save(update_fields=["status", "last_error", "updated_at"])

    def _tombstone_action(self, rec: SyncRecord, choice: identity.SignerChoice) -> _Action:
        genesis = genesis_from_http(rec.genesis) if rec.genesis and not rec.tip else None
        return _Action("tombstone", rec, None, choice, signer=choice.signer, genesis=genesis)

    def _plan_create(self, row, choice, content, digest, verdict, rec: SyncRecord | None = None) -> _Action | None:
        aid = row["annotation_id"]
        try:
            prepared = list_genesis(choice.signer, self.model_id, content, context=self.context)
        except CommitRejected as exc:  # too large, capability refused locally, content not encodable
            self.result.error(RowError(aid, row.get("id"), row.get("annotator"), "invalid", exc.message))
            return None
        fresh = rec is None
        rec = rec or SyncRecord(project_id=self.project.pk, annotation_id=aid, model_id=self.model_id,
                                controller=choice.did)
        rec.task_id, rec.annotator_id, rec.signer_kind = int(row["id"]), row.get("annotator"), choice.kind
        rec.author_id, rec.origin = verdict.author_id, verdict.origin
        rec.stream_id, rec.status, rec.genesis = str(prepared.stream_id), SyncRecord.CREATING, prepared.genesis.to_http()
        rec.pending_hash, rec.annotation_updated_at = digest, str(row.get("updated_at") or "")
        rec._fresh = fresh
        return _Action("create", rec, row, choice, content, digest, prepared=prepared, verdict=verdict)

    def record_planned(self, actions: list[_Action]) -> list[_Action]:
        """Write the ledger entries of a batch *before* posting anything of it (one transaction). Returns the actions
        to post: a create whose annotation another run recorded meanwhile (the unique constraint) is left to it."""
        keep = []
        with transaction.atomic():
            for a in actions:
                rec = a.record
                if a.kind == "create":
                    fresh = getattr(rec, "_fresh", False)
                    try:
                        with transaction.atomic():  # a savepoint: the batch survives one refused row
                            rec.save(force_insert=fresh)
                    except IntegrityError:
                        self.result.done += 1
                        self.result.counts["concurrent"] += 1
                        continue
                    if fresh:
                        self.ledger.setdefault(rec.annotation_id, []).append(rec)
                elif a.kind in ("update", "tombstone"):
                    rec.pending_hash = a.hash
                    rec.status = SyncRecord.UPDATING
                    rec.save(update_fields=["pending_hash", "status", "updated_at"])
                keep.append(a)
        return keep

    # --- writing (worker threads: HTTP only, no database) -----------------------------------------------------
    def _retrying(self, fn: Callable[[], Any]) -> Any:
        delay = self.options.backoff
        for attempt in range(self.options.retries + 1):
            try:
                return fn()
            except NodeUnavailable:
                if attempt >= self.options.retries or self.result.cancelled:
                    raise
                time.sleep(delay)
                delay *= 2

    def _update_to(self, a: _Action, stream_id: str, make_content: Callable[[Any], dict]) -> _Outcome:
        """Load the stream, and write ``make_content(current)`` unless the node already holds it."""
        for attempt in range(3):
            state = self._retrying(lambda: self.client.load(stream_id))
            current = state.content if isinstance(state.content, dict) else {}
            wanted = make_content(current)
            digest = content_hash(wanted)
            if content_hash(current) == digest:
                return _Outcome(a, True, str(state.log[-1]["cid"]), digest, wrote=False)
            signer = a.signer or a.choice.signer
            update = data_commit(signer, stream_id, state.tip, current, wanted, model=self.model_id)
            try:
                after = self._retrying(lambda: self.client.apply(update))
            except StaleTip:
                if attempt == 2:
                    raise
                continue  # an anchor (or another writer) moved the tip: reload and re-sign
            return _Outcome(a, True, str(after.log[-1]["cid"]), digest, wrote=True, commits=1)
        raise AssertionError("unreachable")

    def execute(self, a: _Action) -> _Outcome:
        if self.result.cancelled:  # queued before the cancel: not posted (its ledger entry says what to resume)
            return _Outcome(a, False, cancelled=True)
        try:
            if a.kind == "create":
                state = self._retrying(lambda: self.client.create(a.prepared))
                return _Outcome(a, True, str(state.log[-1]["cid"]), a.hash, wrote=True, commits=1)
            if a.kind == "resume":
                sid = StreamID.parse(a.record.stream_id)
                genesis = a.genesis
                state = self._retrying(lambda: self.client.create_stream(genesis, TYPE_MID, expected_id=sid))
                commits = 1
                on_node = content_hash(state.content if isinstance(state.content, dict) else {})
                if on_node != a.hash:
                    try:
                        out = self._update_to(a, a.record.stream_id, lambda _current: a.content)
                    except CeramicError as exc:
                        return _Outcome(a, False, error=exc, created_tip=str(state.log[-1]["cid"]),
                                        created_hash=on_node)
                    out.commits += commits
                    return out
                return _Outcome(a, True, str(state.log[-1]["cid"]), a.hash, wrote=True, commits=commits)
            if a.kind == "update":
                return self._update_to(a, a.record.stream_id, lambda _current: a.content)
            if a.kind == "tombstone":
                if a.genesis is not None:  # never confirmed: make sure it exists (idempotent), then mark it
                    sid, genesis = StreamID.parse(a.record.stream_id), a.genesis
                    self._retrying(lambda: self.client.create_stream(genesis, TYPE_MID, expected_id=sid))
                return self._update_to(a, a.record.stream_id, lambda current: {**current, "deleted": True})
            raise ValueError(a.kind)
        except CeramicError as exc:
            return _Outcome(a, False, error=exc)
        except (SchemaError, ValueError) as exc:  # content that cannot be encoded (our bug or odd data)
            return _Outcome(a, False, error=CommitRejected(str(exc)))

    # --- recording (calling thread) ---------------------------------------------------------------------------
    def record(self, out: _Outcome, signers: identity.SignerCache) -> None:
        a, rec, r = out.action, out.action.record, self.result
        r.done += 1
        if out.cancelled:
            r.counts["cancelled"] += 1  # not an error: the ledger entry (creating/updating) is resumed next run
            return
        row = a.row or {}
        if out.ok:
            self.unavailable_streak = 0
            rec.status = SyncRecord.SYNCED
            rec.content_hash = out.content_hash
            rec.pending_hash = ""
            rec.genesis = None
            rec.tip = out.state_tip
            rec.commits += out.commits
            rec.deleted = a.kind == "tombstone"
            if a.verdict is not None:  # the document now holds this author's version
                rec.author_id, rec.origin, rec.signer_kind = a.verdict.author_id, a.verdict.origin, a.choice.kind
            rec.last_error = rec.error_kind = ""
            rec.synced_at = self.started_at  # what was written is Label Studio's state as of then or later
            if row.get("updated_at"):
                rec.annotation_updated_at = str(row["updated_at"])
            rec.save()
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
        if out.created_tip:  # the genesis is on the node; only the update after it failed
            rec.tip, rec.content_hash, rec.genesis, rec.commits = out.created_tip, out.created_hash, None, rec.commits + 1
            rec.status = SyncRecord.UPDATING
        elif rec.status == SyncRecord.CREATING and a.kind in ("create", "resume"):
            if kind == "rejected":  # refused for good: the node does not hold it; the next run signs afresh
                rec.status, rec.genesis = SyncRecord.FAILED, None
            # unavailable: keep the genesis and status, the next run re-posts the very same bytes
        else:
            rec.status = SyncRecord.FAILED if not rec.tip else SyncRecord.UPDATING
        rec.last_error = exc.message[:2000]
        rec.error_kind = kind
        rec.save()
        r.error(RowError(rec.annotation_id, rec.task_id, rec.annotator_id, kind, exc.message[:1000],
                         rec.stream_id))

    def skip(self, a: _Action, why: str) -> None:
        self.result.done += 1
        rec = a.record
        self.result.error(RowError(rec.annotation_id, rec.task_id, rec.annotator_id, "not_attempted", why,
                                   rec.stream_id))

    # --- the run --------------------------------------------------------------------------------------------
    def _task_scope(self) -> list[int] | None:
        """Task ids this run covers (None: the whole project)."""
        if not hasattr(self, "_scope"):
            scope = None
            if self.options.task_ids is not None:
                scope = set(self.options.task_ids)
            if self.options.since:
                recent = set(_since_task_ids(self.project, self.options.since))
                scope = recent if scope is None else scope & recent
            self._scope = sorted(scope) if scope is not None else None
        return self._scope

    def _rows(self, skip_task_ids: set[int] | None = None) -> Iterator[dict[str, Any]]:
        """JSON_MIN rows, with the authorship verdicts of each batch loaded before its rows are planned."""
        batch: list[dict[str, Any]] = []
        for row in iter_json_min_rows(self.project, task_ids=self._task_scope(), skip_task_ids=skip_task_ids):
            batch.append(row)
            if len(batch) >= ROW_BATCH:
                self.verdicts = authorship.verdicts(r["annotation_id"] for r in batch)
                yield from batch
                batch = []
        self.verdicts = authorship.verdicts(r["annotation_id"] for r in batch)
        yield from batch

    def _fast_unchanged(self, signers: identity.SignerCache) -> tuple[set[int], int]:
        """Tasks whose every live annotation the ledger shows written as it is now: they are not serialized at all.

        An annotation qualifies when its one record is synced (no write pending, not a tombstone, written by us: an
        adopted record proves nothing about the current data), its ``updated_at`` equals the one written, its task
        was not saved since the run that wrote it started reading, and its signer choice still gives the record's
        controller and labeler DID. Anything else (and any task holding such an annotation) takes the normal path,
        which compares content hashes. A few qualifying annotations are also checked the normal way first
        (``FAST_PATH_CANARIES``): if one of them differs (e.g. the source name or the schema changed for every row),
        the fast path is off for this run. Returns (task ids to skip, annotations they hold)."""
        from django.utils.dateparse import parse_datetime
        from tasks.models import Annotation

        if not self.ledger:
            return set(), 0
        query = Annotation.objects.filter(project=self.project, was_cancelled=False)
        if self._task_scope() is not None:
            query = query.filter(task_id__in=self._task_scope())
        ok_tasks: dict[int, int] = {}
        bad_tasks: set[int] = set()
        choices: dict[Any, identity.SignerChoice] = {}
        for aid, tid, annotator, updated, task_updated in query.values_list(
                "id", "task_id", "completed_by_id", "updated_at", "task__updated_at").iterator(chunk_size=2000):
            records = self.ledger.get(aid, ())
            rec = records[0] if len(records) == 1 else None
            fine = (rec is not None and rec.status == SyncRecord.SYNCED and not rec.deleted and not rec.pending_hash
                    and rec.origin and rec.annotator_id == annotator
                    and rec.commits > 0 and rec.synced_at is not None and task_updated is not None
                    and task_updated <= rec.synced_at and rec.annotation_updated_at
                    and parse_datetime(rec.annotation_updated_at) == updated)
            if fine:
                # nothing was saved since it was written, so its authorship verdict is the record's; only the signer
                # choice (sessions come and go) can differ
                key = (annotator, rec.author_id, rec.origin)
                if key not in choices:
                    verdict = authorship.Verdict(aid, annotator, rec.author_id, rec.origin, "")
                    choices[key] = provenance.choose(verdict, exporter=self.options.exporter, cache=signers,
                                                     model=self.model_id)
                choice = choices[key]
                fine = choice.ok and choice.did == rec.controller and choice.kind == rec.signer_kind
            if fine:
                ok_tasks[tid] = ok_tasks.get(tid, 0) + 1
            else:
                bad_tasks.add(tid)
        skip = [tid for tid in ok_tasks if tid not in bad_tasks]
        canaries = skip[:FAST_PATH_CANARIES]
        if canaries:  # every annotation of these tasks qualified: the normal way must agree they are unchanged
            self.verdicts = authorship.verdicts(a for a, in query.filter(task_id__in=canaries).values_list("id"))
            for row in iter_json_min_rows(self.project, task_ids=canaries):
                rec = self.ledger[row["annotation_id"]][0]
                verdict = self.verdict_of(row)
                choice = provenance.choose(verdict, exporter=self.options.exporter, cache=signers,
                                           model=self.model_id)
                try:
                    content = provenance.content_for(
                        self.row_model, row, verdict, choice, project_id=self.project.pk, source=self.source,
                        revises=provenance.revised_stream(verdict, self.ledger[row["annotation_id"]],
                                                          choice.annotator_did))
                except (SchemaError, CommitRejected):
                    return set(), 0
                if content_hash(content) != rec.content_hash:
                    logger.info("sync fast path off for project %s: annotation %s changed although its timestamps "
                                "did not", self.project.pk, row["annotation_id"])
                    return set(), 0
        return set(skip), sum(ok_tasks[tid] for tid in skip)

    def _tombstones(self, live: set[int], signers: identity.SignerCache) -> list[_Action]:
        actions = []
        scope = set(self.options.task_ids) if self.options.task_ids is not None else None
        for aid, records in self.ledger.items():
            if aid in live:
                continue
            for rec in records:
                if scope is not None and rec.task_id not in scope:
                    continue
                if rec.deleted and rec.status == SyncRecord.SYNCED or rec.status == SyncRecord.SUPERSEDED:
                    continue
                signer = self._signer_for(rec, signers)
                if signer is None:
                    self.result.error(RowError(aid, rec.task_id, rec.annotator_id, "cannot_tombstone",
                                               f"annotation deleted in Label Studio, but nobody here can sign as "
                                               f"{rec.controller} to mark its document deleted", rec.stream_id))
                    continue
                actions.append(self._tombstone_action(rec, signer))
        return actions

    def _signer_for(self, rec: SyncRecord, signers: identity.SignerCache) -> identity.SignerChoice | None:
        """A signer that writes as ``rec.controller`` (to tombstone it), found through the provenance rules."""
        return provenance.signer_for_controller(rec, exporter=self.options.exporter, cache=signers,
                                                model=self.model_id)

    def run(self) -> SyncResult:
        try:
            return self._run()
        finally:
            if self.own_client:
                self.client.close()

    def _run(self) -> SyncResult:
        self.prepare()
        r, opts = self.result, self.options
        live = _live_annotation_ids(self.project)
        from tasks.models import Annotation

        if self._task_scope() is not None:
            r.total = Annotation.objects.filter(project=self.project, was_cancelled=False,
                                                task_id__in=self._task_scope()).count()
        else:
            r.total = len(live)
        with identity.SignerCache() as signers, ThreadPoolExecutor(self.concurrency,
                                                                   thread_name_prefix="orbis-sync") as pool:
            reconcile = opts.reconcile if opts.reconcile is not None else not self.ledger
            if reconcile:  # every DID that may have written this project's documents: labelers', savers', stand-ins'
                users = set(Annotation.objects.filter(project=self.project).values_list("completed_by_id", flat=True))
                users |= set(AnnotationSave.objects.filter(project_id=self.project.pk).values_list("saved_by",
                                                                                                     flat=True))
                dids = {identity.choose_signer(u, exporter=opts.exporter, cache=signers, model=self.model_id).did
                        for u in users if u is not None}
                dids.add(identity.choose_signer(None, exporter=opts.exporter, cache=signers, model=self.model_id).did)
                self.reconcile((d for d in dids if d), pool)
            tombstones = self._tombstones(live, signers)
            r.total += len(tombstones)
            self.tick()
            inflight: set[Future] = set()
            outcomes: list[_Outcome] = []  # accepted or refused by the node, not yet recorded
            record_batch = max(1, min(RECORD_BATCH, self.concurrency))
            first_outcome = [0.0]

            def flush() -> None:
                # one transaction for several outcomes: on SQLite a commit (fsync) per row costs more than the row.
                # A crash before the commit loses nothing: the ledger still says creating/updating, and the next
                # run re-posts the recorded genesis (idempotent) or finds the pending content on the node.
                if outcomes:
                    with transaction.atomic():
                        for out in outcomes:
                            self.record(out, signers)
                    outcomes.clear()
                    self.tick()

            def drain(limit: int) -> None:
                while len(inflight) > limit:
                    finished, _ = wait(inflight, return_when=FIRST_COMPLETED)
                    if not outcomes:
                        first_outcome[0] = time.monotonic()
                    for f in finished:
                        inflight.discard(f)
                        outcomes.append(f.result())
                    if (limit == 0 or len(outcomes) >= record_batch
                            or time.monotonic() - first_outcome[0] >= RECORD_EVERY):
                        flush()
                        self.cancelled()  # queued actions see the flag and are not posted (see execute)
                if limit == 0:
                    flush()

            def submit(actions: list[_Action]) -> None:
                if opts.dry_run:
                    for a in actions:
                        r.done += 1
                        r.counts[{"resume": "create"}.get(a.kind, a.kind)] += 1
                    return
                for a in self.record_planned(actions):
                    if r.node_down:
                        self.skip(a, f"not attempted: the Ceramic node is unavailable ({r.node_down[:300]})")
                        continue
                    if self.cancelled():
                        r.done += 1
                        r.counts["cancelled"] += 1  # not an error: the next sync writes it
                        continue
                    inflight.add(pool.submit(self.execute, a))
                    drain(self.concurrency * QUEUED_PER_WORKER)

            skip, skipped = self._fast_unchanged(signers) if opts.fast_path else (set(), 0)
            r.counts["unchanged"] += skipped
            r.done += skipped
            self.tick()
            batch: list[_Action] = []
            for number, row in enumerate(self._rows(skip)):
                if number % 50 == 0 and self.cancelled():
                    break
                action = self.plan_row(row, signers)
                if action is None:
                    r.done += 1
                else:
                    batch.append(action)
                if self.extra:
                    batch.extend(self.extra)
                    r.total += len(self.extra)
                    self.extra = []
                if len(batch) >= ROW_BATCH:
                    submit(batch)
                    batch = []
                self.tick()
            if not self.cancelled():
                submit(batch + tombstones)
            drain(0)
        self.tick()
        return r


def sync_project(project, options: SyncOptions | None = None) -> SyncResult:
    """Sync one project's annotations to the configured model. Raises :class:`SyncError` when it cannot start
    (nothing written); per-row problems are in the result. Call from one thread that owns the DB connection."""
    return _Engine(project, options or SyncOptions()).run()


def check_project(project, client: CeramicClient | None = None, model_id: str | None = None) -> list[str]:
    """Why the project's rows would not fit the model (default: the configured one; empty: they fit).
    Raises SyncError."""
    o = settings.ORBIS
    model_id = model_id or o.model_id
    if not model_id:
        raise SyncError("not_configured", "no model configured (ORBIS_MODEL_ID is empty)")
    own = client is None
    client = client or CeramicClient(o.ceramic_url, timeout=o.request_timeout)
    try:
        return check_model_fits(project_row_model(project), model_definition(client, model_id))
    finally:
        if own:
            client.close()


__all__ = ["SyncError", "SyncOptions", "SyncResult", "RowError", "sync_project", "check_project", "content_hash",
           "project_row_model", "check_model_fits", "counts_dict", "FAILURE_KINDS"]
