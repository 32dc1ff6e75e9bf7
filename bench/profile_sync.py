"""Where the engine's own time goes: cProfile of the calling thread (read, plan, sign, record) during one sync.

    .venv/bin/python bench/profile_sync.py [--rows 1000] [--top 25]
    .venv/bin/python bench/profile_sync.py --breakdown [--rows 2000]   # each per-row step timed alone

The worker threads only wait on HTTP; the calling thread is the engine's CPU cost per row. Prints the wall time,
the calling thread's CPU time per row, and the top functions by cumulative and by own time.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402


def breakdown(rows: int) -> None:
    """Each step the calling thread does per new row, timed alone without a profiler (no node needed)."""
    import dataclasses

    from django.conf import settings
    from django.db import transaction

    from orbis_export import identity
    from orbis_export.ceramic import StreamID, list_genesis
    from orbis_export.ceramic.encoding import cid_of_block
    from orbis_export.ceramic.streamid import TYPE_MID, TYPE_MODEL
    from orbis_export.export import iter_json_min_rows
    from orbis_export.models import SyncRecord
    from orbis_export.modeldeploy import project_row_model
    from orbis_export.sync import content_hash

    model = str(StreamID(TYPE_MODEL, cid_of_block(b"orbis-breakdown-model")))
    settings.ORBIS = dataclasses.replace(settings.ORBIS, model_id=model, signer_fallback="pending",
                                         context_id=str(StreamID(TYPE_MID, cid_of_block(b"ctx"))))
    lab = common.make_lab(rows)
    row_model = project_row_model(lab.project)
    steps: dict[str, float] = {}

    def timed(name, fn):
        cpu = time.thread_time()
        out = fn()
        steps[name] = (time.thread_time() - cpu) / rows * 1000
        return out

    got = timed("read JSON_MIN rows (export)", lambda: list(iter_json_min_rows(lab.project)))
    cache = identity.SignerCache()
    choices = timed("choose signer (cached)", lambda: [identity.choose_signer(r["annotator"], cache=cache,
                                                                               model=model) for r in got])
    contents = timed("content + sha256", lambda: [(c := row_model.content(r, project_id=lab.project.pk,
                                                                          source="orbis-bench",
                                                                          annotator_did=ch.annotator_did or "",
                                                                          provenance={
                                                                              "saved_by": r["annotator"],
                                                                              "origin": "labeling",
                                                                              "signer_kind": "labeler",
                                                                              "signer_did": ch.did}),
                                                   content_hash(c))[0] for r, ch in zip(got, choices)])
    prepared = timed("build + sign LIST genesis", lambda: [list_genesis(ch.signer, model, c,
                                                                        context=settings.ORBIS.context_id)
                                                           for ch, c in zip(choices, contents)])
    genesis_http = timed("genesis → HTTP form (ledger copy)", lambda: [p.genesis.to_http() for p in prepared])

    def insert():
        recs = []
        for start in range(0, rows, 50):
            with transaction.atomic():
                for r, p, g in zip(got[start:start + 50], prepared[start:start + 50], genesis_http[start:start + 50]):
                    rec = SyncRecord(project_id=lab.project.pk, annotation_id=r["annotation_id"], model_id=model,
                                     controller=p.stream_id and "did:bench", task_id=r["id"],
                                     stream_id=str(p.stream_id), genesis=g, status=SyncRecord.CREATING)
                    with transaction.atomic():
                        rec.save(force_insert=True)
                    recs.append(rec)
        return recs

    recs = timed("ledger insert (batch of 50, savepoint per row)", insert)

    def update():
        for start in range(0, rows, 16):
            with transaction.atomic():
                for rec in recs[start:start + 16]:
                    rec.status, rec.genesis, rec.content_hash = SyncRecord.SYNCED, None, "x" * 64
                    rec.save()

    timed("ledger update (batch of 16)", update)
    total = sum(steps.values())
    print(f"\n=== calling-thread CPU per new row, {rows} rows, no profiler; load {common.load()}")
    for name, ms in steps.items():
        print(f"  {name:<48} {ms:6.2f} ms  ({ms / total:5.1%})")
    print(f"  {'total':<48} {total:6.2f} ms  → at most {1000 / total:.0f} rows/s from one thread")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1000)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--breakdown", action="store_true", help="time each per-row step alone (no node, no profiler)")
    args = ap.parse_args()
    data_dir = common.setup_django("profile")
    if args.breakdown:
        breakdown(args.rows)
        return 0
    from devnode import ctl

    from orbis_export.sync import SyncOptions, sync_project

    node, admin = common.start_node(Path(tempfile.mkdtemp(prefix="bench-prof-node-", dir=data_dir)))
    try:
        bench = common.deploy(node, admin)
        sync_project(common.make_lab(100).project, SyncOptions(concurrency=args.concurrency))  # warm-up
        lab = common.make_lab(args.rows)
        for label, what in (("first sync (creates)", "create"), ("re-sync (unchanged)", "unchanged")):
            prof = cProfile.Profile()
            cpu, t = time.thread_time(), time.perf_counter()
            prof.enable()
            result = sync_project(lab.project, SyncOptions(concurrency=args.concurrency))
            prof.disable()
            wall, cpu = time.perf_counter() - t, time.thread_time() - cpu
            assert result.counts[what] == args.rows, result.message
            print(f"\n=== {label}: {args.rows} rows, wall {wall:.2f} s ({args.rows / wall:.1f} rows/s), calling thread "
                  f"CPU {cpu:.2f} s = {cpu / args.rows * 1000:.2f} ms/row; load {common.load()}")
            for key in ("cumulative", "tottime"):
                out = io.StringIO()
                pstats.Stats(prof, stream=out).sort_stats(key).print_stats(args.top)
                text = out.getvalue()
                print(text[text.find("   ncalls"):])
        del bench
    finally:
        ctl.stop(node.data_dir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
