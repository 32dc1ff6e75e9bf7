"""How one sync run is asked for (every trigger builds one of these)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Callable, Iterable

from ..ceramic import CeramicClient
from ..target import SyncTarget
from .results import SyncResult


@dataclass
class SyncOptions:
    dry_run: bool = False
    since: datetime | None = None
    task_ids: Iterable[int] | None = None  # only these tasks (e.g. one annotation saved, from a Target Storage)
    exporter: Any = None  # the user who started the sync (for the 'exporter' signer fallback)
    concurrency: int | None = None  # default: settings.ORBIS.sync_concurrency
    retries: int = 3  # per request, transient faults only
    backoff: float = 0.5  # seconds, doubled per retry
    breaker: int = 0  # consecutive rows failing as unavailable before the rest are not attempted (0: auto)
    reconcile: bool | None = None  # None: when the ledger has no record of this project
    progress: Callable[[SyncResult], None] | None = None
    should_cancel: Callable[[], bool] | None = None
    client: CeramicClient | None = None
    fast_path: bool = True  # skip annotations the ledger shows unchanged without serializing them (see plan.py)
    target: SyncTarget | None = None  # where to write (default: the server's settings, see target.py)
    model_id: str | None = None  # default: the target's (a shortcut for tests and scripts)
    context_id: str | None = None  # default: the target's ("": no context)


__all__ = ["SyncOptions"]
