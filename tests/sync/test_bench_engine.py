"""Benchmark (skipped unless ORBIS_BENCH=1): the whole engine — plan, sign, post, record — at several concurrencies,
on the real local node, to choose ORBIS_SYNC_CONCURRENCY's default. Not a test of speed: it asserts correctness only.

    ORBIS_BENCH=1 .venv/bin/python -m pytest tests/sync/test_bench_engine.py -s -q   # ORBIS_BENCH_ROWS=300
"""
from __future__ import annotations

import os
import time

import pytest

from orbis_export.sync import SyncOptions, sync_project

pytestmark = [pytest.mark.integration, pytest.mark.django_db,
              pytest.mark.skipif(os.environ.get("ORBIS_BENCH") != "1", reason="benchmark: set ORBIS_BENCH=1")]

LEVELS = [int(x) for x in os.environ.get("ORBIS_BENCH_LEVELS", "1,4,8,16").split(",")]


def test_engine_throughput(make_lab):
    rows = int(os.environ.get("ORBIS_BENCH_ROWS", "300"))
    warm = make_lab(labelers=1, per_labeler=50)
    sync_project(warm.project, SyncOptions(concurrency=8))  # a fresh node is slower for its first requests
    figures = []
    for level in LEVELS:
        lab = make_lab(labelers=3, per_labeler=rows // 3)
        t = time.perf_counter()
        created = sync_project(lab.project, SyncOptions(concurrency=level))
        create_secs = time.perf_counter() - t
        assert created.counts["create"] == rows and created.failed == 0
        for ann in lab.annotations:
            ann.lead_time = 9.5
            ann.save()
        t = time.perf_counter()
        updated = sync_project(lab.project, SyncOptions(concurrency=level))
        update_secs = time.perf_counter() - t
        assert updated.counts["update"] == rows and updated.failed == 0
        t = time.perf_counter()
        unchanged = sync_project(lab.project, SyncOptions(concurrency=level))
        noop_secs = time.perf_counter() - t
        assert unchanged.counts["unchanged"] == rows
        figures += [(f"sync.engine.create.c{level}", rows / create_secs, "rows/s"),
                    (f"sync.engine.update.c{level}", rows / update_secs, "rows/s"),
                    (f"sync.engine.resync_unchanged.c{level}", rows / noop_secs, "rows/s")]
    print()
    for what, value, unit in figures:
        print(f"{what} | {value:.1f} | {unit}")
