"""`make run` as a user sees it (issue 15, 3.7 and 3.9): `manage.py orbis_run` started twice, for real, on
non-default ports — Label Studio, the local Ceramic node and its IPFS API each on a port of our choosing.

* nothing a user should not see is printed (Label Studio's "SECRET_KEY not found … Will generate a random key",
  django-environ's ".env not found", Django's "Accessing the database during app initialization");
* Django's SECRET_KEY is generated once into the data dir, so a login survives a restart;
* another Ceramic port needs no ORBIS_DEVNODE=1 (any loopback URL is the local node's), ORBIS_DEVNODE_IPFS_PORT
  places the IPFS API, Ctrl-C stops the node;
* the node restarted by hand (`python -m devnode start --data-dir …`) is the project's node again: same port, the
  project's admin DID (it still lists the demo model as indexed for the project's admin key).
"""
from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import textwrap
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests

from devnode import ctl

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]

NOISE = (
    "SECRET_KEY not found",
    "Will generate a random key",
    ".env not found",
    "doesn't exist - if you're not configuring",
    "casted as",
    "Accessing the database during app initialization",
    "Normalized 0/0",  # Label Studio's migrations print() this on a first run
    "0 expired sessions ended",
)


@dataclass
class Run:
    output: str
    login_status: int = 0  # whoami with the cookie of the first run's login
    whoami_email: str = ""


@dataclass
class Stack:
    data_dir: Path
    web_port: int
    ceramic_port: int
    ipfs_port: int
    runs: list[Run] = field(default_factory=list)
    secret_keys: list[str] = field(default_factory=list)
    node_records: list[dict] = field(default_factory=list)
    password: str = ""
    cookies: dict = field(default_factory=dict)


def _env(stack: Stack) -> dict:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("ORBIS_", "PRIVY_", "DJANGO_", "LABEL_STUDIO_", "SECRET_KEY"))}
    env.update(
        ORBIS_DATA_DIR=str(stack.data_dir),
        ORBIS_ENV_FILE=os.devnull,  # a developer's .env must not change what this test sees
        ORBIS_PORT=str(stack.web_port),
        ORBIS_CERAMIC_URL=f"http://127.0.0.1:{stack.ceramic_port}",  # not the default, and no ORBIS_DEVNODE=1
        ORBIS_DEVNODE_IPFS_PORT=str(stack.ipfs_port),
        PYTHONUNBUFFERED="1",
    )
    return env


class _Server:
    """`manage.py orbis_run` in a subprocess; its whole output (stdout and stderr) is collected."""

    def __init__(self, stack: Stack):
        self.proc = subprocess.Popen([sys.executable, "manage.py", "orbis_run"], cwd=ROOT, env=_env(stack),
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.lines: list[str] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.append(line)

    @property
    def output(self) -> str:
        return "".join(self.lines)

    def wait_serving(self, url: str, timeout: float = 600) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                pytest.fail(f"orbis_run exited with {self.proc.returncode}:\n{self.output[-4000:]}")
            try:
                if requests.get(url + "/health", timeout=2).status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.5)
        pytest.fail(f"orbis_run did not serve {url} within {timeout} s:\n{self.output[-4000:]}")

    def ctrl_c(self, timeout: float = 60) -> int:
        self.proc.send_signal(signal.SIGINT)
        try:
            code = self.proc.wait(timeout=timeout)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()
        self.reader.join(timeout=5)
        return code


def _login(base: str, email: str, password: str) -> dict:
    http = requests.Session()
    http.get(base + "/user/login/", timeout=30)
    resp = http.post(base + "/user/login/", timeout=30, allow_redirects=False,
                     data={"email": email, "password": password, "csrfmiddlewaretoken": http.cookies["csrftoken"]},
                     headers={"Referer": base + "/user/login/"})
    assert resp.status_code == 302, (resp.status_code, resp.text[:500])
    return http.cookies.get_dict()


def _whoami(base: str, cookies: dict) -> requests.Response:
    return requests.get(base + "/api/current-user/whoami", cookies=cookies, timeout=30, allow_redirects=False)


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    ctl.ensure_installed()
    ports = set()
    while len(ports) < 3:
        ports.add(ctl.free_port())
    web_port, ceramic_port, ipfs_port = sorted(ports)
    s = Stack(tmp_path_factory.mktemp("quiet-start"), web_port, ceramic_port, ipfs_port)
    base = f"http://127.0.0.1:{web_port}"
    try:
        for number in (1, 2):
            server = _Server(s)
            try:
                server.wait_serving(base)
                s.node_records.append(json.loads((s.data_dir / "ceramic" / "devnode.json").read_text()))
                run = Run(output="")
                if number == 1:
                    s.password = re.search(r"Log in as demo@orbis\.local / (\S+)", server.output)[1]
                    s.cookies = _login(base, "demo@orbis.local", s.password)
                resp = _whoami(base, s.cookies)
                run.login_status = resp.status_code
                if resp.status_code == 200:
                    run.whoami_email = resp.json().get("email", "")
            finally:
                code = server.ctrl_c()
            run.output = server.output
            assert code == 0, f"orbis_run exited with {code}:\n{run.output[-4000:]}"
            s.runs.append(run)
            s.secret_keys.append((s.data_dir / "secrets" / "django_secret_key").read_text())
        yield s
    finally:
        ctl.stop(s.data_dir / "ceramic")


def test_start_up_prints_none_of_the_noise(stack):
    for number, run in enumerate(stack.runs, 1):
        assert "Label Studio: http://" in run.output, run.output
        found = [phrase for phrase in NOISE if phrase in run.output]
        assert not found, f"run {number} printed {found}:\n{run.output}"


def test_the_secret_key_is_kept_and_a_login_survives_a_restart(stack):
    assert stack.secret_keys[0] and stack.secret_keys[0] == stack.secret_keys[1]
    assert (stack.data_dir / "secrets" / "django_secret_key").stat().st_mode & 0o077 == 0
    assert not (stack.data_dir / "label-studio" / ".env").exists()  # Label Studio generated nothing of its own
    first, second = stack.runs
    assert (first.login_status, first.whoami_email) == (200, "demo@orbis.local")
    assert (second.login_status, second.whoami_email) == (200, "demo@orbis.local"), \
        "the session cookie of the first run was not accepted after the restart"
    for run in stack.runs:
        assert run.output.count(stack.secret_keys[0].strip()) == 0  # the key itself is never printed


def test_other_ports_need_no_more_than_their_settings(stack):
    for record in stack.node_records:
        assert record["port"] == stack.ceramic_port and record["ipfs_port"] == stack.ipfs_port
        assert record["url"] == f"http://127.0.0.1:{stack.ceramic_port}"
    for run in stack.runs:
        assert f"Label Studio: http://127.0.0.1:{stack.web_port}/" in run.output
        assert f"IPFS API on http://127.0.0.1:{stack.ipfs_port}" in run.output
        assert "Ceramic node stopped." in run.output
    # Ctrl-C stopped the node: nothing recorded, nothing answering
    assert ctl.status(stack.data_dir / "ceramic") is None
    assert not ctl.healthcheck(f"http://127.0.0.1:{stack.ceramic_port}", timeout=1)


def test_the_node_restarted_by_hand_is_the_projects_node(stack):
    from orbis_export.ceramic import CeramicClient
    from orbis_export.ceramic.keys import Ed25519DIDKey

    node_dir = stack.data_dir / "ceramic"
    admin = Ed25519DIDKey(bytes.fromhex((stack.data_dir / "secrets" / "ceramic_admin_seed").read_text().strip()))
    result = subprocess.run([sys.executable, "-m", "devnode", "start", "--no-install", "--data-dir", str(node_dir)],
                            cwd=ROOT, capture_output=True, text=True, timeout=180)
    try:
        assert result.returncode == 0, result.stderr
        assert admin.did in result.stderr and f"port {stack.ceramic_port}" in result.stderr  # says what it reused
        record = json.loads((node_dir / "devnode.json").read_text())
        assert (record["port"], record["ipfs_port"], record["admin_dids"]) == (stack.ceramic_port, stack.ipfs_port,
                                                                              [admin.did])
        with CeramicClient(record["url"], timeout=30) as client:
            indexed = client.admin_indexed_models(admin)  # refused unless the node lists the project's admin DID
        model = re.search(r"Rows go to model (k\w+)", stack.runs[0].output)[1]
        assert model in indexed
    finally:
        ctl.stop(node_dir)


def test_no_module_of_ours_queries_the_database_while_apps_load(stack):
    """Django's "Accessing the database during app initialization" is silenced in our settings because Label
    Studio's own import does it; this proves it is only Label Studio's (on the migrated database of the runs)."""
    script = textwrap.dedent("""
        import json, os, sys, traceback, warnings
        os.environ["DJANGO_SETTINGS_MODULE"] = "label_studio_orbis.settings"
        real_warn, origins = warnings.warn, []
        def spy(message, category=None, stacklevel=1, source=None):
            if "Accessing the database during app initialization" in str(message):
                origins.append([f.filename for f in traceback.extract_stack()[:-1]])
            return real_warn(message, category, stacklevel + 1, source)
        warnings.warn = spy
        import django
        django.setup()
        print(json.dumps(origins))
    """)
    env = _env(stack)
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=180)
    assert result.returncode == 0, result.stderr[-3000:]
    origins = json.loads(result.stdout.strip().splitlines()[-1])
    ours = (str(ROOT / "orbis_export"), str(ROOT / "label_studio_orbis"))
    for stack_files in origins:
        callers = [f for f in stack_files if f.startswith(ours) and not f.endswith("label_studio_orbis/settings.py")]
        assert not callers, f"our code queries the database while apps load: {callers}"
    # and the one known source is still Label Studio's (else the filter in settings.py can go)
    assert origins and all(any("label_studio/labels_manager/serializers.py" in f for f in s) for s in origins), origins
