"""Our script and config blob are on every Label Studio page; Label Studio itself keeps working unchanged."""
import json
import re

SCRIPT_RE = re.compile(r'<script type="module" src="(/static/orbis_export/orbis\.js\?v=[0-9a-f]+)" nonce="([^"]*)" data-orbis>')
CONFIG_RE = re.compile(r'<script id="orbis-config" type="application/json">(.*?)</script>', re.S)
LS_NONCE_RE = re.compile(r'<script nonce="([^"]+)">')


def _assert_injected(html: str) -> None:
    match = SCRIPT_RE.search(html)
    assert match, "our script tag is missing"
    nonce = match.group(2)
    assert nonce, "our script tag has an empty nonce"
    # the same per-request CSP nonce Label Studio puts on its own inline scripts
    assert nonce in LS_NONCE_RE.findall(html)
    config = json.loads(CONFIG_RE.search(html).group(1))
    assert config["apiBase"] == "/api/orbis"
    assert not any("secret" in key.lower() or "seed" in key.lower() for key in config)
    assert html.count("data-orbis>") == 1


def test_login_page_carries_our_script(client, db):
    response = client.get("/user/login/")
    assert response.status_code == 200
    _assert_injected(response.content.decode())


def test_project_page_carries_our_script_and_label_studio_api_answers(make_user, login):
    user = make_user("pages@example.com")
    client = login(user)
    project = client.post("/api/projects", {"title": "Pages", "label_config": "<View><Text name='t' value='$t'/></View>"},
                          content_type="application/json")
    assert project.status_code == 201
    project_id = project.json()["id"]

    page = client.get(f"/projects/{project_id}/data")
    assert page.status_code == 200
    _assert_injected(page.content.decode())

    listing = client.get("/api/projects")
    assert listing.status_code == 200
    assert [p["title"] for p in listing.json()["results"]] == ["Pages"]


def test_our_static_script_is_served(client, db):
    response = client.get("/static/orbis_export/orbis.js")
    assert response.status_code == 200
    assert b"orbis-config" in b"".join(response.streaming_content)
