"""What the server-rendered Ceramic pages share: the membership rule, people's names, short label summaries."""
from __future__ import annotations

from typing import Any, Iterable

from django.http import Http404

from ..api.base import member
from ..pending import display_names


def project_for(user, project_id: int):
    """The project if ``user`` is a member of its organization; 404 otherwise (as the APIs answer)."""
    from projects.models import Project

    project = Project.objects.select_related("organization").filter(pk=project_id).first()
    if project is None or not member(user, project.organization):
        raise Http404("no such project in your organizations")
    return project


def people(user_ids: Iterable[int | None]) -> dict[int, str]:
    """user id → 'Name <email>' (or the email alone) for display."""
    out = {}
    for uid, (name, email) in display_names(user_ids).items():
        out[uid] = f"{name} <{email}>" if name and email and name != email else (email or name or f"user {uid}")
    return out


def label_fields(project) -> list[str]:
    """The project's control tag names (the fields a document's labels are stored under)."""
    try:
        return list((project.get_parsed_config() or {}).keys())
    except Exception:  # a broken config must not break a read-only page
        return []


def _values(value: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for key, v in value.items():
        if key in ("start", "end", "x", "y", "width", "height", "rotation", "startOffset", "endOffset", "global_offsets"):
            continue
        if isinstance(v, list):
            out.extend(str(x) for x in v if not isinstance(x, (dict, list)))
        elif isinstance(v, (str, int, float)) and not isinstance(v, bool):
            out.append(str(v))
    return out


def label_summary(result: Any, limit: int = 80) -> str:
    """'sentiment: Positive; tags: A, B' from a Label Studio result, shortened to ``limit`` characters."""
    grouped: dict[str, list[str]] = {}
    for item in result or []:
        if not isinstance(item, dict) or not isinstance(item.get("value"), dict):
            continue
        name = str(item.get("from_name") or item.get("type") or "?")
        for text in _values(item["value"]):
            if text not in grouped.setdefault(name, []):
                grouped[name].append(text)
    text = "; ".join(f"{name}: {', '.join(vals)}" for name, vals in grouped.items() if vals)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def content_summary(content: dict[str, Any] | None, fields: Iterable[str], limit: int = 80) -> str:
    """The label fields of a document's content, shortened."""
    if not content:
        return ""
    parts = []
    for f in fields:
        if f in content and content[f] not in (None, "", []):
            v = content[f]
            parts.append(f"{f}: {', '.join(map(str, v)) if isinstance(v, list) else v}")
    text = "; ".join(parts)
    return text if len(text) <= limit else text[: limit - 1] + "…"
