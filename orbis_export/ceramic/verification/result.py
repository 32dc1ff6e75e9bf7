"""What a stream verification reports: one verdict per stream, one report per commit, one reason per failure kind."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any


class Reason(str, Enum):
    """Machine-readable failure kinds (the value is what ``as_dict`` and ``--json`` print)."""

    # the stream could not be checked
    NODE_UNAVAILABLE = "node_unavailable"  # the node did not answer (retry later)
    UNREADABLE = "unreadable"  # the node answered but gave no usable commit list (unknown stream, bad answer)
    CACAO_UNAVAILABLE = "cacao_unavailable"  # no block source holds the CACAO a commit names: pass ``blocks=``
    # the stream is not what it claims to be
    STREAM_ID_MISMATCH = "stream_id_mismatch"  # the genesis does not hash to the stream ID
    MALFORMED_COMMIT = "malformed_commit"
    CID_MISMATCH = "cid_mismatch"  # a commit's content does not hash to the CID the node lists for it
    BAD_GENESIS = "bad_genesis"  # missing/extra controllers, no model, data in an unsigned genesis, ...
    WRONG_MODEL = "wrong_model"  # the genesis names another model than the one asked for
    BROKEN_LINK = "broken_link"  # `prev` is not the previous commit or `id` is not the genesis
    STATE_MISMATCH = "state_mismatch"  # the node's content/controller differs from what the signed commits give
    # signatures
    PAYLOAD_MISMATCH = "payload_mismatch"  # the JWS payload is not the CID of the linked block
    UNSUPPORTED_SIGNER = "unsupported_signer"  # not EdDSA with an Ed25519 did:key
    BAD_SIGNATURE = "bad_signature"  # the JWS signature is not the kid's
    SIGNER_NOT_CONTROLLER = "signer_not_controller"  # a did:key controller, signed by another key
    # the capability (CACAO) that lets a session key write as the wallet
    CACAO_MISSING = "cacao_missing"  # a did:pkh stream commit without a `cap`
    CACAO_MISMATCH = "cacao_mismatch"  # the CACAO block given with the commit is not the one `cap` names
    CACAO_MALFORMED = "cacao_malformed"
    CACAO_WRONG_ADDRESS = "cacao_wrong_address"  # issued by another account than the stream's controller
    CACAO_BAD_SIWE_SIGNATURE = "cacao_bad_siwe_signature"  # the SIWE signature does not recover to the issuer
    CACAO_WRONG_AUDIENCE = "cacao_wrong_audience"  # delegates to another key than the one that signed
    CACAO_RESOURCE = "cacao_resource"  # its resources do not cover the stream or its model
    CACAO_NOT_YET_VALID = "cacao_not_yet_valid"
    CACAO_EXPIRED = "cacao_expired"
    # anchors
    ANCHOR_PROOF_MISMATCH = "anchor_proof_mismatch"  # the proof's Merkle path does not lead to the anchored commit

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Failure:
    reason: Reason
    message: str
    index: int | None = None  # position of the failing commit in the log (0 = genesis); None: the whole stream
    cid: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"reason": self.reason.value, "message": self.message, "index": self.index, "cid": self.cid}

    def __str__(self) -> str:
        where = f"commit {self.index} ({self.cid})" if self.index is not None else "stream"
        return f"{where}: {self.reason.value}: {self.message}"


@dataclass(frozen=True)
class AnchorReport:
    """An anchor commit as the node reports it. ``chain_id``/``tx_hash`` come from the proof block when a block
    source has it, else from the node's state for the latest anchor; ``path_checked`` says the proof's Merkle
    path was walked from its root to the anchored commit (the transaction itself is not looked up on chain)."""

    index: int
    cid: str
    proof_cid: str
    path: str
    chain_id: str | None = None
    tx_hash: str | None = None
    root: str | None = None
    anchored_at: datetime | None = None
    path_checked: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {"index": self.index, "cid": self.cid, "proof": self.proof_cid, "path": self.path,
                "chainId": self.chain_id, "txHash": self.tx_hash, "root": self.root,
                "anchoredAt": _iso(self.anchored_at), "pathChecked": self.path_checked}


@dataclass(frozen=True)
class CommitReport:
    """One commit of the log and what was established about it."""

    index: int
    cid: str
    kind: str  # genesis | data | anchor
    signer: str | None = None  # the did:key whose signature was checked (None: unsigned genesis, anchor)
    capability: str | None = None  # CID of the CACAO the signer wrote under
    anchored_at: datetime | None = None  # the node's anchor time for this commit (None: not anchored yet)
    ok: bool = True

    def as_dict(self) -> dict[str, Any]:
        return {"index": self.index, "cid": self.cid, "kind": self.kind, "signer": self.signer,
                "capability": self.capability, "anchoredAt": _iso(self.anchored_at), "ok": self.ok}


@dataclass(frozen=True)
class StreamVerdict:
    """The outcome for one stream. ``verified`` is True only when every commit passed every check."""

    stream_id: str
    verified: bool
    controller: str | None = None
    model: str | None = None
    commits: tuple[CommitReport, ...] = ()
    failures: tuple[Failure, ...] = ()
    anchors: tuple[AnchorReport, ...] = ()
    content: Any = field(default=None, compare=False)  # the content the verified commits produce (None if not verified)
    checked_at: datetime | None = None

    @property
    def commit_count(self) -> int:
        return len(self.commits)

    @property
    def failure(self) -> Failure | None:
        return self.failures[0] if self.failures else None

    @property
    def reason(self) -> Reason | None:
        return self.failures[0].reason if self.failures else None

    @property
    def controller_kind(self) -> str | None:
        """``wallet`` (did:pkh: a wallet delegated to session keys) or ``key`` (a bare did:key, e.g. a service)."""
        if not self.controller:
            return None
        return "wallet" if self.controller.startswith("did:pkh:") else "key"

    def summary(self) -> str:
        """One line: what a person scanning a list of streams needs."""
        if self.verified:
            anchored = sum(1 for a in self.anchors)
            return (f"{self.stream_id} verified: {self.commit_count} commits, controller {self.controller}, "
                    f"model {self.model}" + (f", {anchored} anchor{'s' if anchored != 1 else ''}" if anchored else ""))
        return f"{self.stream_id} FAILED: {self.failure}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "streamId": self.stream_id,
            "verified": self.verified,
            "controller": self.controller,
            "controllerKind": self.controller_kind,
            "model": self.model,
            "commitCount": self.commit_count,
            "reason": self.reason.value if self.reason else None,
            "failures": [f.as_dict() for f in self.failures],
            "commits": [c.as_dict() for c in self.commits],
            "anchors": [a.as_dict() for a in self.anchors],
            "checkedAt": _iso(self.checked_at),
        }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value is not None else None


__all__ = ["AnchorReport", "CommitReport", "Failure", "Reason", "StreamVerdict"]
