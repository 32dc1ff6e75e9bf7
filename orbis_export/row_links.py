"""What a human row links to beyond its annotation, filled by the server (never from the row): the document it
continues under an earlier model version (``migrated_from``, schema evolution) and the model suggestion behind it
(``prediction_*``, models in the loop). One place, so the sync engine and ``orbis_verify`` expect the same content."""
from __future__ import annotations

from typing import Any, Iterable

from . import modelregistry
from .predictions.suggestions import Suggestions


class RowLinks:
    """Per run (one project, one model): load once, then per batch of annotations, then per row."""

    def __init__(self, project_id: int, model_id: str):
        self.earlier = modelregistry.earlier_streams(project_id, model_id)
        self.suggestions = Suggestions(project_id)
        self.batch: dict[int, dict[str, Any]] = {}

    def load(self, annotation_ids: Iterable[int]) -> None:
        self.batch = self.suggestions.fields(annotation_ids)

    def fields(self, annotation_id: int, author_id: int | None) -> dict[str, Any]:
        suggested = self.batch.get(annotation_id)
        if suggested is None:  # not loaded with its batch: load it alone
            suggested = self.suggestions.fields([annotation_id]).get(annotation_id, {})
        return {"migrated_from": modelregistry.migrated_from(self.earlier, annotation_id, author_id), **suggested}


__all__ = ["RowLinks"]
