"""``manage.py orbis_sync``: sync projects' annotations to Ceramic (cron-friendly; the same engine as the API)."""
from __future__ import annotations

import sys
import time

from django.core.management.base import BaseCommand, CommandError

from orbis_export import jobs
from orbis_export.management.selection import add_selection_arguments, selected_exporter, selected_projects
from orbis_export.sync import SyncResult
from orbis_export.target import SyncTarget


class Command(BaseCommand):
    help = ("Write every annotation of a project to Ceramic as one document owned by its labeler (incremental, "
            "idempotent, resumable). Exit code 1 when rows failed, 2 when the sync could not start or another sync of "
            "the project was running (that project is skipped).")

    def add_arguments(self, parser):
        add_selection_arguments(parser, "the sync runs")
        parser.add_argument("--dry-run", action="store_true", help="plan only: count what would be written")
        parser.add_argument("--since", help="only annotations/tasks changed since (ISO date/time or 90m, 12h, 7d)")
        parser.add_argument("--concurrency", type=int, help="writes in flight (default ORBIS_SYNC_CONCURRENCY)")
        parser.add_argument("--no-progress", action="store_true", help="no progress bar")
        parser.add_argument("--errors", type=int, default=20, help="per-row errors to print per project")

    def handle(self, *args, **options):
        try:
            since = jobs.parse_since(options["since"]) if options["since"] else None
        except ValueError as exc:
            raise CommandError(f"--since: {exc}") from None
        exporter = selected_exporter(options)
        if options["concurrency"] is not None and not 1 <= options["concurrency"] <= 64:
            raise CommandError("--concurrency must be between 1 and 64")
        projects = selected_projects(options)
        failed_rows = 0
        not_started = 0
        for project in projects:
            target = SyncTarget.from_settings(project, concurrency=options["concurrency"])
            claim = jobs.claim_job(project, trigger=jobs.Trigger.CLI, on_busy=jobs.SKIP, user=exporter,
                                   dry_run=options["dry_run"], since=since, target=target)
            if claim.job is None:  # another sync of the project is running: cron tries again next time
                self.stderr.write(f"project {project.pk}: {claim.reason} — skipped (see /api/orbis/jobs/"
                                  f"{claim.busy.pk})")
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
                public = jobs.run_job(claim.job, target=target, progress=progress)
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
