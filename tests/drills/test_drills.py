"""Fault drills at a small N (the full-size ones: ``bench/drills.py``). Each hurts a sync mid-run — SIGKILL of
``manage.py orbis_sync``, the node stopped and started again, a proxy faulting 10 % of requests — runs it again,
and checks the node itself: exactly one document per annotation, none lost, none duplicated.

They share one node of their own (the restart drill stops it), started once for this module."""
from __future__ import annotations

import pytest
from django.conf import settings as django_settings

from bench import common, drills

pytestmark = [pytest.mark.integration]

ROWS = 40


def _exactly_once(census: dict) -> None:
    assert census["lost"] == 0 and census["duplicates"] == 0, census
    assert census["documents"] == census["annotations"] == ROWS, census


@pytest.mark.django_db(transaction=True)  # the killed sync runs in another process: it must see the data
def test_kill_9_mid_sync_then_rerun(bench, capsys):
    lab = common.make_lab(ROWS)
    env = {"DJANGO_SETTINGS_MODULE": "tests.sync.subprocess_settings",
           "ORBIS_DATA_DIR": str(django_settings.ORBIS.data_dir)}
    census = drills.kill_drill(bench, lab, env=env, db_path=django_settings.DATABASES["default"]["NAME"],
                               kill_after=ROWS // 4)
    assert census["killed_exit"] == -9
    assert census["at_kill"].get("synced", 0) < ROWS, "killed too late to prove anything"
    _exactly_once(census)


@pytest.mark.django_db
def test_node_stopped_and_started_mid_sync(bench):
    census = drills.restart_drill(bench, common.make_lab(ROWS), stop_after=ROWS // 4)
    assert any("stopped" in e for e in census["events"]) and any("back" in e for e in census["events"]), census
    _exactly_once(census)


@pytest.mark.django_db
def test_proxy_faulting_ten_percent_of_requests(bench):
    census = drills.fault_drill(bench, common.make_lab(ROWS), rate=0.1, hold=2.0, timeout=1.0)
    faults = sum(census["proxy"].get(k, 0) for k in ("refuse", "lost", "timeout"))
    assert faults >= 1, census["proxy"]
    _exactly_once(census)


def test_bench_proxy_adds_latency_both_ways():
    """The latency proxy used by the remote-node benchmark: +2×delay per round trip, many requests in flight."""
    import socket
    import threading
    import time
    from concurrent.futures import ThreadPoolExecutor

    from bench.proxy import Proxy

    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]

    def echo():
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            threading.Thread(target=lambda c=conn: [c.sendall(d) for d in iter(lambda: c.recv(100), b"")],
                             daemon=True).start()

    threading.Thread(target=echo, daemon=True).start()
    with Proxy("127.0.0.1", port, delay=0.05) as proxy:
        def round_trip(_):
            with socket.create_connection(("127.0.0.1", proxy.port)) as s:
                t = time.perf_counter()
                s.sendall(b"ping")
                assert s.recv(100) == b"ping"
                return time.perf_counter() - t

        with ThreadPoolExecutor(16) as pool:
            start = time.perf_counter()
            times = list(pool.map(round_trip, range(16)))
            total = time.perf_counter() - start
    server.close()
    assert all(0.09 <= t < 0.5 for t in times), times
    assert total < 0.8, f"16 round trips in flight took {total:.2f} s: the delay must not serialize them"
