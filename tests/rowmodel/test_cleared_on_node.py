"""Cleared values on the real node: the document holds an explicit null (so an indexer that upserts only the
columns a document carries, as OrbisDB does, clears its column too), and a task key named like a provenance field
is written under its renamed column."""
from __future__ import annotations

import pytest

from orbis_export.sync import sync_project

from tests.fixtures.lab import node_docs, save_as

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def test_a_cleared_choice_and_a_removed_task_value_become_nulls_on_the_node(make_lab, node_client, sync_model):
    lab = make_lab(labelers=1, per_labeler=1)
    ann = lab.annotations[0]
    assert sync_project(lab.project).counts["written"] == 1
    doc = node_docs(node_client, sync_model, lab.dids[0])[0]
    assert doc.content["sentiment"] == "Positive" and doc.content["stars"] == 3

    task = ann.task
    task.data = {"text": task.data["text"]}  # the task lost a value
    task.save()
    ann.result = []  # and the labeler removed their answer (their save covers the task as it is now)
    save_as(ann)
    result = sync_project(lab.project)
    assert result.counts["update"] == 1 and result.failed == 0, result.as_dict()
    content = node_client.load(str(doc.stream_id)).content
    assert "sentiment" in content and content["sentiment"] is None
    assert "stars" in content and content["stars"] is None
    assert content["relations"] is None and content["revises"] is None
