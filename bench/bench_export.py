"""JSON_MIN export: ours (in-process, streamed, bounded batches) vs Label Studio's own export endpoint, on the same
project — time and peak RSS, each variant in its own fresh process, interleaved, medians; and the peak RSS of a
100k-annotation sync plan (``sync_project(dry_run=True)``: read, plan and sign every row, write nothing).

    .venv/bin/python bench/bench_export.py                    # 50k annotations ×3 rounds, plus the 100k plan
    .venv/bin/python bench/bench_export.py --rows 5000 --repeat 3 --plan-rows 0

* ``ours``: ``orbis_export.export.iter_json_min_rows`` → a JSON list written to a file as it goes;
* ``label_studio``: ``GET /api/projects/{id}/export?exportType=JSON_MIN`` (its ``ExportAPI`` view, called in-process
  with an authenticated request; the response file is read to the end) — what the Export dialog downloads.
Both outputs are compared row by row (same rows, same values) before any figure is printed.
RSS growth = the child's peak RSS (``VmHWM``) minus its RSS right before the export started (Django loaded).
The database (``data/bench/export``) is kept between runs: ``--rebuild`` makes the projects again.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402
from common import Figures, median, spread  # noqa: E402

RUN = "export"


def child(variant: str, project_id: int, out_path: str) -> dict:
    common.setup_django(RUN, fresh=False)
    from projects.models import Project

    project = Project.objects.get(pk=project_id)
    project.get_parsed_config()
    base = common.rss_mb()
    t = time.perf_counter()
    rows = 0
    if variant == "ours":
        from orbis_export.export import iter_json_min_rows, without_extras

        with open(out_path, "w", encoding="utf-8") as f:
            f.write("[")
            for row in iter_json_min_rows(project):
                f.write(("," if rows else "") + json.dumps(without_extras(row), ensure_ascii=False))
                rows += 1
            f.write("]")
    elif variant == "label_studio":
        from data_export.api import ExportAPI
        from rest_framework.test import APIRequestFactory, force_authenticate

        request = APIRequestFactory().get(f"/api/projects/{project_id}/export", {"exportType": "JSON_MIN"})
        force_authenticate(request, user=project.created_by)
        response = ExportAPI.as_view()(request, pk=project_id)
        assert response.status_code == 200, response.status_code
        with open(out_path, "wb") as f:
            for chunk in response.streaming_content:
                f.write(chunk)
        response.close()
    elif variant == "plan":
        from orbis_export.sync import SyncOptions, sync_project

        bench_cfg = json.loads(os.environ["ORBIS_BENCH_CFG"])
        from django.conf import settings
        import dataclasses

        settings.ORBIS = dataclasses.replace(settings.ORBIS, signer_fallback="pending", service_seed=None,
                                             source="orbis-bench", **bench_cfg)
        result = sync_project(project, SyncOptions(dry_run=True))
        rows = result.counts["create"]
        assert result.failed == 0 and rows == result.total, result.message
    secs = time.perf_counter() - t
    return {"variant": variant, "secs": secs, "rows": rows, "base_mb": base, "peak_mb": common.peak_rss_mb(),
            "growth_mb": common.peak_rss_mb() - base}


def run_child(variant: str, project_id: int, out_path: str, env: dict | None = None) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--child", variant, "--project", str(project_id),
                           "--out", out_path], capture_output=True, text=True, env={**os.environ, **(env or {})})
    if proc.returncode != 0:
        raise RuntimeError(f"{variant} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def same_rows(a_path: str, b_path: str) -> int:
    a = json.loads(Path(a_path).read_text())
    b = json.loads(Path(b_path).read_text())
    key = lambda r: (r["id"], r["annotation_id"])  # noqa: E731
    a.sort(key=key)
    b.sort(key=key)
    assert len(a) == len(b), (len(a), len(b))
    for x, y in zip(a, b):
        assert x == y, (x, y)
    return len(a)


def project_with(n: int, rebuild: bool, connected: bool = False) -> int:
    """A project of ``n`` annotations in the bench database (made once, found again by its title)."""
    from projects.models import Project

    title = f"export-bench-{n}{'-connected' if connected else ''}"
    found = Project.objects.filter(title=title).first()
    if found and not rebuild:
        return found.pk
    t = time.perf_counter()
    lab = common.make_lab(n, labelers=5, connected=connected)
    lab.project.title = title
    lab.project.save(update_fields=["title"])
    print(f"  built {title} in {time.perf_counter() - t:.0f} s", file=sys.stderr, flush=True)
    return lab.project.pk


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows", type=int, default=50000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--plan-rows", type=int, default=100000, help="0: skip the sync plan figure")
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--child")
    ap.add_argument("--project", type=int)
    ap.add_argument("--out")
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.project, args.out)))
        return 0

    print(f"machine: {common.uptime()}", flush=True)
    common.setup_django(RUN, fresh=args.rebuild or not (common.BENCH_DATA / RUN).exists())
    figures = Figures()
    project_id = project_with(args.rows, args.rebuild)
    tmp = Path(tempfile.mkdtemp(prefix="bench-export-"))
    results: dict[str, list[dict]] = {"ours": [], "label_studio": []}
    for rnd in range(args.repeat):
        order = ("ours", "label_studio") if rnd % 2 == 0 else ("label_studio", "ours")
        for variant in order:
            res = run_child(variant, project_id, str(tmp / f"{variant}.json"))
            results[variant].append(res)
            print(f"  round {rnd + 1} {variant}: {res['secs']:.1f} s, peak {res['peak_mb']:.0f} MB "
                  f"(+{res['growth_mb']:.0f} MB)  load {common.load()}", file=sys.stderr, flush=True)
        rows = same_rows(str(tmp / "ours.json"), str(tmp / "label_studio.json"))
    print(f"outputs equal: {rows} rows, same values")
    ls_secs = median([r["secs"] for r in results["label_studio"]])
    our_secs = median([r["secs"] for r in results["ours"]])
    n = args.rows
    figures.add(f"export.json_min.label_studio_endpoint.n{n}", ls_secs, "s")
    figures.add(f"export.json_min.ours.n{n}", our_secs, "s")
    figures.add(f"export.json_min.speedup.n{n}", ls_secs / our_secs, "× (LS time / our time)", digits=2)
    figures.add(f"export.json_min.label_studio_endpoint.n{n}.rss_growth",
                median([r["growth_mb"] for r in results["label_studio"]]), "MB")
    figures.add(f"export.json_min.ours.n{n}.rss_growth", median([r["growth_mb"] for r in results["ours"]]), "MB")
    print("per round: ours " + spread([r["secs"] for r in results["ours"]]) + " s, label_studio "
          + spread([r["secs"] for r in results["label_studio"]]) + " s")
    if args.plan_rows:
        from devnode import ctl

        node, admin = common.start_node(Path(tempfile.mkdtemp(prefix="bench-export-node-", dir=tmp)))
        try:
            bench = common.deploy(node, admin)
            plan_project = project_with(args.plan_rows, True, connected=True)
            cfg = {"ceramic_url": node.url, "model_id": bench.model, "context_id": bench.context}
            res = run_child("plan", plan_project, str(tmp / "plan.json"),
                            env={"ORBIS_BENCH_CFG": json.dumps(cfg)})
            print(f"  plan: {res['rows']} rows in {res['secs']:.0f} s, peak {res['peak_mb']:.0f} MB "
                  f"(+{res['growth_mb']:.0f} MB)", file=sys.stderr, flush=True)
            figures.add(f"sync.plan.dry_run.n{args.plan_rows}.rss_growth", res["growth_mb"], "MB", 150.0,
                        "target 150 MB")
            figures.add(f"sync.plan.dry_run.n{args.plan_rows}.time", res["secs"], "s")
        finally:
            ctl.stop(node.data_dir)
    print(f"machine at the end: {common.uptime()}")
    figures.print("\nfigures:")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
