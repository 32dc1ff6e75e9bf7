"""Identity API under ``/api/orbis/identity/`` — thin DRF views over :mod:`orbis_export.identity`.

Session authentication only, CSRF enforced (Label Studio's ``DisableCSRF`` middleware turns CSRF off for every
view that does not say otherwise; these views do), JSON only, bodies up to ``MAX_BODY`` bytes.
Every error is ``{"error": <code>, "detail": <what is wrong and what to do>}`` with a 4xx status.
"""
from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

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

logger = logging.getLogger("orbis_export.identity.api")

MAX_BODY = 16 * 1024


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


class IdentityAPIView(APIView):
    authentication_classes = [SessionAuthentication]
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
                seconds = data["expiresInSeconds"]
                if isinstance(seconds, bool) or not isinstance(seconds, int):
                    raise IdentityError("invalid_request", "expiresInSeconds must be a whole number of seconds")
                lifetime = timedelta(seconds=seconds)
            challenge = identity.issue_challenge(request.user, address=data["address"],
                                                 domain=identity.domain_for_request(request), lifetime=lifetime,
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
        domain = identity.domain_for_request(request)
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
        return Response(identity.status(request.user), status=http.HTTP_201_CREATED)


class StatusAPI(IdentityAPIView):
    """GET → {linked, did, address, chainId, linkedAt, session, sessions, policy}."""

    def get(self, request):
        return Response(identity.status(request.user))


class RevokeAPI(IdentityAPIView):
    """POST {sessionId?} → {revoked: n, status}. Without sessionId every active session and open challenge ends."""

    def post(self, request):
        data = self.json_object(request, {"sessionId"})
        session_id = data.get("sessionId")
        if session_id is not None and (isinstance(session_id, bool) or not isinstance(session_id, int)):
            raise IdentityError("invalid_request", "sessionId must be a session id from the status (a number)")
        count = identity.revoke(request.user, session_id=session_id)
        return Response({"revoked": count, "status": identity.status(request.user)})


class UnlinkAPI(IdentityAPIView):
    """POST {} → {unlinked: bool, status}: ends every session and removes the wallet link (re-link by connecting)."""

    def post(self, request):
        self.json_object(request, set())
        unlinked = identity.unlink(request.user)
        return Response({"unlinked": unlinked, "status": identity.status(request.user)})


class AuditAPI(IdentityAPIView):
    """GET ?limit=N → {events: [{id, event, at, did, sessionId, count, detail}]} (the user's own, newest first)."""

    def get(self, request):
        try:
            limit = int(request.query_params.get("limit", 100))
        except ValueError:
            raise IdentityError("invalid_request", "limit must be a number") from None
        return Response({"events": identity.audit(request.user, limit=limit)})
