"""The one base of our REST APIs: session-only authentication with CSRF, JSON bodies with a size cap, the organization
membership rule, and one exception handler that turns every refusal into ``{"error": <code>, "detail": <text>}``.

Label Studio's open-source permission classes let every logged-in user in; the membership rule here (:func:`member`)
is ours, and every API of ours — the identity and sync APIs below, the Ceramic storage API, the hardened annotation
API — applies it. Errors raised by the app (:class:`orbis_export.errors.OrbisError`: identity, sync, storage, job
conflicts) carry their code, detail and HTTP status; this handler never echoes a request body.

"Session only" is enforced, not just declared: Label Studio's ``JWTAuthenticationMiddleware`` authenticates a
personal access token (``Authorization: Bearer``) at the Django level and sets ``request.user``, which DRF's
``SessionAuthentication`` would then accept; :class:`BrowserSessionAuthentication` refuses any request that carries
an ``Authorization`` header (or ``X-Api-Key``) and any user not put there by the Django session (401).
"""
from __future__ import annotations

from typing import Any

from django.contrib.auth import SESSION_KEY
from django.core.exceptions import RequestDataTooBig
from rest_framework import exceptions, status as http
from rest_framework.authentication import SessionAuthentication
from rest_framework.parsers import JSONParser
from rest_framework.permissions import IsAuthenticated
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from ..errors import OrbisError
from ..models import SyncJob


class ApiError(OrbisError):
    """A refusal of an API view; ``extra`` goes into the answer beside error and detail (e.g. the running job)."""

    def __init__(self, code: str, detail: str, status: int = 400, **extra: Any):
        super().__init__(code, detail, status)
        self.extra = extra


# --- membership: the one rule (Label Studio's open-source permission classes let every logged-in user in) ----------
def member(user, organization) -> bool:
    return organization is not None and organization.has_permission(user)


def visible_project(user, project_id: int):
    from projects.models import Project

    project = Project.objects.select_related("organization").filter(pk=project_id).first()
    if project is None or not member(user, project.organization):
        raise ApiError("not_found", f"no project {project_id} in your organizations", http.HTTP_404_NOT_FOUND)
    return project


def visible_job(user, job_id: int) -> SyncJob:
    job = SyncJob.objects.select_related("project__organization").filter(pk=job_id).first()
    if job is None or not member(user, job.project.organization):
        raise ApiError("not_found", f"no sync job {job_id} in your organizations", http.HTTP_404_NOT_FOUND)
    return job


MAX_BODY = 16 * 1024


def _too_large() -> ApiError:
    return ApiError("body_too_large", f"the request body is larger than {MAX_BODY} bytes; send only the signature "
                    "(or the CACAO / session string)", http.HTTP_413_REQUEST_ENTITY_TOO_LARGE)


def _error(code: str, detail: str, status: int, **extra: Any) -> Response:
    return Response({"error": code, "detail": detail, **extra}, status=status)


def exception_handler(exc: Exception, context: dict) -> Response | None:
    """Map every failure at this boundary to ``{"error", "detail"}`` (never echoing the request body)."""
    if isinstance(exc, OrbisError):
        return _error(exc.code, exc.detail, exc.status, **getattr(exc, "extra", {}))
    if isinstance(exc, _NotBrowserSession):
        return _error("not_authenticated", str(exc.detail), http.HTTP_401_UNAUTHORIZED)
    if isinstance(exc, (exceptions.NotAuthenticated, exceptions.AuthenticationFailed)):
        return _error("not_authenticated", "log in to Label Studio first (this API uses the browser session)",
                      http.HTTP_401_UNAUTHORIZED)
    if isinstance(exc, exceptions.PermissionDenied):
        text = str(exc.detail)
        if text.startswith("CSRF Failed"):
            return _error("csrf_failed", f"{text}: send the csrftoken cookie's value in the X-CSRFToken header",
                          http.HTTP_403_FORBIDDEN)
        return _error("forbidden", text, http.HTTP_403_FORBIDDEN)
    if isinstance(exc, exceptions.UnsupportedMediaType):
        return _error("unsupported_media_type", "send a JSON body with Content-Type: application/json",
                      http.HTTP_415_UNSUPPORTED_MEDIA_TYPE)
    if isinstance(exc, exceptions.ParseError):
        return _error("malformed_json", "the body is not valid JSON: send a JSON object", http.HTTP_400_BAD_REQUEST)
    if isinstance(exc, exceptions.MethodNotAllowed):
        return _error("method_not_allowed", f"{exc.detail}", http.HTTP_405_METHOD_NOT_ALLOWED)
    if isinstance(exc, exceptions.Throttled):
        return _error("throttled", str(exc.detail), http.HTTP_429_TOO_MANY_REQUESTS)
    if isinstance(exc, exceptions.APIException):
        return _error("invalid_request", str(exc.detail), exc.status_code)
    return None  # a bug: let Django answer 500 (and log it)


class _NotBrowserSession(exceptions.AuthenticationFailed):
    pass


class BrowserSessionAuthentication(SessionAuthentication):
    """The logged-in browser session and nothing else (CSRF enforced by ``SessionAuthentication``).

    Refused (401 ``not_authenticated``): a request with an ``Authorization`` header (Bearer personal access token,
    legacy ``Token``, any other scheme; ``X-Api-Key`` arrives here rewritten as ``Authorization: Token``), a user set
    by Label Studio's JWT middleware (``request.is_jwt``), and a user that is not the one the Django session logged
    in. One exception: ``Basic``, which neither Label Studio nor we ever authenticate (no middleware or DRF class
    reads it), so it cannot make anyone a user here; it is what a browser sends to a reverse proxy protecting the
    whole site with HTTP basic auth (nginx forwards it), and refusing it would lock every user of such a site out.
    The session check below still applies to those requests."""

    def authenticate(self, request):
        django_request = request._request
        authorization = django_request.META.get("HTTP_AUTHORIZATION", "")
        scheme = authorization.split(" ", 1)[0].lower()
        if (authorization and scheme != "basic") or django_request.META.get("HTTP_X_API_KEY"):
            raise _NotBrowserSession("this API accepts only the browser session of a logged-in user, not API "
                                     "tokens: send no Authorization header (log in to Label Studio in the browser)")
        if getattr(django_request, "is_jwt", False):
            raise _NotBrowserSession("this API accepts only the browser session of a logged-in user, not API tokens")
        user = getattr(django_request, "user", None)
        if user is None or not user.is_active or not user.is_authenticated:
            return None
        session = getattr(django_request, "session", None)
        session_user = session.get(SESSION_KEY) if session is not None else None
        if session_user is None or str(session_user) != str(user.pk):
            raise _NotBrowserSession("this API accepts only the browser session of a logged-in user: log in to "
                                     "Label Studio in the browser")
        self.enforce_csrf(request)
        return user, None


class SessionAPIView(APIView):
    """Our API views: the browser session (CSRF on unsafe methods), JSON only, bodies up to ``MAX_BODY``."""

    authentication_classes = [BrowserSessionAuthentication]
    permission_classes = [IsAuthenticated]
    parser_classes = [JSONParser]
    renderer_classes = [JSONRenderer]
    throttle_classes: list = []

    def get_exception_handler(self):
        return exception_handler

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if request.method in ("POST", "PUT", "PATCH"):
            try:
                declared = int(request.META.get("CONTENT_LENGTH") or 0)
            except ValueError:
                declared = 0
            if declared > MAX_BODY:
                raise _too_large()
            try:
                body = request._request.body
            except RequestDataTooBig:
                raise _too_large() from None
            if len(body) > MAX_BODY:
                raise _too_large()

    def json_object(self, request, allowed: set[str]) -> dict[str, Any]:
        data = request.data
        if not isinstance(data, dict):
            raise ApiError("invalid_request", "the body must be a JSON object with the documented fields, e.g. "
                                "{\"nonce\": …, \"signature\": …, \"address\": …}")
        unknown = sorted(set(data) - allowed)
        if unknown:
            raise ApiError("invalid_request", f"unknown field(s) {unknown[:5]}; allowed: {sorted(allowed)}")
        return data

    @classmethod
    def as_view(cls, **initkwargs):
        view = super().as_view(**initkwargs)
        # read by core.middleware.DisableCSRF: keep CSRF checks on for this view (DRF's SessionAuthentication
        # then enforces them on unsafe methods)
        view._dont_enforce_csrf_checks = False
        return view


__all__ = ["ApiError", "SessionAPIView", "BrowserSessionAuthentication", "exception_handler", "member",
           "visible_project", "visible_job", "MAX_BODY"]
