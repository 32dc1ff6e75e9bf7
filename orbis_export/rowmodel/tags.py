"""Closed JSON schemas of Label Studio result items, per control tag, derived from Label Studio's own definitions.

The tags and their value keys come from the installed SDK (``label_studio_sdk.label_interface.control_tags``:
``_TAG_TO_CLASS`` and each tag's ``_value_class``), so a Label Studio upgrade that adds a tag or a key changes the
model with it. A few keys Label Studio's frontend writes that the SDK classes omit (documented in Label Studio's
result format: the selected ``text`` of a span) are added in ``_DOCUMENTED``. An unknown tag gets the generic item:
an empty ``value`` object and the whole value in ``extra``.
"""
from __future__ import annotations

import typing
from functools import lru_cache
from typing import Any

from .values import array, closed, nullable, text

# keys of Label Studio results the SDK value classes do not declare, as Label Studio's result-format docs give them
_DOCUMENTED: dict[str, dict[str, dict]] = {
    "labels": {"text": text()},
    "paragraphlabels": {"text": text()},
    "hypertextlabels": {"text": text(), "htmllabels": array(text())},
}
# tags whose results carry a different tag's value (Label Studio's Chat tag writes "chatmessage" results)
_ALIASES = {"chat": "chatmessage"}
# item-level keys every result item may have, besides id / to_name / type / origin / value
_ITEM_KEYS: dict[str, dict] = {
    "score": nullable({"type": "number"}),
    "readonly": {"type": "boolean"},
    "hidden": {"type": "boolean"},
    "parentID": nullable(text()),
    "item_index": nullable({"type": "integer"}),
}
# item-level keys of results on images (and PDF pages): the size of what the coordinates are relative to
_IMAGE_KEYS: dict[str, dict] = {
    "original_width": nullable({"type": "number"}),
    "original_height": nullable({"type": "number"}),
    "image_rotation": nullable({"type": "number"}),
}
_IMAGE_VALUE_KEYS = {"x", "points", "rle", "vertices", "imageDataURL"}
ORIGINS = ("manual", "prediction", "prediction-changed")


def _sdk():
    from label_studio_sdk.label_interface import control_tags

    return control_tags


@lru_cache(maxsize=None)
def known_tags() -> dict[str, Any]:
    """Lower-case tag name → the SDK's value class (None: a tag without results of its own, e.g. Relations)."""
    ct = _sdk()
    out: dict[str, Any] = {}
    for tag, class_name in ct._TAG_TO_CLASS.items():
        cls = getattr(ct, class_name, None)
        attr = getattr(cls, "__private_attributes__", {}).get("_value_class") if cls is not None else None
        out[tag] = attr.default if attr is not None else None
    return out


def _annotation_schema(annotation: Any) -> dict | None:
    """A closed schema for a Python type annotation of an SDK value class (None: no closed form, e.g. ``Any``)."""
    origin = typing.get_origin(annotation)
    args = [a for a in typing.get_args(annotation)]
    if origin is typing.Annotated:
        return _annotation_schema(args[0])
    if origin is typing.Union or (origin is not None and str(origin) == "types.UnionType"):
        parts = [a for a in args if a is not type(None)]
        schemas = [_annotation_schema(a) for a in parts]
        if any(s is None for s in schemas):
            return None
        if len(schemas) == 1:
            out = dict(schemas[0])
        else:
            kinds: list[dict] = []
            for s in schemas:
                if isinstance(s["type"], list) or s["type"] in ("object", "array"):
                    return None  # a union of structures has no single closed form
                if s not in kinds:
                    kinds.append(s)
            if {"type": "integer"} in kinds and {"type": "number"} in kinds:
                kinds.remove({"type": "integer"})
            # the node's validator (ajv, strict mode) refuses "type": [a, b] unions other than with null: anyOf
            out = {"anyOf": kinds} if len(kinds) > 1 else dict(kinds[0])
        return nullable(out) if type(None) in args else out
    if origin in (list, typing.List):
        inner = _annotation_schema(args[0]) if args else None
        return array(inner) if inner is not None else None
    if origin in (tuple, typing.Tuple):
        inner = [_annotation_schema(a) for a in args if a is not Ellipsis]
        if not inner or any(s is None for s in inner) or any(s != inner[0] for s in inner):
            return None
        return {"type": "array", "items": inner[0], "maxItems": len(inner) if Ellipsis not in args else 10_000}
    if origin in (dict, typing.Dict):
        # a mapping with free keys (Ranker's buckets) cannot be a closed object: [{key, value}, ...] entries
        inner = _annotation_schema(args[1]) if len(args) == 2 else None
        return array(closed({"key": text(), "value": inner}, ["key", "value"])) if inner is not None else None
    if annotation is str:
        return text()
    if annotation is bool:
        return {"type": "boolean"}
    if annotation is int:
        return {"type": "integer"}
    if annotation is float:
        return {"type": "number"}
    fields = getattr(annotation, "model_fields", None)
    if fields is not None:
        return model_schema(annotation)
    return None


def model_schema(cls: Any) -> dict:
    """The closed schema of a pydantic value class: its keys, none required (Label Studio omits optional ones)."""
    props = {}
    for name, info in cls.model_fields.items():
        schema = _annotation_schema(info.annotation)
        if schema is not None:
            props[info.alias or name] = schema
    return closed(props)


DICT_FIELDS_NOTE = "mappings with free keys (e.g. Ranker's buckets) become [{key, value}] entries"


@lru_cache(maxsize=None)
def value_schema(tag: str) -> dict:
    """The closed schema of the ``value`` of one result item of ``tag`` (empty for a tag Label Studio lacks)."""
    key = _ALIASES.get(tag.lower(), tag.lower())
    cls = known_tags().get(key)
    schema = model_schema(cls) if cls is not None else closed({})
    for name, prop in _DOCUMENTED.get(key, {}).items():
        schema["properties"].setdefault(name, prop)
    return schema


def dict_keys(tag: str) -> set[str]:
    """Value keys of ``tag`` held as [{key, value}] entries (free-key mappings)."""
    props = value_schema(tag)["properties"]
    return {k for k, s in props.items() if s.get("type") == "array" and
            set(s.get("items", {}).get("properties", {})) == {"key", "value"}}


@lru_cache(maxsize=None)
def item_schema(tag: str) -> dict:
    """One result item of a control of ``tag``: fixed keys always present (null when Label Studio has none),
    the tag's optional keys, and ``extra``: canonical JSON text of every key not modelled (null when none)."""
    value = value_schema(tag)
    props: dict[str, dict] = {
        "id": nullable(text()),
        "to_name": nullable(text()),
        "type": nullable(text()),
        "origin": nullable(text()),
        "value": value,
        "extra": nullable(text()),
        **_ITEM_KEYS,
    }
    if _IMAGE_VALUE_KEYS & set(value["properties"]):
        props.update(_IMAGE_KEYS)
    return closed(props, ["id", "to_name", "type", "origin", "value", "extra"])


def relation_schema() -> dict:
    return closed({"from_id": text(), "to_id": text(), "direction": nullable(text()),
                   "labels": nullable(array(text())), "extra": nullable(text())},
                  ["from_id", "to_id", "direction", "labels", "extra"])


__all__ = ["known_tags", "value_schema", "item_schema", "relation_schema", "dict_keys", "ORIGINS",
           "DICT_FIELDS_NOTE"]
