"""Fault drill: the Ceramic node stops in the middle of a sync job → the job ends "partial" with a reason per row and
a clear message; the node comes back → the next run completes, exactly once. Uses its own node (not the shared one)."""
from __future__ import annotations

import os
from collections import Counter

import pytest

from devnode import ctl
from orbis_export import jobs
from orbis_export.ceramic import CeramicClient
from orbis_export.models import SyncJob
from orbis_export.sync import SyncOptions

from tests.fixtures.lab import definition, node_docs

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


@pytest.fixture
def own_node(tmp_path, ceramic_admin_key, ceramic_node):  # ceramic_node: the install check and shared admin key
    data_dir = tmp_path / "fault-node"
    node = ctl.start(data_dir, admin_dids=[ceramic_admin_key.did], die_with_parent=True)
    try:
        yield node
    finally:
        ctl.stop(data_dir)


def test_node_stopped_mid_job_then_back(own_node, ceramic_admin_key, make_lab, orbis):
    client = CeramicClient(own_node.url, timeout=60)
    model = str(client.deploy_model(ceramic_admin_key, definition(f"OrbisSyncFault{os.urandom(3).hex()}")))
    client.admin_index_models(ceramic_admin_key, [model])
    orbis(ceramic_url=own_node.url, model_id=model, request_timeout=5.0)
    lab = make_lab(labelers=2, per_labeler=20)
    stopped = []

    def stop_node_mid_run(result):
        if not stopped and result.counts["written"] >= 3:
            stopped.append(result.counts["written"])
            ctl.stop(own_node.data_dir)

    job = jobs.create_job(lab.project, lab.owner)
    public = jobs.run_job(job, progress=stop_node_mid_run, options=SyncOptions(concurrency=2, backoff=0.05))
    assert stopped, "the node was never stopped"
    print("\njob after the node stopped:", public["status"], public["message"], public["errors"][:2], sep="\n  ")
    assert public["status"] == SyncJob.PARTIAL, public
    counts = public["counts"]
    assert 3 <= counts["written"] < 40 and counts["failed"] == 40 - counts["written"], counts
    assert "The Ceramic node became unavailable" in public["message"]
    assert "Run the sync again when the node is back" in public["message"]
    kinds = Counter(e["kind"] for e in public["errors"])
    assert set(kinds) <= {"unavailable", "not_attempted"} and sum(kinds.values()) == counts["failed"]
    assert all(e["annotationId"] and e["reason"] for e in public["errors"])
    assert any("unavailable" in e["reason"] or "unreachable" in e["reason"] for e in public["errors"])

    ctl.start(own_node.data_dir, port=own_node.port, ipfs_port=own_node.ipfs_port,
              admin_dids=[ceramic_admin_key.did], die_with_parent=True)
    again = jobs.run_job(jobs.create_job(lab.project, lab.owner), options=SyncOptions(concurrency=2))
    assert again["status"] == SyncJob.DONE, again
    assert again["counts"]["failed"] == 0
    seen = Counter()
    for did in lab.dids:
        seen.update(d.content["annotation_id"] for d in node_docs(client, model, did))
    assert seen == Counter({a.pk: 1 for a in lab.annotations})
    client.close()
