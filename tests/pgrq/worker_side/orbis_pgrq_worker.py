"""Imported by the RQ workers of tests/pgrq (on their PYTHONPATH as a top-level module)."""
from __future__ import annotations

import json
import os


def sync_without_lock(project_id: int) -> dict:
    """The engine with no project lock and no SyncJob row: only the ledger's unique constraint stands between two
    concurrent runs and a duplicate document."""
    from django.db import close_old_connections
    from projects.models import Project

    from orbis_export.sync import sync_project

    import time

    from django_rq import get_connection

    close_old_connections()
    started = time.time()
    try:
        result = sync_project(Project.objects.get(pk=project_id))
        out = {"status": result.status, "counts": dict(result.counts), "adopted": result.adopted}
    except Exception as exc:  # noqa: BLE001 - reported to the test through Redis (LS's job wrapper drops results)
        out = {"status": "error", "error": f"{type(exc).__name__}: {str(exc)[:300]}"}
    out.update(started=started, ended=time.time(), pid=os.getpid())
    get_connection().rpush(f"orbis-pgrq-results-{project_id}", json.dumps(out))
    return out
