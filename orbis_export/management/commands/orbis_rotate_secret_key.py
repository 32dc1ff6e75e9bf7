"""``manage.py orbis_rotate_secret_key``: re-encrypt stored session keys with the first ORBIS_SECRET_KEY."""
from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from orbis_export import identity


class Command(BaseCommand):
    help = ("Key rotation, in three steps: 1) put a new Fernet key first in ORBIS_SECRET_KEY, the old one after a "
            "comma (new,old), and restart: new session keys are encrypted with the new key, existing ones still "
            "decrypt; 2) run this command: every stored session key is re-encrypted with the new key; 3) remove the "
            "old key from ORBIS_SECRET_KEY and restart. Exit code 1 when some stored key opens with none of the "
            "listed keys (those sessions are left as they are; revoke them or restore the key).")

    def handle(self, *args, **options):
        keys = settings.ORBIS.secret_key.count(b",") + 1
        rotated, failed = identity.rotate_secret_key()
        self.stdout.write(f"{rotated} stored session key{'s' if rotated != 1 else ''} re-encrypted with the first "
                          f"of {keys} key{'s' if keys != 1 else ''} in ORBIS_SECRET_KEY")
        if keys == 1:
            self.stdout.write("only one key is configured: put the new key first (new,old) to rotate")
        if failed:
            raise CommandError(f"{len(failed)} stored session key(s) open with none of the keys in ORBIS_SECRET_KEY "
                               f"(sessions {', '.join(map(str, failed[:20]))}{' …' if len(failed) > 20 else ''}): "
                               "restore the old key, or revoke these sessions", returncode=1)
        if rotated and keys > 1:
            self.stdout.write("now remove the old key(s) from ORBIS_SECRET_KEY and restart")
