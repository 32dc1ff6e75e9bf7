"""Automatic export: an annotation saved or deleted in a project with a Ceramic Target Storage queues one engine run
of that project (the engine writes only what changed, and tombstones annotations that are gone).

Nothing here may break an annotation save: every failure is logged and swallowed, and the work itself runs later
(RQ worker, or a background thread after the transaction commits)."""
from __future__ import annotations

import logging


logger = logging.getLogger(__name__)


def _queue_for(annotation, why: str) -> None:
    try:
        from .functions import enqueue_project_sync
        from .models import CeramicExportStorage

        project_id = annotation.project_id or getattr(annotation.task, "project_id", None)
        if project_id is None:
            return
        for storage_id in CeramicExportStorage.objects.filter(project_id=project_id, auto_export=True) \
                .values_list("id", flat=True):
            enqueue_project_sync(project_id, "auto", None, storage_id, coalesce=True)
    except Exception:  # noqa: BLE001 - a Ceramic problem never breaks labeling
        logger.exception("could not queue the Ceramic export of annotation %s (%s)", annotation.pk, why)


def export_annotation_to_ceramic(sender, instance, **kwargs):
    _queue_for(instance, "saved")


def tombstone_annotation_on_ceramic(sender, instance, **kwargs):
    _queue_for(instance, "deleted")
