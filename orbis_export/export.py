"""A project's JSON_MIN rows, in-process and in bounded batches.

Label Studio's export endpoint serializes *every* task into one list, dumps it to disk and converts the file. We
run the same serializer and the same converter helpers a batch of tasks at a time, so memory stays bounded and
no HTTP round trip or temporary file is needed. ``tests/test_export.py`` proves the rows equal the endpoint's.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Iterable, Iterator

from django.db.models import Prefetch
from label_studio_sdk.converter import Converter
from label_studio_sdk.converter.utils import get_annotator, prettify_result

DEFAULT_BATCH_SIZE = 500


@dataclass
class ExportStats:
    """What an export did; tests use it to prove batching, sync uses it for progress."""

    batches: int = 0
    tasks_serialized: int = 0
    max_batch_tasks: int = 0
    rows: int = 0


def _task_queryset(project, task_ids: Iterable[int] | None, all_tasks: bool):
    from tasks.models import Task

    query = Task.objects.filter(project=project)
    if task_ids is not None:
        query = query.filter(id__in=list(task_ids))
    if not all_tasks:
        # as the endpoint does by default (download_all_tasks=false): only tasks with annotations
        query = query.filter(annotations__isnull=False).distinct()
    return query


def _serialize(query, ids: list[int]) -> list[dict]:
    from data_export.serializers import ExportDataSerializer
    from tasks.models import Annotation

    tasks = (
        query.filter(id__in=ids)
        .select_related("project")
        .prefetch_related(Prefetch("annotations", queryset=Annotation.objects.all()), "predictions")
        .order_by("id")
    )
    return ExportDataSerializer(tasks, many=True, expand=["drafts"], context={"interpolate_key_frames": False}).data


def json_min_record(item: dict) -> dict:
    """One converter item (task input + one annotation's outputs) → one JSON_MIN row, as the converter writes it."""
    record = json.loads(json.dumps(item["input"]))
    if item.get("id") is not None:
        record["id"] = item["id"]
    for name, value in item["output"].items():
        record[name] = prettify_result(value)
    record["annotator"] = get_annotator(item, int_id=True)
    record["annotation_id"] = item["annotation_id"]
    record["created_at"] = item["created_at"]
    record["updated_at"] = item["updated_at"]
    record["lead_time"] = item["lead_time"]
    if "agreement" in item:
        record["agreement"] = item["agreement"]
    return record


def iter_json_min_rows(
    project,
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    all_tasks: bool = False,
    task_ids: Iterable[int] | None = None,
    stats: ExportStats | None = None,
) -> Iterator[dict]:
    """Yield the project's JSON_MIN rows (one per non-cancelled annotation), ``batch_size`` tasks at a time."""
    if batch_size < 1:
        raise ValueError("batch_size must be positive")
    stats = stats if stats is not None else ExportStats()
    converter = Converter(config=project.get_parsed_config(), project_dir=None, download_resources=False)
    query = _task_queryset(project, task_ids, all_tasks)
    ids = list(query.order_by("id").values_list("id", flat=True))
    for start in range(0, len(ids), batch_size):
        chunk = ids[start:start + batch_size]
        tasks = _serialize(query, chunk)
        stats.batches += 1
        stats.tasks_serialized += len(tasks)
        stats.max_batch_tasks = max(stats.max_batch_tasks, len(tasks))
        for task in tasks:
            # JSON round trip: the endpoint's rows pass through json.dumps too (OrderedDicts, lazy strings)
            task = json.loads(json.dumps(task))
            for item in converter.annotation_result_from_task(task):
                if item is None:
                    continue
                stats.rows += 1
                yield json_min_record(item)
        del tasks
