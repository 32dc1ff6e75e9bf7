"""Where a sync writes: the node, the model, the context, how many writes in flight — resolved once per run.

A :class:`SyncTarget` is built in one of two ways, each value looked up once (like django-anymail's settings lookup):

    SyncTarget.from_settings(**given)       given argument → the server's setting (ORBIS_*) → default
    SyncTarget.for_storage(storage, **given) given argument → the storage's field → the server's setting → default

and :meth:`SyncTarget.for_project` picks the project's Ceramic Target Storage (the oldest, if several) or the server's
settings; :meth:`SyncTarget.for_job` names the target a job ran against. Everything that talks to the node for a sync
— jobs, verify, the provenance page, a storage's Check Connection — takes a target and gets its client from
:func:`ceramic_client`, the one place in the app that constructs a :class:`~orbis_export.ceramic.CeramicClient`.

Context: a storage's empty ``context_id`` means "the server's ORBIS_CONTEXT_ID"; the value ``none`` (:data:`NO_CONTEXT`)
means "no context" — documents of that storage carry none even when the server has one. As an argument, ``""`` (or
``none``) means no context and ``None`` means "not given".

Which nodes a target may name (the server sends signed rows there and reads the answers): its configured node,
or one listed in ``ORBIS_ALLOWED_NODE_URLS``; in production never a loopback/private/link-local address besides the
configured node (:func:`node_url_refusal`). A target that names another node has a :attr:`SyncTarget.refusal`, and
:func:`ceramic_client` refuses to build a client for it (:class:`TargetRefused`), whatever the caller.
"""
from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings

from .ceramic import CeramicClient
from .errors import SyncError

NO_CONTEXT = "none"  # a storage's context_id meaning "no context" (not the server's)

# SyncTarget field → (the server's setting on settings.ORBIS, the Target Storage's field or None)
_LOOKUP: dict[str, tuple[str, str | None]] = {
    "ceramic_url": ("ceramic_url", "ceramic_url"),
    "model_id": ("model_id", "model_id"),
    "context_id": ("context_id", "context_id"),
    "concurrency": ("sync_concurrency", "concurrency"),
    "request_timeout": ("request_timeout", None),
    "orbisdb_url": ("orbisdb_url", "orbisdb_url"),
    "env_id": ("env_id", None),
}


class TargetRefused(SyncError):
    """The target names a node this server must not send requests to (see :func:`node_url_refusal`)."""

    def __init__(self, detail: str):
        super().__init__("node_not_allowed", detail, status=400)


@dataclass(frozen=True)
class SyncTarget:
    ceramic_url: str
    model_id: str  # "": none configured (a sync cannot start)
    context_id: str  # "": the documents carry no context
    concurrency: int  # writes in flight
    request_timeout: float  # seconds per request
    orbisdb_url: str = ""  # "": no OrbisDB read-back
    env_id: str = ""  # OrbisDB environment (shared nodes)
    storage_id: int | None = field(default=None, compare=False)  # the Target Storage it was resolved for

    # --- building ------------------------------------------------------------------------------------------------
    @classmethod
    def from_settings(cls, project=None, **given: Any) -> SyncTarget:
        """The server's target: each value from ``given`` (when not None), else ``settings.ORBIS``; with a
        ``project``, its model is the project's newest recorded one (``modelregistry``) before ORBIS_MODEL_ID."""
        return cls._resolve(None, given, project)

    @classmethod
    def for_storage(cls, storage, **given: Any) -> SyncTarget:
        """A Ceramic Target Storage's target: each value from ``given``, else the storage's field (when set), else the
        server's setting (for the model: the project's newest recorded model, then the server's setting)."""
        return cls._resolve(storage, given, getattr(storage, "project", None))

    @classmethod
    def for_project(cls, project) -> SyncTarget:
        """The project's target: its Ceramic Target Storage's (the oldest, if several), else the server's."""
        storages = getattr(project, "orbis_export_ceramicexportstorages", None)  # Label Studio's related_name
        storage = storages.order_by("id").first() if storages is not None and project.pk else None
        return cls.for_storage(storage) if storage is not None else cls.from_settings(project)

    @classmethod
    def for_job(cls, job) -> SyncTarget:
        """The target a job ran (or runs) against: for a Target Storage's job, the project's storage writing to the
        job's model; otherwise the server's settings with the job's model."""
        if job.trigger in (job.Trigger.STORAGE, job.Trigger.AUTO) and job.model_id:
            for storage in job.project.orbis_export_ceramicexportstorages.order_by("id"):
                target = cls.for_storage(storage)
                if target.model_id == job.model_id:
                    return target
        return cls.from_settings(job.project, model_id=job.model_id or None)

    @classmethod
    def _resolve(cls, storage, given: dict[str, Any], project=None) -> SyncTarget:
        unknown = set(given) - set(_LOOKUP)
        if unknown:
            raise TypeError(f"unknown SyncTarget values: {', '.join(sorted(unknown))}")
        o = settings.ORBIS
        values: dict[str, Any] = {}
        for name, (setting, storage_field) in _LOOKUP.items():
            value = given.get(name)
            if value is None and storage is not None and storage_field is not None:
                stored = getattr(storage, storage_field, None)
                value = stored.strip() if isinstance(stored, str) else stored
                value = None if value in (None, "") else value
            if value is None and name == "model_id" and getattr(project, "pk", None):
                from .modelregistry import current_model_id

                value = current_model_id(project.pk) or None
            values[name] = getattr(o, setting) if value is None else value
        if str(values["context_id"]).strip().lower() == NO_CONTEXT:
            values["context_id"] = ""
        values["ceramic_url"] = str(values["ceramic_url"]).rstrip("/")
        values["orbisdb_url"] = str(values["orbisdb_url"] or "").rstrip("/")
        values["concurrency"] = max(1, min(int(values["concurrency"]), 64))
        return cls(**values, storage_id=getattr(storage, "pk", None))

    # --- reading -------------------------------------------------------------------------------------------------
    @property
    def context(self) -> str | None:
        """The context stream every document carries (None: none)."""
        return self.context_id or None

    @cached_property
    def refusal(self) -> str | None:
        """Why this server must not send requests to the target's nodes (None: it may). Computed once."""
        reasons = [r for r in (node_url_refusal(self.ceramic_url, "ceramic_url"),
                               node_url_refusal(self.orbisdb_url, "orbisdb_url")) if r]
        return "; ".join(reasons) or None

    def but(self, **changes: Any) -> SyncTarget:
        """A copy with some values changed (e.g. ``target.but(concurrency=2)``)."""
        return replace(self, **changes)


def ceramic_client(target: SyncTarget, *, timeout: float | None = None, connect_timeout: float | None = None,
                   pool: int | None = None) -> CeramicClient:
    """THE constructor of Ceramic clients in this app: a pooled client for the target's node (``pool`` defaults to
    the writes in flight + 2; ``timeout`` to the target's). Raises :class:`TargetRefused` for a node the server must
    not talk to, and ``CeramicConfigError`` for a URL that is not http(s)."""
    refusal = target.refusal
    if refusal:
        raise TargetRefused(refusal)
    extra = {} if connect_timeout is None else {"connect_timeout": connect_timeout}
    return CeramicClient(target.ceramic_url, timeout=target.request_timeout if timeout is None else timeout,
                         pool=pool or target.concurrency + 2, **extra)


def orbisdb_client(target: SyncTarget):
    """A read client for the target's OrbisDB node (None when it has none). Refuses like :func:`ceramic_client`."""
    if not target.orbisdb_url:
        return None
    refusal = target.refusal
    if refusal:
        raise TargetRefused(refusal)
    from .orbisdb import OrbisDBClient

    return OrbisDBClient(target.orbisdb_url, env=target.env_id, timeout=target.request_timeout)


# --- which nodes a target may name -----------------------------------------------------------------------------------
_NODE_FIELDS = {"ceramic_url": ("Ceramic node", "ORBIS_CERAMIC_URL"),
                "orbisdb_url": ("OrbisDB node", "ORBIS_ORBISDB_URL")}


def normalize_node_url(url: str) -> str:
    """The form URLs are compared in: scheme and host lower-cased, no trailing slash ('' stays '')."""
    url = (url or "").strip()
    if not url:
        return ""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path.rstrip("/"), parts.query,
                       parts.fragment))


def non_public_address(host: str) -> str | None:
    """Why ``host`` is not a public node: the first address it resolves to that is loopback, private, link-local,
    unspecified (or otherwise not globally routable: reserved, multicast, shared), or that it does not resolve.
    None when every address is public."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return f"{host} does not resolve"
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        mapped = getattr(address, "ipv4_mapped", None)
        for ip in (address, mapped) if mapped is not None else (address,):
            if (ip.is_loopback or ip.is_private or ip.is_link_local or ip.is_unspecified or ip.is_reserved
                    or ip.is_multicast or not ip.is_global):
                return f"{host} resolves to {address}, a loopback/private/link-local address"
    return None


def node_url_refusal(url: str, field: str = "ceramic_url") -> str | None:
    """Why the server must not send requests to ``url`` named as ``field`` (``ceramic_url`` or ``orbisdb_url``);
    None when it may. No request is made here (production resolves the host name)."""
    what, setting = _NODE_FIELDS[field]
    value = (url or "").strip()
    if not value:
        return None  # the server's own node
    o = settings.ORBIS
    shown = value if len(value) <= 120 else value[:120] + "…"
    parts = urlsplit(value)
    if (parts.scheme.lower() not in ("http", "https") or not parts.hostname or parts.username is not None
            or parts.password is not None or parts.query or parts.fragment):
        return (f"{shown!r} is not a {what} URL: expected http(s)://host[:port] without user, query or fragment; "
                f"leave it empty to use this server's node ({setting}), or ask an administrator to add the node to "
                f"ORBIS_ALLOWED_NODE_URLS")
    key = normalize_node_url(value)
    configured = o.ceramic_url if field == "ceramic_url" else o.orbisdb_url
    if configured and key == normalize_node_url(configured):
        return None
    if key not in {normalize_node_url(u) for u in o.allowed_node_urls}:
        return (f"the {what} URL {shown} is not allowed: leave it empty to use this server's node ({setting}), or "
                f"ask an administrator to add it to ORBIS_ALLOWED_NODE_URLS")
    if o.production:
        address = non_public_address(parts.hostname)
        if address is not None:
            return (f"the {what} URL {shown} is refused in production: {address} (ORBIS_ALLOWED_NODE_URLS may "
                    f"list only public nodes; the server's own node is {setting})")
    return None


__all__ = ["SyncTarget", "NO_CONTEXT", "TargetRefused", "ceramic_client", "orbisdb_client", "node_url_refusal",
           "non_public_address", "normalize_node_url"]
