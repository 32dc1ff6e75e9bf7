"""Start-up checks: a bad configuration fails with one line naming the setting, before any request is served."""
from __future__ import annotations

import requests

from .conf import OrbisConfigError, OrbisSettings


def check_ceramic_reachable(settings: OrbisSettings, timeout: float = 5.0) -> None:
    url = f"{settings.ceramic_url}/api/v0/node/healthcheck"
    try:
        response = requests.get(url, timeout=timeout)
    except requests.RequestException as exc:
        reason = type(exc).__name__
        if isinstance(exc, requests.ConnectionError):
            reason = "connection refused or host unreachable"
        elif isinstance(exc, requests.Timeout):
            reason = f"no answer within {timeout:g}s"
        raise OrbisConfigError(
            "ORBIS_CERAMIC_URL",
            f"the Ceramic node at {settings.ceramic_url} is unreachable ({reason}); start it or point the setting "
            "at a running node",
        ) from None
    if response.status_code != 200:
        raise OrbisConfigError(
            "ORBIS_CERAMIC_URL",
            f"{url} answered HTTP {response.status_code} ({response.text[:80].strip()!r}); is this a Ceramic node?",
        )
