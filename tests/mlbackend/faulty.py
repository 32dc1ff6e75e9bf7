"""Misbehaving ML backends for the bad-input tests: they answer /health and /setup correctly, then /predict slowly
or with malformed predictions (wrong from_name, NaN score, a 5 MB result). A stand-in for a third party's backend,
in a thread on a free loopback port."""
from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FaultyBackend:
    def __init__(self, mode: str, delay: float = 3.0):
        self.mode, self.delay = mode, delay
        self.requests: list[str] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _send(self, status: int, payload: bytes):
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                try:
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def do_GET(self):
                owner.requests.append(f"GET {self.path}")
                self._send(200, b'{"status": "UP"}')

            def do_POST(self):
                owner.requests.append(f"POST {self.path}")
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                if self.path != "/predict":
                    self._send(200, json.dumps({"model_version": f"faulty-{owner.mode}"}).encode())
                    return
                if owner.mode == "slow":
                    time.sleep(owner.delay)
                tasks = body.get("tasks", [])
                self._send(200, json.dumps({"results": [owner.prediction() for _ in tasks]}).encode())

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def prediction(self) -> dict:
        good = {"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": ["Positive"]}}
        version = f"faulty-{self.mode}"
        if self.mode == "wrong_from_name":
            return {"result": [{**good, "from_name": "no_such_control"}], "score": 0.9, "model_version": version}
        if self.mode == "nan":
            return {"result": [good], "score": float("nan"), "model_version": version}  # json.dumps writes NaN
        if self.mode == "huge":
            return {"result": [{**good, "meta": {"text": ["x" * 5_000_000]}}], "score": 0.5, "model_version": version}
        return {"result": [good], "score": 0.9, "model_version": version}

    def stop(self):
        self.server.shutdown()
        self.server.server_close()
