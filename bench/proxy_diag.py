"""Diagnostic: raw pre-signed creates direct vs through the +100 ms proxy process at c8/16/32 (no engine).

    .venv/bin/python bench/proxy_diag.py      # ~3 min; latest output: bench/results/proxy_diag.txt
"""
import sys, tempfile
from pathlib import Path
sys.path.insert(0, "bench")
import common
from bench_sync import Raw
data_dir = common.setup_django("proxydiag")
from devnode import ctl
from proxy import ProxyProcess
from orbis_export.ceramic import CeramicClient
node, admin = common.start_node(Path(tempfile.mkdtemp(prefix="diag-node-", dir=data_dir)))
try:
    bench = common.deploy(node, admin)
    raw = Raw(bench, common.make_lab(1, 1))
    raw.post_presigned(bench.client, 200, 8)
    with ProxyProcess(node.port, delay=0.05) as proxy, CeramicClient(proxy.url, timeout=180, pool=40) as pc:
        for rnd in range(2):
            for c in (8, 16, 32):
                d, _ = raw.post_presigned(bench.client, 300, c)
                p, _ = raw.post_presigned(pc, 300, c)
                print(f"round {rnd+1} c{c}: direct {d:.1f} rows/s, proxy {p:.1f} rows/s, ratio {p/d:.2f}  load {common.load()}", flush=True)
finally:
    ctl.stop(node.data_dir)
