"""A small Ceramic client in pure Python: encoding, DIDs, CACAO/SIWE, sessions, signed commits, HTTP.

Nothing in this package imports Django; it could be published on its own.

Typical flow (server-held session key):
    key = Ed25519DIDKey.generate()
    msg = compose_siwe(session_did=key.did, address=..., nonce=..., domain=..., resources=[f"ceramic://*?model={model}"],
                       issued_at=now, expires_at=now + timedelta(days=1))
    text = msg.text()                        # the wallet personal_signs exactly this
    cacao = Cacao.from_siwe(msg, signature)  # then verify_cacao(cacao, audience=key.did, model=model, grace=timedelta(0))
    session = Session(key, cacao)
    row = list_genesis(session, model, {"task": 1})   # row.stream_id is known before posting
    CeramicClient(url).create(row)

Checking a stream someone else wrote: ``verify_stream(url, stream_id, model=..., blocks=<IPFS API URL>)`` (see
:mod:`.verification`).
"""
from .cacao import Cacao, recover_signer, verify_cacao
from .client import CeramicClient, CollectionPage, StreamState
from .commits import (
    MAX_COMMIT_SIZE,
    MODEL_OF_MODELS,
    PreparedCreate,
    PreparedUpdate,
    SignedCommit,
    UnsignedGenesis,
    data_commit,
    deterministic_genesis,
    json_patch,
    list_genesis,
    model_genesis,
    set_unique,
    sign_commit,
)
from .encoding import normalize_content
from .errors import (
    CapabilityAudienceMismatch,
    CapabilityError,
    CapabilityExpired,
    CapabilityWrongIssuer,
    CapabilityWrongResource,
    CeramicConfigError,
    CeramicError,
    CommitRejected,
    ContentError,
    ContentTooLarge,
    NodeUnavailable,
    StaleTip,
    StreamNotFound,
    ValidationRejected,
)
from .keys import Ed25519DIDKey
from .pkh import checksum_address, parse_pkh_did, pkh_did
from .session import Session
from .siwe import SiweMessage, compose_siwe, iso_time, parse_siwe
from .streamid import TYPE_MID, TYPE_MODEL, CommitID, StreamID
from .verification import StreamVerdict, verify_stream, verify_streams  # after the modules it uses

__all__ = [
    "Cacao",
    "CapabilityAudienceMismatch",
    "CapabilityError",
    "CapabilityExpired",
    "CapabilityWrongIssuer",
    "CapabilityWrongResource",
    "CeramicClient",
    "CeramicConfigError",
    "CeramicError",
    "CollectionPage",
    "CommitID",
    "CommitRejected",
    "ContentError",
    "ContentTooLarge",
    "Ed25519DIDKey",
    "MAX_COMMIT_SIZE",
    "MODEL_OF_MODELS",
    "NodeUnavailable",
    "PreparedCreate",
    "PreparedUpdate",
    "Session",
    "SignedCommit",
    "SiweMessage",
    "StaleTip",
    "StreamID",
    "StreamNotFound",
    "StreamState",
    "StreamVerdict",
    "TYPE_MID",
    "TYPE_MODEL",
    "UnsignedGenesis",
    "ValidationRejected",
    "checksum_address",
    "compose_siwe",
    "data_commit",
    "deterministic_genesis",
    "iso_time",
    "json_patch",
    "list_genesis",
    "model_genesis",
    "normalize_content",
    "parse_pkh_did",
    "parse_siwe",
    "pkh_did",
    "recover_signer",
    "set_unique",
    "sign_commit",
    "verify_cacao",
    "verify_stream",
    "verify_streams",
]
