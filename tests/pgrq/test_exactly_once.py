"""Label Studio on a real PostgreSQL with two real RQ workers (Redis), both syncing the same project at once:
every annotation becomes exactly one document on the real Ceramic node.

Everything is real and started by this test run: PostgreSQL and Redis from Debian packages on free loopback ports
(tests/fixtures/services.py), ``manage.py migrate`` on PostgreSQL, two ``manage.py rqworker default`` processes, the
local Ceramic node. The truth is read from the node's index and from PostgreSQL, not from the workers' word.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from tests.fixtures.lab import CONTEXT

pytestmark = [pytest.mark.integration, pytest.mark.services]

ROOT = Path(__file__).resolve().parents[2]
LABELERS, PER_LABELER = 3, 8  # 24 annotations


@pytest.fixture(scope="module")
def stack(postgres_server, redis_server, ceramic_node, ceramic_admin_key, node_client, sync_model, tmp_path_factory):
    """migrate + two RQ workers against PostgreSQL/Redis, configured for the test node and model."""
    data = tmp_path_factory.mktemp("pgrq")
    dbname = postgres_server.create_database(f"orbis_pgrq_{os.urandom(3).hex()}")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ORBIS_", "DJANGO_", "POSTGRE_", "PYTEST_"))}
    env.update(postgres_server.env(dbname))
    env.update({
        "DJANGO_SETTINGS_MODULE": "label_studio_orbis.settings", "REDIS_LOCATION": redis_server.url,
        "ORBIS_ENV_FILE": os.devnull, "ORBIS_DATA_DIR": str(data), "ORBIS_DEVNODE": "0",
        "LABEL_STUDIO_BASE_DATA_DIR": str(data / "label-studio"), "ORBIS_CERAMIC_URL": ceramic_node.url,
        "ORBIS_MODEL_ID": sync_model, "ORBIS_CONTEXT_ID": CONTEXT, "ORBIS_SOURCE": f"pgrq-{os.urandom(3).hex()}",
        "ORBIS_SECRET_KEY": Fernet.generate_key().decode(), "ORBIS_CERAMIC_ADMIN_SEED": ceramic_admin_key.seed.hex(),
        "ORBIS_SYNC_CONCURRENCY": "4", "PYTHONPATH": str(Path(__file__).parent / "worker_side"),
        "SENTRY_DSN": "", "FRONTEND_SENTRY_DSN": "", "PYTHONUNBUFFERED": "1",
    })
    started = time.monotonic()
    migrate = subprocess.run([sys.executable, "manage.py", "migrate", "--noinput"], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=900)
    assert migrate.returncode == 0, migrate.stderr[-3000:]
    migrate_seconds = time.monotonic() - started
    workers, logs = [], []
    for n in (1, 2):
        log = open(data / f"worker{n}.log", "w")
        logs.append(log)
        workers.append(subprocess.Popen([sys.executable, "manage.py", "rqworker", "default", "--name",
                                         f"orbis-pgrq-{n}-{os.getpid()}"], cwd=ROOT, env=env, stdout=log,
                                        stderr=subprocess.STDOUT, start_new_session=True))
    import redis

    conn = redis.Redis.from_url(redis_server.url)
    deadline = time.monotonic() + 120
    while len([w for w in conn.smembers("rq:workers") if b"orbis-pgrq" in w]) < 2:
        for w in workers:
            assert w.poll() is None, "\n".join((data / f"worker{n}.log").read_text()[-3000:] for n in (1, 2))
        assert time.monotonic() < deadline, "the RQ workers did not register"
        time.sleep(0.3)
    try:
        yield {"env": env, "data": data, "dbname": dbname, "redis": conn, "workers": workers,
               "migrate_seconds": migrate_seconds, "pg": postgres_server}
    finally:
        for w in workers:
            if w.poll() is None:
                w.terminate()
        for w in workers:
            try:
                w.wait(timeout=30)
            except subprocess.TimeoutExpired:
                w.kill()
        for log in logs:
            log.close()


def run_task(stack, *args, env=None) -> object:
    done = subprocess.run([sys.executable, "-m", "tests.pgrq.tasks", *map(str, args)], cwd=ROOT,
                          env={**stack["env"], **(env or {})},
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def wait_jobs(stack, ids, timeout=600):
    from rq.job import Job

    deadline = time.monotonic() + timeout
    while True:
        jobs = [Job.fetch(i, connection=stack["redis"]) for i in ids]
        statuses = [j.get_status(refresh=True) for j in jobs]
        if all(s in ("finished", "failed") for s in statuses):
            return jobs
        assert time.monotonic() < deadline, f"RQ jobs still {statuses}\n" + worker_logs(stack)
        time.sleep(0.5)


def worker_logs(stack) -> str:
    return "\n".join((stack["data"] / f"worker{n}.log").read_text()[-3000:] for n in (1, 2))


def pg_rows(stack, sql, *params):
    import psycopg

    with psycopg.connect(stack["pg"].dsn(stack["dbname"])) as conn:
        return conn.execute(sql, params).fetchall()


def node_docs(client, model, project_id, source):
    return [s for s in client.iter_collection(model)
            if (s.content or {}).get("project_id") == project_id and s.content.get("source") == source]


def assert_exactly_once(stack, node_client, sync_model, seeded):
    source = stack["env"]["ORBIS_SOURCE"]
    docs = node_docs(node_client, sync_model, seeded["project"], source)
    per_annotation = Counter(d.content["annotation_id"] for d in docs)
    assert sorted(per_annotation) == sorted(seeded["annotations"])
    assert set(per_annotation.values()) == {1}, f"duplicates on the node: {per_annotation.most_common(3)}"
    ledger = pg_rows(stack, "SELECT annotation_id, stream_id, status FROM orbis_export_syncrecord "
                            "WHERE project_id = %s", seeded["project"])
    assert len(ledger) == len(seeded["annotations"]) and {r[2] for r in ledger} == {"synced"}
    assert {r[1] for r in ledger} == {str(d.stream_id) for d in docs}
    return docs


def test_two_rq_workers_sync_one_project_at_once_and_write_each_document_once(stack, node_client, sync_model):
    seeded = run_task(stack, "seed", LABELERS, PER_LABELER, "storage")
    started = time.monotonic()
    # two syncs of the project's Ceramic Target Storage at once, through Label Studio's job queue
    ids = run_task(stack, "enqueue", seeded["project"], 2, "locked", seeded["storage"])
    jobs = wait_jobs(stack, ids)
    elapsed = time.monotonic() - started
    assert [j.get_status() for j in jobs] == ["finished", "finished"], worker_logs(stack)
    assert jobs[0].worker_name != jobs[1].worker_name, "both jobs ran on one worker: no concurrency shown"
    a, b = jobs
    assert a.started_at < b.ended_at and b.started_at < a.ended_at, "the two jobs did not overlap in time"

    docs = assert_exactly_once(stack, node_client, sync_model, seeded)
    runs = pg_rows(stack, "SELECT status, counts FROM orbis_export_syncjob WHERE project_id = %s ORDER BY id",
                   seeded["project"])
    assert [r[0] for r in runs] == ["done", "done"]
    written = sorted(int(r[1]["written"]) for r in runs)
    assert written == [0, len(seeded["annotations"])], runs  # one wrote everything, the other found it recorded
    storage = pg_rows(stack, "SELECT status, last_sync_count FROM orbis_export_ceramicexportstorage WHERE id = %s",
                      seeded["storage"])
    assert storage == [("completed", len(seeded["annotations"]))], storage
    links = pg_rows(stack, "SELECT count(*), count(DISTINCT stream_id) FROM orbis_export_ceramicexportstoragelink "
                           "WHERE storage_id = %s", seeded["storage"])
    assert links == [(len(seeded["annotations"]), len(seeded["annotations"]))], links
    print(f"\n[pgrq] {len(docs)} annotations, 2 RQ workers at once: documents on the node {len(docs)}, "
          f"written per job {written}, {elapsed:.1f} s; migrate on PostgreSQL {stack['migrate_seconds']:.0f} s")


def test_without_the_lock_the_ledger_constraint_still_prevents_duplicates(stack, node_client, sync_model):
    """Two bare engine runs (no project lock, no SyncJob) at once: whatever interleaving happens, the unique
    constraint on (annotation, controller, model) and the record-before-post rule leave one document per annotation;
    a run that loses the race on a row leaves it to the other (``concurrent``) or fails loudly, and the next sync
    finishes the project."""
    seeded = run_task(stack, "seed", 2, 8)
    ids = run_task(stack, "enqueue", seeded["project"], 2, "unlocked")
    jobs = wait_jobs(stack, ids)
    results = [json.loads(r) for r in stack["redis"].lrange(f"orbis-pgrq-results-{seeded['project']}", 0, -1)]
    assert len(results) == 2, [j.get_status() for j in jobs] + [worker_logs(stack)]
    print(f"\n[pgrq] lock-free runs: {[{k: r.get(k) for k in ('status', 'counts', 'adopted', 'error')} for r in results]}"
          f"; overlapped: {results[0]['started'] < results[1]['ended'] and results[1]['started'] < results[0]['ended']}")
    # finish whatever a losing run left, through the normal path
    more = run_task(stack, "enqueue", seeded["project"], 1, "locked")
    wait_jobs(stack, more)
    assert_exactly_once(stack, node_client, sync_model, seeded)


def test_a_storage_with_its_own_model_writes_there_on_the_workers(stack, node_client, sync_model, ceramic_admin_key):
    """Per-storage override of ORBIS_MODEL_ID on the RQ workers: the run's options carry the storage's model."""
    from tests.fixtures.lab import definition

    other = str(node_client.deploy_model(ceramic_admin_key, definition(f"OrbisPgrqOther{os.urandom(3).hex()}")))
    node_client.admin_index_models(ceramic_admin_key, [other])
    # the labelers' wallet sessions name the model they may write (CACAO resources): made for the storage's model
    seeded = run_task(stack, "seed", 2, 3, f"storage:{other}", env={"ORBIS_MODEL_ID": other})
    wait_jobs(stack, run_task(stack, "enqueue", seeded["project"], 2, "locked", seeded["storage"]))
    source = stack["env"]["ORBIS_SOURCE"]
    docs = node_docs(node_client, other, seeded["project"], source)
    runs = pg_rows(stack, "SELECT status, model_id, message FROM orbis_export_syncjob WHERE project_id = %s",
                   seeded["project"])
    state = pg_rows(stack, "SELECT status, traceback FROM orbis_export_ceramicexportstorage WHERE id = %s",
                    seeded["storage"])
    assert sorted(d.content["annotation_id"] for d in docs) == sorted(seeded["annotations"]), (runs, state)
    assert node_docs(node_client, sync_model, seeded["project"], source) == []  # nothing in the server's model
    ledger = pg_rows(stack, "SELECT DISTINCT model_id FROM orbis_export_syncrecord WHERE project_id = %s",
                     seeded["project"])
    assert ledger == [(other,)]
    storage = pg_rows(stack, "SELECT status, last_sync_count FROM orbis_export_ceramicexportstorage WHERE id = %s",
                      seeded["storage"])
    assert storage == [("completed", 6)], storage


def test_every_trigger_holds_the_projects_lock_for_its_run(stack, node_client, sync_model):
    """Not only the workers: a ``manage.py orbis_sync`` run (trigger cli) claims its job, then waits for the project's
    advisory lock before running — here held by this test — and runs once it is released."""
    import psycopg

    from orbis_export.jobs import LOCK_NAMESPACE

    seeded = run_task(stack, "seed", 1, 2)
    project = seeded["project"]
    with psycopg.connect(stack["pg"].dsn(stack["dbname"]), autocommit=True) as holder:
        holder.execute("SELECT pg_advisory_lock(%s, %s)", (LOCK_NAMESPACE, project))
        cli = subprocess.Popen([sys.executable, "manage.py", "orbis_sync", "--project", str(project), "--no-progress"],
                               cwd=ROOT, env=stack["env"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            deadline = time.monotonic() + 120
            while not pg_rows(stack, "SELECT 1 FROM orbis_export_syncjob WHERE project_id = %s", project):
                assert cli.poll() is None and time.monotonic() < deadline, cli.stdout.read() if cli.stdout else ""
                time.sleep(0.2)
            time.sleep(2.0)  # it would have finished by now without the lock
            assert pg_rows(stack, "SELECT trigger, status FROM orbis_export_syncjob WHERE project_id = %s",
                           project) == [("cli", "queued")]
            assert cli.poll() is None
        finally:
            holder.execute("SELECT pg_advisory_unlock(%s, %s)", (LOCK_NAMESPACE, project))
    out, _ = cli.communicate(timeout=300)
    assert cli.returncode == 0, out
    runs = pg_rows(stack, "SELECT trigger, status, counts FROM orbis_export_syncjob WHERE project_id = %s", project)
    assert [(r[0], r[1], r[2]["written"]) for r in runs] == [("cli", "done", 2)], runs
    assert len(node_docs(node_client, sync_model, project, stack["env"]["ORBIS_SOURCE"])) == 2
