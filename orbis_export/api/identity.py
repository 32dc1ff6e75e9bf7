"""Identity API under ``/api/orbis/identity/`` — thin views over :mod:`orbis_export.identity` on the common base
(:mod:`orbis_export.api.base`: session only, CSRF, JSON, size cap, ``{"error", "detail"}`` answers)."""
from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from rest_framework import status as http
from rest_framework.response import Response

from .. import identity
from ..identity import IdentityError
from . import identity_presenters as presenters
from .base import SessionAPIView

logger = logging.getLogger("orbis_export.identity.api")

# the largest whole number of seconds a request may name (far beyond any lifetime policy; keeps timedelta and the
# database's integers from overflowing)
MAX_SECONDS = 10 ** 9


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


class ChallengeAPI(SessionAPIView):
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


class SessionAPI(SessionAPIView):
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


class StatusAPI(SessionAPIView):
    """GET → {linked, did, address, chainId, linkedAt, session, sessions, policy}."""

    def get(self, request):
        return Response(presenters.status(request.user))


class RevokeAPI(SessionAPIView):
    """POST {sessionId?} → {revoked: n, status}. Without sessionId every active session and open challenge ends."""

    def post(self, request):
        data = self.json_object(request, {"sessionId"})
        session_id = data.get("sessionId")
        if session_id is not None and (isinstance(session_id, bool) or not isinstance(session_id, int)):
            raise IdentityError("invalid_request", "sessionId must be a session id from the status (a number)")
        # any size is safe: Django answers "no rows" for an id beyond the column's range (a 404 below)
        count = identity.revoke(request.user, session_id=session_id)
        return Response({"revoked": count, "status": presenters.status(request.user)})


class UnlinkAPI(SessionAPIView):
    """POST {} → {unlinked: bool, status}: ends every session and removes the wallet link (re-link by connecting)."""

    def post(self, request):
        self.json_object(request, set())
        unlinked = identity.unlink(request.user)
        return Response({"unlinked": unlinked, "status": presenters.status(request.user)})


class AuditAPI(SessionAPIView):
    """GET ?limit=N → {events: [{id, event, at, did, sessionId, count, detail}]} (the user's own, newest first)."""

    def get(self, request):
        try:
            limit = int(request.query_params.get("limit", 100))  # any size: clamped to 1..500 by presenters.audit
        except ValueError:
            raise IdentityError("invalid_request", "limit must be a whole number from 1 to 500") from None
        return Response({"events": presenters.audit(request.user, limit=limit)})
