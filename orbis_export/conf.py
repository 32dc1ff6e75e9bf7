"""The one place that reads orbis-label-studio's settings.

Every ``ORBIS_*`` / ``PRIVY_*`` value comes from the environment, then from a ``.env`` file (the environment
wins). Defaults work offline against the local node from ``devnode/``. Every error names its setting, so a bad
configuration fails at start-up with one readable line instead of deep inside a request.
"""
from __future__ import annotations

import json
import os
import re
import secrets
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Callable, Mapping
from urllib.parse import urlparse

from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured

from .ceramic.errors import CeramicError
from .ceramic.streamid import StreamID

MODES = ("local", "production")
SIGNER_FALLBACKS = ("pending", "exporter", "service")
DEFAULT_CERAMIC_URL = "http://127.0.0.1:7007"
DEFAULT_DEVNODE_IPFS_PORT = 5011  # the local node's IPFS API when ORBIS_DEVNODE_IPFS_PORT is not set (if free)
_LOOPBACK_HOSTS = ("localhost", "::1")
_DURATION_RE = re.compile(r"^\s*(\d+)\s*([smhd]?)\s*$")
_DURATION_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str, *, unit_required: bool = False) -> timedelta:
    """``7d``, ``25h``, ``90m``, ``3600s`` (a bare number is seconds unless ``unit_required``) as a timedelta; the one
    parser of durations (settings, ``orbis_sync --since 12h``, the sync API's ``since``). ``ValueError`` says what
    was expected."""
    match = _DURATION_RE.match(text or "") if isinstance(text, str) else None
    if not match or (unit_required and not match[2]):
        raise ValueError(f"expected a duration like 7d, 25h, 90m or 3600s, got {text!r}")
    return timedelta(seconds=int(match[1]) * _DURATION_UNITS[match[2]])


class OrbisConfigError(ImproperlyConfigured):
    """A setting is missing or malformed. ``str()`` is one line that starts with the setting's name."""

    def __init__(self, setting: str, problem: str):
        self.setting = setting
        self.problem = problem
        super().__init__(f"{setting}: {problem}")


@dataclass(frozen=True)
class OrbisSettings:
    mode: str
    data_dir: Path
    host: str
    port: int
    ceramic_url: str
    start_devnode: bool
    orbisdb_url: str
    orbisdb_studio_url: str
    env_id: str
    context_id: str
    model_id: str
    model_schema: dict | None
    privy_app_id: str
    test_wallet_enabled: bool
    session_max_lifetime: timedelta
    session_default_lifetime: timedelta
    session_min_remaining: timedelta
    signer_fallback: str
    sync_concurrency: int
    request_timeout: float
    source: str
    # Secrets: kept out of repr so they never land in a log line or a traceback.
    secret_key: bytes = field(repr=False)
    ceramic_admin_seed: bytes = field(repr=False)
    service_seed: bytes | None = field(repr=False, default=None)
    # serialized did-session of an OrbisDB admin did:pkh (admin routes: index the model, register the context)
    orbisdb_admin_session: str = field(repr=False, default="")
    # Redis for Label Studio's RQ job queue (REDIS_LOCATION, as Label Studio names it); '' = no queue (in-process)
    redis_location: str = field(repr=False, default="")
    # the origin users reach this server at (scheme://host[:port]); the SIWE domain comes from it, never from a
    # request's Host header
    public_url: str = "http://127.0.0.1:8080"
    # Ceramic node URLs a Target Storage may name besides ``ceramic_url`` (ORBIS_ALLOWED_NODE_URLS)
    allowed_node_urls: tuple[str, ...] = ()
    # IPFS API port of the local node (ORBIS_DEVNODE_IPFS_PORT); None: 5011 if free, else any free port
    devnode_ipfs_port: int | None = None
    # Django's SECRET_KEY (signs login sessions): generated once into the data dir in local mode, required in
    # production; handed to Label Studio through the environment
    django_secret_key: str = field(repr=False, default="")
    # models in the loop (issue 16): write predictions as documents signed by their model version
    # (ORBIS_SYNC_PREDICTIONS); `make run` starts the bundled ML backend (ORBIS_ML_BACKEND) on ORBIS_ML_BACKEND_PORT
    sync_predictions: bool = True
    ml_backend: bool = False
    ml_backend_port: int = 9090

    @property
    def production(self) -> bool:
        return self.mode == "production"

    @property
    def public_host(self) -> str:
        """Host name (no port) of ``public_url``: the SIWE domain, and ALLOWED_HOSTS in production."""
        return (urlparse(self.public_url).hostname or "").lower()

    def public_config(self) -> dict:
        """What the browser may see (no secrets)."""
        return {
            "privyAppId": self.privy_app_id,
            "testWallet": self.test_wallet_enabled,
            "modelId": self.model_id,
            "contextId": self.context_id,
            "studioUrl": self.orbisdb_studio_url,
            "apiBase": "/api/orbis",
        }


def default_data_dir() -> Path:
    """``<checkout>/data`` when running from a source checkout, else a per-user directory."""
    checkout = Path(__file__).resolve().parent.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "manage.py").is_file():
        return checkout / "data"
    return Path.home() / ".local" / "share" / "orbis-label-studio"


def read_env_file(path: Path, environ: dict) -> None:
    """Load KEY=VALUE lines of a .env file into ``environ`` without overriding what is already set."""
    if not path.is_file():
        return
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("export "):
            line = line[len("export "):]
        key, sep, value = line.partition("=")
        key, value = key.strip(), value.strip()
        if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
            raise OrbisConfigError("ORBIS_ENV_FILE", f"{path}:{number}: expected KEY=VALUE, got {raw.strip()[:60]!r}")
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        environ.setdefault(key, value)


class _Reader:
    def __init__(self, environ: Mapping[str, str]):
        self.env = environ

    def str(self, name: str, default: str = "") -> str:
        return self.env.get(name, default).strip()

    def bool(self, name: str, default: bool) -> bool:
        raw = self.str(name)
        if raw == "":
            return default
        if raw.lower() in ("1", "true", "yes", "on"):
            return True
        if raw.lower() in ("0", "false", "no", "off"):
            return False
        raise OrbisConfigError(name, f"expected true/false, got {raw!r}")

    def int(self, name: str, default: int, lo: int, hi: int) -> int:
        raw = self.str(name)
        if raw == "":
            return default
        try:
            value = int(raw)
        except ValueError:
            raise OrbisConfigError(name, f"expected a whole number, got {raw!r}") from None
        if not lo <= value <= hi:
            raise OrbisConfigError(name, f"must be between {lo} and {hi}, got {value}")
        return value

    def float(self, name: str, default: float, lo: float, hi: float) -> float:
        raw = self.str(name)
        if raw == "":
            return default
        try:
            value = float(raw)
        except ValueError:
            raise OrbisConfigError(name, f"expected a number, got {raw!r}") from None
        if not lo <= value <= hi:
            raise OrbisConfigError(name, f"must be between {lo} and {hi}, got {value}")
        return value

    def choice(self, name: str, default: str, choices: tuple[str, ...]) -> str:
        value = self.str(name, default).lower() or default
        if value not in choices:
            raise OrbisConfigError(name, f"must be one of {', '.join(choices)}, got {value!r}")
        return value

    def duration(self, name: str, default: str) -> timedelta:
        raw = self.str(name, default) or default
        try:
            return parse_duration(raw)
        except ValueError as exc:
            raise OrbisConfigError(name, str(exc)) from None

    def url(self, name: str, default: str = "") -> str:
        raw = self.str(name, default)
        if raw == "":
            return ""
        parsed = urlparse(raw)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise OrbisConfigError(name, f"expected an http(s) URL like {DEFAULT_CERAMIC_URL}, got {raw!r}")
        return raw.rstrip("/")

    def stream_id(self, name: str) -> str:
        raw = self.str(name)
        if raw:
            try:
                StreamID.parse(raw)
            except CeramicError:
                raise OrbisConfigError(
                    name, f"{raw!r} is not a Ceramic stream ID (expected a 'k…' ID as shown in OrbisDB Studio)"
                ) from None
        return raw

    def hex_seed(self, name: str) -> bytes | None:
        raw = self.str(name)
        if raw == "":
            return None
        try:
            seed = bytes.fromhex(raw.removeprefix("0x"))
        except ValueError:
            seed = b""
        if len(seed) != 32:
            raise OrbisConfigError(name, "expected 64 hex characters (a 32-byte seed)")
        return seed


def local_secret(path: Path, make: Callable[[], str]) -> str:
    """Read a generated secret from the data dir, creating it (mode 0600) on first use."""
    if path.is_file():
        return path.read_text(encoding="ascii").strip()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    value = make()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(value + "\n")
    return value


def _secret_key(r: _Reader, mode: str, data_dir: Path) -> bytes:
    raw = r.str("ORBIS_SECRET_KEY")
    if raw == "":
        if mode == "production":
            raise OrbisConfigError(
                "ORBIS_SECRET_KEY",
                "required when ORBIS_MODE=production (encrypts session keys at rest); generate one with "
                "python -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())'",
            )
        raw = local_secret(data_dir / "secrets" / "orbis_secret_key", lambda: Fernet.generate_key().decode())
    # several keys, comma-separated, rotate without downtime: the first encrypts, any of them decrypts
    # (MultiFernet); `manage.py orbis_rotate_secret_key` then re-encrypts every stored seed with the first
    keys = [k.strip() for k in raw.split(",")]
    for position, key in enumerate(keys, 1):
        try:
            Fernet(key.encode())
        except (ValueError, TypeError):
            which = f" (key {position} of {len(keys)})" if len(keys) > 1 else ""
            raise OrbisConfigError("ORBIS_SECRET_KEY", f"expected a Fernet key (32 bytes, url-safe base64){which}; "
                                   "several keys are separated by commas, the first one encrypts") from None
    return ",".join(keys).encode()


def _label_studio_generated_key(r: _Reader, data_dir: Path) -> str:
    """The SECRET_KEY an earlier start let Label Studio write into its own data dir (``<dir>/.env``), if any."""
    ls_dir = Path(r.str("LABEL_STUDIO_BASE_DATA_DIR") or data_dir / "label-studio").expanduser()
    try:
        lines = (ls_dir / ".env").read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return ""
    found = [line.partition("=")[2].strip() for line in lines if line.startswith("SECRET_KEY=")]
    return found[-1] if found and found[-1] else ""


def _django_secret_key(r: _Reader, mode: str, data_dir: Path) -> str:
    """Django's SECRET_KEY (Label Studio's name for it). Local: generated once into the data dir, so logins survive
    a restart (taking over the key Label Studio generated itself before, if there is one). Production: required."""
    raw = r.str("SECRET_KEY")
    if raw:
        return raw
    if mode == "production":
        raise OrbisConfigError(
            "SECRET_KEY",
            "required when ORBIS_MODE=production (Django's key: it signs the login sessions, so every server and "
            "every restart must use the same one); generate one with "
            "python -c 'import secrets; print(secrets.token_urlsafe(50))'",
        )
    return local_secret(data_dir / "secrets" / "django_secret_key",
                        lambda: _label_studio_generated_key(r, data_dir) or secrets.token_urlsafe(50))


def is_loopback_url(url: str) -> bool:
    """An http URL on this machine's loopback (127.0.0.0/8, ::1, localhost): where the local node can run."""
    parsed = urlparse(url)
    host = (parsed.hostname or "").lower()
    return parsed.scheme == "http" and (host in _LOOPBACK_HOSTS or re.fullmatch(r"127(\.\d{1,3}){3}", host) is not None)


def _devnode_ipfs_port(r: _Reader, ceramic_url: str) -> int | None:
    port = r.int("ORBIS_DEVNODE_IPFS_PORT", 0, 1, 65535) or None
    if port is not None and port == urlparse(ceramic_url).port:
        raise OrbisConfigError("ORBIS_DEVNODE_IPFS_PORT", f"must differ from the Ceramic port in ORBIS_CERAMIC_URL "
                               f"({port})")
    return port


def _model_schema(r: _Reader, data_dir: Path) -> dict | None:
    raw = r.str("ORBIS_MODEL_SCHEMA")
    if raw == "":
        return None
    try:
        text = raw if raw.lstrip().startswith("{") else Path(raw).read_text(encoding="utf-8")
        schema = json.loads(text)
    except OSError as exc:
        raise OrbisConfigError("ORBIS_MODEL_SCHEMA", f"cannot read {raw!r}: {exc.strerror}") from None
    except json.JSONDecodeError as exc:
        raise OrbisConfigError("ORBIS_MODEL_SCHEMA", f"not valid JSON: {exc}") from None
    if not isinstance(schema, dict) or schema.get("type") != "object":
        raise OrbisConfigError("ORBIS_MODEL_SCHEMA", "expected a JSON schema object with \"type\": \"object\"")
    return schema


def _orbisdb_admin_session(r: _Reader, orbisdb_url: str) -> str:
    """A serialized did-session (as the OrbisDB SDK stores it in ``orbis:session``) of an admin did:pkh."""
    raw = r.str("ORBIS_ORBISDB_ADMIN_SESSION")
    if raw == "":
        return ""
    if not orbisdb_url:
        raise OrbisConfigError("ORBIS_ORBISDB_ADMIN_SESSION", "set ORBIS_ORBISDB_URL too (the node it is for)")
    from .ceramic.session import Session

    try:
        did = Session.from_serialized(raw).did
    except (CeramicError, ValueError, KeyError, TypeError):
        raise OrbisConfigError("ORBIS_ORBISDB_ADMIN_SESSION", "not a serialized did-session (the string the OrbisDB "
                               "SDK keeps in localStorage 'orbis:session')") from None
    if not did.startswith("did:pkh:"):
        raise OrbisConfigError("ORBIS_ORBISDB_ADMIN_SESSION", f"OrbisDB admins are wallet DIDs (did:pkh), got {did}")
    return raw


def _redis_location(r: _Reader) -> str:
    raw = r.str("REDIS_LOCATION")
    if raw == "":
        return ""
    parsed = urlparse(raw)
    if parsed.scheme not in ("redis", "rediss", "unix") or not (parsed.netloc or parsed.path):
        raise OrbisConfigError("REDIS_LOCATION", f"expected redis://host:port/db (or rediss://, unix://), got "
                               f"{parsed.scheme or raw[:20]!r}…")
    return raw


def _public_url(r: _Reader, mode: str, host: str, port: int) -> str:
    """Where users reach this server. Local mode: the address ``make run`` serves; production: required."""
    raw = r.url("ORBIS_PUBLIC_URL")
    if raw == "":
        if mode == "production":
            raise OrbisConfigError("ORBIS_PUBLIC_URL", "required when ORBIS_MODE=production: the origin users open "
                                   "(e.g. https://label.example.org); wallets show its host in the sign-in message")
        shown = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
        return f"http://{shown}:{port}"
    parsed = urlparse(raw)
    if parsed.path not in ("", "/") or parsed.query or parsed.fragment or parsed.username or parsed.password:
        raise OrbisConfigError("ORBIS_PUBLIC_URL", f"expected an origin like https://label.example.org (no path, "
                               f"query or user), got {raw!r}")
    if mode == "production" and parsed.scheme != "https":
        raise OrbisConfigError("ORBIS_PUBLIC_URL", "must be https:// when ORBIS_MODE=production")
    return f"{parsed.scheme}://{parsed.netloc.lower()}"


def _allowed_node_urls(r: _Reader) -> tuple[str, ...]:
    raw = r.str("ORBIS_ALLOWED_NODE_URLS")
    urls = []
    for position, item in enumerate((p.strip() for p in raw.split(",")), 1):
        if not item:
            continue
        parsed = urlparse(item)
        if parsed.scheme not in ("http", "https") or not parsed.netloc or parsed.query or parsed.fragment:
            raise OrbisConfigError("ORBIS_ALLOWED_NODE_URLS", f"entry {position}: expected an http(s) URL like "
                                   f"{DEFAULT_CERAMIC_URL}, got {item[:80]!r}")
        urls.append(item.rstrip("/"))
    return tuple(urls)


def _source(r: _Reader) -> str:
    """``source`` written into every row: which Label Studio instance wrote it (part of the content hash)."""
    value = r.str("ORBIS_SOURCE", "orbis-label-studio") or "orbis-label-studio"
    if len(value) > 256 or not value.isprintable():
        raise OrbisConfigError("ORBIS_SOURCE", "expected up to 256 printable characters naming this Label Studio")
    return value


def load(environ: Mapping[str, str] | None = None) -> OrbisSettings:
    """Read and validate every setting; raises ``OrbisConfigError`` naming the first bad one."""
    r = _Reader(os.environ if environ is None else environ)
    mode = r.choice("ORBIS_MODE", "local", MODES)
    data_dir = Path(r.str("ORBIS_DATA_DIR") or default_data_dir()).expanduser().resolve()

    ceramic_url = r.url("ORBIS_CERAMIC_URL", DEFAULT_CERAMIC_URL)
    default_lifetime = r.duration("ORBIS_SESSION_LIFETIME", "7d")
    max_lifetime = r.duration("ORBIS_SESSION_MAX_LIFETIME", "7d")
    min_remaining = r.duration("ORBIS_SESSION_MIN_REMAINING", "25h")
    if default_lifetime > max_lifetime:
        raise OrbisConfigError("ORBIS_SESSION_LIFETIME", "is longer than ORBIS_SESSION_MAX_LIFETIME")
    if min_remaining >= default_lifetime:
        raise OrbisConfigError("ORBIS_SESSION_MIN_REMAINING", "must be shorter than ORBIS_SESSION_LIFETIME")

    orbisdb_url = r.url("ORBIS_ORBISDB_URL")
    orbisdb_admin_session = _orbisdb_admin_session(r, orbisdb_url)

    privy_app_id = r.str("PRIVY_APP_ID")
    if privy_app_id and not re.fullmatch(r"[a-z0-9]{25}", privy_app_id):
        raise OrbisConfigError("PRIVY_APP_ID", "expected the 25-character app id from the Privy dashboard")
    test_wallet = r.bool("ORBIS_TEST_WALLET", default=(mode == "local"))
    if test_wallet and mode == "production":
        raise OrbisConfigError("ORBIS_TEST_WALLET", "the local test-key wallet cannot be enabled in production")

    signer_fallback = r.choice("ORBIS_SIGNER_FALLBACK", "pending", SIGNER_FALLBACKS)
    service_seed = r.hex_seed("ORBIS_SERVICE_SEED")
    if signer_fallback == "service" and service_seed is None:
        raise OrbisConfigError("ORBIS_SERVICE_SEED", "required when ORBIS_SIGNER_FALLBACK=service")

    host = r.str("ORBIS_HOST", "127.0.0.1") or "127.0.0.1"
    port = r.int("ORBIS_PORT", 8080, 1, 65535)
    secret_key = _secret_key(r, mode, data_dir)  # before the public URL: production needs it first

    public_url = _public_url(r, mode, host, port)

    admin_seed = r.hex_seed("ORBIS_CERAMIC_ADMIN_SEED")
    if admin_seed is None:
        admin_seed = bytes.fromhex(
            local_secret(data_dir / "secrets" / "ceramic_admin_seed", lambda: secrets.token_hex(32))
        )

    return OrbisSettings(
        mode=mode,
        data_dir=data_dir,
        host=host,
        port=port,
        ceramic_url=ceramic_url,
        # local mode: a loopback URL is the local node's address (any port), started by `make run`
        start_devnode=r.bool("ORBIS_DEVNODE", default=(mode == "local" and is_loopback_url(ceramic_url))),
        devnode_ipfs_port=_devnode_ipfs_port(r, ceramic_url),
        orbisdb_url=orbisdb_url,
        orbisdb_studio_url=r.url("ORBIS_STUDIO_URL"),
        env_id=r.str("ORBIS_ENV_ID"),
        context_id=r.stream_id("ORBIS_CONTEXT_ID"),
        model_id=r.stream_id("ORBIS_MODEL_ID"),
        model_schema=_model_schema(r, data_dir),
        privy_app_id=privy_app_id,
        test_wallet_enabled=test_wallet,
        session_max_lifetime=max_lifetime,
        session_default_lifetime=default_lifetime,
        session_min_remaining=min_remaining,
        signer_fallback=signer_fallback,
        sync_concurrency=r.int("ORBIS_SYNC_CONCURRENCY", 16, 1, 64),
        request_timeout=r.float("ORBIS_REQUEST_TIMEOUT", 30.0, 1.0, 600.0),
        source=_source(r),
        public_url=public_url,
        django_secret_key=_django_secret_key(r, mode, data_dir),
        allowed_node_urls=_allowed_node_urls(r),
        secret_key=secret_key,
        ceramic_admin_seed=admin_seed,
        service_seed=service_seed,
        orbisdb_admin_session=orbisdb_admin_session,
        redis_location=_redis_location(r),
        sync_predictions=r.bool("ORBIS_SYNC_PREDICTIONS", default=True),
        ml_backend=r.bool("ORBIS_ML_BACKEND", default=mode == "local"),
        ml_backend_port=r.int("ORBIS_ML_BACKEND_PORT", 9090, 1, 65535),
    )


def label_studio_environment(settings: OrbisSettings, environ: dict) -> None:
    """Quiet, offline defaults for Label Studio, and safe production defaults (set only where the operator has not
    chosen otherwise: Label Studio reads ``LABEL_STUDIO_<NAME>``, ``HEARTEX_<NAME>``, then ``<NAME>``, so an explicit
    value under any of these names wins).

    Production:
    * ``ALLOWED_HOSTS`` = the public host (ORBIS_PUBLIC_URL) plus the loopback names, instead of Label Studio's
      ``*``. Loopback stays so health checks and admin commands on the machine itself (``curl
      http://127.0.0.1:8080/health``, a container HEALTHCHECK) keep working; a remote client can send
      ``Host: localhost``, but that name cannot point anywhere else, and no signed text is built from a Host header.
    * ``CSRF_TRUSTED_ORIGINS`` = the public origin (behind a TLS-terminating proxy Django sees http, while the
      browser's Origin header is the https public origin).
    * ``DISABLE_SIGNUP_WITHOUT_LINK=1``: signing up needs the organization's invite link; otherwise anyone who
      reaches the server could sign up and become a member of the first organization (Label Studio's default).
    """
    environ.setdefault("LABEL_STUDIO_BASE_DATA_DIR", str(settings.data_dir / "label-studio"))
    if settings.django_secret_key:  # Label Studio would otherwise generate one (and warn about it) at every start
        environ.setdefault("SECRET_KEY", settings.django_secret_key)
    environ.setdefault("SENTRY_DSN", "")
    environ.setdefault("FRONTEND_SENTRY_DSN", "")
    environ.setdefault("COLLECT_ANALYTICS", "0")
    environ.setdefault("LATEST_VERSION_CHECK", "0")
    # ML backends: a task page waits at most this long for a suggestion (Label Studio's predict call ignores the
    # backend's own timeout; its default of 100 s holds the page); in local mode a backend on this machine (the
    # bundled one) may be connected — Label Studio's webhooks keep their SSRF protection
    environ.setdefault("ML_TIMEOUT_PREDICT", "10")
    if not settings.production:
        environ.setdefault("ML_BLOCK_LOCAL_IP", "0")
    if settings.production:
        environ.setdefault("DEBUG", "0")

        def default(name: str, value: str) -> None:
            names = [prefix + name for prefix in ("LABEL_STUDIO_", "HEARTEX_", "")]
            if any(environ.get(n, "").strip() for n in names):
                return  # the operator's explicit choice
            for n in names:  # an empty value would make Label Studio fall back to its own default ('*' hosts)
                environ.pop(n, None)
            environ[name] = value

        public = f"[{settings.public_host}]" if ":" in settings.public_host else settings.public_host  # IPv6
        loopback = ("localhost", "127.0.0.1", "[::1]")
        default("ALLOWED_HOSTS", ",".join(dict.fromkeys((public, *loopback))))
        parsed = urlparse(settings.public_url)  # as browsers write Origin: no default port
        port = "" if parsed.port in (None, {"https": 443, "http": 80}.get(parsed.scheme)) else f":{parsed.port}"
        default("CSRF_TRUSTED_ORIGINS", f"{parsed.scheme}://{public}{port}")
        default("DISABLE_SIGNUP_WITHOUT_LINK", "1")
