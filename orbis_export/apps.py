from django.apps import AppConfig


class OrbisExportConfig(AppConfig):
    name = "orbis_export"
    verbose_name = "Orbis export (Ceramic provenance)"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
        from tasks.models import Annotation, Prediction

        from . import authorship
        from .predictions import receivers as prediction_receivers
        from .storage import receivers

        # Order matters: a save is on record (who saved it, issue 12) before anything reacts to it, e.g. the
        # automatic export below, which may sync at once when no transaction is open.
        post_save.connect(authorship.on_annotation_saved, sender=Annotation, dispatch_uid="orbis_annotation_saved")
        pre_delete.connect(authorship.on_annotation_deleted, sender=Annotation,
                           dispatch_uid="orbis_annotation_deleted")
        post_save.connect(receivers.export_annotation_to_ceramic, sender=Annotation,
                          dispatch_uid="orbis_ceramic_export_on_save")
        post_delete.connect(receivers.tombstone_annotation_on_ceramic, sender=Annotation,
                            dispatch_uid="orbis_ceramic_tombstone_on_delete")
        pre_save.connect(prediction_receivers.drop_non_finite_score, sender=Prediction,
                         dispatch_uid="orbis_prediction_finite_score")
