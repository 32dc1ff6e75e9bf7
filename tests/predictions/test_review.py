"""Unit tests of what a person did with a suggestion (pure logic) and of the prediction document's checks."""
from __future__ import annotations

import json
import math

import pytest

from orbis_export.predictions import documents
from orbis_export.predictions.review import overall, review
from orbis_export.schema import SchemaError


def item(name, value, **extra):
    return {"from_name": name, "to_name": "text", "type": "choices", "value": {"choices": [value]}, **extra}


def test_accepted_edited_removed_manual():
    suggestion = [item("sentiment", "Positive", id="p1"), item("topic", "Film", id="p2")]
    kept = [item("sentiment", "Positive", id="zz", origin="prediction"), item("topic", "Film", id="yy")]
    assert review(kept, suggestion) == {"sentiment": "accepted", "topic": "accepted"}
    assert overall(review(kept, suggestion), True) == "accepted"
    changed = [item("sentiment", "Negative", origin="prediction"), item("tone", "Dry")]
    verdicts = review(changed, suggestion)
    # the browser's origin flag says "prediction" but the value differs: the server's comparison wins
    assert verdicts == {"sentiment": "edited", "topic": "removed", "tone": "manual"}
    assert overall(verdicts, True) == "edited"
    assert review(kept, None) == {"sentiment": "manual", "topic": "manual"}
    assert overall(review(kept, None), False) == "manual"


def test_region_order_and_ids_do_not_matter():
    a = {"from_name": "label", "to_name": "text", "type": "labels", "value": {"start": 0, "end": 4, "labels": ["X"]}}
    b = {"from_name": "label", "to_name": "text", "type": "labels", "value": {"start": 5, "end": 9, "labels": ["Y"]}}
    assert review([dict(b, id="2"), dict(a, id="1")], [a, b]) == {"label": "accepted"}
    assert review([a], [a, b]) == {"label": "edited"}


def test_prediction_document_refuses_what_it_cannot_write_faithfully():
    base = {"id": 7, "task_id": 3, "model_version": "v1", "score": 0.5, "result": [item("s", "A")]}
    doc = documents.content(base, project_id=1, signer_did="did:key:z6M", source="t", backend=None)
    assert json.loads(doc["result"]) == [item("s", "A")] and doc["backend"] is None and doc["score"] == 0.5
    for score in (math.nan, math.inf, "0.5", True):
        with pytest.raises(SchemaError, match="score"):
            documents.content({**base, "score": score}, project_id=1, signer_did="d", source="t", backend=None)
    with pytest.raises(SchemaError, match="result"):
        documents.content({**base, "result": [item("s", "x" * 300_000)]}, project_id=1, signer_did="d", source="t",
                          backend=None)
    with pytest.raises(SchemaError, match="result"):
        documents.content({**base, "result": [item("s", "\ud800")]}, project_id=1, signer_did="d", source="t",
                          backend=None)
