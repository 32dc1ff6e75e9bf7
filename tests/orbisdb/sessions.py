"""Admin sessions for OrbisDB tests (pure: no Django)."""
from __future__ import annotations


def admin_session_of(wallet) -> str:
    """A real serialized did-session of ``wallet``'s did:pkh (the env of a hosted Studio account)."""
    from datetime import datetime, timedelta, timezone

    from orbis_export.ceramic import Cacao, Ed25519DIDKey, Session, compose_siwe
    from tests.fixtures.wallets import sign

    key = Ed25519DIDKey.generate()
    now = datetime.now(timezone.utc)
    msg = compose_siwe(session_did=key.did, address=wallet.address, nonce="orbisdbslot1", domain="studio.test",
                       resources=["ceramic://*"], issued_at=now, expires_at=now + timedelta(days=1))
    return Session(key, Cacao.from_siwe(msg, sign(wallet, msg.text()))).serialize()
