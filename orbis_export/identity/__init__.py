"""Labeler identity: wallet links, server-held DID sessions, and the one signer choice every writer uses.

* :mod:`.sessions` — the lifecycle: challenge, activation, import, revoke, unlink, expiry, secret-key rotation;
* :mod:`.policy` — the rules a wallet's delegation must follow (shape, domain, statement, chain, resources,
  lifetimes, signature) and the one "may this session sign now" check;
* :mod:`.signers` — who signs a row (:class:`SignerCache`, :func:`choose_signer`);
* :mod:`.errors` — :class:`IdentityError`, the refusal every one of them raises.

What users see of it (status, audit, policy as JSON) is the API's business: ``orbis_export.api.identity_presenters``.
"""
from .errors import IdentityError
from .policy import (
    CHAIN_ID, CHALLENGE_TTL, DIDSESSION_STATEMENT, IMPORT_STATEMENTS, STATEMENT, allowed_models, allowed_resources,
    cannot_sign, siwe_domain,
)
from .sessions import (
    MAX_OPEN_CHALLENGES, activate_session, expire_sessions, import_serialized_session, issue_challenge, revoke,
    rotate_secret_key, unlink,
)
from .signers import Signer, SignerCache, SignerChoice, choose_signer, load_session, record_use

__all__ = [
    "IdentityError", "SignerChoice", "SignerCache", "Signer", "issue_challenge", "activate_session",
    "import_serialized_session", "revoke", "unlink", "expire_sessions", "rotate_secret_key", "choose_signer",
    "load_session", "record_use", "siwe_domain", "allowed_models", "allowed_resources", "cannot_sign", "CHAIN_ID",
    "CHALLENGE_TTL", "STATEMENT", "DIDSESSION_STATEMENT", "IMPORT_STATEMENTS", "MAX_OPEN_CHALLENGES",
]
