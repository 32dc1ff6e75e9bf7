"""The predictions model: one document per Label Studio prediction, controlled by the model version's did:key.

Its schema is the same for every project (a prediction's result is kept whole, as canonical JSON text that
OrbisDB shows as JSONB), so any label config works and nothing a model said is reshaped. Pure: no Django.
"""
from __future__ import annotations

import json
import math
from typing import Any, Mapping

from ..schema import SchemaError

MODEL_NAME = "LabelStudioPrediction"
MAX_RESULT = 240_000  # characters of the result's JSON text (a commit is capped at 256,000 bytes)


def _nullable(kind: str, **extra: Any) -> dict:
    return {"type": [kind, "null"], **extra}


SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "properties": {
        "id": {"type": "integer", "description": "Label Studio task id"},
        "prediction_id": {"type": "integer", "description": "Label Studio prediction id"},
        "project_id": {"type": "integer", "description": "Label Studio project id"},
        "model_version": {"type": "string", "maxLength": 1024,
                          "description": "the model version that made the suggestion (Label Studio's model_version)"},
        "score": _nullable("number", description="the model's confidence, as the model reported it"),
        "result": {"type": "string", "maxLength": MAX_RESULT,
                   "description": "the suggestion: Label Studio's prediction result list, as canonical JSON text"},
        "backend": _nullable("string", maxLength=256, description="title of the ML backend that made it (null: "
                             "imported)"),
        "signer_did": {"type": "string", "maxLength": 256, "description": "the model version's DID (controller)"},
        "created_at": _nullable("string", maxLength=64, format="date-time"),
        "updated_at": _nullable("string", maxLength=64, format="date-time"),
        "source": {"type": "string", "maxLength": 256, "description": "which Label Studio instance wrote the row"},
        "deleted": {"type": "boolean", "description": "true once the prediction was deleted in Label Studio"},
    },
    "required": ["id", "prediction_id", "project_id", "model_version", "result", "signer_did", "source", "deleted"],
    "additionalProperties": False,
}


def definition(project_id: int) -> dict[str, Any]:
    return {
        "version": "2.0",
        "name": f"{MODEL_NAME}Project{project_id}",
        "description": "Label Studio predictions (model suggestions), each signed by a DID of its model version "
                       "(orbis-label-studio)",
        "accountRelation": {"type": "list"},
        "interface": False,
        "implements": [],
        "schema": SCHEMA,
        "relations": {},
        "views": {},
    }


def content(prediction: Mapping[str, Any], *, project_id: int, signer_did: str, source: str,
            backend: str | None) -> dict[str, Any]:
    """The document for one prediction (``SchemaError`` naming the field when it cannot be written faithfully)."""
    score = prediction.get("score")
    if score is not None and (isinstance(score, bool) or not isinstance(score, (int, float))
                              or not math.isfinite(score)):
        raise SchemaError(f"score: {score!r} is not a finite number")
    try:
        result = json.dumps(prediction.get("result") or [], sort_keys=True, separators=(",", ":"),
                            ensure_ascii=False, allow_nan=False)
        result.encode("utf-8")
    except (ValueError, UnicodeEncodeError) as exc:
        raise SchemaError(f"result: cannot be written as JSON ({exc})") from None
    if len(result) > MAX_RESULT:
        raise SchemaError(f"result: {len(result):,} characters of JSON, more than a document holds ({MAX_RESULT:,})")
    version = str(prediction.get("model_version") or "")
    return {
        "id": int(prediction["task_id"]),
        "prediction_id": int(prediction["id"]),
        "project_id": int(project_id),
        "model_version": version[:1024],
        "score": float(score) if score is not None else None,
        "result": result,
        "backend": (backend or None) and str(backend)[:256],
        "signer_did": signer_did,
        "created_at": prediction.get("created_at"),
        "updated_at": prediction.get("updated_at"),
        "source": source,
        "deleted": False,
    }


__all__ = ["SCHEMA", "MODEL_NAME", "definition", "content"]
