"""History of one annotation: ``/projects/<id>/orbis/annotations/<annotation id>/``.

For each of the annotation's documents — the labeler's own stream and, beside it, revision documents signed by the
members who edited it — every commit as the node holds it: CID, type, signer, when, anchor and proof, and the label
changes against the version before (:mod:`orbis_export.history`). The ledger says which streams to read; the node
says what they hold. All of one page's reads run in parallel, bounded in time, once per page view; when the node
cannot be reached the page says so and shows what the ledger knows. Members of the project's organization only.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render

from ..ceramic import CeramicError
from ..history import DEADLINE, READ_TIMEOUT, REASONS, WORKERS, Reading, StreamHistory, build_history, read_streams
from ..models import LabelerSession, SyncRecord
from ..target import SyncTarget, TargetRefused, ceramic_client
from .common import content_summary, label_fields, label_summary, people, project_for

# the labeler's own document first, then revisions, then stand-ins; superseded ones last
_KIND_ORDER = {"labeler": 0, "annotator": 0, "reviewer": 1, "exporter": 2, "service": 3}


@dataclass
class Document:
    record: SyncRecord
    role: str  # what this document is, in words
    reading: Reading | None = None
    history: StreamHistory | None = None
    current_model: bool = True
    sessions: dict[str, str] = field(default_factory=dict)  # CACAO CID → whose session (on this server)

    @property
    def reason_text(self) -> str:
        return REASONS.get(self.reading.reason, self.reading.reason) if self.reading else ""

    @property
    def ledger_tip_matches(self) -> bool | None:
        if not self.history or not self.record.tip:
            return None
        return any(c.cid == self.record.tip for c in self.history.commits)


def _role(rec: SyncRecord, names: dict[int, str]) -> str:
    kind = rec.signer_kind or "labeler"
    who = names.get(rec.author_id or rec.annotator_id or -1, "")
    if kind in ("labeler", "annotator"):
        return f"the labeler’s own document{f' ({who})' if who else ''}"
    if kind == "reviewer":
        return f"revision by {who or 'another member'}{' (revises the labeler’s document)' if rec.origin == 'revision' else ''}"
    if kind == "exporter":
        return "signed by the member who ran the sync (exporter: they did not label it)"
    if kind == "service":
        return "signed by the server’s service DID (declared stand-in)"
    return kind


def _read(target: SyncTarget, stream_ids: list[str]) -> tuple[dict[str, Reading], str]:
    """(readings, why the node was not asked at all — '' when it was)."""
    try:
        client = ceramic_client(target, timeout=READ_TIMEOUT, connect_timeout=2.0, pool=WORKERS)
    except (TargetRefused, CeramicError) as exc:
        return {}, str(exc).splitlines()[0][:300]
    with client:
        return read_streams(client, stream_ids, with_commits=True, deadline=DEADLINE, timeout=READ_TIMEOUT), ""


@login_required
def annotation_history(request, project_id: int, annotation_id: int):
    from tasks.models import Annotation

    project = project_for(request.user, int(project_id))
    annotation_id = int(annotation_id)
    annotation = Annotation.objects.filter(pk=annotation_id, project=project).select_related("task").first()
    records = list(SyncRecord.objects.of_annotations().filter(project_id=project.pk, annotation_id=annotation_id))
    if annotation is None and not records:
        raise Http404("no such annotation in this project")
    target = SyncTarget.for_project(project)
    records.sort(key=lambda r: (r.model_id != target.model_id, r.status == SyncRecord.SUPERSEDED,
                                _KIND_ORDER.get(r.signer_kind or "labeler", 9), r.created_at))
    names = people([r.annotator_id for r in records] + [r.author_id for r in records]
                   + ([annotation.completed_by_id] if annotation else []))
    fields = label_fields(project)

    started = time.monotonic()
    readings, refused = _read(target, [r.stream_id for r in records if r.stream_id])
    seconds = time.monotonic() - started
    documents = []
    for rec in records:
        doc = Document(rec, _role(rec, names), readings.get(rec.stream_id), current_model=rec.model_id == target.model_id)
        if doc.reading is not None and doc.reading.ok:
            doc.history = build_history(doc.reading.state, doc.reading.commits or [], fields)
        documents.append(doc)

    # whose sessions signed: the CACAO a commit names, matched to the sessions this server holds
    cids = {c.cacao_cid for d in documents if d.history for c in d.history.commits if c.cacao_cid}
    owners = dict(LabelerSession.objects.filter(cacao_cid__in=cids).values_list("cacao_cid", "user_id")) if cids else {}
    owner_names = people(owners.values())
    for d in documents:
        d.sessions = {cid: owner_names.get(uid, f"user {uid}") for cid, uid in owners.items()}

    down = [d for d in documents if d.reading is not None and d.reading.reason == "node_down"]
    node_state = ("refused" if refused else "down" if documents and len(down) == len(documents)
                  else "partial" if any(d.reading is not None and not d.reading.ok for d in documents) else "ok")
    context = {
        "project": project,
        "annotation": annotation,
        "annotation_id": annotation_id,
        "task_id": annotation.task_id if annotation else (records[0].task_id if records else None),
        "labeler": names.get(annotation.completed_by_id, "") if annotation else "",
        "label_now": label_summary(annotation.result) if annotation else "",
        "documents": documents,
        "label_fields": fields,
        "model_id": target.model_id,
        "node_url": target.ceramic_url,
        "node_state": node_state,
        "node_problem": refused or (down[0].reading.detail if down else ""),
        "node_seconds": seconds,
        "read_timeout": READ_TIMEOUT,
        "read_deadline": DEADLINE,
    }
    for d in documents:
        if d.history:
            for c in d.history.commits:
                c.summary = content_summary(c.content, fields) if c.content is not None else ""
    return render(request, "orbis_export/history.html", context)
