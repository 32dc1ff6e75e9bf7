"""The row model on the node: build it from a project, deploy it (idempotent), index it, load a deployed one and
check that a project's rows fit it (the sync engine, the Target Storage and ``orbis_setup`` all ask here).

A Model stream's ID follows from its definition and its controller (the ``ORBIS_CERAMIC_ADMIN_SEED`` did:key), so
deploying the same definition twice gives the same model ID. Indexing (admin API) is needed before rows of the model
can be listed by the node (and rows written before indexing are never backfilled): it is done right after deploy.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.conf import settings

from .ceramic import CeramicClient, CeramicError, Ed25519DIDKey, NodeUnavailable, StreamNotFound
from .errors import SyncError
from . import modelregistry
from .retry import retrying
from .rowmodel import DataColumns
from .schema import MODEL_NAME, RowModel, row_model, schema_mismatches
from .target import SyncTarget, ceramic_client

TASK_CHUNK = 2000  # tasks read per query to learn the data columns' keys and types


def project_row_model(project) -> RowModel:
    """The project's row model: its label config plus the keys and JSON types of *every* task's data (read in
    chunks of ``TASK_CHUNK``, so a column first seen after any number of tasks is in the model)."""
    from tasks.models import Task

    columns = DataColumns()
    query = Task.objects.filter(project=project).order_by("id").values_list("data", flat=True)
    columns.add_all(query.iterator(chunk_size=TASK_CHUNK))
    return row_model(project.label_config, columns)


def model_definition(client: CeramicClient, model_id: str, retries: int = 2, backoff: float = 0.5) -> dict[str, Any]:
    """The definition of a deployed model (``SyncError`` with a readable reason when it cannot be loaded)."""
    try:  # a transient fault (5xx, timeout) must not fail the whole sync
        state = retrying(lambda: client.load(model_id), retries=retries, backoff=backoff)
    except StreamNotFound:
        raise SyncError("model_not_found", f"the model {model_id} (ORBIS_MODEL_ID) does not exist on the Ceramic "
                        f"node {client.url}: run manage.py orbis_setup") from None
    except NodeUnavailable as exc:
        try:
            alive = client.healthcheck()
        except CeramicError:
            alive = False
        if alive:  # the node is up but could not find the stream (it looks for it on the network until timeout)
            raise SyncError("model_not_found", f"the Ceramic node {client.url} is up but did not find the model "
                            f"{model_id} (ORBIS_MODEL_ID): check the ID, or run manage.py orbis_setup") from None
        raise SyncError("node_unavailable", f"the Ceramic node {client.url} is unavailable: {exc.message}") from None
    except CeramicError as exc:
        raise SyncError("model_not_found", f"cannot load the model {model_id}: {exc.message}") from None
    definition = state.content if isinstance(state.content, dict) else {}
    if state.type != 2 or "schema" not in definition:
        raise SyncError("not_a_model", f"{model_id} (ORBIS_MODEL_ID) is not a Ceramic model stream")
    return definition


def check_model_fits(model: RowModel, definition: dict[str, Any]) -> list[str]:
    """Why the project's rows do not fit the model (empty list: they fit)."""
    problems = schema_mismatches(model.json_schema(), definition.get("schema") or {})
    relation = (definition.get("accountRelation") or {}).get("type")
    if relation != "list":
        problems.insert(0, f"accountRelation: the model is {relation!r}; this engine writes LIST models "
                        "(one signed genesis per annotation, see README 'Sync design')")
    return problems


@dataclass
class SetupResult:
    model_id: str
    definition: dict[str, Any]
    indexed: bool
    already_indexed: bool = False
    problems: list[str] = field(default_factory=list)  # for a checked existing model
    version: int = 0  # the project's model version (0: no project)
    previous_model_id: str = ""  # the version before, when this deploy made a new one
    changes: list[str] = field(default_factory=list)  # what changed since that version

    def settings_lines(self) -> list[str]:
        o = settings.ORBIS
        lines = [f"ORBIS_MODEL_ID={self.model_id}"]
        if o.context_id:
            lines.append(f"ORBIS_CONTEXT_ID={o.context_id}")
        if o.ceramic_url:
            lines.append(f"ORBIS_CERAMIC_URL={o.ceramic_url}")
        return lines


def admin_key() -> Ed25519DIDKey:
    return Ed25519DIDKey(settings.ORBIS.ceramic_admin_seed)


def _client() -> CeramicClient:
    """The server's node, with room for admin calls (deploying and indexing a model take longer than a write)."""
    target = SyncTarget.from_settings()
    return ceramic_client(target, timeout=max(target.request_timeout, 60.0))


def build_definition(project=None, *, name: str | None = None, relation: str = "list") -> dict[str, Any]:
    """The model definition: from ``ORBIS_MODEL_SCHEMA`` when set, else from the project's label config + data."""
    schema = settings.ORBIS.model_schema
    if schema is None and project is None:
        raise SyncError("no_schema", "give a project (its label config and data columns make the schema) or set "
                        "ORBIS_MODEL_SCHEMA")
    model: RowModel | None = project_row_model(project) if project is not None else None
    default_name = f"{MODEL_NAME}Project{project.pk}" if project is not None else MODEL_NAME
    if model is not None:
        definition = model.model_definition(name=name or default_name, relation=relation)
    else:
        definition = RowModel({}, {}).model_definition(name=name or default_name, relation=relation)
    if schema is not None:
        definition["schema"] = schema
    return definition


def ensure_indexed(client: CeramicClient, model_id: str) -> bool:
    """Index the model on the node unless it already is. Returns True when it was already indexed."""
    key = admin_key()
    try:
        if model_id in client.admin_indexed_models(key):
            return True
        client.admin_index_models(key, [model_id])
    except CeramicError as exc:
        raise SyncError("index_failed", f"the node refused to index {model_id}: {exc.message} (is the DID of "
                        f"ORBIS_CERAMIC_ADMIN_SEED, {key.did}, in the node's admin-dids?)") from None
    return False


def deploy(project=None, *, name: str | None = None, relation: str = "list",
           client: CeramicClient | None = None) -> SetupResult:
    """Deploy (or find again) the model and index it. Idempotent."""
    definition = build_definition(project, name=name, relation=relation)
    own = client is None
    client = client or _client()
    try:
        try:
            model_id = str(client.deploy_model(admin_key(), definition))
        except CeramicError as exc:
            raise SyncError("deploy_failed", f"the node refused the model: {exc.message}") from None
        already = ensure_indexed(client, model_id)
        return _recorded(project, SetupResult(model_id, definition, indexed=True, already_indexed=already))
    finally:
        if own:
            client.close()


def _recorded(project, result: SetupResult) -> SetupResult:
    """Record the model as the project's newest (schema evolution: a different model is the next version)."""
    if project is None:
        return result
    entry, new = modelregistry.record(project, result.model_id, result.definition)
    result.version = entry.version
    if new and entry.previous_model_id:
        result.previous_model_id, result.changes = entry.previous_model_id, list(entry.changes)
    return result


def check_existing(model_id: str, project, *, index: bool = True, client: CeramicClient | None = None) -> SetupResult:
    """Check an existing model (e.g. made by hand in OrbisDB Studio) against the project's rows; nothing is written
    when it does not fit. ``problems`` names every field that does not fit."""
    own = client is None
    client = client or _client()
    try:
        definition = model_definition(client, model_id)
        problems = check_model_fits(project_row_model(project), definition) if project is not None else []
        indexed = already = False
        if index and not problems:
            already = ensure_indexed(client, model_id)
            indexed = True
        result = SetupResult(model_id, definition, indexed=indexed, already_indexed=already, problems=problems)
        return _recorded(project, result) if indexed else result
    finally:
        if own:
            client.close()


__all__ = ["SetupResult", "build_definition", "deploy", "check_existing", "ensure_indexed", "admin_key",
           "project_row_model", "model_definition", "check_model_fits"]
