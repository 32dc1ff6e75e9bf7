"""``manage.py orbis_verify``: compare Label Studio, the ledger, the Ceramic node and OrbisDB; optionally repair."""
from __future__ import annotations

import json
import sys

from django.core.management.base import BaseCommand

from orbis_export import verify
from orbis_export.management.selection import add_selection_arguments, selected_exporter, selected_projects
from orbis_export.ceramic import CeramicError
from orbis_export.jobs import JobConflict
from orbis_export.orbisdb import OrbisDBError
from orbis_export.sync import SyncError


class Command(BaseCommand):
    help = ("Check that every annotation of a project is on the Ceramic node as the document we recorded, with the "
            "content Label Studio holds now, controlled by its labeler, and indexed by OrbisDB (when "
            "ORBIS_ORBISDB_URL is set). Reports missing, stale, foreign-controller, tombstoned, unrecorded, "
            "duplicate, not-indexed and OrbisDB-stale rows. --repair re-sends what is missing or stale through the "
            "sync engine and re-feeds to OrbisDB what it never indexed (a commit that changes nothing, signed as the "
            "document's controller); --reconcile rebuilds the ledger from the node (after the database was lost) "
            "without writing duplicates. Exit code 0: everything agrees (OrbisDB included when configured); "
            "1: problems remain; 2: could not check (a project, or the configured OrbisDB node: its part says "
            "'not checked').")

    def add_arguments(self, parser):
        add_selection_arguments(parser, "a repair runs")
        mode = parser.add_mutually_exclusive_group()
        mode.add_argument("--repair", action="store_true",
                          help="re-send missing and stale rows, re-feed rows OrbisDB did not index, then check again")
        mode.add_argument("--reconcile", action="store_true",
                          help="adopt the node's documents into the ledger, write only what is missing, check again")
        parser.add_argument("--json", action="store_true", help="print the reports as JSON (stdout)")
        parser.add_argument("--no-orbisdb", action="store_true", help="do not query the OrbisDB node")

    def handle(self, *args, **options):
        exporter = selected_exporter(options)
        projects = selected_projects(options)
        orbisdb = False if options["no_orbisdb"] else None
        out, failed, problems, unchecked = [], 0, 0, 0
        for project in projects:
            try:
                if options["repair"] or options["reconcile"]:
                    fn = verify.reconcile_project if options["reconcile"] else verify.repair_project
                    done = fn(project, exporter=exporter, orbisdb=orbisdb)
                    entry = {"projectId": project.pk, "before": done["before"].as_dict(),
                             "refeed": done["refeed"].as_dict(),
                             "sync": {k: done["job"][k] for k in ("status", "message", "counts")},
                             "after": done["after"].as_dict()}
                    final = done["after"]
                    if not options["json"]:
                        self.stdout.write("before:\n" + _indent(done["before"].summary()))
                        if any(f.refeed for f in done["before"].findings):
                            self.stdout.write(done["refeed"].summary())
                        self.stdout.write(f"sync: {done['job']['status']}: {done['job']['message']}")
                        self.stdout.write("after:\n" + _indent(final.summary()))
                else:
                    final = verify.verify_project(project, exporter=exporter, orbisdb=orbisdb)
                    entry = final.as_dict()
                    if not options["json"]:
                        self.stdout.write(final.summary())
            except (SyncError, JobConflict, CeramicError, OrbisDBError) as exc:
                failed += 1
                reason = exc.message if isinstance(exc, (CeramicError, OrbisDBError)) else (
                    exc.detail if isinstance(exc, SyncError) else str(exc))
                entry = {"projectId": project.pk, "error": reason}
                self.stderr.write(f"project {project.pk}: cannot verify: {reason}")
                out.append(entry)
                continue
            problems += final.problems
            unchecked += 1 if final.orbisdb_error else 0  # configured, not answering: nothing claimed about it
            out.append(entry)
        if options["json"]:
            self.stdout.write(json.dumps(out, indent=2, sort_keys=True))
        if failed:
            sys.exit(2)
        if problems:
            sys.exit(1)  # problems found are what to act on, even if OrbisDB could not be checked
        if unchecked:
            sys.exit(2)  # nothing wrong found, but the configured OrbisDB node was not checked: not "OK"


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())
