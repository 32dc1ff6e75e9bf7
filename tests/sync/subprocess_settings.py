"""Settings for a ``manage.py`` subprocess started by a test: the same data dir and the *test* database file."""
from tests.settings import *  # noqa: F401,F403
from tests.settings import DATABASES

DATABASES["default"]["NAME"] = DATABASES["default"]["TEST"]["NAME"]
