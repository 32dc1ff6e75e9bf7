"""Fixtures for the identity tests: configured model, test wallets, logged-in JSON API clients with CSRF."""
from __future__ import annotations

import dataclasses
import json

import pytest
from django.test import Client
from eth_account import Account

from orbis_export.ceramic.encoding import cid_of_block
from orbis_export.ceramic.streamid import TYPE_MODEL, StreamID
from tests.fixtures.wallets import sign  # the one SIWE signer; tests import it from here too

MODEL = str(StreamID(TYPE_MODEL, cid_of_block(b"orbis-test-model-a")))
OTHER_MODEL = str(StreamID(TYPE_MODEL, cid_of_block(b"orbis-test-model-b")))
BASE = "/api/orbis/identity"
PASSWORD = "correct-horse-battery-staple"  # the one tests/conftest.py's make_user sets

# fixed test wallets (never real funds): deterministic private keys
WALLET_KEYS = [bytes([i]) * 32 for i in range(1, 6)]


@pytest.fixture
def wallets():
    return [Account.from_key(k) for k in WALLET_KEYS]


@pytest.fixture(autouse=True)
def orbis_model(settings):
    """A configured model (and the default 'pending' fallback) for every identity test."""
    settings.ORBIS = dataclasses.replace(settings.ORBIS, model_id=MODEL, signer_fallback="pending", service_seed=None)
    return MODEL


class ApiClient:
    """A Client logged in through /user/login/ that sends JSON and the CSRF header."""

    def __init__(self, client: Client, user):
        self.client = client
        self.user = user

    @property
    def csrf(self) -> str:
        return self.client.cookies["csrftoken"].value

    def post(self, path: str, data=None, *, raw: bytes | str | None = None, csrf: bool = True,
             content_type: str = "application/json", **extra):
        body = raw if raw is not None else json.dumps(data if data is not None else {})
        headers = {"HTTP_X_CSRFTOKEN": self.csrf} if csrf else {}
        return self.client.post(f"{BASE}/{path}", body, content_type=content_type, **headers, **extra)

    def get(self, path: str, **extra):
        return self.client.get(f"{BASE}/{path}", **extra)

    def challenge(self, address: str, **fields):
        resp = self.post("challenge", {"address": address, **fields})
        assert resp.status_code == 201, resp.content
        return resp.json()

    def connect(self, wallet, **fields):
        """challenge → sign → session; returns (challenge, response)."""
        ch = self.challenge(wallet.address, **fields)
        resp = self.post("session", {"nonce": ch["nonce"], "signature": sign(wallet, ch["message"]),
                                     "address": wallet.address})
        return ch, resp


@pytest.fixture
def api_for(make_user):
    """api_for(email) → an ApiClient for a new user logged in with CSRF enforced by the client too."""
    def make(email: str, organization=None) -> ApiClient:
        user = make_user(email, organization)
        client = Client(enforce_csrf_checks=True)
        client.get("/user/login/")
        token = client.cookies["csrftoken"].value
        resp = client.post("/user/login/", {"email": email, "password": PASSWORD, "csrfmiddlewaretoken": token})
        assert resp.status_code == 302, resp.status_code
        return ApiClient(client, user)

    return make
