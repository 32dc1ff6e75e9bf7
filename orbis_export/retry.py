"""The one retry rule for transient node faults: try, and on a transient fault wait ``backoff`` seconds (doubled
each time) and try again, at most ``retries`` more times. Used by the sync engine's writer and by loading a model.

Only transient faults are retried (:class:`~orbis_export.ceramic.NodeUnavailable` by default: 5xx, timeouts,
refused connections); a refusal is an answer and comes back at once.
"""
from __future__ import annotations

import time
from typing import Callable, TypeVar

from .ceramic.errors import NodeUnavailable

T = TypeVar("T")


def retrying(fn: Callable[[], T], *, retries: int, backoff: float,
             retry_on: tuple[type[BaseException], ...] = (NodeUnavailable,),
             give_up: Callable[[], bool] | None = None, sleep: Callable[[float], None] = time.sleep) -> T:
    """``fn()``, retried on ``retry_on`` up to ``retries`` times with exponential backoff. ``give_up()`` (e.g. "the
    run was cancelled") is asked before each wait: when it says so, the fault is raised at once."""
    delay = backoff
    for attempt in range(retries + 1):
        try:
            return fn()
        except retry_on:
            if attempt >= retries or (give_up is not None and give_up()):
                raise
            sleep(delay)
            delay *= 2
    raise AssertionError("unreachable")  # the loop returns or raises


__all__ = ["retrying"]
