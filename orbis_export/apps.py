from django.apps import AppConfig


class OrbisExportConfig(AppConfig):
    name = "orbis_export"
    verbose_name = "Orbis export (Ceramic provenance)"
    default_auto_field = "django.db.models.BigAutoField"
