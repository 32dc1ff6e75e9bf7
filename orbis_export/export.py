"""A project's JSON_MIN rows, in-process and in bounded batches.

Label Studio's export endpoint serializes *every* task into one list, dumps it to disk and converts the file. We
read a batch of tasks at a time — only the fields JSON_MIN uses, rendered as its serializer renders them — and run
the same converter helpers, so memory stays bounded and no HTTP round trip or temporary file is needed.
``tests/test_export.py`` proves the rows equal the endpoint's; ``bench/bench_export.py`` measures both.

Each row also carries two keys JSON_MIN does not have (``RESULT_KEY``/``DATA_KEY``, leading underscore): the
annotation's raw ``result`` list and the task's data. JSON_MIN drops relations, flattens regions into bare values and
merges the task's data keys with its own (a data key named ``id``, ``annotator`` or like a control is overwritten);
the row model builds documents from these two instead. Drop them to get the endpoint's exact rows.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Collection, Iterable, Iterator

from django.db.models import Prefetch
from label_studio_sdk.converter import Converter
from label_studio_sdk.converter.utils import get_annotator, prettify_result

DEFAULT_BATCH_SIZE = 500
RESULT_KEY, DATA_KEY = "_result", "_data"  # the same names as orbis_export.rowmodel.model's


@dataclass
class ExportStats:
    """What an export did; tests use it to prove batching, sync uses it for progress."""

    batches: int = 0
    tasks_serialized: int = 0
    max_batch_tasks: int = 0
    rows: int = 0


def _task_queryset(project, all_tasks: bool):
    from tasks.models import Task

    query = Task.objects.filter(project=project)
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


def _export_tasks(project, ids: list[int]) -> list[dict]:
    """The part of the endpoint's serialized tasks that JSON_MIN reads, built from two plain queries.

    ``ExportDataSerializer`` runs DRF field by field for every task and annotation (and fetches drafts,
    predictions, the project…): most of an export's time. JSON_MIN only reads the task's ``id`` and ``data`` and,
    per annotation, ``id``, ``result``, ``completed_by`` (a user id), ``created_at``/``updated_at`` (DRF's ISO
    form), ``lead_time`` and ``was_cancelled``. Values are rendered exactly as the serializer renders them (its own
    field classes; task data with Label Studio's ``$undefined$`` rule); annotations keep the prefetch's order.
    ``tests/test_export.py`` and ``bench/bench_export.py`` compare the rows with the endpoint's."""
    from core.label_config import replace_task_data_undefined_with_config_field
    from rest_framework import serializers
    from tasks.models import Annotation, Task

    when = serializers.DateTimeField()
    tasks: dict[int, dict] = {}
    for tid, data in Task.objects.filter(id__in=ids).order_by("id").values_list("id", "data"):
        if isinstance(data, dict):
            replace_task_data_undefined_with_config_field(data, project)
        tasks[tid] = {"id": tid, "data": data, "annotations": []}
    for tid, aid, result, user, created, updated, lead, cancelled in (
            Annotation.objects.filter(task_id__in=ids).order_by("task_id", "id")
            .values_list("task_id", "id", "result", "completed_by_id", "created_at", "updated_at", "lead_time",
                         "was_cancelled")):
        task = tasks.get(tid)
        if task is None:
            continue
        task["annotations"].append({
            "id": aid, "result": result, "completed_by": user,
            "created_at": when.to_representation(created) if created is not None else None,
            "updated_at": when.to_representation(updated) if updated is not None else None,
            "lead_time": float(lead) if lead is not None else None, "was_cancelled": cancelled})
    return list(tasks.values())


def json_min_record(item: dict, result: list | None = None) -> dict:
    """One converter item (task input + one annotation's outputs) → one JSON_MIN row, as the converter writes it,
    plus the raw ``result`` (``RESULT_KEY``) and the task's data (``DATA_KEY``)."""
    data = json.loads(json.dumps(item["input"]))
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
    record[RESULT_KEY] = json.loads(json.dumps(result if result is not None else []))
    record[DATA_KEY] = data
    return record


def without_extras(row: dict) -> dict:
    """A row as Label Studio's JSON_MIN endpoint gives it (the raw result and task data dropped)."""
    return {k: v for k, v in row.items() if k not in (RESULT_KEY, DATA_KEY)}


def iter_json_min_rows(
    project,
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    all_tasks: bool = False,
    task_ids: Iterable[int] | None = None,
    skip_task_ids: Collection[int] | None = None,
    stats: ExportStats | None = None,
    via_serializer: bool = False,
) -> Iterator[dict]:
    """Yield the project's JSON_MIN rows (one per non-cancelled annotation), ``batch_size`` tasks at a time, each
    with the annotation's raw result and the task's data (see the module's docstring).

    ``task_ids``: only these tasks; ``skip_task_ids``: not these (the sync engine's unchanged fast path). Both are
    applied in Python to the project's id list, so no query carries more than ``batch_size`` ids (SQLite's
    variable limit, and big ``IN`` lists cost more than they save). ``via_serializer``: build the tasks with
    Label Studio's ``ExportDataSerializer`` as its endpoint does (slower; the fast path's reference)."""
    if batch_size < 1:
        raise ValueError("batch_size must be positive")
    stats = stats if stats is not None else ExportStats()
    converter = Converter(config=project.get_parsed_config(), project_dir=None, download_resources=False)
    query = _task_queryset(project, all_tasks)
    ids = list(query.order_by("id").values_list("id", flat=True))
    if task_ids is not None:
        wanted = set(task_ids)
        ids = [i for i in ids if i in wanted]
    if skip_task_ids:
        ids = [i for i in ids if i not in skip_task_ids]
    for start in range(0, len(ids), batch_size):
        chunk = ids[start:start + batch_size]
        tasks = _serialize(query, chunk) if via_serializer else _export_tasks(project, chunk)
        stats.batches += 1
        stats.tasks_serialized += len(tasks)
        stats.max_batch_tasks = max(stats.max_batch_tasks, len(tasks))
        for task in tasks:
            if via_serializer:
                # JSON round trip: the endpoint's rows pass through json.dumps too (OrderedDicts, lazy strings)
                task = json.loads(json.dumps(task))
            results = {a.get("id"): a.get("result") for a in task.get("annotations") or ()}
            for item in converter.annotation_result_from_task(task):
                if item is None:
                    continue
                stats.rows += 1
                yield json_min_record(item, results.get(item.get("annotation_id")))
        del tasks
