"""``manage.py orbis_setup``: deploy and index the row model (idempotent), or check an existing one."""
from __future__ import annotations

import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from orbis_export import modeldeploy
from orbis_export.sync import SyncError


class Command(BaseCommand):
    help = ("Build the row model from a project's label config and data columns (or ORBIS_MODEL_SCHEMA), deploy it "
            "on the Ceramic node, index it, and print the settings lines to keep. With --model-id (or ORBIS_MODEL_ID "
            "set), check that existing model instead and name every field that does not fit.")

    def add_arguments(self, parser):
        parser.add_argument("--project", type=int, help="project whose label config and data make the schema")
        parser.add_argument("--model-id", help="an existing model to check (default: ORBIS_MODEL_ID, if set)")
        parser.add_argument("--deploy", action="store_true", help="deploy a model even when ORBIS_MODEL_ID is set")
        parser.add_argument("--name", help="model name (default LabelStudioAnnotationProject<id>)")
        parser.add_argument("--print-schema", action="store_true", help="print the model definition")

    def handle(self, *args, **options):
        from projects.models import Project

        project = None
        if options["project"] is not None:
            project = Project.objects.filter(pk=options["project"]).first()
            if project is None:
                raise CommandError(f"--project: no project with id {options['project']}")
        existing = options["model_id"] or (None if options["deploy"] else settings.ORBIS.model_id)
        try:
            if existing:
                result = modeldeploy.check_existing(existing, project)
                if result.problems:
                    self.stderr.write(f"model {existing} does not fit the rows of project {project.pk}; "
                                      "nothing was written. Fields that do not fit:")
                    for problem in result.problems:
                        self.stderr.write(f"  - {problem}")
                    sys.exit(1)
                self.stdout.write(f"model {existing} fits" + (f" project {project.pk}" if project else "")
                                  + ("; already indexed" if result.already_indexed else "; indexed now"))
            else:
                result = modeldeploy.deploy(project, name=options["name"])
                self.stdout.write(f"model {result.model_id} deployed"
                                  + ("; already indexed" if result.already_indexed else "; indexed now"))
        except SyncError as exc:
            raise CommandError(exc.detail) from None
        self._register_on_orbisdb(result.model_id)
        if options["print_schema"]:
            import json

            self.stdout.write(json.dumps(result.definition, indent=2, sort_keys=True))
        self.stdout.write("# keep these settings (.env or environment):")
        for line in result.settings_lines():
            self.stdout.write(line)

    def _register_on_orbisdb(self, model_id: str) -> None:
        """With an OrbisDB node and its admin session configured: make it index the model and know the context."""
        from orbis_export import orbisdb

        try:
            done = orbisdb.register_model_and_context(model_id, settings.ORBIS.context_id)
        except orbisdb.OrbisDBError as exc:
            raise CommandError(f"OrbisDB node {settings.ORBIS.orbisdb_url}: {exc}") from None
        if done is not None:
            self.stdout.write(f"OrbisDB: model {done['model']}; context {done['context']}")
