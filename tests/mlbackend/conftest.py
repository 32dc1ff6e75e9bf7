"""Fixtures of the ML backend tests: the real backend process on a free loopback port, the demo project (its label
config and reviews, as `make run` seeds it), and misbehaving backends that speak the protocol badly."""
from __future__ import annotations

import pytest

from mlbackend import process
from tests.mlbackend.faulty import FaultyBackend


@pytest.fixture
def backend(tmp_path):
    """``python -m mlbackend serve`` in its own process, fresh data dir, seeded from the demo reviews."""
    running = process.start(tmp_path / "mlbackend")
    yield running
    running.stop()


@pytest.fixture
def faulty():
    servers = []

    def make(mode: str, **options) -> FaultyBackend:
        server = FaultyBackend(mode, **options)
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.stop()


@pytest.fixture
def ml_settings(settings):
    """A backend on this machine: Label Studio's ML connection may reach loopback (ML_BLOCK_LOCAL_IP=0), its
    webhooks keep their SSRF protection."""
    settings.ML_BLOCK_LOCAL_IP = False
    return settings


@pytest.fixture
def demo_project(make_user):
    """The demo project as `make run` seeds it: Label Studio's Text Classification config on the 120 reviews."""
    from projects.models import Project
    from rest_framework.authtoken.models import Token
    from tasks.models import Task

    from label_studio_orbis.seed import demo_label_config, demo_rows

    owner = make_user("ml-owner@example.org")
    Token.objects.get_or_create(user=owner)  # Label Studio hands the creator's token to the backend on /setup
    project = Project.objects.create(title="Movie review sentiment", label_config=demo_label_config(),
                                     organization=owner.active_organization, created_by=owner)
    Task.objects.bulk_create([Task(data=row, project=project) for row in demo_rows()])
    project.owner = owner
    return project
