"""The one JSON-over-HTTP base of our node clients (Ceramic here, OrbisDB in ``orbis_export/orbisdb.py``).

It owns the pooled ``requests`` session, the (connect, read) timeouts and the turning of transport failures into the
client's own *unavailable* error; each client keeps what is its own: paths, bodies, and how it reads a refusal."""
from __future__ import annotations

from typing import Any, Mapping
from urllib.parse import urlparse

import requests
from requests.adapters import HTTPAdapter

from .errors import ExchangeError

# answers that say "try again later" whatever the service
TRANSIENT_STATUSES = frozenset({408, 425, 429, 502, 503, 504})


class JsonHttpClient:
    """Thread-safe: the pool holds ``pool`` connections. Subclasses set ``service`` (for messages), ``unavailable``
    (raised for timeouts and refused connections) and ``config_error`` (raised for a malformed URL)."""

    service = "node"
    unavailable: type[ExchangeError] = ExchangeError
    config_error: type[Exception] = ValueError

    def __init__(self, url: str, *, timeout: float, connect_timeout: float, pool: int,
                 headers: Mapping[str, str] | None = None):
        parsed = urlparse(url or "")
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise self.config_error(f"{self.service} URL must be http(s)://host[:port], got {url!r}")
        self.url = url.rstrip("/")
        self.timeout = (connect_timeout, timeout)
        self._http = requests.Session()
        adapter = HTTPAdapter(pool_connections=2, pool_maxsize=max(1, pool), max_retries=0, pool_block=False)
        self._http.mount("http://", adapter)
        self._http.mount("https://", adapter)
        self._http.headers.update(dict(headers or {"Accept": "application/json"}))

    def close(self) -> None:
        self._http.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _send(self, method: str, url: str, *, data: bytes | None, headers: Mapping[str, str] | None,
              sent: Any) -> requests.Response:
        try:
            return self._http.request(method, url, data=data, headers=headers, timeout=self.timeout)
        except requests.Timeout as exc:
            raise self.unavailable(f"{self.service} did not answer in time: {exc.__class__.__name__}",
                                   sent=sent) from None
        except requests.RequestException as exc:
            raise self.unavailable(f"{self.service} unreachable at {self.url}: {exc.__class__.__name__}",
                                   sent=sent) from None

    @staticmethod
    def received(resp: requests.Response) -> Any:
        """The answer's JSON, or its text (clipped) when it is not JSON."""
        try:
            return resp.json()
        except ValueError:
            return resp.text[:2000]

    @classmethod
    def refusal(cls, resp: requests.Response, keys: tuple[str, ...] = ("error", "message")) -> tuple[Any, str]:
        """(the answer as received, its message) of a 4xx/5xx answer: the first of ``keys`` in its JSON, else the
        whole answer as text."""
        received = cls.received(resp)
        if isinstance(received, Mapping):
            message = next((received[k] for k in keys if received.get(k)), None)
            return received, str(message) if message is not None else resp.text
        return received, resp.text


__all__ = ["JsonHttpClient", "TRANSIENT_STATUSES"]
