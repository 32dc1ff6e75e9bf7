"""Who signs an annotation's document, and the provenance fields it carries — from what this server saw.

The rule (issue 12): a DID signs only words its owner saved. The author of an annotation's current content is the
user whose logged-in save produced it (:mod:`orbis_export.authorship`), not ``completed_by``:

* the labeler saved it → the labeler's session signs (``signer_kind`` labeler, ``origin`` labeling);
* another user edited it, or created it in the labeler's name → *that* user's session signs a document of their own
  (``reviewer``; ``origin`` revision / attributed; a revision names the labeler's stream in ``revises``);
* nobody on record (import, older data, scripts) → only a declared stand-in (``exporter`` / ``service``) or nobody;
* a stand-in never signs with the labeler's own DID, and never writes over a document that holds another author's
  version. Anything that cannot be signed honestly waits as *pending*, with the reason.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any, Iterable, Mapping

from django.utils import timezone

from . import identity
from .authorship import LABELING, REVISION, Verdict
from .identity import SignerCache, SignerChoice
from .models import SyncRecord

STAND_INS = ("exporter", "service")


def author_of(rec: SyncRecord) -> int | None:
    """Whose version a ledger record holds (records written before authorship was tracked: their annotator's)."""
    return rec.author_id if rec.origin else rec.annotator_id


def choose(verdict: Verdict, *, exporter: Any = None, cache: SignerCache, model: str | None,
           now: datetime | None = None) -> SignerChoice:
    """The signer of ``verdict``'s annotation: kind labeler / reviewer / exporter / service, or pending."""
    now = now or timezone.now()
    claimed = verdict.claimed_id
    claimed_did = cache.entry(claimed, now).identity_did if claimed is not None else None
    # the labeler's DID goes into the document only when the labeler really saved a version of it
    shown_did = claimed_did if verdict.origin in (LABELING, REVISION) else None
    choice = identity.choose_signer(verdict.author_id, exporter=exporter, cache=cache, model=model, now=now)
    if choice.kind == "annotator":  # the author's own session
        kind = "labeler" if verdict.self_labeled else "reviewer"
        return replace(choice, kind=kind, reason=f"{verdict.detail}; signed by its author", annotator_id=claimed,
                       annotator_did=shown_did)
    if choice.ok and claimed_did and choice.did == claimed_did and not verdict.self_labeled:
        return SignerChoice("pending", None, f"{verdict.detail}; the stand-in signer would be the labeler's own DID, "
                            "which signs only what the labeler saved", claimed, shown_did)
    if choice.ok:
        return replace(choice, reason=f"{verdict.detail}; {choice.reason}", annotator_id=claimed,
                       annotator_did=shown_did)
    if verdict.author_id is None:
        reason = (f"{verdict.detail}; no one on record can sign it: its labeler can submit it again in Label Studio, "
                  "or set ORBIS_SIGNER_FALLBACK=service to have the server's service DID sign it (declared as such)")
    else:
        reason = f"{verdict.detail}; waits for user {verdict.author_id} to connect a wallet ({choice.reason})"
    return replace(choice, reason=reason, annotator_id=claimed, annotator_did=shown_did)


def holds_other_author(rec: SyncRecord | None, verdict: Verdict, choice: SignerChoice) -> bool:
    """A stand-in must not write over a document holding someone else's version (its history would mix authors)."""
    return (rec is not None and choice.kind in STAND_INS and rec.commits > 0 and not rec.deleted
            and author_of(rec) != verdict.author_id)


def revised_stream(verdict: Verdict, records: Iterable[SyncRecord], labeler_did: str | None) -> str:
    """For a revision: the stream holding the labeler's own version (empty when it was never written)."""
    if verdict.origin != REVISION:
        return ""
    for rec in records:
        own = rec.signer_kind in ("labeler", "annotator") and (
            author_of(rec) == verdict.claimed_id or (labeler_did and rec.controller == labeler_did))
        if own and rec.stream_id and (rec.tip or rec.status == SyncRecord.SYNCED):
            return rec.stream_id
    return ""


def provenance_fields(verdict: Verdict, choice: SignerChoice, revises: str = "",
                      links: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Who saved and who signs, plus what the row links to (``row_links.RowLinks.fields``)."""
    return {"saved_by": verdict.author_id, "origin": verdict.origin, "signer_kind": choice.kind,
            "signer_did": choice.did, "revises": revises, **(links or {})}


def signer_for_controller(rec: SyncRecord, *, exporter: Any, cache: SignerCache, model: str | None,
                          users: Iterable[int | None] = ()) -> SignerChoice | None:
    """A signer that writes as ``rec.controller`` (to tombstone it): the session of the author, the labeler or the
    exporter whose DID it is, else the service key."""
    now = timezone.now()
    candidates = [author_of(rec), rec.annotator_id, *users]
    exporter_id = getattr(exporter, "pk", exporter)
    for uid in dict.fromkeys(u for u in candidates if u is not None):
        choice = identity.choose_signer(uid, cache=cache, model=model, now=now)
        if choice.kind == "annotator" and choice.did == rec.controller:
            return replace(choice, kind=rec.signer_kind or "labeler")
    if exporter_id is not None:
        entry = cache.entry(exporter_id, now)
        if entry.session is not None and entry.session.did == rec.controller:
            return SignerChoice("exporter", entry.session, "the exporting user wrote this document", rec.annotator_id,
                                None, exporter_id, entry.session_id)
    service = cache.service_key()
    if service is not None and service.did == rec.controller:
        return SignerChoice("service", service, "the service DID wrote this document", rec.annotator_id)
    return None


def content_for(row_model, row: Mapping[str, Any], verdict: Verdict, choice: SignerChoice, *, project_id: int,
                source: str, revises: str = "", links: Mapping[str, Any] | None = None) -> dict[str, Any]:
    return row_model.content(row, project_id=project_id, source=source, annotator_did=choice.annotator_did or "",
                             provenance=provenance_fields(verdict, choice, revises, links))


__all__ = ["choose", "author_of", "holds_other_author", "revised_stream", "provenance_fields", "content_for",
           "signer_for_controller", "STAND_INS", "LABELING"]
