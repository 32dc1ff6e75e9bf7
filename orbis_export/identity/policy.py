"""The rules a wallet's delegation must follow here — one place for what the SIWE text may say and what a session
may do: shape, domain, statement, chain, resources, lifetimes, signature, and "may this session sign now".

SIWE text rules (security; see README "Security and provenance"):

* **Domain** = the host name (no port) of the configured public origin, ``ORBIS_PUBLIC_URL`` →
  ``settings.ORBIS.public_host`` — never the request's Host header (Label Studio's ALLOWED_HOSTS is ``*`` in local
  mode, so a Host header is attacker controlled: a challenge fetched with ``Host: evil.example`` would have the
  victim's wallet sign a message naming the phishing origin). It is the host name without port because that is what
  ``@didtools/pkh-ethereum`` writes (``location.hostname``), so sessions made by the JS libraries on our page agree.
  Challenge, activation and session import all compare against it.
* **URI** = the session key's did:key, not the public origin: in a Ceramic CACAO the SIWE ``URI`` is the audience
  (``p.aud``), and js-ceramic checks it against the key that signs each commit, so it cannot be the web origin.
* **Statement** = :data:`STATEMENT` in the challenge flow, checked on the way back (missing or different →
  ``statement_mismatch``); imported did-session strings may carry ours or did-session's default
  (:data:`IMPORT_STATEMENTS`).
* **Resources** = exactly ``ceramic://*?model=<id>`` of the configured model; **chain** = Ethereum chain ID 1;
  **lifetime** within ``ORBIS_SESSION_MAX_LIFETIME``, with at least ``ORBIS_SESSION_MIN_REMAINING`` left.

Every refusal raises :class:`~.errors.IdentityError` naming the first problem.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone as dt_timezone
from typing import Any

from django.conf import settings
from django.utils import timezone

from ..ceramic.cacao import Cacao, verify_cacao
from ..ceramic.errors import CapabilityError, CeramicConfigError
from ..ceramic.pkh import normalize_address, parse_pkh_did
from ..ceramic.siwe import iso_time, parse_siwe
from .errors import IdentityError

CHAIN_ID = "1"
CHALLENGE_TTL = timedelta(minutes=10)
CLOCK_SKEW = timedelta(minutes=5)
# did-session computes exp = now + expiresInSecs on the client: allow a little rounding / clock drift
LIFETIME_TOLERANCE = timedelta(minutes=1)
STATEMENT = "Allow this Label Studio server to save your labels to Ceramic as you, with a session key it keeps."
# the statement did-session / @didtools/pkh-ethereum write when the app gives none (the OrbisDB SDK's sessions)
DIDSESSION_STATEMENT = "Give this application access to some of your data on Ceramic"
# What an imported did-session string (made by another client) may say to the user. Rule: a statement must be
# present (a SIWE text without one tells the wallet's user nothing about what they grant) and be either ours or
# did-session's own default, which honestly describes the grant (access to Ceramic data); any other text may have
# told the user something else ("claim your airdrop"), so it is refused. The other checks still apply in full:
# our domain, exactly our model resources, expiry policy, signature, and the link rule (nonce or linked wallet).
IMPORT_STATEMENTS = (STATEMENT, DIDSESSION_STATEMENT)
CHALLENGE_HINT = "request a new challenge (POST /api/orbis/identity/challenge) and sign its message unchanged"
MAX_SESSION_STRING = 12_000

# why a stored session may not sign now (see :func:`cannot_sign`)
EXPIRING, NOT_COVERED = "expiring", "not_covered"


# ---------------------------------------------------------------------------------------------- small helpers


def utc_now(now: datetime | None = None) -> datetime:
    """``now`` (must be timezone-aware) or the current time, in UTC."""
    value = now or timezone.now()
    if value.tzinfo is None:
        raise ValueError("pass a timezone-aware datetime")
    return value.astimezone(dt_timezone.utc)


def seconds(delta: timedelta | None) -> int | None:
    return None if delta is None else int(delta.total_seconds())


# ---------------------------------------------------------------------------------------------- what we accept


def siwe_domain() -> str:
    """The SIWE domain of this server: the host name of ``ORBIS_PUBLIC_URL`` (``settings.ORBIS.public_host``).
    Configuration only — never a request's Host header (see the module docstring)."""
    domain = settings.ORBIS.public_host
    if not domain:
        raise IdentityError("not_configured", "this server has no public origin configured (ORBIS_PUBLIC_URL), so "
                            "it cannot name itself in the sign-in message; ask an administrator to set it", status=503)
    return domain


def allowed_models(user=None) -> list[str]:
    """The models a session may write to: the configured one (ORBIS_MODEL_ID) and, for ``user``, the newest row model
    of every project in the user's organizations (``modelregistry``; each project's rows go to its own model, and a
    changed label config makes a new one — connecting again covers it). Sorted, so the SIWE text is stable."""
    from ..models import ProjectModel

    models = {settings.ORBIS.model_id} if settings.ORBIS.model_id else set()
    user_id = getattr(user, "pk", user)
    if user_id is not None:
        from organizations.models import OrganizationMember
        from projects.models import Project

        orgs = OrganizationMember.objects.filter(user_id=user_id, deleted_at__isnull=True).values_list(
            "organization_id", flat=True)
        projects = Project.objects.filter(organization_id__in=list(orgs)).values_list("id", flat=True)
        newest: dict[int, tuple[int, str]] = {}
        for pid, version, model in ProjectModel.objects.filter(
                project_id__in=list(projects), kind=ProjectModel.ANNOTATIONS).values_list(
                "project_id", "version", "model_id"):
            if pid not in newest or version > newest[pid][0]:
                newest[pid] = (version, model)
        models |= {model for _, model in newest.values()}
    if not models:
        raise IdentityError(
            "not_configured",
            "this server has no Ceramic model for your projects yet (ORBIS_MODEL_ID is empty and no project ran "
            "orbis_setup), so sessions cannot be scoped; ask an administrator to run manage.py orbis_setup",
            status=503,
        )
    return sorted(models)


def allowed_resources(user=None) -> list[str]:
    """Exactly what a session may cover: ``ceramic://*?model=<id>`` for each model of :func:`allowed_models`, nothing
    broader."""
    return [f"ceramic://*?model={m}" for m in allowed_models(user)]


def check_lifetime(lifetime: timedelta) -> None:
    """A challenge's requested lifetime: long enough to sign it and still sign rows, at most the maximum."""
    o = settings.ORBIS
    shortest = o.session_min_remaining + CHALLENGE_TTL
    if not shortest < lifetime <= o.session_max_lifetime:
        raise IdentityError(
            "lifetime_out_of_policy",
            f"expiresInSeconds must be more than {seconds(shortest)} (the {seconds(o.session_min_remaining)} s a "
            f"session needs left to sign, plus the {seconds(CHALLENGE_TTL)} s to sign the challenge) and at most "
            f"{seconds(o.session_max_lifetime)}; omit it for the default of {seconds(o.session_default_lifetime)}",
        )


def cannot_sign(cacao: Cacao, *, model: str | None, now: datetime) -> str | None:
    """THE check of "may this session sign rows of ``model`` now" (the signer choice and the status both use it).

    None when it may; :data:`EXPIRING` when less than ``ORBIS_SESSION_MIN_REMAINING`` is left (the node refuses
    commits whose capability expired more than 24 h before anchoring); :data:`NOT_COVERED` when the CACAO's
    resources do not allow writing to ``model`` (``Cacao.allows``). No ``model``: only the time is checked."""
    left = cacao.expires_in(now)
    if left is not None and left < settings.ORBIS.session_min_remaining:
        return EXPIRING
    if model and not cacao.allows(model=model):
        return NOT_COVERED
    return None


# ---------------------------------------------------------------------------------------------- the signed message


def check_address(value: Any, what: str = "address") -> str:
    """The lowercase form of an Ethereum address, or ``invalid_address``."""
    try:
        return normalize_address(value)
    except CeramicConfigError:
        raise IdentityError("invalid_address", f"{what} must be an Ethereum address: 0x followed by 40 hex "
                            "characters (the wallet's account address)") from None


def cacao_address(c: Cacao) -> str:
    """The signing wallet's lowercase address, or ``malformed_cacao`` when the issuer is not an Ethereum did:pkh."""
    try:
        return c.address
    except CeramicConfigError:
        raise IdentityError("malformed_cacao", "the issuer is not an Ethereum did:pkh (did:pkh:eip155:1:0x…): sign "
                            "with an Ethereum wallet") from None


def cacao_from_parts(*, signature: Any, message: str | None = None, siwe=None) -> Cacao:
    """The CACAO of a wallet's ``personal_sign`` over ``message`` (the exact text) or ``siwe`` (a composed one)."""
    if not isinstance(signature, str) or not signature:
        raise IdentityError("invalid_request", "signature is missing: send the wallet's personal_sign result (0x…)")
    sig = signature if signature.startswith("0x") else "0x" + signature
    if len(sig) != 132 or any(c not in "0123456789abcdefABCDEF" for c in sig[2:]):
        raise IdentityError("malformed_signature", "signature must be 65 bytes as 0x + 130 hex characters (what "
                            "personal_sign returns)")
    if message is not None:
        try:
            siwe, form = parse_siwe(message)
        except CeramicConfigError as exc:
            raise IdentityError("malformed_message", f"{exc.message[:200]}: send the message text exactly as "
                                "returned by the challenge") from None
        if form == "eip55":
            raise IdentityError("address_form", "the message carries the checksummed (EIP-55) address; the Ceramic "
                                "node only accepts the lowercase form this server sends: sign the message text "
                                "exactly as returned by the challenge")
    try:
        return Cacao.from_siwe(siwe, sig)
    except CeramicConfigError as exc:
        raise IdentityError("malformed_message", f"{exc.message[:200]}: {CHALLENGE_HINT}") from None
    except ValueError:  # e.g. a Chain ID that is not a number
        raise IdentityError("malformed_message", f"the message has an invalid field: {CHALLENGE_HINT}") from None


_CACAO_FIELDS = {"domain", "iss", "aud", "version", "nonce", "iat", "exp", "nbf", "statement", "requestId",
                 "resources"}


def check_shape(cacao: Cacao) -> None:
    """A CACAO from the network must be exactly the EIP-4361 shape before any field is used."""
    data = cacao.to_dict()
    p, s = data.get("p"), data.get("s")
    problem = None
    if set(data) != {"h", "p", "s"} or data["h"] != {"t": "eip4361"}:
        problem = "expected {h: {t: 'eip4361'}, p, s}"
    elif not isinstance(p, dict) or set(p) - _CACAO_FIELDS:
        problem = f"unknown payload fields {sorted(set(p) - _CACAO_FIELDS)[:5] if isinstance(p, dict) else ''}"
    elif any(not isinstance(v, str) or len(v) > 1000 for k, v in p.items() if k != "resources"):
        problem = "payload fields must be strings"
    elif "resources" in p and (not isinstance(p["resources"], list) or len(p["resources"]) > 20
                               or any(not isinstance(r, str) or len(r) > 500 for r in p["resources"])):
        problem = "resources must be a short list of strings"
    elif not isinstance(s, dict) or s.get("t") != "eip191" or not isinstance(s.get("s"), str) or set(s) != {"t", "s"}:
        problem = "expected an eip191 signature {t: 'eip191', s: '0x…'}"
    if problem:
        raise IdentityError("malformed_cacao", f"not an Ethereum (EIP-4361) CACAO: {problem}; {CHALLENGE_HINT}")


def check_cacao(cacao: Cacao, *, domain: str, audience: str, now: datetime,
                statements: tuple[str, ...] = (STATEMENT,), user=None) -> None:
    """Every check of a CACAO presented to this server (raises IdentityError naming the first problem).
    ``statements``: the SIWE statements accepted (the challenge flow: exactly :data:`STATEMENT`)."""
    o = settings.ORBIS
    if cacao.audience != audience:
        raise IdentityError("audience_mismatch", f"the signed message delegates to {cacao.audience[:80]}, not to the "
                            f"session key this server made ({audience}): {CHALLENGE_HINT}")
    if cacao.domain != domain:
        raise IdentityError("domain_mismatch", f"the message was signed for the domain {cacao.domain[:100]!r}, but "
                            f"this server is {domain!r}: sign in from this site and sign the message it gives you")
    statement = cacao.payload.get("statement")
    if statement not in statements:
        what = "has no statement" if not statement else f"says {statement[:120]!r}"
        raise IdentityError("statement_mismatch", f"the signed message {what}, but it must say exactly "
                            f"{' or '.join(repr(s) for s in statements)} (the text the wallet shows you): "
                            f"{CHALLENGE_HINT}")
    try:
        account = parse_pkh_did(cacao.issuer)
    except CeramicConfigError:
        raise IdentityError("malformed_cacao", "the issuer is not an Ethereum did:pkh: sign with an Ethereum "
                            "wallet") from None
    if account.namespace != "eip155" or account.chain_id != CHAIN_ID:
        raise IdentityError("wrong_chain", f"the message names chain {account.namespace}:{account.chain_id}; this "
                            f"server pins Ethereum chain ID {CHAIN_ID} so your DID never changes: {CHALLENGE_HINT}")
    if cacao.payload.get("version") != "1":
        raise IdentityError("malformed_cacao", f"SIWE version must be 1: {CHALLENGE_HINT}")
    resources = list(cacao.resources)
    allowed = allowed_resources(user)
    if "ceramic://*" in resources:
        raise IdentityError("resources_too_broad", "the message grants ceramic://* (write access to every model, as "
                            f"the OrbisDB SDK's default does); this server only accepts {allowed}: {CHALLENGE_HINT}")
    if sorted(resources) != sorted(allowed):
        raise IdentityError("resources_not_allowed", f"the message grants {resources[:5]}, but sessions here must "
                            f"grant exactly {allowed}: {CHALLENGE_HINT}")
    try:
        issued_at, not_before, expires_at = cacao.issued_at, cacao.not_before, cacao.expires_at
    except (CeramicConfigError, ValueError, OverflowError):  # e.g. 0001-01-01T00:00:00+01:00 is before year 1 in UTC
        raise IdentityError("malformed_cacao", f"a time in the message is not a valid RFC 3339 time: "
                            f"{CHALLENGE_HINT}") from None
    if issued_at > now + CLOCK_SKEW or (not_before is not None and not_before > now + CLOCK_SKEW):
        raise IdentityError("not_yet_valid", "the message is not valid yet (Issued At / Not Before is in the "
                            f"future): check your device clock, then {CHALLENGE_HINT}")
    if expires_at is None:
        raise IdentityError("no_expiry", f"the message has no Expiration Time; sessions must expire: {CHALLENGE_HINT}")
    if expires_at <= now:
        raise IdentityError("session_expired", f"the session expired at {iso_time(expires_at)}: {CHALLENGE_HINT}")
    if expires_at - max(issued_at, not_before or issued_at) > o.session_max_lifetime + LIFETIME_TOLERANCE:
        raise IdentityError("lifetime_too_long", f"the session would last {seconds(expires_at - issued_at)} s; the "
                            f"limit is {seconds(o.session_max_lifetime)} s: create it with a shorter expiry")
    if expires_at - now < o.session_min_remaining:
        raise IdentityError("too_little_time_left", f"the session ends at {iso_time(expires_at)}, less than "
                            f"{seconds(o.session_min_remaining)} s from now; the Ceramic node refuses commits whose "
                            f"capability expired more than 24 h before anchoring: {CHALLENGE_HINT}")
    if not cacao.signature:
        raise IdentityError("signature_invalid", f"the CACAO carries no signature: {CHALLENGE_HINT}")
    try:
        verify_cacao(cacao, now=now, audience=audience, grace=timedelta(0), address_forms=("lowercase",))
        return
    except CapabilityError:
        pass
    try:
        verify_cacao(cacao, now=now, audience=audience, grace=timedelta(0), address_forms=("eip55",))
    except CapabilityError:
        raise IdentityError("signature_invalid", f"the signature was not made by {cacao.address} over this message "
                            f"(forged, for another message, or by another wallet): {CHALLENGE_HINT}") from None
    raise IdentityError("address_form", "the wallet signed the message with the checksummed (EIP-55) address; "
                        "the Ceramic node only accepts the lowercase form this server sends: sign the message "
                        "text exactly as returned by the challenge")


__all__ = [
    "CHAIN_ID", "CHALLENGE_TTL", "CLOCK_SKEW", "LIFETIME_TOLERANCE", "STATEMENT", "DIDSESSION_STATEMENT",
    "IMPORT_STATEMENTS", "CHALLENGE_HINT", "MAX_SESSION_STRING", "EXPIRING", "NOT_COVERED", "utc_now", "seconds",
    "siwe_domain", "allowed_models", "allowed_resources", "check_lifetime", "cannot_sign", "check_address",
    "cacao_address", "cacao_from_parts", "check_shape", "check_cacao",
]
