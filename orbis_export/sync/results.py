"""What a sync run reports: counts, per-row errors, signers used, and the English summary people read."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

MAX_ERRORS_KEPT = 1000  # per-row errors kept in a result (counts stay exact)


@dataclass
class RowError:
    annotation_id: int | None
    task_id: int | None
    annotator: int | None
    kind: str  # pending_signer | invalid | rejected | unavailable | not_attempted | cannot_tombstone
    reason: str
    stream_id: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"annotationId": self.annotation_id, "taskId": self.task_id, "annotator": self.annotator,
                "kind": self.kind, "reason": self.reason, "streamId": self.stream_id or None}


# pending_signer and cannot_tombstone wait for a labeler to connect a wallet: reported, but not failures
FAILURE_KINDS = ("invalid", "rejected", "unavailable", "not_attempted")


@dataclass
class SyncResult:
    project_id: int
    model_id: str
    dry_run: bool = False
    counts: Counter = field(default_factory=Counter)
    signed_by: Counter = field(default_factory=Counter)
    errors: list[RowError] = field(default_factory=list)
    total: int = 0
    done: int = 0
    cancelled: bool = False
    adopted: int = 0  # documents found on the node by reconcile and recorded instead of written again
    node_down: str = ""  # last NodeUnavailable message when the circuit breaker opened

    def error(self, err: RowError) -> None:
        self.counts[err.kind] += 1
        if err.kind in FAILURE_KINDS:
            self.counts["failed"] += 1
        if len(self.errors) < MAX_ERRORS_KEPT:
            self.errors.append(err)

    @property
    def failed(self) -> int:
        return self.counts["failed"]

    @property
    def pending(self) -> int:
        return self.counts["pending_signer"]

    @property
    def status(self) -> str:
        if self.cancelled:
            return "cancelled"
        return "partial" if self.failed else "done"

    @property
    def message(self) -> str:
        c = self.counts
        verb = "would write" if self.dry_run else "wrote"
        parts = [f"{verb} {c['create']} new, {c['update']} updated, {c['tombstone']} tombstoned; "
                 f"{c['unchanged']} unchanged"]
        if self.adopted:
            parts.append(f"{self.adopted} found already on the node and recorded")
        if c["predictions_written"] or c["predictions_unchanged"]:
            parts.append(f"model suggestions: {verb} {c['predictions_written']}, {c['predictions_unchanged']} "
                         "unchanged (each signed by its model version's DID)")
        fallback = {k: n for k, n in self.signed_by.items() if k in ("exporter", "service") and n}
        for kind, n in sorted(fallback.items()):
            who = "the service DID" if kind == "service" else "the user who started the sync"
            parts.append(f"{n} signed by {who} because their author has no usable session")
        if self.signed_by.get("reviewer"):
            parts.append(f"{self.signed_by['reviewer']} signed by the member who edited them (revisions)")
        if self.pending:
            parts.append(f"{self.pending} wait for their labeler (or the member who edited them) to connect a wallet")
        if self.counts["cannot_tombstone"]:
            parts.append(f"{self.counts['cannot_tombstone']} deleted in Label Studio wait for their labeler to "
                         "connect a wallet to be marked deleted")
        if self.failed:
            parts.append(f"{self.failed} failed")
        text = "; ".join(parts) + "."
        if self.node_down:
            text += (f" The Ceramic node became unavailable ({self.node_down}); the remaining rows were not "
                     "attempted. Run the sync again when the node is back: it resumes where it stopped.")
        elif self.failed:
            text += " See the per-row errors; rows that failed for a transient reason are retried on the next sync."
        if self.cancelled:
            text += " Cancelled before the end; run the sync again to finish."
        return text

    def as_dict(self) -> dict[str, Any]:
        return {"projectId": self.project_id, "modelId": self.model_id, "dryRun": self.dry_run,
                "status": self.status, "message": self.message, "counts": counts_dict(self),
                "signedBy": dict(self.signed_by), "errors": [e.as_dict() for e in self.errors]}


def counts_dict(result: SyncResult) -> dict[str, int]:
    keys = ("create", "update", "unchanged", "tombstone", "written", "failed", "pending_signer", "invalid",
            "rejected", "unavailable", "not_attempted", "cannot_tombstone", "cancelled",
            "concurrent")
    out = {k: int(result.counts.get(k, 0)) for k in keys}
    out.update(total=result.total, done=result.done, adopted=result.adopted)
    out.update({f"signed_{kind}": int(result.signed_by.get(kind, 0))
                for kind in ("labeler", "reviewer", "exporter", "service")})
    # model suggestions written as documents in the same run (sync/predictions.py)
    out.update({f"predictions_{kind}": int(result.counts.get(f"predictions_{kind}", 0))
                for kind in ("written", "create", "update", "unchanged", "tombstone")})
    return out


__all__ = ["RowError", "SyncResult", "counts_dict", "FAILURE_KINDS", "MAX_ERRORS_KEPT"]
