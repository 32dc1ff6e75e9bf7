"""`make run` on ports that are taken: one line naming the setting and what to do, and no node left behind."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from devnode import ctl

ROOT = Path(__file__).resolve().parents[2]


def _orbis_run(tmp_path, **values) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("ORBIS_", "PRIVY_", "DJANGO_", "LABEL_STUDIO_", "SECRET_KEY"))}
    env.update({"ORBIS_DATA_DIR": str(tmp_path), "ORBIS_ENV_FILE": os.devnull, "ORBIS_PORT": str(ctl.free_port()),
                **values})
    return subprocess.run([sys.executable, "manage.py", "orbis_run", "--check"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture
def busy_port():
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        yield busy.getsockname()[1]


def test_a_taken_ceramic_port_says_what_to_do(tmp_path, busy_port):
    result = _orbis_run(tmp_path, ORBIS_CERAMIC_URL=f"http://127.0.0.1:{busy_port}")
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if "ORBIS_CERAMIC_URL" in line]
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert f"port {busy_port} is already in use" in lines[0]
    assert "set ORBIS_DEVNODE=0 to use it" in lines[0] and "ORBIS_CERAMIC_URL=http://127.0.0.1:" in lines[0]
    assert ctl.status(tmp_path / "ceramic") is None


def test_a_taken_ipfs_port_names_its_setting(tmp_path, busy_port):
    result = _orbis_run(tmp_path, ORBIS_CERAMIC_URL=f"http://127.0.0.1:{ctl.free_port()}",
                        ORBIS_DEVNODE_IPFS_PORT=str(busy_port))
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if "ORBIS_DEVNODE_IPFS_PORT" in line]
    assert len(lines) == 1 and f"port {busy_port} is already in use" in lines[0], result.stderr
    assert ctl.status(tmp_path / "ceramic") is None
