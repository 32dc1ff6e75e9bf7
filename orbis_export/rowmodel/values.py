"""JSON values as the node and OrbisDB can hold them: nullable types, bounds, canonical JSON text, a small checker
for the closed schemas this package writes, and the per-row checks (lone surrogates, the commit size).

The node is JavaScript: numbers are doubles, so an integer beyond ±(2^53-1) cannot be a JSON number there, and
NaN/Infinity are no JSON at all. Values a typed property cannot hold exactly go to canonical JSON text (exact), or the
row is refused naming the field — never silently changed.
"""
from __future__ import annotations

import json
import math
from typing import Any, Mapping

from ..ceramic import MAX_COMMIT_SIZE, ContentError, normalize_content
from ..ceramic.encoding import encode_dag_cbor
from ..errors import OrbisError

MAX_STRING = 256_000  # characters: a longer string cannot fit in one commit (a 256,000-byte block) anyway
MAX_ITEMS = 10_000  # items of one array field
# what a document's content may take of a commit block: the rest is the header (controller DID, model, context,
# unique: ~250 bytes measured) with room to spare
CONTENT_BUDGET = MAX_COMMIT_SIZE - 2_000
MAX_SAFE_INTEGER = 2**53 - 1


class SchemaError(OrbisError, ValueError):
    """A label config, a schema or a row that cannot be turned into a document; says which field and why."""

    def __init__(self, detail: str):
        super().__init__("schema", detail, 400)


def nullable(schema: Mapping[str, Any]) -> dict:
    """The same property, also allowing null (a cleared value is written as an explicit null).

    The one place that decides the nullable form: a type list with the real type first, because OrbisDB makes a
    column from ``type[0]`` of a list (``server/db/postgre.js`` ``jsonSchemaToPostgresFields``: TEXT / INTEGER /
    NUMERIC / BOOLEAN, JSONB when the list holds ``object`` or ``array``); ``anyOf`` would give a TEXT column. The
    node's validator (ajv, strict mode) accepts ``[type, "null"]`` but no other type union (those use ``anyOf``,
    only inside JSONB values)."""
    out = dict(schema)
    if "anyOf" in out:
        out["anyOf"] = [s for s in out["anyOf"] if s.get("type") != "null"] + [{"type": "null"}]
        return out
    kinds = out["type"] if isinstance(out["type"], list) else [out["type"]]
    out["type"] = [k for k in kinds if k != "null"] + ["null"]
    return out


def text(**extra: Any) -> dict:
    return {"type": "string", "maxLength": MAX_STRING, **extra}


def array(items: Mapping[str, Any], **extra: Any) -> dict:
    return {"type": "array", "items": dict(items), "maxItems": MAX_ITEMS, **extra}


def closed(properties: Mapping[str, Any], required: list[str] | tuple[str, ...] = ()) -> dict:
    """An object schema Ceramic accepts: every object must forbid additional properties."""
    return {"type": "object", "properties": dict(properties), "required": list(required),
            "additionalProperties": False}


def canonical_json(value: Any, *, field: str) -> str:
    """Sorted-key, compact JSON text: exact for big integers, keeps 42 and "42" apart; NaN/Infinity refused."""
    try:
        return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    except ValueError:
        raise SchemaError(f"{field}: holds NaN or Infinity, which JSON (and the node) cannot represent") from None
    except TypeError as exc:
        raise SchemaError(f"{field}: {exc}") from None


def json_kind(value: Any) -> str:
    """The JSON type of a value, with integers the node cannot hold exactly told apart (``bigint``)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer" if abs(value) <= MAX_SAFE_INTEGER else "bigint"
    if isinstance(value, float):
        if not math.isfinite(value):
            return "nonfinite"
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, (list, tuple)):
        return "array"
    if isinstance(value, Mapping):
        return "object"
    return "other"


def fits(value: Any, schema: Mapping[str, Any]) -> bool:
    """Does ``value`` validate against ``schema`` (the subset of JSON Schema this package writes)?"""
    if "anyOf" in schema:
        return any(fits(value, s) for s in schema["anyOf"])
    kinds = schema.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    kind = json_kind(value)
    if kind == "null":
        return "null" in kinds
    if kind == "integer" and ("integer" in kinds or "number" in kinds):
        return True
    if kind == "number":
        return "number" in kinds
    if kind == "boolean":
        return "boolean" in kinds
    if kind == "string":
        return "string" in kinds and len(value) <= schema.get("maxLength", MAX_STRING)
    if kind == "array":
        if "array" not in kinds or len(value) > schema.get("maxItems", MAX_ITEMS):
            return False
        items = schema.get("items")
        return items is None or all(fits(v, items) for v in value)
    if kind == "object":
        if "object" not in kinds:
            return False
        props = schema.get("properties", {})
        if any(k not in props for k in value) or any(k not in value for k in schema.get("required", ())):
            return False
        return all(fits(v, props[k]) for k, v in value.items())
    return False  # bigint, NaN/Infinity, other Python objects: no typed property holds them exactly


def check_content(content: Mapping[str, Any]) -> int:
    """Refuse a document the node cannot take, naming the field: a lone surrogate (not UTF-8 encodable), an
    integer or number JSON cannot hold, or content over the commit budget (naming the biggest field).
    Returns an upper bound of the content's DAG-CBOR size in bytes (the exact size when it could be near the cap)."""
    normalized, json_bytes = {}, 0
    for name, value in content.items():
        try:
            normalized[name] = normalize_content(value, path=name)
        except ContentError as exc:
            raise SchemaError(str(exc)) from None
        try:
            json_bytes += len(canonical_json(value, field=name).encode("utf-8")) + len(name) + 4
        except UnicodeEncodeError:
            raise SchemaError(f"{name}: holds a lone surrogate (e.g. \"\\ud800\"), which is not valid Unicode text "
                              "and cannot be stored; fix the text in Label Studio") from None
    # DAG-CBOR takes at most 3 bytes per byte of compact JSON (a float: 9 bytes for at least 3 characters; every
    # other token is smaller in CBOR), so only content that could be near the cap is encoded to be measured
    if 3 * json_bytes + 64 <= CONTENT_BUDGET:
        return 3 * json_bytes + 64
    size = len(encode_dag_cbor(normalized))
    if size > CONTENT_BUDGET:
        sizes = {name: len(encode_dag_cbor(value)) for name, value in normalized.items()}
        biggest = max(sizes, key=sizes.__getitem__)
        raise SchemaError(f"{biggest}: {sizes[biggest]:,} bytes; the row is {size:,} bytes, more than the "
                          f"{CONTENT_BUDGET:,} a document can hold (the node refuses commits over "
                          f"{MAX_COMMIT_SIZE:,} bytes)")
    return size
