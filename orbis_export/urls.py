from pathlib import Path

from django.urls import re_path
from django.views.static import serve

from . import views
from .api import annotations as annotations_api, identity as identity_api, suggestions as suggestions_api, \
    sync as sync_api
from .storage.urls import urlpatterns as storage_urlpatterns

STATIC_DIR = Path(__file__).parent / "static" / "orbis_export"

# Label Studio serves /static/ from its own build folder; our files are served from the app, ahead of its route.
urlpatterns = [
    re_path(r"^static/orbis_export/(?P<path>.+)$", serve, {"document_root": STATIC_DIR}),
    # labeler identity: wallet link + server-held DID sessions (trailing slash optional)
    re_path(r"^api/orbis/identity/challenge/?$", identity_api.ChallengeAPI.as_view(), name="orbis-identity-challenge"),
    re_path(r"^api/orbis/identity/session/?$", identity_api.SessionAPI.as_view(), name="orbis-identity-session"),
    re_path(r"^api/orbis/identity/status/?$", identity_api.StatusAPI.as_view(), name="orbis-identity-status"),
    re_path(r"^api/orbis/identity/revoke/?$", identity_api.RevokeAPI.as_view(), name="orbis-identity-revoke"),
    re_path(r"^api/orbis/identity/unlink/?$", identity_api.UnlinkAPI.as_view(), name="orbis-identity-unlink"),
    re_path(r"^api/orbis/identity/audit/?$", identity_api.AuditAPI.as_view(), name="orbis-identity-audit"),
    # sync jobs: start / latest per project, a job's status, cancel (trailing slash optional)
    re_path(r"^api/orbis/projects/(?P<project_id>\d+)/sync/?$", sync_api.ProjectSyncAPI.as_view(),
            name="orbis-project-sync"),
    re_path(r"^api/orbis/jobs/(?P<job_id>\d+)/?$", sync_api.JobAPI.as_view(), name="orbis-sync-job"),
    re_path(r"^api/orbis/jobs/(?P<job_id>\d+)/cancel/?$", sync_api.JobCancelAPI.as_view(),
            name="orbis-sync-job-cancel"),
    # per model version: suggestions made, accepted unchanged, edited, ignored (issue 16)
    re_path(r"^api/orbis/projects/(?P<project_id>\d+)/suggestions/?$", suggestions_api.SuggestionsAPI.as_view(),
            name="orbis-project-suggestions"),
    # provenance page of a project (server-rendered from the sync ledger)
    re_path(r"^projects/(?P<project_id>\d+)/orbis/?$", views.provenance, name="orbis-provenance"),
    # history of one annotation's documents, read from the node
    re_path(r"^projects/(?P<project_id>\d+)/orbis/annotations/(?P<annotation_id>\d+)/?$", views.annotation_history,
            name="orbis-annotation-history"),
    # Ceramic (OrbisDB) Target Storage: /api/storages/export/ceramic…, and the Source type list without Ceramic
    *storage_urlpatterns,
    # members only (issue 12): Label Studio's annotation, draft, task, import and user APIs with the organization
    # rule, on Label Studio's own paths, ahead of its routes
    *annotations_api.urlpatterns,
]
