"""What the identity API shows a user: their link, their sessions (never a seed), their audit trail, the policy.

JSON shapes only; every decision (which session is current, whether it may sign) comes from
:mod:`orbis_export.identity`.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from django.conf import settings

from ..ceramic.cacao import Cacao
from ..ceramic.errors import CeramicError
from ..ceramic.siwe import iso_time
from ..identity import CHAIN_ID, CHALLENGE_TTL, cannot_sign, expire_sessions
from ..identity.policy import EXPIRING, seconds, utc_now
from ..models import IdentityEvent, LabelerIdentity, LabelerSession, SyncJob

# row kinds that wait for a person's wallet (not failures): see orbis_export.sync.results
WAITING_KINDS = ("pending_signer", "cannot_tombstone")
# the runs whose rows a person is told about: finished ones (a failed run planned nothing; a dry run wrote nothing)
REPORTED = (SyncJob.DONE, SyncJob.PARTIAL, SyncJob.CANCELLED)


def policy() -> dict[str, Any]:
    o = settings.ORBIS
    return {
        "defaultLifetimeSeconds": seconds(o.session_default_lifetime),
        "maxLifetimeSeconds": seconds(o.session_max_lifetime),
        "minRemainingSeconds": seconds(o.session_min_remaining),
        "challengeTtlSeconds": seconds(CHALLENGE_TTL),
        "chainId": int(CHAIN_ID),
        "signerFallback": o.signer_fallback,
    }


def _usability(row: LabelerSession, now: datetime, model: str | None) -> tuple[bool, str]:
    if row.status != LabelerSession.ACTIVE:
        return False, f"session is {row.status}"
    try:
        problem = cannot_sign(Cacao(row.cacao or {}), model=model, now=now)
    except CeramicError:
        return False, "the stored session cannot be used: reconnect the wallet"
    if problem == EXPIRING:
        return False, (f"session ends at {iso_time(row.expires_at)}, less than "
                       f"{seconds(settings.ORBIS.session_min_remaining)} s away (too close to expiry to sign safely): "
                       "reconnect the wallet")
    if problem:
        return False, f"session does not cover the configured model {model}: reconnect the wallet"
    return True, "ready to sign"


def session_public(row: LabelerSession, now: datetime | None = None) -> dict[str, Any]:
    """What a user (or the UI) may see of a session: never the seed."""
    now = utc_now(now)
    usable, reason = _usability(row, now, settings.ORBIS.model_id or None)
    return {
        "id": row.pk,
        "status": row.status,
        "source": row.source,
        "did": row.did,
        "address": row.address,
        "sessionDid": row.session_did,
        "resources": list(row.resources or []),
        "issuedAt": iso_time(row.issued_at) if row.issued_at else None,
        "expiresAt": iso_time(row.expires_at) if row.expires_at else None,
        "remainingSeconds": max(0, seconds(row.expires_at - now)) if row.expires_at else None,
        "usable": usable,
        "needsRenewal": row.status == LabelerSession.ACTIVE and not usable,
        "reason": reason,
        "activatedAt": iso_time(row.activated_at) if row.activated_at else None,
        "endedAt": iso_time(row.ended_at) if row.ended_at else None,
        "endReason": row.end_reason or None,
        "useCount": row.use_count,
        "lastUsedAt": iso_time(row.last_used_at) if row.last_used_at else None,
    }


def last_runs(project_ids=None, organization_user=None):
    """The latest reported (finished, not dry-run) job of each project: of ``project_ids``, or of every project in an
    organization ``organization_user`` is a member of."""
    from django.db.models import Max

    jobs = SyncJob.objects.filter(status__in=REPORTED, dry_run=False)
    if project_ids is not None:
        jobs = jobs.filter(project_id__in=list(project_ids))
    if organization_user is not None:
        from organizations.models import OrganizationMember

        orgs = OrganizationMember.objects.filter(user=organization_user, deleted_at__isnull=True)
        jobs = jobs.filter(project__organization_id__in=orgs.values("organization_id"))
    latest = jobs.values("project_id").annotate(last=Max("id")).values_list("last", flat=True)
    return SyncJob.objects.filter(id__in=list(latest)).select_related("project")


def waiting_authors(errors) -> dict[int, int | None]:
    """``{annotation id: user id}`` of a job's rows that wait for a person's wallet: the author of the annotation's
    current version (who must connect; the engine's own rule, :func:`orbis_export.authorship.verdicts`), or, for a
    deleted annotation waiting for its tombstone, its labeler."""
    from ..authorship import verdicts

    rows = [e for e in errors or [] if e.get("kind") in WAITING_KINDS and e.get("annotationId") is not None]
    found = verdicts(e["annotationId"] for e in rows if e.get("kind") == "pending_signer")
    return {e["annotationId"]: (found[e["annotationId"]].author_id if e["annotationId"] in found
                                else e.get("annotator")) for e in rows}


def _current_versions(annotation_ids) -> dict[int, tuple[int, str]]:
    """annotation id → (project id, its updated_at as the export renders it — what the ledger records)."""
    from rest_framework import serializers
    from tasks.models import Annotation

    when = serializers.DateTimeField()
    return {aid: (pid, when.to_representation(updated) if updated is not None else "")
            for aid, pid, updated in Annotation.objects.filter(id__in=list(annotation_ids), was_cancelled=False)
            .values_list("id", "project_id", "updated_at")}


def waiting(user, *, now: datetime | None = None) -> dict[str, Any]:
    """The user's own annotations that wait for their wallet: ``{count, projects: [{id, title, count}]}``.

    Own: the user saved the annotation's current version (the engine's authorship rule,
    :func:`orbis_export.authorship.verdicts`). Waiting: a project of the user's organizations has been synced (its
    last run names the model), that version is not on Ceramic (no synced ledger record of it), and the user has no
    session able to sign for that model (nothing waits when ``ORBIS_SIGNER_FALLBACK=service``: the service signs).
    Read from the database as it is now (never a session key: only the session's public state is looked at)."""
    from ..authorship import verdicts
    from ..models import AnnotationSave, SyncRecord

    empty = {"count": 0, "projects": []}
    if settings.ORBIS.signer_fallback == "service":
        return empty
    runs = {job.project_id: job for job in last_runs(organization_user=user)}
    if not runs:
        return empty
    from tasks.models import Annotation

    live = Annotation.objects.filter(project_id__in=list(runs), was_cancelled=False).values("id")
    saved = set(AnnotationSave.objects.filter(saved_by=user.pk, annotation_id__in=live)
                .values_list("annotation_id", flat=True))
    if not saved:
        return empty
    current = _current_versions(saved)
    written = set(SyncRecord.objects.filter(annotation_id__in=list(current), status=SyncRecord.SYNCED, deleted=False)
                  .values_list("annotation_id", "model_id", "annotation_updated_at"))
    unsynced = [aid for aid, (pid, updated) in current.items() if (aid, runs[pid].model_id, updated) not in written]
    now = utc_now(now)
    active = LabelerSession.objects.of(user).current()
    can_sign: dict[str, bool] = {}
    counts: dict[int, int] = {}
    for start in range(0, len(unsynced), 500):
        for aid, verdict in verdicts(unsynced[start:start + 500]).items():
            if verdict.author_id != user.pk:
                continue
            pid = current[aid][0]
            model = runs[pid].model_id or None
            if model not in can_sign:
                can_sign[model] = active is not None and _usability(active, now, model)[0]
            if not can_sign[model]:
                counts[pid] = counts.get(pid, 0) + 1
    projects = [{"id": pid, "title": runs[pid].project.title, "count": n} for pid, n in counts.items()]
    projects.sort(key=lambda p: (-p["count"], p["id"]))
    return {"count": sum(counts.values()), "projects": projects}


def status(user, *, now: datetime | None = None) -> dict[str, Any]:
    """The user's identity and current session (DID, address, expiry; never the secret), and how many of their own
    annotations wait for their wallet."""
    now = utc_now(now)
    expire_sessions(user, now=now)
    identity = LabelerIdentity.objects.filter(user=user).first()
    active = LabelerSession.objects.of(user).current()
    recent = LabelerSession.objects.of(user).signed().newest()[:10]
    return {
        "linked": identity is not None,
        "did": identity.did if identity else None,
        "address": identity.address if identity else None,
        "chainId": int(identity.chain_id) if identity else int(CHAIN_ID),
        "linkedAt": iso_time(identity.linked_at) if identity else None,
        "session": session_public(active, now) if active else None,
        "sessions": [session_public(s, now) for s in recent],
        "policy": policy(),
        "waiting": waiting(user, now=now),
    }


def audit(user, *, limit: int = 100) -> list[dict[str, Any]]:
    events = IdentityEvent.objects.filter(user=user).order_by("-created_at", "-id")[: max(1, min(limit, 500))]
    return [
        {"id": e.pk, "event": e.event, "at": iso_time(e.created_at), "did": e.did or None, "sessionId": e.session_id,
         "count": e.count, "detail": e.detail}
        for e in events
    ]


__all__ = ["policy", "session_public", "status", "audit", "waiting", "waiting_authors", "last_runs", "WAITING_KINDS"]
