"""The label config's control tags, one field each, and how a field's value is built from the annotation's raw
``result`` items (``from_name`` = the control's name).

Whole-annotation classification controls (not ``perRegion``/``perItem``, named once) get a plain value:
Choices single → string, Choices multiple → array of strings, Rating → integer, Number → number, DateTime → string,
TextArea → array of strings (one per entered text), Taxonomy → array of paths. Every other control is an array of
result items (:func:`tags.item_schema`), so regions, per-region answers and anything Label Studio adds stay whole.
"""
from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from . import tags
from .values import MAX_SAFE_INTEGER, SchemaError, array, canonical_json, fits, nullable, text

CLASSIFICATION = {"Choices", "Rating", "Number", "DateTime", "TextArea", "Taxonomy"}


@dataclass(frozen=True)
class Control:
    name: str  # the control's name in the label config (``from_name`` of its results)
    tag: str
    multiple: bool = False  # Choices with choice="multiple"
    field: str = ""  # its property in the document (``name``, renamed when not a usable column name)
    shape: str = "items"  # choice | choices | rating | number | datetime | texts | taxonomy | items
    options: tuple[str, ...] = ()  # the values the config offers (Choice / Label children): a rename is a new model

    @property
    def column(self) -> str:
        return self.field or self.name

    @property
    def json_schema(self) -> dict:
        if self.shape == "choice":
            schema = text()
        elif self.shape == "choices":
            schema = array(text())
        elif self.shape == "rating":
            schema = {"type": "integer"}
        elif self.shape == "number":
            schema = {"type": "number"}
        elif self.shape == "datetime":
            schema = {"type": "string", "maxLength": 64}
        elif self.shape == "texts":
            schema = array(text())
        elif self.shape == "taxonomy":
            schema = array(array(text()))
        else:
            schema = array(tags.item_schema(self.tag))
        schema = nullable(schema)
        renamed = f" (control {self.name!r})" if self.column != self.name else ""
        schema["description"] = f"{self.tag}{renamed}: " + SHAPE_NOTES[self.shape]
        if self.options:  # documented, not enforced: rows labeled before a rename keep their value
            listed = " | ".join(self.options)
            schema["description"] += f" Offered: {listed[:2000]}{'…' if len(listed) > 2000 else ''}"
        return schema

    def value(self, items: list[Mapping[str, Any]]) -> Any:
        """The field's value from this control's result items (None: no result, or nothing chosen/entered)."""
        if self.shape == "items":
            return [result_item(self.column, self.tag, item) for item in items] or None
        if not items:
            return None
        if len(items) > 1:
            raise SchemaError(f"{self.column}: {len(items)} results of a whole-annotation {self.tag} control (it is "
                              "not perRegion): Label Studio saved one per region; mark it perRegion=\"true\" in the "
                              "label config and run manage.py orbis_setup")
        value = items[0].get("value")
        value = value if isinstance(value, Mapping) else {}
        key = _KEYS[self.shape]
        raw = value.get(key)
        if self.shape in ("choice", "choices"):
            choices = [raw] if isinstance(raw, str) else raw
            if not isinstance(choices, list) or not all(isinstance(c, str) for c in choices):
                raise SchemaError(f"{self.column}: choices must be a list of texts, got {raw!r}")
            if self.shape == "choices":
                return list(choices)
            if len(choices) > 1:
                raise SchemaError(f"{self.column}: a single-choice control holds {len(choices)} choices")
            return choices[0] if choices else None
        if self.shape == "rating":
            if isinstance(raw, bool) or not isinstance(raw, (int, float)) or raw != int(raw) \
                    or abs(raw) > MAX_SAFE_INTEGER:
                raise SchemaError(f"{self.column}: a rating must be a whole number, got {raw!r}")
            return int(raw)
        if self.shape == "number":
            if raw is None:
                return None
            if isinstance(raw, bool) or not isinstance(raw, (int, float)) or not math.isfinite(raw) \
                    or (isinstance(raw, int) and abs(raw) > MAX_SAFE_INTEGER):
                raise SchemaError(f"{self.column}: expected a finite number the node can hold exactly, got {raw!r}")
            return raw
        if self.shape == "datetime":
            if raw is None:
                return None
            if not isinstance(raw, str):
                raise SchemaError(f"{self.column}: a date/time must be text, got {raw!r}")
            return raw
        if self.shape == "texts":
            texts = [raw] if isinstance(raw, str) else raw
            if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
                raise SchemaError(f"{self.column}: expected a list of texts, got {raw!r}")
            return list(texts)
        if not isinstance(raw, list) or not all(isinstance(p, list) and all(isinstance(s, str) for s in p)
                                                for p in raw):
            raise SchemaError(f"{self.column}: a taxonomy must be a list of paths (lists of texts), got {raw!r}")
        return [list(p) for p in raw]


_KEYS = {"choice": "choices", "choices": "choices", "rating": "rating", "number": "number", "datetime": "datetime",
         "texts": "text", "taxonomy": "taxonomy"}
SHAPE_NOTES = {
    "choice": "the chosen value (null: none)",
    "choices": "the chosen values (null: none)",
    "rating": "the rating (null: none)",
    "number": "the number (null: none)",
    "datetime": "the date/time as Label Studio wrote it (null: none)",
    "texts": "the entered texts, one per entry (null: none)",
    "taxonomy": "the chosen paths, each a list of levels (null: none)",
    "items": "Label Studio's result items of this control (null: none); 'extra' holds, as canonical JSON text, "
             "every key not modelled; " + tags.DICT_FIELDS_NOTE,
}


def result_item(field: str, tag: str, item: Mapping[str, Any]) -> dict:
    """One raw result item → the closed item: modelled keys that fit their schema, the rest in ``extra``."""
    schema = tags.item_schema(tag)
    props = schema["properties"]
    value_props = props["value"]["properties"]
    entries = tags.dict_keys(tag)
    out: dict[str, Any] = {k: None for k in schema["required"]}
    rest: dict[str, Any] = {}
    for key, v in item.items():
        if key == "from_name":
            continue  # the field itself
        if key == "value":
            continue
        if key in props and key not in ("value", "extra") and fits(v, props[key]):
            out[key] = v
        else:
            rest[key] = v
    raw_value = item.get("value")
    modelled: dict[str, Any] = {}
    rest_value: dict[str, Any] = {}
    if isinstance(raw_value, Mapping):
        for key, v in raw_value.items():
            if key in entries and isinstance(v, Mapping):
                v = [{"key": k, "value": x} for k, x in v.items()]
            if key in value_props and fits(v, value_props[key]):
                modelled[key] = v
            else:
                rest_value[key] = raw_value[key]
    elif raw_value is not None or "value" in item:
        rest["value"] = raw_value
    if rest_value:
        rest["value"] = rest_value
    out["value"] = modelled
    out["extra"] = canonical_json(rest, field=field) if rest else None
    return out


def relation_item(item: Mapping[str, Any]) -> dict:
    """A relation of the annotation's result (``type`` "relation" is implied; other unmodelled keys in ``extra``)."""
    props = tags.relation_schema()["properties"]
    out: dict[str, Any] = {"from_id": None, "to_id": None, "direction": None, "labels": None, "extra": None}
    rest = {}
    for key, v in item.items():
        if key == "type" and v == "relation":
            continue
        if key in props and key != "extra" and fits(v, props[key]):
            out[key] = v
        else:
            rest[key] = v
    if out["from_id"] is None or out["to_id"] is None:
        raise SchemaError(f"relations: a relation without from_id/to_id: {item!r}")
    out["extra"] = canonical_json(rest, field="relations") if rest else None
    return out


def _is_true(value: str | None) -> bool:
    return (value or "").strip().lower() == "true"


def controls_from_label_config(label_config: str) -> dict[str, Control]:
    """Control tags (elements with ``name`` and ``toName``) of a Label Studio config, by name, with their shape."""
    try:
        root = ET.fromstring(label_config)
    except ET.ParseError as exc:
        raise SchemaError(f"label config is not valid XML: {exc}") from None
    found: list[ET.Element] = [e for e in root.iter() if e.get("name") and e.get("toName")]
    counts: dict[str, int] = {}
    for element in found:
        counts[element.get("name")] = counts.get(element.get("name"), 0) + 1
    controls: dict[str, Control] = {}
    for element in found:
        name, tag = element.get("name"), element.tag
        per_region = _is_true(element.get("perRegion")) or _is_true(element.get("perItem"))
        multiple = tag == "Choices" and element.get("choice", "single") == "multiple"
        shape = "items"
        if tag in CLASSIFICATION and not per_region and counts[name] == 1:
            shape = {"Choices": "choices" if multiple else "choice", "Rating": "rating", "Number": "number",
                     "DateTime": "datetime", "TextArea": "texts", "Taxonomy": "taxonomy"}[tag]
        if name in controls and controls[name].tag != tag:
            tag = "Mixed"  # one name, two different tags: generic items, every value in extra
        options = tuple(dict.fromkeys(child.get("value") for child in element.iter()
                                      if child is not element and child.get("value") is not None
                                      and child.tag in ("Choice", "Label")))
        controls[name] = Control(name=name, tag=tag, multiple=multiple, shape=shape, options=options)
    return controls


def split_result(result: Iterable[Mapping[str, Any]], controls: Mapping[str, Control]
                 ) -> tuple[dict[str, list], list[dict]]:
    """The raw result items per control name, and the relation items. A result of a control the label config
    lacks refuses the row (its value would be dropped otherwise)."""
    per_control: dict[str, list] = {name: [] for name in controls}
    relations: list[dict] = []
    for item in result or ():
        if not isinstance(item, Mapping):
            raise SchemaError(f"result: an item that is not an object: {item!r}")
        if item.get("type") == "relation" and "from_name" not in item:
            relations.append(relation_item(item))
            continue
        name = item.get("from_name")
        if name not in controls:
            raise SchemaError(f"result: an item of {name!r}, which is not a control of the project's label config "
                              "(the config changed after labeling?): run manage.py orbis_setup, or restore the "
                              "control")
        per_control[name].append(item)
    return per_control, relations


__all__ = ["Control", "controls_from_label_config", "split_result", "result_item", "relation_item",
           "CLASSIFICATION"]
