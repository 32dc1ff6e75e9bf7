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
from ..models import IdentityEvent, LabelerIdentity, LabelerSession


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


def status(user, *, now: datetime | None = None) -> dict[str, Any]:
    """The user's identity and current session (DID, address, expiry; never the secret)."""
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
    }


def audit(user, *, limit: int = 100) -> list[dict[str, Any]]:
    events = IdentityEvent.objects.filter(user=user).order_by("-created_at", "-id")[: max(1, min(limit, 500))]
    return [
        {"id": e.pk, "event": e.event, "at": iso_time(e.created_at), "did": e.did or None, "sessionId": e.session_id,
         "count": e.count, "detail": e.detail}
        for e in events
    ]


__all__ = ["policy", "session_public", "status", "audit"]
