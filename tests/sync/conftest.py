"""Fixtures for the sync tests: a model deployed and indexed on the real node, labelers with server-held sessions,
projects with annotations, and helpers that read the truth back from the node (not from our tables)."""
from __future__ import annotations

import dataclasses
import os

import pytest

from orbis_export.authorship import acting_as
from orbis_export.ceramic import CeramicClient, StreamID
from orbis_export.ceramic.encoding import cid_of_block
from orbis_export.ceramic.streamid import TYPE_MID
from orbis_export.schema import row_model
from tests.fixtures import wallets

CONFIG = """<View>
  <Text name="text" value="$text"/>
  <Choices name="sentiment" toName="text" choice="single">
    <Choice value="Positive"/><Choice value="Negative"/><Choice value="Neutral"/>
  </Choices>
</View>"""
SAMPLE = [{"text": "a review", "stars": 3}]
CONTEXT = str(StreamID(TYPE_MID, cid_of_block(b"orbis-sync-test-context")))
DOMAIN = "testserver"


def definition(name: str, **schema_changes) -> dict:
    d = row_model(CONFIG, SAMPLE).model_definition(name=name)
    for field, prop in schema_changes.items():
        d["schema"]["properties"][field] = prop
    return d


@pytest.fixture(scope="session")
def node_client(ceramic_node):
    with CeramicClient(ceramic_node.url, timeout=60) as client:
        yield client


@pytest.fixture(scope="session")
def sync_model(node_client, ceramic_admin_key):
    """The project rows' model (LIST), deployed and indexed once per test session."""
    model = str(node_client.deploy_model(ceramic_admin_key, definition(f"OrbisSyncTest{os.urandom(3).hex()}")))
    node_client.admin_index_models(ceramic_admin_key, [model])
    return model


@pytest.fixture
def orbis(settings, ceramic_node, ceramic_admin_key, sync_model):
    """settings.ORBIS pointed at the test node and model; returns a setter for more changes."""
    settings.ORBIS = dataclasses.replace(
        settings.ORBIS, ceramic_url=ceramic_node.url, model_id=sync_model, context_id=CONTEXT,
        ceramic_admin_seed=ceramic_admin_key.seed, signer_fallback="pending", service_seed=None,
        sync_concurrency=4, request_timeout=30.0, source="orbis-test")

    def change(**values):
        settings.ORBIS = dataclasses.replace(settings.ORBIS, **values)
        return settings.ORBIS

    change.settings = settings
    return change


def connect(user, wallet=None):
    """Give ``user`` an active server-held session signed by a fresh (or given) test wallet; returns its did:pkh."""
    return wallets.connect(user, wallet, domain=DOMAIN)


def save_as(annotation, user=None):
    """Save an annotation as ``user`` (default: its labeler) would through Label Studio: the save is on record."""
    with acting_as(user if user is not None else annotation.completed_by_id):
        annotation.save()
    return annotation


def choices(value: str) -> list[dict]:
    return [{"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": [value]}}]


@dataclasses.dataclass
class Lab:
    project: object
    owner: object
    labelers: list
    dids: list
    annotations: list  # Annotation objects, in creation order

    def annotate(self, labeler_index: int, text: str, label: str = "Positive", **data):
        from tasks.models import Annotation, Task

        task = Task.objects.create(project=self.project, data={"text": text, "stars": 3, **data})
        with acting_as(self.labelers[labeler_index]):  # the labeler's own save, on record
            ann = Annotation.objects.create(task=task, project=self.project,
                                            completed_by=self.labelers[labeler_index], result=choices(label),
                                            lead_time=2.5)
        self.annotations.append(ann)
        return ann


@pytest.fixture
def make_lab(make_user, orbis):
    """make_lab(labelers=2, per_labeler=2, connected=True) → a project whose annotations belong to labelers
    with (or without) active sessions."""
    counter = [0]

    def make(labelers: int = 2, per_labeler: int = 2, connected: bool | list[bool] = True) -> Lab:
        from projects.models import Project

        counter[0] += 1
        tag = f"{os.urandom(3).hex()}{counter[0]}"
        owner = make_user(f"owner-{tag}@example.org")
        org = owner.active_organization
        users = [make_user(f"labeler{i}-{tag}@example.org", organization=org) for i in range(labelers)]
        flags = connected if isinstance(connected, list) else [connected] * labelers
        dids = [connect(u) if flag else None for u, flag in zip(users, flags)]
        project = Project.objects.create(title=f"sync {tag}", label_config=CONFIG, organization=org, created_by=owner)
        lab = Lab(project, owner, users, dids, [])
        for i in range(labelers):
            for j in range(per_labeler):
                lab.annotate(i, f"review {j} by labeler {i} ({tag})", ["Positive", "Negative"][j % 2])
        return lab

    return make


def node_docs(client: CeramicClient, model: str, did: str) -> list:
    """Documents of ``model`` controlled by ``did``, as the node's index lists them."""
    return list(client.iter_collection(model, account=did))
