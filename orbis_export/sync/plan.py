"""Planning: Label Studio's rows + the ledger → the actions of a run (create / resume / update / tombstone).

Reads the database and signs (a create's genesis is signed here, so its stream ID is known before anything is
posted); writes nothing but the ``superseded`` mark of a document nobody can sign for any more. Every method returns
what it planned; problems are counted in the run's :class:`SyncResult`.
"""
from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Iterator

from .. import authorship, identity, provenance
from ..ceramic import CommitRejected, PreparedCreate, SignedCommit, list_genesis, normalize_content
from ..export import iter_json_min_rows
from ..models import SyncRecord
from ..row_links import RowLinks
from ..schema import RowModel, SchemaError
from .options import SyncOptions
from .results import RowError, SyncResult

logger = logging.getLogger(__name__)

ROW_BATCH = 50  # rows planned (and their ledger entries written) per transaction; small, so the pool never
# runs dry while the calling thread plans and signs the next batch
FAST_PATH_CANARIES = 3  # qualifying unchanged tasks still checked the slow way per run (see fast_unchanged)


def content_hash(content: Any) -> str:
    """sha256 of the canonical JSON of normalized content (what the node stores and gives back)."""
    canonical = json.dumps(normalize_content(content), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass
class Action:
    kind: str  # create | resume | update | tombstone
    record: SyncRecord
    row: dict[str, Any] | None
    choice: identity.SignerChoice | None  # who signs (a tombstone: a signer for the record's controller)
    content: dict[str, Any] | None = None  # desired content (create / update / resume)
    hash: str = ""
    prepared: PreparedCreate | None = None
    genesis: SignedCommit | None = None  # resume, or a tombstone of a never-confirmed create: the recorded genesis
    verdict: authorship.Verdict | None = None  # whose words the content is (create / update / resume)
    fresh: bool = False  # create: the ledger row is new (inserted, not updated)


def live_annotation_ids(project) -> set[int]:
    from tasks.models import Annotation

    return set(Annotation.objects.filter(project=project, was_cancelled=False).values_list("id", flat=True))


def _since_task_ids(project, since: datetime) -> list[int]:
    from django.db.models import Q
    from tasks.models import Task

    return list(Task.objects.filter(project=project)
                .filter(Q(updated_at__gte=since) | Q(annotations__updated_at__gte=since))
                .distinct().values_list("id", flat=True))


class Planner:
    def __init__(self, project, options: SyncOptions, *, model_id: str, context: str | None, source: str,
                 row_model: RowModel, ledger: dict[int, list[SyncRecord]], result: SyncResult,
                 signers: identity.SignerCache, links: RowLinks | None = None):
        self.project, self.options = project, options
        self.links = links or RowLinks(project.pk, model_id)  # migrated_from, the suggestion behind each row
        self.model_id, self.context, self.source = model_id, context, source
        self.row_model, self.ledger, self.result, self.signers = row_model, ledger, result, signers
        self.verdicts: dict[int, authorship.Verdict] = {}  # of the rows being planned (loaded per batch)
        scope = set(options.task_ids) if options.task_ids is not None else None
        if options.since:
            recent = set(_since_task_ids(project, options.since))
            scope = recent if scope is None else scope & recent
        self.task_scope: list[int] | None = sorted(scope) if scope is not None else None

    # --- rows and verdicts ------------------------------------------------------------------------------------
    def rows(self, skip_task_ids: set[int] | None = None) -> Iterator[dict[str, Any]]:
        """JSON_MIN rows in scope, with the authorship verdicts of each batch loaded before its rows are planned."""
        batch: list[dict[str, Any]] = []
        for row in iter_json_min_rows(self.project, task_ids=self.task_scope, skip_task_ids=skip_task_ids):
            batch.append(row)
            if len(batch) >= ROW_BATCH:
                self._load(batch)
                yield from batch
                batch = []
        self._load(batch)
        yield from batch

    def _load(self, batch: list[dict[str, Any]]) -> None:
        self.verdicts = authorship.verdicts(r["annotation_id"] for r in batch)
        self.links.load(r["annotation_id"] for r in batch)

    def verdict_of(self, row: dict[str, Any]) -> authorship.Verdict:
        aid = row.get("annotation_id")
        verdict = self.verdicts.get(aid)
        if verdict is None:  # not loaded with its batch: load it alone
            verdict = self.verdicts[aid] = authorship.verdicts([aid]).get(aid) or authorship.Verdict(
                aid, row.get("annotator"), None, authorship.UNRECORDED, "the annotation is gone")
        return verdict

    def choose(self, verdict: authorship.Verdict) -> identity.SignerChoice:
        return provenance.choose(verdict, exporter=self.options.exporter, cache=self.signers, model=self.model_id)

    def content(self, row: dict[str, Any], verdict: authorship.Verdict, choice: identity.SignerChoice) -> dict:
        return provenance.content_for(
            self.row_model, row, verdict, choice, project_id=self.project.pk, source=self.source,
            revises=provenance.revised_stream(verdict, self.ledger.get(row["annotation_id"], []),
                                              choice.annotator_did),
            links=self.links.fields(row["annotation_id"], verdict.author_id))

    # --- one row ------------------------------------------------------------------------------------------------
    def plan_row(self, row: dict[str, Any]) -> list[Action]:
        """The actions for one row: its own write (if any) and tombstones of the same version under other DIDs."""
        r = self.result
        aid, tid, annotator = row.get("annotation_id"), row.get("id"), row.get("annotator")
        verdict = self.verdict_of(row)
        choice = self.choose(verdict)
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
                return []
            r.error(RowError(aid, tid, annotator, "pending_signer", choice.reason))
            return []
        try:
            content = self.content(row, verdict, choice)
            digest = content_hash(content)
        except (SchemaError, CommitRejected) as exc:
            r.error(RowError(aid, tid, annotator, "invalid", f"row does not fit the model: {exc}"))
            return []
        actions = []
        for old in records:  # the same author's version under another DID (e.g. a stand-in's, now the author's own)
            if (old.controller != choice.did and old.status != SyncRecord.SUPERSEDED
                    and not (old.deleted and old.status == SyncRecord.SYNCED)
                    and provenance.author_of(old) == verdict.author_id):
                actions.extend(self.supersede(old))
        if rec is None or (rec.status == SyncRecord.FAILED and not rec.tip and not rec.genesis):
            create = self.plan_create(row, choice, content, digest, verdict, rec)
            return actions + ([create] if create else [])
        if rec.status == SyncRecord.CREATING and rec.genesis:
            return actions + [Action("resume", rec, row, choice, content, digest,
                                     genesis=SignedCommit.from_http(rec.genesis), verdict=verdict)]
        if rec.status == SyncRecord.SYNCED and rec.content_hash == digest and not rec.deleted:
            r.counts["unchanged"] += 1
            return actions
        return actions + [Action("update", rec, row, choice, content, digest, verdict=verdict)]

    def plan_create(self, row, choice, content, digest, verdict, rec: SyncRecord | None) -> Action | None:
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
        rec.mark_creating(stream_id=str(prepared.stream_id), genesis=prepared.genesis.to_http(), pending_hash=digest,
                          annotation_updated_at=str(row.get("updated_at") or ""))
        return Action("create", rec, row, choice, content, digest, prepared=prepared, verdict=verdict, fresh=fresh)

    # --- tombstones -------------------------------------------------------------------------------------------
    def signer_for(self, rec: SyncRecord) -> identity.SignerChoice | None:
        """A signer that writes as ``rec.controller`` (to tombstone it)."""
        return provenance.signer_for_controller(rec, exporter=self.options.exporter, cache=self.signers,
                                                model=self.model_id)

    def tombstone(self, rec: SyncRecord, choice: identity.SignerChoice) -> Action:
        genesis = SignedCommit.from_http(rec.genesis) if rec.genesis and not rec.tip else None
        return Action("tombstone", rec, None, choice, genesis=genesis)

    def supersede(self, old: SyncRecord) -> list[Action]:
        """The same version is now written under another controller: mark the older document deleted when we can
        still sign as its controller, else mark it superseded in the ledger."""
        choice = self.signer_for(old)
        if choice is not None:
            return [self.tombstone(old, choice)]
        if not self.options.dry_run:
            old.mark_superseded(f"superseded: the annotation is now written under another DID and nobody here can "
                                f"sign as {old.controller} to mark this document deleted")
        return []

    def tombstones(self, live: set[int]) -> list[Action]:
        """Documents of annotations gone from Label Studio (deleted or cancelled) that are not marked deleted yet."""
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
                choice = self.signer_for(rec)
                if choice is None:
                    self.result.error(RowError(aid, rec.task_id, rec.annotator_id, "cannot_tombstone",
                                               f"annotation deleted in Label Studio, but nobody here can sign as "
                                               f"{rec.controller} to mark its document deleted", rec.stream_id))
                    continue
                actions.append(self.tombstone(rec, choice))
        return actions

    # --- the unchanged fast path --------------------------------------------------------------------------------
    def fast_unchanged(self) -> tuple[set[int], int]:
        """Tasks whose every live annotation the ledger shows written as it is now: they are not serialized at all.

        An annotation qualifies when its one record is synced (no write pending, not a tombstone, written by us with
        its authorship recorded: an adopted record proves nothing about the current data), its ``updated_at`` equals
        the one written, its task was not saved since the run that wrote it started reading, and the signer choice
        for the record's author still gives the record's controller and signer kind (nothing was saved since, so
        the authorship verdict is the record's). Anything else (and any task holding such an annotation) takes the
        normal path, which compares content hashes. A few qualifying annotations are also checked the normal way
        first (``FAST_PATH_CANARIES``): if one of them differs (e.g. the source name or the schema changed for
        every row), the fast path is off for this run. Returns (task ids to skip, annotations they hold)."""
        from django.utils.dateparse import parse_datetime
        from tasks.models import Annotation

        if not self.ledger:
            return set(), 0
        query = Annotation.objects.filter(project=self.project, was_cancelled=False)
        if self.task_scope is not None:
            query = query.filter(task_id__in=self.task_scope)
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
                key = (annotator, rec.author_id, rec.origin)
                if key not in choices:
                    choices[key] = self.choose(authorship.Verdict(aid, annotator, rec.author_id, rec.origin, ""))
                choice = choices[key]
                fine = choice.ok and choice.did == rec.controller and choice.kind == rec.signer_kind
            if fine:
                ok_tasks[tid] = ok_tasks.get(tid, 0) + 1
            else:
                bad_tasks.add(tid)
        skip = [tid for tid in ok_tasks if tid not in bad_tasks]
        canaries = skip[:FAST_PATH_CANARIES]
        if canaries:  # every annotation of these tasks qualified: the normal way must agree they are unchanged
            self.verdicts = authorship.verdicts(query.filter(task_id__in=canaries).values_list("id", flat=True))
            for row in iter_json_min_rows(self.project, task_ids=canaries):
                rec = self.ledger[row["annotation_id"]][0]
                verdict = self.verdict_of(row)
                try:
                    content = self.content(row, verdict, self.choose(verdict))
                except (SchemaError, CommitRejected):
                    return set(), 0
                if content_hash(content) != rec.content_hash:
                    logger.info("sync fast path off for project %s: annotation %s changed although its timestamps "
                                "did not", self.project.pk, row["annotation_id"])
                    return set(), 0
        return set(skip), sum(ok_tasks[tid] for tid in skip)


__all__ = ["Planner", "Action", "content_hash", "live_annotation_ids", "ROW_BATCH"]
