"""A guard on every prediction Label Studio stores, whoever sends it (an ML backend, an import, the API)."""
from __future__ import annotations

import logging
import math

logger = logging.getLogger(__name__)


def drop_non_finite_score(sender, instance, **kwargs) -> None:
    """A NaN/Infinity score is kept by Label Studio 1.23.2 and then breaks its task APIs (``Out of range float values
    are not JSON compliant``): labeling the project stops. Store no score instead, and say so in the log."""
    score = instance.score
    if score is not None and isinstance(score, float) and not math.isfinite(score):
        logger.warning("prediction of task %s (model version %r): score %r is not a finite number; stored without a "
                       "score", instance.task_id, instance.model_version, score)
        instance.score = None
