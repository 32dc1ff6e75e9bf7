"""``manage.py orbis_preannotate --project N [--backend-url URL]``: pre-annotate a project's tasks with a model and
import the answers as Label Studio predictions (model_version + score). Re-running adds nothing for tasks that
already hold a prediction of the same model version."""
from __future__ import annotations

import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = ("Predict every task of a project with the bundled TF-IDF classifier (its state in <ORBIS_DATA_DIR>/"
            "mlbackend, read only; no server needed) or with any ML backend (--backend-url, Label Studio's own ML "
            "protocol), and import the predictions through Label Studio's predictions import. Exit code 0: all "
            "imported or already there; 1: some predictions were rejected (listed); 2: nothing could be predicted.")

    def add_arguments(self, parser):
        parser.add_argument("--project", type=int, required=True, help="the project to pre-annotate")
        parser.add_argument("--backend-url", help="an ML backend's URL (default: the bundled model, in process)")
        parser.add_argument("--data-dir", type=Path, help="the bundled backend's data dir "
                                                          "(default: <ORBIS_DATA_DIR>/mlbackend)")
        parser.add_argument("--batch-size", type=int, default=100, help="tasks per predict request (default 100)")
        parser.add_argument("--timeout", type=float, default=60.0, help="seconds per predict request")

    def handle(self, *args, **options):
        from projects.models import Project

        from mlbackend.connect import preannotate

        project = Project.objects.filter(pk=options["project"]).first()
        if project is None:
            raise CommandError(f"--project: no project with id {options['project']}")
        if options["batch_size"] < 1:
            raise CommandError("--batch-size must be at least 1")
        data_dir = options["data_dir"] or Path(settings.ORBIS.data_dir) / "mlbackend"
        report = preannotate(project, backend_url=options["backend_url"], data_dir=data_dir,
                             batch_size=options["batch_size"], timeout=options["timeout"])
        source = options["backend_url"] or f"the bundled model ({data_dir})"
        self.stdout.write(f"project {project.id}: {report.created} predictions imported, {report.already} tasks "
                          f"already had one of this model version, {len(report.rejected)} rejected "
                          f"(model version {', '.join(sorted(report.model_versions)) or '-'}; from {source})")
        for task_id, reason in report.rejected[:20]:
            self.stderr.write(f"  task {task_id}: {reason}")
        if len(report.rejected) > 20:
            self.stderr.write(f"  … and {len(report.rejected) - 20} more")
        if report.shown and report.shown not in report.model_versions and report.created:
            self.stdout.write(f"the labeling UI shows model version '{report.shown}' (Settings → Annotation → "
                              "Prelabeling selects which)")
        if report.failed:
            self.stderr.write(f"stopped: {report.failed}")
            sys.exit(2)
        if report.rejected:
            sys.exit(1)
