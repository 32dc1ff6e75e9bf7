"""The task's data columns: learnt from every task (their keys and JSON types), named as OrbisDB can use them.

A column whose values are all integers (within ±(2^53-1)) is an integer, integers and floats a number, booleans a
boolean, texts a text. Anything else — objects, arrays, integers the node cannot hold exactly, or a key whose JSON
type differs between tasks (42 in one, "42" in another) — is canonical JSON text, which keeps every value exact
and distinguishable (42 → ``42``, "42" → ``"42"``).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from .values import SchemaError, canonical_json, json_kind, nullable, text

DATA_PREFIX = "task data key "  # every data property's description starts with it (names the original key)
MAX_NAME = 63  # Postgres truncates longer identifiers (and two long names could then collide)
_NAME_RE = re.compile(r"[^A-Za-z0-9_]")
SCALARS = ("integer", "number", "boolean", "string")


def field_name(key: str) -> str:
    """A column name OrbisDB can use as a Postgres column: letters, digits, underscore, not starting with a digit,
    at most 63 characters (a longer one ends with a hash of the key, so it stays unique)."""
    name = _NAME_RE.sub("_", key)
    if not name or name[0].isdigit():
        name = "f_" + name
    if len(name) > MAX_NAME:
        name = f"{name[:MAX_NAME - 9]}_{hashlib.sha256(key.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"
    return name


@dataclass
class DataColumns:
    """Accumulates the keys and JSON types of task data, task by task (feed it every task, in chunks)."""

    kinds: dict[str, set[str]] = field(default_factory=dict)

    def add(self, data: Any) -> None:
        if not isinstance(data, Mapping):
            return
        for key, value in data.items():
            self.kinds.setdefault(str(key), set()).add(json_kind(value))

    def add_all(self, datas: Iterable[Any]) -> "DataColumns":
        for data in datas:
            self.add(data)
        return self


def column_kind(kinds: set[str]) -> str:
    """integer | number | boolean | string | json (canonical JSON text)."""
    seen = set(kinds) - {"null"}
    if seen == {"integer"}:
        return "integer"
    if seen and seen <= {"integer", "number"}:
        return "number"
    if seen == {"boolean"}:
        return "boolean"
    if seen == {"string"}:
        return "string"
    return "json"


def column_schema(key: str, kind: str) -> dict:
    if kind == "json":
        schema = text()
        note = "as canonical JSON text (objects, arrays, big integers or mixed types keep every value exact)"
    else:
        schema = text() if kind == "string" else {"type": kind}
        note = f"({kind})"
    schema = nullable(schema)
    schema["description"] = f"{DATA_PREFIX}{key!r} {note}; null: the task has no such key"
    return schema


def is_data_property(schema: Mapping[str, Any]) -> bool:
    return str(schema.get("description", "")).startswith(DATA_PREFIX)


def key_of(schema: Mapping[str, Any]) -> str | None:
    """The data key a data property's description names (None: not one of ours)."""
    import ast

    desc = str(schema.get("description", ""))
    if not desc.startswith(DATA_PREFIX):
        return None
    rest = desc[len(DATA_PREFIX):]
    for end in range(len(rest), 0, -1):  # the repr ends where literal_eval stops failing
        try:
            key = ast.literal_eval(rest[:end])
        except (ValueError, SyntaxError):
            continue
        return key if isinstance(key, str) else None
    return None


def is_json_property(schema: Mapping[str, Any]) -> bool:
    return is_data_property(schema) and "canonical JSON text" in str(schema.get("description", ""))


def typed_value(name: str, key: str, kind: str, value: Any, limit: int | None = None) -> Any:
    """A task value in its column's form; a value the column cannot hold refuses the row, naming the field.
    ``limit``: the column's maxLength (a model made elsewhere may be stricter than ours)."""
    if value is None:
        return None
    if kind == "json":
        return _within(name, canonical_json(value, field=name), limit)
    found = json_kind(value)
    ok = found == kind or (kind == "number" and found == "integer")
    if not ok:
        raise SchemaError(f"{name}: task data key {key!r} holds {found} {_short(value)}, but the model's column is "
                          f"{kind} (the data changed since the model was built): run manage.py orbis_setup")
    return _within(name, value, limit) if kind == "string" else value


def _within(name: str, value: str, limit: int | None) -> str:
    if limit is not None and len(value) > limit:
        raise SchemaError(f"{name}: {len(value)} characters, more than the column's {limit}")
    return value


def _short(value: Any) -> str:
    text_ = repr(value)
    return text_ if len(text_) <= 60 else text_[:57] + "..."


def assign_names(keys: Iterable[str], taken: Mapping[str, str]) -> dict[str, str]:
    """Data key → field name. ``taken``: names already used (lower-cased name → what uses it). A key named like
    a provenance field or a control gets ``data_``; two keys that end up with one name (``a.b`` and ``a b``, or
    ``Text`` and ``text``: Postgres folds unquoted names) refuse the model, naming both."""
    names: dict[str, str] = {}
    used = dict(taken)
    for key in sorted(keys):
        name = field_name(key)
        if name.lower() in taken:
            name = field_name(f"data_{name}")
        other = used.get(name.lower())
        if other is not None:
            raise SchemaError(f"task data keys {other} and {key!r} both become the column {name!r} (names are "
                              "letters, digits and _, compared without case): rename one of them in the tasks")
        used[name.lower()] = repr(key)
        names[key] = name
    return names


__all__ = ["DataColumns", "field_name", "column_kind", "column_schema", "typed_value", "assign_names",
           "is_data_property", "is_json_property", "DATA_PREFIX", "SCALARS"]
