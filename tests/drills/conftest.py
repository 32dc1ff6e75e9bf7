"""A node of the drills' own (the restart drill stops it), a model deployed on it, and settings pointed at it."""
from __future__ import annotations

import pytest

from bench import common
from devnode import ctl


@pytest.fixture(scope="session")
def drill_bench(tmp_path_factory, ceramic_admin_key, ceramic_node):  # ceramic_node: the install check
    data_dir = tmp_path_factory.mktemp("drill-node")
    node = ctl.start(data_dir, admin_dids=[ceramic_admin_key.did], die_with_parent=True)
    try:
        bench = common.deploy(node, ceramic_admin_key, name="OrbisDrillTest", configure=False)
        yield bench
        bench.client.close()
    finally:
        ctl.stop(data_dir)


@pytest.fixture
def bench(drill_bench, settings):
    settings.ORBIS = settings.ORBIS  # an override layer: what the drills set is undone after the test
    drill_bench.configure()
    return drill_bench


