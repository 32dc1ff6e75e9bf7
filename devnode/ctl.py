"""Install, start, stop and inspect the local Ceramic dev node.

Standard library only: this runs before any virtualenv exists (Makefile, CI bootstrap).

The node is two Node.js processes, each in its own process group:

* ``ipfs``: ``devnode/ipfs/server.mjs``, an offline js-ipfs serving the Kubo RPC API on loopback;
* ``ceramic``: the unmodified js-ceramic daemon (``@ceramicnetwork/cli``) on the ``inmemory`` network,
  with ``ipfs.mode = "remote"`` pointing at the first one.

Everything a node writes lives in its data directory::

    <data>/daemon.config.json   Ceramic daemon config (written at every start)
    <data>/devnode.json         record of the running node: pids, ports, urls (removed at stop)
    <data>/devnode.settings.json how the node was last started (ports, admin DIDs): a start that is not told
                                reuses them, so a node restarted by hand is the project's node again
    <data>/logs/ipfs.log        output of the IPFS program
    <data>/logs/ceramic.log     output of the Ceramic daemon
    <data>/ipfs/                IPFS repo (blocks)
    <data>/statestore/          Ceramic state store
    <data>/indexing.sqlite      Ceramic index
    <data>/home/                HOME of the daemon (it writes ~/.ceramic)

``stop`` only ever signals the PIDs recorded in that directory, and only after checking that
``/proc/<pid>/cmdline`` still names this data directory.
"""
from __future__ import annotations

import contextlib
import dataclasses
import errno
import fcntl
import hashlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections import deque
from pathlib import Path
from typing import Iterable, Mapping

DEVNODE_DIR = Path(__file__).resolve().parent
IPFS_DIR = DEVNODE_DIR / "ipfs"
CERAMIC_DIR = DEVNODE_DIR / "ceramic"
STUBS_DIR = DEVNODE_DIR / "stubs"
IPFS_SCRIPT = IPFS_DIR / "server.mjs"
CERAMIC_SCRIPT = CERAMIC_DIR / "node_modules" / "@ceramicnetwork" / "cli" / "bin" / "ceramic.js"

RECORD_NAME = "devnode.json"
SETTINGS_NAME = "devnode.settings.json"
CONFIG_NAME = "daemon.config.json"
INSTALL_MARKER = ".devnode-install.sha256"
LOG_TAIL_LINES = 30

# name -> (signal asking for a clean stop). The Ceramic daemon closes cleanly on SIGINT only
# (SIGTERM ends Node at once); the IPFS program handles SIGTERM itself.
_GRACEFUL_SIGNAL = {"ceramic": signal.SIGINT, "ipfs": signal.SIGTERM}
_STOP_ORDER = ("ceramic", "ipfs")  # Ceramic first: it holds a connection to IPFS

# Popen objects of the processes this Python process started, so that stop() can reap them
# (otherwise they would linger as zombies until we exit).
_CHILDREN: dict[int, subprocess.Popen] = {}


class DevNodeError(RuntimeError):
    """Installing, starting or stopping the dev node failed. ``summary`` is one line."""

    def __init__(self, summary: str, log_path: Path | None = None, log_tail: str = "") -> None:
        self.summary = summary
        self.log_path = log_path
        self.log_tail = log_tail
        message = summary
        if log_tail:
            where = f" of {log_path}" if log_path else ""
            message += f"\n--- last lines{where} ---\n{log_tail}"
        super().__init__(message)


@dataclasses.dataclass(frozen=True)
class RunningNode:
    url: str  # Ceramic HTTP API, e.g. http://127.0.0.1:7007
    ipfs_url: str | None  # IPFS RPC API, e.g. http://127.0.0.1:5011 (None for an external node)
    port: int
    ipfs_port: int | None
    data_dir: Path | None  # None for an external node
    pids: Mapping[str, int]  # {"ipfs": pid, "ceramic": pid}

    @property
    def log_dir(self) -> Path | None:
        return None if self.data_dir is None else self.data_dir / "logs"

    def stop(self, timeout: float = 15) -> bool:
        if self.data_dir is None:
            return False
        return stop(self.data_dir, timeout=timeout)


# --------------------------------------------------------------------------- install


def _say(quiet: bool, message: str) -> None:
    if not quiet:
        print(f"devnode: {message}", file=sys.stderr, flush=True)


def _which_or_fail(program: str) -> str:
    path = shutil.which(program)
    if path is None:
        raise DevNodeError(
            f"'{program}' not found on PATH: the Ceramic dev node needs Node.js 20+ and npm "
            "(e.g. apt-get install nodejs npm)"
        )
    return path


def _node_major() -> int:
    node = _which_or_fail("node")
    out = subprocess.run([node, "--version"], capture_output=True, text=True, check=False).stdout.strip()
    try:
        return int(out.lstrip("v").split(".")[0])
    except ValueError:
        raise DevNodeError(f"cannot read the Node.js version ({out!r})") from None


def _install_fingerprint(part_dir: Path) -> str:
    """Hash of what an install of ``part_dir`` depends on: lockfile, package.json, local stubs."""
    h = hashlib.sha256()
    files = [part_dir / "package-lock.json", part_dir / "package.json"]
    if part_dir == CERAMIC_DIR:
        files += sorted(p for p in STUBS_DIR.rglob("*") if p.is_file() and "node_modules" not in p.parts)
    for f in files:
        h.update(str(f.relative_to(DEVNODE_DIR)).encode() + b"\0")
        h.update(f.read_bytes() + b"\0")
    return h.hexdigest()


def _is_installed(part_dir: Path) -> bool:
    marker = part_dir / "node_modules" / INSTALL_MARKER
    try:
        return marker.read_text().strip() == _install_fingerprint(part_dir)
    except FileNotFoundError:
        return False


@contextlib.contextmanager
def _install_lock(part_dir: Path):
    """Serialise concurrent installs of one part (several test sessions starting at once)."""
    key = hashlib.sha256(str(part_dir).encode()).hexdigest()[:16]
    lock_path = Path(tempfile.gettempdir()) / f"orbis-devnode-install-{key}.lock"
    with open(lock_path, "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


# First-install times on a 2-core machine, said before the long step. Measured: both parts take ~3.5 min of CPU
# (mostly compiling sqlite3); on a machine busy with other work the ceramic part took 17 min.
_INSTALL_EXPECTED = {"ipfs": "20 s to 1 min", "ceramic": "3 to 5 min on an idle machine, up to 20 on a busy one, "
                     "as its SQLite binding is compiled from source"}


def _installed_packages(node_modules: Path) -> int:
    """How many packages npm has unpacked so far (top-level and scoped): the progress line's count."""
    count = 0
    try:
        for entry in os.scandir(node_modules):
            if entry.name.startswith("@") and entry.is_dir():
                count += sum(1 for _ in os.scandir(entry.path))
            elif not entry.name.startswith("."):
                count += 1
    except OSError:
        pass
    return count


def _install_phase(node_modules: Path) -> str:
    """What npm is doing, as far as node_modules shows it. Compiling sqlite3's C amalgamation (-O3) is the longest
    step: 1-2 min of CPU, several times that on a busy machine."""
    sqlite_build = node_modules / "sqlite3" / "build"
    if sqlite_build.is_dir() and not (sqlite_build / "Release" / "node_sqlite3.node").exists():
        return "compiling the SQLite binding (sqlite3.c; the longest step)"
    return f"{_installed_packages(node_modules)} packages unpacked"


def _run_with_progress(argv: list[str], part_dir: Path, env: dict, log, quiet: bool, label: str) -> int:
    """Run npm, showing elapsed time and packages unpacked: one line rewritten in place on a terminal, a line
    every 30 s otherwise (CI logs). npm itself is silent for minutes while it unpacks and compiles."""
    proc = subprocess.Popen(argv, cwd=part_dir, env=env, stdin=subprocess.DEVNULL, stdout=log,
                            stderr=subprocess.STDOUT)
    tty = sys.stderr.isatty()
    t0 = time.monotonic()
    last_line = t0
    while True:
        try:
            return_code = proc.wait(timeout=1)
            break
        except subprocess.TimeoutExpired:
            pass
        except BaseException:  # Ctrl-C: do not leave npm running
            proc.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=10)
            raise
        if quiet:
            continue
        now = time.monotonic()
        line = f"devnode: {label}: {now - t0:.0f} s, {_install_phase(part_dir / 'node_modules')}"
        if tty:
            print(f"\r{line}\x1b[K", end="", file=sys.stderr, flush=True)
        elif now - last_line >= 30:
            print(line, file=sys.stderr, flush=True)
            last_line = now
    if tty and not quiet:
        print("\r\x1b[K", end="", file=sys.stderr, flush=True)
    return return_code


def _npm_ci(part_dir: Path, quiet: bool) -> None:
    npm = _which_or_fail("npm")
    name = part_dir.name
    if not (part_dir / "package-lock.json").is_file():
        raise DevNodeError(f"{part_dir / 'package-lock.json'} is missing: cannot install the {name} part")
    env = dict(os.environ, SCARF_ANALYTICS="false")
    env.setdefault("npm_config_update_notifier", "false")
    log_fd, log_name = tempfile.mkstemp(prefix=f"devnode-npm-ci-{name}-", suffix=".log")
    log_path = Path(log_name)
    _say(quiet, f"installing the {name} part of the local Ceramic node (npm ci in {part_dir}; usually "
                f"{_INSTALL_EXPECTED.get(name, 'a few minutes')}; output in {log_path})...")
    t0 = time.monotonic()
    with os.fdopen(log_fd, "w") as log:
        return_code = _run_with_progress([npm, "ci", "--no-audit", "--no-fund"], part_dir, env, log, quiet,
                                         f"npm ci {name}")
    if return_code != 0:
        raise DevNodeError(
            f"npm ci failed in {part_dir} (exit code {return_code}); full output in {log_path}",
            log_path,
            _tail(log_path),
        )
    (part_dir / "node_modules" / INSTALL_MARKER).write_text(_install_fingerprint(part_dir) + "\n")
    with contextlib.suppress(OSError):
        shutil.move(str(log_path), str(part_dir / "node_modules" / ".devnode-npm-ci.log"))
    _say(quiet, f"{name} part installed in {time.monotonic() - t0:.0f} s")


def ensure_installed(quiet: bool = False) -> None:
    """Run ``npm ci`` in devnode/ipfs and devnode/ceramic unless their lockfiles are installed already."""
    _which_or_fail("node")
    _which_or_fail("npm")
    major = _node_major()
    if major < 18:
        raise DevNodeError(f"Node.js {major} is too old for the Ceramic dev node: need 20 or newer")
    for part_dir in (IPFS_DIR, CERAMIC_DIR):
        if _is_installed(part_dir):
            continue
        with _install_lock(part_dir):
            if _is_installed(part_dir):  # another process installed it while we waited
                continue
            _npm_ci(part_dir, quiet)
    if not CERAMIC_SCRIPT.is_file():
        raise DevNodeError(f"the install looks broken: {CERAMIC_SCRIPT} is missing (delete node_modules and retry)")


# --------------------------------------------------------------------------- processes


_ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def _tail(path: Path, lines: int = LOG_TAIL_LINES) -> str:
    """The last lines of a log, without the terminal colour codes the Ceramic logger writes."""
    try:
        with open(path, "r", errors="replace") as fh:
            return _ANSI_ESCAPE.sub("", "".join(deque(fh, maxlen=lines))).rstrip("\n")
    except OSError:
        return ""


def _cmdline(pid: int) -> list[str] | None:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return None
    return [part.decode(errors="replace") for part in raw.split(b"\0") if part]


def _is_zombie(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    # the state letter follows the ")" closing the command name
    return stat[stat.rindex(")") + 2 :].startswith(("Z", "X"))


def _reap(pid: int) -> None:
    child = _CHILDREN.get(pid)
    if child is not None and child.poll() is not None:
        _CHILDREN.pop(pid, None)


def _alive(pid: int) -> bool:
    _reap(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return not _is_zombie(pid)


def _ipfs_marker(data_dir: Path) -> str:
    return str(data_dir / "ipfs")


def _ceramic_marker(data_dir: Path) -> str:
    return str(data_dir / CONFIG_NAME)


def _expected(name: str, data_dir: Path) -> tuple[str, str]:
    """(script, data-dir specific argument) that the cmdline of our process ``name`` contains."""
    if name == "ipfs":
        return str(IPFS_SCRIPT), _ipfs_marker(data_dir)
    return "ceramic.js", _ceramic_marker(data_dir)


def _is_ours(name: str, pid: int, data_dir: Path) -> bool:
    """True when ``pid`` is alive and is our ``name`` process for ``data_dir`` (not a reused PID)."""
    if not _alive(pid):
        return False
    cmd = _cmdline(pid)
    if not cmd:
        return False
    script, marker = _expected(name, data_dir)
    return any(arg.endswith(script) for arg in cmd) and marker in cmd


def _processes_using(name: str, data_dir: Path) -> list[int]:
    """PIDs of live processes that are our ``name`` process for ``data_dir``, recorded or not."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and _is_ours(name, int(entry.name), data_dir):
            found.append(int(entry.name))
    return found


def _clear_stale_ipfs_lock(data_dir: Path) -> None:
    """Remove the IPFS repo lock left by a killed IPFS process (js-ipfs only ignores it after 20 s).

    Only when no IPFS program of ours runs on this repo; otherwise IPFS reports the held lock itself.
    """
    lock = data_dir / "ipfs" / "repo.lock"
    if not lock.exists() or _processes_using("ipfs", data_dir):
        return
    if lock.is_dir() and not lock.is_symlink():
        shutil.rmtree(lock, ignore_errors=True)
    else:
        with contextlib.suppress(FileNotFoundError):
            lock.unlink()


def _signal_group(pid: int, sig: int) -> None:
    """Signal the process group led by ``pid`` (ours all are), else the process alone."""
    try:
        if os.getpgid(pid) == pid:
            os.killpg(pid, sig)
        else:
            os.kill(pid, sig)
    except ProcessLookupError:
        pass


def _wait_gone(pids: Iterable[int], deadline: float) -> list[int]:
    remaining = list(pids)
    while remaining and time.monotonic() < deadline:
        remaining = [p for p in remaining if _alive(p)]
        if remaining:
            time.sleep(0.1)
    return [p for p in remaining if _alive(p)]


def _terminate(procs: Mapping[str, int], timeout: float) -> list[int]:
    """Stop the given (already verified) processes. Returns the PIDs that survived SIGKILL."""
    deadline = time.monotonic() + max(timeout, 0.5)
    for name in _STOP_ORDER:
        pid = procs.get(name)
        if pid is None or not _alive(pid):
            continue
        _signal_group(pid, _GRACEFUL_SIGNAL[name])
        # give each process part of the budget, then move on to the next one
        _wait_gone([pid], min(deadline, time.monotonic() + max(timeout, 0.5) * 0.6))
    alive = _wait_gone([p for p in procs.values() if p is not None], deadline)
    # SIGTERM as a second request (the Ceramic daemon got SIGINT first), then SIGKILL
    for pid in alive:
        _signal_group(pid, signal.SIGTERM)
    alive = _wait_gone(alive, time.monotonic() + 1.0)
    for pid in alive:
        _signal_group(pid, signal.SIGKILL)
    alive = _wait_gone(alive, time.monotonic() + 5.0)
    for pid in list(procs.values()):
        child = _CHILDREN.pop(pid, None)
        if child is not None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                child.wait(timeout=1)
    return alive


# --------------------------------------------------------------------------- records


def _record_path(data_dir: Path) -> Path:
    return data_dir / RECORD_NAME


def _read_record(data_dir: Path) -> dict | None:
    try:
        with open(_record_path(data_dir)) as fh:
            record = json.load(fh)
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise DevNodeError(f"unreadable node record {_record_path(data_dir)}: {exc}") from None
    if not isinstance(record, dict) or not isinstance(record.get("pids"), dict):
        raise DevNodeError(f"unexpected content in {_record_path(data_dir)}")
    return record


def _write_record(data_dir: Path, record: dict) -> None:
    path = _record_path(data_dir)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(record, indent=2, sort_keys=True) + "\n")
    os.replace(tmp, path)


def remembered(data_dir: str | os.PathLike) -> dict:
    """How the node of ``data_dir`` was last started: ``{"port", "ipfs_port", "host", "admin_dids"}``, or ``{}``.

    Kept after the node stops, so ``start`` without ports or admin DIDs brings back the same node (the project's
    admin DID is what lets it index models; the port is what Label Studio is configured with).
    """
    path = Path(data_dir).expanduser().resolve() / SETTINGS_NAME
    try:
        saved = json.loads(path.read_text())
    except (OSError, ValueError):
        return {}
    if not isinstance(saved, dict):
        return {}
    out: dict = {}
    for key in ("port", "ipfs_port"):
        if isinstance(saved.get(key), int) and 0 < saved[key] < 65536:
            out[key] = saved[key]
    if isinstance(saved.get("host"), str):
        out["host"] = saved["host"]
    dids = saved.get("admin_dids")
    if isinstance(dids, list) and all(isinstance(d, str) and d.startswith("did:") for d in dids):
        out["admin_dids"] = dids
    return out


def _remember(data_dir: Path, record: dict) -> None:
    saved = {k: record[k] for k in ("port", "ipfs_port", "host", "admin_dids")}
    path = data_dir / SETTINGS_NAME
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(saved, indent=2, sort_keys=True) + "\n")
    os.replace(tmp, path)


def _node_from_record(data_dir: Path, record: dict) -> RunningNode:
    return RunningNode(
        url=record["url"],
        ipfs_url=record["ipfs_url"],
        port=int(record["port"]),
        ipfs_port=int(record["ipfs_port"]),
        data_dir=data_dir,
        pids={k: int(v) for k, v in record["pids"].items()},
    )


# --------------------------------------------------------------------------- ports / http


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that is free on ``host`` right now."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def port_free(host: str, port: int, wait: float = 0.0) -> bool:
    """True when ``host:port`` can be listened on (a port in TIME_WAIT counts as free), now or within ``wait`` s."""
    return _port_free_soon(host, port, wait) if wait > 0 else _port_free(host, port)


def _port_free(host: str, port: int) -> bool:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        # Node sets SO_REUSEADDR too, so a port in TIME_WAIT counts as free
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError as exc:
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                return False
            raise
    return True


def _port_free_soon(host: str, port: int, wait: float = 3.0) -> bool:
    """``_port_free``, allowing a node killed a moment ago (its sockets close after it looks gone) to let go."""
    deadline = time.monotonic() + wait
    while not _port_free(host, port):
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)
    return True


def _http_url(host: str, port: int) -> str:
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def _http(method: str, url: str, timeout: float = 3.0) -> tuple[int, str]:
    req = urllib.request.Request(url, method=method, data=b"" if method == "POST" else None)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.read().decode(errors="replace")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode(errors="replace")


def healthcheck(url: str, timeout: float = 3.0) -> bool:
    """True when the Ceramic node at ``url`` answers its healthcheck with ``Alive!``."""
    try:
        status, body = _http("GET", url.rstrip("/") + "/api/v0/node/healthcheck", timeout)
    except (OSError, urllib.error.URLError):
        return False
    return status == 200 and "Alive" in body


# --------------------------------------------------------------------------- start / stop / status


def _daemon_config(data_dir: Path, host: str, port: int, ipfs_url: str, admin_dids: Iterable[str]) -> dict:
    return {
        "anchor": {},
        "http-api": {
            "hostname": host,
            "port": port,
            "cors-allowed-origins": [".*"],
            "admin-dids": list(admin_dids),
        },
        "ipfs": {"mode": "remote", "host": ipfs_url},
        "logger": {"log-level": 2, "log-to-files": False},
        "metrics": {
            "metrics-exporter-enabled": False,
            "prometheus-exporter-enabled": False,
            "metrics-publisher-enabled": False,
        },
        "network": {"name": "inmemory"},
        "node": {},
        "state-store": {"mode": "fs", "local-directory": str(data_dir / "statestore")},
        "indexing": {
            "db": f"sqlite://{data_dir / 'indexing.sqlite'}",
            "allow-queries-before-historical-sync": True,
            "disable-composedb": False,
            "enable-historical-sync": False,
        },
    }


def _parent_death_hook():
    """A preexec_fn asking the kernel to SIGKILL the child when the thread that started it dies.

    The libc handle is loaded here, in the parent: the hook itself runs between fork and exec,
    where importing or loading libraries is unsafe.
    """
    import ctypes

    prctl = ctypes.CDLL(None, use_errno=True).prctl
    pr_set_pdeathsig = 1

    def hook() -> None:
        prctl(pr_set_pdeathsig, int(signal.SIGKILL), 0, 0, 0)

    return hook


def _spawn(name: str, argv: list[str], data_dir: Path, env: dict, die_with_parent: bool) -> subprocess.Popen:
    log_path = data_dir / "logs" / f"{name}.log"
    with open(log_path, "ab") as log:
        log.write(f"\n=== devnode: starting {name} at {time.strftime('%Y-%m-%d %H:%M:%S')} ===\n".encode())
        log.flush()
        proc = subprocess.Popen(
            argv,
            cwd=data_dir,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # own process group: a Ctrl-C meant for the parent does not reach it
            preexec_fn=_parent_death_hook() if die_with_parent else None,
        )
    _CHILDREN[proc.pid] = proc
    return proc


def _wait_until(
    check, proc: subprocess.Popen, name: str, log_path: Path, deadline: float, timeout: float, waiting_for: str
) -> None:
    while True:
        if proc.poll() is not None:
            raise DevNodeError(
                f"the {name} process exited with code {proc.returncode} while waiting for {waiting_for}",
                log_path,
                _tail(log_path),
            )
        if check():
            return
        if time.monotonic() >= deadline:
            raise DevNodeError(
                f"timed out after {timeout:g} s waiting for {waiting_for}", log_path, _tail(log_path)
            )
        time.sleep(0.2)


def start(
    data_dir: str | os.PathLike,
    port: int | None = None,
    ipfs_port: int | None = None,
    admin_dids: Iterable[str] | None = None,
    stream_cache_limit: int = 5000,
    host: str = "127.0.0.1",
    timeout: float = 120,
    die_with_parent: bool = False,
) -> RunningNode:
    """Start IPFS and the Ceramic daemon for ``data_dir`` and wait until the node is healthy.

    ``port``, ``ipfs_port`` and ``admin_dids`` left None are those of the last start in ``data_dir``
    (``remembered()``; an IPFS port taken since then is replaced), else free loopback ports and no admin DID.
    With ``die_with_parent``
    the two processes are killed by the kernel when the calling thread dies (for test fixtures);
    otherwise they outlive the caller until ``stop(data_dir)``.
    Raises DevNodeError (after stopping whatever it started) on any failure or timeout.
    """
    data_dir = Path(data_dir).expanduser().resolve()
    last = remembered(data_dir)
    admin_dids = [str(d) for d in (last.get("admin_dids", []) if admin_dids is None else admin_dids)]
    for did in admin_dids:
        if not did.startswith("did:"):
            raise DevNodeError(f"admin DID {did!r} is not a DID (expected did:key:z...)")
    if not CERAMIC_SCRIPT.is_file() or not (IPFS_DIR / "node_modules").is_dir():
        raise DevNodeError("the dev node is not installed: run `python -m devnode install` (or ensure_installed())")
    node_bin = _which_or_fail("node")

    data_dir.mkdir(parents=True, exist_ok=True)
    existing = status(data_dir)
    if existing is not None:
        raise DevNodeError(f"a node is already running for {data_dir} at {existing.url} (pids {dict(existing.pids)}); "
                           f"`python -m devnode restart --data-dir {data_dir}` restarts it")
    if _read_record(data_dir) is not None:  # stale or half-dead node: clean it up first
        stop(data_dir)

    port_is_last = port is None and "port" in last
    if port is None:
        port = last.get("port") or free_port(host)
    if ipfs_port is None:
        # IPFS is only Ceramic's: when its last port was taken meanwhile, any free one does
        ipfs_port = last.get("ipfs_port")
        if ipfs_port is None or ipfs_port == port or not _port_free(host, ipfs_port):
            ipfs_port = free_port(host)
        while ipfs_port == port:
            ipfs_port = free_port(host)
    if port == ipfs_port:
        raise DevNodeError(f"the Ceramic and IPFS ports must differ (both are {port})")
    for what, p in (("Ceramic API", port), ("IPFS API", ipfs_port)):
        if not _port_free_soon(host, p):
            hint = " (the port this node used last time; choose another with --port)" if (
                port_is_last and p == port) else ""
            raise DevNodeError(f"cannot start the {what} on {host}:{p}: the port is already in use{hint}")

    for sub in ("logs", "home", "statestore", "ipfs"):
        (data_dir / sub).mkdir(exist_ok=True)
    _clear_stale_ipfs_lock(data_dir)
    url = _http_url(host, port)
    ipfs_url = _http_url(host, ipfs_port)
    config_path = data_dir / CONFIG_NAME
    config_path.write_text(json.dumps(_daemon_config(data_dir, host, port, ipfs_url, admin_dids), indent=2) + "\n")

    record = {
        "url": url,
        "ipfs_url": ipfs_url,
        "port": port,
        "ipfs_port": ipfs_port,
        "host": host,
        "admin_dids": admin_dids,
        "pids": {},
        "started_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "logs": {"ipfs": str(data_dir / "logs" / "ipfs.log"), "ceramic": str(data_dir / "logs" / "ceramic.log")},
    }
    # the node needs none of the app's settings, and secrets among them should not sit in its environment
    base_env = {k: v for k, v in os.environ.items() if not k.startswith(("ORBIS_", "PRIVY_")) and k != "SECRET_KEY"}
    base_env["SCARF_ANALYTICS"] = "false"
    base_env.pop("NODE_OPTIONS", None)
    deadline = time.monotonic() + timeout
    try:
        ipfs_log = data_dir / "logs" / "ipfs.log"
        ipfs_proc = _spawn(
            "ipfs",
            [node_bin, str(IPFS_SCRIPT), "--repo", _ipfs_marker(data_dir), "--port", str(ipfs_port), "--host", host],
            data_dir,
            base_env,
            die_with_parent,
        )
        record["pids"]["ipfs"] = ipfs_proc.pid
        _write_record(data_dir, record)

        def ipfs_ready() -> bool:
            try:
                status_code, body = _http("POST", ipfs_url + "/api/v0/id", timeout=2)
            except (OSError, urllib.error.URLError):
                return False
            return status_code == 200 and '"ID"' in body

        _wait_until(ipfs_ready, ipfs_proc, "ipfs", ipfs_log, deadline, timeout, f"the IPFS API on {ipfs_url}")

        ceramic_env = dict(
            base_env,
            IPFS_FLAVOR="go",
            HOME=str(data_dir / "home"),
            CERAMIC_STREAM_CACHE_LIMIT=str(int(stream_cache_limit)),
        )
        ceramic_log = data_dir / "logs" / "ceramic.log"
        ceramic_proc = _spawn(
            "ceramic",
            [node_bin, str(CERAMIC_SCRIPT), "daemon", "--config", _ceramic_marker(data_dir)],
            data_dir,
            ceramic_env,
            die_with_parent,
        )
        record["pids"]["ceramic"] = ceramic_proc.pid
        _write_record(data_dir, record)

        def ceramic_ready() -> bool:
            if ipfs_proc.poll() is not None:
                raise DevNodeError(
                    f"the ipfs process exited with code {ipfs_proc.returncode} while Ceramic was starting",
                    ipfs_log,
                    _tail(ipfs_log),
                )
            return healthcheck(url, timeout=2)

        _wait_until(
            ceramic_ready, ceramic_proc, "ceramic", ceramic_log, deadline, timeout, f"the Ceramic healthcheck on {url}"
        )
        _remember(data_dir, record)
    except BaseException:
        # also on KeyboardInterrupt: never leave half a node behind
        _terminate(record["pids"], timeout=10)
        with contextlib.suppress(FileNotFoundError):
            _record_path(data_dir).unlink()
        raise
    return _node_from_record(data_dir, record)


def stop(data_dir: str | os.PathLike, timeout: float = 15) -> bool:
    """Stop the node recorded in ``data_dir``. Returns False when no node was recorded there.

    Only PIDs recorded in ``data_dir/devnode.json`` whose command line still names this data
    directory are signalled: the Ceramic daemon gets SIGINT (its clean shutdown), IPFS SIGTERM;
    whatever is still alive after ``timeout`` seconds gets SIGKILL.
    """
    data_dir = Path(data_dir).expanduser().resolve()
    try:
        record = _read_record(data_dir)
    except DevNodeError:
        record = {"pids": {}}  # unreadable record: nothing we can safely signal
    if record is None:
        return False
    ours = {}
    for name, pid in record.get("pids", {}).items():
        try:
            pid = int(pid)
        except (TypeError, ValueError):
            continue
        if name in _GRACEFUL_SIGNAL and _is_ours(name, pid, data_dir):
            ours[name] = pid
    survivors = _terminate(ours, timeout) if ours else []
    if survivors:
        raise DevNodeError(f"could not stop pids {survivors} of the node in {data_dir}")
    with contextlib.suppress(FileNotFoundError):
        _record_path(data_dir).unlink()
    return True


def status(data_dir: str | os.PathLike) -> RunningNode | None:
    """The node recorded in ``data_dir`` if both its processes are alive, else None."""
    data_dir = Path(data_dir).expanduser().resolve()
    record = _read_record(data_dir)
    if record is None:
        return None
    pids = record.get("pids", {})
    if set(pids) != {"ipfs", "ceramic"}:
        return None
    if not all(_is_ours(name, int(pid), data_dir) for name, pid in pids.items()):
        return None
    return _node_from_record(data_dir, record)
