"""Shared helpers for the Ceramic unit tests (no Django, no node)."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from eth_account import Account

from orbis_export.ceramic import Cacao, Ed25519DIDKey, Session, compose_siwe
from tests.fixtures.wallets import sign

VECTORS = Path(__file__).resolve().parents[2] / "vectors"
MODEL = "kjzl6hvfrbw6c8t3fajpujkiryv493d0wafz2wcfdsxtt46whv43uq5y52kqcp5"
OTHER_MODEL = "kjzl6hvfrbw6c5cggrw5jcoufd40i48qit13in46ypt1qgq30nllax5v3jtyhus"


@pytest.fixture(scope="session")
def js_vectors() -> dict:
    return json.loads((VECTORS / "ceramic_js.json").read_text())


@pytest.fixture(scope="session")
def wallet():
    return Account.from_key("0x" + "22" * 32)


def make_session(wallet, *, form="lowercase", resources=None, issued_at=None, expires_at=None, key=None, aud=None):
    """A session signed by ``wallet`` the way the login flow will make one."""
    key = key or Ed25519DIDKey.generate()
    now = datetime.now(timezone.utc)
    msg = compose_siwe(
        session_did=aud or key.did,
        address=wallet.address,
        nonce="abcdEFGH1234",
        domain="labels.example.org",
        resources=resources or [f"ceramic://*?model={MODEL}"],
        issued_at=issued_at or now,
        expires_at=expires_at or now + timedelta(hours=1),
        statement="Give this application access to some of your data on Ceramic",
    )
    cacao = Cacao.from_siwe(msg, sign(wallet, msg.text(form)))
    return Session.unchecked(key, cacao) if aud else Session(key, cacao)


@pytest.fixture
def session_factory(wallet):
    """``session_factory(**kwargs)`` → a Session signed by the test wallet (see make_session)."""
    return lambda **kwargs: make_session(wallet, **kwargs)
