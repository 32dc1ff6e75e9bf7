"""orbis_verify against the real local Ceramic node: planted discrepancies are found, and --repair / --reconcile
fix them through the sync engine with zero duplicate documents on the node (counted on the node, not in our DB)."""
from __future__ import annotations

import io
import os
import json
from collections import Counter

import pytest
from django.core.management import call_command

from orbis_export import identity
from orbis_export.ceramic import data_commit, list_genesis
from orbis_export.jobs import create_job, run_job
from orbis_export.models import SyncRecord
from orbis_export.verify import repair_project, verify_project


pytestmark = [pytest.mark.integration, pytest.mark.django_db]


@pytest.fixture(autouse=True)
def own_source(orbis):
    """A source of its own per test: project ids restart after each test's rollback, the node keeps every document."""
    orbis(source=f"orbis-verify-{os.urandom(4).hex()}")


def project_docs(client, model, project):
    """The project's documents as the node's index lists them (every controller)."""
    from django.conf import settings

    return [s for s in client.iter_collection(model) if (s.content or {}).get("project_id") == project.pk
            and s.content.get("source") == settings.ORBIS.source]


def live_per_annotation(docs):
    return Counter(d.content["annotation_id"] for d in docs if not d.content.get("deleted"))


def sync(project):
    job = run_job(create_job(project, trigger="cli"))
    assert job["status"] == "done", job
    return job


def test_planted_discrepancies_are_found_and_repaired_without_duplicates(make_lab, node_client, sync_model, orbis):
    lab = make_lab(labelers=2, per_labeler=2)
    sync(lab.project)
    clean = verify_project(lab.project, client=node_client, orbisdb=False)
    assert clean.ok, clean.summary()
    assert clean.checked == {"annotations": 4, "ledger": 4, "node_documents": 4}

    # plant 1: a row changed behind our back (a signed update straight to the node, by the labeler's session)
    changed = lab.annotations[0]
    rec = SyncRecord.objects.get(annotation_id=changed.pk)
    state = node_client.load(rec.stream_id)
    signer = identity.choose_signer(changed.completed_by_id).signer
    tampered = {**state.content, "sentiment": "Neutral"}
    node_client.apply(data_commit(signer, rec.stream_id, state.tip, state.content, tampered, model=sync_model))

    # plant 2: a missing document — the ledger says written, the node never got it (e.g. a node reset)
    lost = lab.annotate(1, "written to a node that lost it")
    lost_signer = identity.choose_signer(lost.completed_by_id).signer
    never_posted = list_genesis(lost_signer, sync_model, {"project_id": lab.project.pk, "x": 1})
    SyncRecord.objects.create(project_id=lab.project.pk, task_id=lost.task_id, annotation_id=lost.pk,
                              annotator_id=lost.completed_by_id, model_id=sync_model, controller=lab.dids[1],
                              stream_id=str(never_posted.stream_id), status=SyncRecord.SYNCED,
                              content_hash="0" * 64, commits=1, tip="bagcqcera")
    # plant 3: an annotation never synced at all, and one deleted in Label Studio without a sync
    fresh = lab.annotate(0, "labeled after the last sync")
    gone = lab.annotations[3]
    gone_id = gone.pk
    gone.delete()

    report = verify_project(lab.project, client=node_client, orbisdb=False)
    print("\n" + report.summary())
    kinds = {(f.kind, f.annotation_id) for f in report.findings}
    assert ("stale", changed.pk) in kinds
    assert "behind our back" in next(f.detail for f in report.of("stale"))
    assert ("missing", lost.pk) in kinds and ("missing", fresh.pk) in kinds
    assert ("not_tombstoned", gone_id) in kinds
    assert report.counts["missing"] == 2 and report.counts["stale"] == 1 and report.problems == 4
    assert not report.ok

    # the CLI says the same, in JSON, with exit code 1
    out = io.StringIO()
    with pytest.raises(SystemExit) as code:
        call_command("orbis_verify", "--project", str(lab.project.pk), "--json", "--no-orbisdb", stdout=out)
    assert code.value.code == 1
    assert json.loads(out.getvalue())[0]["counts"]["missing"] == 2

    # a plain sync would not fix the planted ledger lie (it trusts the ledger): repair does
    before = len(project_docs(node_client, sync_model, lab.project))
    done = repair_project(lab.project, client=node_client, orbisdb=False)
    assert done["job"]["status"] == "done", done["job"]
    after = done["after"]
    assert after.ok, after.summary()
    assert after.counts["tombstoned"] == 1
    docs = project_docs(node_client, sync_model, lab.project)
    assert len(docs) == before + 2  # exactly the two missing ones were written
    live = live_per_annotation(docs)
    assert set(live) == {a.pk for a in lab.annotations if a.pk is not None}
    assert set(live.values()) == {1}  # one live document per annotation: zero duplicates
    assert node_client.load(rec.stream_id).content["sentiment"] == "Positive"  # the tamper is undone in place

    # repairing again writes nothing
    again = repair_project(lab.project, client=node_client, orbisdb=False)
    assert again["job"]["counts"]["written"] == 0 and again["after"].ok
    assert len(project_docs(node_client, sync_model, lab.project)) == before + 2


def test_a_lost_ledger_is_rebuilt_from_the_node_without_duplicates(make_lab, node_client, sync_model, orbis):
    lab = make_lab(labelers=2, per_labeler=3)
    sync(lab.project)
    docs_before = sorted(str(d.stream_id) for d in project_docs(node_client, sync_model, lab.project))
    assert len(docs_before) == 6
    SyncRecord.objects.filter(project_id=lab.project.pk).delete()  # our database lost the ledger

    report = verify_project(lab.project, client=node_client, orbisdb=False)
    assert report.counts["unrecorded"] == 6 and report.counts["missing"] == 0, report.summary()

    out = io.StringIO()
    call_command("orbis_verify", "--project", str(lab.project.pk), "--reconcile", "--no-orbisdb", stdout=out)  # exit 0
    text = out.getvalue()
    assert "6 found already on the node and recorded" in text and "OK, everything agrees" in text, text
    docs_after = sorted(str(d.stream_id) for d in project_docs(node_client, sync_model, lab.project))
    assert docs_after == docs_before  # nothing written: zero duplicates
    assert SyncRecord.objects.filter(project_id=lab.project.pk, status=SyncRecord.SYNCED).count() == 6


class StubOrbisDB:
    """A loopback stand-in for an OrbisDB node's query API (no OrbisDB can run here: it is not on npm). Answers
    ``POST /api/db/query/json`` in the shapes of OrbisDB's source (see tests/orbisdb/recorded_responses.json):
    ``{"data": [...]}`` with NUMERIC columns as strings, for rows it was given."""

    def __init__(self, rows):
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        stub = self
        self.rows = {r["stream_id"]: r for r in rows}
        self.queries = []

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                stub.queries.append(body)
                where = body["jsonQuery"].get("$where", {})
                parts = where.get("$and", [where])
                wanted = next(p["stream_id"]["$in"] for p in parts if "stream_id" in p)
                payload = json.dumps({"data": [stub.rows[s] for s in wanted if s in stub.rows]}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def test_rows_missing_or_different_in_orbisdb_are_reported(make_lab, node_client, sync_model, orbis):
    from orbis_export.orbisdb import OrbisDBClient

    lab = make_lab(labelers=1, per_labeler=3)
    sync(lab.project)
    docs = sorted(project_docs(node_client, sync_model, lab.project), key=lambda d: str(d.stream_id))
    rows = []
    for d in docs:
        row = {**d.content, "stream_id": str(d.stream_id), "controller": d.controller, "_metadata_context": d.context,
               "plugins_data": None, "indexed_at": "2026-11-21T18:47:02.113"}
        row["lead_time"] = str(row["lead_time"])  # node-postgres gives NUMERIC as text
        rows.append(row)
    rows[1]["sentiment"] = "Neutral"  # OrbisDB holds an older version
    stub = StubOrbisDB(rows[1:])  # and never indexed the first document
    try:
        with OrbisDBClient(stub.url) as odb:
            report = verify_project(lab.project, client=node_client, orbisdb=odb)
    finally:
        stub.close()
    assert report.checked["orbisdb_rows"] == 2
    assert [(f.kind, f.stream_id) for f in report.of("not_indexed")] == [("not_indexed", str(docs[0].stream_id))]
    assert [f.stream_id for f in report.of("orbisdb_stale")] == [str(docs[1].stream_id)]
    assert report.problems == 2, report.summary()
    assert "$gt" not in json.dumps(stub.queries)


def test_a_document_written_by_someone_else_is_reported_not_adopted(make_lab, make_user, node_client, sync_model,
                                                                   orbis):
    from django.conf import settings

    from tests.fixtures.lab import connect

    lab = make_lab(labelers=1, per_labeler=2)
    sync(lab.project)
    # a stranger's wallet writes a document claiming to be annotation 0 of this project, from this source
    stranger = make_user(f"stranger-{os.urandom(3).hex()}@example.org")
    stranger_did = connect(stranger)
    rec = SyncRecord.objects.get(annotation_id=lab.annotations[0].pk)
    claimed = {**node_client.load(rec.stream_id).content, "sentiment": "Negative", "annotator_did": stranger_did}
    forged = list_genesis(identity.choose_signer(stranger.pk).signer, sync_model, claimed,
                          context=settings.ORBIS.context_id)
    node_client.create(forged)

    report = verify_project(lab.project, client=node_client, orbisdb=False)
    found = report.of("foreign_controller")
    assert [(f.stream_id, f.controller) for f in found] == [(str(forged.stream_id), stranger_did)], report.summary()
    assert report.problems == 1

    # repair does not adopt it and writes nothing; the stranger's document stays reported
    before = len(project_docs(node_client, sync_model, lab.project))
    done = repair_project(lab.project, client=node_client, orbisdb=False)
    assert done["job"]["counts"]["written"] == 0 and done["job"]["counts"].get("adopted", 0) == 0, done["job"]
    assert done["after"].counts["foreign_controller"] == 1
    assert len(project_docs(node_client, sync_model, lab.project)) == before
    assert not SyncRecord.objects.filter(stream_id=str(forged.stream_id)).exists()
