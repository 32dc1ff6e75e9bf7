"""First-run demo: an account and the "Movie review sentiment" project. Idempotent: a second run reuses both."""
from __future__ import annotations

import csv
import secrets
from dataclasses import dataclass
from pathlib import Path

import yaml
from django.db import transaction

from orbis_export.conf import local_secret

DEMO_EMAIL = "demo@orbis.local"
DEMO_PROJECT_TITLE = "Movie review sentiment"
REVIEWS_CSV = Path(__file__).parent / "demo" / "movie_reviews.csv"


@dataclass(frozen=True)
class DemoSeed:
    email: str
    password: str
    project_id: int
    created_user: bool
    created_project: bool


def demo_label_config() -> str:
    """Label Studio's own Text Classification template, pointed at the CSV's ``review`` column."""
    import label_studio

    path = (Path(label_studio.__file__).parent / "annotation_templates" / "natural-language-processing"
            / "text-classification" / "config.yml")
    config = yaml.safe_load(path.read_text(encoding="utf-8"))["config"]
    return config.replace('value="$text"', 'value="$review"')


def demo_rows() -> list[dict]:
    with REVIEWS_CSV.open(newline="", encoding="utf-8") as handle:
        return [{key: int(value) if value.isdigit() else value for key, value in row.items()}
                for row in csv.DictReader(handle)]


@transaction.atomic
def seed_demo(data_dir: Path) -> DemoSeed:
    from organizations.models import Organization
    from projects.models import Project
    from tasks.models import Task
    from users.models import User

    password = local_secret(data_dir / "secrets" / "demo_password", lambda: secrets.token_urlsafe(12))
    user = User.objects.filter(email=DEMO_EMAIL).first()
    created_user = user is None
    if created_user:
        user = User.objects.create_user(email=DEMO_EMAIL, password=password)
    org = user.active_organization or Organization.objects.order_by("id").first()
    if org is None:
        org = Organization.create_organization(created_by=user, title="Orbis demo")
    elif not org.has_user(user):
        org.add_user(user)
    if user.active_organization_id != org.id:
        user.active_organization = org
        user.save(update_fields=["active_organization"])

    project = Project.objects.filter(organization=org, title=DEMO_PROJECT_TITLE).order_by("id").first()
    created_project = project is None
    if created_project:
        project = Project.objects.create(
            title=DEMO_PROJECT_TITLE,
            description="Demo: label each review's sentiment, then Export → Save to Ceramic.",
            label_config=demo_label_config(),
            created_by=user,
            organization=org,
        )
        tasks = Task.objects.bulk_create([Task(data=row, project=project) for row in demo_rows()])
        project.summary.update_data_columns(tasks)
    return DemoSeed(DEMO_EMAIL, password, project.id, created_user, created_project)
