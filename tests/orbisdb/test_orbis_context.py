"""``manage.py orbis_context`` against the real local Ceramic node: creates OrbisDB's context document signed by the
admin key, finds it again by name (writes nothing), nests sub-contexts, registers on an OrbisDB node (a stand-in of
its admin routes: OrbisDB cannot run here) and refuses bad input with a readable error."""
from __future__ import annotations

import io
import os
import re

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from tests.orbisdb.sessions import admin_session_of
from tests.verify.orbisdb_standin import OrbisDBStandIn

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def run(*args: str) -> tuple[str, str]:
    out = io.StringIO()
    call_command("orbis_context", *args, stdout=out)
    text = out.getvalue()
    found = re.findall(r"^ORBIS_CONTEXT_ID=(\S+)$", text, re.M)
    assert len(found) == 1, text
    return found[0], text


def context_docs(client, model: str, admin_did: str, name: str) -> list:
    return [s for s in client.iter_collection(model, account=admin_did) if s.content.get("name") == name]


def test_creates_finds_and_nests_contexts_on_the_ceramic_node(orbis, node_client, ceramic_admin_key):
    orbis(orbisdb_url="", orbisdb_admin_session="")
    name = f"Label Studio {os.urandom(3).hex()}"
    first, text = run("--name", name, "--description", "rows labeled in Label Studio")
    print(text)
    assert "no OrbisDB node configured" in text and "created context" in text
    state = node_client.load(first)
    assert state.content == {"name": name, "description": "rows labeled in Label Studio"}
    assert state.controller == ceramic_admin_key.did
    definition = node_client.load(state.model).content
    assert definition["name"] == "OrbisDBContext"
    assert set(definition["schema"]["properties"]) == {"name", "pfp", "description", "context"}

    again, text = run("--name", name)  # idempotent: found, nothing written
    assert again == first and "found on the Ceramic node" in text and "created" not in text
    assert len(context_docs(node_client, state.model, ceramic_admin_key.did, name)) == 1

    child, text = run("--name", "project 7", "--parent", first)
    assert child != first and node_client.load(child).content == {"name": "project 7", "description": "",
                                                                  "context": first}
    assert run("--name", "project 7", "--parent", first)[0] == child
    other_parent, _ = run("--name", "project 7")  # same name at the top level: another context
    assert other_parent not in (first, child)


def test_registers_on_orbisdb_and_finds_it_there_next_time(orbis, node_client):
    from eth_account import Account

    session = admin_session_of(Account.create())
    standin = OrbisDBStandIn(admin_session=session)
    try:
        orbis(orbisdb_url=standin.url, orbisdb_admin_session=session)
        name = f"Annotations {os.urandom(3).hex()}"
        first, text = run("--name", name)
        print(text)
        assert "created context" in text and "OrbisDB: context registered now" in text
        assert standin.contexts == [{"stream_id": first, "name": name}]
        posts = [r for r in standin.received if r["method"] == "POST"]
        child, text = run("--name", "sub", "--parent", first)
        assert "registered now" in text and standin.contexts[0]["contexts"][0]["stream_id"] == child

        writes = len([r for r in standin.received if r["method"] == "POST"])
        again, text = run("--name", name)
        assert again == first and "found on the OrbisDB node" in text
        assert len([r for r in standin.received if r["method"] == "POST"]) == writes  # nothing registered again
        assert len(posts) == 1
    finally:
        standin.close()


def test_an_orbisdb_build_that_cannot_register_sub_contexts_gets_a_readable_error(orbis, node_client):
    from eth_account import Account

    session = admin_session_of(Account.create())
    standin = OrbisDBStandIn(admin_session=session)
    standin.subcontext_bug = True
    try:
        orbis(orbisdb_url=standin.url, orbisdb_admin_session=session)
        parent, _ = run("--name", f"Parent {os.urandom(3).hex()}")
        with pytest.raises(CommandError) as err:
            call_command("orbis_context", "--name", "child", "--parent", parent, stdout=io.StringIO())
        text = str(err.value)
        assert "cannot register sub-contexts" in text and "ORBIS_CONTEXT_ID=" in text and "Traceback" not in text
        child = text.rsplit("ORBIS_CONTEXT_ID=", 1)[1].strip()
        assert node_client.load(child).content == {"name": "child", "description": "", "context": parent}
    finally:
        standin.close()


def test_a_context_known_to_ceramic_but_not_to_orbisdb_is_registered_not_created_again(orbis, node_client):
    from eth_account import Account

    orbis(orbisdb_url="", orbisdb_admin_session="")
    name = f"Existing {os.urandom(3).hex()}"
    first, _ = run("--name", name)
    session = admin_session_of(Account.create())
    standin = OrbisDBStandIn(admin_session=session)
    try:
        orbis(orbisdb_url=standin.url, orbisdb_admin_session=session)
        again, text = run("--name", name)
        assert again == first and "found on the Ceramic node" in text and "registered now" in text
    finally:
        standin.close()


def test_bad_input_is_a_readable_error(orbis):
    orbis(orbisdb_url="", orbisdb_admin_session="")
    with pytest.raises(CommandError, match="--parent: not a Ceramic stream ID"):
        call_command("orbis_context", "--name", "x", "--parent", "not-a-stream", stdout=io.StringIO())
    with pytest.raises(CommandError, match="--name: a context name must be 1 to 200 characters"):
        call_command("orbis_context", "--name", "  ", stdout=io.StringIO())
