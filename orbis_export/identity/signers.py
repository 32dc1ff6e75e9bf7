"""Who signs a row: the one signer choice every writer uses (sync engine, verify, export button, jobs).

Order: the annotator's own usable session; else ``settings.ORBIS.signer_fallback``: 'exporter' (the exporting
user's session), 'service' (``ORBIS_SERVICE_SEED``'s did:key; the row carries the annotator only as data) or
'pending' (the labeler must connect: report the row, never drop it). "Usable" is :func:`.policy.cannot_sign`.

    with SignerCache(exporter=request.user) as signers:
        for row in rows:
            choice = signers.choose(row["annotator"])
            ...write with choice.signer...
            signers.record_use(choice)
"""
from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Union

from django.conf import settings
from django.db import transaction
from django.db.models import F

from ..ceramic.cacao import Cacao
from ..ceramic.errors import CeramicError
from ..ceramic.keys import Ed25519DIDKey
from ..ceramic.session import Session
from ..ceramic.siwe import iso_time
from ..crypto import SeedDecryptionError, decrypt_seed
from ..models import IdentityEvent, LabelerIdentity, LabelerSession
from .policy import EXPIRING, cannot_sign, utc_now
from .sessions import as_user_id, expire_sessions

logger = logging.getLogger("orbis_export.identity")

Signer = Union[Session, Ed25519DIDKey]


@dataclass(frozen=True)
class SignerChoice:
    """Who signs one row. ``signer`` is a :class:`Session` (annotator / exporter), an ``Ed25519DIDKey`` (service)
    or None (pending: the labeler must connect; report the row, never drop it)."""

    kind: str  # 'annotator' | 'exporter' | 'service' | 'pending'
    signer: Signer | None
    reason: str
    annotator_id: int | None = None
    annotator_did: str | None = None  # the annotator's linked did:pkh, if any (put it in the row's data)
    signer_user_id: int | None = None
    session_id: int | None = None

    @property
    def ok(self) -> bool:
        return self.signer is not None

    @property
    def session(self) -> Session | None:
        """The DID session for 'annotator' / 'exporter' choices (None for 'service' and 'pending')."""
        return self.signer if isinstance(self.signer, Session) else None

    @property
    def did(self) -> str | None:
        """The controller the row is written as (did:pkh of a session, did:key of the service)."""
        return self.signer.did if self.signer is not None else None

    def __repr__(self) -> str:
        return f"SignerChoice(kind={self.kind!r}, did={self.did!r}, annotator={self.annotator_id!r})"


@dataclass
class _Entry:
    """A user's current session as the signer sees it: decrypted once per run (or why there is none)."""

    session: Session | None
    session_id: int | None
    identity_did: str | None
    why_not: str

    def why_not_now(self, now: datetime, model: str | None) -> str:
        """'' when the session may sign rows of ``model`` now, else why not (worded for "annotator 7 …")."""
        if self.session is None:
            return self.why_not
        problem = cannot_sign(self.session.cacao, model=model, now=now)
        if problem == EXPIRING:
            return f"has a session too close to expiry (ends {iso_time(self.session.expires_at)})"
        if problem:
            return f"has a session that does not cover model {model}"
        return ""


class SignerCache:
    """The signer choice for one run: each user's session is loaded and decrypted once, and uses are counted in
    memory and written once per session by :meth:`flush` (also on leaving a ``with`` block).

    ``exporter`` (a user, a user id or None) and ``model`` (default: ``ORBIS_MODEL_ID`` when choosing) apply to every
    :meth:`choose` that does not name its own."""

    def __init__(self, *, exporter: Any = None, model: str | None = None) -> None:
        self.exporter = exporter
        self.model = model
        self._entries: dict[int, _Entry] = {}
        self._uses: Counter[int] = Counter()
        self._users: dict[int, tuple[int, str]] = {}
        self._service: Ed25519DIDKey | None = None

    def __enter__(self) -> "SignerCache":
        return self

    def __exit__(self, *exc: object) -> None:
        self.flush()

    def choose(self, annotator: Any, *, exporter: Any = None, model: str | None = None,
               now: datetime | None = None) -> SignerChoice:
        """THE signer choice for one row. ``annotator`` / ``exporter``: a user, a user id (JSON_MIN's
        ``annotator``) or None; ``exporter`` / ``model`` default to the cache's."""
        now = utc_now(now)
        exporter = exporter if exporter is not None else self.exporter
        model = model if model is not None else self.model
        model = model if model is not None else (settings.ORBIS.model_id or None)
        annotator_id, exporter_id = as_user_id(annotator), as_user_id(exporter)
        annotator_did = None
        if annotator_id is None:
            why = "the row has no annotator"
        else:
            entry = self.entry(annotator_id, now)
            annotator_did = entry.identity_did
            why = entry.why_not_now(now, model)
            if not why:
                return SignerChoice("annotator", entry.session, "signed by the annotator's own session", annotator_id,
                                    annotator_did, annotator_id, entry.session_id)
            why = f"annotator {annotator_id} {why}"
        fallback = settings.ORBIS.signer_fallback
        if fallback == "exporter":
            if exporter_id is None:
                why_exp = "no exporting user was given"
            else:
                exp_entry = self.entry(exporter_id, now)
                why_exp = exp_entry.why_not_now(now, model)
                if not why_exp:
                    return SignerChoice("exporter", exp_entry.session,
                                        f"{why}; signed by the exporting user {exporter_id}", annotator_id,
                                        annotator_did, exporter_id, exp_entry.session_id)
                why_exp = f"the exporting user {exporter_id} {why_exp}"
            return SignerChoice("pending", None, f"labeler must connect: {why}, and {why_exp}", annotator_id,
                                annotator_did)
        if fallback == "service":
            key = self.service_key()
            if key is not None:
                return SignerChoice("service", key, f"{why}; signed by the service DID", annotator_id, annotator_did)
            return SignerChoice("pending", None, f"labeler must connect: {why} (no ORBIS_SERVICE_SEED)", annotator_id,
                                annotator_did)
        return SignerChoice("pending", None, f"labeler must connect: {why}", annotator_id, annotator_did)

    def entry(self, user_id: int, now: datetime) -> _Entry:
        cached = self._entries.get(user_id)
        if cached is None:
            cached = self._entries[user_id] = _load_entry(user_id, now)
        return cached

    def service_key(self) -> Ed25519DIDKey | None:
        seed = settings.ORBIS.service_seed
        if seed is None:
            return None
        if self._service is None:
            self._service = Ed25519DIDKey(seed)
        return self._service

    def record_use(self, choice: SignerChoice, count: int = 1) -> None:
        """Count signatures made with ``choice`` (service signatures are not per-user and are not counted)."""
        if choice.session_id is not None and count > 0:
            self._uses[choice.session_id] += count
            self._users[choice.session_id] = (choice.signer_user_id, choice.did or "")

    def flush(self, now: datetime | None = None) -> None:
        if not self._uses:
            return
        now = utc_now(now)
        uses, users = dict(self._uses), dict(self._users)
        self._uses.clear()
        with transaction.atomic():
            for session_id, count in uses.items():
                LabelerSession.objects.filter(pk=session_id).update(use_count=F("use_count") + count,
                                                                    last_used_at=now)
                user_id, did = users[session_id]
                IdentityEvent.objects.create(user_id=user_id, session_id=session_id, event=IdentityEvent.USED,
                                             did=did, count=count, detail={"session_id": session_id})


def _load_entry(user_id: int, now: datetime) -> _Entry:
    expire_sessions(user_id, now=now)
    identity = LabelerIdentity.objects.filter(user_id=user_id).only("did").first()
    did = identity.did if identity else None
    row = LabelerSession.objects.of(user_id).current()
    if row is None:
        last = LabelerSession.objects.of(user_id).signed().newest().first()
        if identity is None:
            why = "has not connected a wallet"
        elif last is not None and last.status in (LabelerSession.EXPIRED, LabelerSession.REVOKED):
            why = f"has no active session (the last one {last.status})"
        else:
            why = "has no active session"
        return _Entry(None, None, did, why)
    try:
        key = decrypt_seed(row.seed_encrypted, expected_did=row.session_did)
        session = Session(key, Cacao(row.cacao))
    except (SeedDecryptionError, CeramicError) as exc:
        logger.error("identity: stored session %s of user %s is unusable: %s", row.pk, user_id,
                     exc.message if isinstance(exc, CeramicError) else exc)
        return _Entry(None, None, did, "has a stored session that cannot be used (server key changed?)")
    return _Entry(session, row.pk, did, "")


def choose_signer(annotator: Any, *, exporter: Any = None, cache: SignerCache | None = None,
                  model: str | None = None, now: datetime | None = None) -> SignerChoice:
    """:meth:`SignerCache.choose` for one row (a fresh cache when none is given; pass one when choosing for many)."""
    cache = cache if cache is not None else SignerCache()
    return cache.choose(annotator, exporter=exporter, model=model, now=now)


def load_session(user: Any, *, model: str | None = None, now: datetime | None = None) -> Session | None:
    """The user's usable session (active, enough time left, covers the model), or None."""
    now = utc_now(now)
    model = model if model is not None else (settings.ORBIS.model_id or None)
    uid = as_user_id(user)
    if uid is None:
        return None
    entry = _load_entry(uid, now)
    return None if entry.why_not_now(now, model) else entry.session


def record_use(choice: SignerChoice, count: int = 1) -> None:
    """Count signatures made outside a SignerCache (e.g. one row from the export button)."""
    cache = SignerCache()
    cache.record_use(choice, count)
    cache.flush()


__all__ = ["Signer", "SignerChoice", "SignerCache", "choose_signer", "load_session", "record_use"]
