"""Routes of the Ceramic Target Storage (included by orbis_export/urls.py ahead of Label Studio's)."""
from django.urls import path

from . import api

urlpatterns = [
    path("api/storages/types", api.SourceStorageTypesAPI.as_view(), name="orbis-storage-source-types"),
    path("api/storages/export/ceramic", api.CeramicExportStorageListAPI.as_view(), name="orbis-storage-ceramic-list"),
    path("api/storages/export/ceramic/<int:pk>", api.CeramicExportStorageDetailAPI.as_view(),
         name="orbis-storage-ceramic-detail"),
    path("api/storages/export/ceramic/<int:pk>/sync", api.CeramicExportStorageSyncAPI.as_view(),
         name="orbis-storage-ceramic-sync"),
    path("api/storages/export/ceramic/validate", api.CeramicExportStorageValidateAPI.as_view(),
         name="orbis-storage-ceramic-validate"),
    path("api/storages/export/ceramic/form", api.CeramicExportStorageFormLayoutAPI.as_view(),
         name="orbis-storage-ceramic-form"),
]
