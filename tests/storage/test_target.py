"""Where a sync writes, resolved once (orbis_export.target.SyncTarget): argument → storage field → server setting,
a storage's explicit "no context", the project's target (its Ceramic storage's, else the server's), the target of a
job, and the one Ceramic client constructor that refuses nodes the server must not talk to. No node needed."""
from __future__ import annotations

import dataclasses
import os

import pytest

from orbis_export.ceramic import StreamID
from orbis_export.ceramic.encoding import cid_of_block
from orbis_export.ceramic.streamid import TYPE_MID, TYPE_MODEL
from orbis_export.models import SyncJob
from orbis_export.storage.models import CeramicExportStorage
from orbis_export.target import NO_CONTEXT, SyncTarget, TargetRefused, ceramic_client

SERVER_MODEL = str(StreamID(TYPE_MODEL, cid_of_block(b"target-server-model")))
OWN_MODEL = str(StreamID(TYPE_MODEL, cid_of_block(b"target-own-model")))
SERVER_CONTEXT = str(StreamID(TYPE_MID, cid_of_block(b"target-server-context")))
OWN_CONTEXT = str(StreamID(TYPE_MID, cid_of_block(b"target-own-context")))


@pytest.fixture
def server(settings):
    settings.ORBIS = dataclasses.replace(
        settings.ORBIS, ceramic_url="http://127.0.0.1:7007", orbisdb_url="", model_id=SERVER_MODEL,
        context_id=SERVER_CONTEXT, sync_concurrency=16, request_timeout=30.0, mode="local", orbisdb_studio_url="",
        allowed_node_urls=("http://127.0.0.1:7100",))
    return settings


def test_the_server_target_and_given_values(server):
    t = SyncTarget.from_settings()
    assert (t.ceramic_url, t.model_id, t.context_id, t.concurrency, t.request_timeout) == (
        "http://127.0.0.1:7007", SERVER_MODEL, SERVER_CONTEXT, 16, 30.0)
    assert t.context == SERVER_CONTEXT and t.storage_id is None and t.refusal is None
    given = SyncTarget.from_settings(concurrency=2, context_id="")
    assert given.concurrency == 2 and given.context_id == "" and given.context is None  # "" given: no context
    assert SyncTarget.from_settings(concurrency=None).concurrency == 16  # None: not given
    with pytest.raises(TypeError):
        SyncTarget.from_settings(modelid="typo")


def test_a_storage_field_beats_the_setting_and_an_argument_beats_both(server):
    empty = CeramicExportStorage(title="s")
    assert SyncTarget.for_storage(empty) == SyncTarget.from_settings()  # every field empty: the server's settings
    own = CeramicExportStorage(title="s", model_id=OWN_MODEL, context_id=OWN_CONTEXT, concurrency=3,
                               ceramic_url="http://127.0.0.1:7100/")
    t = SyncTarget.for_storage(own)
    assert (t.ceramic_url, t.model_id, t.context_id, t.concurrency) == ("http://127.0.0.1:7100", OWN_MODEL,
                                                                        OWN_CONTEXT, 3)
    assert t.refusal is None  # a listed node
    assert SyncTarget.for_storage(own, model_id=SERVER_MODEL, concurrency=8).model_id == SERVER_MODEL
    assert own.effective == {"ceramic_url": "http://127.0.0.1:7100", "model_id": OWN_MODEL,
                             "context_id": OWN_CONTEXT, "orbisdb_url": "", "concurrency": 3}


def test_a_storage_can_opt_out_of_the_servers_context(server):
    storage = CeramicExportStorage(title="s", context_id=NO_CONTEXT)
    t = storage.sync_target()
    assert t.context_id == "" and t.context is None and t.model_id == SERVER_MODEL
    assert CeramicExportStorage(title="s", context_id="None").sync_target().context is None


def test_the_one_client_constructor_refuses_a_node_the_server_must_not_talk_to(server):
    allowed = SyncTarget.for_storage(CeramicExportStorage(title="s", ceramic_url="http://127.0.0.1:7100"))
    with ceramic_client(allowed) as client:  # no request is made by building it
        assert client.url == "http://127.0.0.1:7100"
    refused = SyncTarget.for_storage(CeramicExportStorage(title="s", ceramic_url="http://127.0.0.1:9"))
    assert "ORBIS_ALLOWED_NODE_URLS" in refused.refusal
    with pytest.raises(TargetRefused, match="ORBIS_ALLOWED_NODE_URLS"):
        ceramic_client(refused)
    with pytest.raises(TargetRefused):
        CeramicExportStorage(title="s", orbisdb_url="http://127.0.0.1:9").client()  # any of its nodes


@pytest.mark.django_db
def test_the_project_and_job_targets(server, make_user):
    from projects.models import Project

    from orbis_export import jobs

    owner = make_user(f"target-{os.urandom(3).hex()}@example.org")
    project = Project.objects.create(title="t", organization=owner.active_organization, created_by=owner)
    assert SyncTarget.for_project(project) == SyncTarget.from_settings()  # no Ceramic storage: the server's
    storage = CeramicExportStorage.objects.create(project=project, title="own", model_id=OWN_MODEL,
                                                  context_id=NO_CONTEXT, auto_export=False)
    target = SyncTarget.for_project(project)
    assert target.model_id == OWN_MODEL and target.context is None and target.storage_id == storage.pk

    storage_job = jobs.create_job(project, trigger=jobs.Trigger.STORAGE, model_id=OWN_MODEL)
    assert SyncTarget.for_job(storage_job) == target
    public = jobs.job_public(storage_job)
    assert public["trigger"] == "storage" and public["modelId"] == OWN_MODEL and public["contextId"] is None
    SyncJob.objects.filter(pk=storage_job.pk).update(status=SyncJob.DONE)
    api_job = jobs.create_job(project, owner)  # the API writes to the server's model and context
    assert jobs.job_public(api_job)["contextId"] == SERVER_CONTEXT and api_job.model_id == SERVER_MODEL


@pytest.mark.django_db
def test_the_provenance_page_shows_the_storages_model_and_context(server, make_user, login):
    from projects.models import Project

    owner = make_user(f"page-{os.urandom(3).hex()}@example.org")
    project = Project.objects.create(title="t", organization=owner.active_organization, created_by=owner)
    client = login(owner)

    def shown() -> str:  # the page's "Model …, context …" line (every page also carries the server's config)
        page = client.get(f"/projects/{project.pk}/orbis/").content.decode()
        return page[page.index("Model <code>"):].split("</p>", 1)[0]

    assert f"Model <code>{SERVER_MODEL}</code>, context <code>{SERVER_CONTEXT}</code>" in shown()
    CeramicExportStorage.objects.create(project=project, title="own", model_id=OWN_MODEL, context_id=OWN_CONTEXT,
                                        auto_export=False)
    assert f"Model <code>{OWN_MODEL}</code>, context <code>{OWN_CONTEXT}</code>" in shown()
