"""One signing key per model version and project: made once, stored encrypted, loaded when a suggestion is signed."""
from __future__ import annotations

import os
from typing import Iterable

from django.db import IntegrityError, transaction

from ..ceramic import Ed25519DIDKey
from ..crypto import decrypt_seed, encrypt_seed
from .. import modelregistry
from ..models import ModelVersionKey, ProjectModel, SyncRecord, SyncRecordQuerySet

MODEL_SIGNER = SyncRecordQuerySet.MODEL_SIGNER  # signer_kind of a suggestion's document (ledger and rows)
MAX_VERSION = 1024  # characters of a model_version we sign for (Label Studio's is free text)


def model_key(project_id: int, model_version: str) -> Ed25519DIDKey:
    """The key of ``model_version`` in the project, made on first use (concurrent first uses agree on one)."""
    version = (model_version or "")[:MAX_VERSION]
    entry = ModelVersionKey.objects.filter(project_id=project_id, model_version=version).first()
    if entry is None:
        key = Ed25519DIDKey(os.urandom(32))
        try:
            with transaction.atomic():
                entry = ModelVersionKey.objects.create(project_id=project_id, model_version=version, did=key.did,
                                                       seed=encrypt_seed(key.seed))
            return key
        except IntegrityError:
            entry = ModelVersionKey.objects.get(project_id=project_id, model_version=version)
    return decrypt_seed(entry.seed, expected_did=entry.did)


def model_dids(project_id: int) -> dict[str, str]:
    """model_version → DID, for the project (public: what a reader checks signatures against)."""
    return dict(ModelVersionKey.objects.filter(project_id=project_id).values_list("model_version", "did"))


def prediction_streams(project_id: int, prediction_ids: Iterable[int]) -> dict[int, str]:
    """prediction id → stream ID of its document (in the project's newest predictions model), for these ids."""
    ids = list(prediction_ids)
    model_id = modelregistry.current_model_id(project_id, ProjectModel.PREDICTIONS) if ids else ""
    if not model_id:
        return {}
    return dict(SyncRecord.objects.filter(project_id=project_id, model_id=model_id, signer_kind=MODEL_SIGNER,
                                          annotation_id__in=ids)
                .exclude(stream_id="").values_list("annotation_id", "stream_id"))


__all__ = ["model_key", "model_dids", "prediction_streams", "MODEL_SIGNER"]
