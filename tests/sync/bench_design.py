"""Measure the two document designs the sync engine could use (a script, not a test; pytest does not collect it).

    .venv/bin/python tests/sync/bench_design.py [--rows 300] [--concurrency 8] [--repeat 2]

Starts its own devnode, deploys a LIST and a SET model with the same schema, and per round posts ``--rows`` new rows
each way from ``--concurrency`` threads through one pooled client:

* LIST: one signed genesis carrying the content (1 request per row);
* SET: the unsigned deterministic genesis, then a signed data commit with the content (2 requests per row, in order).

Then checks the LIST idempotency the engine relies on: re-posting the very same signed genesis returns the same
stream and adds no document (collection count unchanged). Prints ``what | value | unit`` lines.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_ceramic_raw import SCHEMA, make_session, row_content  # noqa: E402

from orbis_export.ceramic import (  # noqa: E402
    CeramicClient,
    Ed25519DIDKey,
    data_commit,
    deterministic_genesis,
    list_genesis,
)


def timed(fn, items, concurrency):
    start = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(fn, items))
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=300)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    from devnode import ctl

    admin = Ed25519DIDKey.generate()
    data_dir = tempfile.mkdtemp(prefix="bench-sync-design-")
    url = ctl.start(data_dir, admin_dids=[admin.did]).url
    try:
        client = CeramicClient(url, timeout=180, pool=args.concurrency + 4)
        tag = os.urandom(3).hex()
        base = {"version": "2.0", "interface": False, "implements": [], "schema": SCHEMA}
        list_model = str(client.deploy_model(admin, {**base, "name": f"DesignList{tag}",
                                                     "accountRelation": {"type": "list"}}))
        set_model = str(client.deploy_model(admin, {**base, "name": f"DesignSet{tag}",
                                                    "accountRelation": {"type": "set", "fields": ["task"]}}))
        client.admin_index_models(admin, [list_model, set_model])
        session = make_session([list_model, set_model])
        warm = [list_genesis(session, list_model, row_content(i)) for i in range(100)]
        timed(client.create, warm, args.concurrency)

        rates = {"list": [], "set": []}
        offset = 1000
        for _ in range(args.repeat):
            contents = [row_content(offset + i) for i in range(args.rows)]
            offset += args.rows
            creates = [list_genesis(session, list_model, c) for c in contents]
            secs = timed(client.create, creates, args.concurrency)
            rates["list"].append(args.rows / secs)

            def set_row(content):
                g = deterministic_genesis(session.did, set_model, unique=[content["task"]])
                state = client.create(g)
                client.apply(data_commit(session, g.stream_id, state.tip, None, content, model=set_model))

            secs = timed(set_row, contents, args.concurrency)
            rates["set"].append(args.rows / secs)
            print(f"round: list {rates['list'][-1]:.1f} rows/s, set {rates['set'][-1]:.1f} rows/s", file=sys.stderr)

        before = client.count(list_model, account=session.did)
        again = [client.create(p).stream_id == p.stream_id for p in creates[:50]]
        after = client.count(list_model, account=session.did)
        print(f"sync.design.list.create.c{args.concurrency} | {statistics.median(rates['list']):.1f} | rows/s")
        print(f"sync.design.set.genesis_plus_data.c{args.concurrency} | {statistics.median(rates['set']):.1f} | rows/s")
        print("sync.design.list.requests_per_new_row | 1 | requests")
        print("sync.design.set.requests_per_new_row | 2 | requests")
        print(f"sync.design.list.repost_same_genesis.same_stream | {sum(again)}/{len(again)} | rows")
        print(f"sync.design.list.repost_same_genesis.new_documents | {after - before} | documents")
    finally:
        ctl.stop(data_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
