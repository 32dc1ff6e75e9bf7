"""Client for an OrbisDB node: the read API (``POST /api/db/query/json``, ``GET /api/metadata``) and the few admin
routes we need (index a model, register a context), in the style of :mod:`orbis_export.ceramic.client`.

OrbisDB only *indexes*: every row is a Ceramic document written through the Ceramic node. This client never writes
rows. What the node really does (see docs/notes and OrbisDB's server source):

* ``query/json`` builds SQL from a JSON query. A SQL error comes back as **HTTP 200 with ``{}``** (the route returns
  ``{data: undefined}``); older builds answer 404 ``{data: [], error}``. Both are :class:`QueryFailed`, never
  "zero rows".
* ``$gt`` is broken on the node (it emits invalid SQL): this client refuses it before sending. Pagination therefore
  uses ``$orderBy`` + ``$offset``, and range filters use ``$gte``/``$lt``/``$between``.
* ``env`` selects a database on a *shared* node only; on a self-hosted node it is ignored, and an unknown env on a
  shared node answers 500. It is sent only when configured.
* node-postgres returns NUMERIC columns as strings (``"2.5"``) and TIMESTAMP as ISO text: use :func:`normalize_row`
  before comparing a row with document content.
* Admin routes take ``Authorization: Bearer <serialized did-session>`` of an admin did:pkh. Calling
  ``/api/db/index/model`` for a model that is already indexed *renames* its table (``name_1``): ask first
  (:meth:`OrbisDBClient.ensure_model_indexed` does, through :meth:`OrbisDBClient.is_indexed`).
* A *shared* node (``GET /api/setup/status`` → ``is_shared``) keeps one settings slot and one database per admin DID
  (server/utils/helpers.js ``getOrbisDBSettings(slot)``). ``GET /api/metadata`` shows the *global* settings only
  (server/routes/api/metadata/index.js), so it cannot say whether a slot indexed a model. What does: the admin
  settings route ``GET /api/settings/`` (server/routes/api/settings/index.js returns ``getOrbisDBSettings(req.
  adminDid)``: the session DID's slot, with its ``models_mapping``) and ``query/json`` on the model's table with
  ``env`` (server/routes/api/db/index.js: the slot's database; a missing table answers ``{}``). On a shared node
  every admin route acts on the slot of the *session's* DID (server/middleware/didAuthMiddleware.js), so the admin
  session must belong to ``env``.
* No route re-reads the Ceramic feed (server/indexing/index.js subscribes without a resume token; ``POST
  /api/settings/restart`` only re-subscribes): a row written while OrbisDB was down is indexed by the next commit on
  its stream (see :mod:`orbis_export.verify`'s re-feed).

One exception family, each carrying what was sent and what came back:

    OrbisDBError
    ├── OrbisDBUnavailable   retryable: connection refused, timeout, 502/503/504, other 5xx
    ├── QueryFailed          the node answered but the query failed (``{}``, an ``error`` key, 4xx, 500 on query)
    ├── OrbisDBAuthError     401: no or non-admin session for an admin route
    └── OrbisDBConfigError   bad URL, bad admin session, a query we refuse to send ($gt)

Nothing here imports Django; :func:`client_from_settings` reads ``settings.ORBIS`` lazily.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, Iterable, Iterator, Mapping

from .ceramic.errors import ExchangeError
from .ceramic.http import TRANSIENT_STATUSES, JsonHttpClient

QUERY_PATH = "/api/db/query/json"
METADATA_PATH = "/api/metadata"
INDEX_MODEL_PATH = "/api/db/index/model"
CONTEXTS_PATH = "/api/contexts"
SETTINGS_PATH = "/api/settings"
SETUP_STATUS_PATH = "/api/setup/status"
METADATA_COLUMNS = ("stream_id", "controller", "_metadata_context", "plugins_data", "indexed_at")
NO_COLUMN = object()  # differing_fields: the table has no column for the field
FORBIDDEN_OPERATORS = ("$gt",)  # broken on the node (emits garbage SQL)
MAX_PAGE = 1000
IN_CHUNK = 200  # stream IDs per $in query
_TABLE_RE = re.compile(r"^[A-Za-z0-9_]{1,128}$")


# ----------------------------------------------------------------------------------------------- errors


class OrbisDBError(ExchangeError):
    """Base of every OrbisDB failure (prints what was sent and received, like the Ceramic client's errors)."""


class OrbisDBUnavailable(OrbisDBError):
    retryable = True


class QueryFailed(OrbisDBError):
    """The node answered, but the query did not run (its SQL failed, the table does not exist, ...)."""


class OrbisDBAuthError(OrbisDBError):
    """An admin route refused our session (none configured, expired, or its DID is not an admin)."""


class OrbisDBConfigError(OrbisDBError):
    """Bad configuration or a request we refuse to send."""


# ----------------------------------------------------------------------------------------------- values


@dataclass(frozen=True)
class Metadata:
    version: str
    models: list[Any]
    models_mapping: dict[str, str]
    plugins: list[dict[str, Any]]
    raw: dict[str, Any] = field(repr=False, compare=False)

    def is_indexed(self, model_id: str) -> bool:
        """True when the node has a table for ``model_id`` (indexing it again would rename that table)."""
        if model_id in self.models_mapping:
            return True
        for m in self.models or ():
            if m == model_id or (isinstance(m, Mapping) and model_id in (m.get("stream_id"), m.get("id"))):
                return True
        return False

    def table_of(self, model_id: str) -> str | None:
        return self.models_mapping.get(model_id)


def _number(value: Any) -> Any:
    """"2.5" → 2.5, "3" → 3 (node-postgres gives NUMERIC as text); other values unchanged."""
    if isinstance(value, str):
        try:
            d = Decimal(value)
        except InvalidOperation:
            return value
        if not d.is_finite():
            return value
        return int(d) if d == d.to_integral_value() and "." not in value and "e" not in value.lower() else float(d)
    return value


def _kinds(schema: Mapping[str, Any] | None, key: str) -> list[Any]:
    kind = (((schema or {}).get("properties") or {}).get(key) or {}).get("type")
    return kind if isinstance(kind, list) else [kind]


def normalize_row(row: Mapping[str, Any], schema: Mapping[str, Any] | None = None,
                  drop: Iterable[str] = METADATA_COLUMNS) -> dict[str, Any]:
    """An OrbisDB row as document content: metadata columns dropped, numbers of ``number``/``integer`` schema
    properties turned back into numbers. A NULL column stays ``None``: the document's explicit null (a cleared
    field). Compare with :func:`row_differences`, which also takes an absent field as null."""
    out: dict[str, Any] = {}
    skip = set(drop)
    for key, value in row.items():
        if key in skip:
            continue
        kinds = _kinds(schema, key)
        if value is not None and ("number" in kinds or "integer" in kinds):
            value = _number(value)
        out[key] = value
    return out


def _same(a: Any, b: Any) -> bool:
    """JSON equality where 1 == 1.0 but True != 1 (a BOOLEAN column never equals an INTEGER one)."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    if isinstance(a, Mapping) and isinstance(b, Mapping):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return type(a) is type(b) and a == b


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "..."


def differing_fields(row: Mapping[str, Any], content: Mapping[str, Any],
                     schema: Mapping[str, Any] | None = None) -> list[tuple[str, Any, Any]]:
    """``[(field, OrbisDB's value, the document's value)]`` where they differ. A NULL column equals a null or absent
    field (OrbisDB writes NULL for both); a non-null column where the document holds null or nothing differs (a stale
    value OrbisDB kept). A field the table has no column for is reported with OrbisDB's value :data:`NO_COLUMN`."""
    mine = normalize_row(row, schema)
    out = []
    for key in sorted(set(mine) | set(content), key=str):
        have, want = mine.get(key, NO_COLUMN), content.get(key)
        if (have is None or have is NO_COLUMN) and want is None:
            continue
        if have is NO_COLUMN or not _same(have, want):
            out.append((key, have, want))
    return out


def row_differences(row: Mapping[str, Any], content: Mapping[str, Any],
                    schema: Mapping[str, Any] | None = None) -> list[str]:
    """:func:`differing_fields` as sentences: ``"field: OrbisDB has X, the document has Y"``."""
    return [f"{key}: OrbisDB has no such column, the document has {_show(want)}" if have is NO_COLUMN
            else f"{key}: OrbisDB has {_show(have)}, the document has {_show(want)}"
            for key, have, want in differing_fields(row, content, schema)]


# ----------------------------------------------------------------------------------------------- the client


def _check_where(where: Any, path: str = "$where") -> None:
    if isinstance(where, Mapping):
        for key, value in where.items():
            if key in FORBIDDEN_OPERATORS:
                raise OrbisDBConfigError(f"{path}: the operator {key} is broken on OrbisDB nodes (it emits invalid "
                                         "SQL); use $gte, $lt or $between", sent={"$where": where})
            _check_where(value, f"{path}.{key}")
    elif isinstance(where, (list, tuple)):
        for i, item in enumerate(where):
            _check_where(item, f"{path}[{i}]")


class OrbisDBClient(JsonHttpClient):
    """Talks to one OrbisDB node. Thread-safe for reads (a pooled ``requests`` session).

    ``env``: the environment ID of a *shared* node (hosted Studio); leave empty for a self-hosted node.
    ``admin_session``: a serialized did-session of an admin did:pkh (admin routes only; never sent to reads)."""

    service = "OrbisDB node"
    unavailable = OrbisDBUnavailable
    config_error = OrbisDBConfigError

    def __init__(self, url: str, *, env: str = "", admin_session: str = "", timeout: float = 30.0,
                 connect_timeout: float = 5.0, pool: int = 8):
        super().__init__(url, timeout=timeout, connect_timeout=connect_timeout, pool=pool)
        self.env = (env or "").strip()
        self._admin_session = (admin_session or "").strip()
        self._shared: bool | None = None

    def __repr__(self) -> str:
        return f"OrbisDBClient({self.url!r}, env={self.env!r})"

    @property
    def has_admin(self) -> bool:
        return bool(self._admin_session)

    # --- transport ----------------------------------------------------------------------------
    def _request(self, method: str, path: str, *, body: Any = None, admin: bool = False,
                 summary: Any = None) -> Any:
        url = f"{self.url}{path}"
        sent: dict[str, Any] = {"method": method, "url": url}
        if summary is not None:
            sent.update(summary)
        elif body is not None:
            sent["body"] = body
        headers = {}
        if body is not None:
            headers["Content-Type"] = "application/json"
        if admin:
            if not self._admin_session:
                raise OrbisDBAuthError("this OrbisDB route needs an admin session (ORBIS_ORBISDB_ADMIN_SESSION)",
                                       sent=sent)
            headers["Authorization"] = f"Bearer {self._admin_session}"
            sent["auth"] = "Bearer <admin did-session>"  # never the session itself
        data = json.dumps(body, separators=(",", ":")).encode("utf-8") if body is not None else None
        resp = self._send(method, url, data=data, headers=headers, sent=sent)
        status = resp.status_code
        if status >= 400:
            received, message = self.refusal(resp, keys=("message", "error"))
            text = message.strip()[:500]
            if status == 401 or status == 403:
                raise OrbisDBAuthError(f"OrbisDB node refused {method} {path}: {text}", sent=sent,
                                       received=received, status=status)
            if status in TRANSIENT_STATUSES:
                raise OrbisDBUnavailable(f"OrbisDB node unavailable for {method} {path}: {text}", sent=sent,
                                         received=received, status=status)
            if path == QUERY_PATH or 400 <= status < 500:
                raise QueryFailed(f"OrbisDB node refused {method} {path}: {text}", sent=sent, received=received,
                                  status=status)
            raise OrbisDBUnavailable(f"OrbisDB node failed {method} {path}: {text}", sent=sent, received=received,
                                     status=status)
        received = self.received(resp)
        if not isinstance(received, (Mapping, list)):
            raise OrbisDBUnavailable(f"OrbisDB node sent a non-JSON answer to {method} {path}", sent=sent,
                                     received=received, status=status)
        return received

    # --- reads --------------------------------------------------------------------------------
    def metadata(self) -> Metadata:
        body = self._request("GET", METADATA_PATH)
        if not isinstance(body, Mapping) or "version" not in body:
            raise QueryFailed("OrbisDB /api/metadata answer has no version", sent={"url": self.url + METADATA_PATH},
                              received=body)
        mapping = body.get("models_mapping") or {}
        return Metadata(version=str(body.get("version")), models=list(body.get("models") or []),
                        models_mapping=dict(mapping) if isinstance(mapping, Mapping) else {},
                        plugins=list(body.get("plugins") or []), raw=dict(body))

    def query(self, table: str, *, where: Mapping[str, Any] | None = None, columns: list[Any] | None = None,
              order_by: list[list[str]] | None = None, limit: int | None = None,
              offset: int | None = None) -> list[dict[str, Any]]:
        """Rows of ``table`` (a model stream ID or a table name). A failed query raises :class:`QueryFailed`."""
        if not isinstance(table, str) or not _TABLE_RE.match(table):
            raise OrbisDBConfigError(f"not a table name or model stream ID: {table!r}")
        if where:
            _check_where(where)
        if limit is not None and not 1 <= int(limit) <= MAX_PAGE:
            raise OrbisDBConfigError(f"$limit must be between 1 and {MAX_PAGE}, got {limit}")
        jq: dict[str, Any] = {"$table": table, "$columns": list(columns or [])}
        if where:
            jq["$where"] = dict(where)
        if order_by:
            jq["$orderBy"] = [list(o) for o in order_by]
        if limit is not None:
            jq["$limit"] = int(limit)
        if offset:
            jq["$offset"] = int(offset)
        body: dict[str, Any] = {"jsonQuery": jq}
        if self.env:
            body["env"] = self.env
        answer = self._request("POST", QUERY_PATH, body=body)
        if not isinstance(answer, Mapping) or "data" not in answer or answer.get("error"):
            reason = answer.get("error") if isinstance(answer, Mapping) and answer.get("error") else (
                "the node answered without 'data' (its SQL failed: wrong table or column, or a broken operator)")
            raise QueryFailed(f"OrbisDB query on {table} failed: {reason}", sent=body, received=answer)
        rows = answer["data"]
        if rows is None or not isinstance(rows, list):
            raise QueryFailed(f"OrbisDB query on {table} failed: 'data' is not a list", sent=body, received=answer)
        return [dict(r) for r in rows if isinstance(r, Mapping)]

    def iter_rows(self, table: str, *, where: Mapping[str, Any] | None = None, page_size: int = 500,
                  columns: list[Any] | None = None) -> Iterator[dict[str, Any]]:
        """Every matching row, paged by ``$offset`` over a stable order (stream_id), never by ``$gt``."""
        offset = 0
        while True:
            page = self.query(table, where=where, columns=columns, order_by=[["stream_id", "asc"]],
                              limit=page_size, offset=offset)
            yield from page
            if len(page) < page_size:
                return
            offset += len(page)

    def rows_by_stream_id(self, table: str, stream_ids: Iterable[str],
                          where: Mapping[str, Any] | None = None) -> dict[str, dict[str, Any]]:
        """``{stream_id: row}`` for those of ``stream_ids`` the node has indexed (``$in`` in chunks)."""
        ids = sorted({str(s) for s in stream_ids})
        out: dict[str, dict[str, Any]] = {}
        for i in range(0, len(ids), IN_CHUNK):
            chunk = ids[i:i + IN_CHUNK]
            cond: dict[str, Any] = {"stream_id": {"$in": chunk}}
            if where:
                cond = {"$and": [cond, dict(where)]}
            for row in self.query(table, where=cond, limit=min(MAX_PAGE, len(chunk))):
                out[str(row.get("stream_id"))] = row
        return out

    # --- shared nodes: one slot per env -----------------------------------------------------------
    def is_shared(self) -> bool:
        """Whether the node keeps one slot per admin DID (``GET /api/setup/status``; builds without that route:
        assumed shared exactly when an env is configured)."""
        if self._shared is None:
            try:
                body = self._request("GET", SETUP_STATUS_PATH)
                self._shared = bool(body.get("is_shared")) if isinstance(body, Mapping) else bool(self.env)
            except QueryFailed:
                self._shared = bool(self.env)
        return self._shared

    @property
    def admin_did(self) -> str | None:
        """The DID of the admin session (the slot its admin routes act on, on a shared node)."""
        if not self._admin_session:
            return None
        from .ceramic.session import Session

        try:
            return Session.from_serialized(self._admin_session).did
        except (ExchangeError, ValueError, KeyError, TypeError):
            return None

    def _slot(self) -> str:
        """On a shared node: the env, checked against the admin session's DID (admin routes act on that DID's slot,
        server/middleware/didAuthMiddleware.js). '' on a self-hosted node."""
        if not self.is_shared():
            return ""
        if not self.env:
            raise OrbisDBConfigError("this OrbisDB node is shared (one slot per env): set ORBIS_ENV_ID to your slot, "
                                     "the DID of your Studio account")
        did = self.admin_did
        if self.has_admin and (did or "").lower() != self.env.lower():
            raise OrbisDBConfigError(f"on a shared OrbisDB node the admin routes act on the slot of the admin "
                                     f"session's DID ({did or 'unreadable session'}), not on ORBIS_ENV_ID "
                                     f"({self.env}): use an admin session of the env's own DID")
        return self.env

    def table_exists(self, model_id: str) -> bool:
        """Whether the env's database (the global one on a self-hosted node) has a table for ``model_id``: a
        ``query/json`` of one row. A missing table answers ``{}`` (older builds: 404 with an error)."""
        try:
            self.query(model_id, limit=1)
            return True
        except QueryFailed as exc:
            received = exc.received if isinstance(exc.received, Mapping) else None
            if received is not None and exc.status in (None, 404) and not received.get("data"):
                return False
            if exc.status == 500 and self.env:
                raise QueryFailed(f"the OrbisDB node has no slot for ORBIS_ENV_ID={self.env} (it answered 500 to a "
                                  "query in that env): check the env ID in Studio", sent=exc.sent,
                                  received=exc.received, status=exc.status) from None
            raise

    def is_indexed(self, model_id: str) -> bool:
        """Whether the node indexes ``model_id`` where our rows land: the env's slot on a shared node (its settings'
        ``models_mapping`` when we have its admin session, else whether its database has the table), the global
        metadata on a self-hosted node. It says no only when the slot answers that it has no such table; any other
        failure raises (indexing blindly would rename the slot's table)."""
        if not self._slot():
            return self.metadata().is_indexed(model_id)
        if self.has_admin and model_id in (self.admin_settings().get("models_mapping") or {}):
            return True
        return self.table_exists(model_id)

    # --- admin --------------------------------------------------------------------------------
    def admin_settings(self) -> dict[str, Any]:
        """The settings of the admin session's slot (shared node) or the node's settings (self-hosted)."""
        body = self._request("GET", f"{SETTINGS_PATH}/", admin=True)
        settings = body.get("settings") if isinstance(body, Mapping) else None
        if not isinstance(settings, Mapping):
            raise QueryFailed("OrbisDB /api/settings answer has no settings (on a shared node: the admin session's "
                              "DID has no slot yet; set it up in Studio first)", received=body)
        return dict(settings)

    def index_model(self, model_id: str) -> str:
        """``POST /api/db/index/model`` unconditionally — prefer :meth:`ensure_model_indexed`."""
        if self.has_admin:  # without a session nothing is sent at all (OrbisDBAuthError below)
            self._slot()
        body = self._request("POST", INDEX_MODEL_PATH, body={"model_id": model_id}, admin=True)
        if isinstance(body, Mapping) and body.get("error"):
            raise QueryFailed(f"OrbisDB could not index {model_id}: {body['error']}", sent={"model_id": model_id},
                              received=body)
        return str(body.get("message", "")) if isinstance(body, Mapping) else ""

    def ensure_model_indexed(self, model_id: str) -> bool:
        """Index ``model_id`` unless the node (the env's slot on a shared node) already has it. True when it was
        already indexed (nothing sent): indexing an indexed model again renames its table on the node."""
        if self.is_indexed(model_id):
            return True
        self.index_model(model_id)
        return False

    @staticmethod
    def _find_context(contexts: Iterable[Any], stream_id: str) -> dict[str, Any] | None:
        for ctx in contexts or ():
            if not isinstance(ctx, Mapping):
                continue
            if ctx.get("stream_id") == stream_id:
                return dict(ctx)
            found = OrbisDBClient._find_context(ctx.get("contexts") or (), stream_id)
            if found is not None:
                return found
        return None

    @staticmethod
    def find_context_by_name(contexts: Iterable[Any], name: str, parent: str | None = None) -> dict[str, Any] | None:
        """The registered context called ``name`` (at the top level, or directly under ``parent``)."""
        if parent:
            holder = OrbisDBClient._find_context(contexts, parent)
            contexts = (holder or {}).get("contexts") or ()
        for ctx in contexts or ():
            if isinstance(ctx, Mapping) and ctx.get("name") == name and ctx.get("stream_id"):
                return dict(ctx)
        return None

    def contexts(self) -> list[dict[str, Any]]:
        if self.has_admin:
            self._slot()
        return list(self.admin_settings().get("contexts") or [])

    def ensure_context(self, stream_id: str, name: str, parent: str | None = None, description: str = "") -> bool:
        """Register the context ``stream_id`` (its document must exist on Ceramic) unless the node has it.
        True when it was already registered. A sub-context needs its parent registered first."""
        known = self.contexts()
        if self._find_context(known, stream_id) is not None:
            return True
        if parent and self._find_context(known, parent) is None:
            raise OrbisDBConfigError(f"the parent context {parent} is not registered on this OrbisDB node: register "
                                     "it first (manage.py orbis_context --name <its name>)")
        context: dict[str, Any] = {"stream_id": stream_id, "name": name}
        if description:
            context["description"] = description
        if parent:
            context["context"] = parent
        self._request("POST", f"{CONTEXTS_PATH}/", body={"context": json.dumps(context)}, admin=True,
                      summary={"context": context})
        return False


def client_from_settings(**overrides: Any) -> OrbisDBClient | None:
    """A client for ``settings.ORBIS.orbisdb_url`` (None when no OrbisDB node is configured)."""
    from django.conf import settings

    o = settings.ORBIS
    url = overrides.pop("url", None) or o.orbisdb_url
    if not url:
        return None
    return OrbisDBClient(url, env=overrides.pop("env", o.env_id),
                         admin_session=overrides.pop("admin_session", getattr(o, "orbisdb_admin_session", "")),
                         timeout=overrides.pop("timeout", o.request_timeout), **overrides)


def register_model_and_context(model_id: str, context_id: str = "", *, client: OrbisDBClient | None = None,
                               context_name: str = "Label Studio") -> dict[str, str] | None:
    """For ``manage.py orbis_setup``: make the OrbisDB node index our model and know our context, checking first
    (never re-indexing: that renames the table). None when no OrbisDB node or no admin session is configured.
    Returns ``{"model": "already indexed"|"indexed now", "context": "already registered"|"registered now"|"none"}``."""
    own = client is None
    client = client or client_from_settings()
    if client is None or not client.has_admin:
        return None
    try:
        out = {"model": "already indexed" if client.ensure_model_indexed(model_id) else "indexed now",
               "context": "none"}
        if context_id:
            out["context"] = ("already registered" if client.ensure_context(context_id, context_name)
                              else "registered now")
        return out
    finally:
        if own:
            client.close()


# ----------------------------------------------------------------------------------------------- contexts
# A context is a document of OrbisDB's "OrbisDBContext" model (definition in OrbisDB's server/ceramic/config.js,
# ``orbisdbContextModelDefinition``). Studio creates one with ``orbisdb.insert(<context model>).value({name,
# description, context?})`` signed by the user's session, then registers ``{stream_id, name, description, context?}``
# in the node's settings (client/components/ContextSettings.js; server/routes/api/contexts/index.js). OrbisDB never
# checks a context document's model: a document lands in a slot when its ``header.context`` is a registered context's
# stream ID (server/indexing/index.js, ``findSlotsWithContext``). The models on mainnet (deployed by Orbis, so their
# IDs cannot be reproduced on another node):
STUDIO_CONTEXT_MODEL = "kjzl6hvfrbw6c7f831brdq6w5j7cd3d1rjsmqm23zpp9imsxpu859d59koykunx"  # ContextSettings.js
SERVER_CONTEXT_MODEL = "kjzl6hvfrbw6c6zdvwmwqx9wd361witgc0qtbjx8763d16espkxtybag1ylv3tc"  # config.js comment
MAX_CONTEXT_NAME = 200


def context_model_definition() -> dict[str, Any]:
    """OrbisDB's context model, as its source defines it (deployed by our admin key on nodes that lack it)."""
    nullable = {"type": ["string", "null"]}
    return {"name": "OrbisDBContext", "version": "2.0", "interface": False, "implements": [],
            "accountRelation": {"type": "list"},
            "schema": {"type": "object", "$schema": "https://json-schema.org/draft/2020-12/schema",
                       "properties": {"name": {"type": "string"}, "pfp": dict(nullable),
                                      "description": dict(nullable), "context": dict(nullable)},
                       "additionalProperties": False}}


def context_content(name: str, description: str = "", parent: str | None = None) -> dict[str, Any]:
    """The content of a context document (Studio writes ``description`` as "" when none is given)."""
    name = (name or "").strip()
    if not name or len(name) > MAX_CONTEXT_NAME:
        raise OrbisDBConfigError(f"a context name must be 1 to {MAX_CONTEXT_NAME} characters, got {len(name)}")
    content: dict[str, Any] = {"name": name, "description": description or ""}
    if parent:
        content["context"] = parent
    return content


def same_context(content: Any, name: str, parent: str | None) -> bool:
    """Whether a context document's content is the context ``name`` under ``parent`` (None: top level)."""
    return (isinstance(content, Mapping) and content.get("name") == name.strip()
            and (content.get("context") or None) == (parent or None))


__all__ = ["OrbisDBClient", "register_model_and_context", "OrbisDBError", "OrbisDBUnavailable", "QueryFailed",
           "OrbisDBAuthError", "OrbisDBConfigError", "Metadata", "normalize_row", "row_differences", "differing_fields",
           "client_from_settings", "context_model_definition", "context_content", "same_context",
           "STUDIO_CONTEXT_MODEL", "SERVER_CONTEXT_MODEL"]
