"""A project's row model: label config + data columns → a closed JSON schema; a row → one document's content.

``values``: nullable types, bounds, canonical JSON, the per-row checks · ``tags``: result item schemas per control
tag (from Label Studio's SDK) · ``controls``: one field per control · ``data``: the task's data columns ·
``model``: :class:`RowModel`, provenance, ``schema_mismatches``. Pure functions over plain values: no Django.
"""
from .controls import Control, controls_from_label_config
from .data import DataColumns, field_name
from .model import (DATA_KEY, MODEL_NAME, PROVENANCE, RELATIONS, REQUIRED, RESULT_KEY, SCHEMA_DIALECT,
                    SIGNED_PROVENANCE, RowModel, row_model, schema_mismatches)
from .values import MAX_STRING, SchemaError, canonical_json, nullable

__all__ = ["Control", "controls_from_label_config", "DataColumns", "field_name", "DATA_KEY", "MODEL_NAME",
           "PROVENANCE", "RELATIONS", "REQUIRED", "RESULT_KEY", "SCHEMA_DIALECT", "SIGNED_PROVENANCE", "RowModel",
           "row_model", "schema_mismatches", "MAX_STRING", "SchemaError", "canonical_json", "nullable"]
