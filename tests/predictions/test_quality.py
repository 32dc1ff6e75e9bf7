"""Per-model-version quality from Label Studio's own records (real app and database; no node needed)."""
from __future__ import annotations

import pytest

from orbis_export.authorship import acting_as
from orbis_export.predictions.quality import by_model_version

from tests.fixtures.lab import CONFIG, choices

pytestmark = pytest.mark.django_db


def test_accepted_edited_ignored_and_not_reviewed_per_model_version(make_user):
    from projects.models import Project
    from tasks.models import Annotation, Prediction, Task

    owner = make_user("lead@example.org")
    project = Project.objects.create(title="q", label_config=CONFIG, organization=owner.active_organization,
                                     created_by=owner)
    tasks = [Task.objects.create(project=project, data={"text": f"t{i}"}) for i in range(5)]
    preds = [Prediction.objects.create(task=t, project=project, model_version=v, score=s, result=choices(label))
             for t, v, s, label in [(tasks[0], "v1", 0.9, "Positive"), (tasks[1], "v1", 0.7, "Negative"),
                                    (tasks[2], "v1", 0.5, "Positive"), (tasks[3], "v1", 0.6, "Neutral"),
                                    (tasks[4], "v2", 0.8, "Negative")]]
    with acting_as(owner):
        Annotation.objects.create(task=tasks[0], project=project, completed_by=owner, result=choices("Positive"),
                                  parent_prediction=preds[0])  # accepted unchanged
        Annotation.objects.create(task=tasks[1], project=project, completed_by=owner, result=choices("Positive"),
                                  parent_prediction=preds[1])  # edited
        Annotation.objects.create(task=tasks[2], project=project, completed_by=owner, result=choices("Positive"))
        # tasks[2]: labeled without starting from the suggestion → ignored; tasks[3], tasks[4]: not reviewed
    stats = {q.model_version: q for q in by_model_version(project)}
    v1, v2 = stats["v1"], stats["v2"]
    assert (v1.suggestions, v1.accepted, v1.edited, v1.ignored, v1.not_reviewed) == (4, 1, 1, 1, 1)
    assert v1.acceptance == pytest.approx(1 / 3) and v1.mean_score == pytest.approx((0.9 + 0.7 + 0.5 + 0.6) / 4)
    assert (v2.suggestions, v2.not_reviewed, v2.acceptance) == (1, 1, None)
    assert list(stats) == ["v1", "v2"]


def test_provenance_page_and_api_show_the_quality_per_model_version_to_members_only(make_user, login):
    from projects.models import Project
    from tasks.models import Annotation, Prediction, Task

    owner = make_user("lead2@example.org")
    outsider = make_user("outsider@example.org")
    project = Project.objects.create(title="q2", label_config=CONFIG, organization=owner.active_organization,
                                     created_by=owner)
    task = Task.objects.create(project=project, data={"text": "t"})
    pred = Prediction.objects.create(task=task, project=project, model_version="tfidf-v7", score=0.75,
                                     result=choices("Positive"))
    with acting_as(owner):
        Annotation.objects.create(task=task, project=project, completed_by=owner, result=choices("Positive"),
                                  parent_prediction=pred)
    client = login(owner)
    html = client.get(f"/projects/{project.pk}/orbis/").content.decode()
    assert 'data-model-version="tfidf-v7"' in html and 'data-q="accepted">1<' in html
    body = client.get(f"/api/orbis/projects/{project.pk}/suggestions").json()
    [version] = body["modelVersions"]
    assert (version["modelVersion"], version["suggestions"], version["accepted"], version["acceptance"]) == (
        "tfidf-v7", 1, 1, 1.0)
    other = login(outsider)
    assert other.get(f"/api/orbis/projects/{project.pk}/suggestions").status_code == 404
    assert other.get(f"/projects/{project.pk}/orbis/").status_code == 404
