"""``manage.py orbis_run``: the local stack in one command (node, migrations, demo seed, Label Studio)."""
from __future__ import annotations

import contextlib
import io
import signal
import socket
import sys
from urllib.parse import urlparse

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from orbis_export.ceramic.keys import Ed25519DIDKey
from orbis_export.conf import DEFAULT_DEVNODE_IPFS_PORT, OrbisConfigError
from orbis_export.startup import check_ceramic_reachable


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def _free_near(ctl, host: str, port: int) -> int:
    """A free port just above ``port`` to suggest (any free one if the next 50 are taken)."""
    return next((p for p in range(port + 1, min(port + 51, 65536)) if ctl.port_free(host, p)), ctl.free_port(host))


class Command(BaseCommand):
    help = "Start the local Ceramic node (when configured), migrate, seed the demo and serve Label Studio."

    def add_arguments(self, parser):
        parser.add_argument("--no-seed", action="store_true", help="do not create the demo account and project")
        parser.add_argument("--check", action="store_true", help="run the start-up checks and exit")

    def handle(self, *args, **options):
        orbis = settings.ORBIS
        node_dir = orbis.data_dir / "ceramic"
        started_node = False
        self._ml = None  # the bundled ML backend's process, when started
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
            self.stdout.write("Applying Label Studio migrations (the first run takes 1-3 minutes)…")
            sys.stdout.flush()
            self._quietly(call_command, "migrate", verbosity=0, interactive=False)
            expired = io.StringIO()
            call_command("orbis_expire_sessions", verbosity=0, stdout=expired)  # keys that expired while down
            if expired.getvalue().strip() and not expired.getvalue().startswith("0 "):
                self.stdout.write(expired.getvalue().strip())
            from orbis_export.jobs import sweep_at_startup

            interrupted = sweep_at_startup()  # sync jobs left "running" by a crash of the previous server
            if interrupted:
                self.stdout.write(f"Marked {interrupted} sync job(s) interrupted (the server stopped during them); "
                                  "the next sync of their project resumes where they stopped.")
            if not options["no_seed"]:
                self._suggestions(orbis, self._seed(orbis))
            self.stdout.write(self.style.SUCCESS(f"Label Studio: http://{orbis.host}:{orbis.port}/"))
            self.stdout.write(f"Ceramic node: {orbis.ceramic_url}    data dir: {orbis.data_dir}    Ctrl-C stops both")
            sys.stdout.flush()
            call_command("runserver", f"{orbis.host}:{orbis.port}", use_reloader=False, skip_checks=True)
        except OrbisConfigError as exc:
            raise CommandError(f"configuration error: {exc}") from None
        except KeyboardInterrupt:
            pass
        finally:
            if self._ml is not None:
                self._ml.stop()
                self.stdout.write("ML backend stopped.")
            if started_node:
                from devnode import ctl

                # a second Ctrl-C must not cut the cleanup short and leave the node running
                signal.signal(signal.SIGINT, signal.SIG_IGN)
                ctl.stop(node_dir)
                self.stdout.write("Ceramic node stopped.")

    def _quietly(self, run, *args, **kwargs) -> None:
        """Run ``run`` without the lines Label Studio's migrations print() ("Normalized 0/0 … paths"); shown only if
        it fails, with the error."""
        printed = io.StringIO()
        try:
            with contextlib.redirect_stdout(printed):
                run(*args, **kwargs)
        except BaseException:
            sys.stdout.write(printed.getvalue())
            raise

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
        url = urlparse(orbis.ceramic_url)
        host = "::1" if url.hostname == "::1" else "127.0.0.1"  # "localhost" too: the node listens on an address
        port = url.port or 80
        if not ctl.port_free(host, port, wait=3):  # a node stopped just now may hold it for a moment
            raise CommandError(
                f"ORBIS_CERAMIC_URL: port {port} is already in use, so the local Ceramic node cannot start at "
                f"{orbis.ceramic_url}. If a Ceramic node of yours listens there, set ORBIS_DEVNODE=0 to use it; "
                f"otherwise choose a free port, e.g. ORBIS_CERAMIC_URL=http://127.0.0.1:{_free_near(ctl, host, port)}"
            )
        ipfs_port = orbis.devnode_ipfs_port
        if ipfs_port is not None and not ctl.port_free(host, ipfs_port):
            raise CommandError(f"ORBIS_DEVNODE_IPFS_PORT: port {ipfs_port} is already in use; choose a free one "
                               f"(e.g. {_free_near(ctl, host, ipfs_port)}) or leave it unset")
        ipfs_note = ""
        if ipfs_port is None:
            ipfs_port = DEFAULT_DEVNODE_IPFS_PORT
            if ipfs_port == port or not ctl.port_free(host, ipfs_port):
                ipfs_port = None  # only Ceramic talks to it: any free port will do
                ipfs_note = (f" ({DEFAULT_DEVNODE_IPFS_PORT} is taken: a free port; "
                             "set ORBIS_DEVNODE_IPFS_PORT to choose one)")
        admin = Ed25519DIDKey(orbis.ceramic_admin_seed)
        self.stdout.write(f"Starting the local Ceramic node on {orbis.ceramic_url} …")
        sys.stdout.flush()
        ctl.ensure_installed()
        try:
            node = ctl.start(node_dir, port=port, ipfs_port=ipfs_port, host=host, admin_dids=[admin.did])
        except ctl.DevNodeError as exc:
            raise CommandError(f"ORBIS_CERAMIC_URL: the local node did not start: {exc}") from None
        self.stdout.write(f"Ceramic node ready; its IPFS API on {node.ipfs_url}{ipfs_note}. Restart only the node with "
                          f"`python3 -m devnode restart --data-dir {node_dir}` (same ports and admin DID).")
        return True

    def _seed(self, orbis):
        from label_studio_orbis.seed import seed_demo

        demo = seed_demo(orbis.data_dir)
        verb = "Created" if demo.created_project else "Reusing"
        self.stdout.write(f"{verb} demo project #{demo.project_id}. Log in as {demo.email} / {demo.password}")
        if not orbis.model_id and orbis.start_devnode:
            self._use_demo_model(demo.project_id)
        return demo

    def _suggestions(self, orbis, demo) -> None:
        """Model suggestions for the demo project: pre-annotations from the bundled model on first run (even with the
        backend off), then the bundled ML backend connected for live suggestions and retraining. A backend that does
        not start is reported and skipped: labeling works without it."""
        from projects.models import Project

        from mlbackend import process
        from mlbackend.connect import ConnectError, connect_backend, preannotate

        project = Project.objects.get(pk=demo.project_id)
        if demo.created_project:
            report = preannotate(project, data_dir=orbis.data_dir / "mlbackend")
            if report.created:
                self.stdout.write(f"Pre-annotated the demo reviews: {report.created} suggestions "
                                  f"({', '.join(sorted(report.model_versions))}).")
        if not orbis.ml_backend:
            return
        from jwt_auth.models import LSAPIToken
        from users.models import User

        from orbis_export.conf import local_secret

        # the backend reads annotations back to retrain: Label Studio turns off the legacy token it sends on /setup
        key = local_secret(orbis.data_dir / "secrets" / "mlbackend_api_key",
                           lambda: LSAPIToken.for_user(User.objects.get(email=demo.email)).get_full_jwt())
        port = orbis.ml_backend_port
        with socket.socket() as probe:
            taken = probe.connect_ex(("127.0.0.1", port)) == 0
        if taken:  # e.g. another ML backend of yours: ours takes a free port and says so
            port = process.free_port()
            self.stdout.write(f"ORBIS_ML_BACKEND_PORT {orbis.ml_backend_port} is in use: the bundled ML backend takes "
                              f"{port}.")
        try:
            self._ml = process.start(orbis.data_dir / "mlbackend", port=port,
                                     extra_args=("--label-studio-url", f"http://{orbis.host}:{orbis.port}"),
                                     env={"LABEL_STUDIO_API_KEY": key})
            connection = connect_backend(project, self._ml.url)
        except (RuntimeError, ConnectError) as exc:
            self.stdout.write(f"ML backend not started ({exc}); labeling works without it. ORBIS_ML_BACKEND=0 skips "
                              "it.")
            if self._ml is not None:
                self._ml.stop()
                self._ml = None
            return
        self.stdout.write(f"ML backend {self._ml.url} suggests labels in the demo project; retraining: "
                          f"{connection.training}. ORBIS_ML_BACKEND=0 turns it off.")

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
                          "For your own projects run `manage.py orbis_setup --project <id>` once (it records the "
                          "project's model; no setting needed).")
