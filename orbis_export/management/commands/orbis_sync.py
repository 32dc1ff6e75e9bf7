"""``manage.py orbis_sync``: sync projects' annotations to Ceramic (cron-friendly; the same engine as the API)."""
from __future__ import annotations

import re
import sys
import time
from datetime import datetime, timedelta, timezone as dt_timezone

from django.core.management.base import BaseCommand, CommandError
from django.utils.dateparse import parse_date, parse_datetime

from orbis_export import jobs
from orbis_export.management.selection import add_selection_arguments, selected_exporter, selected_projects
from orbis_export.sync import SyncResult

_AGO = re.compile(r"^(\d+)([smhd])$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_since(text: str) -> datetime:
    """An ISO date/time (UTC when no zone is given) or an age such as 90m, 12h, 7d."""
    text = text.strip()
    match = _AGO.match(text)
    if match:
        return datetime.now(dt_timezone.utc) - timedelta(seconds=int(match[1]) * _UNITS[match[2]])
    value = parse_datetime(text)
    if value is None:
        day = parse_date(text)
        if day is None:
            raise CommandError(f"--since: expected an ISO date/time (2026-11-21, 2026-11-21T18:00:00Z) or an age "
                               f"(90m, 12h, 7d), got {text!r}")
        value = datetime(day.year, day.month, day.day)
    return value if value.tzinfo else value.replace(tzinfo=dt_timezone.utc)


class Command(BaseCommand):
    help = ("Write every annotation of a project to Ceramic as one document owned by its labeler (incremental, "
            "idempotent, resumable). Exit code 1 when rows failed, 2 when the sync could not start.")

    def add_arguments(self, parser):
        add_selection_arguments(parser, "the sync runs")
        parser.add_argument("--dry-run", action="store_true", help="plan only: count what would be written")
        parser.add_argument("--since", help="only annotations/tasks changed since (ISO date/time or 90m, 12h, 7d)")
        parser.add_argument("--concurrency", type=int, help="writes in flight (default ORBIS_SYNC_CONCURRENCY)")
        parser.add_argument("--no-progress", action="store_true", help="no progress bar")
        parser.add_argument("--errors", type=int, default=20, help="per-row errors to print per project")

    def handle(self, *args, **options):
        from orbis_export.sync import SyncOptions

        since = parse_since(options["since"]) if options["since"] else None
        exporter = selected_exporter(options)
        if options["concurrency"] is not None and not 1 <= options["concurrency"] <= 64:
            raise CommandError("--concurrency must be between 1 and 64")
        projects = selected_projects(options)
        failed_rows = 0
        not_started = 0
        for project in projects:
            try:
                job = jobs.create_job(project, exporter, dry_run=options["dry_run"], since=since, trigger="cli")
            except jobs.JobConflict as exc:
                self.stderr.write(f"project {project.pk}: {exc} — skipped (see /api/orbis/jobs/{exc.job.pk})")
                not_started += 1
                continue
            bar = None
            if not options["no_progress"]:
                from tqdm import tqdm

                bar = tqdm(total=0, desc=f"project {project.pk}", unit="row", file=sys.stderr, leave=True)

            shown = [0.0]

            def progress(result: SyncResult, bar=bar, shown=shown):
                now = time.monotonic()
                if bar is None or (now - shown[0] < 0.1 and result.done < result.total):
                    return
                shown[0] = now
                bar.total = max(result.total, result.done)
                bar.n = result.done
                bar.set_postfix(written=result.counts["written"], failed=result.failed, refresh=False)
                bar.refresh()

            try:
                public = jobs.run_job(job, progress=progress,
                                      options=SyncOptions(concurrency=options["concurrency"]))
            finally:
                if bar is not None:
                    bar.close()
            self._summary(project, public, options["errors"])
            if public["status"] == "failed":
                not_started += 1
            failed_rows += int(public["counts"].get("failed", 0))
        if not_started:
            sys.exit(2)
        if failed_rows:
            sys.exit(1)

    def _summary(self, project, job: dict, max_errors: int) -> None:
        c = job["counts"]
        out = self.stdout
        out.write(f"project {project.pk} ({project.title}): {job['status']}"
                  + (" [dry run]" if job["dryRun"] else ""))
        out.write(f"  {job['message']}")
        if c:
            out.write("  " + ", ".join(f"{k} {c.get(k, 0)}" for k in (
                "total", "create", "update", "unchanged", "tombstone", "written", "pending_signer", "failed")))
        for err in job["errors"][:max_errors]:
            where = f"annotation {err.get('annotationId')} (task {err.get('taskId')})" if err.get("annotationId") else ""
            out.write(f"  - {err.get('kind')}: {where} {err.get('reason')}".rstrip())
        if len(job["errors"]) > max_errors:
            out.write(f"  … {len(job['errors']) - max_errors} more (GET {job['url']})")
        if job.get("studioUrl"):
            out.write(f"  rows in OrbisDB Studio: {job['studioUrl']}")
