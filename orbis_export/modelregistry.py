"""Which row model each project's rows go to, and how it changed (issue 14: schema evolution).

``modeldeploy`` records every model it deploys or checks for a project here. When the definition built from the
project differs from the newest entry's (a control added, a choice renamed, a new data column), the new model is the
next version; :func:`changes` says what changed in words a labeling lead understands. Documents written to an older
version stay there (they are history); the sync writes every annotation again to the newest version, each new
document naming its predecessor (``migrated_from``), so nothing loses its link.
"""
from __future__ import annotations

import hashlib
from typing import Any, Mapping

from django.db import IntegrityError, transaction

from .models import ProjectModel, SyncRecord


def config_hash(label_config: str) -> str:
    return hashlib.sha256((label_config or "").encode("utf-8")).hexdigest()


def current(project_id: int, kind: str = ProjectModel.ANNOTATIONS) -> ProjectModel | None:
    """The newest model of ``kind`` recorded for the project (None: none recorded)."""
    return ProjectModel.objects.filter(project_id=project_id, kind=kind).order_by("-version", "-id").first()


def current_model_id(project_id: int | None, kind: str = ProjectModel.ANNOTATIONS) -> str:
    if project_id is None:
        return ""
    entry = current(project_id, kind)
    return entry.model_id if entry is not None else ""


def _props(definition: Mapping[str, Any]) -> dict[str, Any]:
    schema = definition.get("schema") if isinstance(definition, Mapping) else None
    props = schema.get("properties") if isinstance(schema, Mapping) else None
    return dict(props) if isinstance(props, Mapping) else {}


def _kind(prop: Any) -> str:
    kind = prop.get("type") if isinstance(prop, Mapping) else None
    if isinstance(kind, list):
        kind = "/".join(k for k in kind if k != "null") or "null"
    return str(kind)


def changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[str]:
    """What differs between two model definitions, one line per field (empty: the same columns and meanings)."""
    before, after = _props(old), _props(new)
    lines = [f"+ {name}: new field ({_kind(after[name])})" for name in after if name not in before]
    lines += [f"- {name}: no longer in the rows ({_kind(before[name])})" for name in before if name not in after]
    for name in after:
        if name not in before or before[name] == after[name]:
            continue
        if _kind(before[name]) != _kind(after[name]):
            lines.append(f"~ {name}: type {_kind(before[name])} → {_kind(after[name])}")
        elif before[name].get("description") != after[name].get("description"):
            lines.append(f"~ {name}: {after[name].get('description') or 'description changed'}")
        else:
            lines.append(f"~ {name}: its schema changed")
    if not lines and old.get("accountRelation") != new.get("accountRelation"):
        lines.append("~ accountRelation changed")
    if not lines and old != new:
        lines.append("~ name or description of the model changed")
    return lines


def record(project, model_id: str, definition: Mapping[str, Any], kind: str = ProjectModel.ANNOTATIONS
           ) -> tuple[ProjectModel, bool]:
    """Record ``model_id`` as the project's newest model of ``kind`` (a no-op when it already is). Returns (entry,
    whether it is a new version)."""
    latest = current(project.pk, kind)
    if latest is not None and latest.model_id == model_id:
        return latest, False
    known = ProjectModel.objects.filter(project_id=project.pk, model_id=model_id).first()
    if known is not None:  # going back to an earlier version's model: it becomes the newest again
        version = (latest.version if latest else 0) + 1
        ProjectModel.objects.filter(pk=known.pk).update(version=version, previous_model_id=latest.model_id if latest
                                                        else "", changes=changes(latest.definition if latest else {},
                                                                                 definition))
        known.refresh_from_db()
        return known, True
    entry = ProjectModel(project_id=project.pk, kind=kind, model_id=model_id, version=(latest.version + 1) if latest else 1,
                         previous_model_id=latest.model_id if latest else "",
                         config_hash=config_hash(project.label_config), definition=dict(definition),
                         changes=changes(latest.definition, definition) if latest else [])
    try:
        with transaction.atomic():
            entry.save()
    except IntegrityError:  # recorded concurrently by another process
        return ProjectModel.objects.get(project_id=project.pk, model_id=model_id), False
    return entry, True


def earlier_streams(project_id: int, model_id: str) -> dict[int, dict[int | None, str]]:
    """annotation id → {author id → stream ID} of its newest documents in EARLIER model versions of the project (what
    a new document of ``model_id`` migrates from). Only documents that hold a version (no tombstones/superseded)."""
    entry = ProjectModel.objects.filter(project_id=project_id, model_id=model_id).first()
    if entry is None:
        return {}
    older = list(ProjectModel.objects.filter(project_id=project_id, kind=entry.kind, version__lt=entry.version)
                 .order_by("version").values_list("model_id", flat=True))
    found: dict[int, dict[int | None, str]] = {}
    for model in older:  # newest version last, so it wins
        for aid, author, sid in (SyncRecord.objects.filter(project_id=project_id, model_id=model,
                                                           status=SyncRecord.SYNCED, deleted=False)
                                 .order_by("id").values_list("annotation_id", "author_id", "stream_id")):
            found.setdefault(aid, {})[author] = sid
    return found


def migrated_from(earlier: Mapping[int, Mapping[int | None, str]], annotation_id: int, author_id: int | None) -> str:
    """The earlier document a new one continues: the same author's, else the annotation's only one ('' if none)."""
    streams = earlier.get(annotation_id) or {}
    if author_id in streams:
        return streams[author_id]
    return next(iter(streams.values())) if len(streams) == 1 else ""


__all__ = ["config_hash", "current", "current_model_id", "changes", "record", "earlier_streams", "migrated_from"]
