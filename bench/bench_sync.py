"""Throughput of the sync engine against the node's raw ceiling, the seed demo's pattern, a 100 ms remote node,
and the incremental (unchanged) re-sync — all in one run, on one local node, variants interleaved per round.

    .venv/bin/python bench/bench_sync.py                      # N=1000 ×3 rounds, then N=10000 ×1, ~20 min
    .venv/bin/python bench/bench_sync.py --rows 1000 --repeat 3 --big 0          # quick (~8 min)

Per round of N annotations (fresh project and fresh streams for every variant, the same content shape):

* ``raw``     the node's ingest ceiling for what the engine sends per new annotation (1 request: a LIST genesis
              signed by the labeler's session, with the same model, context and content); all pre-signed before
              the clock starts, POSTed from a thread pool at each of ``--raw-concurrency`` (the best one counts);
              half of N before the engine runs and half after (the node drifts: its 60 s anchor cycle, the streams
              it accumulates), the rate is N over both halves' time; the big round uses the small rounds' best level;
* ``engine``  ``sync_project`` end to end (read Label Studio, plan, sign, record, post, record) at
              ``--concurrency``; every HTTP request counted (requests per document);
* ``proxy``   the same engine sync through bench/proxy.py (in a child process) adding ``--latency`` s each way
              (100 ms round trip),
              on a second project of N, right before or after the zero-latency run (alternating per round);
* ``seed``    the seed demo's pattern: one row at a time (sign, post, wait for the answer), no sleep, on
              ``--seed-rows``; the same through the proxy; and with its 500 ms sleep on ``--sleep-rows`` rows
              (a small N: that rate is 1 / (0.5 s + a row), extrapolated to any N);
* ``resync``  ``sync_project`` again on the engine's project, nothing changed: seconds and writes (×``--repeat``).

Prints a table per round and, at the end, one ``what | value | unit | ratio`` line per figure (medians over rounds).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402
from common import Figures, median, spread  # noqa: E402


def counting_client(url: str, timeout: float, pool: int):
    from orbis_export.ceramic import CeramicClient

    class Counting(CeramicClient):
        requests = 0

        def _request(self, method, path, **kw):
            type(self).requests += 1
            return super()._request(method, path, **kw)

    Counting.requests = 0
    return Counting(url, timeout=timeout, pool=pool)


def fake_rows(lab, n: int, start: int = 0):
    """JSON_MIN-shaped rows like the lab's (the raw/seed variants sign the same kind of content)."""
    rows = []
    for i in range(start, start + n):
        data = {"text": f"review {i} of the bench (raw): " + "lorem ipsum " * 6, "stars": i % 5}
        result = [{"from_name": "sentiment", "to_name": "text", "type": "choices",
                   "value": {"choices": [common.LABELS[i % 3]]}}]
        rows.append({**data, "id": 10_000_000 + i, "sentiment": common.LABELS[i % 3],
                     "annotator": lab.labelers[0].pk, "annotation_id": 10_000_000 + i,
                     "created_at": "2026-11-21T18:47:01.907619Z", "updated_at": "2026-11-21T18:47:01.907685Z",
                     "lead_time": 2.5, "_data": data, "_result": result})  # as export.iter_json_min_rows gives them
    return rows


class Raw:
    """Pre-signed LIST geneses of the lab's first labeler, with the engine's model, context and content."""

    def __init__(self, bench, lab):
        from orbis_export import identity
        from orbis_export.modeldeploy import project_row_model

        self.bench, self.lab = bench, lab
        self.choice = identity.choose_signer(lab.labelers[0].pk, model=bench.model)
        assert self.choice.ok, self.choice.reason
        self.row_model = project_row_model(lab.project)
        self.offset = 0

    def content(self, row):
        # the same provenance fields the engine writes for a labeler's own save
        return self.row_model.content(row, project_id=self.lab.project.pk, source="orbis-bench",
                                      annotator_did=self.choice.annotator_did or "",
                                      provenance={"saved_by": row["annotator"], "origin": "labeling",
                                                  "signer_kind": "labeler", "signer_did": self.choice.did})

    def sign(self, row):
        from orbis_export.ceramic import list_genesis

        return list_genesis(self.choice.signer, self.bench.model, self.content(row), context=self.bench.context)

    def rows(self, n):
        rows = fake_rows(self.lab, n, self.offset)
        self.offset += n
        return rows

    def post_presigned(self, client, n: int, concurrency: int) -> tuple[float, int]:
        prepared = [self.sign(r) for r in self.rows(n)]
        fails = [0]

        def one(p):
            try:
                client.create(p)
            except Exception as exc:  # noqa: BLE001
                fails[0] += 1
                if fails[0] <= 3:
                    print(f"  raw failure: {exc}", file=sys.stderr)

        t = time.perf_counter()
        with ThreadPoolExecutor(concurrency) as pool:
            list(pool.map(one, prepared))
        secs = time.perf_counter() - t
        return (n - fails[0]) / secs, fails[0]

    def seed_pattern(self, client, n: int, sleep: float = 0.0) -> float:
        """One at a time: build and sign the row, post it, wait for the answer (plus the demo's sleep)."""
        rows = self.rows(n)
        t = time.perf_counter()
        for row in rows:
            if sleep:
                time.sleep(sleep)
            client.create(self.sign(row))
        return n / (time.perf_counter() - t)


def engine_sync(bench, lab, concurrency: int, url: str | None = None):
    from orbis_export.sync import SyncOptions, sync_project

    client = counting_client(url or bench.node.url, timeout=180, pool=concurrency + 4)
    bench.configure(url=url)
    try:
        t = time.perf_counter()
        result = sync_project(lab.project, SyncOptions(concurrency=concurrency, client=client))
        secs = time.perf_counter() - t
    finally:
        client.close()
        bench.configure()
    return secs, result, client.requests


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows", type=int, default=1000, help="N of the interleaved rounds")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--big", type=int, default=10000, help="N of the big round (0: none)")
    ap.add_argument("--big-repeat", type=int, default=1)
    ap.add_argument("--concurrency", type=int, default=16, help="engine concurrency (ORBIS_SYNC_CONCURRENCY default)")
    ap.add_argument("--raw-concurrency", default="8,16,32")
    ap.add_argument("--latency", type=float, default=0.05, help="seconds the proxy adds each way")
    ap.add_argument("--seed-rows", type=int, default=200)
    ap.add_argument("--seed-proxy-rows", type=int, default=50)
    ap.add_argument("--sleep-rows", type=int, default=10)
    ap.add_argument("--labelers", type=int, default=3)
    args = ap.parse_args()
    raw_levels = [int(x) for x in args.raw_concurrency.split(",") if x]

    print(f"machine: {common.uptime()}", flush=True)
    data_dir = common.setup_django("sync")
    from devnode import ctl

    from proxy import ProxyProcess

    node, admin = common.start_node(Path(tempfile.mkdtemp(prefix="bench-sync-node-", dir=data_dir)))
    figures = Figures()
    proxy = None
    try:
        bench = common.deploy(node, admin)
        proxy = ProxyProcess(node.port, delay=args.latency)  # its own process: not our GIL
        # warm-up: a fresh node is slower for its first ~200 requests
        warm = common.make_lab(200, args.labelers)
        engine_sync(bench, warm, args.concurrency)

        def rounds(n: int, repeat: int, with_side: bool):
            out: dict[str, list[float]] = {}

            def put(key, value):
                out.setdefault(key, []).append(value)

            for rnd in range(repeat):
                print(f"\n== N={n} round {rnd + 1}/{repeat}  load {common.load()}", flush=True)
                lab = common.make_lab(n, args.labelers)
                plab = common.make_lab(n, args.labelers) if with_side else None
                raw = Raw(bench, common.make_lab(1, 1))
                levels = raw_levels if with_side else [big_level]
                raw_secs: dict[int, float] = {c: 0.0 for c in levels}

                def raw_half(order):
                    for c in order:
                        rate, fails = raw.post_presigned(bench.client, n // 2, c)
                        raw_secs[c] += (n // 2) / rate
                        print(f"   raw c{c} ({n // 2}): {rate:.1f} rows/s ({fails} failed)", flush=True)

                # raw halves before and after the engine runs: the node's drift (its 60 s anchor cycle, the
                # streams it accumulates) weighs on both alike; engine and proxy alternate their order per round
                raw_half(levels)
                engine_runs = [("engine", lab, None), ("proxy", plab, proxy.url)] if with_side else [("engine", lab, None)]
                if rnd % 2:
                    engine_runs.reverse()
                for name, which, url in engine_runs:
                    secs, result, requests = engine_sync(bench, which, args.concurrency, url=url)
                    assert result.counts["create"] == n and result.failed == 0, result.message
                    put(name, n / secs)
                    if name == "engine":
                        put("engine.requests_per_doc", requests / n)
                        census = common.node_census(bench.client, bench.model, lab)
                        print(f"   census: {common.census_line(census)}", flush=True)
                    print(f"   {name} c{args.concurrency}: {n / secs:.1f} rows/s, {requests} requests "
                          f"({requests / n:.3f}/doc)  {result.message}", flush=True)
                raw_half(list(reversed(levels)))
                for c in levels:
                    put(f"raw.c{c}", (n // 2 * 2) / raw_secs[c])
                print("   raw (both halves): " + ", ".join(f"c{c} {out[f'raw.c{c}'][-1]:.1f}" for c in levels),
                      flush=True)
                if with_side:
                    put("seed.serial", raw.seed_pattern(bench.client, args.seed_rows))
                    from orbis_export.ceramic import CeramicClient

                    with CeramicClient(proxy.url, timeout=180, pool=4) as pclient:
                        put("seed.serial.proxy", raw.seed_pattern(pclient, args.seed_proxy_rows))
                    put("seed.sleep", raw.seed_pattern(bench.client, args.sleep_rows, sleep=0.5))
                    print(f"   seed pattern: serial {out['seed.serial'][-1]:.1f}, through proxy "
                          f"{out['seed.serial.proxy'][-1]:.1f}, with 500 ms sleep {out['seed.sleep'][-1]:.2f} rows/s",
                          flush=True)
                rs_secs, rs_writes = [], []
                for _ in range(args.repeat):
                    secs, result, requests = engine_sync(bench, lab, args.concurrency)
                    assert result.counts["unchanged"] == n, result.message
                    rs_secs.append(secs)
                    rs_writes.append(result.counts["written"])
                put("resync.secs", median(rs_secs))
                put("resync.writes", max(rs_writes))
                print(f"   re-sync unchanged: {spread(rs_secs)} s, writes {rs_writes}, {requests} requests", flush=True)
            return out

        big_level = 0
        small = rounds(args.rows, args.repeat, True)
        big_level = max(raw_levels, key=lambda c: median(small[f"raw.c{c}"]))
        big = rounds(args.big, args.big_repeat, False) if args.big else {}

        n = args.rows
        # the ceiling is the best level's median (not each round's maximum over levels: with this much noise a
        # per-round maximum of three draws is biased upwards); the engine is also compared at its own level
        raw_best = median(small[f"raw.c{big_level}"])
        engine = median(small["engine"])
        for c in raw_levels:
            figures.add(f"sync.raw_ceiling.n{n}.c{c}", median(small[f"raw.c{c}"]), "rows/s")
        figures.add(f"sync.raw_ceiling.n{n}.best_level_c{big_level}", raw_best, "rows/s")
        figures.add(f"sync.engine.n{n}.c{args.concurrency}", engine, "rows/s", raw_best, "raw ceiling")
        if args.concurrency in raw_levels:
            figures.add(f"sync.engine.n{n}.c{args.concurrency}.vs_raw_same_level", engine, "rows/s",
                        median(small[f"raw.c{args.concurrency}"]), f"raw c{args.concurrency}")
        figures.add(f"sync.engine.n{n}.requests_per_document", median(small["engine.requests_per_doc"]),
                    "requests", 1.0, "raw (1 genesis POST)", digits=3)
        seed_serial = median(small["seed.serial"])
        seed_sleep = median(small["seed.sleep"])
        figures.add(f"sync.seed_pattern.serial.n{args.seed_rows}", seed_serial, "rows/s", engine, "engine")
        figures.add(f"sync.seed_pattern.serial_500ms_sleep.n{args.sleep_rows}_extrapolated", seed_sleep, "rows/s",
                    engine, "engine", digits=2)
        figures.add("sync.engine_vs_seed_pattern.serial", engine / seed_serial, "×")
        figures.add("sync.engine_vs_seed_pattern.with_sleep", engine / seed_sleep, "×")
        figures.add(f"sync.engine.proxy_{args.latency * 2000:.0f}ms.n{n}", median(small["proxy"]), "rows/s",
                    engine, "engine at 0 ms")
        figures.add(f"sync.seed_pattern.serial.proxy_{args.latency * 2000:.0f}ms.n{args.seed_proxy_rows}",
                    median(small["seed.serial.proxy"]), "rows/s", seed_serial, "seed serial at 0 ms")
        figures.add(f"sync.resync_unchanged.n{n}", median(small["resync.secs"]), "s")
        figures.add(f"sync.resync_unchanged.n{n}.writes", max(small["resync.writes"]), "writes", digits=0)
        if big:
            b = args.big
            braw = median(big[f"raw.c{big_level}"])
            figures.add(f"sync.raw_ceiling.n{b}.c{big_level}", braw, "rows/s")
            figures.add(f"sync.engine.n{b}.c{args.concurrency}", median(big["engine"]), "rows/s", braw, "raw ceiling")
            figures.add(f"sync.engine.n{b}.requests_per_document", median(big["engine.requests_per_doc"]),
                        "requests", 1.0, "raw (1 genesis POST)", digits=3)
            figures.add(f"sync.resync_unchanged.n{b}", median(big["resync.secs"]), "s", 2.0, "target 2 s", digits=2)
            figures.add(f"sync.resync_unchanged.n{b}.writes", max(big["resync.writes"]), "writes", digits=0)
        print(f"\nmachine at the end: {common.uptime()}")
        print("rounds (per-round values):")
        for name, values in [*(("n%d.%s" % (args.rows, k), v) for k, v in small.items()),
                             *(("n%d.%s" % (args.big, k), v) for k, v in big.items())]:
            print(f"  {name}: {spread(values)}")
        figures.print("\nfigures (medians over rounds):")
    finally:
        if proxy is not None:
            proxy.stop()
        ctl.stop(node.data_dir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
