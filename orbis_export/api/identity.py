"""Identity API under ``/api/orbis/identity/`` — thin DRF views over :mod:`orbis_export.identity`.

Session authentication only, CSRF enforced (Label Studio's ``DisableCSRF`` middleware turns CSRF off for every
view that does not say otherwise; these views do), JSON only, bodies up to ``MAX_BODY`` bytes.
"Session only" is enforced, not just declared: Label Studio's ``JWTAuthenticationMiddleware`` authenticates a
personal access token (``Authorization: Bearer``) at the Django level and sets ``request.user``, which DRF's
``SessionAuthentication`` would then accept; :class:`BrowserSessionAuthentication` refuses any request that carries
an ``Authorization`` header (or ``X-Api-Key``) and any user not put there by the Django session (401).
Every error is ``{"error": <code>, "detail": <what is wrong and what to do>}`` with a 4xx status.
"""
from __future__ import annotations

import logging
from datetime import timedelta
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

from .. import identity
from ..identity import IdentityError
from . import identity_presenters as presenters

logger = logging.getLogger("orbis_export.identity.api")

MAX_BODY = 16 * 1024
# the largest whole number of seconds a request may name (far beyond any lifetime policy; keeps timedelta and the
# database's integers from overflowing)
MAX_SECONDS = 10 ** 9


class _TooLarge(Exception):
    pass


def _error(code: str, detail: str, status: int) -> Response:
    return Response({"error": code, "detail": detail}, status=status)


def identity_exception_handler(exc: Exception, context: dict) -> Response | None:
    """Map every failure at this boundary to ``{"error", "detail"}`` (never echoing the request body)."""
    if isinstance(exc, IdentityError):
        return _error(exc.code, exc.detail, exc.status)
    if isinstance(exc, _TooLarge):
        return _error("body_too_large", f"the request body is larger than {MAX_BODY} bytes; send only the signature "
                      "(or the CACAO / session string)", http.HTTP_413_REQUEST_ENTITY_TOO_LARGE)
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


class IdentityAPIView(APIView):
    authentication_classes = [BrowserSessionAuthentication]
    permission_classes = [IsAuthenticated]
    parser_classes = [JSONParser]
    renderer_classes = [JSONRenderer]
    throttle_classes: list = []

    def get_exception_handler(self):
        return identity_exception_handler

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if request.method in ("POST", "PUT", "PATCH"):
            try:
                declared = int(request.META.get("CONTENT_LENGTH") or 0)
            except ValueError:
                declared = 0
            if declared > MAX_BODY:
                raise _TooLarge()
            try:
                body = request._request.body
            except RequestDataTooBig:
                raise _TooLarge() from None
            if len(body) > MAX_BODY:
                raise _TooLarge()

    def json_object(self, request, allowed: set[str]) -> dict[str, Any]:
        data = request.data
        if not isinstance(data, dict):
            raise IdentityError("invalid_request", "the body must be a JSON object with the documented fields, e.g. "
                                "{\"nonce\": …, \"signature\": …, \"address\": …}")
        unknown = sorted(set(data) - allowed)
        if unknown:
            raise IdentityError("invalid_request", f"unknown field(s) {unknown[:5]}; allowed: {sorted(allowed)}")
        return data

    @classmethod
    def as_view(cls, **initkwargs):
        view = super().as_view(**initkwargs)
        # read by core.middleware.DisableCSRF: keep CSRF checks on for this view (DRF's SessionAuthentication
        # then enforces them on unsafe methods)
        view._dont_enforce_csrf_checks = False
        return view


def whole_number(value: Any, name: str, what: str, *, low: int, high: int) -> int:
    """A JSON integer within [low, high], else a 400 naming the field (never an overflow deeper down: a 500)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise IdentityError("invalid_request", f"{name} must be {what}")
    if not low <= value <= high:
        raise IdentityError("invalid_request", f"{name} is out of range: it must be {what} from {low} to {high}")
    return value


def _reject(request, exc: IdentityError) -> None:
    logger.warning("identity request refused: user=%s path=%s code=%s", getattr(request.user, "pk", None),
                   request.path, exc.code)


class ChallengeAPI(IdentityAPIView):
    """POST {address, relink?, expiresInSeconds?} → 201 {message, nonce, aud, domain, resources, ...}."""

    def post(self, request):
        data = self.json_object(request, {"address", "relink", "expiresInSeconds"})
        try:
            if "address" not in data:
                raise IdentityError("invalid_request", "address is missing: send the wallet address you will sign "
                                    "with")
            relink = data.get("relink", False)
            if not isinstance(relink, bool):
                raise IdentityError("invalid_request", "relink must be true or false")
            lifetime = None
            if data.get("expiresInSeconds") is not None:
                seconds = whole_number(data["expiresInSeconds"], "expiresInSeconds", "a whole number of seconds",
                                       low=1, high=MAX_SECONDS)
                lifetime = timedelta(seconds=seconds)
            # the SIWE domain is the configured public origin's host (identity.siwe_domain), never the Host header
            challenge = identity.issue_challenge(request.user, address=data["address"], lifetime=lifetime,
                                                 relink=relink)
        except IdentityError as exc:
            _reject(request, exc)
            raise
        return Response(challenge, status=http.HTTP_201_CREATED)


class SessionAPI(IdentityAPIView):
    """POST one of {nonce, signature, address} | {message, signature} | {cacao} | {session} → 201 status."""

    FIELDS = {"nonce", "signature", "address", "message", "cacao", "session"}

    def post(self, request):
        data = self.json_object(request, self.FIELDS)
        domain = identity.siwe_domain()  # configuration, never the request's Host header
        try:
            if "session" in data:
                if set(data) != {"session"}:
                    raise IdentityError("invalid_request", "send the session string alone: {\"session\": \"…\"}")
                identity.import_serialized_session(request.user, data["session"], domain=domain)
            elif "cacao" in data:
                if set(data) != {"cacao"}:
                    raise IdentityError("invalid_request", "send the CACAO alone: {\"cacao\": {h, p, s}}")
                identity.activate_session(request.user, domain=domain, cacao=data["cacao"])
            elif "message" in data:
                if set(data) - {"message", "signature", "address"}:
                    raise IdentityError("invalid_request",
                                        "send {\"message\": <signed text>, \"signature\": \"0x…\"}")
                identity.activate_session(request.user, domain=domain, message=data["message"],
                                          signature=data.get("signature"), address=data.get("address"))
            else:
                missing = sorted({"nonce", "signature", "address"} - set(data))
                if missing:
                    raise IdentityError("invalid_request", f"missing {missing}: send nonce, signature and address "
                                        "(or message + signature, or cacao, or session)")
                identity.activate_session(request.user, domain=domain, nonce=data["nonce"],
                                          signature=data["signature"], address=data["address"])
        except IdentityError as exc:
            _reject(request, exc)
            raise
        return Response(presenters.status(request.user), status=http.HTTP_201_CREATED)


class StatusAPI(IdentityAPIView):
    """GET → {linked, did, address, chainId, linkedAt, session, sessions, policy}."""

    def get(self, request):
        return Response(presenters.status(request.user))


class RevokeAPI(IdentityAPIView):
    """POST {sessionId?} → {revoked: n, status}. Without sessionId every active session and open challenge ends."""

    def post(self, request):
        data = self.json_object(request, {"sessionId"})
        session_id = data.get("sessionId")
        if session_id is not None and (isinstance(session_id, bool) or not isinstance(session_id, int)):
            raise IdentityError("invalid_request", "sessionId must be a session id from the status (a number)")
        # any size is safe: Django answers "no rows" for an id beyond the column's range (a 404 below)
        count = identity.revoke(request.user, session_id=session_id)
        return Response({"revoked": count, "status": presenters.status(request.user)})


class UnlinkAPI(IdentityAPIView):
    """POST {} → {unlinked: bool, status}: ends every session and removes the wallet link (re-link by connecting)."""

    def post(self, request):
        self.json_object(request, set())
        unlinked = identity.unlink(request.user)
        return Response({"unlinked": unlinked, "status": presenters.status(request.user)})


class AuditAPI(IdentityAPIView):
    """GET ?limit=N → {events: [{id, event, at, did, sessionId, count, detail}]} (the user's own, newest first)."""

    def get(self, request):
        try:
            limit = int(request.query_params.get("limit", 100))  # any size: clamped to 1..500 by presenters.audit
        except ValueError:
            raise IdentityError("invalid_request", "limit must be a whole number from 1 to 500") from None
        return Response({"events": presenters.audit(request.user, limit=limit)})
