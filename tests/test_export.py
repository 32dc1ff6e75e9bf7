"""JSON_MIN in-process: the same rows as Label Studio's own export endpoint, in bounded batches."""
import json

import pytest

from orbis_export.export import DATA_KEY, RESULT_KEY, ExportStats, iter_json_min_rows, without_extras

CONFIG = """<View>
  <Text name="text" value="$text"/>
  <Choices name="sentiment" toName="text" choice="single">
    <Choice value="Positive"/><Choice value="Negative"/><Choice value="Neutral"/>
  </Choices>
  <Choices name="topics" toName="text" choice="multiple">
    <Choice value="acting"/><Choice value="plot"/><Choice value="music"/>
  </Choices>
</View>"""


def _choices(name, values):
    return {"from_name": name, "to_name": "text", "type": "choices", "value": {"choices": values}}


@pytest.fixture
def annotated_project(make_user, login):
    """Five tasks labelled over the real REST API by two annotators; one cancelled annotation; one unannotated task."""
    alice = make_user("alice@example.com")
    bob = make_user("bob@example.com", organization=alice.active_organization)
    a, b = login(alice), login(bob)
    project = a.post("/api/projects", {"title": "Export fidelity", "label_config": CONFIG},
                     content_type="application/json").json()
    tasks = [{"text": f"review number {i}", "stars": i, "meta": {"source": "unit", "rank": i / 2}} for i in range(5)]
    imported = a.post(f"/api/projects/{project['id']}/import", tasks, content_type="application/json")
    assert imported.status_code == 201, imported.content
    task_ids = sorted(t["id"] for t in a.get(f"/api/tasks?project={project['id']}").json()["tasks"])

    def annotate(client, task_id, result, **extra):
        response = client.post(f"/api/tasks/{task_id}/annotations/", {"result": result, "lead_time": 3.5, **extra},
                               content_type="application/json")
        assert response.status_code == 201, response.content

    annotate(a, task_ids[0], [_choices("sentiment", ["Positive"]), _choices("topics", ["acting", "music"])])
    annotate(b, task_ids[0], [_choices("sentiment", ["Negative"]), _choices("topics", ["plot"])])
    annotate(a, task_ids[1], [_choices("sentiment", ["Neutral"])])
    annotate(b, task_ids[2], [_choices("sentiment", ["Positive"])], was_cancelled=True)  # excluded by JSON_MIN
    annotate(b, task_ids[3], [_choices("topics", ["music"])])
    # task_ids[4] stays unannotated
    return project["id"], a, task_ids


def test_rows_equal_label_studio_export_endpoint(annotated_project):
    from projects.models import Project

    project_id, client, task_ids = annotated_project
    response = client.get(f"/api/projects/{project_id}/export?exportType=JSON_MIN")
    assert response.status_code == 200
    expected = json.loads(b"".join(response.streaming_content))

    rows = list(iter_json_min_rows(Project.objects.get(id=project_id), batch_size=2))
    ours = [without_extras(row) for row in rows]

    key = lambda row: (row["id"], row["annotation_id"])  # noqa: E731
    assert sorted(ours, key=key) == sorted(expected, key=key)
    # besides JSON_MIN, each row carries the annotation's raw result and the task's data, as Label Studio has them
    from tasks.models import Annotation, Task

    for row in rows:
        assert row[RESULT_KEY] == Annotation.objects.get(id=row["annotation_id"]).result
        assert row[DATA_KEY] == Task.objects.get(id=row["id"]).data
    assert len(ours) == 4  # 5 annotations, one cancelled
    assert {row["id"] for row in ours} == {task_ids[0], task_ids[1], task_ids[3]}
    # A multi-choice answer comes out as {"choices": [...]} (a single choice as a bare string).
    first = next(row for row in ours if row["id"] == task_ids[0] and row.get("sentiment") == "Positive")
    assert first["topics"] == {"choices": ["acting", "music"]}
    assert {row["annotator"] for row in ours} == {r["annotator"] for r in expected} and len({r["annotator"] for r in ours}) == 2


def test_all_tasks_includes_the_unannotated_task(annotated_project):
    from projects.models import Project

    project_id, _, task_ids = annotated_project
    rows = list(iter_json_min_rows(Project.objects.get(id=project_id), all_tasks=True))
    assert task_ids[4] in {row["id"] for row in rows}


def test_twenty_thousand_annotations_are_exported_in_bounded_batches(make_user):
    from projects.models import Project
    from tasks.models import Annotation, Task

    user = make_user("bulk@example.com")
    project = Project.objects.create(title="bulk", label_config=CONFIG, created_by=user,
                                     organization=user.active_organization)
    tasks = Task.objects.bulk_create([Task(project=project, data={"text": f"t{i}"}) for i in range(2000)])
    result = [_choices("sentiment", ["Positive"])]
    Annotation.objects.bulk_create(
        [Annotation(task=task, project=project, completed_by=user, result=result) for task in tasks for _ in range(10)],
        batch_size=2000,
    )

    stats = ExportStats()
    rows = iter_json_min_rows(project, batch_size=100, stats=stats)
    first = next(rows)
    assert first["sentiment"] == "Positive"
    assert stats.batches == 1 and stats.tasks_serialized == 100  # lazy: only the first batch so far

    count = 1 + sum(1 for _ in rows)
    assert count == 20_000
    assert stats.rows == 20_000
    assert stats.batches == 20 and stats.max_batch_tasks == 100
