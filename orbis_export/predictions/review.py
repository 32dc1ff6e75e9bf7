"""What a person did with a model's suggestion, control by control — decided on the server from Label Studio's
records (the annotation's parent prediction and both results), not from the ``origin`` flag the browser sends.

Per control:
  accepted  the annotation holds exactly what the prediction suggested for it
  edited    the prediction suggested something for it and the annotation holds something else
  removed   the prediction suggested something for it and the annotation holds nothing
  manual    the prediction suggested nothing for it (or there was no prediction) and the person labeled it
For the whole row: ``accepted`` (every suggestion kept as is, nothing added), ``edited`` (a suggestion changed,
removed or completed by hand) or ``manual`` (no suggestion behind it).

Pure functions over plain values: no Django.
"""
from __future__ import annotations

import json
from typing import Any, Mapping

ACCEPTED, EDITED, REMOVED, MANUAL = "accepted", "edited", "removed", "manual"
# keys of a result item that say nothing about the label itself
_IGNORED = {"id", "origin", "score", "readonly", "hidden", "parentID", "meta", "original_width", "original_height",
            "image_rotation"}


def _item_key(item: Mapping[str, Any]) -> str:
    kept = {k: v for k, v in item.items() if k not in _IGNORED}
    return json.dumps(kept, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def by_control(result: Any) -> dict[str, list[str]]:
    """A result list → control name → its items (sorted canonical forms, so order and region ids do not matter)."""
    out: dict[str, list[str]] = {}
    for item in result if isinstance(result, list) else []:
        if isinstance(item, Mapping) and isinstance(item.get("from_name"), str) and item.get("type") != "relation":
            out.setdefault(item["from_name"], []).append(_item_key(item))
    return {name: sorted(items) for name, items in out.items()}


def review(annotation_result: Any, prediction_result: Any | None) -> dict[str, str]:
    """Control name → accepted / edited / removed / manual."""
    ours = by_control(annotation_result)
    suggested = by_control(prediction_result) if prediction_result is not None else {}
    verdicts: dict[str, str] = {}
    for name in sorted(set(ours) | set(suggested)):
        if name not in suggested:
            verdicts[name] = MANUAL
        elif name not in ours:
            verdicts[name] = REMOVED
        else:
            verdicts[name] = ACCEPTED if ours[name] == suggested[name] else EDITED
    return verdicts


def overall(verdicts: Mapping[str, str], had_prediction: bool) -> str:
    if not had_prediction:
        return MANUAL
    return ACCEPTED if verdicts and all(v == ACCEPTED for v in verdicts.values()) else EDITED


__all__ = ["review", "overall", "by_control", "ACCEPTED", "EDITED", "REMOVED", "MANUAL"]
