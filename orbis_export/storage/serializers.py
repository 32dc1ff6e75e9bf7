"""Serializer of the Ceramic Target Storage (``type`` is set explicitly: the generic one derives it from a path), and
Check Connection.

Node URLs: a storage may name only the server's node (empty field), the configured node or one listed in
``ORBIS_ALLOWED_NODE_URLS`` (:func:`~orbis_export.storage.functions.node_url_refusal`); anything else is a 400
before any request. Check Connection says what failed ("the Ceramic node at <url> answered HTTP 500") and never
echoes a node's answer body.
"""
from __future__ import annotations

from io_storages.serializers import ExportStorageSerializer
from rest_framework import serializers
from rest_framework.exceptions import ValidationError

from ..ceramic.errors import CeramicError, ExchangeError
from ..target import NO_CONTEXT, node_url_refusal
from .functions import storage_url_refusal
from .models import CeramicExportStorage, CeramicStorageError, node_failure


class CeramicExportStorageSerializer(ExportStorageSerializer):
    type = serializers.ReadOnlyField(default="ceramic")
    effective = serializers.SerializerMethodField()
    orbis = serializers.SerializerMethodField()
    status_text = serializers.SerializerMethodField()

    class Meta:
        model = CeramicExportStorage
        fields = "__all__"

    def get_effective(self, obj) -> dict:
        return obj.effective

    def get_orbis(self, obj) -> dict | None:
        return (obj.meta or {}).get("orbis")

    def get_status_text(self, obj) -> str:
        """The card's status in words when rows wait for their labelers (``Completed — 2 rows wait…``), else empty:
        the web UI shows it in place of Label Studio's one-word status."""
        from .runlog import status_text

        return status_text(obj.status, ((obj.meta or {}).get("orbis") or {}).get("counts") or {})

    def to_internal_value(self, data):
        # the storage form sends empty inputs as "": for the optional number that means "the server's setting"
        if hasattr(data, "get") and data.get("concurrency", None) == "":
            data = {k: v for k, v in data.items()} if not isinstance(data, dict) else dict(data)
            data["concurrency"] = None
        return super().to_internal_value(data)

    def validate(self, data):
        data = super().validate(data)
        for field in ("ceramic_url", "orbisdb_url"):
            if field not in data:
                continue
            value = (data.get(field) or "").strip()
            if value and not value.startswith(("http://", "https://")):
                raise ValidationError({field: "expected an http(s) URL"})
            reason = node_url_refusal(value, field)
            if reason:
                raise ValidationError({field: reason})
            data[field] = value.rstrip("/")
        for field in ("model_id", "context_id"):
            value = (data.get(field) or "").strip()
            if field == "context_id" and value.lower() == NO_CONTEXT:  # no context, even when the server has one
                data[field] = NO_CONTEXT
                continue
            if value:
                from ..ceramic import CeramicError, StreamID

                try:
                    StreamID.parse(value)
                except CeramicError:
                    raise ValidationError({field: f"{value!r} is not a Ceramic stream ID"}) from None
        return data


def refuse_disallowed_nodes(storage: CeramicExportStorage) -> None:
    """400 when the storage names a node the server must not send requests to (before any request)."""
    refused = storage_url_refusal(storage)
    if refused:
        raise ValidationError(refused)


def check_connection(storage: CeramicExportStorage) -> None:
    """Check Connection (also run before every Sync): allowed node URLs only, then the node's health (our own probe,
    so nothing of a node's answer is echoed), then the model and the project's rows (Label Studio's hook)."""
    refuse_disallowed_nodes(storage)
    try:
        client = storage.client()
    except CeramicError:
        raise ValidationError({"ceramic_url": "not a usable Ceramic node URL"}) from None
    url = client.url
    try:
        try:
            alive = client.healthcheck()
        except CeramicError as exc:
            raise ValidationError(node_failure("Ceramic node", url, exc)) from None
        if not alive:
            raise ValidationError(f"the server at {url} answered, but not as a Ceramic node (its health check "
                                  f"did not say Alive!)")
        try:
            storage.validate_connection(client=client)
        except CeramicStorageError as exc:
            cause = exc.__context__  # what the node itself answered, if anything: never shown
            if isinstance(cause, CeramicError):
                raise ValidationError(node_failure("Ceramic node", url, cause)) from None
            if isinstance(cause, ExchangeError):
                raise ValidationError(node_failure("OrbisDB node", storage.effective["orbisdb_url"], cause)) from None
            raise ValidationError(str(exc)) from None
    finally:
        client.close()
