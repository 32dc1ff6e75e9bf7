"""REST API of the Ceramic Target Storage: Label Studio's generic storage views with our serializer.

Mounted under ``/api/storages/export/ceramic`` ahead of Label Studio's URLs (see ``orbis_export/urls.py``), plus
``/api/storages/types`` without Ceramic (the Source dialog must not offer it) and an import list that is always empty
(Label Studio's storage list needs one for every type; ``None`` breaks ``/api/tasks``).

Security (Label Studio's open-source permission checks let every logged-in user in):

* **membership**: every view answers only about storages of projects whose organization the user is a member of —
  the rule of the sync API (:func:`orbis_export.api.base.visible_project`); everyone else gets 404, whether they
  come with a session, a legacy ``Token`` or a personal access token (``Bearer``);
* **CSRF** on every state-changing request authenticated by the browser session (``Token``/``Bearer`` API clients
  need none, as DRF intends); Label Studio's ``DisableCSRF`` middleware would otherwise turn it off;
* **node URLs**: only the server's node, the configured one or ``ORBIS_ALLOWED_NODE_URLS``, checked before any
  request (:mod:`orbis_export.storage.serializers`).
"""
from __future__ import annotations

from core.permissions import all_permissions
from io_storages.api import (
    ExportStorageDetailAPI,
    ExportStorageFormLayoutAPI,
    ExportStorageListAPI,
    ExportStorageSyncAPI,
    ExportStorageValidateAPI,
)
from projects.models import Project
from rest_framework import generics
from rest_framework.authentication import BaseAuthentication, SessionAuthentication
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.views import APIView

from ..api.base import ApiError, member, visible_project
from .serializers import CeramicExportStorageSerializer, check_connection


# --- who may call: authentication without CSRF holes, organization membership ---------------------------------------
class LabelStudioBearerAuthentication(BaseAuthentication):
    """A request Label Studio's ``JWTAuthenticationMiddleware`` authenticated with a personal access token
    (``Authorization: Bearer …``; it sets ``request.is_jwt``). An API client, not a browser session: no CSRF, like
    DRF's token authentication. Without this, DRF's SessionAuthentication would take the middleware's user and ask
    the API client for a CSRF token."""

    def authenticate(self, request):
        raw = request._request
        user = getattr(raw, "user", None)
        if getattr(raw, "is_jwt", False) and user is not None and getattr(user, "is_active", False):
            return user, None
        return None

    def authenticate_header(self, request):
        return "Bearer"


def _authentication_classes() -> list:
    """Label Studio's authentication classes (legacy Token, session) with the Bearer one before the session."""
    classes = list(api_settings.DEFAULT_AUTHENTICATION_CLASSES)
    at = next((i for i, c in enumerate(classes) if issubclass(c, SessionAuthentication)), len(classes))
    return [*classes[:at], LabelStudioBearerAuthentication, *classes[at:]]


class CsrfEnforcedMixin:
    """CSRF checks stay on for this view (read by ``core.middleware.DisableCSRF``): DRF's SessionAuthentication then
    enforces them on unsafe methods of session-authenticated requests; Token/Bearer requests are not affected."""

    authentication_classes = _authentication_classes()

    @classmethod
    def as_view(cls, **initkwargs):
        view = super().as_view(**initkwargs)
        view._dont_enforce_csrf_checks = False
        return view


def member_project(user, project_id) -> Project:
    """The project if ``user`` is a member of its organization (the sync API's rule), else 404."""
    try:
        pk = int(str(project_id))
    except (TypeError, ValueError):
        raise NotFound(f"no project {str(project_id)[:40]!r} in your organizations") from None
    try:
        return visible_project(user, pk)
    except ApiError as exc:
        raise NotFound(exc.detail) from None


def _require_member_of_storage(user, storage) -> None:
    if storage.project is None or not member(user, storage.project.organization):
        raise NotFound(f"no Ceramic storage {storage.pk} in your organizations")


class MemberStorageObjectMixin(CsrfEnforcedMixin):
    """Storage detail / sync: the storage of a project the user is a member of, else 404."""

    def get_queryset(self):
        return CeramicExportStorageSerializer.Meta.model.objects.select_related("project__organization")

    def get_object(self):
        storage = generics.get_object_or_404(self.filter_queryset(self.get_queryset()), pk=self.kwargs.get("pk"))
        _require_member_of_storage(self.request.user, storage)
        self.check_object_permissions(self.request, storage)  # Label Studio's own check, unchanged
        return storage


# --- the views -------------------------------------------------------------------------------------------------------
class CeramicExportStorageListAPI(CsrfEnforcedMixin, ExportStorageListAPI):
    serializer_class = CeramicExportStorageSerializer

    def get_queryset(self):
        project_pk = self.request.query_params.get("project")
        if project_pk:  # Label Studio's own answer (400) when it is missing
            member_project(self.request.user, project_pk)
        return super().get_queryset()

    def create(self, request, *args, **kwargs):
        # membership first, on the raw value: a foreign project is "not found", before any validation or request
        project_pk = request.data.get("project") if hasattr(request.data, "get") else None
        if project_pk not in (None, ""):
            member_project(request.user, project_pk)
        return super().create(request, *args, **kwargs)

    def perform_create(self, serializer):
        project = serializer.validated_data.get("project")
        if project is None:
            raise ValidationError({"project": "required"})
        member_project(self.request.user, project.pk)
        # our Check Connection first: allowed node URLs, a readable reason, nothing of a node's answer echoed (Label
        # Studio's own check, next, would put the node's error text into the 400)
        check_connection(serializer.Meta.model(**serializer.validated_data))
        super().perform_create(serializer)  # Label Studio's: its connection check, save, sync on creation if set


class CeramicExportStorageDetailAPI(MemberStorageObjectMixin, ExportStorageDetailAPI):
    serializer_class = CeramicExportStorageSerializer

    def perform_update(self, serializer):
        project = serializer.validated_data.get("project")
        if project is not None:  # moving a storage into another project: a member there too
            member_project(self.request.user, project.pk)
        super().perform_update(serializer)


class CeramicExportStorageSyncAPI(MemberStorageObjectMixin, ExportStorageSyncAPI):
    serializer_class = CeramicExportStorageSerializer

    def post(self, request, *args, **kwargs):
        storage = self.get_object()
        check_connection(storage)  # allowed node URLs, then a readable 400 when the node or the model is wrong
        storage.sync()
        storage.refresh_from_db()
        return Response(self.serializer_class(storage).data)


class CeramicExportStorageValidateAPI(CsrfEnforcedMixin, ExportStorageValidateAPI):
    """Check Connection, with the reason when it fails (Label Studio's generic view hides it). Checks a storage of a
    project the user is a member of: an existing one (``id``, its own project) or a new one (``project``)."""

    serializer_class = CeramicExportStorageSerializer

    def create(self, request, *args, **kwargs):
        model = self.serializer_class.Meta.model
        raw = request.data if hasattr(request.data, "get") else {}
        storage_id, project_pk = raw.get("id"), raw.get("project")
        instance = None
        if storage_id not in (None, ""):
            try:
                instance = model.objects.select_related("project__organization").filter(pk=int(str(storage_id))).first()
            except (TypeError, ValueError):
                instance = None
            if instance is None:
                raise NotFound(f"no Ceramic storage {str(storage_id)[:40]!r} in your organizations")
            _require_member_of_storage(request.user, instance)
            if project_pk not in (None, "") and str(project_pk) != str(instance.project_id):
                raise ValidationError({"project": f"storage {instance.pk} belongs to project {instance.project_id}, "
                                                  f"not {str(project_pk)[:40]}: a storage is checked with its own "
                                                  f"project"})
        elif project_pk not in (None, ""):
            member_project(request.user, project_pk)
        serializer = self.serializer_class(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        if instance is not None:
            data.pop("project", None)
            for key, value in data.items():
                setattr(instance, key, value)  # checked, not saved
        else:
            project = data.get("project")
            if project is not None:
                member_project(request.user, project.pk)
            instance = model(**data)
        check_connection(instance)
        return Response()


class CeramicExportStorageFormLayoutAPI(CsrfEnforcedMixin, ExportStorageFormLayoutAPI):
    """The form's fields: the same for everyone (no project, nothing stored), logged-in users only."""


class _NoImportStorage:
    """Stands for a Ceramic *import* storage, which does not exist: every query is empty."""

    class objects:  # noqa: N801 - mimics a manager
        @staticmethod
        def filter(*args, **kwargs):
            return []

        @staticmethod
        def all():
            return []


class _NoImportSerializer:
    class Meta:
        model = _NoImportStorage


class CeramicNoImportListAPI(APIView):
    """Ceramic is a Target only: as a Source it lists nothing."""

    permission_required = all_permissions.storages_view
    serializer_class = _NoImportSerializer

    def get(self, request, *args, **kwargs):
        return Response([])

    def post(self, request, *args, **kwargs):
        return Response({"detail": "Ceramic (OrbisDB) is a Target Storage only"}, status=405)


class SourceStorageTypesAPI(APIView):
    """``/api/storages/types`` (Source dialog) without Ceramic."""

    permission_required = all_permissions.storages_view

    def get(self, request, *args, **kwargs):
        from io_storages.all_api import _common_storage_list

        return Response([{"name": s["name"], "title": s["title"]} for s in _common_storage_list
                         if s["name"] != "ceramic"])


__all__ = ["CeramicExportStorageListAPI", "CeramicExportStorageDetailAPI", "CeramicExportStorageSyncAPI",
           "CeramicExportStorageValidateAPI", "CeramicExportStorageFormLayoutAPI", "CeramicNoImportListAPI",
           "SourceStorageTypesAPI", "LabelStudioBearerAuthentication", "member_project", "Project"]
