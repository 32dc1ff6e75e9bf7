"""The suggestion behind each human row: which prediction it started from and what the person did with it."""
from __future__ import annotations

import json
from typing import Any, Iterable

from .keys import prediction_streams
from .review import overall, review

# the row fields (see README "Models in the loop"); null when the row has no suggestion behind it
FIELDS = ("prediction_model_version", "prediction_score", "prediction_stream", "prediction_review",
          "prediction_review_by_control")


class Suggestions:
    """Per batch of annotations (a sync batch, a page): their suggestion fields, the suggestions' documents included."""

    def __init__(self, project_id: int):
        self.project_id = project_id

    def fields(self, annotation_ids: Iterable[int]) -> dict[int, dict[str, Any]]:
        from tasks.models import Annotation

        out: dict[int, dict[str, Any]] = {}
        rows = list(Annotation.objects.filter(id__in=list(annotation_ids))
                    .values("id", "result", "parent_prediction_id", "parent_prediction__model_version",
                            "parent_prediction__score", "parent_prediction__result"))
        streams = prediction_streams(self.project_id, {a["parent_prediction_id"] for a in rows
                                                       if a["parent_prediction_id"]})
        for a in rows:
            pid = a["parent_prediction_id"]
            verdicts = review(a["result"], a["parent_prediction__result"] if pid else None)
            score = a["parent_prediction__score"]
            out[a["id"]] = {
                "prediction_model_version": (a["parent_prediction__model_version"] or "") if pid else None,
                "prediction_score": score if pid and isinstance(score, (int, float)) and score == score
                and abs(score) != float("inf") else None,
                "prediction_stream": streams.get(pid) if pid else None,
                "prediction_review": overall(verdicts, pid is not None),
                "prediction_review_by_control": json.dumps(verdicts, sort_keys=True) if pid else None,
            }
        return out


__all__ = ["Suggestions", "FIELDS"]
