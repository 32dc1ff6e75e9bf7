"""`make run` on the local node deploys the demo project's model, so "Save to Ceramic" works on first run."""
import dataclasses
import io

import pytest

from orbis_export.ceramic import CeramicClient, StreamID
from orbis_export.management.commands.orbis_run import Command


@pytest.mark.integration
def test_first_run_deploys_and_indexes_the_demo_model_idempotently(db, settings, tmp_path, ceramic_node,
                                                                   ceramic_admin_key):
    settings.ORBIS = dataclasses.replace(settings.ORBIS, ceramic_url=ceramic_node.url, model_id="",
                                         start_devnode=True, ceramic_admin_seed=ceramic_admin_key.seed,
                                         data_dir=tmp_path)
    out = io.StringIO()
    command = Command(stdout=out)
    command._seed(settings.ORBIS)
    first = settings.ORBIS.model_id
    assert StreamID.parse(first).type_name == "model"
    with CeramicClient(ceramic_node.url) as client:
        assert first in client.admin_indexed_models(ceramic_admin_key)

    settings.ORBIS = dataclasses.replace(settings.ORBIS, model_id="")
    command._seed(settings.ORBIS)  # second run: same project, same definition, same key
    assert settings.ORBIS.model_id == first
    assert f"Rows go to model {first}" in out.getvalue()


def test_a_configured_model_is_left_alone(db, settings, tmp_path):
    model = "kjzl6hvfrbw6c8t3fajpujkiryv493d0wafz2wcfdsxtt46whv43uq5y52kqcp5"
    settings.ORBIS = dataclasses.replace(settings.ORBIS, model_id=model, start_devnode=True, data_dir=tmp_path)
    Command(stdout=io.StringIO())._seed(settings.ORBIS)  # no node needed: nothing is deployed
    assert settings.ORBIS.model_id == model
