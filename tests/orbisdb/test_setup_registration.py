"""``orbis_setup``'s OrbisDB step on a shared node (one slot per env): it asks the env's slot whether the model is
indexed, so running setup again never re-indexes it (OrbisDB would map the slot's table to ``…_1``)."""
from __future__ import annotations

import dataclasses
import io

import pytest
from eth_account import Account

from orbis_export.ceramic import Session
from orbis_export.management.commands.orbis_setup import Command
from tests.orbisdb.sessions import admin_session_of
from tests.verify.orbisdb_standin import OrbisDBStandIn

MODEL = "kjzl6hvfrbw6c5ajfmes842lu09vjxu5956e3xq0xk12gp2jcf9s90cagt2god9"


@pytest.fixture
def shared_node(settings):
    session = admin_session_of(Account.create())
    env = Session.from_serialized(session).did
    standin = OrbisDBStandIn(admin_session=session, shared=True)
    settings.ORBIS = dataclasses.replace(settings.ORBIS, orbisdb_url=standin.url, env_id=env,
                                         orbisdb_admin_session=session, context_id="")
    yield standin, env
    standin.close()


def register(model: str) -> str:
    out = io.StringIO()
    command = Command(stdout=out)
    command._register_on_orbisdb(model)
    return out.getvalue()


def test_setup_twice_on_a_shared_node_indexes_once_in_the_env_slot(shared_node):
    standin, env = shared_node
    assert register(MODEL).strip() == f"OrbisDB (slot {env}): model indexed now; context none"
    assert register(MODEL).strip() == f"OrbisDB (slot {env}): model already indexed; context none"
    assert standin.models_mapping == {MODEL: "labeled_data"}  # never labeled_data_1
    paths = [r["path"] for r in standin.received]
    assert paths.count("/api/db/index/model") == 1 and "/api/metadata" not in paths


def test_setup_without_admin_session_says_what_to_do(shared_node, settings):
    standin, _ = shared_node
    settings.ORBIS = dataclasses.replace(settings.ORBIS, orbisdb_admin_session="")
    assert "no admin session (ORBIS_ORBISDB_ADMIN_SESSION)" in register(MODEL)
    assert standin.received == []


def test_an_admin_session_of_another_slot_is_a_command_error(shared_node, settings):
    from django.core.management.base import CommandError

    standin, env = shared_node
    other = admin_session_of(Account.create())
    standin.admin_session = other
    settings.ORBIS = dataclasses.replace(settings.ORBIS, orbisdb_admin_session=other)
    with pytest.raises(CommandError, match=f"not on ORBIS_ENV_ID \\({env}\\)"):
        register(MODEL)
    assert standin.models_mapping == {}
