"""The bundled ML backend (mlbackend/) over Label Studio's ML protocol, as its own process on loopback.

1. Throughput: predictions for 10k tasks, sent as Label Studio 1.23.2 sends them — one task per request (a task
   opened in the labeling UI), batches of 100 (orbis_preannotate's default), and all 10k in one request
   (MLBackend.predict_tasks / the Data Manager's "Retrieve predictions" send every selected task at once). Task
   payloads have the fields of Label Studio's TaskSimpleSerializer.
2. Learning: accuracy on held-out demo reviews after 20/50/100 annotations, each annotation sent as Label Studio's
   ANNOTATION_CREATED webhook (the backend retrains on each), no seed. Labels are the reviews' own (their star
   ratings, mapped as tools/make_demo_reviews.py drew them). Several random 100/20 splits of the 120 reviews.

    .venv/bin/python bench/bench_mlbackend.py [--tasks 10000] [--splits 5]
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from label_studio_orbis.seed import demo_label_config, demo_rows  # noqa: E402
from mlbackend import process  # noqa: E402
from mlbackend.classifier import STARS_TO_SENTIMENT  # noqa: E402

CREATED = 1764670000


def ls_task(task_id: int, row: dict, project_id: int) -> dict:
    """The shape of Label Studio's TaskSimpleSerializer output (what MLApi.make_predictions sends)."""
    return {"id": task_id, "data": row, "meta": {}, "created_at": "2026-12-02T10:00:00.000000Z",
            "updated_at": "2026-12-02T10:00:00.000000Z", "is_labeled": False, "overlap": 1, "inner_id": task_id,
            "total_annotations": 0, "cancelled_annotations": 0, "total_predictions": 0, "comment_count": 0,
            "unresolved_comment_count": 0, "last_comment_updated_at": None, "project": project_id,
            "updated_by": None, "file_upload": None, "comment_authors": [], "annotations": [], "predictions": []}


def predict_request(tasks: list[dict], project: str, config: str) -> dict:
    return {"tasks": tasks, "project": project, "label_config": config,
            "params": {"login": None, "password": None, "context": None}}


def throughput(url: str, n: int, config: str) -> None:
    rows = demo_rows()
    rng = random.Random(1)
    tasks = [ls_task(i + 1, rng.choice(rows), 1) for i in range(n)]
    session = requests.Session()
    project = f"1.{CREATED}"
    setup = session.post(f"{url}/setup", json={"project": project, "schema": config})
    print(f"model: {setup.json()['model_version']} (seeded)")
    session.post(f"{url}/predict", json=predict_request(tasks[:10], project, config)).raise_for_status()  # warm-up
    for batch in (1, 100, n):
        count = min(n, 1000) if batch == 1 else n  # one request per task: 1000 of them tell the rate
        started = time.perf_counter()
        body_bytes, predicted = 0, 0
        for start in range(0, count, batch):
            payload = predict_request(tasks[start:start + batch], project, config)
            answer = session.post(f"{url}/predict", json=payload, timeout=300)
            answer.raise_for_status()
            body_bytes = max(body_bytes, len(answer.request.body))
            predicted += len(answer.json()["results"])
        elapsed = time.perf_counter() - started
        assert predicted == count
        print(f"predict, {batch:>5} task(s) per request: {count} tasks in {elapsed:.2f} s = {count / elapsed:,.0f} "
              f"tasks/s ({elapsed / (count / batch) * 1000:.1f} ms per request; largest request "
              f"{body_bytes / 1024:,.0f} KB)")


def learning(url: str, splits: int, config: str, sizes=(20, 50, 100)) -> None:
    rows = demo_rows()
    labeled = [(r["review"], STARS_TO_SENTIMENT[int(r["stars"])]) for r in rows]
    session = requests.Session()
    scores: dict[int, list[float]] = {n: [] for n in sizes}
    overlap = []
    retrain_ms = []
    unseen = {n: [0, 0] for n in sizes}  # correct, total: held-out reviews whose exact text was not annotated
    for split in range(splits):
        order = list(range(len(labeled)))
        random.Random(100 + split).shuffle(order)
        held, pool = [labeled[i] for i in order[:20]], [labeled[i] for i in order[20:]]
        pid = 100 + split
        project = {"id": pid, "created_at": datetime.fromtimestamp(CREATED, timezone.utc).isoformat(),
                   "label_config": config}
        key = f"{pid}.{CREATED}"
        session.post(f"{url}/setup", json={"project": key, "schema": config}).raise_for_status()
        sent = 0
        for n in sizes:
            while sent < n:
                text, label = pool[sent]
                started = time.perf_counter()
                session.post(f"{url}/webhook", json={
                    "action": "ANNOTATION_CREATED", "project": project,
                    "annotation": {"id": 10_000 * pid + sent, "was_cancelled": False, "result": [
                        {"from_name": "sentiment", "to_name": "text", "type": "choices",
                         "value": {"choices": [label]}}]},
                    "task": {"id": 10_000 * pid + sent, "data": {"review": text}}}).raise_for_status()
                retrain_ms.append((time.perf_counter() - started) * 1000)
                sent += 1
            answer = session.post(f"{url}/predict", json=predict_request(
                [ls_task(i, {"review": t}, pid) for i, (t, _) in enumerate(held)], key, config))
            if answer.status_code == 503:  # fewer than two labels among the first annotations
                scores[n].append(float("nan"))
                continue
            answer.raise_for_status()
            predicted = [r["result"][0]["value"]["choices"][0] for r in answer.json()["results"]]
            scores[n].append(sum(p == gold for p, (_, gold) in zip(predicted, held)) / len(held))
            seen = {t for t, _ in pool[:n]}
            fresh = [(p, gold) for p, (t, gold) in zip(predicted, held) if t not in seen]
            unseen[n][0] += sum(p == gold for p, gold in fresh)
            unseen[n][1] += len(fresh)
        overlap.append(len({t for t, _ in held} & {t for t, _ in pool[:max(sizes)]}))
    print(f"learning curve ({splits} random splits: 20 held-out reviews, annotations from the other 100, "
          "sent as ANNOTATION_CREATED webhooks, no seed):")
    for n in sizes:
        valid = [s for s in scores[n] if s == s]
        right, total = unseen[n]
        fresh = f"{right / total:.1%} of {total}" if total else "none left"
        print(f"  after {n:>3} annotations: accuracy {statistics.mean(valid):.1%} (min {min(valid):.0%}, "
              f"max {max(valid):.0%}) on the held-out reviews; on held-out texts not among the annotated ones: "
              f"{fresh}")
    print(f"  retrain per webhook: median {statistics.median(retrain_ms):.0f} ms, max {max(retrain_ms):.0f} ms")
    distinct = len({t for t, _ in labeled})
    print(f"  note: the demo's 120 reviews are 'opener: detail.' from 5 × 5 phrases per sentiment "
          f"({distinct} distinct texts), so {statistics.mean(overlap):.1f} of the 20 held-out texts (mean) also "
          "occur among the 100 training reviews; the unseen-text figure is the honest one")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--splits", type=int, default=5)
    args = parser.parse_args()
    config = demo_label_config()
    print(f"start {time.strftime('%H:%M:%S', time.gmtime())} UTC, load {os.getloadavg()[0]:.2f} (2 shared cores)")
    with tempfile.TemporaryDirectory(prefix="bench-mlbackend-") as tmp:
        seeded = process.start(Path(tmp) / "seeded")
        try:
            throughput(seeded.url, args.tasks, config)
        finally:
            seeded.stop()
        unseeded = process.start(Path(tmp) / "unseeded", seed=False)
        try:
            learning(unseeded.url, args.splits, config)
        finally:
            unseeded.stop()
    print(f"end {time.strftime('%H:%M:%S', time.gmtime())} UTC, load {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
