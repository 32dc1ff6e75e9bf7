"""Start and stop the backend as its own process (for ``make run``, the tests and the benchmark). No Django."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import requests


@dataclass
class RunningBackend:
    url: str
    process: subprocess.Popen
    log_path: Path

    def stop(self, timeout: float = 10.0) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace") if self.log_path.is_file() else ""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(data_dir: Path, port: int | None = None, *, seed: bool = True, quiet: bool = True,
          extra_args: tuple[str, ...] = (), wait: float = 60.0,
          env: dict | None = None) -> RunningBackend:
    """Start ``python -m mlbackend serve`` on loopback and wait until /health answers."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    port = port or free_port()
    log_path = data_dir / "serve.log"
    args = [sys.executable, "-m", "mlbackend", "serve", "--host", "127.0.0.1", "--port", str(port),
            "--data-dir", str(data_dir), *(() if seed else ("--no-seed",)), *(("--quiet",) if quiet else ()),
            *extra_args]
    root = str(Path(__file__).resolve().parent.parent)
    path = os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))
    env = {**os.environ, **(env or {}), "PYTHONPATH": path}
    with log_path.open("ab") as log:
        process = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=root)
    url = f"http://127.0.0.1:{port}"
    backend = RunningBackend(url, process, log_path)
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the ML backend exited with code {process.returncode}: {backend.log()[-2000:]}")
        try:
            if requests.get(f"{url}/health", timeout=1).ok:
                return backend
        except requests.RequestException:
            pass
        time.sleep(0.2)
    backend.stop()
    raise RuntimeError(f"the ML backend did not answer on {url} within {wait:.0f} s: {backend.log()[-2000:]}")
