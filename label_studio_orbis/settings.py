"""Django settings: Label Studio's own settings, then ours on top.

Label Studio imports its modules as top-level names (``core``, ``projects``…), so its package directory goes on
``sys.path`` here (not on PYTHONPATH: it holds a ``sitecustomize.py`` that runs at every interpreter start).
"""
import logging
import os
import sys
import warnings
from pathlib import Path

import label_studio

from orbis_export import conf

_LS_DIR = os.path.dirname(label_studio.__file__)
if _LS_DIR not in sys.path:
    sys.path.insert(0, _LS_DIR)

conf.read_env_file(Path(os.environ.get("ORBIS_ENV_FILE", ".env")), os.environ)
ORBIS = conf.load()
_SECRET_KEY_FROM_US = "SECRET_KEY" not in os.environ
conf.label_studio_environment(ORBIS, os.environ)

# Start-up noise a user should not see. Label Studio's settings log at DEBUG to the console until Django's logging
# is configured; django-environ then says "<data>/label-studio/.env not found" and "get 'SECRET_KEY' casted …"
# (the key is ours now: conf.py keeps it in the data dir). Its warnings still show.
logging.getLogger("environ").setLevel(logging.WARNING)
# Label Studio's labels_manager/serializers.py evaluates Project.objects.all() when imported, and that manager asks
# the database whether a column exists (core/utils/db.py has_column_cached), so Django warns "Accessing the database
# during app initialization" at every start. Not our code and harmless (a cached schema check);
# tests/startup/test_quiet_start.py checks that none of our modules does it.
warnings.filterwarnings("ignore", message="Accessing the database during app initialization",
                        category=RuntimeWarning)

# Label Studio's settings read django.conf.settings while they are being imported (Sentry, versions): point
# DJANGO_SETTINGS_MODULE at them for the duration of the import, then restore it.
_ours = os.environ.get("DJANGO_SETTINGS_MODULE")
os.environ["DJANGO_SETTINGS_MODULE"] = "core.settings.label_studio"
try:
    from core.settings.label_studio import *  # noqa: E402,F401,F403
finally:
    if _ours is None:
        os.environ.pop("DJANGO_SETTINGS_MODULE", None)
    else:
        os.environ["DJANGO_SETTINGS_MODULE"] = _ours
    if _SECRET_KEY_FROM_US:  # Label Studio has read it; processes we start (the node, workers) need not see it
        os.environ.pop("SECRET_KEY", None)

INSTALLED_APPS = [*INSTALLED_APPS, "orbis_export", "orbis_export.storage"]  # noqa: F405
# who saved each annotation (issue 12): the request is kept for the save receiver only while it is being handled
MIDDLEWARE = [*MIDDLEWARE, "orbis_export.authorship.AuthorshipMiddleware"]  # noqa: F405
ROOT_URLCONF = "label_studio_orbis.urls"
TEMPLATES[0]["DIRS"] = [str(Path(__file__).parent / "templates"), *TEMPLATES[0]["DIRS"]]  # noqa: F405

# --- Ceramic as a Label Studio Target Storage, and the RQ job queue (issue 6) ---------------------------------------
# Label Studio's storage list hook: its own types plus "Ceramic (OrbisDB)" (offered as a Target only).
GET_STORAGE_LIST = "orbis_export.storage.registry.get_storage_list"
# Anything but "opensource" switches Label Studio's frontend to its API-driven storage dialog (the default wizard
# has a hard-coded provider grid). Sentry stays off (FRONTEND_SENTRY_DSN is empty).
FRONTEND_SENTRY_ENVIRONMENT = os.environ.get("FRONTEND_SENTRY_ENVIRONMENT", "orbis")
# Label Studio's open-source settings hard-code RQ on localhost:6379 and never enable it: REDIS_LOCATION turns it on.
if ORBIS.redis_location:
    REDIS_ENABLED = True
    RQ_QUEUES = {name: {"URL": ORBIS.redis_location, "DEFAULT_TIMEOUT": 180}  # noqa: F405
                 for name in RQ_QUEUES}  # noqa: F405

# --- Privy login in the browser (issue 7) ----------------------------------------------------------------------------
# Only with PRIVY_APP_ID: Privy's SDK calls auth.privy.io (and WalletConnect's explorer/relay) and embeds its wallet
# iframe from auth.privy.io. Label Studio's CSP is report-only by default; this keeps it accurate either way.
if ORBIS.privy_app_id:
    _PRIVY_CONNECT = ("https://auth.privy.io", "https://explorer-api.walletconnect.com",
                      "wss://relay.walletconnect.com", "wss://relay.walletconnect.org")
    _PRIVY_FRAMES = ("https://auth.privy.io", "https://verify.walletconnect.com", "https://verify.walletconnect.org")
    CSP_CONNECT_SRC = (*globals().get("CSP_CONNECT_SRC", ("'self'",)), *_PRIVY_CONNECT)
    CSP_FRAME_SRC = (*globals().get("CSP_FRAME_SRC", ("'self'",)), *_PRIVY_FRAMES)
