"""Writing: one planned action → one answer from the node. HTTP only, no database: runs on the pool's threads.

Transient faults (:class:`NodeUnavailable`) are retried with backoff; a refusal comes back as a failed
:class:`Outcome` carrying the node's reason.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from ..ceramic import CeramicClient, CeramicError, CommitRejected, StaleTip, StreamID, data_commit
from ..ceramic.streamid import TYPE_MID
from ..retry import retrying
from ..schema import SchemaError
from .plan import Action, content_hash


@dataclass
class Outcome:
    action: Action
    ok: bool
    state_tip: str = ""
    content_hash: str = ""
    wrote: bool = False  # a commit was accepted (False: the node already had it)
    commits: int = 0
    error: CeramicError | None = None
    created_tip: str = ""  # resume: the genesis is on the node (tip) although the follow-up update failed
    created_hash: str = ""
    cancelled: bool = False  # not attempted: the run was cancelled while it waited in the pool's queue


class Writer:
    def __init__(self, client: CeramicClient, model_id: str, *, retries: int, backoff: float,
                 cancelled: Callable[[], bool]):
        self.client, self.model_id = client, model_id
        self.retries, self.backoff, self.cancelled = retries, backoff, cancelled

    def retrying(self, fn: Callable[[], Any]) -> Any:
        return retrying(fn, retries=self.retries, backoff=self.backoff, give_up=self.cancelled)

    def _update_to(self, a: Action, make_content: Callable[[Any], dict]) -> Outcome:
        """Load the stream, and write ``make_content(current)`` unless the node already holds it."""
        stream_id = a.record.stream_id
        for attempt in range(3):
            state = self.retrying(lambda: self.client.load(stream_id))
            current = state.content if isinstance(state.content, dict) else {}
            wanted = make_content(current)
            digest = content_hash(wanted)
            if content_hash(current) == digest:
                return Outcome(a, True, str(state.log[-1]["cid"]), digest, wrote=False)
            update = data_commit(a.choice.signer, stream_id, state.tip, current, wanted, model=self.model_id)
            try:
                after = self.retrying(lambda: self.client.apply(update))
            except StaleTip:
                if attempt == 2:
                    raise
                continue  # an anchor (or another writer) moved the tip: reload and re-sign
            return Outcome(a, True, str(after.log[-1]["cid"]), digest, wrote=True, commits=1)
        raise AssertionError("unreachable")

    def _ensure_created(self, a: Action):
        """Post the recorded genesis (idempotent: the node answers with the existing stream)."""
        sid, genesis = StreamID.parse(a.record.stream_id), a.genesis
        return self.retrying(lambda: self.client.create_stream(genesis, TYPE_MID, expected_id=sid))

    def execute(self, a: Action) -> Outcome:
        if self.cancelled():  # queued before the cancel: not posted (its ledger entry says what to resume)
            return Outcome(a, False, cancelled=True)
        try:
            if a.kind == "create":
                state = self.retrying(lambda: self.client.create(a.prepared))
                return Outcome(a, True, str(state.log[-1]["cid"]), a.hash, wrote=True, commits=1)
            if a.kind == "resume":
                state = self._ensure_created(a)
                on_node = content_hash(state.content if isinstance(state.content, dict) else {})
                if on_node == a.hash:
                    return Outcome(a, True, str(state.log[-1]["cid"]), a.hash, wrote=True, commits=1)
                try:  # the annotation changed after the genesis was recorded
                    out = self._update_to(a, lambda _current: a.content)
                except CeramicError as exc:
                    return Outcome(a, False, error=exc, created_tip=str(state.log[-1]["cid"]), created_hash=on_node)
                out.commits += 1
                return out
            if a.kind == "update":
                return self._update_to(a, lambda _current: a.content)
            if a.kind == "tombstone":
                if a.genesis is not None:  # never confirmed: make sure it exists (idempotent), then mark it
                    self._ensure_created(a)
                return self._update_to(a, lambda current: {**current, "deleted": True})
            raise ValueError(a.kind)
        except CeramicError as exc:
            return Outcome(a, False, error=exc)
        except (SchemaError, ValueError) as exc:  # content that cannot be encoded (our bug or odd data)
            return Outcome(a, False, error=CommitRejected(str(exc)))


__all__ = ["Writer", "Outcome"]
