from django.apps import AppConfig


class OrbisExportConfig(AppConfig):
    name = "orbis_export"
    verbose_name = "Orbis export (Ceramic provenance)"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_save, pre_delete
        from tasks.models import Annotation

        from . import authorship

        # every save of an annotation is logged with the user of the request that made it (authorship, issue 12)
        post_save.connect(authorship.on_annotation_saved, sender=Annotation, dispatch_uid="orbis_annotation_saved")
        pre_delete.connect(authorship.on_annotation_deleted, sender=Annotation,
                           dispatch_uid="orbis_annotation_deleted")
