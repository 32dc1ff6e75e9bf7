"""Verify: do Label Studio, our ledger, the Ceramic node and (when configured) the OrbisDB node agree?

Four sources, compared per annotation and per document:

    Label Studio   JSON_MIN rows → the content the sync engine would write (same row model, same signer choice)
    ledger         :class:`~orbis_export.models.SyncRecord` (what we believe we wrote)
    Ceramic node   every document of the model in the node's index whose content names this project and source
    OrbisDB node   the model's table, looked up by stream ID (``$in``), when ``ORBIS_ORBISDB_URL`` is set

Findings (``kind``):

    missing             the annotation has no document on the node (never written, or the ledger's stream is gone)
    stale               the document's content differs from what Label Studio holds now (changed behind our back,
                        or changed in Label Studio since the last sync, or marked deleted although the annotation lives)
    foreign_controller  a document for this project is controlled by a DID that is not the one we recorded / that
                        labeled it (we cannot sign as it: report only)
    tombstoned          the annotation was deleted and its document says ``deleted: true`` (information, not a problem)
    not_tombstoned      the annotation was deleted but its document does not say so
    unrecorded          a document of ours is on the node but not in the ledger (database lost): reconcile adopts it
    duplicate           more than one live document for the same annotation and controller
    pending_signer      the labeler has no usable session, nothing can be written for them yet (information)
    not_indexed         the Ceramic node has the document, the OrbisDB node does not (OrbisDB never re-reads its feed)
    orbisdb_stale       OrbisDB's row differs from the document on the Ceramic node (the detail names the fields; a
                        NULL column equals a null or absent field)

When OrbisDB is configured but cannot be asked, its part is *not checked*: the report says so, counts nothing for
it, and is not OK (``orbis_verify`` exits 2 unless other problems make it 1).

Repair and reconcile adjust the ledger so that the sync engine (the one code path, through a
:class:`~orbis_export.models.SyncJob`, so the one-active-job-per-project rule holds) re-sends exactly what is missing
or stale; unrecorded documents are adopted by the engine's reconcile-by-query, never written again. The one write of
their own is the *re-feed* of documents OrbisDB never indexed (written while it was down; OrbisDB exposes no route
that re-reads the Ceramic feed): a data commit with an empty JSON patch, signed as the document's controller, which
the Ceramic node publishes on its feed as an update with the full content, so OrbisDB upserts the row. It is recorded
in the ledger like any update of the sync (``mark_updating`` before posting, ``mark_synced`` after), under the claimed
job slot and the project's lock.
"""
from __future__ import annotations

import time
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db import transaction

from . import authorship, identity, provenance
from .ceramic import CeramicClient, CeramicError, StaleTip, data_commit
from .export import iter_json_min_rows
from .models import SyncRecord
from .orbisdb import NO_COLUMN, OrbisDBClient, OrbisDBError, differing_fields, row_differences
from .errors import SyncError
from .modeldeploy import model_definition, project_row_model
from .retry import retrying
from .row_links import RowLinks
from .sync import SyncOptions, content_hash
from .target import SyncTarget, ceramic_client, orbisdb_client

PROBLEMS = ("missing", "stale", "foreign_controller", "not_tombstoned", "unrecorded", "duplicate", "not_indexed",
            "orbisdb_stale")
INFO = ("tombstoned", "pending_signer")
REPAIRABLE = ("missing", "stale", "not_tombstoned", "unrecorded", "not_indexed", "orbisdb_stale")
ORBISDB_KINDS = ("not_indexed", "orbisdb_stale")  # found only by asking the OrbisDB node


@dataclass
class Finding:
    kind: str
    annotation_id: int | None
    stream_id: str = ""
    controller: str = ""
    detail: str = ""
    task_id: int | None = None
    record_id: int | None = None  # the ledger row involved, if any
    refeed: bool = False  # OrbisDB shows it right once the node publishes it again (see refeed_orbisdb)

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "annotationId": self.annotation_id, "taskId": self.task_id,
                "streamId": self.stream_id or None, "controller": self.controller or None, "detail": self.detail}


@dataclass
class VerifyReport:
    project_id: int
    model_id: str
    findings: list[Finding] = field(default_factory=list)
    checked: dict[str, Any] = field(default_factory=dict)
    orbisdb_error: str = ""
    orbisdb_skipped: str = ""  # why OrbisDB was not asked at all (not configured, or --no-orbisdb)

    def add(self, finding: Finding) -> None:
        self.findings.append(finding)

    @property
    def orbisdb_checked(self) -> bool:
        """The OrbisDB node answered (False: not configured, skipped, or it could not be asked)."""
        return self.checked.get("orbisdb_rows") is not None and not self.orbisdb_error

    @property
    def counts(self) -> dict[str, int | None]:
        """Findings per kind; None for OrbisDB's kinds when OrbisDB was not checked (0 would claim it was)."""
        c = Counter(f.kind for f in self.findings)
        return {k: (None if k in ORBISDB_KINDS and not self.orbisdb_checked else int(c.get(k, 0)))
                for k in PROBLEMS + INFO}

    @property
    def problems(self) -> int:
        return sum(1 for f in self.findings if f.kind in PROBLEMS)

    @property
    def ok(self) -> bool:
        return self.problems == 0 and not self.orbisdb_error

    def of(self, kind: str) -> list[Finding]:
        return [f for f in self.findings if f.kind == kind]

    def as_dict(self) -> dict[str, Any]:
        return {"projectId": self.project_id, "modelId": self.model_id, "ok": self.ok, "problems": self.problems,
                "counts": self.counts, "checked": self.checked, "orbisdbChecked": self.orbisdb_checked,
                "orbisdbError": self.orbisdb_error or None, "findings": [f.as_dict() for f in self.findings]}

    def summary(self, max_lines: int = 20) -> str:
        c, k = self.counts, self.checked
        if self.orbisdb_error:  # never "0 problems" beside a part that was not looked at
            verdict = (f"{self.problems} problem(s) in Label Studio, the ledger and the Ceramic node"
                       if self.problems else "Label Studio, the ledger and the Ceramic node agree")
            head = f"project {self.project_id}, model {self.model_id}: {verdict}; OrbisDB not checked"
        else:
            head = (f"project {self.project_id}, model {self.model_id}: "
                    + ("OK, everything agrees" if self.ok else f"{self.problems} problem(s)"))
        lines = [head,
                 f"  checked: {k.get('annotations', 0)} annotations in Label Studio, {k.get('ledger', 0)} ledger "
                 f"records, {k.get('node_documents', 0)} documents on the Ceramic node"
                 + (f", {k['orbisdb_rows']} rows in OrbisDB" if self.orbisdb_checked else
                    ", OrbisDB not checked" if self.orbisdb_error else
                    f", OrbisDB not checked ({self.orbisdb_skipped or 'not configured'})")]
        lines.append("  " + ", ".join(f"{name.replace('_', ' ')} {'not checked' if c[name] is None else c[name]}"
                                      for name in PROBLEMS + INFO))
        if self.orbisdb_error:
            lines.append(f"  OrbisDB could not be checked: {self.orbisdb_error}")
        shown = [f for f in self.findings if f.kind in PROBLEMS][:max_lines]
        for f in shown:
            where = f"annotation {f.annotation_id}" if f.annotation_id is not None else "document"
            stream = f" {f.stream_id}" if f.stream_id else ""
            lines.append(f"  - {f.kind}: {where}{stream}: {f.detail}".rstrip(": "))
        rest = self.problems - len(shown)
        if rest > 0:
            lines.append(f"  … {rest} more (use --json)")
        if any(f.kind in REPAIRABLE for f in self.findings):
            lines.append("  run with --repair to re-send what is missing or stale"
                         + (" and re-feed what OrbisDB did not index or holds stale"
                            if any(f.refeed for f in self.findings) else "")
                         + (" (unrecorded documents are adopted, not written again)" if c["unrecorded"] else ""))
        return "\n".join(lines)


@dataclass
class _Expected:
    row: dict[str, Any]
    did: str | None  # controller the engine would write as (None: pending)
    hash: str
    content: dict[str, Any]
    annotator_did: str | None


def _expected_rows(project, model, model_id: str, exporter=None, ledger: list[SyncRecord] = ()
                   ) -> dict[int, _Expected]:
    """What the sync engine would write for each live annotation (its row model, its author and signer choice)."""
    source = settings.ORBIS.source
    out: dict[int, _Expected] = {}
    records: dict[int, list[SyncRecord]] = defaultdict(list)
    for rec in ledger:
        records[rec.annotation_id].append(rec)
    rows = list(iter_json_min_rows(project))
    verdicts = authorship.verdicts(r.get("annotation_id") for r in rows)
    links = RowLinks(project.pk, model_id)
    links.load(r.get("annotation_id") for r in rows)
    with identity.SignerCache() as signers:
        for row in rows:
            aid = row.get("annotation_id")
            verdict = verdicts.get(aid) or authorship.Verdict(aid, row.get("annotator"), None,
                                                              authorship.UNRECORDED, "")
            choice = provenance.choose(verdict, exporter=exporter, cache=signers, model=model_id)
            if not choice.ok:
                out[aid] = _Expected(row, None, "", {}, choice.annotator_did)
                continue
            try:
                content = provenance.content_for(
                    model, row, verdict, choice, project_id=project.pk, source=source,
                    revises=provenance.revised_stream(verdict, records[aid], choice.annotator_did),
                    links=links.fields(aid, verdict.author_id))
                digest = content_hash(content)
            except Exception as exc:  # noqa: BLE001 - a row that does not fit is the engine's "invalid"; not ours
                content, digest = {}, f"invalid: {exc}"
            out[aid] = _Expected(row, choice.did, digest, content, choice.annotator_did)
    return out


def _node_documents(client: CeramicClient, project, model_id: str) -> list:
    """Every document of the model in the node's index that names this project and source (any controller)."""
    source = settings.ORBIS.source
    docs = []
    for state in client.iter_collection(model_id):
        content = state.content if isinstance(state.content, dict) else {}
        if content.get("project_id") == project.pk and content.get("source") == source:
            docs.append(state)
    return docs


def verify_project(project, *, target: SyncTarget | None = None, client: CeramicClient | None = None,
                   orbisdb: OrbisDBClient | None | bool = None, exporter=None) -> VerifyReport:
    """Compare Label Studio, the ledger, the Ceramic node and OrbisDB for one project. Reads only.

    ``target``: where the project's documents are (default: the server's settings). ``client``: a Ceramic client for
    its node (default: one built for the target). ``orbisdb``: a client, ``False`` to skip OrbisDB, or None for the
    target's OrbisDB node (if any)."""
    target = target or SyncTarget.from_settings(project)
    model_id = target.model_id
    if not model_id:
        raise SyncError("not_configured", "no model configured (ORBIS_MODEL_ID is empty): run manage.py orbis_setup")
    own = client is None
    client = client or ceramic_client(target)
    own_odb = orbisdb is None
    odb = orbisdb_client(target) if orbisdb is None else (orbisdb or None)
    report = VerifyReport(project.pk, model_id)
    try:
        definition = model_definition(client, model_id)
        schema = definition.get("schema") or {}
        model = project_row_model(project).fitted_to(schema)
        ledger = list(SyncRecord.objects.filter(project_id=project.pk, model_id=model_id).order_by("id"))
        expected = _expected_rows(project, model, model_id, exporter, ledger)
        try:
            docs = _node_documents(client, project, model_id)
        except CeramicError as exc:
            raise SyncError("node_unavailable", f"cannot list the model's documents on the Ceramic node: "
                            f"{exc.message}") from None
        report.checked = {"annotations": len(expected), "ledger": len(ledger), "node_documents": len(docs)}
        _compare(report, expected, ledger, docs)
        if odb is not None:
            _compare_orbisdb(report, odb, model_id, schema, docs)
        else:
            report.orbisdb_skipped = "skipped" if orbisdb is False else "not configured"
    finally:
        if own:
            client.close()
        if own_odb and odb is not None:
            odb.close()
    return report


def _compare(report: VerifyReport, expected: dict[int, _Expected], ledger: list[SyncRecord], docs: list) -> None:
    by_sid = {str(s.stream_id): s for s in docs}
    ledger_sids = {r.stream_id for r in ledger}
    known_dids: dict[int, set[str]] = defaultdict(set)  # annotation → DIDs that may rightly control its documents
    for aid, exp in expected.items():
        if exp.did:
            known_dids[aid].add(exp.did)
    for rec in ledger:
        known_dids[rec.annotation_id].add(rec.controller)

    # 1. every ledger record against the node
    current: set[tuple[int, str]] = set()  # (annotation, controller) pairs with a document the ledger knows
    for rec in ledger:
        if rec.status == SyncRecord.SUPERSEDED:
            continue
        exp = expected.get(rec.annotation_id)
        base = dict(annotation_id=rec.annotation_id, stream_id=rec.stream_id, controller=rec.controller,
                    task_id=rec.task_id, record_id=rec.pk)
        state = by_sid.get(rec.stream_id)
        if state is None:
            if rec.status in (SyncRecord.CREATING, SyncRecord.FAILED) and not rec.tip:
                if exp is not None and exp.did == rec.controller:
                    report.add(Finding("missing", detail="never confirmed on the node (the next sync sends it)",
                                       **base))
                continue
            if exp is None and rec.deleted:
                continue  # deleted annotation, document gone: nothing to hold
            report.add(Finding("missing", detail=f"the ledger says it is written ({rec.status}) but the Ceramic node "
                               "does not list it", **base))
            if exp is not None:
                current.add((rec.annotation_id, rec.controller))
            continue
        current.add((rec.annotation_id, rec.controller))
        content = state.content if isinstance(state.content, dict) else {}
        if state.controller != rec.controller:
            report.add(Finding("foreign_controller", detail=f"the node says it is controlled by {state.controller}, "
                               f"the ledger by {rec.controller}", **base))
            continue
        node_hash = content_hash(content)
        deleted = bool(content.get("deleted"))
        if exp is None:
            report.add(Finding("tombstoned" if deleted else "not_tombstoned",
                               detail="annotation deleted in Label Studio" + ("" if deleted else
                                                                              "; its document is not marked deleted"),
                               **base))
            continue
        if exp.did is None:  # nobody can sign it now: what the engine would write is unknown; the ledger is known
            if not deleted and rec.content_hash and node_hash != rec.content_hash:
                report.add(Finding("stale", detail="changed on the node behind our back (differs from the ledger)",
                                   **base))
            continue
        if exp.did != rec.controller:
            continue  # the engine writes it under the labeler's current DID and tombstones this one
        if deleted:
            report.add(Finding("stale", detail="the document is marked deleted but the annotation exists", **base))
        elif node_hash != exp.hash:
            behind = node_hash != rec.content_hash
            report.add(Finding("stale", detail=("changed on the node behind our back (differs from the ledger too)"
                                                if behind else "the annotation changed in Label Studio since the "
                                                "last sync"), **base))

    # 2. live annotations without a document the ledger knows
    for aid, exp in expected.items():
        if exp.did is None:
            if not any(a == aid for a, _ in current):
                report.add(Finding("pending_signer", aid, task_id=exp.row.get("id"),
                                   detail="the labeler has no usable session"))
            continue
        if (aid, exp.did) in current:
            continue
        on_node = [s for s in docs if str(s.stream_id) not in ledger_sids and s.controller == exp.did
                   and (s.content or {}).get("annotation_id") == aid]
        if not on_node:
            report.add(Finding("missing", aid, controller=exp.did, task_id=exp.row.get("id"),
                               detail="no document on the Ceramic node"))

    # 3. documents on the node the ledger does not know
    for state in docs:
        sid = str(state.stream_id)
        if sid in ledger_sids:
            continue
        content = state.content if isinstance(state.content, dict) else {}
        aid = content.get("annotation_id")
        base = dict(annotation_id=aid if isinstance(aid, int) else None, stream_id=sid,
                    controller=state.controller or "",
                    task_id=content.get("id") if isinstance(content.get("id"), int) else None)
        if state.controller in known_dids.get(aid, set()):
            report.add(Finding("unrecorded", detail="on the node but not in the ledger", **base))
        else:
            report.add(Finding("foreign_controller", detail="a document for this project controlled by a DID that "
                               "did not label it and is not in the ledger", **base))

    # 4. duplicates: more than one live document per (annotation, controller)
    groups: dict[tuple[Any, str], list[str]] = defaultdict(list)
    for state in docs:
        content = state.content if isinstance(state.content, dict) else {}
        if not content.get("deleted"):
            groups[(content.get("annotation_id"), state.controller or "")].append(str(state.stream_id))
    for (aid, did), sids in sorted(groups.items(), key=lambda kv: str(kv[0])):
        if len(sids) > 1:
            report.add(Finding("duplicate", aid if isinstance(aid, int) else None, controller=did,
                               stream_id=",".join(sorted(sids)), detail=f"{len(sids)} live documents"))


def _compare_orbisdb(report: VerifyReport, odb: OrbisDBClient, model_id: str, schema: dict, docs: list) -> None:
    try:
        rows = odb.rows_by_stream_id(model_id, [str(s.stream_id) for s in docs])
    except OrbisDBError as exc:
        report.orbisdb_error = exc.message
        return
    report.checked["orbisdb_rows"] = len(rows)
    for state in docs:
        sid = str(state.stream_id)
        content = state.content if isinstance(state.content, dict) else {}
        aid = content.get("annotation_id") if isinstance(content.get("annotation_id"), int) else None
        row = rows.get(sid)
        if row is None:
            report.add(Finding("not_indexed", aid, sid, state.controller or "",
                               "on the Ceramic node, not in OrbisDB (written while OrbisDB was down?)", refeed=True))
            continue
        fields = differing_fields(row, content, schema)
        if fields:
            # OrbisDB upserts the keys the content holds: publishing the document again fixes every column whose
            # field the document holds (a null too), not one the document omits or the table lacks
            omitted = [k for k, have, _want in fields if k not in content or have is NO_COLUMN]
            report.add(Finding("orbisdb_stale", aid, sid, state.controller or "",
                               "OrbisDB's row differs from the document on the Ceramic node: "
                               + "; ".join(row_differences(row, content, schema))
                               + (f" (the document has no field {', '.join(omitted)}: a re-feed cannot clear it; "
                                  "the next sync that writes it as null does)" if omitted else ""),
                               refeed=not omitted))


# ----------------------------------------------------------------------------------------------- repair


def _mark_for_resend(report: VerifyReport) -> bool:
    """Adjust the ledger so that the engine re-sends what the report found missing or stale. Returns whether the
    engine must reconcile (adopt unrecorded documents) first."""
    ids = {f.record_id for f in report.findings if f.record_id and f.kind in ("missing", "stale", "not_tombstoned")}
    records = {r.pk: r for r in SyncRecord.objects.select_for_update().filter(pk__in=ids)} if ids else {}
    for f in report.findings:
        rec = records.get(f.record_id) if f.record_id else None
        if rec is not None:
            rec.mark_for_resend(f.kind, "the document was not on the node" if f.kind == "missing" else f.detail)
    return bool(report.of("unrecorded"))


REFEED_BATCH = 64  # ledger entries marked per transaction before their commits are posted
REFEED_LEFT_TO_SYNC = ("missing", "stale", "not_tombstoned", "foreign_controller", "duplicate")


@dataclass
class Refeed:
    """What the re-feed of not-indexed documents did (``written``: benign commits the node accepted)."""

    written: int = 0
    seconds: float = 0.0
    left: list[Finding] = field(default_factory=list)  # not re-fed, each with what to do

    @property
    def rate(self) -> float:
        return self.written / self.seconds if self.seconds > 0 else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"written": self.written, "seconds": round(self.seconds, 3), "commitsPerSecond": round(self.rate, 1),
                "left": [f.as_dict() for f in self.left]}

    def summary(self) -> str:
        lines = [f"re-feed: {self.written} document(s) OrbisDB had not indexed (or held stale) got a commit that "
                 "changes nothing "
                 f"({self.seconds:.1f} s)" + (f", {len(self.left)} left:" if self.left else "")]
        lines += [f"  - {f.stream_id}: {f.detail}" for f in self.left]
        return "\n".join(lines)


def _touch(client: CeramicClient, stream_id: str, signer, model_id: str, expected_hash: str) -> tuple[str, str, Any]:
    """Post a data commit with an empty JSON patch on ``stream_id`` unless its content is no longer the one the
    ledger holds. Returns ``("written", tip, content)`` or ``("changed", "", content)``. HTTP only (pool thread)."""
    for attempt in range(3):
        state = retrying(lambda: client.load(stream_id), retries=2, backoff=0.5)
        current = state.content if isinstance(state.content, dict) else {}
        if content_hash(current) != expected_hash:
            return "changed", "", current
        update = data_commit(signer, stream_id, state.tip, current, current, model=model_id)
        try:
            after = retrying(lambda: client.apply(update), retries=2, backoff=0.5)
        except StaleTip:
            if attempt == 2:
                raise
            continue  # an anchor moved the tip: reload and re-sign
        return "written", str(after.log[-1]["cid"]), current
    raise AssertionError("unreachable")


def refeed_orbisdb(project, report: VerifyReport, *, client: CeramicClient, exporter=None,
                       concurrency: int = 4) -> Refeed:
    """Make OrbisDB index again the documents ``report`` found not indexed, or stale where the document holds the
    field (``Finding.refeed``): one commit that changes nothing per document, signed as its controller
    (:func:`provenance.signer_for_controller`), recorded like the sync's updates. A document the sync is about to
    write anyway (missing, stale…) is left to it: its commit is fed to OrbisDB too."""
    out = Refeed()
    todo = [f for f in report.findings if f.refeed]
    if not todo:
        return out
    model_id = report.model_id
    to_sync = {f.stream_id for f in report.findings if f.kind in REFEED_LEFT_TO_SYNC}
    kinds = {f.stream_id: f.kind for f in todo}
    records = {r.stream_id: r for r in SyncRecord.objects.filter(
        project_id=project.pk, model_id=model_id, stream_id__in=[f.stream_id for f in todo]).exclude(
        status=SyncRecord.SUPERSEDED)}
    started = time.monotonic()
    with identity.SignerCache() as signers, ThreadPoolExecutor(max(1, concurrency),
                                                               thread_name_prefix="orbis-refeed") as pool:
        plan = []
        for f in todo:
            rec = records.get(f.stream_id)
            if f.stream_id in to_sync:
                continue
            if rec is None:
                out.left.append(Finding(f.kind, f.annotation_id, f.stream_id, f.controller,
                                        "not in the ledger: --reconcile adopts it, then --repair re-feeds it"))
                continue
            if rec.status != SyncRecord.SYNCED or not rec.content_hash:
                out.left.append(Finding(f.kind, f.annotation_id, f.stream_id, f.controller,
                                        f"its ledger entry is {rec.status} (a write is pending): run orbis_sync, "
                                        "then orbis_verify --repair again", record_id=rec.pk))
                continue
            choice = provenance.signer_for_controller(rec, exporter=exporter, cache=signers, model=model_id)
            if choice is None:
                out.left.append(Finding(
                    f.kind, f.annotation_id, f.stream_id, rec.controller,
                    f"nobody here can sign as {rec.controller} (no active session of its author or labeler, not the "
                    "exporter's nor the service DID): its labeler connects their wallet again and the operator runs "
                    "orbis_verify --repair again, or any save of the annotation in Label Studio followed by a sync "
                    "writes a commit OrbisDB indexes", record_id=rec.pk))
                continue
            plan.append((rec, choice))
        for i in range(0, len(plan), REFEED_BATCH):
            batch = plan[i:i + REFEED_BATCH]
            with transaction.atomic():  # recorded before posting, like the sync's updates
                for rec, _choice in batch:
                    rec.mark_updating(rec.content_hash)
            futures = [(rec, choice, pool.submit(_touch, client, rec.stream_id, choice.signer, model_id,
                                                 rec.content_hash)) for rec, choice in batch]
            with transaction.atomic():
                for rec, choice, future in futures:
                    try:
                        result, tip, current = future.result()
                    except CeramicError as exc:
                        rec.mark_failed("unavailable" if exc.retryable else "rejected", exc.message, creating=False)
                        out.left.append(Finding(kinds[rec.stream_id], rec.annotation_id, rec.stream_id, rec.controller,
                                                f"the node refused the commit: {exc.message[:300]}",
                                                record_id=rec.pk))
                        continue
                    if result == "changed":  # stays "updating": the next sync compares and writes what is due
                        out.left.append(Finding(kinds[rec.stream_id], rec.annotation_id, rec.stream_id, rec.controller,
                                                "changed on the node since it was checked: run orbis_verify again",
                                                record_id=rec.pk))
                        continue
                    rec.mark_synced(tip=tip, content_hash=rec.content_hash, commits=1,
                                    deleted=bool(current.get("deleted")), synced_at=rec.synced_at)
                    signers.record_use(choice, 1)
                    out.written += 1
    out.seconds = time.monotonic() - started
    return out


def repair_project(project, report: VerifyReport | None = None, *, target: SyncTarget | None = None,
                   client: CeramicClient | None = None, exporter=None, reconcile: bool = False,
                   orbisdb: OrbisDBClient | None | bool = None) -> dict[str, Any]:
    """Re-send what is missing or stale through the sync engine; adopt unrecorded documents (reconcile) instead of
    writing them again; re-feed what OrbisDB did not index (:func:`refeed_orbisdb`, in the claimed job slot
    before the sync runs). Returns ``{"before", "refeed", "job", "after"}`` (reports, the re-feed, the sync job's
    public form). One job of the project (trigger ``verify``): when a sync of the project is already running,
    :class:`~orbis_export.jobs.JobConflict` (policy ``refuse``: the command reports it and exits 2)."""
    from . import jobs

    target = target or SyncTarget.from_settings(project)
    report = report or verify_project(project, target=target, client=client, orbisdb=orbisdb, exporter=exporter)
    with transaction.atomic():
        must_reconcile = _mark_for_resend(report) or reconcile
    claim = jobs.claim_job(project, trigger=jobs.Trigger.VERIFY, on_busy=jobs.REFUSE, user=exporter, target=target)
    refeed = Refeed()
    if any(f.refeed for f in report.findings):
        own = client is None
        node = client or ceramic_client(target)
        try:
            with jobs.project_lock(project.pk):
                refeed = refeed_orbisdb(project, report, client=node, exporter=exporter,
                                            concurrency=target.concurrency)
        except BaseException:
            jobs.cancel_job(claim.job)  # the slot is freed; nothing half-recorded (each row is its own state)
            raise
        finally:
            if own:
                node.close()
    public = jobs.run_job(claim.job, target=target,
                          options=SyncOptions(reconcile=must_reconcile or None, client=client))
    after = verify_project(project, target=target, client=client, orbisdb=orbisdb, exporter=exporter)
    return {"before": report, "refeed": refeed, "job": public, "after": after}


def reconcile_project(project, *, target: SyncTarget | None = None, client: CeramicClient | None = None,
                      exporter=None, orbisdb: OrbisDBClient | None | bool = None) -> dict[str, Any]:
    """Rebuild the ledger from the node (after our database was lost): the engine adopts every document of ours it
    finds per labeler DID, then writes only what is really missing. Never writes a duplicate."""
    target = target or SyncTarget.from_settings(project)
    before = verify_project(project, target=target, client=client, orbisdb=orbisdb, exporter=exporter)
    return repair_project(project, before, target=target, client=client, exporter=exporter, reconcile=True,
                          orbisdb=orbisdb)


__all__ = ["Finding", "VerifyReport", "Refeed", "verify_project", "repair_project", "reconcile_project",
           "refeed_orbisdb", "PROBLEMS", "INFO"]
