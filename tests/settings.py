"""Test settings: a throw-away data dir (./data/test) holding a file-based SQLite test DB, so --reuse-db works.

Set ORBIS_DATA_DIR to give a test session its own data dir and database (subprocesses started by tests inherit it).
"""
import os
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent
_DATA = _ROOT / "data" / "test"
os.environ.setdefault("ORBIS_DATA_DIR", str(_DATA))
os.environ["ORBIS_ENV_FILE"] = os.devnull  # a developer's .env must not leak into tests
os.environ.setdefault("ORBIS_DEVNODE", "0")
# the public origin: the SIWE domain comes from it (never from the Host header); Django's test client sends
# Host: testserver, and the browser tests (live server on localhost:<port>) sign whatever text the challenge returns
os.environ.setdefault("ORBIS_PUBLIC_URL", "http://testserver")

from label_studio_orbis.settings import *  # noqa: E402,F401,F403

DATABASES["default"]["TEST"] = {"NAME": str(Path(os.environ["ORBIS_DATA_DIR"]) / "test_db.sqlite3")}  # noqa: F405
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast logins in tests
