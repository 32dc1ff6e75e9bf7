"""Database models of orbis_export.

Sections (keep them apart; each has its own owner):
  * Labeler identity: wallet links, server-held DID sessions, audit trail (issue 4)
  * (sync models are added below by the sync engine)
"""
from __future__ import annotations

from django.conf import settings
from django.db import models

# ====================================================================================================
# Labeler identity — wallet links, server-held DID sessions, audit trail
# ====================================================================================================


class LabelerIdentity(models.Model):
    """The wallet (did:pkh) a Label Studio user proved they control. Changing it is an explicit re-link."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="orbis_identity")
    # lowercase 0x address; one Label Studio user per wallet
    address = models.CharField(max_length=42, unique=True)
    chain_id = models.CharField(max_length=16, default="1")
    did = models.CharField(max_length=128, db_index=True, help_text="did:pkh:eip155:<chain>:<address>")
    linked_at = models.DateTimeField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "labeler identity"
        verbose_name_plural = "labeler identities"

    def __str__(self) -> str:
        return f"{self.user_id} → {self.did}"


class LabelerSessionQuerySet(models.QuerySet):
    """The questions identity asks about sessions, named once (``LabelerSession.objects.of(user).active()``)."""

    def of(self, user) -> "LabelerSessionQuerySet":
        """Sessions of ``user`` (a user or a user id)."""
        return self.filter(user_id=getattr(user, "pk", user))

    def active(self) -> "LabelerSessionQuerySet":
        """Sessions that may sign (their seed is held)."""
        return self.filter(status=LabelerSession.ACTIVE)

    def pending(self) -> "LabelerSessionQuerySet":
        """Open challenges: a session key made and a nonce issued, nothing signed yet."""
        return self.filter(status=LabelerSession.PENDING)

    def signed(self) -> "LabelerSessionQuerySet":
        """Sessions a wallet signed: active or ended (everything but open challenges)."""
        return self.exclude(status=LabelerSession.PENDING)

    def past_expiry(self, now) -> "LabelerSessionQuerySet":
        """Active sessions whose expiry has passed (to be ended as expired)."""
        return self.active().filter(expires_at__lte=now)

    def stale_challenges(self, now) -> "LabelerSessionQuerySet":
        """Open challenges whose nonce has expired."""
        return self.pending().filter(nonce_expires_at__lte=now)

    def holding_keys(self) -> "LabelerSessionQuerySet":
        """Rows that still hold an encrypted session key."""
        return self.exclude(seed_encrypted="")

    def newest(self) -> "LabelerSessionQuerySet":
        return self.order_by("-created_at", "-id")

    def current(self) -> "LabelerSession | None":
        """The newest active session (the one that signs), or None."""
        return self.active().order_by("-activated_at", "-id").first()

    def end(self, status: str, reason: str, now) -> int:
        """End these sessions if still active: new ``status``, seed wiped, end time and reason. Returns how many."""
        return self.active().update(status=status, seed_encrypted="", ended_at=now, end_reason=reason[:200])


class LabelerSession(models.Model):
    """A session key the server holds for a user, and the wallet's delegation (CACAO) to it.

    ``pending`` rows are open challenges (seed made, nonce issued, nothing signed yet). The seed is stored
    only as a Fernet token and wiped when the session ends (revoked / expired / superseded).
    """

    PENDING, ACTIVE, REVOKED, EXPIRED, SUPERSEDED = "pending", "active", "revoked", "expired", "superseded"
    STATUSES = [(s, s) for s in (PENDING, ACTIVE, REVOKED, EXPIRED, SUPERSEDED)]
    FROM_CHALLENGE, FROM_IMPORT = "challenge", "import"
    SOURCES = [(s, s) for s in (FROM_CHALLENGE, FROM_IMPORT)]

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="orbis_sessions")
    status = models.CharField(max_length=16, choices=STATUSES, default=PENDING, db_index=True)
    source = models.CharField(max_length=16, choices=SOURCES, default=FROM_CHALLENGE)
    session_did = models.CharField(max_length=128, help_text="did:key of the session key (the CACAO audience)")
    address = models.CharField(max_length=42, help_text="lowercase wallet address")
    did = models.CharField(max_length=128, blank=True, help_text="did:pkh the session writes as (CACAO issuer)")
    # one-time challenge: sha256 of the nonce, its expiry, and whether it may change the linked wallet
    nonce_hash = models.CharField(max_length=64, unique=True, null=True, blank=True)
    nonce_expires_at = models.DateTimeField(null=True, blank=True)
    relink = models.BooleanField(default=False)
    domain = models.CharField(max_length=255)
    resources = models.JSONField(default=list)
    # secret: Fernet token of the 32-byte seed; '' once the session has ended
    seed_encrypted = models.TextField(blank=True, default="")
    # public (sent with every commit); null while pending
    cacao = models.JSONField(null=True, blank=True)
    cacao_cid = models.CharField(max_length=100, unique=True, null=True, blank=True)
    issued_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    activated_at = models.DateTimeField(null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    end_reason = models.CharField(max_length=200, blank=True, default="")
    use_count = models.PositiveBigIntegerField(default=0)
    last_used_at = models.DateTimeField(null=True, blank=True)

    objects = LabelerSessionQuerySet.as_manager()

    class Meta:
        indexes = [models.Index(fields=["user", "status"], name="orbis_session_user_status")]
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"session {self.pk} of user {self.user_id} ({self.status}, {self.did or self.address})"


class IdentityEvent(models.Model):
    """Audit trail of identity and session changes and of session use (counts, one event per run)."""

    LINKED, RELINKED, UNLINKED = "linked", "relinked", "unlinked"
    SESSION_CREATED, SESSION_IMPORTED = "session_created", "session_imported"
    REVOKED, EXPIRED, SUPERSEDED, USED = "revoked", "expired", "superseded", "used"
    EVENTS = [(e, e) for e in (LINKED, RELINKED, UNLINKED, SESSION_CREATED, SESSION_IMPORTED, REVOKED, EXPIRED,
                               SUPERSEDED, USED)]

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="orbis_identity_events")
    session = models.ForeignKey(LabelerSession, on_delete=models.SET_NULL, null=True, blank=True,
                                related_name="events")
    event = models.CharField(max_length=32, choices=EVENTS)
    did = models.CharField(max_length=128, blank=True, default="")
    count = models.PositiveIntegerField(default=1)
    # never secrets: ids, DIDs, addresses, reasons, counts
    detail = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.event} (user {self.user_id})"


# ====================================================================================================
# (end of labeler identity section)
# ====================================================================================================


# ====================================================================================================
# Sync — the ledger (annotation ↔ Ceramic stream) and sync jobs (issue 5; owner: sync engine)
# ====================================================================================================


class SyncRecordQuerySet(models.QuerySet):
    MODEL_SIGNER = "model"  # a prediction's document (issue 16): annotation_id holds the prediction id

    def of_annotations(self):
        """Documents of annotations (people's rows), not of model suggestions."""
        return self.exclude(signer_kind=self.MODEL_SIGNER)

    def of_predictions(self):
        return self.filter(signer_kind=self.MODEL_SIGNER)


class SyncRecord(models.Model):
    """One Ceramic document of one annotation (or, with ``signer_kind`` ``model``, of one prediction: its
    ``annotation_id`` then holds the prediction id), under one controller, in one model.

    Written *before* anything is posted: a create records the predicted stream ID and the exact signed genesis
    (``genesis``), an update records the content hash it is about to write (``pending_hash``), so a run killed
    between the node accepting a write and us recording it is finished by re-posting the very same genesis
    (idempotent) or by comparing the stream's content with ``pending_hash``.
    """

    class Status(models.TextChoices):
        CREATING = "creating", "creating"  # genesis recorded, not yet confirmed by the node
        SYNCED = "synced", "synced"  # the node holds content_hash at tip
        UPDATING = "updating", "updating"  # a commit of pending_hash is (or may be) on its way
        FAILED = "failed", "failed"  # the last write failed; last_error / error_kind say why
        SUPERSEDED = "superseded", "superseded"  # replaced by a document under another DID that we cannot tombstone

    CREATING, SYNCED, UPDATING, FAILED, SUPERSEDED = (Status.CREATING, Status.SYNCED, Status.UPDATING, Status.FAILED,
                                                      Status.SUPERSEDED)
    STATUSES = Status.choices

    objects = SyncRecordQuerySet.as_manager()

    project_id = models.IntegerField(db_index=True)
    task_id = models.IntegerField()
    annotation_id = models.IntegerField(db_index=True)
    annotator_id = models.IntegerField(null=True, blank=True)
    model_id = models.CharField(max_length=100)
    controller = models.CharField(max_length=200, help_text="DID the stream is controlled by (signer of its commits)")
    signer_kind = models.CharField(max_length=16, blank=True, default="",
                                   help_text="labeler / reviewer / exporter / service (annotator: before issue 12)")
    # whose saved version the document holds (None: nobody is recorded as having saved it), and how it came about
    author_id = models.IntegerField(null=True, blank=True)
    origin = models.CharField(max_length=16, blank=True, default="")
    stream_id = models.CharField(max_length=100, db_index=True)
    status = models.CharField(max_length=16, choices=STATUSES, default=CREATING, db_index=True)
    # exact signed genesis (js-ceramic HTTP form) while the create is not confirmed; emptied afterwards
    genesis = models.JSONField(null=True, blank=True)
    content_hash = models.CharField(max_length=64, blank=True, default="", help_text="what the node holds")
    pending_hash = models.CharField(max_length=64, blank=True, default="", help_text="what we are writing")
    deleted = models.BooleanField(default=False, help_text="a tombstone (deleted: true) is on the node")
    annotation_updated_at = models.CharField(max_length=64, blank=True, default="")
    tip = models.CharField(max_length=100, blank=True, default="")
    commits = models.PositiveIntegerField(default=0, help_text="commits we wrote to the stream")
    last_error = models.TextField(blank=True, default="")
    error_kind = models.CharField(max_length=32, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    synced_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["annotation_id", "controller", "model_id"],
                                    name="orbis_sync_one_stream_per_annotation_controller_model"),
        ]
        indexes = [models.Index(fields=["project_id", "model_id"], name="orbis_sync_project_model")]

    def __str__(self) -> str:
        return f"annotation {self.annotation_id} → {self.stream_id} ({self.status})"

    # --- the state machine: every change of status goes through these (exactly-once depends on them) ----------------

    def mark_creating(self, *, stream_id: str, genesis: dict, pending_hash: str, annotation_updated_at: str) -> None:
        """A create about to be posted: the predicted stream ID and the exact signed genesis (saved by the caller,
        in the batch's transaction, before anything is posted)."""
        self.stream_id, self.genesis, self.status = stream_id, genesis, self.Status.CREATING
        self.pending_hash, self.annotation_updated_at = pending_hash, annotation_updated_at

    def mark_updating(self, pending_hash: str) -> None:
        """A commit of ``pending_hash`` is about to be posted (on resume: skipped if the node already holds it)."""
        self.pending_hash, self.status = pending_hash, self.Status.UPDATING
        self.save(update_fields=["pending_hash", "status", "updated_at"])

    def mark_synced(self, *, tip: str, content_hash: str, commits: int, deleted: bool, synced_at,
                    annotation_updated_at: str = "") -> None:
        """The node holds ``content_hash`` at ``tip`` (``commits``: how many of ours this write added)."""
        self.status, self.content_hash, self.pending_hash, self.genesis = self.Status.SYNCED, content_hash, "", None
        self.tip, self.commits, self.deleted = tip, self.commits + commits, deleted
        self.last_error = self.error_kind = ""
        self.synced_at = synced_at
        if annotation_updated_at:
            self.annotation_updated_at = annotation_updated_at
        self.save()

    def mark_failed(self, kind: str, message: str, *, creating: bool, created_tip: str = "",
                    created_hash: str = "") -> None:
        """A write failed. ``creating``: it was the create (or resume) of this stream; ``created_tip``: the genesis
        reached the node although the update after it failed."""
        if created_tip:
            self.tip, self.content_hash, self.genesis = created_tip, created_hash, None
            self.commits += 1
            self.status = self.Status.UPDATING
        elif self.status == self.Status.CREATING and creating:
            if kind == "rejected":  # refused for good: the node does not hold it; the next run signs afresh
                self.status, self.genesis = self.Status.FAILED, None
            # unavailable: keep the genesis and status, the next run re-posts the very same bytes
        else:
            self.status = self.Status.FAILED if not self.tip else self.Status.UPDATING
        self.last_error, self.error_kind = message[:2000], kind
        self.save()

    def mark_superseded(self, reason: str) -> None:
        self.status, self.last_error = self.Status.SUPERSEDED, reason
        self.save(update_fields=["status", "last_error", "updated_at"])

    def mark_for_resend(self, kind: str, detail: str) -> bool:
        """Make the next sync re-send this document (``orbis_verify --repair``). ``kind``: missing (the stream is
        not on the node: a fresh one is created, reusing this row) or stale / not_tombstoned (the engine loads the
        stream and writes the wanted content unless the node already holds it). Returns whether it changed."""
        if kind == "missing" and self.status != self.Status.CREATING:
            self.status, self.tip, self.genesis, self.content_hash, self.pending_hash = self.Status.FAILED, "", None, "", ""
        elif kind in ("stale", "not_tombstoned"):
            self.status = self.Status.UPDATING
        else:
            return False
        self.deleted = False
        self.last_error, self.error_kind = f"verify: {detail}", kind
        self.save()
        return True


class SyncJob(models.Model):
    """One run of the sync engine for one project, whatever asked for it (:class:`Trigger`; see ``jobs.py``).

    At most one job per project is queued or running: a partial unique index, so the database decides."""

    class Trigger(models.TextChoices):
        API = "api", "sync API / Save to Ceramic"
        CLI = "cli", "manage.py orbis_sync"
        STORAGE = "storage", "Target Storage sync"
        AUTO = "auto", "automatic export on save or delete"
        VERIFY = "verify", "manage.py orbis_verify --repair / --reconcile"

    QUEUED, RUNNING, DONE, PARTIAL, FAILED, CANCELLED, INTERRUPTED = (
        "queued", "running", "done", "partial", "failed", "cancelled", "interrupted")
    STATUSES = [(s, s) for s in (QUEUED, RUNNING, DONE, PARTIAL, FAILED, CANCELLED, INTERRUPTED)]
    ACTIVE = (QUEUED, RUNNING)

    project = models.ForeignKey("projects.Project", on_delete=models.CASCADE, related_name="orbis_sync_jobs")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="orbis_sync_jobs")
    trigger = models.CharField(max_length=16, choices=Trigger.choices, default=Trigger.API)
    status = models.CharField(max_length=16, choices=STATUSES, default=QUEUED, db_index=True)
    dry_run = models.BooleanField(default=False)
    since = models.DateTimeField(null=True, blank=True)
    model_id = models.CharField(max_length=100, blank=True, default="")
    counts = models.JSONField(default=dict, blank=True)
    errors = models.JSONField(default=list, blank=True)  # per-row: annotation, task, annotator, kind, reason
    message = models.TextField(blank=True, default="")
    cancel_requested = models.BooleanField(default=False)
    # who runs it: a job whose process is gone (same host, dead pid) or silent too long is "interrupted"
    host = models.CharField(max_length=255, blank=True, default="")
    pid = models.IntegerField(null=True, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["project"], condition=models.Q(status__in=["queued", "running"]),
                                    name="orbis_sync_one_active_job_per_project"),
        ]

    def __str__(self) -> str:
        return f"sync job {self.pk} of project {self.project_id} ({self.status})"


# ====================================================================================================
# Authorship — who saved each version of an annotation on this server (issue 12)
# ====================================================================================================


class AnnotationSave(models.Model):
    """One save (or deletion) of a Label Studio annotation, as this server saw it.

    ``saved_by`` is the user authenticated on the request that saved it (Label Studio's thread-local request), or
    the user named by trusted server code (:func:`orbis_export.authorship.acting_as`); never a field of the request
    body. ``claimed_id`` is what Label Studio holds as the labeler (``completed_by``), which a caller can set.
    ``version_hash`` fingerprints the annotation's result and its task's data at that moment, so the sync engine can
    tell whether what it is about to sign is exactly what this user saved."""

    VIA_REQUEST, VIA_ADMIN, VIA_SCRIPT, VIA_NONE = "request", "admin", "script", "none"
    VIAS = [(v, v) for v in (VIA_REQUEST, VIA_ADMIN, VIA_SCRIPT, VIA_NONE)]
    SAVED, CREATED, DELETED = "saved", "created", "deleted"
    EVENTS = [(e, e) for e in (SAVED, CREATED, DELETED)]

    annotation_id = models.IntegerField(db_index=True)
    project_id = models.IntegerField(null=True, blank=True)
    task_id = models.IntegerField(null=True, blank=True)
    event = models.CharField(max_length=16, choices=EVENTS, default=SAVED)
    saved_by = models.IntegerField(null=True, blank=True, help_text="Label Studio user id authenticated on the save")
    claimed_id = models.IntegerField(null=True, blank=True, help_text="completed_by at that moment (client-settable)")
    via = models.CharField(max_length=16, choices=VIAS, default=VIA_NONE)
    path = models.CharField(max_length=200, blank=True, default="", help_text="request path (no query string)")
    version_hash = models.CharField(max_length=64, blank=True, default="")
    saved_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"annotation {self.annotation_id} {self.event} by {self.saved_by} via {self.via}"


# ====================================================================================================
# Row models per project — which model a project's rows go to, and its earlier versions (issue 14)
# ====================================================================================================


class ProjectModel(models.Model):
    """A row model deployed (or checked) for a project: one entry per model version.

    A model's stream ID follows from its definition, so a changed label config (a control added, a choice renamed) or
    new data columns give a new model: the next ``version``, linked to the one before (``previous_model_id``). The
    newest entry is where the project's rows go unless a Target Storage or the command line names another model;
    documents already written stay in the older model and the new ones point to them (``migrated_from``)."""

    ANNOTATIONS, PREDICTIONS = "annotations", "predictions"
    KINDS = [(k, k) for k in (ANNOTATIONS, PREDICTIONS)]

    project_id = models.IntegerField(db_index=True)
    kind = models.CharField(max_length=16, choices=KINDS, default=ANNOTATIONS, help_text="what its documents hold")
    model_id = models.CharField(max_length=100)
    version = models.PositiveIntegerField(default=1)
    previous_model_id = models.CharField(max_length=100, blank=True, default="")
    config_hash = models.CharField(max_length=64, blank=True, default="", help_text="sha256 of the label config")
    definition = models.JSONField(default=dict, blank=True)
    changes = models.JSONField(default=list, blank=True, help_text="what changed since the previous version")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["project_id", "kind", "-version"]
        constraints = [models.UniqueConstraint(fields=["project_id", "model_id"], name="orbis_one_entry_per_model")]

    def __str__(self) -> str:
        return f"project {self.project_id} model v{self.version} {self.model_id}"


class ModelVersionKey(models.Model):
    """The did:key that signs the documents of one model version's suggestions in a project (issue 16).

    One key per (project, model_version): a dataset shows by signature which rows a model wrote and which a person
    did. Only the seed is secret; it is stored encrypted like session seeds (``crypto.encrypt_seed``)."""

    project_id = models.IntegerField(db_index=True)
    model_version = models.TextField()
    did = models.CharField(max_length=200)
    seed = models.TextField(help_text="Fernet token of the 32-byte seed (ORBIS_SECRET_KEY)")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["project_id", "model_version"],
                                               name="orbis_one_key_per_model_version")]

    def __str__(self) -> str:
        return f"project {self.project_id} model version {self.model_version!r} → {self.did}"


# ====================================================================================================
# (end of sync section)
# ====================================================================================================
# The Ceramic Target Storage's models live in orbis_export/storage/models.py, loaded by its own app config
# (orbis_export.storage in INSTALLED_APPS; app_label stays orbis_export), so this module imports nothing above it.
