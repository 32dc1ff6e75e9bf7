"""``manage.py orbis_sync`` that SIGKILLs itself right after the node accepted its Nth write and before that write is
recorded — the worst moment for exactly-once. Used by test_crash.py; never imported by the app.

    ORBIS_TEST_KILL_AFTER_ACCEPTED=3 python tests/sync/crashing_sync.py --project 5
"""
import os
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.sync.subprocess_settings")

import django  # noqa: E402

django.setup()

from django.core.management import execute_from_command_line  # noqa: E402

from orbis_export.sync import engine  # noqa: E402

KILL_AFTER = int(os.environ["ORBIS_TEST_KILL_AFTER_ACCEPTED"])
_record = engine.Engine.record
_accepted = [0]


def record(self, outcome, signers):
    if outcome.ok and outcome.wrote:
        _accepted[0] += 1
        if _accepted[0] >= KILL_AFTER:
            os.kill(os.getpid(), signal.SIGKILL)  # accepted by the node, not yet recorded by us
    return _record(self, outcome, signers)


engine.Engine.record = record
execute_from_command_line(["manage.py", "orbis_sync", *sys.argv[1:]])
