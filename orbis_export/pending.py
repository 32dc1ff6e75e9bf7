"""Which annotations wait for a person before they can be written to Ceramic, whose they are, and what that person
must do — for the provenance page and the sync job's status.

Source: the database as it is now, through the sync engine's own rules: every annotation whose current version is
not on Ceramic (no synced, undeleted ledger record of that very version), its authorship verdict (who saved the
current content: :func:`orbis_export.authorship.verdicts`) and the signer the engine would choose
(:func:`orbis_export.provenance.choose`). The last job's per-row ``pending_signer`` errors are not the source: a job
sees only its own scope (an automatic export after a save covers one task, ``since`` narrows a run), keeps at most
1000 errors, and its list is stale as soon as a labeler connects a wallet.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.conf import settings

from . import authorship, provenance
from .identity import SignerCache
from .models import LabelerIdentity, SyncRecord

ROWS_PER_PERSON = 200  # rows listed per person (counts stay exact)
BATCH = 500


@dataclass
class PendingRow:
    annotation_id: int
    task_id: int
    user_id: int | None  # who must act (the author of the current version); None: nobody on record
    reason: str


@dataclass
class PendingPerson:
    user_id: int | None
    name: str
    email: str
    count: int = 0
    has_wallet: bool = False
    action: str = ""
    reason: str = ""  # the engine's reason for the first row
    rows: list[PendingRow] = field(default_factory=list)

    @property
    def label(self) -> str:
        if self.user_id is None:
            return "nobody on record"
        return f"{self.name} <{self.email}>" if self.name and self.email and self.name != self.email else (
            self.email or self.name or f"user {self.user_id}")

    def as_dict(self) -> dict[str, Any]:
        return {"userId": self.user_id, "name": self.name, "email": self.email, "label": self.label,
                "count": self.count, "hasWallet": self.has_wallet, "action": self.action, "reason": self.reason,
                "annotations": [r.annotation_id for r in self.rows[:50]]}


@dataclass
class Pending:
    people: list[PendingPerson]
    ready: int  # not on Ceramic in their current version, but the next sync can sign them
    count: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {"count": self.count, "ready": self.ready, "people": [p.as_dict() for p in self.people],
                "source": "now: annotations whose current version is not on Ceramic, checked with the sync's own "
                          "signer rules"}

    @property
    def rows(self) -> list[PendingRow]:
        return [r for p in self.people for r in p.rows]


def display_names(user_ids) -> dict[int, tuple[str, str]]:
    """user id → (name, email) of Label Studio users (name '' when they set none)."""
    from users.models import User

    out = {}
    for uid, first, last, email, username in User.objects.filter(pk__in=[u for u in set(user_ids) if u is not None]
                                                                 ).values_list("id", "first_name", "last_name",
                                                                               "email", "username"):
        name = " ".join(x for x in (first, last) if x).strip()
        out[uid] = (name, email or username or "")
    return out


def _action(person: PendingPerson, fallback: str) -> str:
    if person.user_id is None:
        return ("Nobody on this server saved these versions (imported, or changed by a script): their labeler can "
                "submit them again in Label Studio, or an administrator sets ORBIS_SIGNER_FALLBACK=service to have "
                "the server's declared service DID sign them.")
    who = person.label
    text = (f"{who} logs in to Label Studio, opens the Ceramic menu in the top bar and "
            f"{'reconnects their wallet (their session ended)' if person.has_wallet else 'connects a wallet'}; "
            "then run Save to Ceramic (or the Target Storage's Sync) again: these rows are signed with their own DID.")
    if fallback == "exporter":
        text += " Or a member with a connected wallet starts the sync: they sign these rows, declared as exporter."
    return text


def _current_versions(project) -> dict[int, tuple[int, str]]:
    """annotation id → (task id, its updated_at as the export renders it) of the project's live annotations."""
    from rest_framework import serializers
    from tasks.models import Annotation

    when = serializers.DateTimeField()
    return {aid: (tid, when.to_representation(updated) if updated is not None else "")
            for aid, tid, updated in Annotation.objects.filter(project=project, was_cancelled=False)
            .values_list("id", "task_id", "updated_at")}


def pending_for(project, model_id: str) -> Pending:
    """The project's annotations that wait for a person (grouped by that person), and how many are simply ready."""
    current = _current_versions(project)
    written: set[tuple[int, str]] = set()
    records = SyncRecord.objects.of_annotations().filter(project_id=project.pk, status=SyncRecord.SYNCED, deleted=False)
    if model_id:
        records = records.filter(model_id=model_id)
    for aid, updated in records.values_list("annotation_id", "annotation_updated_at"):
        written.add((aid, updated))
    candidates = sorted(aid for aid, (_, updated) in current.items() if (aid, updated) not in written)
    people: dict[int | None, PendingPerson] = {}
    ready = 0
    cache = SignerCache(model=model_id or None)
    for start in range(0, len(candidates), BATCH):
        batch = candidates[start:start + BATCH]
        for aid, verdict in authorship.verdicts(batch).items():
            choice = provenance.choose(verdict, cache=cache, model=model_id or None)
            if choice.ok:
                ready += 1
                continue
            person = people.get(verdict.author_id)
            if person is None:
                person = people[verdict.author_id] = PendingPerson(verdict.author_id, "", "", reason=choice.reason)
            person.count += 1
            if len(person.rows) < ROWS_PER_PERSON:
                person.rows.append(PendingRow(aid, current[aid][0], verdict.author_id, choice.reason))
    names = display_names(people)
    wallets = set(LabelerIdentity.objects.filter(user_id__in=[u for u in people if u is not None])
                  .values_list("user_id", flat=True))
    fallback = settings.ORBIS.signer_fallback
    for uid, person in people.items():
        person.name, person.email = names.get(uid, ("", "")) if uid is not None else ("", "")
        person.has_wallet = uid in wallets
        person.action = _action(person, fallback)
    ordered = sorted(people.values(), key=lambda p: (p.user_id is None, -p.count, p.label))
    return Pending(ordered, ready, sum(p.count for p in ordered))


__all__ = ["Pending", "PendingPerson", "PendingRow", "pending_for", "display_names"]
