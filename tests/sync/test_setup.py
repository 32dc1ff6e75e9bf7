"""``manage.py orbis_setup``: deploy + index is idempotent (same model ID twice); an existing model that does not fit
the project is refused with every field named, before anything is written."""
from __future__ import annotations

import io
import os
import re

import pytest
from django.core.management import call_command

from orbis_export.modeldeploy import admin_key
from orbis_export.modeldeploy import project_row_model

from tests.fixtures.lab import definition

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def _setup(*args) -> str:
    out = io.StringIO()
    call_command("orbis_setup", *args, stdout=out)
    return out.getvalue()


def test_setup_twice_gives_the_same_model_indexed(make_lab, orbis, node_client):
    lab = make_lab(labelers=1, per_labeler=1)
    first = _setup("--project", str(lab.project.pk), "--deploy", "--name", f"OrbisSetup{os.urandom(3).hex()}")
    model = re.search(r"^ORBIS_MODEL_ID=(k\w+)$", first, re.M)[1]
    assert "indexed now" in first and f"ORBIS_CONTEXT_ID={orbis.settings.ORBIS.context_id}" in first
    assert f"model {model} deployed" in first
    deployed = node_client.load(model)
    assert deployed.type == 2 and deployed.content["schema"] == project_row_model(lab.project).json_schema()
    assert deployed.content["accountRelation"] == {"type": "list"}

    again = _setup("--project", str(lab.project.pk), "--deploy", "--name", deployed.content["name"])
    assert re.search(r"^ORBIS_MODEL_ID=(k\w+)$", again, re.M)[1] == model and "already indexed" in again
    assert model in node_client.admin_indexed_models(admin_key())

    # with the model configured, orbis_setup checks it instead: it fits
    orbis(model_id=model)
    assert f"model {model} fits project {lab.project.pk}" in _setup("--project", str(lab.project.pk))


def test_setup_names_the_fields_of_a_mismatching_model(make_lab, orbis, node_client, ceramic_admin_key, capsys):
    studio = definition(f"OrbisStudioMade{os.urandom(3).hex()}", stars={"type": "string"})
    studio["schema"]["properties"]["uid"] = {"type": "number"}
    studio["schema"]["required"] = ["uid"]
    model = str(node_client.deploy_model(ceramic_admin_key, studio))
    lab = make_lab(labelers=1, per_labeler=1)
    err = io.StringIO()
    with pytest.raises(SystemExit) as exit_:
        call_command("orbis_setup", "--project", str(lab.project.pk), "--model-id", model, stdout=io.StringIO(),
                     stderr=err)
    assert exit_.value.code == 1
    text = err.getvalue()
    assert "nothing was written" in text
    assert "stars: the model says 'string', rows carry 'integer'" in text
    assert "uid: required by the model, but rows do not carry it" in text
    assert model not in node_client.admin_indexed_models(ceramic_admin_key)  # not indexed either
