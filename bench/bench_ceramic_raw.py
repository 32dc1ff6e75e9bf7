"""Reference figures for the Ceramic write path (not a test).

1. Build + sign cost per row in Python (LIST genesis, data commit, SET genesis + data commit).
2. The node's raw ingest ceiling: pre-signed creates and updates posted from threads at several
   concurrency levels, through one pooled CeramicClient. Signing happens before the clock starts.

Usage:
    .venv/bin/python bench/bench_ceramic_raw.py                       # starts its own devnode
    .venv/bin/python bench/bench_ceramic_raw.py --ceramic-url http://127.0.0.1:7007 --admin-seed-hex <64 hex>
Options: --rows N per level (default 300), --concurrency 1,4,8,16,32, --repeat 3, --json out.json.
Every figure is printed as one line ``what | value | unit``; later benchmarks compare against them in
the same run (this machine's CPU speed drifts between runs).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eth_account import Account  # noqa: E402

from tests.fixtures import wallets  # noqa: E402

from orbis_export.ceramic import (  # noqa: E402
    Cacao,
    CeramicClient,
    CeramicError,
    Ed25519DIDKey,
    Session,
    compose_siwe,
    data_commit,
    deterministic_genesis,
    list_genesis,
)

SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "properties": {"task": {"type": "string"}, "label": {"type": "string"}, "n": {"type": "integer"},
                   "payload": {"type": "object", "additionalProperties": False, "properties": {
                       "x": {"type": "integer"}, "y": {"type": "number"}, "text": {"type": "string"},
                       "choices": {"type": "array", "items": {"type": "string"}}}}},
    "required": ["task"],
    "additionalProperties": False,
}


def row_content(i: int) -> dict:
    # roughly the size of a labeled row: a few fields plus a small nested result
    return {"task": f"task-{i}", "label": "cat" if i % 2 else "dog", "n": i,
            "payload": {"x": i % 97, "y": 0.25, "choices": ["a", "b"], "text": "lorem ipsum " * 8}}


def make_session(models: list[str]) -> Session:
    wallet = Account.create()
    key = Ed25519DIDKey.generate()
    now = datetime.now(timezone.utc)
    msg = compose_siwe(session_did=key.did, address=wallet.address, nonce="BenchNonce123", domain="localhost",
                       resources=[f"ceramic://*?model={m}" for m in models], issued_at=now,
                       expires_at=now + timedelta(hours=6))
    return Session(key, Cacao.from_siwe(msg, wallets.sign(wallet, msg.text())))


def per_row_cost(session: Session, list_model: str, set_model: str, n: int) -> dict[str, float]:
    out = {}
    t = time.perf_counter()
    rows = [list_genesis(session, list_model, row_content(i)) for i in range(n)]
    out["list_genesis"] = (time.perf_counter() - t) / n * 1000
    t = time.perf_counter()
    for i, r in enumerate(rows):
        data_commit(session, r.stream_id, r.genesis.cid, row_content(i), {**row_content(i), "label": "bird"},
                    model=list_model)
    out["data_commit"] = (time.perf_counter() - t) / n * 1000
    t = time.perf_counter()
    for i in range(n):
        g = deterministic_genesis(session.did, set_model, unique=[f"task-{i}"])
        data_commit(session, g.stream_id, g.genesis.cid, None, row_content(i), model=set_model)
    out["set_genesis_plus_data"] = (time.perf_counter() - t) / n * 1000
    return out


def post_all(fn, items, concurrency: int) -> tuple[float, int, list[float]]:
    """Post items with `concurrency` threads; returns (seconds, failures, per-request latencies)."""
    latencies: list[float] = []
    failures = 0

    def one(item):
        t = time.perf_counter()
        try:
            fn(item)
            return time.perf_counter() - t, None
        except CeramicError as exc:
            return time.perf_counter() - t, exc

    start = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        for latency, exc in pool.map(one, items):
            latencies.append(latency)
            if exc is not None:
                failures += 1
                if failures <= 3:
                    print(f"  failure: {type(exc).__name__}: {exc.message[:200]}", file=sys.stderr)
    return time.perf_counter() - start, failures, latencies


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ceramic-url")
    ap.add_argument("--admin-seed-hex", help="seed of a DID in the node's admin-dids (to index the bench model)")
    ap.add_argument("--rows", type=int, default=300, help="requests per concurrency level (creates and updates each)")
    ap.add_argument("--concurrency", default="1,4,8,16,32")
    ap.add_argument("--sign-rows", type=int, default=500)
    ap.add_argument("--warmup", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=3, help="rounds over all levels; figures are medians")
    ap.add_argument("--json", help="also write the figures to this file")
    args = ap.parse_args()
    levels = [int(x) for x in args.concurrency.split(",") if x]
    if max(levels) * 2 > 500:
        ap.error("keep fewer than ~500 requests in flight (the node's loading queue stalls beyond)")

    admin = Ed25519DIDKey(bytes.fromhex(args.admin_seed_hex)) if args.admin_seed_hex else Ed25519DIDKey.generate()
    data_dir = None
    if args.ceramic_url:
        url = args.ceramic_url
    else:
        from devnode import ctl

        data_dir = tempfile.mkdtemp(prefix="bench-ceramic-")
        print(f"starting a devnode in {data_dir}", file=sys.stderr)
        url = ctl.start(data_dir, admin_dids=[admin.did]).url
    figures: list[tuple[str, float, str]] = []
    try:
        client = CeramicClient(url, timeout=180, pool=max(levels) + 4)
        tag = os.urandom(3).hex()
        definition = {"name": f"BenchList{tag}", "version": "2.0", "interface": False, "implements": [],
                      "accountRelation": {"type": "list"}, "schema": SCHEMA}
        list_model = str(client.deploy_model(admin, definition))
        set_model = str(client.deploy_model(admin, {**definition, "name": f"BenchSet{tag}",
                                                    "accountRelation": {"type": "set", "fields": ["task"]}}))
        if args.admin_seed_hex or data_dir:
            client.admin_index_models(admin, [list_model, set_model])
        session = make_session([list_model, set_model])

        for what, ms in per_row_cost(session, list_model, set_model, args.sign_rows).items():
            figures.append((f"sign.{what}", round(ms, 3), "ms/row"))

        warm = [list_genesis(session, list_model, row_content(i)) for i in range(args.warmup)]
        post_all(client.create, warm, 8)  # the first ~200 requests on a fresh node are slower

        rates: dict[tuple[str, int], list[float]] = {}
        table = []
        for rnd in range(args.repeat):
            # levels interleaved within a round, so drift (CPU speed, the 60 s anchor cycle) spreads over all
            for c in levels:
                contents = [row_content(i) for i in range(args.rows)]
                creates = [list_genesis(session, list_model, x) for x in contents]
                secs, fails, lat = post_all(client.create, creates, c)
                rates.setdefault(("create", c), []).append((args.rows - fails) / secs)
                table.append((rnd + 1, "create", c, args.rows, fails, (args.rows - fails) / secs,
                              statistics.median(lat) * 1000, sorted(lat)[int(len(lat) * 0.95) - 1] * 1000))
                # signed right after the creates; an anchor landing in between makes some "stale" (counted as fail)
                updates = [data_commit(session, r.stream_id, r.genesis.cid, x, {**x, "label": "bird"}, model=list_model)
                           for r, x in zip(creates, contents)]
                secs, fails, lat = post_all(client.apply, updates, c)
                rates.setdefault(("update", c), []).append((args.rows - fails) / secs)
                table.append((rnd + 1, "update", c, args.rows, fails, (args.rows - fails) / secs,
                              statistics.median(lat) * 1000, sorted(lat)[int(len(lat) * 0.95) - 1] * 1000))
        for op in ("create", "update"):
            for c in levels:
                figures.append((f"ingest.{op}.c{c}", round(statistics.median(rates[(op, c)]), 1), "rows/s"))

        print(f"\nnode {url}  rows/level {args.rows}  rounds {args.repeat}  (pre-signed; one pooled client)")
        print(f"{'round':>5} {'op':<7} {'conc':>4} {'n':>5} {'fail':>4} {'rows/s':>8} {'p50 ms':>8} {'p95 ms':>8}")
        for rnd, op, c, n, fails, rate, p50, p95 in table:
            print(f"{rnd:>5} {op:<7} {c:>4} {n:>5} {fails:>4} {rate:>8.1f} {p50:>8.1f} {p95:>8.1f}")
        print("(ingest figures below: median over rounds)")
        print()
        for what, value, unit in figures:
            print(f"ceramic.{what} | {value} | {unit}")
        if args.json:
            Path(args.json).write_text(json.dumps([{"what": f"ceramic.{w}", "value": v, "unit": u}
                                                   for w, v, u in figures], indent=2))
    finally:
        if data_dir:
            from devnode import ctl

            ctl.stop(data_dir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
