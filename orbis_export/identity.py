"""Labeler identity: wallet links, server-held DID sessions, and the one signer choice every writer uses.

Flow (the secret never leaves the server):
  1. ``issue_challenge`` makes an Ed25519 session key (stored encrypted, status ``pending``), a one-time nonce,
     and the exact SIWE text the wallet must ``personal_sign`` (lowercase address, chain 1, resources exactly the
     configured model(s), expiry within policy).
  2. ``activate_session`` takes the wallet's signature (or the signed SIWE text, or a CACAO built by a JS
     library for that key), checks everything, links the wallet to the user on first use, and activates the
     session. ``import_serialized_session`` does the same for a did-session string made elsewhere (OrbisDB SDK).
  3. ``choose_signer`` picks, for one row, the annotator's session, else the configured fallback.

SIWE text rules (security; see README "Security"):

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
  (:data:`IMPORT_STATEMENTS`, see ``import_serialized_session``).

Every refusal raises :class:`IdentityError` (``code``, ``detail`` saying what is wrong and what to do, HTTP
``status``) before anything is written; nothing is stored for a rejected attempt.
"""
from __future__ import annotations

import hashlib
import logging
import secrets
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone as dt_timezone
from typing import Any, Union

from django.conf import settings
from django.db import IntegrityError, OperationalError, connection, transaction
from django.db.models import F
from django.utils import timezone

from .ceramic.cacao import Cacao, verify_cacao
from .ceramic.errors import CapabilityAudienceMismatch, CapabilityError, CeramicConfigError, CeramicError
from .ceramic.keys import Ed25519DIDKey
from .ceramic.pkh import normalize_address, parse_pkh_did
from .ceramic.session import Session
from .ceramic.siwe import compose_siwe, iso_time, parse_siwe
from .crypto import SeedDecryptionError, decrypt_seed, encrypt_seed, reencrypt_seed
from .models import IdentityEvent, LabelerIdentity, LabelerSession

logger = logging.getLogger(__name__)

CHAIN_ID = "1"
CHALLENGE_TTL = timedelta(minutes=10)
MAX_OPEN_CHALLENGES = 5
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

Signer = Union[Session, Ed25519DIDKey]


class IdentityError(Exception):
    """A refused identity operation. ``detail`` says what is wrong and what to do; ``status`` is the HTTP code."""

    def __init__(self, code: str, detail: str, status: int = 400):
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail
        self.status = status


# ---------------------------------------------------------------------------------------------- helpers


def _now(now: datetime | None) -> datetime:
    value = now or timezone.now()
    if value.tzinfo is None:
        raise ValueError("pass a timezone-aware datetime")
    return value.astimezone(dt_timezone.utc)


def _ms(value: datetime) -> datetime:
    """Truncate to milliseconds: SIWE/CACAO times carry milliseconds, and the stored time must re-render exactly."""
    return value.replace(microsecond=value.microsecond // 1000 * 1000)


def _nonce_hash(nonce: str) -> str:
    return hashlib.sha256(nonce.encode("utf-8")).hexdigest()


def _user_id(user: Any) -> int | None:
    if user is None:
        return None
    if isinstance(user, int):
        return user
    return getattr(user, "pk", None)


def _seconds(delta: timedelta | None) -> int | None:
    return None if delta is None else int(delta.total_seconds())


def _audit(user_id: int, event: str, *, session: LabelerSession | None = None, did: str = "", count: int = 1,
           **detail: Any) -> None:
    IdentityEvent.objects.create(user_id=user_id, session=session, event=event, did=did or "", count=count,
                                 detail=detail)


def siwe_domain() -> str:
    """The SIWE domain of this server: the host name of ``ORBIS_PUBLIC_URL`` (``settings.ORBIS.public_host``).
    Configuration only — never a request's Host header (see the module docstring)."""
    domain = settings.ORBIS.public_host
    if not domain:
        raise IdentityError("not_configured", "this server has no public origin configured (ORBIS_PUBLIC_URL), so "
                            "it cannot name itself in the sign-in message; ask an administrator to set it", status=503)
    return domain


def allowed_models() -> list[str]:
    model_id = settings.ORBIS.model_id
    if not model_id:
        raise IdentityError(
            "not_configured",
            "this server has no Ceramic model configured (ORBIS_MODEL_ID is empty), so sessions cannot be scoped; "
            "ask an administrator to set ORBIS_MODEL_ID",
            status=503,
        )
    return [model_id]


def allowed_resources() -> list[str]:
    """Exactly what a session may cover: ``ceramic://*?model=<id>`` for each configured model, nothing broader."""
    return [f"ceramic://*?model={m}" for m in allowed_models()]


def policy() -> dict[str, Any]:
    o = settings.ORBIS
    return {
        "defaultLifetimeSeconds": _seconds(o.session_default_lifetime),
        "maxLifetimeSeconds": _seconds(o.session_max_lifetime),
        "minRemainingSeconds": _seconds(o.session_min_remaining),
        "challengeTtlSeconds": _seconds(CHALLENGE_TTL),
        "chainId": int(CHAIN_ID),
        "signerFallback": o.signer_fallback,
    }


def _address(value: Any, what: str = "address") -> str:
    try:
        return normalize_address(value)
    except CeramicConfigError:
        raise IdentityError("invalid_address", f"{what} must be an Ethereum address: 0x followed by 40 hex "
                            "characters (the wallet's account address)") from None


# ---------------------------------------------------------------------------------------------- challenge


def issue_challenge(user, *, address: str, domain: str | None = None, lifetime: timedelta | None = None,
                    relink: bool = False, now: datetime | None = None) -> dict[str, Any]:
    """Create a pending session key and one-time nonce; return the exact SIWE text to sign (and its fields).

    ``domain``: the SIWE domain, by default (and always from the HTTP API) :func:`siwe_domain`; only server-side
    callers (tests, benchmarks) pass another one, and must then activate with the same."""
    now = _ms(_now(now))
    domain = domain or siwe_domain()
    address = _address(address)
    resources = allowed_resources()
    o = settings.ORBIS
    if lifetime is None:
        lifetime = o.session_default_lifetime
    shortest = o.session_min_remaining + CHALLENGE_TTL
    if not shortest < lifetime <= o.session_max_lifetime:
        raise IdentityError(
            "lifetime_out_of_policy",
            f"expiresInSeconds must be more than {_seconds(shortest)} (the {_seconds(o.session_min_remaining)} s a "
            f"session needs left to sign, plus the {_seconds(CHALLENGE_TTL)} s to sign the challenge) and at most "
            f"{_seconds(o.session_max_lifetime)}; omit it for the default of {_seconds(o.session_default_lifetime)}",
        )
    _check_link_allowed(user, address, relink)

    key = Ed25519DIDKey.generate()
    nonce = secrets.token_hex(16)  # 32 alphanumeric characters, as SIWE wants
    expires_at = now + lifetime
    # URI = the session key's did:key (compose_siwe's session_did), not the web origin: Ceramic requires the CACAO's
    # audience there (js-ceramic checks it against the key that signs); the origin is carried by the domain.
    message = compose_siwe(session_did=key.did, address=address, nonce=nonce, domain=domain, resources=resources,
                           issued_at=now, expires_at=expires_at, statement=STATEMENT, chain_id=CHAIN_ID)
    with transaction.atomic():
        _drop_stale_challenges(user, now)
        LabelerSession.objects.create(
            user=user, status=LabelerSession.PENDING, source=LabelerSession.FROM_CHALLENGE, session_did=key.did,
            address=address, nonce_hash=_nonce_hash(nonce), nonce_expires_at=now + CHALLENGE_TTL, relink=relink,
            domain=domain, resources=resources, seed_encrypted=encrypt_seed(key.seed), issued_at=now,
            expires_at=expires_at,
        )
    logger.info("identity challenge issued: user=%s address=%s session_did=%s", user.pk, address, key.did)
    return {
        "message": message.text(),  # lowercase address: the form the Ceramic node verifies
        "address": address,
        "chainId": int(CHAIN_ID),
        "domain": domain,
        "aud": key.did,
        "nonce": nonce,
        "statement": STATEMENT,
        "resources": resources,
        "issuedAt": message.issued_at,
        "expirationTime": message.expiration_time,
        "nonceExpiresAt": iso_time(now + CHALLENGE_TTL),
    }


def _check_link_allowed(user, address: str, relink: bool) -> None:
    identity = LabelerIdentity.objects.filter(user=user).first()
    if identity is not None and identity.address != address and not relink:
        raise IdentityError(
            "identity_mismatch",
            f"your account is linked to wallet {identity.address}, not {address}: sign with that wallet, or "
            "request a challenge with \"relink\": true to change the linked wallet (your current sessions end)",
            status=409,
        )
    if LabelerIdentity.objects.filter(address=address).exclude(user=user).exists():
        raise IdentityError(
            "address_in_use",
            f"wallet {address} is already linked to another Label Studio account; use another wallet, or unlink "
            "it there first (POST /api/orbis/identity/unlink while logged in to that account)",
            status=409,
        )


def _drop_stale_challenges(user, now: datetime) -> None:
    pending = LabelerSession.objects.filter(user=user, status=LabelerSession.PENDING)
    pending.filter(nonce_expires_at__lte=now).delete()
    open_ids = list(pending.order_by("-created_at", "-id").values_list("id", flat=True))
    if len(open_ids) >= MAX_OPEN_CHALLENGES:
        LabelerSession.objects.filter(id__in=open_ids[MAX_OPEN_CHALLENGES - 1:]).delete()


def _open_challenge(user, nonce: str, now: datetime) -> LabelerSession:
    if not isinstance(nonce, str) or not nonce:
        raise IdentityError("invalid_request", f"nonce is missing: {CHALLENGE_HINT}")
    row = LabelerSession.objects.filter(nonce_hash=_nonce_hash(nonce)).first()
    if row is None or row.user_id != user.pk:
        raise IdentityError("nonce_unknown", f"this nonce was not issued to you (or its challenge was dropped): "
                            f"{CHALLENGE_HINT}")
    if row.status != LabelerSession.PENDING:
        raise IdentityError("nonce_used", f"this nonce was already used: each challenge activates one session; "
                            f"{CHALLENGE_HINT}", status=409)
    if row.nonce_expires_at is None or row.nonce_expires_at <= now:
        raise IdentityError("nonce_expired", f"the challenge expired (challenges are valid for "
                            f"{_seconds(CHALLENGE_TTL)} s): {CHALLENGE_HINT}")
    return row


# ---------------------------------------------------------------------------------------------- verification


_CACAO_FIELDS = {"domain", "iss", "aud", "version", "nonce", "iat", "exp", "nbf", "statement", "requestId",
                 "resources"}


def _check_shape(cacao: Cacao) -> None:
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


def _check_cacao(cacao: Cacao, *, domain: str, audience: str, now: datetime,
                 statements: tuple[str, ...] = (STATEMENT,)) -> None:
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
    allowed = allowed_resources()
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
        raise IdentityError("lifetime_too_long", f"the session would last {_seconds(expires_at - issued_at)} s; the "
                            f"limit is {_seconds(o.session_max_lifetime)} s: create it with a shorter expiry")
    if expires_at - now < o.session_min_remaining:
        raise IdentityError("too_little_time_left", f"the session ends at {iso_time(expires_at)}, less than "
                            f"{_seconds(o.session_min_remaining)} s from now; the Ceramic node refuses commits whose "
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


def _cacao_from_parts(*, signature: Any, message: str | None = None, siwe=None) -> Cacao:
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


def _cacao_address(c: Cacao) -> str:
    try:
        return c.address
    except CeramicConfigError:
        raise IdentityError("malformed_cacao", "the issuer is not an Ethereum did:pkh (did:pkh:eip155:1:0x…): sign "
                            "with an Ethereum wallet") from None


def _rebuild_challenge_message(row: LabelerSession, nonce: str):
    return compose_siwe(session_did=row.session_did, address=row.address, nonce=nonce, domain=row.domain,
                        resources=list(row.resources), issued_at=row.issued_at, expires_at=row.expires_at,
                        statement=STATEMENT, chain_id=CHAIN_ID)


# ---------------------------------------------------------------------------------------------- activation


def activate_session(user, *, domain: str | None = None, nonce: str | None = None, signature: str | None = None,
                     address: str | None = None, message: str | None = None, cacao: dict | None = None,
                     now: datetime | None = None) -> LabelerSession:
    """Verify the wallet's delegation to a pending session key and activate it.

    Give one of: ``nonce`` + ``signature`` + ``address`` (the wallet signed the challenge text unchanged);
    ``message`` + ``signature`` (the exact text the wallet signed); ``cacao`` (``{h, p, s}`` built by a JS library
    for the challenge's key and nonce, with the challenge's statement). ``domain``: see :func:`issue_challenge`."""
    now = _now(now)
    domain = domain or siwe_domain()
    if cacao is not None:
        if not isinstance(cacao, dict):
            raise IdentityError("malformed_cacao", "cacao must be a JSON object {h, p, s}")
        try:
            c = Cacao(cacao)
        except CeramicConfigError as exc:
            raise IdentityError("malformed_cacao", f"{exc.message[:200]}: send the CACAO as {{h, p, s}}") from None
        _check_shape(c)
        row = _open_challenge(user, c.nonce, now)
    elif message is not None:
        if not isinstance(message, str):
            raise IdentityError("invalid_request", "message must be the signed SIWE text")
        c = _cacao_from_parts(signature=signature, message=message)
        if address is not None and _address(address) != _cacao_address(c):
            raise IdentityError("address_mismatch", f"the message is for {c.address}, not {_address(address)}: "
                                "send the address of the wallet that signed")
        row = _open_challenge(user, c.nonce, now)
    else:
        if not isinstance(nonce, str) or not nonce or address is None:
            raise IdentityError("invalid_request", "send nonce, signature and address (or message + signature, or "
                                "cacao, or session)")
        row = _open_challenge(user, nonce, now)
        if _address(address) != row.address:
            raise IdentityError("address_mismatch", f"the challenge was issued for {row.address}, not "
                                f"{_address(address)}: request a challenge for the wallet you sign with")
        c = _cacao_from_parts(signature=signature, siwe=_rebuild_challenge_message(row, nonce))
    if _cacao_address(c) != row.address:
        raise IdentityError("address_mismatch", f"the challenge was issued for {row.address}, but the message is "
                            f"signed as {c.address}: request a challenge for the wallet you sign with")
    if row.domain != domain:
        raise IdentityError("domain_mismatch", f"the challenge was issued on {row.domain!r}, not {domain!r}: "
                            f"{CHALLENGE_HINT}")
    _check_cacao(c, domain=domain, audience=row.session_did, now=now)
    return _activate(user, c, now=now, row=row, key=None)


def import_serialized_session(user, serialized: Any, *, domain: str | None = None,
                              now: datetime | None = None) -> LabelerSession:
    """Accept a did-session string made elsewhere (did-session 4 / OrbisDB SDK ``orbis:session``), same checks.

    Linking a wallet needs fresh proof: either the account is already linked to the session's wallet, or the
    CACAO's nonce is an open challenge nonce of this user (pass ``nonce`` to the JS library). The domain must be
    ours (:func:`siwe_domain`), and the statement one of :data:`IMPORT_STATEMENTS` (ours, or did-session's
    default that such clients write; never missing, never any other text)."""
    now = _now(now)
    domain = domain or siwe_domain()
    if not isinstance(serialized, str) or not serialized.strip():
        raise IdentityError("invalid_request", "session must be the serialized did-session string")
    if len(serialized) > MAX_SESSION_STRING:
        raise IdentityError("malformed_session", f"the session string is longer than {MAX_SESSION_STRING} characters; "
                            "send the output of DIDSession.serialize()")
    try:
        session = Session.from_serialized(serialized)
    except CapabilityAudienceMismatch:
        raise IdentityError("audience_mismatch", "the session key in this string is not the key the wallet signed "
                            "for (CACAO aud): create the session again with DIDSession.authorize") from None
    except (CeramicConfigError, ValueError) as exc:
        # the core's messages never echo the string; anything else gets a generic text (the input holds a seed)
        text = exc.message if isinstance(exc, CeramicError) else "not a serialized did-session"
        raise IdentityError("malformed_session", f"{text[:200]}; send the output of DIDSession.serialize() "
                            "(base64url JSON with sessionKeySeed and cacao)") from None
    c = session.cacao
    _check_shape(c)
    row = None
    nonce_row = LabelerSession.objects.filter(nonce_hash=_nonce_hash(c.nonce)).first()
    if nonce_row is not None and nonce_row.user_id == user.pk:
        row = _open_challenge(user, c.nonce, now)
        if _cacao_address(c) != row.address:
            raise IdentityError("address_mismatch", f"the challenge was issued for {row.address}, but the session "
                                f"is signed as {c.address}: request a challenge for the wallet you sign with")
    _cacao_address(c)
    _check_cacao(c, domain=domain, audience=session.session_did, now=now, statements=IMPORT_STATEMENTS)
    identity = LabelerIdentity.objects.filter(user=user).first()
    if row is None and identity is None:
        raise IdentityError("link_required", "your account is not linked to a wallet yet, and this session does "
                            "not carry a nonce this server issued to you: sign a challenge first, or create the "
                            "session with the challenge's nonce", status=409)
    if LabelerSession.objects.filter(cacao_cid=str(c.cid)).exists():
        raise IdentityError("already_imported", "this session was already given to the server (a session string "
                            "works once): create a new session", status=409)
    return _activate(user, c, now=now, row=row, key=session.signer)


def _activate(user, c: Cacao, *, now: datetime, row: LabelerSession | None, key: Ed25519DIDKey | None
              ) -> LabelerSession:
    """Store the verified session, link/re-link the wallet, end older sessions, audit. All or nothing."""
    address = c.address
    relink = bool(row and row.relink)
    source = LabelerSession.FROM_IMPORT if key is not None else LabelerSession.FROM_CHALLENGE
    try:
        with transaction.atomic():
            _take_write_lock(user)
            identity = LabelerIdentity.objects.select_for_update().filter(user=user).first()
            if identity is not None and identity.address != address and not relink:
                raise IdentityError(
                    "identity_mismatch",
                    f"your account is linked to wallet {identity.address}, not {address}: sign with that wallet, or "
                    "request a challenge with \"relink\": true to change it", status=409)
            if LabelerIdentity.objects.filter(address=address).exclude(user=user).exists():
                raise IdentityError("address_in_use", f"wallet {address} is already linked to another Label Studio "
                                    "account; use another wallet", status=409)
            fields = dict(
                status=LabelerSession.ACTIVE, source=source, session_did=c.audience, address=address, did=c.issuer,
                domain=c.domain, resources=list(c.resources), cacao=c.to_dict(), cacao_cid=str(c.cid),
                issued_at=c.issued_at, expires_at=c.expires_at, activated_at=now,
            )
            if key is not None:
                fields["seed_encrypted"] = encrypt_seed(key.seed)
            if row is not None:
                # claim the nonce: only one request can move this row out of 'pending'
                if not LabelerSession.objects.filter(pk=row.pk, status=LabelerSession.PENDING).update(**fields):
                    raise IdentityError("nonce_used", f"this nonce was already used: {CHALLENGE_HINT}", status=409)
                row.refresh_from_db()
                record = row
            else:
                record = LabelerSession.objects.create(user=user, **fields)

            if identity is None:
                identity = LabelerIdentity.objects.create(user=user, address=address, chain_id=CHAIN_ID,
                                                          did=c.issuer, linked_at=now)
                _audit(user.pk, IdentityEvent.LINKED, session=record, did=c.issuer, address=address)
            elif identity.address != address:
                old = identity.address
                identity.address, identity.did, identity.linked_at = address, c.issuer, now
                identity.save(update_fields=["address", "did", "linked_at", "updated_at"])
                _end_sessions(user.pk, LabelerSession.REVOKED, "wallet re-linked", now, exclude=record.pk,
                              event=IdentityEvent.REVOKED)
                _audit(user.pk, IdentityEvent.RELINKED, session=record, did=c.issuer, old_address=old,
                       address=address)
            _end_sessions(user.pk, LabelerSession.SUPERSEDED, "replaced by a newer session", now, exclude=record.pk,
                          event=IdentityEvent.SUPERSEDED)
            _audit(user.pk, IdentityEvent.SESSION_IMPORTED if key is not None else IdentityEvent.SESSION_CREATED,
                   session=record, did=c.issuer, session_id=record.pk, session_did=record.session_did,
                   expires_at=iso_time(record.expires_at), resources=list(record.resources), source=source)
    except IntegrityError:
        # a concurrent request linked the same wallet or stored the same CACAO (on PostgreSQL both requests pass the
        # checks above, and the unique index on the address refuses the second insert)
        raise _concurrent_change(user, address) from None
    except OperationalError as exc:
        # SQLite: the write lock was not granted within the busy timeout (another long writer)
        if "locked" not in str(exc).lower():
            raise
        raise _concurrent_change(user, address) from None
    logger.info("identity session activated: user=%s did=%s session=%s session_did=%s expires=%s source=%s",
                user.pk, c.issuer, record.pk, record.session_did, iso_time(record.expires_at), source)
    return record


def _take_write_lock(user) -> None:
    """Make a write the first statement of the current transaction, so that concurrent identity changes run one after
    the other and each sees what the previous one committed.

    On SQLite a transaction that *reads* first and writes later fails at once with "database is locked" when another
    connection wrote in between (SQLite does not wait there, to avoid a deadlock): two users linking the same wallet
    at once gave one 201 and one HTTP 500. A transaction whose first statement is a write waits for the lock (busy
    timeout) instead, then reads the winner's identity row and answers 409 ``address_in_use``. A zero-row UPDATE is
    enough to take SQLite's write lock. PostgreSQL keeps row-level locking (``select_for_update``) and the unique
    index on the address; its loser's IntegrityError is mapped to the same 409 by :func:`_concurrent_change`."""
    if connection.vendor == "sqlite":
        LabelerIdentity.objects.filter(user=user).update(updated_at=F("updated_at"))


def _concurrent_change(user, address: str) -> IdentityError:
    """The error for the losing side of a race (read after its transaction was rolled back)."""
    if LabelerIdentity.objects.filter(address=address).exclude(user=user).exists():
        return IdentityError("address_in_use", f"wallet {address} was just linked to another Label Studio account; "
                             "use another wallet", status=409)
    return IdentityError("conflict", "another request changed this identity at the same time: check the status "
                         "and try again", status=409)


def _end_sessions(user_id: int, status: str, reason: str, now: datetime, *, exclude: int | None = None,
                  session_id: int | None = None, event: str | None = None) -> int:
    """End the user's active sessions (wiping their seeds) and audit each one. Returns how many ended."""
    qs = LabelerSession.objects.filter(user_id=user_id, status=LabelerSession.ACTIVE)
    if exclude is not None:
        qs = qs.exclude(pk=exclude)
    if session_id is not None:
        qs = qs.filter(pk=session_id)
    ended = list(qs.only("id", "did", "session_did"))
    if not ended:
        return 0
    LabelerSession.objects.filter(pk__in=[s.pk for s in ended], status=LabelerSession.ACTIVE).update(
        status=status, seed_encrypted="", ended_at=now, end_reason=reason[:200])
    for s in ended:
        if event:
            _audit(user_id, event, session=s, did=s.did, session_id=s.pk, reason=reason)
    return len(ended)


# ---------------------------------------------------------------------------------------------- revoke / expire


def revoke(user, *, session_id: int | None = None, reason: str = "revoked by the user",
           now: datetime | None = None) -> int:
    """End the user's active session(s) (and drop open challenges). ``session_id`` must be one of theirs."""
    now = _now(now)
    with transaction.atomic():
        if session_id is not None:
            if not LabelerSession.objects.filter(pk=session_id, user=user).exists():
                raise IdentityError("not_found", "no such session on your account: see GET "
                                    "/api/orbis/identity/status for your sessions", status=404)
            LabelerSession.objects.filter(pk=session_id, user=user, status=LabelerSession.PENDING).delete()
            count = _end_sessions(user.pk, LabelerSession.REVOKED, reason, now, session_id=session_id,
                                  event=IdentityEvent.REVOKED)
        else:
            LabelerSession.objects.filter(user=user, status=LabelerSession.PENDING).delete()
            count = _end_sessions(user.pk, LabelerSession.REVOKED, reason, now, event=IdentityEvent.REVOKED)
    logger.info("identity sessions revoked: user=%s count=%s", user.pk, count)
    return count


def unlink(user, *, now: datetime | None = None) -> bool:
    """Remove the user's wallet link (ending every session first). Rows already written stay on Ceramic."""
    now = _now(now)
    with transaction.atomic():
        _take_write_lock(user)
        identity = LabelerIdentity.objects.select_for_update().filter(user=user).first()
        if identity is None:
            return False
        LabelerSession.objects.filter(user=user, status=LabelerSession.PENDING).delete()
        _end_sessions(user.pk, LabelerSession.REVOKED, "wallet unlinked", now, event=IdentityEvent.REVOKED)
        _audit(user.pk, IdentityEvent.UNLINKED, did=identity.did, address=identity.address)
        identity.delete()
    logger.info("identity unlinked: user=%s", user.pk)
    return True


def expire_sessions(user=None, *, now: datetime | None = None) -> int:
    """Mark active sessions past their expiry as expired (seed wiped, audited); drop stale challenges."""
    now = _now(now)
    qs = LabelerSession.objects.filter(status=LabelerSession.ACTIVE, expires_at__lte=now)
    stale = LabelerSession.objects.filter(status=LabelerSession.PENDING, nonce_expires_at__lte=now)
    if user is not None:
        uid = _user_id(user)
        qs, stale = qs.filter(user_id=uid), stale.filter(user_id=uid)
    stale.delete()
    count = 0
    for s in list(qs.only("id", "user_id", "did")):
        with transaction.atomic():
            if LabelerSession.objects.filter(pk=s.pk, status=LabelerSession.ACTIVE).update(
                    status=LabelerSession.EXPIRED, seed_encrypted="", ended_at=now, end_reason="expired"):
                _audit(s.user_id, IdentityEvent.EXPIRED, session=s, did=s.did, session_id=s.pk)
                count += 1
    if count:
        logger.info("identity sessions expired: %s", count)
    return count


def rotate_secret_key() -> tuple[int, list[int]]:
    """Re-encrypt every stored session key with the first key of ORBIS_SECRET_KEY (after a new key was put first).
    Returns (rows re-encrypted, ids of sessions no listed key opens — left as they are). A row ended meanwhile
    (seed wiped) is not touched: the update is conditional on the ciphertext it read."""
    rotated, failed = 0, []
    for pk, token in LabelerSession.objects.exclude(seed_encrypted="").values_list("pk", "seed_encrypted").iterator():
        try:
            fresh = reencrypt_seed(token)
        except SeedDecryptionError:
            failed.append(pk)
            continue
        rotated += LabelerSession.objects.filter(pk=pk, seed_encrypted=token).update(seed_encrypted=fresh)
    logger.info("session keys re-encrypted with the first ORBIS_SECRET_KEY: %s (%s undecryptable)", rotated,
                len(failed))
    return rotated, failed


# ---------------------------------------------------------------------------------------------- status / audit


def _usability(row: LabelerSession, now: datetime, model: str | None) -> tuple[bool, str]:
    o = settings.ORBIS
    if row.status != LabelerSession.ACTIVE:
        return False, f"session is {row.status}"
    remaining = row.expires_at - now if row.expires_at else None
    if remaining is not None and remaining < o.session_min_remaining:
        return False, (f"session ends at {iso_time(row.expires_at)}, less than {_seconds(o.session_min_remaining)} s "
                       "away (too close to expiry to sign safely): reconnect the wallet")
    if model and f"ceramic://*?model={model}" not in (row.resources or []):
        return False, f"session does not cover the configured model {model}: reconnect the wallet"
    return True, "ready to sign"


def session_public(row: LabelerSession, now: datetime | None = None) -> dict[str, Any]:
    """What a user (or the UI) may see of a session: never the seed."""
    now = _now(now)
    usable, reason = _usability(row, now, settings.ORBIS.model_id or None)
    return {
        "id": row.pk,
        "status": row.status,
        "source": row.source,
        "did": row.did,
        "address": row.address,
        "sessionDid": row.session_did,
        "resources": list(row.resources or []),
        "issuedAt": iso_time(row.issued_at) if row.issued_at else None,
        "expiresAt": iso_time(row.expires_at) if row.expires_at else None,
        "remainingSeconds": max(0, _seconds(row.expires_at - now)) if row.expires_at else None,
        "usable": usable,
        "needsRenewal": row.status == LabelerSession.ACTIVE and not usable,
        "reason": reason,
        "activatedAt": iso_time(row.activated_at) if row.activated_at else None,
        "endedAt": iso_time(row.ended_at) if row.ended_at else None,
        "endReason": row.end_reason or None,
        "useCount": row.use_count,
        "lastUsedAt": iso_time(row.last_used_at) if row.last_used_at else None,
    }


def status(user, *, now: datetime | None = None) -> dict[str, Any]:
    """The user's identity and current session (DID, address, expiry; never the secret)."""
    now = _now(now)
    expire_sessions(user, now=now)
    identity = LabelerIdentity.objects.filter(user=user).first()
    active = LabelerSession.objects.filter(user=user, status=LabelerSession.ACTIVE).order_by("-activated_at",
                                                                                          "-id").first()
    recent = LabelerSession.objects.filter(user=user).exclude(status=LabelerSession.PENDING).order_by(
        "-created_at", "-id")[:10]
    return {
        "linked": identity is not None,
        "did": identity.did if identity else None,
        "address": identity.address if identity else None,
        "chainId": int(identity.chain_id) if identity else int(CHAIN_ID),
        "linkedAt": iso_time(identity.linked_at) if identity else None,
        "session": session_public(active, now) if active else None,
        "sessions": [session_public(s, now) for s in recent],
        "policy": policy(),
    }


def audit(user, *, limit: int = 100) -> list[dict[str, Any]]:
    events = IdentityEvent.objects.filter(user=user).order_by("-created_at", "-id")[: max(1, min(limit, 500))]
    return [
        {"id": e.pk, "event": e.event, "at": iso_time(e.created_at), "did": e.did or None, "sessionId": e.session_id,
         "count": e.count, "detail": e.detail}
        for e in events
    ]


# ---------------------------------------------------------------------------------------------- signer choice


@dataclass(frozen=True)
class SignerChoice:
    """Who signs one row. ``signer`` is a :class:`Session` (annotator / exporter), an ``Ed25519DIDKey`` (service)
    or None (pending: the labeler must connect; report the row, never drop it)."""

    kind: str  # 'annotator' | 'exporter' | 'service' | 'pending'
    signer: Signer | None
    reason: str
    annotator_id: int | None = None
    annotator_did: str | None = None  # the annotator's linked did:pkh, if any (put it in the row's data)
    signer_user_id: int | None = None
    session_id: int | None = None

    @property
    def ok(self) -> bool:
        return self.signer is not None

    @property
    def session(self) -> Session | None:
        """The DID session for 'annotator' / 'exporter' choices (None for 'service' and 'pending')."""
        return self.signer if isinstance(self.signer, Session) else None

    @property
    def did(self) -> str | None:
        """The controller the row is written as (did:pkh of a session, did:key of the service)."""
        return self.signer.did if self.signer is not None else None

    def __repr__(self) -> str:
        return f"SignerChoice(kind={self.kind!r}, did={self.did!r}, annotator={self.annotator_id!r})"


@dataclass
class _Entry:
    session: Session | None
    session_id: int | None
    expires_at: datetime | None
    resources: tuple[str, ...]
    identity_did: str | None
    why_not: str


class SignerCache:
    """Per-run cache for :func:`choose_signer`: each user's session is loaded and decrypted once, and uses are
    counted in memory and written once per session by :meth:`flush` (also on leaving a ``with`` block).

        with SignerCache() as signers:
            for row in rows:
                choice = choose_signer(row["annotator"], exporter=request.user, cache=signers)
                ...write with choice.signer...
                signers.record_use(choice)
    """

    def __init__(self) -> None:
        self._entries: dict[int, _Entry] = {}
        self._uses: Counter[int] = Counter()
        self._users: dict[int, tuple[int, str]] = {}
        self._service: Ed25519DIDKey | None = None

    def __enter__(self) -> "SignerCache":
        return self

    def __exit__(self, *exc: object) -> None:
        self.flush()

    def entry(self, user_id: int, now: datetime) -> _Entry:
        cached = self._entries.get(user_id)
        if cached is None:
            cached = self._entries[user_id] = _load_entry(user_id, now)
        return cached

    def service_key(self) -> Ed25519DIDKey | None:
        seed = settings.ORBIS.service_seed
        if seed is None:
            return None
        if self._service is None:
            self._service = Ed25519DIDKey(seed)
        return self._service

    def record_use(self, choice: SignerChoice, count: int = 1) -> None:
        """Count signatures made with ``choice`` (service signatures are not per-user and are not counted)."""
        if choice.session_id is not None and count > 0:
            self._uses[choice.session_id] += count
            self._users[choice.session_id] = (choice.signer_user_id, choice.did or "")

    def flush(self, now: datetime | None = None) -> None:
        if not self._uses:
            return
        now = _now(now)
        uses, users = dict(self._uses), dict(self._users)
        self._uses.clear()
        with transaction.atomic():
            for session_id, count in uses.items():
                LabelerSession.objects.filter(pk=session_id).update(use_count=F("use_count") + count,
                                                                    last_used_at=now)
                user_id, did = users[session_id]
                IdentityEvent.objects.create(user_id=user_id, session_id=session_id, event=IdentityEvent.USED,
                                             did=did, count=count, detail={"session_id": session_id})


def _load_entry(user_id: int, now: datetime) -> _Entry:
    expire_sessions(user_id, now=now)
    identity = LabelerIdentity.objects.filter(user_id=user_id).only("did").first()
    did = identity.did if identity else None
    row = (LabelerSession.objects.filter(user_id=user_id, status=LabelerSession.ACTIVE)
           .order_by("-activated_at", "-id").first())
    if row is None:
        last = LabelerSession.objects.filter(user_id=user_id).exclude(status=LabelerSession.PENDING).order_by(
            "-created_at", "-id").first()
        if identity is None:
            why = "has not connected a wallet"
        elif last is not None and last.status in (LabelerSession.EXPIRED, LabelerSession.REVOKED):
            why = f"has no active session (the last one {last.status})"
        else:
            why = "has no active session"
        return _Entry(None, None, None, (), did, why)
    try:
        key = decrypt_seed(row.seed_encrypted, expected_did=row.session_did)
        session = Session(key, Cacao(row.cacao))
    except (SeedDecryptionError, CeramicError) as exc:
        logger.error("identity: stored session %s of user %s is unusable: %s", row.pk, user_id,
                     exc.message if isinstance(exc, CeramicError) else exc)
        return _Entry(None, None, None, (), did, "has a stored session that cannot be used (server key changed?)")
    return _Entry(session, row.pk, row.expires_at, tuple(row.resources or ()), did, "")


def _usable(entry: _Entry, now: datetime, model: str | None) -> tuple[bool, str]:
    if entry.session is None:
        return False, entry.why_not
    min_remaining = settings.ORBIS.session_min_remaining
    if entry.expires_at is not None and entry.expires_at - now < min_remaining:
        return False, f"has a session too close to expiry (ends {iso_time(entry.expires_at)})"
    if model and f"ceramic://*?model={model}" not in entry.resources:
        return False, f"has a session that does not cover model {model}"
    return True, ""


def choose_signer(annotator: Any, *, exporter: Any = None, cache: SignerCache | None = None,
                  model: str | None = None, now: datetime | None = None) -> SignerChoice:
    """THE signer choice for one row (sync engine, export button, jobs all call this).

    ``annotator`` / ``exporter``: a user, a user id (JSON_MIN's ``annotator``) or None. Order: the annotator's
    active session; else ``settings.ORBIS.signer_fallback``: 'exporter' (the exporting user's session), 'service'
    (``ORBIS_SERVICE_SEED``'s did:key; the row carries the annotator only as data) or 'pending' (the labeler must
    connect: report the row). Pass a :class:`SignerCache` when choosing for many rows."""
    now = _now(now)
    cache = cache if cache is not None else SignerCache()
    model = model if model is not None else (settings.ORBIS.model_id or None)
    annotator_id = _user_id(annotator)
    exporter_id = _user_id(exporter)
    annotator_did = None
    if annotator_id is None:
        why = "the row has no annotator"
    else:
        entry = cache.entry(annotator_id, now)
        annotator_did = entry.identity_did
        ok, why = _usable(entry, now, model)
        if ok:
            return SignerChoice("annotator", entry.session, "signed by the annotator's own session", annotator_id,
                                annotator_did, annotator_id, entry.session_id)
        why = f"annotator {annotator_id} {why}"
    fallback = settings.ORBIS.signer_fallback
    if fallback == "exporter":
        if exporter_id is None:
            why_exp = "no exporting user was given"
        else:
            exp_entry = cache.entry(exporter_id, now)
            ok, why_exp = _usable(exp_entry, now, model)
            if ok:
                return SignerChoice("exporter", exp_entry.session,
                                    f"{why}; signed by the exporting user {exporter_id}", annotator_id, annotator_did,
                                    exporter_id, exp_entry.session_id)
            why_exp = f"the exporting user {exporter_id} {why_exp}"
        return SignerChoice("pending", None, f"labeler must connect: {why}, and {why_exp}", annotator_id,
                            annotator_did)
    if fallback == "service":
        key = cache.service_key()
        if key is not None:
            return SignerChoice("service", key, f"{why}; signed by the service DID", annotator_id, annotator_did)
        return SignerChoice("pending", None, f"labeler must connect: {why} (no ORBIS_SERVICE_SEED)", annotator_id,
                            annotator_did)
    return SignerChoice("pending", None, f"labeler must connect: {why}", annotator_id, annotator_did)


def load_session(user: Any, *, model: str | None = None, now: datetime | None = None) -> Session | None:
    """The user's usable session (active, enough time left, covers the model), or None."""
    now = _now(now)
    model = model if model is not None else (settings.ORBIS.model_id or None)
    uid = _user_id(user)
    if uid is None:
        return None
    entry = _load_entry(uid, now)
    ok, _ = _usable(entry, now, model)
    return entry.session if ok else None


def record_use(choice: SignerChoice, count: int = 1) -> None:
    """Count signatures made outside a SignerCache (e.g. one row from the export button)."""
    cache = SignerCache()
    cache.record_use(choice, count)
    cache.flush()


__all__ = [
    "IdentityError", "SignerChoice", "SignerCache", "issue_challenge", "activate_session",
    "import_serialized_session", "revoke", "unlink", "expire_sessions", "rotate_secret_key", "status", "audit", "choose_signer",
    "load_session",
    "record_use", "siwe_domain", "allowed_resources", "policy", "session_public",
]
