"""REST API of the Ceramic Target Storage: Label Studio's generic storage views with our serializer.

Mounted under ``/api/storages/export/ceramic`` ahead of Label Studio's URLs (see ``orbis_export/urls.py``), plus
``/api/storages/types`` without Ceramic (the Source dialog must not offer it) and an import list that is always empty
(Label Studio's storage list needs one for every type; ``None`` breaks ``/api/tasks``).
"""
from __future__ import annotations

from core.permissions import all_permissions
from io_storages.api import (
    ExportStorageDetailAPI,
    ExportStorageFormLayoutAPI,
    ExportStorageListAPI,
    ExportStorageSyncAPI,
    ExportStorageValidateAPI,
)
from projects.models import Project
from rest_framework import generics
from rest_framework.exceptions import PermissionDenied
from rest_framework.response import Response
from rest_framework.views import APIView

from .serializers import CeramicExportStorageSerializer, check_connection


class CeramicExportStorageListAPI(ExportStorageListAPI):
    serializer_class = CeramicExportStorageSerializer


class CeramicExportStorageDetailAPI(ExportStorageDetailAPI):
    serializer_class = CeramicExportStorageSerializer
    queryset = CeramicExportStorageSerializer.Meta.model.objects.all()


class CeramicExportStorageSyncAPI(ExportStorageSyncAPI):
    serializer_class = CeramicExportStorageSerializer

    def post(self, request, *args, **kwargs):
        storage = self.get_object()
        check_connection(storage)  # a readable 400 instead of a 500 when the node or the model is wrong
        storage.sync()
        storage.refresh_from_db()
        return Response(self.serializer_class(storage).data)


class CeramicExportStorageValidateAPI(ExportStorageValidateAPI):
    """Check Connection, with the reason when it fails (Label Studio's generic view hides it)."""

    serializer_class = CeramicExportStorageSerializer

    def create(self, request, *args, **kwargs):
        model = self.serializer_class.Meta.model
        storage_id = request.data.get("id")
        serializer = self.serializer_class(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        if storage_id:
            instance = generics.get_object_or_404(model.objects.all(), pk=storage_id)
            if not instance.has_permission(request.user):
                raise PermissionDenied()
            for key, value in data.items():
                setattr(instance, key, value)  # checked, not saved
        else:
            project = data.get("project")
            if project is not None and not project.has_permission(request.user):
                raise PermissionDenied()
            instance = model(**data)
        check_connection(instance)
        return Response()


class CeramicExportStorageFormLayoutAPI(ExportStorageFormLayoutAPI):
    pass


class _NoImportStorage:
    """Stands for a Ceramic *import* storage, which does not exist: every query is empty."""

    class objects:  # noqa: N801 - mimics a manager
        @staticmethod
        def filter(*args, **kwargs):
            return []

        @staticmethod
        def all():
            return []


class _NoImportSerializer:
    class Meta:
        model = _NoImportStorage


class CeramicNoImportListAPI(APIView):
    """Ceramic is a Target only: as a Source it lists nothing."""

    permission_required = all_permissions.storages_view
    serializer_class = _NoImportSerializer

    def get(self, request, *args, **kwargs):
        return Response([])

    def post(self, request, *args, **kwargs):
        return Response({"detail": "Ceramic (OrbisDB) is a Target Storage only"}, status=405)


class SourceStorageTypesAPI(APIView):
    """``/api/storages/types`` (Source dialog) without Ceramic."""

    permission_required = all_permissions.storages_view

    def get(self, request, *args, **kwargs):
        from io_storages.all_api import _common_storage_list

        return Response([{"name": s["name"], "title": s["title"]} for s in _common_storage_list
                         if s["name"] != "ceramic"])


__all__ = ["CeramicExportStorageListAPI", "CeramicExportStorageDetailAPI", "CeramicExportStorageSyncAPI",
           "CeramicExportStorageValidateAPI", "CeramicExportStorageFormLayoutAPI", "CeramicNoImportListAPI",
           "SourceStorageTypesAPI", "Project"]
