"""SIWE composition/parsing and CACAO verification (signature, times, resources, audience)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from orbis_export.ceramic import (
    Cacao,
    CapabilityAudienceMismatch,
    CapabilityError,
    CapabilityExpired,
    CapabilityWrongIssuer,
    CapabilityWrongResource,
    CeramicConfigError,
    Ed25519DIDKey,
    compose_siwe,
    parse_siwe,
    pkh_did,
    verify_cacao,
)

MODEL = "kjzl6hvfrbw6c8t3fajpujkiryv493d0wafz2wcfdsxtt46whv43uq5y52kqcp5"
OTHER_MODEL = "kjzl6hvfrbw6c5cggrw5jcoufd40i48qit13in46ypt1qgq30nllax5v3jtyhus"

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)


def _msg(**over):
    args = dict(session_did=Ed25519DIDKey.generate().did, address="0x" + "Ab" * 20, nonce="abcdEFGH1234",
                domain="labels.example.org", resources=[f"ceramic://*?model={MODEL}"], issued_at=NOW,
                expires_at=NOW + timedelta(days=1))
    args.update(over)
    return compose_siwe(**args)


def test_text_uses_lowercase_address_and_iso_millis():
    text = _msg().text()
    assert "\n0x" + "ab" * 20 + "\n" in text
    assert "Issued At: 2026-03-01T12:00:00.000Z" in text
    assert "\n\nURI: did:key:" in text  # no statement: one blank line only


def test_parse_round_trip_both_address_forms():
    msg = _msg(statement="Hello", not_before=NOW, request_id="r1")
    for form in ("lowercase", "eip55"):
        parsed, found = parse_siwe(msg.text(form))
        assert found == form
        assert parsed == msg


def test_parse_refuses_non_canonical_text():
    text = _msg().text().replace("Version: 1\nChain ID: 1", "Chain ID: 1\nVersion: 1")
    with pytest.raises(CeramicConfigError, match="canonical"):
        parse_siwe(text)
    with pytest.raises(CeramicConfigError):
        parse_siwe("hello")


@pytest.mark.parametrize("bad", [
    dict(nonce="short"),
    dict(statement="two\nlines"),
    dict(statement="caf\u00e9"),  # the JS verifier counts UTF-16 units: keep it ASCII
    dict(address="0x1234"),
    dict(resources=["has space"]),
    dict(session_did="not-a-did"),
    dict(issued_at=datetime(2026, 1, 1)),  # naive datetime
])
def test_compose_refuses_bad_input(bad):
    with pytest.raises(CeramicConfigError):
        _msg(**bad)


def test_cacao_fields(session_factory, wallet):
    session = session_factory()
    cacao = session.cacao
    assert cacao.issuer == pkh_did(wallet.address) == session.did
    assert cacao.issuer == cacao.issuer.lower()
    assert cacao.audience == session.session_did
    assert cacao.cap == f"ipfs://{cacao.cid}"
    assert cacao.resources == (f"ceramic://*?model={MODEL}",)


def test_verify_accepts_a_good_cacao(session_factory):
    session = session_factory()
    assert verify_cacao(session.cacao, audience=session.session_did, model=MODEL, issuer=session.did) == "lowercase"


def test_expired_beyond_grace_and_skew(session_factory):
    session = session_factory(issued_at=NOW - timedelta(days=2), expires_at=NOW - timedelta(hours=1))
    # the node still accepts it for 24 h + 5 min after exp
    verify_cacao(session.cacao, now=NOW)
    with pytest.raises(CapabilityExpired, match="expired"):
        verify_cacao(session.cacao, now=NOW + timedelta(hours=23, minutes=6))
    with pytest.raises(CapabilityExpired):
        verify_cacao(session.cacao, now=NOW, grace=timedelta(0))


def test_not_valid_yet(session_factory):
    session = session_factory(issued_at=NOW + timedelta(minutes=10), expires_at=NOW + timedelta(days=1))
    with pytest.raises(CapabilityError, match="not valid yet"):
        verify_cacao(session.cacao, now=NOW)
    verify_cacao(session.cacao, now=NOW + timedelta(minutes=6))  # within the 5-minute skew


def test_wrong_resource(session_factory):
    session = session_factory()
    with pytest.raises(CapabilityWrongResource, match=OTHER_MODEL):
        verify_cacao(session.cacao, model=OTHER_MODEL)
    star = session_factory(resources=["ceramic://*"])
    verify_cacao(star.cacao, model=OTHER_MODEL)


def test_tampered_signature_is_wrong_issuer(session_factory):
    data = session_factory().cacao.to_dict()
    sig = data["s"]["s"]
    data["s"]["s"] = sig[:10] + ("1" if sig[10] != "1" else "2") + sig[11:]
    with pytest.raises(CapabilityWrongIssuer, match="does not belong to issuer"):
        verify_cacao(Cacao(data))


def test_tampered_payload_is_wrong_issuer(session_factory):
    data = session_factory().cacao.to_dict()
    data["p"]["resources"] = ["ceramic://*"]  # widen the grant without the wallet
    with pytest.raises(CapabilityWrongIssuer):
        verify_cacao(Cacao(data))


def test_expected_issuer_and_audience(session_factory):
    session = session_factory()
    with pytest.raises(CapabilityWrongIssuer):
        verify_cacao(session.cacao, issuer=pkh_did("0x" + "00" * 20))
    with pytest.raises(CapabilityAudienceMismatch):
        verify_cacao(session.cacao, audience=Ed25519DIDKey.generate().did)


def test_eip55_signed_text_is_refused_by_default_like_the_node(session_factory):
    session = session_factory(form="eip55")
    with pytest.raises(CapabilityWrongIssuer):
        verify_cacao(session.cacao)
    assert verify_cacao(session.cacao, address_forms=("lowercase", "eip55")) == "eip55"


def test_cacao_structure_errors():
    with pytest.raises(CeramicConfigError):
        Cacao({"h": {"t": "eip4361"}, "p": {}})
    with pytest.raises(CeramicConfigError, match="unsupported"):
        Cacao({"h": {"t": "caip122"}, "p": {k: "x" for k in ("domain", "iss", "aud", "version", "nonce", "iat")}})


def test_expires_in_and_allows_answer_from_the_cacao_alone(session_factory):
    """What the signer choice builds on (identity.policy.cannot_sign): time left at a given instant, and the
    resources rule, both pure."""
    cacao = session_factory(issued_at=NOW, expires_at=NOW + timedelta(hours=2)).cacao
    assert cacao.expires_in(NOW) == timedelta(hours=2)
    assert cacao.expires_in(NOW + timedelta(hours=3)) == -timedelta(hours=1)
    assert cacao.allows(model=MODEL) and not cacao.allows(model=OTHER_MODEL)
    never = Cacao.from_siwe(_msg(expires_at=None), "0x" + "11" * 65)
    assert never.expires_in(NOW) is None
