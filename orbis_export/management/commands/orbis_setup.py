"""``manage.py orbis_setup``: deploy and index the row model (idempotent), or check an existing one."""
from __future__ import annotations

import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from orbis_export import modeldeploy
from orbis_export.schema import SchemaError
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
                                  + (f" (project {project.pk}, version {result.version})" if project else "")
                                  + ("; already indexed" if result.already_indexed else "; indexed now"))
                self._say_changes(result)
        except (SyncError, SchemaError) as exc:
            raise CommandError(exc.detail) from None
        self._register_on_orbisdb(result.model_id)
        if options["print_schema"]:
            import json

            self.stdout.write(json.dumps(result.definition, indent=2, sort_keys=True))
        if project is not None:
            self.stdout.write(f"# project {project.pk}'s rows go to this model from now on (recorded; no setting "
                              "needed). ORBIS_MODEL_ID below is only the default for projects without a model:")
        self.stdout.write("# keep these settings (.env or environment):")
        for line in result.settings_lines():
            self.stdout.write(line)

    def _say_changes(self, result) -> None:
        """A new model version: what changed, and what happens to the documents already written."""
        if not result.previous_model_id:
            return
        self.stdout.write(f"the project's rows changed since version {result.version - 1} "
                          f"({result.previous_model_id}):")
        for line in result.changes:
            self.stdout.write(f"  {line}")
        self.stdout.write(f"version {result.version} is a new model: the next sync writes every annotation to it, "
                          f"each document naming its predecessor (migrated_from); documents in "
                          f"{result.previous_model_id} stay as they are.")

    def _register_on_orbisdb(self, model_id: str) -> None:
        """With an OrbisDB node and its admin session configured: make it index the model and know the context —
        in the env's slot on a shared node (checked there, never re-indexed: that renames the slot's table)."""
        from orbis_export import orbisdb
        from orbis_export.ceramic import CeramicError
        from orbis_export.errors import OrbisError
        from orbis_export.target import SyncTarget, ceramic_client

        def context_name(context_id: str) -> str:  # the name in its document on the Ceramic node, else a default
            try:
                with ceramic_client(SyncTarget.from_settings(), timeout=10.0) as client:
                    content = client.load(context_id).content if context_id else {}
            except (CeramicError, OrbisError):
                content = {}
            name = content.get("name") if isinstance(content, dict) else None
            return name if isinstance(name, str) and name.strip() else "Label Studio"

        o = settings.ORBIS
        if not o.orbisdb_url:
            return
        if not o.orbisdb_admin_session:
            self.stdout.write("OrbisDB: no admin session (ORBIS_ORBISDB_ADMIN_SESSION), so the model was not indexed "
                              "there: index it in Studio (Models → Add model → paste the model ID) unless Studio "
                              "already lists it")
            return
        try:
            done = orbisdb.register_model_and_context(model_id, o.context_id,
                                                      context_name=context_name(o.context_id))
        except orbisdb.OrbisDBError as exc:
            raise CommandError(f"OrbisDB node {o.orbisdb_url}: {exc.message}") from None
        if done is not None:
            where = f" (slot {o.env_id})" if o.env_id else ""
            self.stdout.write(f"OrbisDB{where}: model {done['model']}; context {done['context']}")
