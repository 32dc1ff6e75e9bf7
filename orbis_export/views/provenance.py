"""Provenance page of a project: ``/projects/<id>/orbis/`` — what is on Ceramic, what waits for whom, what failed.

Server-rendered from the sync ledger (:class:`~orbis_export.models.SyncRecord`) so it stays fast for big projects:
counts are aggregate queries, the table is paginated. The "ours" commit count comes from the ledger; with ``?node=1``
the rows of the current page are also read from the Ceramic node (:func:`orbis_export.history.read_streams`: the
node's own copy, in parallel, bounded in time, a reason per row) for the node's commit count and anchor status.
``?status=pending`` lists the annotations that wait for a person (:mod:`orbis_export.pending`). Members of the
project's organization only (404 for everyone else, as the sync API does).
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.shortcuts import render

from ..ceramic import CeramicError
from ..history import DEADLINE, READ_TIMEOUT, REASONS, WORKERS, Reading, read_streams
from ..jobs import studio_url
from ..models import SyncJob, SyncRecord
from ..pending import pending_for
from ..predictions.keys import model_dids
from ..predictions.quality import by_model_version
from ..predictions.suggestions import Suggestions
from ..target import SyncTarget, TargetRefused, ceramic_client
from .common import label_summary, people, project_for

PAGE_SIZE = 50
NODE_READS = PAGE_SIZE  # node reads per page view, at most
PENDING = "pending"


@dataclass
class NodeView:
    commits: int | None = None
    anchor_status: str | None = None
    controller: str | None = None
    reason: str = ""  # '' when read; else a code of history.REASONS
    error: str = ""  # the readable detail

    @property
    def reason_text(self) -> str:
        return REASONS.get(self.reason, self.reason)


def read_node(target: SyncTarget, stream_ids: list[str]) -> dict[str, NodeView]:
    """One page of rows read from the target's node; a failure is shown per row, never raised (a node the server
    must not talk to is not asked)."""
    ids = [s for s in stream_ids if s][:NODE_READS]
    if not ids:
        return {}
    try:
        client = ceramic_client(target, timeout=READ_TIMEOUT, connect_timeout=2.0, pool=WORKERS)
    except (TargetRefused, CeramicError) as exc:
        reason = "not_allowed" if isinstance(exc, TargetRefused) else "error"
        return {sid: NodeView(reason=reason, error=str(exc).splitlines()[0][:300]) for sid in ids}
    with client:
        readings = read_streams(client, ids, workers=WORKERS, deadline=DEADLINE, timeout=READ_TIMEOUT)
    return {sid: _node_view(r) for sid, r in readings.items()}


def _node_view(r: Reading) -> NodeView:
    if not r.ok:
        return NodeView(reason=r.reason, error=r.detail)
    return NodeView(commits=len(r.state.log), anchor_status=str(r.state.anchor_status or "unknown"),
                    controller=r.state.controller)


def _labels(annotation_ids) -> dict[int, str]:
    from tasks.models import Annotation

    return {aid: label_summary(result)
            for aid, result in Annotation.objects.filter(pk__in=list(annotation_ids)).values_list("id", "result")}


@login_required
def provenance(request, project_id: int):
    from tasks.models import Annotation

    project = project_for(request.user, int(project_id))
    target = SyncTarget.for_project(project)  # its Ceramic Target Storage's model and context, else the server's
    model_id = target.model_id
    records = SyncRecord.objects.of_annotations().filter(project_id=project.pk)
    if model_id:
        records = records.filter(model_id=model_id)

    agg = records.aggregate(
        synced=Count("id", filter=Q(status=SyncRecord.SYNCED, deleted=False)),
        deleted=Count("id", filter=Q(status=SyncRecord.SYNCED, deleted=True)),
        failed=Count("id", filter=Q(status=SyncRecord.FAILED)),
        in_flight=Count("id", filter=Q(status__in=[SyncRecord.CREATING, SyncRecord.UPDATING])),
        total=Count("id"),
    )
    annotations = Annotation.objects.filter(project=project, was_cancelled=False)
    total_annotations = annotations.count()
    not_saved = annotations.exclude(
        pk__in=records.exclude(status=SyncRecord.SUPERSEDED).values("annotation_id")).count()
    latest_job = SyncJob.objects.filter(project=project).order_by("-created_at", "-id").first()
    pending_last_run = int((latest_job.counts or {}).get("pending_signer", 0)) if latest_job else 0
    waiting = pending_for(project, model_id)

    status_filter = request.GET.get("status", "")
    statuses = [s for s, _ in SyncRecord.STATUSES]
    if status_filter not in {*statuses, PENDING}:
        status_filter = ""
    check_node = request.GET.get("node") == "1" and status_filter != PENDING

    rows: list[dict[str, Any]] = []
    pending_rows: list[dict[str, Any]] = []
    page = None
    node_seconds = None
    if status_filter == PENDING:
        listed = waiting.rows
        page = Paginator(listed, PAGE_SIZE).get_page(request.GET.get("page"))
        labels = _labels(r.annotation_id for r in page.object_list)
        by_user = {p.user_id: p for p in waiting.people}
        for r in page.object_list:
            pending_rows.append({"row": r, "label": labels.get(r.annotation_id, ""), "person": by_user.get(r.user_id)})
    else:
        listed = records if not status_filter else records.filter(status=status_filter)
        listed = listed.order_by("-updated_at", "-id").only(
            "id", "task_id", "annotation_id", "annotator_id", "author_id", "origin", "controller", "signer_kind",
            "stream_id", "status", "deleted", "commits", "synced_at", "updated_at", "last_error", "error_kind",
            "model_id")
        page = Paginator(listed, PAGE_SIZE).get_page(request.GET.get("page"))
        node: dict[str, NodeView] = {}
        if check_node:
            started = time.monotonic()
            node = read_node(target, [r.stream_id for r in page.object_list])
            node_seconds = time.monotonic() - started
        names = people([r.annotator_id for r in page.object_list] + [r.author_id for r in page.object_list])
        labels = _labels(r.annotation_id for r in page.object_list)
        suggested = Suggestions(project.pk).fields(r.annotation_id for r in page.object_list)
        for r in page.object_list:
            rows.append({"record": r, "node": node.get(r.stream_id), "labeler": names.get(r.annotator_id, ""),
                         "author": names.get(r.author_id, "") if r.author_id else "",
                         "label": labels.get(r.annotation_id, ""), "suggestion": suggested.get(r.annotation_id)})

    node_problems = sorted({(row["node"].reason, row["node"].reason_text) for row in rows
                            if row["node"] is not None and row["node"].reason})
    dids = model_dids(project.pk)
    quality = [{"q": q, "did": dids.get(q.model_version, ""),
                "bars": [(kind, n, round(100 * n / q.suggestions)) for kind, n in
                         (("accepted", q.accepted), ("edited", q.edited), ("ignored", q.ignored),
                          ("not_reviewed", q.not_reviewed)) if n]} for q in by_model_version(project)]
    context = {
        "project": project,
        "quality": quality,
        "model_id": model_id,
        "context_id": target.context_id,
        "studio_url": studio_url(model_id),
        "counts": {**agg, "total_annotations": total_annotations, "not_saved": not_saved,
                   "pending": waiting.count, "pending_last_run": pending_last_run, "ready": waiting.ready},
        "waiting": waiting,
        "latest_job": latest_job,
        "rows": rows,
        "pending_rows": pending_rows,
        "page": page,
        "status_filter": status_filter,
        "statuses": statuses,
        "check_node": check_node,
        "node_seconds": node_seconds,
        "node_problems": node_problems,
        "node_reads": NODE_READS,
        "read_timeout": READ_TIMEOUT,
        "read_deadline": DEADLINE,
    }
    return render(request, "orbis_export/provenance.html", context)
