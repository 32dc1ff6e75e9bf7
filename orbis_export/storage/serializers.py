"""Serializer of the Ceramic Target Storage (``type`` is set explicitly: the generic one derives it from a path)."""
from __future__ import annotations

from io_storages.serializers import ExportStorageSerializer
from rest_framework import serializers
from rest_framework.exceptions import ValidationError

from .models import CeramicExportStorage, CeramicStorageError


class CeramicExportStorageSerializer(ExportStorageSerializer):
    type = serializers.ReadOnlyField(default="ceramic")
    effective = serializers.SerializerMethodField()
    orbis = serializers.SerializerMethodField()

    class Meta:
        model = CeramicExportStorage
        fields = "__all__"

    def get_effective(self, obj) -> dict:
        return obj.effective

    def get_orbis(self, obj) -> dict | None:
        return (obj.meta or {}).get("orbis")

    def to_internal_value(self, data):
        # the storage form sends empty inputs as "": for the optional number that means "the server's setting"
        if hasattr(data, "get") and data.get("concurrency", None) == "":
            data = {k: v for k, v in data.items()} if not isinstance(data, dict) else dict(data)
            data["concurrency"] = None
        return super().to_internal_value(data)

    def validate(self, data):
        data = super().validate(data)
        for field in ("ceramic_url", "orbisdb_url"):
            value = (data.get(field) or "").strip()
            if value and not value.startswith(("http://", "https://")):
                raise ValidationError({field: "expected an http(s) URL"})
        for field in ("model_id", "context_id"):
            value = (data.get(field) or "").strip()
            if value:
                from ..ceramic import CeramicError, StreamID

                try:
                    StreamID.parse(value)
                except CeramicError:
                    raise ValidationError({field: f"{value!r} is not a Ceramic stream ID"}) from None
        return data


def check_connection(storage: CeramicExportStorage) -> None:
    try:
        storage.validate_connection()
    except CeramicStorageError as exc:
        raise ValidationError(str(exc)) from None
