"""The history page of an annotation and the provenance page, against the real Label Studio app (Django test client
through the real login) and the real Ceramic node: versions rebuilt from the node's commits, signers, revisions by
another member, the node being down, pending rows named with what their labeler must do."""
from __future__ import annotations

import dataclasses
import re
import socket

import pytest

from orbis_export.sync import sync_project
from tests.fixtures.lab import (  # noqa: F401  (fixtures)
    choices,
    make_lab,
    node_client,
    orbis,
    save_as,
    sync_model,
)

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def _versions(html: str) -> list[tuple[str, str]]:
    """(version, kind) of each non-anchor commit row, in page order."""
    return re.findall(r'data-kind="(\w+)" data-version="(\d+)"', html)


def _doc(html: str, stream_id: str) -> str:
    start = html.index(f'data-orbis-document="{stream_id}"')
    end = html.find('data-orbis-document="', start + 10)
    return html[start:end if end > 0 else len(html)]


def test_a_row_edited_twice_shows_three_versions_with_diffs_and_signers(make_lab, login, node_client):
    lab = make_lab(labelers=1, per_labeler=1)
    ann = lab.annotations[0]
    assert sync_project(lab.project).counts["create"] == 1
    for label in ("Negative", "Neutral"):
        ann.refresh_from_db()
        ann.result = choices(label)
        save_as(ann)
        assert sync_project(lab.project).counts["update"] == 1
    from orbis_export.models import SyncRecord

    rec = SyncRecord.objects.get(annotation_id=ann.pk)
    client = login(lab.owner)

    page = client.get(f"/projects/{lab.project.pk}/orbis/annotations/{ann.pk}/")
    assert page.status_code == 200
    html = page.content.decode()
    assert 'data-node-state="ok"' in html
    doc = _doc(html, rec.stream_id)
    assert _versions(doc) == [("genesis", "1"), ("data", "2"), ("data", "3")], _versions(doc)
    # the diffs: the label field, old → new, against the version before
    diffs = re.findall(r'<li data-field="sentiment"><b>sentiment</b>: <del>(\w+)</del> → <ins>(\w+)</ins>', doc)
    assert diffs == [("Positive", "Negative"), ("Negative", "Neutral")], diffs
    assert "first version: <b data-orbis-version-label>sentiment: Positive</b>" in doc
    # every version signed by the labeler's DID, as labeler, through a session this server holds for them
    signers = re.findall(r'<td data-signer="([^"]*)">', doc)
    assert signers == [lab.dids[0]] * 3, signers
    assert doc.count('data-signer-kind>labeler<') == 3
    assert doc.count(f"session of {lab.labelers[0].email}") == 3
    assert doc.count("signature ✓") == 3
    assert "the ledger’s tip is on the node" in doc and "the rebuilt last version equals the node’s content" in doc
    # the node agrees: three data-bearing commits in its log (anchors may follow)
    log = node_client.load(rec.stream_id).log
    assert [e["type"] for e in log][:3] == [0, 1, 1]

    # the provenance page links the stream to this page, names the labeler, shows the label, and says whose count
    prov = client.get(f"/projects/{lab.project.pk}/orbis/").content.decode()
    assert f'href="/projects/{lab.project.pk}/orbis/annotations/{ann.pk}/" data-orbis-history-link' in prov
    assert f"labeler: {lab.labelers[0].email}" in prov and "by user" not in prov
    assert re.search(r"<td data-orbis-label>sentiment: Neutral</td>", prov)
    assert "commits we wrote" in prov and "commits on node" not in prov
    checked = client.get(f"/projects/{lab.project.pk}/orbis/?node=1").content.decode()
    assert "commits we wrote" in checked and "commits on node" in checked
    assert re.search(r"<td data-orbis-commits-ours>3</td>", checked)
    assert re.search(r"<td data-orbis-commits-node>[34]</td>", checked)  # 3, plus an anchor once anchored
    assert 'data-orbis-node-state="ok"' in checked


def test_a_revision_by_another_member_is_shown_beside_the_labelers_document(make_lab, login):
    lab = make_lab(labelers=2, per_labeler=1)
    labeler, member = lab.labelers
    own = lab.annotations[0]
    sync_project(lab.project)
    own.refresh_from_db()
    own.result = choices("Neutral")
    save_as(own, member)
    assert sync_project(lab.project).counts["create"] == 1
    from orbis_export.models import SyncRecord

    original = SyncRecord.objects.get(annotation_id=own.pk, controller=lab.dids[0])
    revision = SyncRecord.objects.get(annotation_id=own.pk, controller=lab.dids[1])
    html = login(member).get(f"/projects/{lab.project.pk}/orbis/annotations/{own.pk}/").content.decode()
    assert html.index(f'data-orbis-document="{original.stream_id}"') < html.index(
        f'data-orbis-document="{revision.stream_id}"')  # the labeler's own first, the revision beside it
    rev = _doc(html, revision.stream_id)
    assert f"Revision by {member.email}" in rev and f"<code>{original.stream_id}</code>" in rev  # revises
    assert re.findall(r'<td data-signer="([^"]*)">', rev) == [lab.dids[1]]
    assert "data-signer-kind>reviewer<" in rev
    assert "first version: <b data-orbis-version-label>sentiment: Neutral</b>" in rev
    assert re.findall(r'<td data-signer="([^"]*)">', _doc(html, original.stream_id)) == [lab.dids[0]]


def test_history_is_for_members_only(make_lab, make_user, login, client):
    lab = make_lab(labelers=1, per_labeler=1, connected=False)
    ann = lab.annotations[0]
    stranger = make_user("stranger-history@example.org")
    url = f"/projects/{lab.project.pk}/orbis/annotations/{ann.pk}/"
    assert login(stranger).get(url).status_code == 404
    assert login(lab.owner).get(f"/projects/{lab.project.pk}/orbis/annotations/999999999/").status_code == 404
    anonymous = client.get(url)
    assert anonymous.status_code == 302 and "login" in anonymous["Location"]
    # a member sees the page even before anything is on Ceramic, with a pointer to the pending rows
    html = login(lab.owner).get(url).content.decode()
    assert "data-orbis-no-documents" in html and "?status=pending" in html


def test_node_down_shows_a_clear_state_and_what_the_ledger_knows(make_lab, login, orbis):
    lab = make_lab(labelers=1, per_labeler=1)
    ann = lab.annotations[0]
    sync_project(lab.project)
    from orbis_export.models import SyncRecord

    rec = SyncRecord.objects.get(annotation_id=ann.pk)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}"
    orbis(ceramic_url=dead)  # the server's node is gone (nobody listens there)
    client = login(lab.owner)
    page = client.get(f"/projects/{lab.project.pk}/orbis/annotations/{ann.pk}/")
    assert page.status_code == 200
    html = page.content.decode()
    assert 'data-node-state="down"' in html and "The Ceramic node cannot be reached" in html
    assert dead in html and rec.stream_id in html and "1 commit written by this server" in html
    assert 'data-orbis-read-problem="node_down"' in html
    checked = client.get(f"/projects/{lab.project.pk}/orbis/?node=1").content.decode()
    assert 'data-orbis-node-state="node_down"' in checked and "node unreachable" in checked


def test_pending_rows_are_named_with_what_to_do(make_lab, login, orbis):
    lab = make_lab(labelers=2, per_labeler=2, connected=[True, False])
    waiting = lab.labelers[1]
    waiting.first_name, waiting.last_name = "Wanda", "Waiting"
    waiting.save(update_fields=["first_name", "last_name"])
    result = sync_project(lab.project)
    assert result.counts["create"] == 2 and result.counts["pending_signer"] == 2
    client = login(lab.owner)
    html = client.get(f"/projects/{lab.project.pk}/orbis/").content.decode()
    assert re.search(r'data-count="pending">2<', html)
    section = html[html.index("data-orbis-waiting"):html.index("</section>", html.index("data-orbis-waiting"))]
    assert f"Wanda Waiting &lt;{waiting.email}&gt;" in section and "connects a wallet" in section
    assert lab.labelers[0].email not in section
    only = client.get(f"/projects/{lab.project.pk}/orbis/?status=pending").content.decode()
    rows = re.findall(r'<tr data-annotation="(\d+)">', only)
    assert sorted(map(int, rows)) == sorted(a.pk for a in lab.annotations[2:])
    assert only.count(f"Wanda Waiting &lt;{waiting.email}&gt;") >= 2 and 'aria-current="page" data-orbis-filter-pending' in only

    # the job status the Export dialog reads names them too
    from orbis_export.models import SyncJob

    job = SyncJob.objects.create(project=lab.project, created_by=lab.owner, status=SyncJob.DONE,
                                 model_id=orbis.settings.ORBIS.model_id, counts=dict(result.counts))
    body = client.get(f"/api/orbis/jobs/{job.pk}").json()["job"]
    assert body["pending"]["count"] == 2
    [person] = body["pending"]["people"]
    assert (person["userId"], person["email"], person["name"], person["count"]) == (
        waiting.pk, waiting.email, "Wanda Waiting", 2)
    assert "connects a wallet" in person["action"]
    assert sorted(person["annotations"]) == sorted(a.pk for a in lab.annotations[2:])

    # what the waiting labeler's own notice says (the identity status API's ``waiting``)
    from orbis_export.api.identity_presenters import waiting as waiting_for_user

    assert waiting_for_user(waiting) == {"count": 2, "projects": [
        {"id": lab.project.pk, "title": lab.project.title, "count": 2}]}
    assert waiting_for_user(lab.labelers[0])["count"] == 0

    # once the labeler connects, nothing waits for them: their rows are ready for the next sync
    from tests.fixtures.lab import connect

    connect(waiting)
    assert waiting_for_user(waiting)["count"] == 0
    html = client.get(f"/projects/{lab.project.pk}/orbis/").content.decode()
    assert re.search(r'data-count="pending">0<', html) and "data-orbis-waiting" not in html
    assert sync_project(lab.project).counts["create"] == 2
