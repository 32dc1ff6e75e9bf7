"""Label Studio's annotation API (and the routes that reach annotations through a task), members only.

Label Studio's open-source permission classes let every logged-in user in, so a user of organization B could create,
read, edit and delete annotations on tasks of organization A — rows that our sync then signs into A's dataset. These
views are Label Studio's own (subclassed, unchanged for members) with one more rule, the sync API's
(:func:`orbis_export.api.base.member`): the user must be a member of the organization of the task's project;
everyone else gets 404, before anything is read, validated or written.

Also here, for the same reason:

* ``/api/projects/<id>/import`` (and its aliases ``tasks/bulk/``, ``reimport``, ``import/predictions``) and
  ``/api/tasks/<id>/`` (tasks can be imported *with* annotations, and a task's data is part of every signed row):
  Label Studio filters them by the user's *active* organization only (predictions import: not at all);
* ``/api/users/…``: Label Studio lets a user set ``active_organization`` to any organization (``PATCH
  /api/users/<own id>/ {"active_organization": <A>}``), after which every API filtered by the active organization
  (tasks, import, export, projects …) serves organization A. Here it must be an organization the user is a member of.

Mounted ahead of Label Studio's routes through ``urlpatterns`` below (same paths as Label Studio's
``tasks/urls.py``, ``data_import/urls.py`` and ``users/urls.py``; their route names stay Label Studio's).
"""
from __future__ import annotations

from data_import.api import ImportAPI, ImportPredictionsAPI, ReImportAPI, TasksBulkCreateAPI
from django.urls import include, path, re_path
from projects.models import Project
from rest_framework import generics, routers
from rest_framework.exceptions import NotFound, ValidationError
from tasks.api import (
    AnnotationAPI,
    AnnotationConvertAPI,
    AnnotationDraftAPI,
    AnnotationDraftListAPI,
    AnnotationsListAPI,
    TaskAPI,
)
from tasks.models import Annotation, Task
from users.api import UserAPI

from .base import member


def requiremember(user, project, what: str) -> None:
    """404 unless ``user`` is a member of the organization of ``project`` (the sync API's rule)."""
    if project is None or not member(user, project.organization):
        raise NotFound(f"no {what} in your organizations")


def _task_of(pk) -> Task:
    return generics.get_object_or_404(Task.objects.select_related("project__organization"), pk=pk)


class MemberObjectMixin:
    """``get_object`` of a generic view: the object, 404 unless the user is a member of its project's organization,
    then Label Studio's own object permissions (unchanged)."""

    member_what = "object"

    def project_of(self, obj):
        raise NotImplementedError

    def get_object(self):
        lookup_url_kwarg = self.lookup_url_kwarg or self.lookup_field
        obj = generics.get_object_or_404(self.filter_queryset(self.get_queryset()),
                                         **{self.lookup_field: self.kwargs[lookup_url_kwarg]})
        requiremember(self.request.user, self.project_of(obj), f"{self.member_what} {obj.pk}")
        self.check_object_permissions(self.request, obj)
        return obj


# --- annotations -----------------------------------------------------------------------------------------------------
class MemberAnnotationsListAPI(AnnotationsListAPI):
    """``GET/POST /api/tasks/<id>/annotations/``: Label Studio's, on tasks of the user's organizations only."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        self.parent_object  # noqa: B018 - the task, or 404 before anything is read or validated

    def _get_parent_object(self):
        task = super()._get_parent_object()
        requiremember(self.request.user, task.project, f"task {task.pk}")
        return task


class MemberAnnotationAPI(MemberObjectMixin, AnnotationAPI):
    """``GET/PATCH/PUT/DELETE /api/annotations/<id>/``."""

    member_what = "annotation"

    def project_of(self, annotation):
        return annotation.project if annotation.project_id else annotation.task.project


class MemberAnnotationConvertAPI(MemberObjectMixin, AnnotationConvertAPI):
    """``POST /api/annotations/<id>/convert-to-draft`` (deletes the annotation)."""

    member_what = "annotation"

    def project_of(self, annotation):
        return annotation.project if annotation.project_id else annotation.task.project


class MemberAnnotationDraftListAPI(AnnotationDraftListAPI):
    """``GET/POST /api/tasks/<id>/drafts`` and ``…/annotations/<annotation id>/drafts``."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        task = _task_of(self.kwargs["pk"])
        requiremember(request.user, task.project, f"task {task.pk}")
        annotation_id = self.kwargs.get("annotation_id")
        if annotation_id is not None:
            annotation = Annotation.objects.select_related("project__organization", "task__project__organization") \
                .filter(pk=annotation_id).first()
            if annotation is not None:
                requiremember(request.user, annotation.project if annotation.project_id else annotation.task.project,
                               f"annotation {annotation_id}")


class MemberAnnotationDraftAPI(MemberObjectMixin, AnnotationDraftAPI):
    """``GET/PATCH/PUT/DELETE /api/drafts/<id>/``."""

    member_what = "draft"

    def project_of(self, draft):
        return draft.task.project


# --- tasks and imports -----------------------------------------------------------------------------------------------
class MemberTaskAPI(TaskAPI):
    """``GET/PATCH/PUT/DELETE /api/tasks/<id>/``: Label Studio's, on tasks of the user's organizations only."""

    def get_object(self):
        task = _task_of(self.kwargs.get("pk"))
        requiremember(self.request.user, task.project, f"task {task.pk}")
        return super().get_object()


class MemberProjectMixin:
    """Views under ``/api/projects/<id>/…``: 404 unless the user is a member of the project's organization (checked
    before the request body is read)."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        project = generics.get_object_or_404(Project.objects.select_related("organization"), pk=self.kwargs["pk"])
        requiremember(request.user, project, f"project {project.pk}")


class MemberImportAPI(MemberProjectMixin, ImportAPI):
    """``POST /api/projects/<id>/import`` (tasks, possibly with annotations)."""


class MemberTasksBulkCreateAPI(MemberProjectMixin, TasksBulkCreateAPI):
    """``POST /api/projects/<id>/tasks/bulk/`` (Label Studio's alias of the import)."""


class MemberReImportAPI(MemberProjectMixin, ReImportAPI):
    """``POST /api/projects/<id>/reimport``."""


class MemberImportPredictionsAPI(MemberProjectMixin, ImportPredictionsAPI):
    """``POST /api/projects/<id>/import/predictions`` (Label Studio checks nothing but the login here)."""


# --- users: the active organization must be one of the user's ------------------------------------------------------
class MemberUserAPI(UserAPI):
    """Label Studio's user API; ``active_organization`` can only name an organization the user is a member of."""

    def _check_active_organization(self, serializer, user) -> None:
        organization = serializer.validated_data.get("active_organization")
        if organization is not None and (user is None or not member(user, organization)):
            raise ValidationError({"active_organization": "not an organization this user is a member of"})

    def perform_update(self, serializer):
        self._check_active_organization(serializer, serializer.instance)
        super().perform_update(serializer)

    def perform_create(self, serializer):
        self._check_active_organization(serializer, self.request.user)
        super().perform_create(serializer)


_users = routers.DefaultRouter()
_users.include_root_view = False  # /api/ stays Label Studio's
_users.register(r"users", MemberUserAPI, basename="orbis-user")

urlpatterns = [
    path("api/tasks/<int:pk>/", MemberTaskAPI.as_view(), name="orbis-task-detail"),
    path("api/tasks/<int:pk>/annotations/", MemberAnnotationsListAPI.as_view(), name="orbis-task-annotations"),
    path("api/tasks/<int:pk>/drafts", MemberAnnotationDraftListAPI.as_view(), name="orbis-task-drafts"),
    path("api/tasks/<int:pk>/annotations/<int:annotation_id>/drafts", MemberAnnotationDraftListAPI.as_view(),
         name="orbis-task-annotations-drafts"),
    path("api/annotations/<int:pk>/", MemberAnnotationAPI.as_view(), name="orbis-annotation-detail"),
    path("api/annotations/<int:pk>/convert-to-draft", MemberAnnotationConvertAPI.as_view(),
         name="orbis-annotation-convert-to-draft"),
    path("api/drafts/<int:pk>/", MemberAnnotationDraftAPI.as_view(), name="orbis-draft-detail"),
    path("api/projects/<int:pk>/tasks/bulk/", MemberTasksBulkCreateAPI.as_view(),
         name="orbis-project-tasks-bulk-upload"),
    path("api/projects/<int:pk>/import", MemberImportAPI.as_view(), name="orbis-project-import"),
    path("api/projects/<int:pk>/import/predictions", MemberImportPredictionsAPI.as_view(),
         name="orbis-project-import-predictions"),
    path("api/projects/<int:pk>/reimport", MemberReImportAPI.as_view(), name="orbis-project-reimport"),
    re_path(r"^api/", include(_users.urls)),
]
