"""A loopback proxy in front of a Ceramic node that adds latency or injects faults (benchmarks and drills).

Two modes, one class (:class:`Proxy`), asyncio in a background thread, standard library only:

* **latency** (``fault_rate == 0``): a byte relay that holds every chunk for ``delay`` seconds in each direction
  (``delay=0.05`` → +100 ms per request/response round trip), keeping keep-alive connections. Chunks are queued
  with their arrival time, so the delay is latency, not a throughput cap: many requests can be in flight.
* **faults** (``fault_rate > 0``): HTTP-aware, one request per connection (``Connection: close`` both ways). A
  request is, with probability ``fault_rate``, turned into one of
  ``refuse``   answer 503 without forwarding (the node never sees it),
  ``lost``     forward it, let the node carry it out, then answer 502 (the write happened, the client thinks not),
  ``timeout``  forward it, then hold the connection ``hold`` seconds and close it without an answer.
  The kinds rotate; ``stats`` counts requests and each fault.

    with Proxy("127.0.0.1", node_port, delay=0.05) as proxy:      # proxy.url → http://127.0.0.1:<port>
        ...
    python bench/proxy.py --upstream 7007 --delay 0.05             # standalone, Ctrl-C to stop
"""
from __future__ import annotations

import argparse
import asyncio
import random
import threading
import time
from collections import Counter

FAULT_KINDS = ("refuse", "lost", "timeout")


class Proxy:
    def __init__(self, upstream_host: str, upstream_port: int, *, delay: float = 0.0, fault_rate: float = 0.0,
                 hold: float = 3.0, seed: int = 1, listen_port: int = 0):
        self.upstream = (upstream_host, int(upstream_port))
        self.delay = float(delay)
        self.fault_rate = float(fault_rate)
        self.hold = float(hold)
        self.stats: Counter = Counter()
        self._rng = random.Random(seed)
        self._next_kind = 0
        self._listen_port = listen_port
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.AbstractServer | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # --- lifecycle ------------------------------------------------------------------------------
    def start(self) -> "Proxy":
        self._thread = threading.Thread(target=self._main, name="bench-proxy", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("proxy did not start")
        return self

    def stop(self) -> None:
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(10)

    def __enter__(self) -> "Proxy":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def _main(self) -> None:
        self._loop = asyncio.new_event_loop()
        asyncio.set_event_loop(self._loop)
        handler = self._relay if self.fault_rate <= 0 else self._http_once

        async def guarded(reader, writer):
            try:
                await handler(reader, writer)
            except asyncio.CancelledError:  # the proxy is stopping
                writer.close()

        self._server = self._loop.run_until_complete(
            asyncio.start_server(guarded, "127.0.0.1", self._listen_port, backlog=512))
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        try:
            self._loop.run_forever()
        finally:
            self._server.close()
            tasks = asyncio.all_tasks(self._loop)
            for task in tasks:
                task.cancel()
            self._loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
            self._loop.close()

    # --- latency relay ----------------------------------------------------------------------------
    async def _pump(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        queue: asyncio.Queue = asyncio.Queue()

        async def read() -> None:
            try:
                while True:
                    data = await reader.read(65536)
                    await queue.put((time.monotonic() + self.delay, data))
                    if not data:
                        return
            except (ConnectionError, asyncio.CancelledError):
                await queue.put((0.0, b""))

        reading = asyncio.ensure_future(read())
        try:
            while True:
                due, data = await queue.get()
                wait = due - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                if not data:
                    break
                writer.write(data)
                await writer.drain()
        except ConnectionError:
            pass
        finally:
            reading.cancel()
            try:
                writer.close()
            except Exception:  # noqa: BLE001
                pass

    async def _relay(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        self.stats["connections"] += 1
        try:
            up_r, up_w = await asyncio.open_connection(*self.upstream)
        except OSError:
            client_w.close()
            return
        await asyncio.gather(self._pump(client_r, up_w), self._pump(up_r, client_w), return_exceptions=True)

    # --- fault injection (HTTP, one request per connection) -----------------------------------------
    def _fate(self) -> str:
        if self._rng.random() >= self.fault_rate:
            return "pass"
        kind = FAULT_KINDS[self._next_kind % len(FAULT_KINDS)]
        self._next_kind += 1
        return kind

    @staticmethod
    async def _read_request(reader: asyncio.StreamReader) -> bytes | None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
            return None
        length = 0
        lines = head.split(b"\r\n")
        kept = [lines[0]]
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip() or 0)
            if name.strip().lower() in (b"connection", b"keep-alive"):
                continue
            if line:
                kept.append(line)
        body = await reader.readexactly(length) if length else b""
        return b"\r\n".join(kept) + b"\r\nConnection: close\r\n\r\n" + body

    async def _http_once(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        try:
            request = await self._read_request(client_r)
            if request is None:
                return
            self.stats["requests"] += 1
            fate = self._fate()
            self.stats[fate] += 1
            if fate == "refuse":
                client_w.write(b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\n"
                               b"Content-Length: 20\r\nConnection: close\r\n\r\ninjected 503 (proxy)")
                await client_w.drain()
                return
            try:
                up_r, up_w = await asyncio.open_connection(*self.upstream)
            except OSError:
                client_w.write(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                await client_w.drain()
                return
            up_w.write(request)
            await up_w.drain()
            response = await up_r.read()  # Connection: close → the node closes after its answer
            up_w.close()
            if fate == "lost":
                client_w.write(b"HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/plain\r\n"
                               b"Content-Length: 27\r\nConnection: close\r\n\r\ninjected 502 after forward")
            elif fate == "timeout":
                await asyncio.sleep(self.hold)
                return
            else:
                client_w.write(response)
            await client_w.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            try:
                client_w.close()
            except Exception:  # noqa: BLE001
                pass


class ProxyProcess:
    """The same proxy in a child process (``python bench/proxy.py``), so it does not share the measured process's
    GIL: in-process, its event loop waits for the engine's signing thread at every chunk."""

    def __init__(self, upstream_port: int, *, delay: float = 0.0, fault_rate: float = 0.0):
        import subprocess
        import sys

        self._proc = subprocess.Popen([sys.executable, __file__, "--upstream", str(upstream_port), "--delay",
                                       str(delay), "--fault-rate", str(fault_rate)], stdout=subprocess.PIPE,
                                      text=True)
        line = self._proc.stdout.readline()
        if not line.startswith("proxy "):
            self._proc.kill()
            raise RuntimeError(f"proxy did not start: {line!r}")
        self.url = line.split()[1]
        self.port = int(self.url.rsplit(":", 1)[1])

    def stop(self) -> None:
        self._proc.terminate()
        try:
            self._proc.wait(10)
        except Exception:  # noqa: BLE001
            self._proc.kill()

    def __enter__(self) -> "ProxyProcess":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--upstream", type=int, required=True, help="node port on 127.0.0.1")
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--delay", type=float, default=0.05, help="seconds added in each direction")
    ap.add_argument("--fault-rate", type=float, default=0.0)
    args = ap.parse_args()
    proxy = Proxy("127.0.0.1", args.upstream, delay=args.delay, fault_rate=args.fault_rate,
                  listen_port=args.port).start()
    print(f"proxy {proxy.url} → 127.0.0.1:{args.upstream}", flush=True)
    import signal

    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        proxy.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
