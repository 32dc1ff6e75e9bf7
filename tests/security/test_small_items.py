"""Issue #12, smaller items: numbers and times that overflowed into a 500, a race that answered 500 "database is
locked", and sync jobs left "running" after a crash. Each test sends the attacker's (or the unlucky user's) request."""
from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.db.models.query import QuerySet
from django.utils import timezone

from orbis_export import identity, jobs
from orbis_export.models import IdentityEvent, LabelerIdentity, LabelerSession, SyncJob
from tests.identity.conftest import api_for, orbis_model, sign, wallets  # noqa: F401 (fixtures)
from tests.fixtures.lab import CONFIG

pytestmark = pytest.mark.django_db


def no_raise(api):
    api.client.raise_request_exception = False  # a server error becomes the 500 a client would get
    return api


def project_of(user):
    from projects.models import Project

    return Project.objects.create(title="p", label_config=CONFIG, organization=user.active_organization,
                                  created_by=user)


# --- a. numbers of the identity API --------------------------------------------------------------------------------


@pytest.mark.parametrize("raw", ["1e30", str(2 ** 63), "1" + "0" * 30, "-1", "0"])
def test_challenge_lifetime_out_of_any_range_is_a_400(api_for, wallets, raw):
    api = no_raise(api_for("alice@example.org"))
    resp = api.post("challenge", raw=f'{{"address": "{wallets[0].address}", "expiresInSeconds": {raw}}}')
    assert resp.status_code == 400, (resp.status_code, resp.content[:300])
    body = resp.json()
    assert body["error"] in {"invalid_request", "lifetime_out_of_policy"} and "expiresInSeconds" in body["detail"]
    assert not LabelerSession.objects.filter(user=api.user).exists()


@pytest.mark.parametrize("raw", [str(2 ** 63), "1" + "0" * 30, "1e30", "-1"])
def test_revoke_session_id_of_any_size_is_not_a_500(api_for, raw):
    """(A guard: Django 5 answers "no rows" for ids beyond the column's range, so this was never a 500.)"""
    api = no_raise(api_for("alice@example.org"))
    resp = api.post("revoke", raw=f'{{"sessionId": {raw}}}')
    assert resp.status_code in (400, 404), (resp.status_code, resp.content[:300])
    assert resp.json()["error"] in {"invalid_request", "not_found"}


def test_audit_limit_of_any_size_is_not_a_500(api_for):
    api = no_raise(api_for("alice@example.org"))
    assert api.get("audit?limit=" + "9" * 40).status_code == 200
    assert api.get("audit?limit=1e30").status_code == 400


@pytest.mark.parametrize("field, value", [("iat", "0001-01-01T00:00:00+01:00"), ("exp", "9999-12-31T23:59:59-01:00"),
                                          ("nbf", "0001-01-01T00:00:00+23:59")])
def test_cacao_times_outside_the_calendar_in_utc_are_a_400(api_for, wallets, field, value):
    """A time that exists in its own zone but not in UTC (before year 1 or after 9999) overflowed while checked."""
    from orbis_export.ceramic.cacao import Cacao
    from orbis_export.ceramic.siwe import compose_siwe

    api = no_raise(api_for("alice@example.org"))
    ch = api.challenge(wallets[0].address)
    msg = compose_siwe(session_did=ch["aud"], address=ch["address"], nonce=ch["nonce"], domain=ch["domain"],
                       resources=ch["resources"], issued_at=ch["issuedAt"], expires_at=ch["expirationTime"],
                       statement=ch["statement"], chain_id=1)
    cacao = Cacao.from_siwe(msg, sign(wallets[0], msg.text())).to_dict()
    cacao["p"][field] = value
    resp = api.post("session", {"cacao": cacao})
    assert resp.status_code == 400, (resp.status_code, resp.content[:300])
    assert resp.json()["error"] == "malformed_cacao"


# --- b. the sync API's inputs --------------------------------------------------------------------------------------


@pytest.mark.parametrize("since", ["2026-01-01T00:00:00+99:00", "2026-01-01T00:00:00-24:00",
                                   "0001-01-01T00:00:00+23:59", "9999-12-31T23:59:59-23:59"])
def test_sync_since_with_an_impossible_zone_is_a_400(api_for, since):
    api = no_raise(api_for("alice@example.org"))
    project = project_of(api.user)
    resp = api.client.post(f"/api/orbis/projects/{project.pk}/sync", json.dumps({"since": since}),
                           content_type="application/json", HTTP_X_CSRFTOKEN=api.csrf)
    assert resp.status_code == 400, (resp.status_code, resp.content[:300])
    assert resp.json()["error"] == "invalid_request" and "since" in resp.json()["detail"]
    assert not SyncJob.objects.filter(project=project).exists()


def test_sync_ids_too_large_for_the_database_are_a_404(api_for):
    """(A guard, like the revoke id above.)"""
    api = no_raise(api_for("alice@example.org"))
    huge = "9" * 30
    for method, path in [("get", f"/api/orbis/projects/{huge}/sync"), ("post", f"/api/orbis/projects/{huge}/sync"),
                         ("get", f"/api/orbis/jobs/{huge}"), ("post", f"/api/orbis/jobs/{huge}/cancel")]:
        if method == "get":
            resp = api.client.get(path)
        else:
            resp = api.client.post(path, "{}", content_type="application/json", HTTP_X_CSRFTOKEN=api.csrf)
        assert resp.status_code == 404 and resp.json()["error"] == "not_found", (path, resp.status_code)


# --- c. two users linking the same wallet at once ------------------------------------------------------------------


def _race(monkeypatch, calls):
    """Run ``calls`` in threads that meet inside the activation transaction, right after reading whether the wallet
    is linked elsewhere (where two requests used to both see "no" and then both write). The meeting point waits at
    most 2 s: a thread that waits for the database's write lock instead never arrives, and the other goes on."""
    barrier = threading.Barrier(len(calls), timeout=2)
    real_exists = QuerySet.exists

    def exists(self):
        found = real_exists(self)
        if self.model is LabelerIdentity and threading.current_thread().name.startswith("race-"):
            try:
                barrier.wait()
            except threading.BrokenBarrierError:
                pass
        return found

    monkeypatch.setattr(QuerySet, "exists", exists)
    start = threading.Barrier(len(calls))
    results = [None] * len(calls)

    def run(i, call):
        try:
            start.wait()
            results[i] = call()
        except Exception as exc:  # noqa: BLE001 - reported below
            results[i] = exc
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, c), name=f"race-{i}") for i, c in enumerate(calls)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


@pytest.mark.django_db(transaction=True)
def test_two_users_linking_one_wallet_at_once_get_201_and_409(api_for, wallets, monkeypatch):
    alice, bob = no_raise(api_for("alice@example.org")), no_raise(api_for("bob@example.org"))
    wallet = wallets[0]
    bodies = []
    for api in (alice, bob):
        ch = api.challenge(wallet.address)
        bodies.append({"nonce": ch["nonce"], "signature": sign(wallet, ch["message"]), "address": wallet.address})
    results = _race(monkeypatch, [lambda api=api, body=body: api.post("session", body)
                                  for api, body in zip((alice, bob), bodies)])
    assert all(not isinstance(r, Exception) for r in results), results
    statuses = sorted(r.status_code for r in results)
    assert statuses == [201, 409], [(r.status_code, r.content[:200]) for r in results]
    loser = next(r for r in results if r.status_code == 409)
    assert loser.json()["error"] == "address_in_use"
    assert LabelerIdentity.objects.filter(address=wallet.address.lower()).count() == 1
    winner = LabelerIdentity.objects.get(address=wallet.address.lower()).user
    other = bob.user if winner == alice.user else alice.user
    assert not LabelerSession.objects.filter(user=other, status="active").exists()
    assert not IdentityEvent.objects.filter(user=other).exists()


def test_the_loser_of_a_race_refused_by_the_unique_index_gets_address_in_use(api_for, wallets, monkeypatch):
    """PostgreSQL's shape of the race: both requests see the wallet free (neither has committed), the unique index
    on the address refuses the second insert. That IntegrityError is the same 409 address_in_use."""
    alice, bob = api_for("alice@example.org"), api_for("bob@example.org")
    wallet = wallets[0]
    bob_ch = bob.challenge(wallet.address)
    _, resp = alice.connect(wallet)
    assert resp.status_code == 201
    real_exists, seen = QuerySet.exists, []

    def exists(self):  # the check inside bob's transaction does not see alice's row (not committed yet there)
        if self.model is LabelerIdentity and not seen:
            seen.append(self)
            return False
        return real_exists(self)

    monkeypatch.setattr(QuerySet, "exists", exists)
    resp = bob.post("session", {"nonce": bob_ch["nonce"], "signature": sign(wallet, bob_ch["message"]),
                                "address": wallet.address})
    assert resp.status_code == 409 and resp.json()["error"] == "address_in_use", resp.content
    assert not LabelerSession.objects.filter(user=bob.user, status="active").exists()


# --- d. sync jobs left "running" by a crash ------------------------------------------------------------------------


def dead_pid() -> int:
    child = subprocess.Popen(["true"])
    child.wait()
    return child.pid


def running_job(project, pid: int, *, heartbeat_age=timedelta(seconds=1)) -> SyncJob:
    now = timezone.now()
    return SyncJob.objects.create(project=project, trigger="api", model_id="", status=SyncJob.RUNNING,
                                  started_at=now - heartbeat_age, heartbeat_at=now - heartbeat_age, host=jobs.HOST,
                                  pid=pid)


def test_start_up_sweep_marks_jobs_of_dead_processes_interrupted(make_user):
    user = make_user("owner@example.org")
    crashed = running_job(project_of(user), dead_pid())
    alive = running_job(project_of(user), os.getpid())
    assert jobs.sweep_at_startup() == 1
    crashed.refresh_from_db()
    alive.refresh_from_db()
    assert crashed.status == SyncJob.INTERRUPTED and crashed.finished_at is not None
    assert "stopped before it finished" in crashed.message
    assert alive.status == SyncJob.RUNNING and not alive.message
    assert jobs.sweep_at_startup() == 0  # nothing left to do


def test_start_up_sweep_ends_jobs_queued_in_a_server_without_redis(make_user, settings):
    import dataclasses

    user = make_user("queued-owner@example.org")
    orphan = SyncJob.objects.create(project=project_of(user), trigger="api", model_id="", status=SyncJob.QUEUED)
    cli = SyncJob.objects.create(project=project_of(user), trigger="cli", model_id="", status=SyncJob.QUEUED)
    settings.ORBIS = dataclasses.replace(settings.ORBIS, redis_location="redis://127.0.0.1:1/0")
    assert jobs.sweep_at_startup() == 0  # with Redis, queued jobs wait in the queue
    settings.ORBIS = dataclasses.replace(settings.ORBIS, redis_location="")
    assert jobs.sweep_at_startup() == 1
    orphan.refresh_from_db()
    cli.refresh_from_db()
    assert orphan.status == SyncJob.INTERRUPTED and "run the sync again" in orphan.message
    assert cli.status == SyncJob.QUEUED  # an orbis_sync process claims and runs its own job


def test_orbis_run_sweeps_after_migrating_and_before_serving(monkeypatch, settings):
    """``manage.py orbis_run`` calls the sweep at start: migrate → expire sessions → sweep → serve."""
    import dataclasses

    from orbis_export.management.commands import orbis_run

    settings.ORBIS = dataclasses.replace(settings.ORBIS, start_devnode=False)
    steps = []
    monkeypatch.setattr(orbis_run, "check_ceramic_reachable", lambda orbis: None)
    monkeypatch.setattr(orbis_run, "call_command", lambda name, *a, **k: steps.append(name))
    monkeypatch.setattr(jobs, "sweep_at_startup", lambda: steps.append("sweep") or 2)
    handlers = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    out = io.StringIO()
    try:
        orbis_run.Command(stdout=out).handle(no_seed=True, check=False)
    finally:
        for s, h in handlers.items():
            signal.signal(s, h)
    assert steps == ["migrate", "orbis_expire_sessions", "sweep", "runserver"]
    assert "Marked 2 sync job(s) interrupted" in out.getvalue()


def test_reading_a_projects_sync_shows_a_crashed_job_as_interrupted(api_for):
    api = api_for("alice@example.org")
    project = project_of(api.user)
    crashed = running_job(project, dead_pid())
    latest = api.client.get(f"/api/orbis/projects/{project.pk}/sync").json()["job"]
    assert latest["id"] == crashed.pk and latest["status"] == "interrupted" and latest["message"]
    assert api.client.get(f"/api/orbis/jobs/{crashed.pk}").json()["job"]["status"] == "interrupted"
