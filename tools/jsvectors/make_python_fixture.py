"""Write tests/vectors/ceramic_python.json: a session and commits made by our Python code, for
verify_python.mjs to check with the JS libraries (the reverse direction of generate.mjs).

Deterministic (fixed seeds and wallet key, fixed `unique`), so a unit test can assert that the
committed file is exactly what the current code produces. Run: .venv/bin/python tools/jsvectors/make_python_fixture.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "vectors" / "ceramic_python.json"

# test-only secrets, never used for anything real
WALLET_KEY = "0x" + "33" * 32
SESSION_SEED = bytes(range(64, 96))
ADMIN_SEED = bytes(range(150, 182))


def build() -> dict:
    sys.path.insert(0, str(ROOT))
    from eth_account import Account

    from orbis_export.ceramic import (
        Cacao,
        Ed25519DIDKey,
        Session,
        compose_siwe,
        data_commit,
        deterministic_genesis,
        list_genesis,
        model_genesis,
    )
    from tests.fixtures.wallets import sign

    wallet = Account.from_key(WALLET_KEY)
    admin = Ed25519DIDKey(ADMIN_SEED)
    definition = {
        "name": "OrbisPythonFixture", "version": "2.0", "interface": False, "implements": [],
        "accountRelation": {"type": "set", "fields": ["task"]},
        "schema": {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
                   "properties": {"task": {"type": "string"}, "label": {"type": "string"}},
                   "required": ["task"], "additionalProperties": False},
    }
    model = model_genesis(admin, definition)
    key = Ed25519DIDKey(SESSION_SEED)
    msg = compose_siwe(session_did=key.did, address=wallet.address, nonce="PyFixture123", domain="labels.example.org",
                       resources=[f"ceramic://*?model={model.stream_id}"], issued_at="2026-01-01T00:00:00.000Z",
                       expires_at="2099-01-01T00:00:00.000Z", statement="Python fixture")
    session = Session(key, Cacao.from_siwe(msg, sign(wallet, msg.text())))

    row = list_genesis(session, model.stream_id, {"task": "t1", "label": "cat"}, unique=bytes(range(12)))
    update = data_commit(session, row.stream_id, row.genesis.cid, {"task": "t1", "label": "cat"},
                         {"task": "t1", "label": "dog"}, model=model.stream_id)
    set_row = deterministic_genesis(session.did, model.stream_id, unique=["t1"])
    set_data = data_commit(session, set_row.stream_id, set_row.genesis.cid, None, {"task": "t1", "label": "owl"},
                           model=model.stream_id)
    return {
        "note": "made by tools/jsvectors/make_python_fixture.py; checked by verify_python.mjs",
        "siwe_text": msg.text(),
        "session": session.serialize(),
        "session_did": session.session_did,
        "controller": session.did,
        "model": {"stream_id": str(model.stream_id), "genesis": model.genesis.to_http(), "controller": admin.did},
        "list_genesis": {"stream_id": str(row.stream_id), "genesis": row.genesis.to_http()},
        "list_update": {"stream_id": str(update.stream_id), "commit_cid": str(update.commit.cid),
                        "commit": update.commit.to_http(), "old": {"task": "t1", "label": "cat"},
                        "new": {"task": "t1", "label": "dog"}, "prev": str(row.genesis.cid)},
        "set_genesis": {"stream_id": str(set_row.stream_id), "genesis": set_row.genesis.to_http(), "unique": ["t1"]},
        "set_data": {"stream_id": str(set_data.stream_id), "commit_cid": str(set_data.commit.cid),
                     "commit": set_data.commit.to_http(), "new": {"task": "t1", "label": "owl"}},
    }


def render() -> str:
    # no sort_keys: JSON-patch op order follows the content's key order, which JS must see unchanged
    return json.dumps(build(), indent=2) + "\n"


if __name__ == "__main__":
    OUT.write_text(render())
    print(f"wrote {OUT}")
