"""Provenance page of a project: ``/projects/<id>/orbis/`` — what is on Ceramic, what is pending, what failed.

Server-rendered from the sync ledger (:class:`~orbis_export.models.SyncRecord`) so it stays fast for big projects:
counts are aggregate queries, the table is paginated. Commit counts come from the ledger; with ``?node=1`` the rows
of the current page (at most ``NODE_READS``) are also read from the Ceramic node, concurrently and with a short
timeout, for the node's own commit count and anchor status. Members of the project's organization only (404 for
everyone else, as the sync API does).
"""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import render

from .jobs import studio_url
from .models import SyncJob, SyncRecord
from .target import SyncTarget, TargetRefused, ceramic_client

PAGE_SIZE = 50
NODE_READS = 50  # node reads per page view, at most
NODE_TIMEOUT = 3.0  # seconds per read


@dataclass
class NodeView:
    commits: int | None = None
    anchor_status: str | None = None
    controller: str | None = None
    error: str | None = None


def _project_for(user, project_id: int):
    from projects.models import Project

    project = Project.objects.select_related("organization").filter(pk=project_id).first()
    if project is None or project.organization is None or not project.organization.has_permission(user):
        raise Http404("no such project in your organizations")
    return project


def _read_node(target: SyncTarget, stream_ids: list[str]) -> dict[str, NodeView]:
    """Bounded, concurrent reads of the target's node for one page of rows; a failure is shown per row, never
    raised (a node the server must not talk to is not asked)."""
    from .ceramic import CeramicError

    out: dict[str, NodeView] = {}
    if not stream_ids:
        return out
    try:
        client = ceramic_client(target, timeout=NODE_TIMEOUT, connect_timeout=NODE_TIMEOUT, pool=8)
    except (TargetRefused, CeramicError) as exc:
        return {sid: NodeView(error=str(exc)[:200]) for sid in stream_ids[:NODE_READS]}
    with client:
        def one(sid: str) -> tuple[str, NodeView]:
            try:
                state = client.load(sid)
            except (CeramicError, OSError, ValueError) as exc:
                return sid, NodeView(error=str(exc)[:200] or type(exc).__name__)
            return sid, NodeView(commits=len(state.log), anchor_status=str(state.anchor_status or "unknown"),
                                 controller=state.controller)

        with ThreadPoolExecutor(max_workers=8) as pool:
            for sid, view in pool.map(one, stream_ids[:NODE_READS]):
                out[sid] = view
    return out


@login_required
def provenance(request, project_id: int):
    from tasks.models import Annotation

    project = _project_for(request.user, int(project_id))
    target = SyncTarget.for_project(project)  # its Ceramic Target Storage's model and context, else the server's
    model_id = target.model_id
    records = SyncRecord.objects.filter(project_id=project.pk)
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
    pending_login = int((latest_job.counts or {}).get("pending_signer", 0)) if latest_job else 0

    status_filter = request.GET.get("status", "")
    listed = records
    if status_filter in {s for s, _ in SyncRecord.STATUSES}:
        listed = listed.filter(status=status_filter)
    else:
        status_filter = ""
    listed = listed.order_by("-updated_at", "-id").only(
        "id", "task_id", "annotation_id", "annotator_id", "author_id", "origin", "controller", "signer_kind",
        "stream_id", "status", "deleted", "commits", "synced_at", "updated_at", "last_error", "error_kind", "model_id")
    paginator = Paginator(listed, PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))

    check_node = request.GET.get("node") == "1"
    node: dict[str, NodeView] = _read_node(target, [r.stream_id for r in page.object_list]) if check_node else {}
    rows: list[dict[str, Any]] = []
    for r in page.object_list:
        nv = node.get(r.stream_id)
        rows.append({
            "record": r,
            "node": nv,
        })

    context = {
        "project": project,
        "model_id": model_id,
        "context_id": target.context_id,
        "studio_url": studio_url(model_id),
        "counts": {**agg, "total_annotations": total_annotations, "not_saved": not_saved,
                   "pending_login": pending_login},
        "latest_job": latest_job,
        "rows": rows,
        "page": page,
        "status_filter": status_filter,
        "statuses": [s for s, _ in SyncRecord.STATUSES],
        "check_node": check_node,
        "node_reads": NODE_READS,
    }
    return render(request, "orbis_export/provenance.html", context)
