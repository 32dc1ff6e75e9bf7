"""A project's row model: its label config + its tasks' data columns → a closed JSON schema, and one document
content per annotation (task data, one field per control, ``relations``, provenance).

Every property is present in every document — null when the task or annotation has no value — so an indexer that
upserts only the columns a document carries (OrbisDB) clears a value that was removed.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Any, Iterable, Mapping

from .controls import Control, controls_from_label_config, split_result
from .data import DataColumns, assign_names, column_kind, column_schema, is_data_property, is_json_property, \
    key_of, typed_value
from .tags import relation_schema
from .values import SchemaError, array, check_content, nullable

MODEL_NAME = "LabelStudioAnnotation"
SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
RELATIONS = "relations"

# Provenance every row carries. Names follow JSON_MIN's own keys (id = task id) so a table made for the original demo
# lines up; the rest are ours. Optional ones are nullable (written as null when unknown).
_PROVENANCE_TYPES: dict[str, dict] = {
    "id": {"type": "integer", "description": "Label Studio task id"},
    "annotation_id": {"type": "integer", "description": "Label Studio annotation id"},
    "project_id": {"type": "integer", "description": "Label Studio project id"},
    "annotator": {"type": "integer", "description": "Label Studio user id of the labeler (completed_by)"},
    "annotator_did": {"type": "string", "maxLength": 256, "description": "DID of the labeler, when known"},
    "saved_by": {"type": "integer", "description": "Label Studio user id whose logged-in request saved this "
                 "version (null: nobody on record)"},
    "origin": {"type": "string", "maxLength": 32, "description": "labeling (saved by the labeler) | revision (edited "
               "by saved_by) | attributed (saved_by created it in the labeler's name) | import | unrecorded"},
    "signer_kind": {"type": "string", "maxLength": 32, "description": "labeler (the labeler signed their own work) | "
                    "reviewer (saved_by signed their own edit) | exporter | service (stand-ins that did not label)"},
    "signer_did": {"type": "string", "maxLength": 256, "description": "DID that signed this document (its "
                   "controller)"},
    "revises": {"type": "string", "maxLength": 128, "description": "stream ID of the labeler's document this "
                "revision revises"},
    "migrated_from": {"type": "string", "maxLength": 128, "description": "stream ID of this annotation's document "
                      "under an earlier model version, when the project's model changed"},
    # models in the loop (issue 16): the suggestion this annotation started from, and what the person did with it
    "prediction_model_version": {"type": "string", "maxLength": 1024, "description": "model version whose "
                                 "suggestion this annotation started from (null: labeled without a suggestion)"},
    "prediction_score": {"type": "number", "description": "that suggestion's score, as the model reported it"},
    "prediction_stream": {"type": "string", "maxLength": 128, "description": "stream ID of that suggestion's "
                          "document (predictions model, signed by the model version's DID)"},
    "prediction_review": {"type": "string", "maxLength": 16, "description": "accepted (every suggested label kept "
                          "unchanged) | edited (a suggestion changed, removed or completed by hand) | manual (no "
                          "suggestion behind it); compared on the server, not taken from the browser"},
    "prediction_review_by_control": {"type": "string", "maxLength": 65536, "description": "JSON text: control "
                                     "name → accepted | edited | removed | manual"},
    "created_at": {"type": "string", "format": "date-time", "maxLength": 64},
    "updated_at": {"type": "string", "format": "date-time", "maxLength": 64},
    "lead_time": {"type": "number", "description": "seconds spent labeling"},
    "source": {"type": "string", "maxLength": 256, "description": "which Label Studio instance wrote the row"},
    "deleted": {"type": "boolean", "description": "true once the annotation was deleted in Label Studio"},
}
REQUIRED = ["id", "annotation_id", "project_id", "annotator", "source", "deleted", "origin", "signer_kind",
            "signer_did"]
NOT_NULL = ("id", "annotation_id", "project_id", "source", "deleted", "origin", "signer_kind", "signer_did")
PROVENANCE: dict[str, dict] = {name: (dict(s) if name in NOT_NULL else nullable(s))
                               for name, s in _PROVENANCE_TYPES.items()}
# provenance fields the sync engine fills from what this server saw (never from the row itself)
SIGNED_PROVENANCE = ("saved_by", "origin", "signer_kind", "signer_did", "revises", "migrated_from",
                     "prediction_model_version", "prediction_score", "prediction_stream", "prediction_review",
                     "prediction_review_by_control")
RESULT_KEY, DATA_KEY = "_result", "_data"  # what a row carries besides JSON_MIN (see export.json_min_record)


@dataclass(frozen=True)
class RowModel:
    """The columns of a project's documents, and how to fill them from a row (JSON_MIN + ``_data`` + ``_result``)."""

    data_fields: Mapping[str, dict]  # field name → JSON schema (its description names the data key)
    controls: Mapping[str, Control]  # control name → control (its ``column`` is the field)
    renamed: Mapping[str, str] = field(default_factory=dict)  # data key → field name, where they differ
    missing: frozenset = frozenset()  # data keys the deployed model lacks (rows holding them are refused)
    not_null: frozenset = frozenset()  # properties the deployed model does not allow to be null (made elsewhere)

    # --- the schema ----------------------------------------------------------------------------------------
    @property
    def relations_field(self) -> str:
        taken = {c.column for c in self.controls.values()}
        return RELATIONS if RELATIONS not in taken else f"annotation_{RELATIONS}"

    def data_key(self, name: str) -> str:
        back = {v: k for k, v in self.renamed.items()}
        return back.get(name, name)

    def json_schema(self) -> dict:
        relations = nullable(array(relation_schema()))
        relations["description"] = ("the annotation's relations between regions (from_id/to_id are result item ids; "
                                    "null: none)")
        properties = {**{name: dict(s) for name, s in self.data_fields.items()},
                      **{c.column: c.json_schema for c in self.controls.values()},
                      self.relations_field: relations,
                      **{name: dict(s) for name, s in PROVENANCE.items()}}
        return {
            "$schema": SCHEMA_DIALECT,
            "type": "object",
            "properties": properties,
            "required": list(properties),
            "additionalProperties": False,
        }

    def model_definition(self, *, name: str = MODEL_NAME, description: str = "", relation: str = "list") -> dict:
        """A Ceramic Model v2 definition (``relation``: ``list``, or ``set`` on the annotation's identity)."""
        if relation == "set":
            account_relation = {"type": "set", "fields": ["project_id", "annotation_id"]}
        elif relation == "list":
            account_relation = {"type": "list"}
        else:
            raise SchemaError(f"relation must be 'list' or 'set', got {relation!r}")
        return {
            "version": "2.0",
            "name": name,
            "description": description or "Label Studio annotations with provenance (orbis-label-studio)",
            "accountRelation": account_relation,
            "interface": False,
            "implements": [],
            "schema": self.json_schema(),
            "relations": {},
            "views": {},
        }

    # --- one row -----------------------------------------------------------------------------------------------
    def content(self, row: Mapping[str, Any], *, project_id: int, source: str, annotator_did: str = "",
                deleted: bool = False, provenance: Mapping[str, Any] | None = None) -> dict:
        """The document content for one row: every field present (null when there is no value), each value in its
        column's form; a value that cannot be written faithfully raises :class:`SchemaError` naming the field."""
        if RESULT_KEY not in row or DATA_KEY not in row:
            raise SchemaError(f"the row carries no {RESULT_KEY}/{DATA_KEY} (the annotation's result and the task's "
                              "data): read rows with orbis_export.export.iter_json_min_rows")
        data = row[DATA_KEY] if isinstance(row[DATA_KEY], Mapping) else {}
        content: dict[str, Any] = {}
        names = {key: self.renamed.get(key, key) for key in data}
        for key, name in names.items():
            if key in self.missing or name not in self.data_fields:
                raise SchemaError(f"task data key {key!r} is not in the project's model (first seen after the model "
                                  "was built): run manage.py orbis_setup, then sync again")
        back = {v: k for k, v in self.renamed.items()}
        for name, schema in self.data_fields.items():
            key = back.get(name, name)
            content[name] = typed_value(name, key, _kind_of(schema), data.get(key), schema.get("maxLength"))
        per_control, relations = split_result(row[RESULT_KEY], self.controls)
        for cname, control in self.controls.items():
            content[control.column] = control.value(per_control[cname])
        content[self.relations_field] = relations or None
        content.update(
            id=_int("id", row.get("id")),
            annotation_id=_int("annotation_id", row.get("annotation_id")),
            project_id=int(project_id),
            annotator=_int("annotator", row.get("annotator"), null=True),
            annotator_did=annotator_did or None,
            created_at=str(row["created_at"]) if row.get("created_at") else None,
            updated_at=str(row["updated_at"]) if row.get("updated_at") else None,
            lead_time=_number("lead_time", row.get("lead_time")),
            source=source,
            deleted=bool(deleted),
        )
        for key in SIGNED_PROVENANCE:
            content.setdefault(key, None)
        for key, value in (provenance or {}).items():
            if key not in SIGNED_PROVENANCE:
                raise SchemaError(f"{key}: not a provenance field")
            kind = _primary(PROVENANCE[key])[0]
            content[key] = None if value is None or value == "" else (
                _int(key, value) if kind == "integer" else _number(key, value) if kind == "number" else str(value))
        for name in self.not_null:
            if name in content and content[name] is None:
                raise SchemaError(f"{name}: no value, and the model does not allow null (a cleared value is written "
                                  "as null): run manage.py orbis_setup to deploy a model that allows it")
        check_content(content)
        return content

    # --- against a deployed model ----------------------------------------------------------------------------
    def fitted_to(self, schema: Mapping[str, Any]) -> "RowModel":
        """The same row model, its data columns as an existing model's schema has them.

        Columns are learnt from the tasks at each run; the deployed model is what the node checks, so its data
        columns win: a column it types differently keeps its type (a row whose value does not fit is refused,
        naming the field), and a data key it lacks refuses only the rows that hold it (``missing``)."""
        theirs = schema.get("properties", {}) if isinstance(schema, Mapping) else {}
        not_null = frozenset(name for name, prop in theirs.items()
                             if isinstance(prop, Mapping) and "type" in prop and not _primary(prop)[1])
        fields: dict[str, dict] = {}
        missing = set(self.missing)
        for name, ours in self.data_fields.items():
            prop = theirs.get(name)
            if isinstance(prop, Mapping) and prop.get("type"):
                if not is_data_property(prop):  # a model made elsewhere: its type, read as that kind
                    kind = _primary(prop)[0]
                    kind = kind if kind in ("integer", "number", "boolean", "string") else "json"
                    prop = {**prop, "description": column_schema(self.data_key(name), kind)["description"]}
                fields[name] = dict(prop)
            elif theirs:
                missing.add(self.data_key(name))
            else:
                fields[name] = ours
        renamed = dict(self.renamed)
        for name, prop in theirs.items():  # a column no task holds any more: written as null
            key = key_of(prop) if isinstance(prop, Mapping) else None
            if key is not None and name not in fields and key not in self.renamed and key not in self.data_fields:
                fields[name] = dict(prop)
                if key != name:
                    renamed[key] = name
        return replace(self, renamed=renamed, data_fields=fields, missing=frozenset(missing), not_null=not_null)


def _kind_of(schema: Mapping[str, Any]) -> str:
    if is_json_property(schema):
        return "json"
    kinds = schema.get("type")
    kind = kinds[0] if isinstance(kinds, list) else kinds
    return kind if kind in ("integer", "number", "boolean", "string") else "json"


def _int(name: str, value: Any, *, null: bool = False) -> int | None:
    if value is None and null:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value):
        raise SchemaError(f"{name}: expected a whole number, got {value!r}")
    return int(value)


def _number(name: str, value: Any) -> float | int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise SchemaError(f"{name}: expected a finite number, got {value!r}")
    return value


def build_controls(label_config: str) -> dict[str, Control]:
    """The label config's controls, each with its field name (renamed when not a usable column name)."""
    from .data import field_name

    controls = controls_from_label_config(label_config)
    used: dict[str, str] = {n.lower(): "a provenance field" for n in PROVENANCE}
    out: dict[str, Control] = {}
    for name in sorted(controls):
        column = field_name(name)
        other = used.get(column.lower())
        if other is not None:
            if other == "a provenance field":
                column = field_name(f"control_{column}")
                other = used.get(column.lower())
            if other is not None:
                raise SchemaError(f"controls {other} and {name!r} both become the column {column!r} (names are "
                                  "letters, digits and _, compared without case): rename one in the label config")
        used[column.lower()] = repr(name)
        out[name] = replace(controls[name], field=column)
    return out


def row_model(label_config: str, tasks_data: Iterable[Mapping[str, Any]] | DataColumns) -> RowModel:
    """Build the row model from the label config and the tasks' data (every task: their keys and types)."""
    controls = build_controls(label_config)
    columns = tasks_data if isinstance(tasks_data, DataColumns) else DataColumns().add_all(tasks_data)
    taken = {n.lower(): f"the provenance field {n!r}" for n in PROVENANCE}
    taken.update({c.column.lower(): f"the control {c.name!r}" for c in controls.values()})
    taken[RELATIONS] = "the relations field"
    names = assign_names(columns.kinds, taken)
    data_fields = {names[key]: column_schema(key, column_kind(columns.kinds[key])) for key in sorted(columns.kinds)}
    renamed = {key: name for key, name in names.items() if key != name}
    return RowModel(data_fields=data_fields, controls=controls, renamed=renamed)


def _primary(schema: Mapping[str, Any]) -> tuple[str | None, bool]:
    kinds = schema.get("type")
    if isinstance(kinds, list):
        real = [k for k in kinds if k != "null"]
        return (real[0] if real else None), "null" in kinds
    return kinds, False


def schema_mismatches(expected: Mapping[str, Any], actual: Mapping[str, Any]) -> list[str]:
    """Why an existing model's schema cannot hold our rows: one line per field that does not fit (empty: it fits).

    Checked per row instead, so not listed here: a data column the model lacks (a task holding that key is refused,
    naming it and saying to run orbis_setup), and a property the model does not allow to be null (a model made
    elsewhere, e.g. in OrbisDB Studio: a row with no value there is refused, see ``RowModel.not_null``)."""
    problems = []
    theirs = actual.get("properties", {})
    for name, ours in expected.get("properties", {}).items():
        if name not in theirs:
            if actual.get("additionalProperties", True) is False and not is_data_property(ours):
                problems.append(f"{name}: missing from the model (rows carry it)")
            continue
        want, have = _primary(ours)[0], _primary(theirs[name])[0]
        if not (want == have or (want == "integer" and have == "number")):
            problems.append(f"{name}: the model says {have!r}, rows carry {want!r}")
    for name in actual.get("required", []):
        if name not in expected.get("properties", {}) and not is_data_property(theirs.get(name) or {}):
            problems.append(f"{name}: required by the model, but rows do not carry it")
    return problems


__all__ = ["RowModel", "row_model", "schema_mismatches", "build_controls", "PROVENANCE", "REQUIRED",
           "SIGNED_PROVENANCE", "MODEL_NAME", "SCHEMA_DIALECT", "RELATIONS", "RESULT_KEY", "DATA_KEY"]
