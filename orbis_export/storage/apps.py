from django.apps import AppConfig


class CeramicStorageConfig(AppConfig):
    """The Ceramic (OrbisDB) Target Storage. Its own app only so that Django loads ``storage/models.py`` without
    ``orbis_export/models.py`` importing it (the storage sits above the sync engine and jobs); its models keep
    ``app_label = "orbis_export"`` and their migrations. Receivers are connected by ``OrbisExportConfig.ready``,
    after the authorship receiver."""

    name = "orbis_export.storage"
    label = "orbis_export_storage"
    verbose_name = "Ceramic (OrbisDB) Target Storage"
