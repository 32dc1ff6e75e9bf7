"""Fault drills: the sync is hurt mid-run, then run again; the node must end with exactly one document per
annotation. Each drill prints its counts and ends with
``documents on node = annotations, duplicates = 0, lost = 0``.

    .venv/bin/python bench/drills.py [--rows 1000] [--only kill,restart,faults]

* ``kill``     ``manage.py orbis_sync`` in a subprocess, SIGKILLed once part of the rows are recorded (others
               are then posted but unrecorded, or recorded but unposted); the sync is run again;
* ``restart``  the node is stopped mid-sync (a clean stop of both processes) and started again on the same ports
               while the sync is still running; the sync is then run again until it reports nothing left;
* ``faults``   the sync goes through bench/proxy.py, which on 10 % of requests answers 503 without forwarding,
               forwards then answers 502 (the write happened, the client is told it did not), or forwards then
               holds the answer past the client's timeout; runs until nothing is left.

``tests/drills/`` runs the same functions on a smaller N (marked integration).
"""
from __future__ import annotations

import argparse
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

try:
    from . import common  # imported as bench.drills (tests)
    from .proxy import Proxy
except ImportError:  # run as a script
    import common  # type: ignore[no-redef]
    from proxy import Proxy  # type: ignore[no-redef]

ROOT = common.ROOT


def _say(log, text: str) -> None:
    (log or print)(text)


def _ledger(project_id: int, db_path: str) -> dict:
    with sqlite3.connect(db_path, timeout=30) as db:
        rows = db.execute("select status, count(*) from orbis_export_syncrecord where project_id=? group by status",
                          (project_id,)).fetchall()
    return dict(rows)


def _finish(bench, lab, log, max_runs: int = 4, url: str | None = None, **changes) -> list:
    """Run the sync (in this process) until a run writes nothing and fails nothing; returns the results."""
    from orbis_export.sync import SyncOptions, sync_project

    results = []
    bench.configure(url=url, **changes)
    try:
        for _ in range(max_runs):
            result = sync_project(lab.project, SyncOptions(concurrency=8, backoff=0.2))
            results.append(result)
            _say(log, f"  rerun {len(results)}: {result.status}: {result.message}")
            if result.failed == 0 and result.counts["written"] == 0:
                break
    finally:
        bench.configure()
    return results


def _verdict(bench, lab, log) -> dict:
    census = common.node_census(bench.client, bench.model, lab)
    _say(log, "  " + common.census_line(census))
    return census


def kill_drill(bench, lab, *, env: dict, db_path: str, kill_after: int, log=None) -> dict:
    """SIGKILL ``manage.py orbis_sync`` once ``kill_after`` rows are recorded as synced, then run it again."""
    o = bench.configure()
    child_env = {k: v for k, v in os.environ.items() if not k.startswith("ORBIS_")}
    child_env.update(env)
    child_env.update(ORBIS_CERAMIC_URL=bench.node.url, ORBIS_MODEL_ID=bench.model, ORBIS_CONTEXT_ID=bench.context,
                     ORBIS_SOURCE=o.source, ORBIS_SIGNER_FALLBACK="pending", ORBIS_DEVNODE="0",
                     ORBIS_CERAMIC_ADMIN_SEED=bench.admin.seed.hex(), PYTHONUNBUFFERED="1")
    _say(log, f"drill kill -9: {lab.n} annotations, SIGKILL after {kill_after} recorded")
    proc = subprocess.Popen([sys.executable, "manage.py", "orbis_sync", "--project", str(lab.project.pk),
                             "--no-progress", "--concurrency", "8"], cwd=ROOT, env=child_env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.monotonic() + 600
    while _ledger(lab.project.pk, db_path).get("synced", 0) < kill_after:
        if proc.poll() is not None:
            raise AssertionError("the sync ended before the kill:\n" + proc.communicate()[0][-3000:])
        if time.monotonic() > deadline:
            proc.kill()
            raise AssertionError("the sync recorded nothing in time")
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    at_kill = _ledger(lab.project.pk, db_path)
    on_node = common.node_census(bench.client, bench.model, lab)["documents"]
    _say(log, f"  killed (exit {proc.returncode}): ledger {at_kill}; documents on node {on_node} "
              f"(posted, not all recorded)")
    results = _finish(bench, lab, log)
    census = _verdict(bench, lab, log)
    census.update(killed_exit=proc.returncode, at_kill=at_kill, reruns=len(results),
                  rerun_counts=[dict(r.counts) for r in results])
    return census


def restart_drill(bench, lab, *, stop_after: int, log=None) -> dict:
    """Stop the node once ``stop_after`` rows are written, start it again at once (same ports), keep going."""
    from devnode import ctl

    from orbis_export.sync import SyncOptions, sync_project

    node = bench.node
    _say(log, f"drill node stop/start: {lab.n} annotations, node stopped after {stop_after} written")
    events: list[str] = []
    started = time.monotonic()

    def bounce():
        t = time.monotonic()
        ctl.stop(node.data_dir)
        events.append(f"node stopped at {t - started:.1f} s")
        # not die_with_parent: that ties the node to this short-lived thread (the kernel's parent-death signal)
        ctl.start(node.data_dir, port=node.port, ipfs_port=node.ipfs_port, admin_dids=[bench.admin.did])
        events.append(f"node back at {time.monotonic() - started:.1f} s")

    worker: list[threading.Thread] = []

    def progress(result):
        if not worker and result.counts["written"] >= stop_after:
            worker.append(threading.Thread(target=bounce, daemon=True))
            worker[0].start()

    bench.configure(request_timeout=10.0)
    try:
        first = sync_project(lab.project, SyncOptions(concurrency=8, backoff=0.5, progress=progress))
    finally:
        bench.configure()
    if worker:
        worker[0].join(180)
    _say(log, "  " + "; ".join(events))
    _say(log, f"  first run: {first.status}: {first.message}")
    assert worker, "the node was never stopped"
    results = _finish(bench, lab, log)
    census = _verdict(bench, lab, log)
    census.update(first_counts=dict(first.counts), reruns=len(results), events=events)
    return census


def fault_drill(bench, lab, *, rate: float = 0.1, hold: float = 3.0, timeout: float = 2.0, log=None) -> dict:
    """Sync through a proxy that answers 503 / drops the answer (502 after forwarding) / times out on ``rate``."""
    _say(log, f"drill faults: {lab.n} annotations through a proxy faulting {rate:.0%} of requests "
              f"(503 not forwarded / 502 after forwarding / no answer for {hold:.0f} s; client timeout {timeout:.0f} s)")
    with Proxy("127.0.0.1", bench.node.port, fault_rate=rate, hold=hold, seed=7) as proxy:
        results = _finish(bench, lab, log, max_runs=5, url=proxy.url, request_timeout=timeout)
        stats = dict(proxy.stats)
    _say(log, f"  proxy: {stats.get('requests', 0)} requests; refused {stats.get('refuse', 0)}, answer lost "
              f"{stats.get('lost', 0)}, timed out {stats.get('timeout', 0)}")
    census = _verdict(bench, lab, log)
    census.update(proxy=stats, runs=len(results), first_counts=dict(results[0].counts))
    return census


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows", type=int, default=1000)
    ap.add_argument("--only", default="kill,restart,faults")
    args = ap.parse_args()
    which = set(args.only.split(","))
    print(f"machine: {common.uptime()}", flush=True)
    data_dir = common.setup_django("drills")
    from devnode import ctl

    node, admin = common.start_node(Path(tempfile.mkdtemp(prefix="drill-node-", dir=data_dir)))
    ok = True
    try:
        bench = common.deploy(node, admin, name="OrbisDrill")
        out = {}
        if "kill" in which:
            lab = common.make_lab(args.rows)
            db = str(common._db_file(data_dir))
            out["kill"] = kill_drill(bench, lab, env=common._django_env(data_dir), db_path=db,
                                     kill_after=args.rows // 3)
        if "restart" in which:
            out["restart"] = restart_drill(bench, common.make_lab(args.rows), stop_after=args.rows // 3)
        if "faults" in which:
            out["faults"] = fault_drill(bench, common.make_lab(args.rows))
        print("\nsummary:")
        for name, c in out.items():
            good = c["documents"] == c["annotations"] and not c["duplicates"] and not c["lost"]
            ok &= good
            print(f"drill.{name}.n{args.rows} | documents on node {c['documents']} = annotations {c['annotations']}, "
                  f"duplicates = {c['duplicates']}, lost = {c['lost']} | {'PASS' if good else 'FAIL'}")
        print(f"machine at the end: {common.uptime()}")
    finally:
        ctl.stop(node.data_dir)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
