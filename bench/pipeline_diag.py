"""Diagnostic: does the engine keep ``concurrency`` requests on the wire? Per-request timestamps, engine vs raw,
direct and through the +100 ms proxy process, on one node in one run.

    .venv/bin/python bench/pipeline_diag.py [--rows 600] [--concurrency 8,16] [--repeat 2] [--only engine]

For each variant prints rows/s, mean request latency, the time-weighted mean number of requests in flight, and the
share of the run with fewer than ``concurrency`` in flight (the pool running dry).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402


def timing_client(url: str, pool: int):
    from orbis_export.ceramic import CeramicClient

    class Timing(CeramicClient):
        def __init__(self, *a, **kw):
            super().__init__(*a, **kw)
            self.spans: list[tuple[float, float]] = []
            self._lock = threading.Lock()

        def _request(self, method, path, **kw):
            t = time.perf_counter()
            try:
                return super()._request(method, path, **kw)
            finally:
                if path == "/streams" and method == "POST":
                    with self._lock:
                        self.spans.append((t, time.perf_counter()))

    return Timing(url, timeout=180, pool=pool)


def shape(spans, concurrency: int, n: int, secs: float) -> str:
    events = sorted([(s, 1) for s, _ in spans] + [(e, -1) for _, e in spans])
    start, end = events[0][0], events[-1][0]
    level, last, area, dry = 0, start, 0.0, 0.0
    for t, d in events:
        area += level * (t - last)
        if level < concurrency:
            dry += t - last
        level, last = level + d, t
    span = end - start or 1e-9
    latency = sum(e - s for s, e in spans) / len(spans) * 1000
    return (f"{n / secs:6.1f} rows/s  latency {latency:6.1f} ms  in flight {area / span:4.1f}  "
            f"< c{concurrency} {dry / span * 100:4.0f}% of the time  (first post after {spans[0][0] - T0[0]:.2f} s)")


T0 = [0.0]


def run(bench, proxy, rows: int, levels: list[int], repeat: int, only: str = "all") -> None:
    from bench_sync import Raw
    from orbis_export.sync import SyncOptions, sync_project

    raw = Raw(bench, common.make_lab(1, 1))
    raw.post_presigned(bench.client, 200, 8)  # warm-up

    def engine(url, c):
        lab = common.make_lab(rows)
        client = timing_client(url, c + 4)
        bench.configure(url=url)
        T0[0] = t = time.perf_counter()
        result = sync_project(lab.project, SyncOptions(concurrency=c, client=client))
        secs = time.perf_counter() - t
        bench.configure()
        assert result.counts["create"] == rows, result.message
        return shape(client.spans, c, rows, secs)

    def rawrun(url, c):
        client = timing_client(url, c + 4)
        prepared = [raw.sign(r) for r in raw.rows(rows)]
        T0[0] = t = time.perf_counter()
        with ThreadPoolExecutor(c) as pool:
            list(pool.map(client.create, prepared))
        return shape(client.spans, c, rows, time.perf_counter() - t)

    node_url = bench.node.url
    variants = [(f"{who} {where}", fn, url, c) for c in levels
                for who, fn in (("raw", rawrun), ("engine", engine)) if only in ("all", who)
                for where, url in (("direct", node_url), ("proxy", proxy.url))]
    rates: dict[str, list[float]] = {}
    for rnd in range(repeat):
        # the order rotates every round (a Latin square): the node's slow spells fall on every variant alike
        for name, fn, url, c in variants[rnd % len(variants):] + variants[:rnd % len(variants)]:
            line = fn(url, c)
            rates.setdefault(f"c{c} {name}", []).append(float(line.split()[0]))
            print(f"round {rnd + 1} c{c:<2d} {name:14s} {line}  load {common.load()}", flush=True)
    print("medians:")
    for key, values in rates.items():
        print(f"  {key:20s} {common.median(values):6.1f} rows/s  {common.spread(values)}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=600)
    ap.add_argument("--concurrency", default="8", help="levels, comma-separated")
    ap.add_argument("--latency", type=float, default=0.05)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--only", choices=("all", "engine", "raw"), default="all")
    args = ap.parse_args()
    print(f"machine: {common.uptime()}", flush=True)
    data_dir = common.setup_django("pipediag")
    from devnode import ctl

    from proxy import ProxyProcess

    node, admin = common.start_node(Path(tempfile.mkdtemp(prefix="diag-node-", dir=data_dir)))
    try:
        bench = common.deploy(node, admin)
        with ProxyProcess(node.port, delay=args.latency) as proxy:
            run(bench, proxy, args.rows, [int(x) for x in args.concurrency.split(",")], args.repeat, args.only)
    finally:
        ctl.stop(node.data_dir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
