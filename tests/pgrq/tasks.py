"""Run inside a Label Studio process on PostgreSQL (``python -m tests.pgrq.tasks <command> …``), as the RQ test needs:
seed a project and queue syncs (the lock-free engine run is in worker_side/orbis_pgrq_worker.py)."""
from __future__ import annotations

import json
import os
import sys


def _setup():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "label_studio_orbis.settings")
    import django

    django.setup()


def seed(labelers: int, per_labeler: int, storage: str = "") -> dict:
    """A project whose annotations belong to labelers with active server-held sessions."""
    from organizations.models import Organization
    from projects.models import Project
    from tasks.models import Annotation, Task
    from users.models import User

    from orbis_export.authorship import acting_as
    from tests.fixtures.lab import CONFIG, choices, connect

    tag = os.urandom(3).hex()
    owner = User.objects.create_user(email=f"owner-{tag}@example.org", password="x")
    org = Organization.create_organization(created_by=owner, title=f"pgrq {tag}")
    owner.active_organization = org
    owner.save(update_fields=["active_organization"])
    project = Project.objects.create(title=f"pgrq {tag}", label_config=CONFIG, organization=org, created_by=owner)
    out = {"project": project.pk, "annotations": [], "dids": []}
    for i in range(labelers):
        user = User.objects.create_user(email=f"labeler{i}-{tag}@example.org", password="x")
        org.add_user(user)
        out["dids"].append(connect(user))
        for j in range(per_labeler):
            task = Task.objects.create(project=project, data={"text": f"review {j} by {i} ({tag})", "stars": 3})
            with acting_as(user):  # the labeler's own save, on record
                ann = Annotation.objects.create(task=task, project=project, completed_by=user,
                                                result=choices(["Positive", "Negative"][j % 2]), lead_time=2.5)
            out["annotations"].append(ann.pk)
    if storage:  # a Ceramic Target Storage ("storage" or "storage:<model id>"), created after the annotations
        from orbis_export.storage.models import CeramicExportStorage

        model_id = storage.partition(":")[2]
        out["storage"] = CeramicExportStorage.objects.create(project=project, title="Ceramic", model_id=model_id).pk
    return out


def enqueue(project_id: int, copies: int, function: str, storage_id: int | None = None) -> list[str]:
    """Queue ``copies`` syncs of the project back to back through Label Studio's job queue."""
    from core.redis import redis_connected, start_job_async_or_sync

    from orbis_export.storage import functions

    assert redis_connected(), "REDIS_LOCATION is not in effect"
    ids = []
    for n in range(copies):
        if function == "locked":
            job = functions.enqueue_project_sync(project_id, "storage", None, storage_id)
        else:
            # a top-level module on the workers' PYTHONPATH: Label Studio's own "tests" package shadows ours there
            from orbis_pgrq_worker import sync_without_lock

            job = start_job_async_or_sync(sync_without_lock, project_id, queue_name="default", job_timeout=3600)
        ids.append(job.id)
    return ids


if __name__ == "__main__":
    _setup()
    command, *args = sys.argv[1:]
    if command == "seed":
        print(json.dumps(seed(int(args[0]), int(args[1]), args[2] if len(args) > 2 else "")))
    elif command == "enqueue":
        print(json.dumps(enqueue(int(args[0]), int(args[1]), args[2], int(args[3]) if len(args) > 3 else None)))
    else:
        raise SystemExit(f"unknown command {command}")
