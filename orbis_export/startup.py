"""Start-up checks: a bad configuration fails with one line naming the setting, before any request is served."""
from __future__ import annotations

from .ceramic.errors import CeramicError
from .conf import OrbisConfigError, OrbisSettings, is_loopback_url
from .target import SyncTarget, ceramic_client


def check_ceramic_reachable(settings: OrbisSettings, timeout: float = 5.0) -> None:
    target = SyncTarget.from_settings(ceramic_url=settings.ceramic_url)
    client = ceramic_client(target, timeout=timeout, connect_timeout=timeout, pool=1)
    try:
        alive = client.healthcheck()
    except CeramicError as exc:
        # the client's message repeats the URL ("Ceramic node unreachable at …: ConnectError"): keep its last word
        why = exc.message.rsplit(": ", 1)[-1]
        raise OrbisConfigError("ORBIS_CERAMIC_URL",
                               f"no Ceramic node answers at {settings.ceramic_url} ({why}); {_what_to_do(settings)}") from None
    finally:
        client.close()
    if not alive:
        raise OrbisConfigError("ORBIS_CERAMIC_URL", f"{settings.ceramic_url} answered, but not as a Ceramic node")


def _what_to_do(settings: OrbisSettings) -> str:
    if settings.start_devnode:
        return f"the local node was started but does not answer: see its logs in {settings.data_dir / 'ceramic' / 'logs'}"
    if not settings.production and is_loopback_url(settings.ceramic_url):
        return ("to have `make run` start the local node at this address, set ORBIS_DEVNODE=1 (it is off here); "
                "else start your node or point ORBIS_CERAMIC_URL at a running one")
    return "start the node, or point ORBIS_CERAMIC_URL at a running one"
