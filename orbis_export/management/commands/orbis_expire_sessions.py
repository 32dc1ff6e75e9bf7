"""``manage.py orbis_expire_sessions``: end every labeler session past its expiry now (for cron)."""
from __future__ import annotations

from django.core.management.base import BaseCommand

from orbis_export import identity


class Command(BaseCommand):
    help = ("Mark every active labeler session whose capability has expired as expired, wipe its encrypted session "
            "key and write the audit event; drop unanswered wallet challenges. Sessions are also expired when they "
            "are next looked at and at the start of every sync; run this from cron (e.g. every 10 minutes) so an "
            "unused key does not wait at rest until then.")

    def handle(self, *args, **options):
        count = identity.expire_sessions()
        self.stdout.write(f"{count} expired session{'s' if count != 1 else ''} ended, session keys wiped")
