"""A loopback stand-in for an OrbisDB node (OrbisDB itself is not on npm and cannot run here), faithful to the parts
of its source our code depends on:

* indexing (server/indexing/index.js): it follows the real Ceramic node's feed ``GET /api/v0/feed/aggregation/
  documents`` (server-sent events) from the moment it starts, never from a resume token, so documents written while
  it is stopped are never indexed; event types 0 (new) and 1 (update) upsert the row with the content's keys
  (server/db/postgre.js ``upsert``: columns absent from the content keep their value), 2 (anchor) is ignored;
* reads (server/routes/api/db/index.js ``POST /api/db/query/json``): ``{"data": rows}`` for ``$in`` on stream_id,
  NUMERIC columns as text (node-postgres), ``{}`` for an unknown table;
* admin (server/routes/api/setup, settings, contexts): ``GET /api/setup/status``, ``GET /api/settings/`` and
  ``POST /api/contexts/`` (sub-contexts nested under their parent) when ``admin_session`` is set.
"""
from __future__ import annotations

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import requests
from multiformats import multibase, varint

from orbis_export.ceramic import StreamID
from orbis_export.ceramic.streamid import _cid_length


def stream_of(commit_id: str) -> str:
    """The stream ID of a commit ID (the feed names commits, OrbisDB keeps ``commitId.baseID``)."""
    raw = multibase.decode(commit_id)
    _, n1, _ = varint.decode_raw(raw)
    _, n2, _ = varint.decode_raw(raw[n1:])
    head = n1 + n2
    return str(StreamID.parse(bytes(raw[:head + _cid_length(raw[head:])])))


class OrbisDBStandIn:
    def __init__(self, ceramic_url: str = "", model: str = "", numeric: tuple[str, ...] = (), *,
                 admin_session: str = "", shared: bool = False):
        self.ceramic_url, self.model, self.numeric = ceramic_url.rstrip("/"), model, set(numeric)
        self.admin_session, self.shared = admin_session, shared
        self.subcontext_bug = False  # the stored contexts route calls findContextById without importing it: 500
        self.rows: dict[str, dict[str, Any]] = {}
        self.events: list[dict[str, Any]] = []  # every feed event seen while up
        self.contexts: list[dict[str, Any]] = []
        self.models_mapping: dict[str, str] = {}  # the slot's (or node's) settings: model ID → table name
        self.received: list[dict[str, Any]] = []
        self._feed: requests.Response | None = None
        self._lock = threading.Lock()
        standin = self

        class Handler(BaseHTTPRequestHandler):
            def _send(self, status: int, body: Any) -> None:
                payload = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def _admin(self) -> bool:
                if self.headers.get("Authorization") != f"Bearer {standin.admin_session}" or not standin.admin_session:
                    self._send(401, {"statusCode": 401, "error": "Unauthorized",
                                     "message": "This account isn't an admin."})
                    return False
                return True

            def do_GET(self):
                standin.received.append({"method": "GET", "path": self.path})
                if self.path == "/api/setup/status":
                    return self._send(200, {"is_configured": True, "is_shared": standin.shared})
                if self.path == "/api/settings/" and self._admin():
                    return self._send(200, {"settings": {"contexts": standin.contexts,
                                                         "models_mapping": standin.models_mapping}})
                if self.path != "/api/settings/":
                    self._send(404, {"statusCode": 404, "error": "Not Found", "message": "not here"})

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                standin.received.append({"method": "POST", "path": self.path, "body": body})
                if self.path == "/api/db/index/model" and self._admin():
                    # server/db/postgre.js generateUniqueTableName: a name already mapped gets _1, _2, ...
                    title, n = "labeled_data", 1
                    name = title
                    while name in standin.models_mapping.values():
                        name, n = f"{title}_{n}", n + 1
                    standin.models_mapping[body["model_id"]] = name
                    return self._send(200, {"message": f"Indexed model {body['model_id']} with success."})
                if self.path == "/api/db/query/json":
                    query = body["jsonQuery"]
                    if query["$table"] != standin.model and query["$table"] not in standin.models_mapping:
                        return self._send(200, {})  # a SQL error: the route answers {data: undefined}
                    where = query.get("$where", {})
                    parts = where.get("$and", [where])
                    wanted = next((p["stream_id"]["$in"] for p in parts if "stream_id" in p), None)
                    with standin._lock:
                        rows = [standin.rows[s] for s in (wanted if wanted is not None else standin.rows)
                                if s in standin.rows]
                    return self._send(200, {"data": [standin._as_postgres(r) for r in rows]})
                if self.path == "/api/contexts/" and self._admin():
                    context = json.loads(body["context"])
                    if context.get("context"):
                        parent = _find(standin.contexts, context["context"])
                        if parent is None or standin.subcontext_bug:
                            return self._send(500, {"statusCode": 500, "error": "Internal Server Error",
                                                    "message": "Failed to update settings."})
                        parent.setdefault("contexts", []).append(context)
                    else:
                        standin.contexts.append(context)
                    return self._send(200, {"settings": {"contexts": standin.contexts}, "context": context,
                                            "result": "Context updated in the settings file."})
                if self.path not in ("/api/contexts/", "/api/db/index/model"):
                    self._send(404, {"statusCode": 404, "error": "Not Found", "message": "not here"})

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    # --- indexing -------------------------------------------------------------------------------
    def _as_postgres(self, row: dict[str, Any]) -> dict[str, Any]:
        return {k: (str(v) if k in self.numeric and v is not None and not isinstance(v, bool) else v)
                for k, v in row.items()}

    def start_indexing(self) -> None:
        """Subscribe to the Ceramic node's feed (from now on, as OrbisDB does) and upsert what it publishes."""
        ready = threading.Event()

        def follow():
            try:
                with requests.get(f"{self.ceramic_url}/api/v0/feed/aggregation/documents", stream=True,
                                  timeout=(5, None)) as resp:
                    self._feed = resp
                    ready.set()
                    for line in resp.iter_lines():
                        if line.startswith(b"data:"):
                            self._index(json.loads(line[5:]))
            except Exception:  # noqa: BLE001 - the stand-in stops by closing the stream
                pass
            finally:
                ready.set()

        threading.Thread(target=follow, daemon=True).start()
        ready.wait(10)
        time.sleep(0.3)  # the node registers the subscriber after answering the headers

    def stop_indexing(self) -> None:
        """OrbisDB goes down: nothing published from now on is seen (and nothing is replayed later)."""
        feed, self._feed = self._feed, None
        if feed is not None:
            connection = getattr(feed.raw, "_connection", None) or getattr(feed.raw, "connection", None)
            sock = getattr(connection, "sock", None)
            if sock is not None:  # wakes the reader at once (closing alone waits for the next event)
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
            feed.close()
        time.sleep(0.2)

    def settle(self, quiet: float = 1.0, limit: float = 15.0) -> None:
        """Wait until the feed has been quiet for ``quiet`` seconds (the node may publish an event twice)."""
        deadline = time.monotonic() + limit
        seen, since = len(self.events), time.monotonic()
        while time.monotonic() < deadline:
            time.sleep(0.1)
            if len(self.events) != seen:
                seen, since = len(self.events), time.monotonic()
            elif time.monotonic() - since >= quiet:
                return

    def _index(self, event: dict[str, Any]) -> None:
        self.events.append(event)
        meta = event.get("metadata") or {}
        if event.get("eventType") not in (0, 1) or meta.get("model") != self.model:
            return
        sid = stream_of(event["commitId"])
        content = json.loads(event["content"]) if isinstance(event.get("content"), str) else event.get("content")
        controller = meta.get("controller") or (meta.get("controllers") or [None])[0]
        with self._lock:
            row = self.rows.setdefault(sid, {"stream_id": sid, "plugins_data": None})
            row.update({"controller": controller, **(content or {}), "_metadata_context": meta.get("context"),
                        "indexed_at": time.strftime("%Y-%m-%dT%H:%M:%S")})

    def wait_for(self, stream_ids, timeout: float = 10.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if all(s in self.rows for s in stream_ids):
                    return True
            time.sleep(0.05)
        return False

    def close(self) -> None:
        self.stop_indexing()
        self.server.shutdown()
        self.server.server_close()


def _find(contexts: list[dict[str, Any]], stream_id: str) -> dict[str, Any] | None:
    for ctx in contexts:
        if ctx.get("stream_id") == stream_id:
            return ctx
        found = _find(ctx.get("contexts") or [], stream_id)
        if found is not None:
            return found
    return None
