"""Storage test fixtures (the lab — real node, deployed model, labelers with sessions — comes from tests/fixtures/lab.py)."""
import pytest


@pytest.fixture
def inline_jobs(monkeypatch):
    """Queued storage syncs run at once in this thread instead of a background thread after the commit (the test's
    transaction never commits, and there is no Redis in these tests)."""
    from django.db import transaction

    from orbis_export import jobs

    ran = []
    monkeypatch.setattr(jobs, "_start_thread", lambda target, name: (ran.append(name), target()))
    monkeypatch.setattr(jobs.connection, "close", lambda: None)  # the test owns its connection
    real_on_commit = transaction.on_commit

    def on_commit(func, using=None, robust=False):
        if getattr(func, "_orbis_sync_key", None) is not None:  # our dispatch (jobs.enqueue): run it now
            return func()
        return real_on_commit(func, using=using, robust=robust)

    monkeypatch.setattr(transaction, "on_commit", on_commit)
    return ran
