"""Schema evolution on the real node: a label config change makes orbis_setup say what changed and deploy the next
model version; the sync writes every annotation to it, each new document naming its predecessor; the old documents
stay as they were; a re-sync writes nothing."""
from __future__ import annotations

from io import StringIO

from eth_account import Account

import pytest
from django.core.management import call_command

from orbis_export import modeldeploy, modelregistry
from orbis_export.models import ProjectModel, SyncRecord
from orbis_export.sync import sync_project

from tests.fixtures.lab import CONFIG, connect, node_docs

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

CHANGED = CONFIG.replace('<Choice value="Neutral"/>', '<Choice value="Mixed"/>').replace(
    "</View>", '  <TextArea name="note" toName="text"/>\n</View>')


def test_label_config_change_deploys_a_new_version_linked_to_the_old_documents(make_lab, node_client):
    lab = make_lab(labelers=1, per_labeler=2, connected=False)
    wallet = Account.create()
    did = connect(lab.labelers[0], wallet)  # a session scoped before the project had a model of its own
    first = modeldeploy.deploy(lab.project, client=node_client)
    assert first.version == 1 and not first.changes
    assert modelregistry.current_model_id(lab.project.pk) == first.model_id
    # the rows wait, and say why; connecting again (same wallet, same DID) covers the project's model
    waiting = sync_project(lab.project)
    assert waiting.counts["pending_signer"] == 2 and "does not cover model" in waiting.errors[0].reason
    assert connect(lab.labelers[0], wallet) == did
    assert sync_project(lab.project).counts["create"] == 2
    old_docs = {d.content["annotation_id"]: d for d in node_docs(node_client, first.model_id, did)}
    assert len(old_docs) == 2

    # deploying again with nothing changed is the same version
    assert modeldeploy.deploy(lab.project, client=node_client).version == 1

    lab.project.label_config = CHANGED
    lab.project.save()
    # the sync against v1 is refused with what to do (the rows now carry a field v1 does not have)
    with pytest.raises(Exception, match="orbis_setup --project"):
        sync_project(lab.project)

    out = StringIO()
    call_command("orbis_setup", project=lab.project.pk, deploy=True, stdout=out)
    text = out.getvalue()
    second = modelregistry.current(lab.project.pk)
    assert second.version == 2 and second.model_id != first.model_id and second.previous_model_id == first.model_id
    assert "changed since version 1" in text and "+ note" in text, text
    assert any(line.startswith("+ note") for line in second.changes)
    # the renamed choice is part of the model's description of its control: named as a change too
    assert any(line.startswith("~ sentiment") and "Mixed" in line for line in second.changes), second.changes

    assert sync_project(lab.project).counts["pending_signer"] == 2  # v2 is not in the session's scope yet
    connect(lab.labelers[0], wallet)  # the same wallet (same DID), a session that covers version 2
    result = sync_project(lab.project)
    assert result.counts["create"] == 2 and result.failed == 0, result.as_dict()
    new_docs = {d.content["annotation_id"]: d for d in node_docs(node_client, second.model_id, did)}
    assert sorted(new_docs) == sorted(old_docs)
    for aid, doc in new_docs.items():
        assert doc.content["migrated_from"] == str(old_docs[aid].stream_id)
        assert doc.content["sentiment"] == old_docs[aid].content["sentiment"]
    # the old documents are untouched history: still one commit each, not tombstoned
    for doc in node_docs(node_client, first.model_id, did):
        assert doc.content["deleted"] is False
        assert SyncRecord.objects.get(model_id=first.model_id, stream_id=str(doc.stream_id)).commits == 1
    again = sync_project(lab.project)
    assert again.counts["written"] == 0 and again.counts["unchanged"] == 2
    assert ProjectModel.objects.filter(project_id=lab.project.pk, kind=ProjectModel.ANNOTATIONS).count() == 2
