"""The row model, kept as ``orbis_export.schema`` for existing imports: see :mod:`orbis_export.rowmodel`."""
from .rowmodel import (DATA_KEY, MODEL_NAME, PROVENANCE, RELATIONS, REQUIRED, RESULT_KEY, SCHEMA_DIALECT,
                       SIGNED_PROVENANCE, Control, DataColumns, RowModel, SchemaError, canonical_json,
                       controls_from_label_config, field_name, nullable, row_model, schema_mismatches)
from .rowmodel.values import MAX_STRING as MAX_TEXT  # the longest string a field may hold

__all__ = ["DATA_KEY", "MODEL_NAME", "PROVENANCE", "RELATIONS", "REQUIRED", "RESULT_KEY", "SCHEMA_DIALECT",
           "SIGNED_PROVENANCE", "Control", "DataColumns", "RowModel", "SchemaError", "canonical_json",
           "controls_from_label_config", "field_name", "nullable", "row_model", "schema_mismatches", "MAX_TEXT"]
