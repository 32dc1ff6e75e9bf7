"""OrbisDB client against recorded answers (shaped from OrbisDB's source; see recorded_responses.json), served by a
real local HTTP server so the transport is real too."""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.orbisdb.sessions import admin_session_of
from orbis_export.orbisdb import (
    OrbisDBAuthError,
    OrbisDBClient,
    OrbisDBConfigError,
    OrbisDBError,
    OrbisDBUnavailable,
    QueryFailed,
    normalize_row,
    row_differences,
)

RECORDED = json.loads((Path(__file__).parent / "recorded_responses.json").read_text())
MODEL = "kjzl6hvfrbw6c5ajfmes842lu09vjxu5956e3xq0xk12gp2jcf9s90cagt2god9"
OTHER_MODEL = "kjzl6hvfrbw6c8njv24a3g4e3w2jsm5dojwpayf4pobuasbpvskv21vwvaxo7nd"
CONTEXT = "kjzl6kcym7w8y8y0dcknw2xr9bwzjbmvb7i5d0vsb4cpf0k3tg3cjdx6mwcr3tq"
SUB_CONTEXT = "kjzl6kcym7w8y7mwrzfeux3bnazpwx2lqrjolm8uvqbj9nqf5pbuq4gydfqi8f6"
ADMIN_SESSION = "eyJzZXNzaW9uS2V5U2VlZCI6ImZha2UifQ"  # opaque to the client; never printed


class Replay:
    """A loopback HTTP server answering (method, path) with queued recorded answers; keeps what it received."""

    def __init__(self):
        self.routes: dict[tuple[str, str], list[str]] = {}
        self.received: list[dict] = []
        replay = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self):
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                replay.received.append({"method": self.command, "path": self.path,
                                        "auth": self.headers.get("Authorization"),
                                        "body": json.loads(raw) if raw else None})
                queue = replay.routes.get((self.command, self.path)) or []
                name = queue.pop(0) if len(queue) > 1 else (queue[0] if queue else None)
                if name is None:
                    self.send_response(404)
                    self.end_headers()
                    return
                answer = RECORDED[name]
                payload = json.dumps(answer["body"]).encode()
                self.send_response(answer["status"])
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = _answer

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def on(self, method: str, path: str, *names: str) -> None:
        self.routes[(method, path)] = list(names)

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def node():
    replay = Replay()
    yield replay
    replay.close()


def test_query_sends_the_json_query_and_returns_rows(node):
    node.on("POST", "/api/db/query/json", "query_rows")
    with OrbisDBClient(node.url) as client:
        rows = client.query(MODEL, where={"project_id": 3, "annotation_id": {"$in": [7, 8]}},
                            order_by=[["indexed_at", "desc"]], limit=10)
    assert rows[0]["stream_id"].startswith("kjzl6kcym7w8y") and rows[0]["lead_time"] == "4.2"
    sent = node.received[0]["body"]
    assert sent == {"jsonQuery": {"$table": MODEL, "$columns": [], "$where": {"project_id": 3,
                    "annotation_id": {"$in": [7, 8]}}, "$orderBy": [["indexed_at", "desc"]], "$limit": 10}}
    assert "env" not in sent  # self-hosted: no env
    assert node.received[0]["auth"] is None  # reads never carry the admin session


def test_env_is_sent_only_when_configured(node):
    node.on("POST", "/api/db/query/json", "query_empty")
    with OrbisDBClient(node.url, env="did:pkh:eip155:1:0xabc") as client:
        assert client.query(MODEL) == []
    assert node.received[0]["body"]["env"] == "did:pkh:eip155:1:0xabc"


def test_an_empty_object_answer_is_a_failed_query_not_zero_rows(node):
    node.on("POST", "/api/db/query/json", "query_sql_error")
    with OrbisDBClient(node.url) as client, pytest.raises(QueryFailed) as err:
        client.query(MODEL, where={"no_such_column": 1})
    text = str(err.value)
    assert "without 'data'" in text and "no_such_column" in text and "received: {}" in text
    assert err.value.received == {} and err.value.sent["jsonQuery"]["$table"] == MODEL
    assert not err.value.retryable


def test_older_builds_404_with_error_is_a_failed_query(node):
    node.on("POST", "/api/db/query/json", "query_no_result_old_build")
    with OrbisDBClient(node.url) as client, pytest.raises(QueryFailed, match="There wasn't any results"):
        client.query(MODEL)


def test_unknown_env_500_is_a_failed_query(node):
    node.on("POST", "/api/db/query/json", "query_unknown_env")
    with OrbisDBClient(node.url, env="did:pkh:eip155:1:0xunknown") as client, pytest.raises(QueryFailed) as err:
        client.query(MODEL)
    assert err.value.status == 500 and "Internal server error while querying table" in str(err.value)


def test_gt_is_refused_before_sending(node):
    with OrbisDBClient(node.url) as client:
        with pytest.raises(OrbisDBConfigError, match=r"\$gt is broken"):
            client.query(MODEL, where={"$and": [{"annotation_id": {"$gt": 3}}]})
        with pytest.raises(OrbisDBConfigError):
            client.query("robert'); drop table x;--")
    assert node.received == []


def test_iter_rows_pages_by_offset_in_stream_id_order(node):
    node.on("POST", "/api/db/query/json", "query_rows", "query_empty")
    with OrbisDBClient(node.url) as client:
        rows = list(client.iter_rows(MODEL, page_size=1))
    assert len(rows) == 1
    first, second = (r["body"]["jsonQuery"] for r in node.received)
    assert first["$orderBy"] == [["stream_id", "asc"]] and "$offset" not in first and second["$offset"] == 1
    assert "$gt" not in json.dumps(first)


def test_rows_by_stream_id_uses_in_chunks(node):
    node.on("POST", "/api/db/query/json", "query_rows")
    ids = [f"kjzl6kcym7w8y{i:050d}" for i in range(450)]
    with OrbisDBClient(node.url) as client:
        found = client.rows_by_stream_id(MODEL, ids, where={"project_id": 3})
    assert list(found) == [RECORDED["query_rows"]["body"]["data"][0]["stream_id"]]
    assert len(node.received) == 3
    where = node.received[0]["body"]["jsonQuery"]["$where"]
    assert len(where["$and"][0]["stream_id"]["$in"]) == 200 and where["$and"][1] == {"project_id": 3}


def test_normalize_row_gives_document_content_back():
    row = RECORDED["query_rows"]["body"]["data"][0]
    schema = {"properties": {"lead_time": {"type": "number"}, "stars": {"type": "integer"},
                             "id": {"type": "integer"}, "text": {"type": "string"}}}
    content = normalize_row(row, schema)
    assert content["lead_time"] == 4.2 and content["stars"] == 5 and content["text"] == "I love this product"
    for gone in ("stream_id", "controller", "_metadata_context", "plugins_data", "indexed_at"):
        assert gone not in content
    assert "tags" in content and content["tags"] is None  # a NULL column is the document's explicit null


def test_row_differences_take_null_columns_as_null_fields_and_name_stale_ones():
    schema = {"properties": {"confidence": {"type": ["integer", "null"]}, "lead_time": {"type": "number"},
                             "note": {"type": ["string", "null"]}, "done": {"type": "boolean"},
                             "regions": {"type": ["array", "null"]}}}
    row = {"stream_id": "k", "controller": "did:pkh:x", "_metadata_context": None, "plugins_data": None,
           "indexed_at": "2026-12-02T10:00:00", "confidence": None, "lead_time": "4.6", "note": None, "done": True,
           "regions": [{"start": 3, "end": 8}]}
    cleared = {"confidence": None, "lead_time": 4.6, "note": None, "done": True, "regions": [{"start": 3, "end": 8}]}
    assert row_differences(row, cleared, schema) == []
    older = {k: v for k, v in cleared.items() if k != "note"}  # a document written before fields were nullable
    assert row_differences(row, older, schema) == []
    # OrbisDB kept the values the document cleared: each is named, with both sides
    stale = {**row, "confidence": 2, "note": "old note"}
    diffs = row_differences(stale, cleared, schema)
    assert diffs == ["confidence: OrbisDB has 2, the document has null",
                     'note: OrbisDB has "old note", the document has null']
    # types are not blurred: a boolean column never equals a number, a missing column is named
    assert row_differences({**row, "done": 1}, cleared, schema) == ["done: OrbisDB has 1, the document has true"]
    assert row_differences(row, {**cleared, "extra": "x"}, schema) == [
        'extra: OrbisDB has no such column, the document has "x"']
    assert row_differences({**row, "lead_time": "4.7"}, cleared, schema) == [
        "lead_time: OrbisDB has 4.7, the document has 4.6"]


def test_metadata_and_is_indexed(node):
    node.on("GET", "/api/metadata", "metadata")
    with OrbisDBClient(node.url) as client:
        meta = client.metadata()
    assert meta.version == "0.0.51-alpha" and meta.is_indexed(MODEL) and not meta.is_indexed(OTHER_MODEL)
    assert meta.table_of(MODEL) == "labeled_data"


def test_ensure_model_indexed_checks_first_and_never_reindexes(node):
    node.on("GET", "/api/setup/status", "status_self_hosted")
    node.on("GET", "/api/metadata", "metadata")
    node.on("POST", "/api/db/index/model", "index_model_ok")
    with OrbisDBClient(node.url, admin_session=ADMIN_SESSION) as client:
        assert client.ensure_model_indexed(MODEL) is True  # already indexed: nothing sent (it would be renamed)
        assert [r["path"] for r in node.received] == ["/api/setup/status", "/api/metadata"]
        assert client.ensure_model_indexed(OTHER_MODEL) is False
    post = node.received[-1]
    assert post["path"] == "/api/db/index/model" and post["body"] == {"model_id": OTHER_MODEL}
    assert post["auth"] == f"Bearer {ADMIN_SESSION}"


def test_ensure_context_finds_nested_contexts_and_registers_new_ones(node):
    node.on("GET", "/api/settings/", "settings")
    node.on("POST", "/api/contexts/", "context_created")
    new = "kjzl6kcym7w8y6v6yrz2kgp8jj0k0x1t9h9q0f8zu2b1y3hnsxpkbr0ctbmbfnq"
    with OrbisDBClient(node.url, admin_session=ADMIN_SESSION) as client:
        assert client.ensure_context(CONTEXT, "Label Studio") is True
        assert client.ensure_context(SUB_CONTEXT, "project 3") is True
        assert client.ensure_context(new, "project 4", parent=CONTEXT) is False
    post = node.received[-1]
    assert post["path"] == "/api/contexts/"
    assert json.loads(post["body"]["context"]) == {"stream_id": new, "name": "project 4", "context": CONTEXT}


def test_admin_refusal_and_missing_session(node):
    node.on("POST", "/api/db/index/model", "admin_unauthorized")
    node.on("GET", "/api/metadata", "query_empty")  # a node whose metadata lacks a version
    with OrbisDBClient(node.url) as client, pytest.raises(OrbisDBAuthError, match="admin session"):
        client.index_model(MODEL)
    assert node.received == []  # nothing sent without a session
    with OrbisDBClient(node.url, admin_session=ADMIN_SESSION) as client:
        with pytest.raises(OrbisDBAuthError) as err:
            client.index_model(MODEL)
        assert err.value.status == 401 and "isn't an admin" in str(err.value)
        assert ADMIN_SESSION not in str(err.value)  # the session never lands in an error text
        with pytest.raises(QueryFailed, match="no version"):
            client.metadata()


def test_unreachable_node_is_retryable():
    with OrbisDBClient("http://127.0.0.1:9", timeout=2, connect_timeout=1) as client:
        with pytest.raises(OrbisDBUnavailable) as err:
            client.metadata()
    assert err.value.retryable and isinstance(err.value, OrbisDBError) and "unreachable" in str(err.value)


def test_bad_url_is_a_config_error():
    with pytest.raises(OrbisDBConfigError):
        OrbisDBClient("localhost:3000")


def test_register_model_and_context_for_orbis_setup(node):
    from orbis_export.orbisdb import register_model_and_context

    node.on("GET", "/api/setup/status", "status_self_hosted")
    node.on("GET", "/api/metadata", "metadata")
    node.on("POST", "/api/db/index/model", "index_model_ok")
    node.on("GET", "/api/settings/", "settings")
    with OrbisDBClient(node.url) as no_admin:
        assert register_model_and_context(MODEL, CONTEXT, client=no_admin) is None  # no admin session: skipped
    assert node.received == []
    with OrbisDBClient(node.url, admin_session=ADMIN_SESSION) as client:
        assert register_model_and_context(MODEL, CONTEXT, client=client) == {
            "model": "already indexed", "context": "already registered"}
        assert register_model_and_context(OTHER_MODEL, "", client=client) == {"model": "indexed now", "context": "none"}
    assert [r["path"] for r in node.received].count("/api/db/index/model") == 1


# --- shared node: one slot per env (server/utils/helpers.js getOrbisDBSettings(slot)) -----------------------------


@pytest.fixture
def slot():
    from eth_account import Account

    wallet = Account.create()
    session = admin_session_of(wallet)
    from orbis_export.ceramic import Session

    return {"session": session, "env": Session.from_serialized(session).did}


def test_shared_node_asks_the_env_slot_not_the_global_metadata(node, slot):
    """The slot's settings map the model: indexed (the global metadata, which does not, is never asked)."""
    node.on("GET", "/api/setup/status", "status_shared")
    node.on("GET", "/api/settings/", "slot_settings_with_model")
    node.on("POST", "/api/db/index/model", "index_model_ok")
    node.on("GET", "/api/metadata", "metadata_global_without_model")
    with OrbisDBClient(node.url, env=slot["env"], admin_session=slot["session"]) as client:
        assert client.ensure_model_indexed(MODEL) is True
    paths = [r["path"] for r in node.received]
    assert paths == ["/api/setup/status", "/api/settings/"]  # no index call: that would rename the slot's table
    assert node.received[1]["auth"] == f"Bearer {slot['session']}"


def test_shared_node_slot_table_counts_as_indexed_and_a_missing_one_is_indexed_once(node, slot):
    node.on("GET", "/api/setup/status", "status_shared")
    node.on("GET", "/api/settings/", "slot_settings_empty")
    node.on("POST", "/api/db/query/json", "query_empty", "query_sql_error")  # table there; then no table
    node.on("POST", "/api/db/index/model", "index_model_ok")
    with OrbisDBClient(node.url, env=slot["env"], admin_session=slot["session"]) as client:
        assert client.ensure_model_indexed(MODEL) is True  # the slot's database has the table
        assert client.ensure_model_indexed(OTHER_MODEL) is False  # no table in the slot: indexed now
    queries = [r["body"] for r in node.received if r["path"] == "/api/db/query/json"]
    assert [q["env"] for q in queries] == [slot["env"], slot["env"]]
    assert [q["jsonQuery"]["$table"] for q in queries] == [MODEL, OTHER_MODEL]
    posts = [r for r in node.received if r["path"] == "/api/db/index/model"]
    assert [p["body"] for p in posts] == [{"model_id": OTHER_MODEL}]


def test_shared_node_without_admin_session_reads_the_slot_table(node, slot):
    node.on("GET", "/api/setup/status", "status_shared")
    node.on("POST", "/api/db/query/json", "query_unknown_env")
    with OrbisDBClient(node.url, env=slot["env"]) as client, pytest.raises(QueryFailed, match="no slot for"):
        client.is_indexed(MODEL)


def test_shared_node_refuses_an_admin_session_of_another_slot_or_no_env(node, slot):
    from eth_account import Account

    node.on("GET", "/api/setup/status", "status_shared")
    node.on("POST", "/api/db/index/model", "index_model_ok")
    other = admin_session_of(Account.create())
    with OrbisDBClient(node.url, env=slot["env"], admin_session=other) as client:
        with pytest.raises(OrbisDBConfigError, match="act on the slot of the admin session's DID"):
            client.ensure_model_indexed(MODEL)
    with OrbisDBClient(node.url, admin_session=slot["session"]) as client:
        with pytest.raises(OrbisDBConfigError, match="set ORBIS_ENV_ID"):
            client.ensure_model_indexed(MODEL)
    assert "/api/db/index/model" not in [r["path"] for r in node.received]
    assert other not in json.dumps(node.received[0])  # the session is never in a request we did not need


def test_builds_without_a_status_route_are_shared_only_with_an_env(node, slot):
    node.on("GET", "/api/metadata", "metadata")
    with OrbisDBClient(node.url) as client:  # /api/setup/status answers 404
        assert client.is_shared() is False and client.is_indexed(MODEL) is True
    with OrbisDBClient(node.url, env=slot["env"]) as client:
        assert client.is_shared() is True


def test_find_context_by_name_at_the_top_or_under_a_parent():
    contexts = RECORDED["settings"]["body"]["settings"]["contexts"]
    assert OrbisDBClient.find_context_by_name(contexts, "Label Studio")["stream_id"] == CONTEXT
    assert OrbisDBClient.find_context_by_name(contexts, "project 3") is None  # not at the top level
    assert OrbisDBClient.find_context_by_name(contexts, "project 3", CONTEXT)["stream_id"] == SUB_CONTEXT
    assert OrbisDBClient.find_context_by_name(contexts, "Label Studio", SUB_CONTEXT) is None


def test_a_sub_context_needs_its_parent_registered_first(node):
    node.on("GET", "/api/setup/status", "status_self_hosted")
    node.on("GET", "/api/settings/", "settings")
    with OrbisDBClient(node.url, admin_session=ADMIN_SESSION) as client, \
            pytest.raises(OrbisDBConfigError, match="parent context .* is not registered"):
        client.ensure_context(SUB_CONTEXT[:-3] + "aaa", "child", parent=SUB_CONTEXT[:-3] + "bbb")
    assert "/api/contexts/" not in [r["path"] for r in node.received]
