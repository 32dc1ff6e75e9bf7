"""The sync engine against the real local node: exactly one document per annotation, owned by its labeler, updated
in place, tombstoned on delete, per-row errors that do not stop the others. Every claim is checked on the node."""
from __future__ import annotations

import os

import pytest

from orbis_export.ceramic import Ed25519DIDKey
from orbis_export.models import SyncRecord
from orbis_export.schema import MAX_TEXT
from orbis_export.sync import SyncError, SyncOptions, sync_project

from tests.fixtures.lab import CONTEXT, choices, definition, node_docs, save_as

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def _by_annotation(docs):
    return {d.content["annotation_id"]: d for d in docs}


def test_first_sync_resync_edit_and_delete(make_lab, node_client, sync_model):
    lab = make_lab(labelers=2, per_labeler=2)
    result = sync_project(lab.project)
    assert result.status == "done", result.as_dict()
    assert result.counts["create"] == 4 and result.counts["written"] == 4 and result.failed == 0
    assert dict(result.signed_by) == {"labeler": 4}

    # on the node: each labeler's DID controls exactly their annotations' documents, with the context
    for i, did in enumerate(lab.dids):
        docs = node_docs(node_client, sync_model, did)
        mine = {a.pk for a in lab.annotations if a.completed_by_id == lab.labelers[i].pk}
        assert sorted(d.content["annotation_id"] for d in docs) == sorted(mine)
        for doc in docs:
            assert doc.controller == did and doc.context == CONTEXT and doc.model == sync_model
            assert doc.content["project_id"] == lab.project.pk and doc.content["deleted"] is False
            assert doc.content["annotator"] == lab.labelers[i].pk and doc.content["annotator_did"] == did
            assert doc.content["source"] == "orbis-test"

    # re-sync writes nothing
    again = sync_project(lab.project)
    assert again.counts["written"] == 0 and again.counts["unchanged"] == 4 and again.failed == 0
    assert sum(len(node_docs(node_client, sync_model, d)) for d in lab.dids) == 4

    # an edit becomes an update of the same stream; a deletion becomes a tombstone
    edited, deleted = lab.annotations[0], lab.annotations[3]
    edited.result = choices("Neutral")
    save_as(edited)
    deleted_id = deleted.pk
    deleted.delete()
    third = sync_project(lab.project)
    assert third.counts["update"] == 1 and third.counts["tombstone"] == 1 and third.counts["unchanged"] == 2
    assert third.counts["create"] == 0 and third.failed == 0

    docs0 = _by_annotation(node_docs(node_client, sync_model, lab.dids[0]))
    docs1 = _by_annotation(node_docs(node_client, sync_model, lab.dids[1]))
    assert len(docs0) == 2 and len(docs1) == 2  # still one document per annotation
    stream = docs0[edited.pk]
    assert stream.content["sentiment"] == "Neutral"
    assert str(stream.stream_id) == SyncRecord.objects.get(annotation_id=edited.pk).stream_id
    log_types = [entry["type"] for entry in node_client.load(stream.stream_id).log]
    assert [t for t in log_types if t != 2] == [0, 1]  # genesis + one data commit (2 = anchor): history grows
    assert docs1[deleted_id].content["deleted"] is True
    assert sync_project(lab.project).counts["written"] == 0


def test_labeler_without_session_follows_the_fallback_policy(make_lab, node_client, sync_model, orbis):
    lab = make_lab(labelers=2, per_labeler=1, connected=[True, False])
    pending = sync_project(lab.project)
    assert pending.counts["create"] == 1 and pending.pending == 1 and pending.failed == 0
    err = next(e for e in pending.errors if e.kind == "pending_signer")
    assert err.annotator == lab.labelers[1].pk and "labeler must connect" in err.reason

    service = Ed25519DIDKey(os.urandom(32))
    orbis(signer_fallback="service", service_seed=service.seed)
    served = sync_project(lab.project)
    assert served.counts["create"] == 1 and dict(served.signed_by) == {"service": 1}
    doc = node_docs(node_client, sync_model, service.did)
    assert [d.content["annotator"] for d in doc] == [lab.labelers[1].pk]  # the labeler kept as data only
    assert node_docs(node_client, sync_model, lab.dids[0])[0].content["annotator"] == lab.labelers[0].pk
    assert "1 signed by the service DID because their author has no usable session" in served.message
    # the stand-in says so in the document itself: a reader of the node alone can tell it is not the labeler's
    assert (doc[0].content["signer_kind"], doc[0].content["signer_did"], doc[0].content["origin"]) == (
        "service", service.did, "labeling")

    # the labeler connects later: their row moves under their own DID, the service's copy becomes a tombstone
    from tests.fixtures.lab import connect

    did = connect(lab.labelers[1])
    moved = sync_project(lab.project)
    assert moved.counts["create"] == 1 and moved.counts["tombstone"] == 1 and moved.failed == 0
    assert [d.content["annotator"] for d in node_docs(node_client, sync_model, did)] == [lab.labelers[1].pk]
    assert [d.content["deleted"] for d in node_docs(node_client, sync_model, service.did)] == [True]
    assert sync_project(lab.project).counts["written"] == 0


def test_invalid_and_oversized_rows_are_reported_per_row_and_do_not_stop_the_others(make_lab, orbis, node_client,
                                                                                    ceramic_admin_key):
    # a hand-made model (as in OrbisDB Studio) that takes our columns but is stricter about two of them
    strict = str(node_client.deploy_model(ceramic_admin_key, definition(
        f"OrbisSyncStrict{os.urandom(3).hex()}", text={"type": "string", "maxLength": 40},
        sentiment={"type": "string", "enum": ["Positive", "Negative"]})))
    node_client.admin_index_models(ceramic_admin_key, [strict])
    orbis(model_id=strict)
    lab = make_lab(labelers=1, per_labeler=2)
    too_long = lab.annotate(0, "x" * 60)  # the model's maxLength: refused here, before sending
    too_large = lab.annotate(0, "y" * (MAX_TEXT + 10))  # over our column limit: refused before sending
    refused = lab.annotate(0, "fine text", "Neutral")  # only the node's schema check refuses it
    result = sync_project(lab.project)
    assert result.counts["create"] == 2 and result.failed == 3 and result.status == "partial"
    errors = {e.annotation_id: e for e in result.errors}
    assert errors[too_long.pk].kind == "invalid" and "text: 60 characters" in errors[too_long.pk].reason
    assert errors[too_large.pk].kind == "invalid" and "characters" in errors[too_large.pk].reason
    assert errors[refused.pk].kind == "rejected" and "Validation Error" in errors[refused.pk].reason
    assert SyncRecord.objects.get(annotation_id=refused.pk).last_error.startswith("Ceramic node refused")
    docs = node_docs(node_client, strict, lab.dids[0])
    assert sorted(d.content["annotation_id"] for d in docs) == sorted(a.pk for a in lab.annotations[:2])
    # once the labeler fixes the refused row, the next sync writes it (signed afresh, not the refused bytes)
    refused.result = choices("Negative")
    save_as(refused)
    fixed = sync_project(lab.project)
    assert fixed.counts["create"] == 1 and fixed.counts["unchanged"] == 2 and fixed.failed == 2
    docs = node_docs(node_client, strict, lab.dids[0])
    assert refused.pk in {d.content["annotation_id"] for d in docs} and len(docs) == 3


def test_existing_model_that_does_not_fit_is_refused_before_anything_is_written(make_lab, orbis, node_client,
                                                                                ceramic_admin_key):
    bad = definition(f"OrbisSyncBad{os.urandom(3).hex()}", sentiment={"type": "integer"})
    del bad["schema"]["properties"]["source"]
    bad["schema"]["required"] = [r for r in bad["schema"]["required"] if r != "source"]
    model = str(node_client.deploy_model(ceramic_admin_key, bad))
    orbis(model_id=model)
    lab = make_lab(labelers=1, per_labeler=1)
    with pytest.raises(SyncError) as error:
        sync_project(lab.project)
    assert error.value.code == "schema_mismatch"
    assert "sentiment: the model says 'integer', rows carry 'string'" in error.value.problems
    assert any(p.startswith("source: missing from the model") for p in error.value.problems)
    assert not SyncRecord.objects.filter(project_id=lab.project.pk).exists()


def test_lost_ledger_is_rebuilt_from_the_node_without_duplicates(make_lab, node_client, sync_model):
    lab = make_lab(labelers=2, per_labeler=2)
    assert sync_project(lab.project).counts["written"] == 4
    SyncRecord.objects.filter(project_id=lab.project.pk).delete()  # our records are lost
    result = sync_project(lab.project)
    assert result.adopted == 4 and result.counts["written"] == 0 and result.counts["unchanged"] == 4
    assert sum(len(node_docs(node_client, sync_model, d)) for d in lab.dids) == 4


def test_dry_run_plans_without_writing(make_lab, node_client, sync_model):
    lab = make_lab(labelers=1, per_labeler=3)
    result = sync_project(lab.project, SyncOptions(dry_run=True))
    assert result.counts["create"] == 3 and result.counts["written"] == 0
    assert not SyncRecord.objects.filter(project_id=lab.project.pk).exists()
    assert node_docs(node_client, sync_model, lab.dids[0]) == []


def test_since_and_task_scope_plan_only_what_changed(make_lab, node_client, sync_model):
    from django.utils import timezone

    lab = make_lab(labelers=1, per_labeler=3)
    assert sync_project(lab.project).counts["create"] == 3
    cut = timezone.now()
    changed, gone = lab.annotations[1], lab.annotations[2]
    changed.result = choices("Neutral")
    save_as(changed)
    recent = sync_project(lab.project, SyncOptions(since=cut))
    assert recent.total == 1 and recent.counts["update"] == 1 and recent.counts["unchanged"] == 0

    gone_task, gone_id = gone.task_id, gone.pk
    gone.delete()
    other = sync_project(lab.project, SyncOptions(task_ids=[lab.annotations[0].task_id]))
    assert other.counts["tombstone"] == 0 and other.counts["unchanged"] == 1  # outside the scope: untouched
    scoped = sync_project(lab.project, SyncOptions(task_ids=[gone_task]))
    assert scoped.counts["tombstone"] == 1 and scoped.total == 1
    docs = _by_annotation(node_docs(node_client, sync_model, lab.dids[0]))
    assert docs[changed.pk].content["sentiment"] == "Neutral" and docs[gone_id].content["deleted"] is True


def test_a_concurrent_run_that_recorded_first_wins(make_lab, node_client, sync_model):
    """Two runs planned at the same time (no job lock, e.g. two workers): the ledger's unique constraint lets only one
    of them post a given annotation."""
    from orbis_export import identity
    from orbis_export.sync.engine import Engine
    from orbis_export.sync.plan import Planner

    lab = make_lab(labelers=1, per_labeler=3)
    late = Engine(lab.project, SyncOptions())
    late.prepare()
    with identity.SignerCache() as signers:
        planner = Planner(lab.project, late.options, model_id=late.model_id, context=late.context, source=late.source,
                          row_model=late.row_model, ledger=late.ledger, result=late.result, signers=signers)
        planned = [a for row in planner.rows() for a in planner.plan_row(row)]
    assert [a.kind for a in planned] == ["create"] * 3
    assert sync_project(lab.project).counts["create"] == 3  # the other run records and writes first
    assert late.record_planned(planned) == [] and late.result.counts["concurrent"] == 3
    assert len(node_docs(node_client, sync_model, lab.dids[0])) == 3
