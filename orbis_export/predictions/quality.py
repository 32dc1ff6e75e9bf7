"""Per model version: how people treated its suggestions — the quality signal a team lead reads.

From Label Studio's records (predictions, annotations and their parent prediction), compared on the server as
``review.py`` does: for each model version, suggestions made, accepted unchanged, edited, ignored (the task was
labeled without starting from the suggestion) and not reviewed yet.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .review import ACCEPTED, overall, review


@dataclass
class VersionQuality:
    model_version: str
    suggestions: int = 0
    accepted: int = 0
    edited: int = 0
    ignored: int = 0
    not_reviewed: int = 0
    scores: list[float] = field(default_factory=list, repr=False)

    @property
    def reviewed(self) -> int:
        return self.accepted + self.edited + self.ignored

    @property
    def acceptance(self) -> float | None:
        """Share of reviewed suggestions accepted unchanged (None: none reviewed yet)."""
        return self.accepted / self.reviewed if self.reviewed else None

    @property
    def mean_score(self) -> float | None:
        return sum(self.scores) / len(self.scores) if self.scores else None

    def as_dict(self) -> dict[str, Any]:
        return {"modelVersion": self.model_version, "suggestions": self.suggestions, "accepted": self.accepted,
                "edited": self.edited, "ignored": self.ignored, "notReviewed": self.not_reviewed,
                "acceptance": self.acceptance, "meanScore": self.mean_score}


def by_model_version(project) -> list[VersionQuality]:
    """One entry per model version that suggested something in the project, most suggestions first."""
    from tasks.models import Annotation, Prediction

    predictions = Prediction.objects.filter(project=project)
    if not predictions.exists():  # most projects: nothing to read (the provenance page asks on every view)
        return []
    annotations: dict[int, list[dict[str, Any]]] = {}
    for a in (Annotation.objects.filter(project=project, was_cancelled=False)
              .values("task_id", "result", "parent_prediction_id")):
        annotations.setdefault(a["task_id"], []).append(a)
    stats: dict[str, VersionQuality] = {}
    for p in predictions.values("id", "task_id", "model_version", "score", "result"):
        version = p["model_version"] or ""
        q = stats.setdefault(version, VersionQuality(version))
        q.suggestions += 1
        if isinstance(p["score"], (int, float)) and p["score"] == p["score"]:
            q.scores.append(float(p["score"]))
        on_task = annotations.get(p["task_id"], [])
        started = [a for a in on_task if a["parent_prediction_id"] == p["id"]]
        if started:
            verdict = overall(review(started[0]["result"], p["result"]), True)
            if verdict == ACCEPTED:
                q.accepted += 1
            else:
                q.edited += 1
        elif on_task:
            q.ignored += 1
        else:
            q.not_reviewed += 1
    return sorted(stats.values(), key=lambda q: (-q.suggestions, q.model_version))


__all__ = ["VersionQuality", "by_model_version"]
