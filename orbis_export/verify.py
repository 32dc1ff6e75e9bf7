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
    orbisdb_stale       OrbisDB's row differs from the document on the Ceramic node

Repair and reconcile never write themselves: they adjust the ledger so that the sync engine (the one code path,
through a :class:`~orbis_export.models.SyncJob`, so the one-active-job-per-project rule holds) re-sends exactly what
is missing or stale; unrecorded documents are adopted by the engine's reconcile-by-query, never written again.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db import transaction

from . import authorship, identity, provenance
from .ceramic import CeramicClient, CeramicError
from .export import iter_json_min_rows
from .models import SyncRecord
from .orbisdb import OrbisDBClient, OrbisDBError, normalize_row
from .errors import SyncError
from .modeldeploy import model_definition, project_row_model
from .sync import SyncOptions, content_hash
from .target import SyncTarget, ceramic_client, orbisdb_client

PROBLEMS = ("missing", "stale", "foreign_controller", "not_tombstoned", "unrecorded", "duplicate", "not_indexed",
            "orbisdb_stale")
INFO = ("tombstoned", "pending_signer")
REPAIRABLE = ("missing", "stale", "not_tombstoned", "unrecorded")


@dataclass
class Finding:
    kind: str
    annotation_id: int | None
    stream_id: str = ""
    controller: str = ""
    detail: str = ""
    task_id: int | None = None
    record_id: int | None = None  # the ledger row involved, if any

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

    def add(self, finding: Finding) -> None:
        self.findings.append(finding)

    @property
    def counts(self) -> dict[str, int]:
        c = Counter(f.kind for f in self.findings)
        return {k: int(c.get(k, 0)) for k in PROBLEMS + INFO}

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
                "counts": self.counts, "checked": self.checked, "orbisdbError": self.orbisdb_error or None,
                "findings": [f.as_dict() for f in self.findings]}

    def summary(self, max_lines: int = 20) -> str:
        c, k = self.counts, self.checked
        head = (f"project {self.project_id}, model {self.model_id}: "
                + ("OK, everything agrees" if self.ok else f"{self.problems} problem(s)"))
        lines = [head,
                 f"  checked: {k.get('annotations', 0)} annotations in Label Studio, {k.get('ledger', 0)} ledger "
                 f"records, {k.get('node_documents', 0)} documents on the Ceramic node"
                 + (f", {k['orbisdb_rows']} rows in OrbisDB" if k.get("orbisdb_rows") is not None else
                    ", OrbisDB not configured" if not self.orbisdb_error else "")]
        lines.append("  " + ", ".join(f"{name.replace('_', ' ')} {c[name]}" for name in PROBLEMS + INFO))
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
                    revises=provenance.revised_stream(verdict, records[aid], choice.annotator_did))
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
    target = target or SyncTarget.from_settings()
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
        if exp.did is not None and exp.did != rec.controller:
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
                               "on the Ceramic node, not in OrbisDB (written while OrbisDB was down?)"))
        elif content_hash(normalize_row(row, schema)) != content_hash(content):
            report.add(Finding("orbisdb_stale", aid, sid, state.controller or "",
                               "OrbisDB's row differs from the document on the Ceramic node"))


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


def repair_project(project, report: VerifyReport | None = None, *, target: SyncTarget | None = None,
                   client: CeramicClient | None = None, exporter=None, reconcile: bool = False,
                   orbisdb: OrbisDBClient | None | bool = None) -> dict[str, Any]:
    """Re-send what is missing or stale through the sync engine; adopt unrecorded documents (reconcile) instead of
    writing them again. Returns ``{"before", "job", "after"}`` (reports, the sync job's public form). One job of the
    project (trigger ``verify``): when a sync of the project is already running, :class:`~orbis_export.jobs.
    JobConflict` (policy ``refuse``: the command reports it and exits 2)."""
    from . import jobs

    target = target or SyncTarget.from_settings()
    report = report or verify_project(project, target=target, client=client, orbisdb=orbisdb, exporter=exporter)
    with transaction.atomic():
        must_reconcile = _mark_for_resend(report) or reconcile
    claim = jobs.claim_job(project, trigger=jobs.Trigger.VERIFY, on_busy=jobs.REFUSE, user=exporter, target=target)
    public = jobs.run_job(claim.job, target=target,
                          options=SyncOptions(reconcile=must_reconcile or None, client=client))
    after = verify_project(project, target=target, client=client, orbisdb=orbisdb, exporter=exporter)
    return {"before": report, "job": public, "after": after}


def reconcile_project(project, *, target: SyncTarget | None = None, client: CeramicClient | None = None,
                      exporter=None, orbisdb: OrbisDBClient | None | bool = None) -> dict[str, Any]:
    """Rebuild the ledger from the node (after our database was lost): the engine adopts every document of ours it
    finds per labeler DID, then writes only what is really missing. Never writes a duplicate."""
    target = target or SyncTarget.from_settings()
    before = verify_project(project, target=target, client=client, orbisdb=orbisdb, exporter=exporter)
    return repair_project(project, before, target=target, client=client, exporter=exporter, reconcile=True,
                          orbisdb=orbisdb)


__all__ = ["Finding", "VerifyReport", "verify_project", "repair_project", "reconcile_project", "PROBLEMS", "INFO"]
