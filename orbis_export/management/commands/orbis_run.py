"""``manage.py orbis_run``: the local stack in one command (node, migrations, demo seed, Label Studio)."""
from __future__ import annotations

import signal
import sys
from urllib.parse import urlparse

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from orbis_export.ceramic.keys import Ed25519DIDKey
from orbis_export.conf import OrbisConfigError
from orbis_export.startup import check_ceramic_reachable


def _interrupt(signum, frame):
    raise KeyboardInterrupt


class Command(BaseCommand):
    help = "Start the local Ceramic node (when configured), migrate, seed the demo and serve Label Studio."

    def add_arguments(self, parser):
        parser.add_argument("--no-seed", action="store_true", help="do not create the demo account and project")
        parser.add_argument("--check", action="store_true", help="run the start-up checks and exit")

    def handle(self, *args, **options):
        orbis = settings.ORBIS
        node_dir = orbis.data_dir / "ceramic"
        started_node = False
        # Ctrl-C and `kill` both end the server the same way, so the node is always stopped with it.
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, _interrupt)
        try:
            if orbis.start_devnode:
                started_node = self._start_devnode(orbis, node_dir)
            check_ceramic_reachable(orbis)
            if options["check"]:
                self.stdout.write("configuration ok")
                return
            self.stdout.write("Applying Label Studio migrations (the first run takes about a minute)…")
            call_command("migrate", verbosity=0, interactive=False)
            call_command("orbis_expire_sessions", verbosity=0)  # keys that expired while the server was down
            from orbis_export.jobs import sweep_at_startup

            interrupted = sweep_at_startup()  # sync jobs left "running" by a crash of the previous server
            if interrupted:
                self.stdout.write(f"Marked {interrupted} sync job(s) interrupted (the server stopped during them); "
                                  "the next sync of their project resumes where they stopped.")
            if not options["no_seed"]:
                self._seed(orbis)
            self.stdout.write(self.style.SUCCESS(f"Label Studio: http://{orbis.host}:{orbis.port}/"))
            self.stdout.write(f"Ceramic node: {orbis.ceramic_url}    data dir: {orbis.data_dir}    Ctrl-C stops both")
            sys.stdout.flush()
            call_command("runserver", f"{orbis.host}:{orbis.port}", use_reloader=False, skip_checks=True)
        except OrbisConfigError as exc:
            raise CommandError(f"configuration error: {exc}") from None
        except KeyboardInterrupt:
            pass
        finally:
            if started_node:
                from devnode import ctl

                # a second Ctrl-C must not cut the cleanup short and leave the node running
                signal.signal(signal.SIGINT, signal.SIG_IGN)
                ctl.stop(node_dir)
                self.stdout.write("Ceramic node stopped.")

    def _start_devnode(self, orbis, node_dir) -> bool:
        try:
            from devnode import ctl
        except ImportError:
            raise CommandError(
                "ORBIS_DEVNODE: the local node (devnode/) is only available in a source checkout; "
                "set ORBIS_CERAMIC_URL to a running node and ORBIS_DEVNODE=0"
            ) from None
        if ctl.status(node_dir) is not None:
            self.stdout.write("Ceramic node already running from an earlier run: restarting it.")
            ctl.stop(node_dir)
        port = urlparse(orbis.ceramic_url).port or 7007
        admin = Ed25519DIDKey(orbis.ceramic_admin_seed)
        self.stdout.write(f"Starting the local Ceramic node on {orbis.ceramic_url} …")
        ctl.ensure_installed()
        try:
            ctl.start(node_dir, port=port, admin_dids=[admin.did])
        except ctl.DevNodeError as exc:
            raise CommandError(f"ORBIS_CERAMIC_URL: the local node did not start: {exc}") from None
        return True

    def _seed(self, orbis) -> None:
        from label_studio_orbis.seed import seed_demo

        demo = seed_demo(orbis.data_dir)
        verb = "Created" if demo.created_project else "Reusing"
        self.stdout.write(f"{verb} demo project #{demo.project_id}. Log in as {demo.email} / {demo.password}")
        if not orbis.model_id and orbis.start_devnode:
            self._use_demo_model(demo.project_id)

    def _use_demo_model(self, project_id: int) -> None:
        """On the local node with no ORBIS_MODEL_ID, deploy the demo project's row model so "Save to Ceramic" works
        on first run. Deploying is idempotent (same definition, same admin key → same model ID every run)."""
        import dataclasses

        from projects.models import Project

        from orbis_export import modeldeploy
        from orbis_export.sync import SyncError

        try:
            result = modeldeploy.deploy(Project.objects.get(pk=project_id))
        except SyncError as exc:
            raise CommandError(f"ORBIS_MODEL_ID: could not deploy the demo model on the local node: {exc.detail}") from None
        # set once at start-up, before the server handles any request
        settings.ORBIS = dataclasses.replace(settings.ORBIS, model_id=result.model_id)
        self.stdout.write(f"Rows go to model {result.model_id} (the demo project's, on the local node). "
                          "For your own projects run `manage.py orbis_setup --project <id>` and set ORBIS_MODEL_ID.")
