"""Session lifecycle: challenge → activation (or import) → use → revoke / replace / expire / unlink; key rotation.

Flow (the secret never leaves the server):
  1. :func:`issue_challenge` makes an Ed25519 session key (stored encrypted, status ``pending``), a one-time nonce,
     and the exact SIWE text the wallet must ``personal_sign`` (lowercase address, chain 1, resources exactly the
     configured model(s), expiry within policy).
  2. :func:`activate_session` takes the wallet's signature (or the signed SIWE text, or a CACAO built by a JS
     library for that key), checks everything (:mod:`.policy`), links the wallet to the user on first use, and
     activates the session. :func:`import_serialized_session` does the same for a did-session string made elsewhere
     (OrbisDB SDK).
  3. A session ends (seed wiped, audited) when it is revoked, replaced by a newer one, or expired.

Every refusal raises :class:`~.errors.IdentityError` before anything is written; nothing is stored for a rejected
attempt.
"""
from __future__ import annotations

import hashlib
import logging
import secrets
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import IntegrityError, OperationalError, connection, transaction
from django.db.models import F

from ..ceramic.cacao import Cacao
from ..ceramic.errors import CapabilityAudienceMismatch, CeramicConfigError, CeramicError
from ..ceramic.keys import Ed25519DIDKey
from ..ceramic.session import Session
from ..ceramic.siwe import compose_siwe, iso_time
from ..crypto import SeedDecryptionError, encrypt_seed, reencrypt_seed
from ..models import IdentityEvent, LabelerIdentity, LabelerSession
from .errors import IdentityError
from .policy import (
    CHAIN_ID, CHALLENGE_HINT, CHALLENGE_TTL, IMPORT_STATEMENTS, MAX_SESSION_STRING, STATEMENT, allowed_resources,
    cacao_address, cacao_from_parts, check_address, check_cacao, check_lifetime, check_shape, seconds, siwe_domain,
    utc_now,
)

logger = logging.getLogger("orbis_export.identity")

MAX_OPEN_CHALLENGES = 5


def _ms(value: datetime) -> datetime:
    """Truncate to milliseconds: SIWE/CACAO times carry milliseconds, and the stored time must re-render exactly."""
    return value.replace(microsecond=value.microsecond // 1000 * 1000)


def _nonce_hash(nonce: str) -> str:
    return hashlib.sha256(nonce.encode("utf-8")).hexdigest()


def as_user_id(user: Any) -> int | None:
    """The id of a user, a user id, or None."""
    if user is None:
        return None
    if isinstance(user, int):
        return user
    return getattr(user, "pk", None)


def _audit(user_id: int, event: str, *, session: LabelerSession | None = None, did: str = "", count: int = 1,
           **detail: Any) -> None:
    IdentityEvent.objects.create(user_id=user_id, session=session, event=event, did=did or "", count=count,
                                 detail=detail)


# ---------------------------------------------------------------------------------------------- challenge


def issue_challenge(user, *, address: str, domain: str | None = None, lifetime: timedelta | None = None,
                    relink: bool = False, now: datetime | None = None) -> dict[str, Any]:
    """Create a pending session key and one-time nonce; return the exact SIWE text to sign (and its fields).

    ``domain``: the SIWE domain, by default (and always from the HTTP API) :func:`siwe_domain`; only server-side
    callers (tests, benchmarks) pass another one, and must then activate with the same."""
    now = _ms(utc_now(now))
    domain = domain or siwe_domain()
    address = check_address(address)
    resources = allowed_resources(user)
    if lifetime is None:
        lifetime = settings.ORBIS.session_default_lifetime
    check_lifetime(lifetime)
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
    LabelerSession.objects.of(user).stale_challenges(now).delete()
    open_ids = list(LabelerSession.objects.of(user).pending().newest().values_list("id", flat=True))
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
                            f"{seconds(CHALLENGE_TTL)} s): {CHALLENGE_HINT}")
    return row


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
    now = utc_now(now)
    domain = domain or siwe_domain()
    if cacao is not None:
        if not isinstance(cacao, dict):
            raise IdentityError("malformed_cacao", "cacao must be a JSON object {h, p, s}")
        try:
            c = Cacao(cacao)
        except CeramicConfigError as exc:
            raise IdentityError("malformed_cacao", f"{exc.message[:200]}: send the CACAO as {{h, p, s}}") from None
        check_shape(c)
        row = _open_challenge(user, c.nonce, now)
    elif message is not None:
        if not isinstance(message, str):
            raise IdentityError("invalid_request", "message must be the signed SIWE text")
        c = cacao_from_parts(signature=signature, message=message)
        if address is not None and check_address(address) != cacao_address(c):
            raise IdentityError("address_mismatch", f"the message is for {c.address}, not {check_address(address)}: "
                                "send the address of the wallet that signed")
        row = _open_challenge(user, c.nonce, now)
    else:
        if not isinstance(nonce, str) or not nonce or address is None:
            raise IdentityError("invalid_request", "send nonce, signature and address (or message + signature, or "
                                "cacao, or session)")
        row = _open_challenge(user, nonce, now)
        if check_address(address) != row.address:
            raise IdentityError("address_mismatch", f"the challenge was issued for {row.address}, not "
                                f"{check_address(address)}: request a challenge for the wallet you sign with")
        c = cacao_from_parts(signature=signature, siwe=_rebuild_challenge_message(row, nonce))
    if cacao_address(c) != row.address:
        raise IdentityError("address_mismatch", f"the challenge was issued for {row.address}, but the message is "
                            f"signed as {c.address}: request a challenge for the wallet you sign with")
    if row.domain != domain:
        raise IdentityError("domain_mismatch", f"the challenge was issued on {row.domain!r}, not {domain!r}: "
                            f"{CHALLENGE_HINT}")
    check_cacao(c, domain=domain, audience=row.session_did, now=now, user=user)
    return _activate(user, c, now=now, row=row, key=None)


def import_serialized_session(user, serialized: Any, *, domain: str | None = None,
                              now: datetime | None = None) -> LabelerSession:
    """Accept a did-session string made elsewhere (did-session 4 / OrbisDB SDK ``orbis:session``), same checks.

    Linking a wallet needs fresh proof: either the account is already linked to the session's wallet, or the
    CACAO's nonce is an open challenge nonce of this user (pass ``nonce`` to the JS library). The domain must be
    ours (:func:`siwe_domain`), and the statement one of :data:`IMPORT_STATEMENTS` (ours, or did-session's
    default that such clients write; never missing, never any other text)."""
    now = utc_now(now)
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
    check_shape(c)
    row = None
    nonce_row = LabelerSession.objects.filter(nonce_hash=_nonce_hash(c.nonce)).first()
    if nonce_row is not None and nonce_row.user_id == user.pk:
        row = _open_challenge(user, c.nonce, now)
        if cacao_address(c) != row.address:
            raise IdentityError("address_mismatch", f"the challenge was issued for {row.address}, but the session "
                                f"is signed as {c.address}: request a challenge for the wallet you sign with")
    cacao_address(c)
    check_cacao(c, domain=domain, audience=session.session_did, now=now, statements=IMPORT_STATEMENTS, user=user)
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
                if not LabelerSession.objects.pending().filter(pk=row.pk).update(**fields):
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


# ---------------------------------------------------------------------------------------------- revoke / expire


def _end_sessions(user_id: int, status: str, reason: str, now: datetime, *, exclude: int | None = None,
                  session_id: int | None = None, event: str | None = None) -> int:
    """End the user's active sessions (wiping their seeds) and audit each one. Returns how many ended."""
    qs = LabelerSession.objects.of(user_id).active()
    if exclude is not None:
        qs = qs.exclude(pk=exclude)
    if session_id is not None:
        qs = qs.filter(pk=session_id)
    ended = list(qs.only("id", "did", "session_did"))
    if not ended:
        return 0
    LabelerSession.objects.filter(pk__in=[s.pk for s in ended]).end(status, reason, now)
    for s in ended:
        if event:
            _audit(user_id, event, session=s, did=s.did, session_id=s.pk, reason=reason)
    return len(ended)


def revoke(user, *, session_id: int | None = None, reason: str = "revoked by the user",
           now: datetime | None = None) -> int:
    """End the user's active session(s) (and drop open challenges). ``session_id`` must be one of theirs."""
    now = utc_now(now)
    with transaction.atomic():
        if session_id is not None:
            if not LabelerSession.objects.of(user).filter(pk=session_id).exists():
                raise IdentityError("not_found", "no such session on your account: see GET "
                                    "/api/orbis/identity/status for your sessions", status=404)
            LabelerSession.objects.of(user).pending().filter(pk=session_id).delete()
            count = _end_sessions(user.pk, LabelerSession.REVOKED, reason, now, session_id=session_id,
                                  event=IdentityEvent.REVOKED)
        else:
            LabelerSession.objects.of(user).pending().delete()
            count = _end_sessions(user.pk, LabelerSession.REVOKED, reason, now, event=IdentityEvent.REVOKED)
    logger.info("identity sessions revoked: user=%s count=%s", user.pk, count)
    return count


def unlink(user, *, now: datetime | None = None) -> bool:
    """Remove the user's wallet link (ending every session first). Rows already written stay on Ceramic."""
    now = utc_now(now)
    with transaction.atomic():
        _take_write_lock(user)
        identity = LabelerIdentity.objects.select_for_update().filter(user=user).first()
        if identity is None:
            return False
        LabelerSession.objects.of(user).pending().delete()
        _end_sessions(user.pk, LabelerSession.REVOKED, "wallet unlinked", now, event=IdentityEvent.REVOKED)
        _audit(user.pk, IdentityEvent.UNLINKED, did=identity.did, address=identity.address)
        identity.delete()
    logger.info("identity unlinked: user=%s", user.pk)
    return True


def expire_sessions(user=None, *, now: datetime | None = None) -> int:
    """Mark active sessions past their expiry as expired (seed wiped, audited); drop stale challenges."""
    now = utc_now(now)
    qs, stale = LabelerSession.objects.past_expiry(now), LabelerSession.objects.stale_challenges(now)
    if user is not None:
        uid = as_user_id(user)
        qs, stale = qs.of(uid), stale.of(uid)
    stale.delete()
    count = 0
    for s in list(qs.only("id", "user_id", "did")):
        with transaction.atomic():
            if LabelerSession.objects.filter(pk=s.pk).end(LabelerSession.EXPIRED, "expired", now):
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
    for pk, token in LabelerSession.objects.holding_keys().values_list("pk", "seed_encrypted").iterator():
        try:
            fresh = reencrypt_seed(token)
        except SeedDecryptionError:
            failed.append(pk)
            continue
        rotated += LabelerSession.objects.filter(pk=pk, seed_encrypted=token).update(seed_encrypted=fresh)
    logger.info("session keys re-encrypted with the first ORBIS_SECRET_KEY: %s (%s undecryptable)", rotated,
                len(failed))
    return rotated, failed


__all__ = [
    "MAX_OPEN_CHALLENGES", "issue_challenge", "activate_session", "import_serialized_session", "revoke", "unlink",
    "expire_sessions", "rotate_secret_key", "as_user_id",
]
