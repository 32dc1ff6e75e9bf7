"""Models in the loop: the sync of N predictions + N human rows (each human row started from a prediction) against
the node's raw ceiling in the same run.

    .venv/bin/python bench/bench_predictions.py                       # N=10000 (20,000 documents), ~10 min
    .venv/bin/python bench/bench_predictions.py --rows 2000 --repeat 2

Per round (fresh project): ``raw`` posts 2N pre-signed LIST geneses (N like the engine's human rows, signed by the
labeler's session; the node's cost of a prediction document is the same one POST) at ``--concurrency``, half before
and half after the engine; ``engine`` is ``sync_project`` end to end: the predictions pass (every prediction a
document signed by its model version's did:key) then the annotations (each naming its suggestion's stream and what the
person did with it). Prints ``what | value | unit | ratio`` lines (the bar: engine ≥ 0.9 × raw, as for human rows).
The bundled model's own speed and accuracy are in bench/bench_mlbackend.py.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402
from common import Figures, median, spread  # noqa: E402


def add_predictions(lab, version: str = "bench-tfidf-v1") -> int:
    """One prediction per task; every annotation started from its task's prediction (half accepted as is)."""
    from tasks.models import Annotation, Prediction

    tasks = list(lab.project.tasks.order_by("id").values_list("id", flat=True))
    made = 0
    for start in range(0, len(tasks), 2000):
        chunk = tasks[start:start + 2000]
        preds = Prediction.objects.bulk_create(
            [Prediction(task_id=t, project=lab.project, model_version=version, score=0.5 + (i % 50) / 100,
                        result=[{"from_name": "sentiment", "to_name": "text", "type": "choices",
                                 "value": {"choices": [common.LABELS[(start + i + (i % 2)) % 3]]}}])
             for i, t in enumerate(chunk)])
        by_task = {p.task_id: p.pk for p in preds}
        Annotation.objects.bulk_update(
            [Annotation(id=a_id, parent_prediction_id=by_task[t_id]) for a_id, t_id in
             Annotation.objects.filter(task_id__in=chunk).values_list("id", "task_id")], ["parent_prediction"])
        made += len(preds)
    return made


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows", type=int, default=10000, help="N tasks: N predictions + N human rows")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--labelers", type=int, default=3)
    args = ap.parse_args()
    n = args.rows

    print(f"machine: {common.uptime()}", flush=True)
    data_dir = common.setup_django("predictions")
    from devnode import ctl

    from bench_sync import Raw, engine_sync

    node, admin = common.start_node(Path(tempfile.mkdtemp(prefix="bench-pred-node-", dir=data_dir)))
    figures = Figures()
    out: dict[str, list[float]] = {}
    try:
        bench = common.deploy(node, admin)
        warm = common.make_lab(200, args.labelers)
        add_predictions(warm)
        engine_sync(bench, warm, args.concurrency)
        for rnd in range(args.repeat):
            print(f"\n== N={n} (+{n} predictions) round {rnd + 1}/{args.repeat}  load {common.load()}", flush=True)
            lab = common.make_lab(n, args.labelers)
            t = time.perf_counter()
            add_predictions(lab)
            print(f"   {n} predictions added in {time.perf_counter() - t:.1f} s", flush=True)
            raw = Raw(bench, common.make_lab(1, 1))
            rate1, fails1 = raw.post_presigned(bench.client, n, args.concurrency)
            secs, result, requests = engine_sync(bench, lab, args.concurrency)
            rate2, fails2 = raw.post_presigned(bench.client, n, args.concurrency)
            docs = result.counts["create"] + result.counts["predictions_create"]
            assert result.counts["create"] == n and result.counts["predictions_written"] == n, result.message
            assert result.failed == 0, result.message
            raw_rate = 2 * n / (n / rate1 + n / rate2)
            out.setdefault("raw", []).append(raw_rate)
            out.setdefault("engine", []).append(docs / secs)
            out.setdefault("requests_per_doc", []).append(requests / docs)
            print(f"   raw c{args.concurrency}: {rate1:.1f} then {rate2:.1f} docs/s ({fails1 + fails2} failed)",
                  flush=True)
            print(f"   engine c{args.concurrency}: {docs} documents in {secs:.1f} s = {docs / secs:.1f} docs/s, "
                  f"{requests} requests  {result.message}", flush=True)
            t = time.perf_counter()
            again = engine_sync(bench, lab, args.concurrency)[1]
            out.setdefault("resync", []).append(time.perf_counter() - t)
            assert again.counts["written"] == 0 and again.counts["predictions_written"] == 0, again.message
        figures.add(f"predictions.raw_ceiling.docs{2 * n}.c{args.concurrency}", median(out["raw"]), "docs/s")
        figures.add(f"predictions.engine.{n}_predictions_plus_{n}_human.c{args.concurrency}", median(out["engine"]),
                    "docs/s", median(out["raw"]), "raw ceiling")
        figures.add("predictions.engine.requests_per_document", median(out["requests_per_doc"]), "requests", 1.0,
                    "raw (1 genesis POST)", digits=3)
        figures.add(f"predictions.resync_unchanged.{2 * n}_docs", median(out["resync"]), "s", digits=2)
        print(f"\nmachine at the end: {common.uptime()}")
        print("rounds: " + ", ".join(f"{k} {spread(v)}" for k, v in out.items()))
        figures.print("\nfigures (medians over rounds):")
    finally:
        ctl.stop(node.data_dir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
