"""Server side of the web UI without a browser: the provenance page (content, permissions), the page script and
its public config, the CSP for Privy."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.utils import timezone

from orbis_export.models import SyncJob, SyncRecord

ROOT = Path(__file__).resolve().parents[2]
CONFIG = """<View><Text name="text" value="$text"/><Choices name="sentiment" toName="text">
<Choice value="Positive"/><Choice value="Negative"/></Choices></View>"""
MODEL = "kjzl6hvfrbw6c5ajfmes842lu09vjxu5956e3xq0xk12gp2jcf9s90cagt2god9"
DID = "did:pkh:eip155:1:0x" + "ab" * 20


@pytest.fixture
def project_with_records(make_user, settings):
    import dataclasses

    from projects.models import Project
    from tasks.models import Annotation, Task

    settings.ORBIS = dataclasses.replace(settings.ORBIS, model_id=MODEL, orbisdb_studio_url="http://studio.example")
    owner = make_user("owner-prov@example.org")
    project = Project.objects.create(title="prov", label_config=CONFIG, organization=owner.active_organization,
                                     created_by=owner)
    anns = []
    for i in range(4):
        task = Task.objects.create(project=project, data={"text": f"t{i}"})
        anns.append(Annotation.objects.create(task=task, project=project, completed_by=owner, result=[]))
    now = timezone.now()
    SyncRecord.objects.create(project_id=project.pk, task_id=anns[0].task_id, annotation_id=anns[0].pk,
                              annotator_id=owner.pk, model_id=MODEL, controller=DID, signer_kind="annotator",
                              stream_id="kjzl6kcym7w8y0000000000000000000000000000000000000000000000001",
                              status=SyncRecord.SYNCED, commits=2, synced_at=now)
    SyncRecord.objects.create(project_id=project.pk, task_id=anns[1].task_id, annotation_id=anns[1].pk,
                              annotator_id=owner.pk, model_id=MODEL, controller=DID, signer_kind="annotator",
                              stream_id="kjzl6kcym7w8y0000000000000000000000000000000000000000000000002",
                              status=SyncRecord.FAILED, last_error="node said no", error_kind="rejected")
    SyncJob.objects.create(project=project, created_by=owner, status=SyncJob.PARTIAL, model_id=MODEL,
                           counts={"pending_signer": 2, "failed": 1}, message="wrote 1 new", finished_at=now)
    return owner, project


def test_provenance_page_counts_and_rows(project_with_records, login):
    owner, project = project_with_records
    client = login(owner)
    page = client.get(f"/projects/{project.pk}/orbis/")
    assert page.status_code == 200
    html = page.content.decode()
    assert re.search(r'data-count="synced">1<', html)
    assert re.search(r'data-count="failed">1<', html)
    assert re.search(r'data-count="not_saved">2<', html)  # two annotations without a record
    assert re.search(r'data-count="pending_login">\(2 waited for a wallet in that run\)<', html)  # the last job's
    # now: the four annotations were saved by nobody on record (made through the ORM), so each waits for a person
    assert re.search(r'data-count="pending">4<', html) and "nobody on record" in html
    assert DID in html and "kjzl6kcym7w8y0000000000000000000000000000000000000000000000001" in html
    assert "node said no" in html
    assert 'href="http://studio.example/data"' in html and f"pick the table of model <code>{MODEL}</code>" in html
    assert 'id="orbis-config"' in html  # the page is a Label Studio page with our script
    only_failed = client.get(f"/projects/{project.pk}/orbis/?status=failed").content.decode()
    assert "000000002" in only_failed and "000000001<" not in only_failed
    # people by name, the label column, stream IDs linking to the history page, one meaning per count column
    assert f"labeler: {owner.email}" in html and "by user" not in html
    assert html.count("<td data-orbis-label>—</td>") == 2  # the fixture's annotations have empty results
    assert f'href="/projects/{project.pk}/orbis/annotations/' in html and "commits we wrote" in html
    assert "commits on node" not in html


def test_provenance_page_is_for_members_only(project_with_records, make_user, login, client):
    _, project = project_with_records
    stranger = make_user("stranger-prov@example.org")
    assert login(stranger).get(f"/projects/{project.pk}/orbis/").status_code == 404
    assert login(stranger).get("/projects/999999/orbis/").status_code == 404
    anonymous = client.get(f"/projects/{project.pk}/orbis/")
    assert anonymous.status_code == 302 and "login" in anonymous["Location"]


def test_page_script_and_public_config(make_user, login):
    user = make_user("script-prov@example.org")
    html = login(user).get("/projects/").content.decode()
    config = json.loads(re.search(r'<script id="orbis-config" type="application/json">(.*?)</script>', html).group(1))
    assert set(config) >= {"privyAppId", "testWallet", "modelId", "contextId", "studioUrl", "apiBase"}
    src = re.search(r'<script type="module" src="([^"]+)" nonce="[^"]*" data-orbis>', html).group(1)
    assert src.startswith("/static/orbis_export/orbis.js?v=")
    script = login(user).get(src.split("?")[0])
    assert script.status_code == 200 and "javascript" in script["Content-Type"]


@pytest.mark.parametrize("privy", ["", "cmorbisofflinetest0000000"])
def test_csp_allows_privy_only_when_configured(privy):
    code = ("import django; django.setup(); from django.conf import settings as s; import json; "
            "print(json.dumps([list(s.CSP_CONNECT_SRC), list(getattr(s, 'CSP_FRAME_SRC', None) or [])]))")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings", "PRIVY_APP_ID": privy}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    connect, frame = json.loads(out.stdout.strip().splitlines()[-1])
    if privy:
        assert "https://auth.privy.io" in connect and "https://auth.privy.io" in frame
        assert "'self'" in connect and "'self'" in frame
    else:
        assert "https://auth.privy.io" not in connect and "https://auth.privy.io" not in frame


def test_wheel_ships_the_built_bundle_and_templates(tmp_path):
    """`pip install .` needs no Node: every file the page entry can load is in the wheel, plus our templates."""
    import zipfile

    static = ROOT / "orbis_export" / "static" / "orbis_export"
    meta = json.loads((static / "build-meta.json").read_text())
    needed, stack = set(), [meta["entry"]]
    while stack:
        name = stack.pop()
        if name not in needed:
            needed.add(name)
            stack += meta["outputs"][name]["static"] + meta["outputs"][name]["dynamic"]
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w",
                    str(tmp_path), str(ROOT)], check=True, capture_output=True, timeout=300)
    wheel = next(tmp_path.glob("orbis_label_studio-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [n for n in needed if f"orbis_export/static/orbis_export/{n}" not in names]
    assert not missing, f"{len(missing)} built files missing from the wheel, e.g. {missing[:3]}"
    assert "orbis_export/templates/orbis_export/provenance.html" in names
    assert not any(n.startswith("web/") for n in names)
