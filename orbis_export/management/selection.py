"""What ``orbis_sync`` and ``orbis_verify`` share: ``--project``/``--all`` and ``--exporter`` on the command line."""
from __future__ import annotations

from django.core.management.base import CommandError


def add_selection_arguments(parser, exporter_help: str) -> None:
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--project", type=int, action="append", help="project id (repeatable)")
    which.add_argument("--all", action="store_true", help="every project")
    parser.add_argument("--exporter", help=f"email of the user on whose behalf {exporter_help} "
                        "(signer when ORBIS_SIGNER_FALLBACK=exporter)")


def selected_projects(options) -> list:
    """The projects named by --project (every id must exist) or all of them with --all, in id order."""
    from projects.models import Project

    if options["all"]:
        return list(Project.objects.order_by("id"))
    projects = list(Project.objects.filter(pk__in=options["project"]).order_by("id"))
    missing = set(options["project"]) - {p.pk for p in projects}
    if missing:
        raise CommandError(f"--project: no project with id {sorted(missing)}")
    return projects


def selected_exporter(options):
    """The user named by --exporter (None without it)."""
    if not options["exporter"]:
        return None
    from users.models import User

    exporter = User.objects.filter(email=options["exporter"]).first()
    if exporter is None:
        raise CommandError(f"--exporter: no user with the email {options['exporter']!r}")
    return exporter
