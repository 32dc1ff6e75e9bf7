"""The local Ceramic dev node (devnode/): real processes, real ports."""
from __future__ import annotations

import json
import os
import time
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from devnode import ctl
from devnode.ctl import DevNodeError

pytestmark = pytest.mark.integration

REPO_ROOT = Path(__file__).resolve().parents[2]


def _get(url: str, timeout: float = 10) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def _needs_local(node) -> None:
    if node.data_dir is None:
        pytest.skip("external node (ORBIS_TEST_CERAMIC_URL): its processes are not ours to inspect")


def _process_gone(pid: int, marker: str) -> bool:
    """True when no live process with this pid runs with `marker` on its command line."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
    except OSError:
        return True
    state = stat[stat.rindex(")") + 2 :][:1]
    return state in ("Z", "X") or marker not in cmdline


def _group_members(pgid: int) -> list[int]:
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        if int(fields[2]) == pgid:  # fields: state, ppid, pgrp, ...
            members.append(int(entry.name))
    return members


def _socket_inodes(pid: int) -> set[int]:
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(int(target[8:-1]))
    return inodes


def _decode_addr(hex_addr: str) -> str:
    raw = bytes.fromhex(hex_addr)
    if len(raw) == 4:
        return socket.inet_ntop(socket.AF_INET, raw[::-1])
    # IPv6: four 32-bit words, each in host (little-endian) order
    words = b"".join(raw[i : i + 4][::-1] for i in range(0, 16, 4))
    return socket.inet_ntop(socket.AF_INET6, words)


def _tcp_listeners() -> dict[int, tuple[str, int]]:
    """inode -> (address, port) of every listening TCP socket in this network namespace."""
    out = {}
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            cols = line.split()
            local, state, inode = cols[1], cols[3], int(cols[9])
            if state != "0A":  # TCP_LISTEN
                continue
            addr, port = local.split(":")
            out[inode] = (_decode_addr(addr), int(port, 16))
    return out


def _listening(pgid: int) -> set[tuple[str, int]]:
    listeners = _tcp_listeners()
    found = set()
    for pid in _group_members(pgid):
        for inode in _socket_inodes(pid):
            if inode in listeners:
                found.add(listeners[inode])
    return found


# ----------------------------------------------------------------------------- the session node


def test_healthcheck_answers_alive(ceramic_node):
    status, body = _get(ceramic_node.url + "/api/v0/node/healthcheck")
    assert status == 200, body
    assert body.strip() == "Alive!"


def test_unknown_stream_gives_a_json_error(ceramic_node):
    status, body = _get(ceramic_node.url + "/api/v0/streams/kjzl6not-a-stream-id")
    assert 400 <= status < 600
    payload = json.loads(body)
    assert isinstance(payload.get("error"), str) and payload["error"]


def test_ipfs_reports_a_loopback_address(ceramic_node):
    _needs_local(ceramic_node)
    req = urllib.request.Request(ceramic_node.ipfs_url + "/api/v0/id", data=b"", method="POST")
    with urllib.request.urlopen(req, timeout=10) as resp:
        ident = json.load(resp)
    assert ident["ID"]
    assert ident["Addresses"] and all(a.startswith("/ip4/127.0.0.1/") for a in ident["Addresses"])


def test_only_loopback_ports_are_listened_on(ceramic_node):
    _needs_local(ceramic_node)
    ceramic = _listening(ceramic_node.pids["ceramic"])
    ipfs = _listening(ceramic_node.pids["ipfs"])
    assert ceramic == {("127.0.0.1", ceramic_node.port)}, ceramic
    assert ipfs == {("127.0.0.1", ceramic_node.ipfs_port)}, ipfs


def test_status_finds_the_session_node(ceramic_node):
    _needs_local(ceramic_node)
    found = ctl.status(ceramic_node.data_dir)
    assert found is not None
    assert found.url == ceramic_node.url and dict(found.pids) == dict(ceramic_node.pids)
    record = json.loads((ceramic_node.data_dir / "devnode.json").read_text())
    assert record["pids"] == dict(ceramic_node.pids)
    config = json.loads((ceramic_node.data_dir / "daemon.config.json").read_text())
    assert config["http-api"]["admin-dids"] and config["http-api"]["admin-dids"][0].startswith("did:key:z")


def test_cli_status(ceramic_node, tmp_path):
    _needs_local(ceramic_node)
    cmd = [sys.executable, "-m", "devnode", "status", "--json", "--data-dir"]
    ok = subprocess.run(cmd + [str(ceramic_node.data_dir)], cwd=REPO_ROOT, capture_output=True, text=True, timeout=60)
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["url"] == ceramic_node.url
    missing = subprocess.run(cmd + [str(tmp_path)], cwd=REPO_ROOT, capture_output=True, text=True, timeout=60)
    assert missing.returncode == 1
    assert "not running" in missing.stdout


# ----------------------------------------------------------------------------- more nodes


def test_second_node_stops_alone(ceramic_node, ceramic_admin_key, tmp_path):
    data = tmp_path / "second"
    second = ctl.start(data, admin_dids=[ceramic_admin_key.did], die_with_parent=True)
    try:
        assert second.port not in (ceramic_node.port, ceramic_node.ipfs_port)
        assert ctl.healthcheck(second.url)
        assert ctl.status(data) is not None
        pids = dict(second.pids)
        assert set(pids) == {"ipfs", "ceramic"}
        if ceramic_node.data_dir is not None:
            assert not set(pids.values()) & set(ceramic_node.pids.values())
    finally:
        stopped = ctl.stop(data)
    assert stopped is True
    assert _process_gone(pids["ceramic"], str(data)), "the second node's ceramic process survived stop()"
    assert _process_gone(pids["ipfs"], str(data)), "the second node's ipfs process survived stop()"
    assert not (data / "devnode.json").exists()
    assert ctl.status(data) is None
    assert ctl.stop(data) is False  # idempotent
    # the session node was not touched
    assert ctl.healthcheck(ceramic_node.url)
    if ceramic_node.data_dir is not None:
        for name, pid in ceramic_node.pids.items():
            assert not _process_gone(pid, str(ceramic_node.data_dir)), f"session node's {name} died"


def test_stop_on_an_empty_dir_is_a_noop(tmp_path):
    assert ctl.stop(tmp_path) is False
    assert ctl.stop(tmp_path / "does-not-exist") is False
    assert not (tmp_path / "does-not-exist").exists()
    assert list(tmp_path.iterdir()) == []


def test_stop_ignores_a_recorded_pid_that_is_not_ours(tmp_path):
    # a stale record pointing at a live process that is not a devnode process: never signal it
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        (tmp_path / "devnode.json").write_text(
            json.dumps({"url": "http://127.0.0.1:1", "ipfs_url": "http://127.0.0.1:2", "port": 1, "ipfs_port": 2,
                        "pids": {"ceramic": sleeper.pid, "ipfs": sleeper.pid}})
        )
        assert ctl.status(tmp_path) is None
        assert ctl.stop(tmp_path, timeout=1) is True  # a record was there: it is cleaned up
        assert sleeper.poll() is None, "stop() signalled a process that was not ours"
        assert not (tmp_path / "devnode.json").exists()
    finally:
        sleeper.kill()
        sleeper.wait()


def test_start_on_a_busy_port_is_refused_readably(tmp_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(DevNodeError) as err:
            ctl.start(tmp_path, port=port, timeout=60)
    message = str(err.value)
    assert str(port) in message and "already in use" in message
    assert "\n" not in err.value.summary
    assert not (tmp_path / "devnode.json").exists()


def test_failed_start_reports_the_log_and_cleans_up(tmp_path, monkeypatch):
    """Skip the port pre-check so that the daemon itself fails to listen: the error must carry
    its log, and the IPFS process already started must be stopped again."""
    spawned: list[int] = []
    real_spawn = ctl._spawn

    def spy(*args, **kwargs):
        proc = real_spawn(*args, **kwargs)
        spawned.append(proc.pid)
        return proc

    monkeypatch.setattr(ctl, "_port_free", lambda host, port: True)
    monkeypatch.setattr(ctl, "_spawn", spy)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(DevNodeError) as err:
            ctl.start(tmp_path, port=port, timeout=90, die_with_parent=True)
    exc = err.value
    assert "ceramic" in exc.summary
    assert exc.log_path == tmp_path / "logs" / "ceramic.log"
    assert exc.log_tail and exc.log_tail in str(exc)
    assert "EADDRINUSE" in exc.log_tail or "address already in use" in exc.log_tail.lower()
    assert len(spawned) == 2  # both were started ...
    for pid in spawned:  # ... and none is left
        assert _process_gone(pid, str(tmp_path)), f"pid {pid} left running after a failed start"
    assert not (tmp_path / "devnode.json").exists()


def test_start_timeout_stops_what_it_started(tmp_path, monkeypatch):
    spawned: list[int] = []
    real_spawn = ctl._spawn

    def spy(*args, **kwargs):
        proc = real_spawn(*args, **kwargs)
        spawned.append(proc.pid)
        return proc

    monkeypatch.setattr(ctl, "_spawn", spy)
    with pytest.raises(DevNodeError) as err:
        ctl.start(tmp_path, timeout=0.2)  # loading ipfs-core alone takes longer than that
    assert "timed out after 0.2 s" in err.value.summary
    assert spawned, "start() did not start anything"
    for pid in spawned:
        assert _process_gone(pid, str(tmp_path)), f"pid {pid} left running after a timed-out start"
    assert not (tmp_path / "devnode.json").exists()


def test_cli_foreground_stops_the_node_on_ctrl_c(tmp_path):
    import signal
    import time

    data = tmp_path / "fg"
    proc = subprocess.Popen(
        [sys.executable, "-m", "devnode", "start", "--no-install", "--foreground", "--data-dir", str(data)],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        lines = []
        for line in proc.stdout:  # until the node is up
            lines.append(line)
            if "running in the foreground" in line:
                break
        else:
            pytest.fail("the foreground node did not come up:\n" + "".join(lines))
        record = json.loads((data / "devnode.json").read_text())
        assert ctl.healthcheck(record["url"])
        proc.send_signal(signal.SIGINT)  # what a terminal's Ctrl-C sends to the foreground job
        out, _ = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
            ctl.stop(data)
    assert proc.returncode == 0, "".join(lines) + out
    time.sleep(0.5)  # the node processes are re-parented once their parent exits; let them be reaped
    for name, pid in record["pids"].items():
        assert _process_gone(pid, str(data)), f"{name} survived the foreground Ctrl-C"
    assert not (data / "devnode.json").exists()


def test_restart_after_the_node_was_killed(tmp_path):
    """SIGKILL leaves a stale record and the IPFS repo lock behind: the next start must cope."""
    import signal

    data = tmp_path / "killed"
    first = ctl.start(data, die_with_parent=True)
    second = None
    try:
        for pid in first.pids.values():
            os.kill(pid, signal.SIGKILL)
        # SIGKILL lands asynchronously: wait until both are really gone, as they are when a user restarts
        deadline = time.monotonic() + 10
        while not all(_process_gone(pid, str(data)) for pid in first.pids.values()):
            assert time.monotonic() < deadline, "killed processes did not die"
            time.sleep(0.05)
        assert (data / "ipfs" / "repo.lock").exists()
        second = ctl.start(data, die_with_parent=True)
        assert ctl.healthcheck(second.url)
        assert set(second.pids.values()).isdisjoint(first.pids.values())
    finally:
        ctl.stop(data)
    assert second is not None
    for pid in list(first.pids.values()) + list(second.pids.values()):
        assert _process_gone(pid, str(data))


# ----------------------------------------------------------------------------- restart by hand (issue 15, 3.7)


def _cli(*args: str, timeout: float = 180) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "devnode", *args], cwd=REPO_ROOT, capture_output=True, text=True,
                          timeout=timeout)


def test_start_by_hand_brings_back_the_node_as_it_was_last_started(ceramic_admin_key, tmp_path):
    """`make run` starts the node with the project's admin DID and ports; stopped, then started again by hand with
    only `--data-dir`, it is the same node: same ports, same admin DID (it may index models), same state."""
    from orbis_export.ceramic import CeramicClient

    data = tmp_path / "by-hand"
    port, ipfs_port = ctl.free_port(), ctl.free_port()
    while ipfs_port == port:
        ipfs_port = ctl.free_port()
    first = ctl.start(data, port=port, ipfs_port=ipfs_port, admin_dids=[ceramic_admin_key.did])
    try:
        assert _listening(first.pids["ipfs"]) == {("127.0.0.1", ipfs_port)}  # the IPFS port is the one asked for
        assert json.loads((data / ctl.SETTINGS_NAME).read_text()) == {
            "port": port, "ipfs_port": ipfs_port, "host": "127.0.0.1", "admin_dids": [ceramic_admin_key.did]}
        stopped = _cli("stop", "--data-dir", str(data))
        assert stopped.returncode == 0 and "stopped" in stopped.stdout
        assert (data / ctl.SETTINGS_NAME).exists()  # what the node was started with outlives the node

        again = _cli("start", "--no-install", "--data-dir", str(data))
        assert again.returncode == 0, again.stderr
        assert f"port {port}" in again.stderr and ceramic_admin_key.did in again.stderr  # says what it reused
        record = json.loads((data / "devnode.json").read_text())
        assert (record["port"], record["ipfs_port"], record["admin_dids"]) == (port, ipfs_port,
                                                                              [ceramic_admin_key.did])
        config = json.loads((data / "daemon.config.json").read_text())
        assert config["http-api"]["admin-dids"] == [ceramic_admin_key.did]
        with CeramicClient(record["url"], timeout=30) as client:
            assert isinstance(client.admin_indexed_models(ceramic_admin_key), list)  # 401 unless an admin DID

        # starting it twice says how to restart; restart gives new processes on the same ports
        twice = _cli("start", "--no-install", "--data-dir", str(data))
        assert twice.returncode == 1 and "already running" in twice.stderr and "devnode restart" in twice.stderr
        restarted = _cli("restart", "--no-install", "--data-dir", str(data))
        assert restarted.returncode == 0, restarted.stderr
        after = json.loads((data / "devnode.json").read_text())
        assert (after["port"], after["ipfs_port"]) == (port, ipfs_port)
        assert set(after["pids"].values()).isdisjoint(record["pids"].values())
        assert ctl.healthcheck(after["url"])
    finally:
        ctl.stop(data)


def test_a_taken_port_of_the_last_start(tmp_path):
    """The last IPFS port taken since: any free one (only Ceramic uses it). The last Ceramic port taken: refused,
    saying so (Label Studio is configured with that port)."""
    data = tmp_path / "taken"
    data.mkdir()
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        taken = busy.getsockname()[1]
        (data / ctl.SETTINGS_NAME).write_text(json.dumps({"port": ctl.free_port(), "ipfs_port": taken,
                                                          "host": "127.0.0.1", "admin_dids": []}))
        node = ctl.start(data, die_with_parent=True)
        try:
            assert node.ipfs_port != taken and ctl.healthcheck(node.url)
        finally:
            ctl.stop(data)
        (data / ctl.SETTINGS_NAME).write_text(json.dumps({"port": taken, "host": "127.0.0.1", "admin_dids": []}))
        with pytest.raises(DevNodeError) as err:
            ctl.start(data, timeout=60)
    assert f"127.0.0.1:{taken}: the port is already in use (the port this node used last time" in err.value.summary
    assert not (data / "devnode.json").exists()
