"""A project's row model: label config + data columns → JSON schema; JSON_MIN row → document content.

One document per annotation. Its fields are the task's data keys, one field per control tag, and provenance. JSON_MIN
gives some controls two shapes (a multi-choice answer is a string when one box is ticked and ``{"choices": [...]}``
otherwise); a column must have one type for OrbisDB (TEXT vs JSONB), so each control kind gets one normal form here.

Pure functions over plain values: no Django, no network.
"""
from __future__ import annotations

import json
import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from .errors import OrbisError

MODEL_NAME = "LabelStudioAnnotation"
SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
MAX_TEXT = 65_536  # characters of one string field; a commit is capped at 256 KB anyway

# Provenance every row carries. Names follow JSON_MIN's own keys (id = task id) so a table made for the original demo
# lines up; the rest are ours.
PROVENANCE: dict[str, dict] = {
    "id": {"type": "integer", "description": "Label Studio task id"},
    "annotation_id": {"type": "integer", "description": "Label Studio annotation id"},
    "project_id": {"type": "integer", "description": "Label Studio project id"},
    "annotator": {"type": "integer", "description": "Label Studio user id of the labeler (completed_by)"},
    "annotator_did": {"type": "string", "maxLength": 256, "description": "DID of the labeler, when known"},
    "saved_by": {"type": "integer", "description": "Label Studio user id whose logged-in request saved this "
                 "version (absent: nobody on record)"},
    "origin": {"type": "string", "maxLength": 32, "description": "labeling (saved by the labeler) | revision (edited "
               "by saved_by) | attributed (saved_by created it in the labeler's name) | import | unrecorded"},
    "signer_kind": {"type": "string", "maxLength": 32, "description": "labeler (the labeler signed their own work) | "
                    "reviewer (saved_by signed their own edit) | exporter | service (stand-ins that did not label)"},
    "signer_did": {"type": "string", "maxLength": 256, "description": "DID that signed this document (its "
                   "controller)"},
    "revises": {"type": "string", "maxLength": 128, "description": "stream ID of the labeler's document this "
                "revision revises"},
    "created_at": {"type": "string", "format": "date-time", "maxLength": 64},
    "updated_at": {"type": "string", "format": "date-time", "maxLength": 64},
    "lead_time": {"type": "number", "description": "seconds spent labeling"},
    "source": {"type": "string", "maxLength": 256, "description": "which Label Studio instance wrote the row"},
    "deleted": {"type": "boolean", "description": "true once the annotation was deleted in Label Studio"},
}
REQUIRED = ["id", "annotation_id", "project_id", "annotator", "source", "deleted", "origin", "signer_kind",
            "signer_did"]
# provenance fields the sync engine fills from what this server saw (never from the row itself)
SIGNED_PROVENANCE = ("saved_by", "origin", "signer_kind", "signer_did", "revises")
_NAME_RE = re.compile(r"[^A-Za-z0-9_]")


class SchemaError(OrbisError, ValueError):
    """A label config, a schema or a row that cannot be turned into a document; says which field and why."""

    def __init__(self, detail: str):
        super().__init__("schema", detail, 400)


@dataclass(frozen=True)
class Control:
    name: str
    tag: str
    multiple: bool = False

    @property
    def json_schema(self) -> dict:
        if self.tag == "Choices":
            if self.multiple:
                return {"type": "array", "items": {"type": "string", "maxLength": 1024}, "maxItems": 1000}
            return {"type": "string", "maxLength": 1024}
        if self.tag == "TextArea":
            return {"type": "string", "maxLength": MAX_TEXT}
        if self.tag == "Rating":
            return {"type": "integer"}
        if self.tag == "Number":
            return {"type": "number"}
        if self.tag in ("DateTime",):
            return {"type": "string", "maxLength": 64}
        # Regions, labels, relations…: JSON_MIN gives a list of result values; keep them as objects (JSONB in OrbisDB).
        return {"type": "array", "items": {"type": "object"}, "maxItems": 10_000}


@dataclass(frozen=True)
class RowModel:
    """The columns of a project's documents, and how to fill them from a JSON_MIN row."""

    data_fields: Mapping[str, dict]  # field name → JSON schema
    controls: Mapping[str, Control]
    renamed: Mapping[str, str] = field(default_factory=dict)  # data key → field name, where they differ

    def json_schema(self) -> dict:
        properties = {**{name: dict(s) for name, s in self.data_fields.items()},
                      **{name: c.json_schema for name, c in self.controls.items()},
                      **{name: dict(s) for name, s in PROVENANCE.items()}}
        return {
            "$schema": SCHEMA_DIALECT,
            "type": "object",
            "properties": properties,
            "required": list(REQUIRED),
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

    def content(self, row: Mapping[str, Any], *, project_id: int, source: str, annotator_did: str = "",
                deleted: bool = False, provenance: Mapping[str, Any] | None = None) -> dict:
        """The document content for one JSON_MIN row (values checked against the column types).

        ``provenance``: who saved and who signs (``SIGNED_PROVENANCE`` keys), decided by the engine."""
        content: dict[str, Any] = {}
        for key, value in row.items():
            if key in PROVENANCE or key == "agreement":
                continue
            if key in self.controls:
                value = _control_value(self.controls[key], value)
                if value is not None:
                    content[key] = value
                continue
            name = self.renamed.get(key, key)
            if name in self.data_fields:
                content[name] = _typed(name, self.data_fields[name], value)
        content.update(
            id=_typed("id", PROVENANCE["id"], row["id"]),
            annotation_id=_typed("annotation_id", PROVENANCE["annotation_id"], row["annotation_id"]),
            project_id=int(project_id),
            annotator=_typed("annotator", PROVENANCE["annotator"], row["annotator"]),
            source=source,
            deleted=bool(deleted),
        )
        for key in ("created_at", "updated_at"):
            if row.get(key):
                content[key] = str(row[key])
        if row.get("lead_time") is not None:
            content["lead_time"] = _typed("lead_time", PROVENANCE["lead_time"], row["lead_time"])
        if annotator_did:
            content["annotator_did"] = annotator_did
        for key, value in (provenance or {}).items():
            if key not in SIGNED_PROVENANCE:
                raise SchemaError(f"{key}: not a provenance field")
            if value not in (None, ""):
                content[key] = _typed(key, PROVENANCE[key], value)
        # an absent value is an absent field (a null would fail every typed column)
        return {key: value for key, value in content.items() if value is not None}

    def fitted_to(self, schema: Mapping[str, Any]) -> "RowModel":
        """The same row model, its data columns typed as an existing model's schema says (where it names them).

        Data column types learnt from a sample of tasks can differ from run to run; the deployed model is what
        the node checks, so its types win (``schema_mismatches`` has already refused the ones that cannot fit)."""
        theirs = schema.get("properties", {}) if isinstance(schema, Mapping) else {}
        fields = {name: dict(theirs[name]) if isinstance(theirs.get(name), Mapping) and theirs[name].get("type")
                  else ours for name, ours in self.data_fields.items()}
        return RowModel(data_fields=fields, controls=self.controls, renamed=self.renamed)


def controls_from_label_config(label_config: str) -> dict[str, Control]:
    """Control tags (those with ``name`` and ``toName``) of a Label Studio config, by name."""
    try:
        root = ET.fromstring(label_config)
    except ET.ParseError as exc:
        raise SchemaError(f"label config is not valid XML: {exc}") from None
    controls: dict[str, Control] = {}
    for element in root.iter():
        name, to_name = element.get("name"), element.get("toName")
        if name and to_name:
            multiple = element.tag == "Choices" and element.get("choice", "single") == "multiple"
            controls[name] = Control(name=name, tag=element.tag, multiple=multiple)
    return controls


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return "null"


def _field_schema(types: set[str]) -> dict:
    types.discard("null")
    if types <= {"integer"} and types:
        return {"type": "integer"}
    if types <= {"integer", "number"} and types:
        return {"type": "number"}
    if types == {"boolean"}:
        return {"type": "boolean"}
    if types == {"array"}:
        return {"type": "array"}
    if types == {"object"}:
        return {"type": "object"}
    return {"type": "string", "maxLength": MAX_TEXT}  # mixed or unknown: stored as text


def field_name(key: str) -> str:
    """A column name OrbisDB can use as a Postgres column: letters, digits, underscore, not starting with a digit."""
    name = _NAME_RE.sub("_", key)
    if not name or name[0].isdigit():
        name = "f_" + name
    return name


def row_model(label_config: str, sample_data: Iterable[Mapping[str, Any]]) -> RowModel:
    """Build the row model from the label config and a sample of task data (to learn the data columns' types)."""
    controls = controls_from_label_config(label_config)
    seen: dict[str, set[str]] = {}
    for data in sample_data:
        for key, value in data.items():
            seen.setdefault(key, set()).add(_json_type(value))
    data_fields: dict[str, dict] = {}
    renamed: dict[str, str] = {}
    taken = set(PROVENANCE) | set(controls)
    for key in sorted(seen):
        name = field_name(key)
        if name in taken:
            name = f"data_{name}"
        if name in taken or name in data_fields:
            raise SchemaError(f"data column {key!r} clashes with another column after renaming to {name!r}")
        if name != key:
            renamed[key] = name
        data_fields[name] = _field_schema(seen[key])
    return RowModel(data_fields=data_fields, controls=controls, renamed=renamed)


def _control_value(control: Control, value: Any) -> Any:
    if value is None:
        return None
    if control.tag == "Choices":
        choices = value["choices"] if isinstance(value, dict) and "choices" in value else value
        choices = [choices] if isinstance(choices, str) else list(choices)
        if control.multiple:
            return [str(c) for c in choices]
        if len(choices) != 1:
            raise SchemaError(f"{control.name}: a single-choice control holds {len(choices)} choices")
        return str(choices[0])
    if control.tag == "TextArea":
        if isinstance(value, dict) and "text" in value:
            value = value["text"]
        texts = [value] if isinstance(value, str) else [t for item in value for t in _texts(item)]
        return "\n".join(texts)
    if control.tag in ("Rating", "Number"):
        key = "rating" if control.tag == "Rating" else "number"
        item = value[0] if isinstance(value, list) and value else value
        number = item.get(key) if isinstance(item, dict) else item
        return _typed(control.name, control.json_schema, number)
    if control.tag == "DateTime":
        item = value[0] if isinstance(value, list) and value else value
        return str(item.get("datetime", "")) if isinstance(item, dict) else str(item)
    return list(value) if isinstance(value, list) else [value]


def _texts(item: Any) -> list[str]:
    if isinstance(item, str):
        return [item]
    if isinstance(item, dict):
        text = item.get("text", [])
        return [text] if isinstance(text, str) else [str(t) for t in text]
    return [str(item)]


def _typed(name: str, schema: Mapping[str, Any], value: Any) -> Any:
    """Coerce a value to its column's JSON type, refusing what would change its meaning."""
    kind = schema.get("type")
    if value is None:
        return None
    if kind == "integer":
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value):
            raise SchemaError(f"{name}: expected a whole number, got {value!r}")
        return int(value)
    if kind == "number":
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise SchemaError(f"{name}: expected a finite number, got {value!r}")
        return value
    if kind == "boolean":
        if not isinstance(value, bool):
            raise SchemaError(f"{name}: expected true or false, got {value!r}")
        return value
    if kind == "string":
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)
        limit = schema.get("maxLength")
        if limit and len(text) > limit:
            raise SchemaError(f"{name}: {len(text)} characters, more than the column's {limit}")
        return text
    return value


def schema_mismatches(expected: Mapping[str, Any], actual: Mapping[str, Any]) -> list[str]:
    """Why an existing model's schema cannot hold our rows: one line per field that does not fit (empty: it fits)."""
    problems = []
    theirs = actual.get("properties", {})
    for name, ours in expected.get("properties", {}).items():
        if name not in theirs:
            if actual.get("additionalProperties", True) is False:
                problems.append(f"{name}: missing from the model (rows carry it)")
            continue
        want, have = ours.get("type"), theirs[name].get("type")
        compatible = want == have or (want == "integer" and have == "number")
        if not compatible:
            problems.append(f"{name}: the model says {have!r}, rows carry {want!r}")
    for name in actual.get("required", []):
        if name not in expected.get("properties", {}):
            problems.append(f"{name}: required by the model, but rows do not carry it")
    return problems
