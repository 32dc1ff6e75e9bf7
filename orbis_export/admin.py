"""Django admin: read-only views of labeler identities, sessions and their audit trail.

Secret fields (the encrypted seed) and the nonce hash are never shown; nothing can be added or edited here.
"""
from django.contrib import admin

from .models import IdentityEvent, LabelerIdentity, LabelerSession


class _ReadOnly(admin.ModelAdmin):
    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(LabelerIdentity)
class LabelerIdentityAdmin(_ReadOnly):
    list_display = ("user", "did", "address", "linked_at", "updated_at")
    search_fields = ("address", "did", "user__email")
    fields = ("user", "did", "address", "chain_id", "linked_at", "updated_at")
    readonly_fields = fields


@admin.register(LabelerSession)
class LabelerSessionAdmin(_ReadOnly):
    list_display = ("id", "user", "status", "source", "did", "session_did", "expires_at", "use_count", "created_at")
    list_filter = ("status", "source")
    search_fields = ("did", "address", "session_did", "user__email")
    # no seed_encrypted, no nonce_hash (and the CACAO is summarised by its fields)
    fields = ("user", "status", "source", "did", "address", "session_did", "domain", "resources", "cacao_cid",
              "issued_at", "expires_at", "created_at", "activated_at", "ended_at", "end_reason", "use_count",
              "last_used_at", "nonce_expires_at", "relink")
    readonly_fields = fields
    exclude = ("seed_encrypted", "nonce_hash", "cacao")


@admin.register(IdentityEvent)
class IdentityEventAdmin(_ReadOnly):
    list_display = ("created_at", "user", "event", "did", "count", "session")
    list_filter = ("event",)
    search_fields = ("did", "user__email")
    fields = ("created_at", "user", "event", "did", "count", "session", "detail")
    readonly_fields = fields
