"""Sessions: serialization, checks before signing, and the seed never leaking."""
from __future__ import annotations

import pickle
from datetime import datetime, timedelta, timezone

import pytest

from orbis_export.ceramic import (
    CapabilityAudienceMismatch,
    CapabilityExpired,
    CapabilityWrongResource,
    CeramicConfigError,
    Ed25519DIDKey,
    Session,
    data_commit,
    list_genesis,
)
from orbis_export.ceramic.encoding import b64_encode

MODEL = "kjzl6hvfrbw6c8t3fajpujkiryv493d0wafz2wcfdsxtt46whv43uq5y52kqcp5"
OTHER_MODEL = "kjzl6hvfrbw6c5cggrw5jcoufd40i48qit13in46ypt1qgq30nllax5v3jtyhus"


def test_round_trip(session_factory):
    session = session_factory()
    again = Session.from_serialized(session.serialize())
    assert again.serialize() == session.serialize()
    assert again.did == session.did and again.session_did == session.session_did
    assert again.cacao == session.cacao


def test_audience_must_be_the_session_key(session_factory):
    session = session_factory()
    with pytest.raises(CapabilityAudienceMismatch, match="delegates to"):
        Session(Ed25519DIDKey.generate(), session.cacao)


def test_seed_never_in_repr_str_or_errors(session_factory):
    session = session_factory()
    seed_forms = [session.signer.seed.hex(), b64_encode(session.signer.seed)]
    serialized = session.serialize()
    texts = [repr(session), str(session), repr(session.signer), str(session.signer), repr(session.cacao)]
    # a corrupted session string must not be echoed back (it holds the seed)
    with pytest.raises(CeramicConfigError) as info:
        Session.from_serialized(serialized[:-7])
    texts.append(str(info.value))
    expired = session_factory(issued_at=datetime.now(timezone.utc) - timedelta(days=2),
                              expires_at=datetime.now(timezone.utc) - timedelta(minutes=1))
    with pytest.raises(CapabilityExpired) as info:
        list_genesis(expired, MODEL, {"a": 1})
    texts.append(str(info.value))
    for text in texts:
        for secret in seed_forms + [serialized[:40]]:
            assert secret not in text


def test_session_is_not_picklable(session_factory):
    with pytest.raises(TypeError, match="serialize"):
        pickle.dumps(session_factory())


@pytest.mark.parametrize("garbage", ["", "abc", "eyJmb28iOjF9", "!!!!"])
def test_garbage_session_strings(garbage):
    with pytest.raises(CeramicConfigError, match="did-session"):
        Session.from_serialized(garbage)


def test_expired_session_refuses_to_sign_without_grace(session_factory):
    now = datetime.now(timezone.utc)
    session = session_factory(issued_at=now - timedelta(days=1), expires_at=now - timedelta(seconds=1))
    with pytest.raises(CapabilityExpired, match="expired"):
        list_genesis(session, MODEL, {"a": 1})
    with pytest.raises(CapabilityExpired):
        data_commit(session, "kjzl6kcym7w8y7ktb6fskmnc1o0bplnrxxeimd55k3z4o6t9jtb3bspxm6bkhb8",
                    "bafyreigdmqpykrgxyaxtlafqpqhzrb7qy2rh75nldvfd4tucqmb5pw4gqa", {"a": 1}, {"a": 2})


def test_min_remaining_margin(session_factory):
    session = session_factory(expires_at=datetime.now(timezone.utc) + timedelta(minutes=10))
    session.check_can_sign()
    with pytest.raises(CapabilityExpired, match="less than"):
        session.check_can_sign(min_remaining=timedelta(hours=1))


def test_wrong_model_refused_before_signing(session_factory):
    session = session_factory()
    with pytest.raises(CapabilityWrongResource, match=OTHER_MODEL):
        list_genesis(session, OTHER_MODEL, {"a": 1})
    list_genesis(session, MODEL, {"a": 1})


def test_verify_full(session_factory):
    session = session_factory()
    assert session.verify(model=MODEL) == "lowercase"
    with pytest.raises(CapabilityWrongResource):
        session.verify(model=OTHER_MODEL)
