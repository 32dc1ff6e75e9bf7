"""Start-up checks: a bad configuration fails with one line naming the setting, before any request is served."""
from __future__ import annotations

from .ceramic.errors import CeramicError
from .conf import OrbisConfigError, OrbisSettings
from .target import SyncTarget, ceramic_client


def check_ceramic_reachable(settings: OrbisSettings, timeout: float = 5.0) -> None:
    target = SyncTarget.from_settings(ceramic_url=settings.ceramic_url)
    client = ceramic_client(target, timeout=timeout, connect_timeout=timeout, pool=1)
    try:
        alive = client.healthcheck()
    except CeramicError as exc:
        raise OrbisConfigError(
            "ORBIS_CERAMIC_URL",
            f"the Ceramic node at {settings.ceramic_url} is unreachable ({exc.message}); start it or point the "
            "setting at a running node",
        ) from None
    finally:
        client.close()
    if not alive:
        raise OrbisConfigError("ORBIS_CERAMIC_URL", f"{settings.ceramic_url} answered, but not as a Ceramic node")
