"""Who saved each version of an annotation, as this server saw it — the only source of authorship we sign.

Label Studio lets an API caller (and an import file) set ``completed_by`` to anyone, so it is a *claim*. What we
trust is the user authenticated on the request that saved the annotation (kept for the request's duration by
:class:`AuthorshipMiddleware`; DRF's authentication writes the session or token user onto that same request), read in
a ``post_save`` receiver. Code that saves annotations outside a request (tests, benchmarks, scripts) names its
user explicitly with :func:`acting_as`; a save with neither is recorded with nobody as its author.

:func:`verdicts` turns that log into, per annotation, whose words its current content is and how they got there;
``provenance.py`` picks the signer from it.
"""
from __future__ import annotations

import hashlib
import json
import logging
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from .models import AnnotationSave

logger = logging.getLogger(__name__)

_local = threading.local()

# how an annotation's current content came about (written into every document as ``origin``)
LABELING = "labeling"  # saved by its labeler (the user Label Studio names in completed_by) themselves
REVISION = "revision"  # changed by another user after the labeler saved it
ATTRIBUTED = "attributed"  # created by another user in the labeler's name (completed_by set by the caller)
IMPORT = "import"  # came in through a project import (bulk-created: nobody on this server saved it)
UNRECORDED = "unrecorded"  # no save on record produced this content (older data, a script, a raw database change)
ORIGINS = (LABELING, REVISION, ATTRIBUTED, IMPORT, UNRECORDED)


def version_hash(result: Any, data: Any) -> str:
    """Fingerprint of what a labeler's signature covers: the annotation's result and the task data it labels."""
    canonical = json.dumps({"result": result if result is not None else [], "data": data if data is not None else {}},
                           sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()  # task text may hold a lone surrogate


@contextmanager
def acting_as(user: Any) -> Iterator[None]:
    """Attribute annotation saves made in this block, outside any HTTP request, to ``user`` (trusted server code
    only: tests, benchmarks, seed scripts). Inside a request the request's user always wins."""
    previous = getattr(_local, "actor", None)
    _local.actor = getattr(user, "pk", user)
    try:
        yield
    finally:
        _local.actor = previous


class AuthorshipMiddleware:
    """Keeps the request being handled on this thread for the save receiver, strictly for the request's duration
    (``finally``: a thread-local cleared by a signal can outlive its request, e.g. when the signal never fires).
    ``request.user`` is read at save time, after DRF has authenticated a session or an API token."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        previous = getattr(_local, "request", None)
        _local.request = request
        try:
            return self.get_response(request)
        finally:
            _local.request = previous


def _current_saver() -> tuple[int | None, str, str]:
    """(user id, via, path) of whoever is saving right now."""
    request = getattr(_local, "request", None)
    if request is not None:
        user = getattr(request, "user", None)
        uid = user.pk if user is not None and getattr(user, "is_authenticated", False) else None
        path = (getattr(request, "path", "") or "")[:200]
        via = AnnotationSave.VIA_ADMIN if path.startswith("/admin/") else AnnotationSave.VIA_REQUEST
        return uid, via, path
    actor = getattr(_local, "actor", None)
    if actor is not None:
        return int(actor), AnnotationSave.VIA_SCRIPT, ""
    return None, AnnotationSave.VIA_NONE, ""


def record_save(annotation: Any, *, created: bool = False, deleted: bool = False) -> AnnotationSave:
    uid, via, path = _current_saver()
    task = getattr(annotation, "task", None)
    event = AnnotationSave.DELETED if deleted else (AnnotationSave.CREATED if created else AnnotationSave.SAVED)
    return AnnotationSave.objects.create(
        annotation_id=annotation.pk, project_id=annotation.project_id, task_id=annotation.task_id, event=event,
        saved_by=uid, claimed_id=annotation.completed_by_id, via=via, path=path,
        version_hash="" if deleted else version_hash(annotation.result, getattr(task, "data", None)))


def record_bulk(saves: Iterable[tuple[Any, Any]]) -> None:
    """Record ``(annotation, user)`` saves of annotations made with ``bulk_create`` (which sends no signals) by
    trusted server code (benchmarks, seed scripts)."""
    AnnotationSave.objects.bulk_create([
        AnnotationSave(annotation_id=a.pk, project_id=a.project_id, task_id=a.task_id, event=AnnotationSave.CREATED,
                       saved_by=getattr(user, "pk", user), claimed_id=a.completed_by_id, via=AnnotationSave.VIA_SCRIPT,
                       version_hash=version_hash(a.result, a.task.data))
        for a, user in saves], batch_size=1000)


# --- receivers (connected in OrbisExportConfig.ready) -----------------------------------------------------------


def on_annotation_saved(sender, instance, created=False, raw=False, **kwargs) -> None:
    if raw:  # loaddata
        return
    record_save(instance, created=created)


def on_annotation_deleted(sender, instance, **kwargs) -> None:
    try:
        record_save(instance, deleted=True)
    except Exception:  # noqa: BLE001 - the audit row must never block a deletion
        logger.exception("could not record the deletion of annotation %s", instance.pk)


# --- verdicts: whose words is the current content -----------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    annotation_id: int
    claimed_id: int | None  # completed_by now (a claim)
    author_id: int | None  # the user whose save produced the current content (None: nobody on record)
    origin: str  # one of ORIGINS
    detail: str  # one readable sentence: how the content came about

    @property
    def self_labeled(self) -> bool:
        return self.origin == LABELING


def _verdict(aid: int, claimed: int | None, imported: bool, current: str,
             saves: list[tuple[int | None, str]]) -> Verdict:
    # The producer is the first save of the trailing run of saves that hold the current content: a later save that
    # changed nothing (Label Studio re-saves annotations for counters, ground truth…) does not make its user the author.
    producer = None
    for index in range(len(saves) - 1, -1, -1):
        if saves[index][1] != current:
            break
        producer = index
    if producer is None:
        if not saves and imported:
            return Verdict(aid, claimed, None, IMPORT, "imported into the project (nobody on this server saved it)")
        why = ("nobody is recorded as saving it on this server" if not saves else
               "its content changed without a recorded save (task data or result edited outside Label Studio's API)")
        return Verdict(aid, claimed, None, UNRECORDED, why)
    author = saves[producer][0]
    if author is None:
        return Verdict(aid, claimed, None, UNRECORDED, "saved outside any logged-in request, so nobody is its author")
    if author == claimed:
        return Verdict(aid, claimed, author, LABELING, f"saved by its labeler (user {author})")
    if any(saver == claimed for saver, _ in saves[:producer]):
        return Verdict(aid, claimed, author, REVISION, f"edited by user {author} after its labeler (user {claimed}) "
                       "saved it")
    return Verdict(aid, claimed, author, ATTRIBUTED, f"saved by user {author} in the name of user {claimed}")


def verdicts(annotation_ids: Iterable[int]) -> dict[int, Verdict]:
    """The verdict of each annotation (two queries)."""
    from tasks.models import Annotation

    ids = list(annotation_ids)
    if not ids:
        return {}
    saves: dict[int, list[tuple[int | None, str]]] = {}
    for aid, saver, digest in (AnnotationSave.objects.filter(annotation_id__in=ids)
                               .exclude(event=AnnotationSave.DELETED).order_by("id")
                               .values_list("annotation_id", "saved_by", "version_hash")):
        saves.setdefault(aid, []).append((saver, digest))
    out = {}
    for aid, claimed, import_id, result, data in (Annotation.objects.filter(id__in=ids)
                                                  .values_list("id", "completed_by_id", "import_id", "result",
                                                               "task__data")):
        out[aid] = _verdict(aid, claimed, import_id is not None, version_hash(result, data), saves.get(aid, []))
    return out


__all__ = ["AuthorshipMiddleware", "acting_as", "record_save", "record_bulk", "verdicts", "Verdict", "version_hash", "ORIGINS", "LABELING",
           "REVISION", "ATTRIBUTED", "IMPORT", "UNRECORDED"]
