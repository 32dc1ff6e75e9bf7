"""The performance paths added for the benchmarks keep their promises: the unchanged fast path of the sync engine
skips only what is really unchanged, and the fast JSON_MIN builder gives exactly the serializer's rows."""
from __future__ import annotations

import json

import pytest

from bench import common
from orbis_export import export as export_module
from orbis_export.authorship import acting_as
from orbis_export.export import iter_json_min_rows
from orbis_export.sync import SyncOptions, sync_project

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def _serializations(monkeypatch) -> list[int]:
    """Count the tasks the export builds (fast builder and serializer alike)."""
    seen: list[int] = []
    fast, slow = export_module._export_tasks, export_module._serialize

    def counting_fast(project, ids):
        seen.extend(ids)
        return fast(project, ids)

    def counting_slow(query, ids):
        seen.extend(ids)
        return slow(query, ids)

    monkeypatch.setattr(export_module, "_export_tasks", counting_fast)
    monkeypatch.setattr(export_module, "_serialize", counting_slow)
    return seen


def test_unchanged_rows_are_not_serialized_and_changes_are_still_written(bench, monkeypatch):
    from tasks.models import Annotation, Task

    lab = common.make_lab(30)
    first = sync_project(lab.project, SyncOptions(concurrency=4))
    assert first.counts["create"] == 30 and first.failed == 0, first.message

    seen = _serializations(monkeypatch)
    again = sync_project(lab.project)
    assert again.counts["unchanged"] == 30 and again.counts["written"] == 0, again.message
    assert len(seen) <= 3, f"{len(seen)} tasks serialized; only the fast path's canaries should be"

    # an annotation edited, a task's data edited, an annotation added: exactly those are looked at again
    anns = list(Annotation.objects.filter(project=lab.project).order_by("id"))
    anns[5].result = [{"from_name": "sentiment", "to_name": "text", "type": "choices",
                       "value": {"choices": ["Neutral" if anns[5].result[0]["value"]["choices"][0] != "Neutral"
                                             else "Positive"]}}]
    with acting_as(anns[5].completed_by_id):
        anns[5].save()
    task = Task.objects.get(pk=anns[9].task_id)
    task.data = {**task.data, "text": "edited text"}
    task.save()
    with acting_as(lab.labelers[1]):
        Annotation.objects.create(task_id=anns[12].task_id, project=lab.project, completed_by=lab.labelers[1],
                                  result=anns[12].result, lead_time=1.0)
    seen.clear()
    changed = sync_project(lab.project)
    # the edited task's labeler never saw "edited text": their DID does not sign it until they submit it again
    assert (changed.counts["update"], changed.counts["create"], changed.counts["unchanged"],
            changed.counts["pending_signer"]) == (1, 1, 28, 1), (changed.message, [e.reason for e in changed.errors])
    assert "changed without a recorded save" in changed.errors[0].reason
    assert len(seen) <= 3 + 3, seen
    with acting_as(anns[9].completed_by_id):  # the labeler submits it again, seeing the new text
        Annotation.objects.get(pk=anns[9].pk).save()
    assert sync_project(lab.project).counts["update"] == 1
    census = common.node_census(bench.client, bench.model, lab)
    assert census["documents"] == 31 and census["duplicates"] == 0 and census["lost"] == 0, census
    by_annotation = {}
    for did in lab.dids:
        for state in bench.client.iter_collection(bench.model, account=did):
            by_annotation[state.content["annotation_id"]] = state.content
    assert by_annotation[anns[9].pk]["text"] == "edited text"
    assert by_annotation[anns[5].pk]["sentiment"] == anns[5].result[0]["value"]["choices"][0]


def test_a_change_every_row_shares_turns_the_fast_path_off(bench, monkeypatch):
    lab = common.make_lab(12)
    assert sync_project(lab.project, SyncOptions(concurrency=4)).counts["create"] == 12
    bench.configure(source="orbis-renamed")  # every row's content changes; no timestamp does
    seen = _serializations(monkeypatch)
    result = sync_project(lab.project, SyncOptions(concurrency=4))
    assert result.counts["update"] == 12 and result.failed == 0, result.message
    assert len(seen) >= 12


def test_fast_builder_rows_equal_the_serializers(bench):
    """Several annotations per task, a cancelled one, an empty result, a task with Label Studio's $undefined$ key."""
    from tasks.models import Annotation, Task

    lab = common.make_lab(6)
    tasks = list(Task.objects.filter(project=lab.project).order_by("id"))
    result = [{"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": ["Neutral"]}}]
    Annotation.objects.create(task=tasks[0], project=lab.project, completed_by=lab.labelers[2], result=result,
                              lead_time=None)
    Annotation.objects.create(task=tasks[1], project=lab.project, completed_by=lab.labelers[0], result=result,
                              was_cancelled=True)
    Annotation.objects.create(task=tasks[2], project=lab.project, completed_by=lab.labelers[1], result=[])
    undefined = Task.objects.create(project=lab.project, data={"$undefined$": "text from a .txt import"})
    Annotation.objects.create(task=undefined, project=lab.project, completed_by=lab.labelers[0], result=result)
    fast = list(iter_json_min_rows(lab.project, batch_size=4))
    slow = list(iter_json_min_rows(lab.project, batch_size=4, via_serializer=True))
    key = lambda r: (r["id"], r["annotation_id"])  # noqa: E731
    assert json.dumps(sorted(fast, key=key), sort_keys=True) == json.dumps(sorted(slow, key=key), sort_keys=True)
    live = Annotation.objects.filter(project=lab.project, was_cancelled=False).count()
    assert len(fast) == live >= 6 + 2  # one row per non-cancelled annotation
    assert any(r.get("text") == "text from a .txt import" for r in fast)
