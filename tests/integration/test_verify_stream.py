"""Independent verification against the real node: streams written by the real sync, read back and checked from the
node's commits alone (the CACAOs from the node's IPFS, or from our ledger — hash-checked either way)."""
from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command

from orbis_export.ceramic.verification import Reason, verify_stream, verify_streams
from orbis_export.models import SyncRecord
from orbis_export.sync import sync_project
from tests.fixtures.lab import choices, save_as

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def _verify_command(*args) -> tuple[int, str]:
    out = StringIO()
    try:
        call_command("orbis_verify_stream", *args, stdout=out)
    except SystemExit as exc:
        return int(exc.code), out.getvalue()
    return 0, out.getvalue()


def test_synced_and_updated_stream_verifies_on_the_node(make_lab, sync_model, ceramic_node):
    if not ceramic_node.ipfs_url:
        pytest.skip("an external node (ORBIS_TEST_CERAMIC_URL) gives no IPFS API to fetch CACAOs from")
    lab = make_lab(labelers=2, per_labeler=1)
    assert sync_project(lab.project).status == "done"
    edited = lab.annotations[0]
    edited.result = choices("Neutral")
    save_as(edited)
    assert sync_project(lab.project).counts["update"] == 1
    record = SyncRecord.objects.get(annotation_id=edited.pk)

    verdict = verify_stream(ceramic_node.url, record.stream_id, model=sync_model, blocks=ceramic_node.ipfs_url)
    assert verdict.verified, verdict.summary()
    assert verdict.commit_count >= 2  # genesis + the update (+ an anchor if one landed already)
    assert [c.kind for c in verdict.commits if c.kind != "anchor"] == ["genesis", "data"]
    assert verdict.controller == lab.dids[0] and verdict.model == sync_model
    assert verdict.content["sentiment"] == "Neutral" and verdict.content["annotation_id"] == edited.pk
    assert all(c.signer and c.signer.startswith("did:key:") for c in verdict.commits if c.kind != "anchor")

    # the same stream against another model, and without any CACAO source: never "verified"
    other_model = "kjzl6hvfrbw6c5cggrw5jcoufd40i48qit13in46ypt1qgq30nllax5v3jtyhus"
    assert verify_stream(ceramic_node.url, record.stream_id, model=other_model).reason == Reason.WRONG_MODEL
    assert verify_stream(ceramic_node.url, record.stream_id).reason == Reason.CACAO_UNAVAILABLE

    other = SyncRecord.objects.get(annotation_id=lab.annotations[1].pk).stream_id
    many = verify_streams(ceramic_node.url, [record.stream_id, other], model=sync_model, blocks=ceramic_node.ipfs_url)
    assert [v.verified for v in many] == [True, True]
    assert many[1].controller == lab.dids[1]


def test_command_verifies_every_stream_of_a_project(make_lab, ceramic_node):
    lab = make_lab(labelers=2, per_labeler=2)
    assert sync_project(lab.project).status == "done"
    streams = list(SyncRecord.objects.filter(project_id=lab.project.pk).values_list("stream_id", flat=True))
    assert len(streams) == 4

    node = ["--node", ceramic_node.url]
    ipfs = ["--ipfs", ceramic_node.ipfs_url] if ceramic_node.ipfs_url else []
    code, out = _verify_command("--project", str(lab.project.pk), *node, *ipfs)
    lines = out.strip().splitlines()
    assert code == 0, out
    for sid in streams:
        assert any(line.startswith(f"{sid} verified: ") for line in lines), out
    assert lines[-1] == f"4 streams on {ceramic_node.url}: 4 verified, 0 failed"

    # the CACAOs this server holds serve as well (each is hash-checked against the commit's cap)
    code, out = _verify_command("--project", str(lab.project.pk), *node, "--json")
    report = json.loads(out)
    assert code == 0 and report["verified"] == 4 and report["failed"] == 0
    assert {v["controller"] for v in report["verdicts"]} == set(lab.dids)

    # with no source for the CACAOs nothing can be called verified
    code, out = _verify_command(streams[0], *node, "--no-ledger-cacaos")
    assert code == 1 and "cacao_unavailable" in out
    assert out.strip().endswith("0 verified, 1 failed (cacao_unavailable: 1)")
