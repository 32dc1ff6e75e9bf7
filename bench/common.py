"""Shared helpers of the benchmarks: Django on a throw-away database, a devnode, a deployed model, labelers with
server-held sessions, big projects built fast, figures printed one per line, and the truth read back from the node.

Django is configured with the project's own settings on a data dir under ``data/bench/<run>`` (never ``data/``'s
main database). A migrated template database is made once (``data/bench/template``, ~60 s) and copied per run.
"""
from __future__ import annotations

import dataclasses
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH_DATA = ROOT / "data" / "bench"
TEMPLATE = BENCH_DATA / "template"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
# Imported now, before Django's settings put Label Studio's directory (with its own `tests` package) on sys.path.
from tests.fixtures import wallets  # noqa: E402

CONFIG = """<View>
  <Text name="text" value="$text"/>
  <Choices name="sentiment" toName="text" choice="single">
    <Choice value="Positive"/><Choice value="Negative"/><Choice value="Neutral"/>
  </Choices>
</View>"""
SAMPLE = [{"text": "a review", "stars": 3}]
DOMAIN = "localhost"
LABELS = ("Positive", "Negative", "Neutral")


def _db_file(data_dir: Path) -> Path:
    return data_dir / "label-studio" / "label_studio.sqlite3"


def _django_env(data_dir: Path) -> dict:
    return {"ORBIS_DATA_DIR": str(data_dir), "ORBIS_ENV_FILE": os.devnull, "ORBIS_DEVNODE": "0",
            "DJANGO_SETTINGS_MODULE": "label_studio_orbis.settings", "ORBIS_SOURCE": "orbis-bench"}


def ensure_template() -> Path:
    """A migrated database to copy from (made once; migrated again when our migrations change)."""
    db = _db_file(TEMPLATE)
    marker = TEMPLATE / ".migrated"
    ours = "\n".join(sorted(p.name for p in (ROOT / "orbis_export" / "migrations").glob("0*.py")))
    if not marker.exists() or marker.read_text() != ours:
        TEMPLATE.mkdir(parents=True, exist_ok=True)
        print("bench: migrating the template database (~1 min the first time)", file=sys.stderr, flush=True)
        subprocess.run([sys.executable, "manage.py", "migrate", "--noinput"], cwd=ROOT, check=True,
                       env={**os.environ, **_django_env(TEMPLATE)}, stdout=subprocess.DEVNULL)
        marker.write_text(ours)
    return db


def setup_django(run: str, fresh: bool = True) -> Path:
    """Configure Django on ``data/bench/<run>`` (a copy of the template database when ``fresh``)."""
    data_dir = BENCH_DATA / run
    db = _db_file(data_dir)
    if fresh or not db.exists():
        template = ensure_template()
        if data_dir.exists():
            shutil.rmtree(data_dir)
        db.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(template, db)
        if (TEMPLATE / "secrets").exists():
            shutil.copytree(TEMPLATE / "secrets", data_dir / "secrets")
    os.environ.update(_django_env(data_dir))
    import django

    django.setup()
    return data_dir


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def peak_rss_mb() -> float:
    """Peak RSS of this process image (VmHWM). Not ``ru_maxrss``: Linux carries the parent's RSS at fork into it
    across exec, so a child of a big parent would report the parent's size."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load() -> str:
    return open("/proc/loadavg").read().split(" ", 3)[:3].__str__()


# ------------------------------------------------------------------------------------------ node, model, labelers


@dataclasses.dataclass
class Bench:
    node: object  # devnode RunningNode
    admin: object
    model: str
    context: str
    client: object

    def configure(self, url: str | None = None, **changes):
        """Point settings.ORBIS at the node (or a proxy in front of it) and the bench model."""
        from django.conf import settings

        values = dict(ceramic_url=url or self.node.url, model_id=self.model, context_id=self.context,
                      ceramic_admin_seed=self.admin.seed, signer_fallback="pending", service_seed=None,
                      source="orbis-bench")
        values.update(changes)
        settings.ORBIS = dataclasses.replace(settings.ORBIS, **values)
        return settings.ORBIS


def start_node(data_dir: Path, **kw):
    from devnode import ctl

    from orbis_export.ceramic import Ed25519DIDKey

    admin = Ed25519DIDKey.generate()
    node = ctl.start(data_dir / "node", admin_dids=[admin.did], die_with_parent=True, **kw)
    return node, admin


def deploy(node, admin, name: str = "OrbisBench", configure: bool = True) -> Bench:
    from orbis_export.ceramic import CeramicClient, StreamID
    from orbis_export.ceramic.encoding import cid_of_block
    from orbis_export.ceramic.streamid import TYPE_MID
    from orbis_export.schema import row_model

    client = CeramicClient(node.url, timeout=180, pool=64)
    definition = row_model(CONFIG, SAMPLE).model_definition(name=f"{name}{os.urandom(3).hex()}")
    model = str(client.deploy_model(admin, definition))
    client.admin_index_models(admin, [model])
    context = str(StreamID(TYPE_MID, cid_of_block(b"orbis-bench-context")))
    bench = Bench(node, admin, model, context, client)
    if configure:
        bench.configure()
    return bench


def connect(user) -> str:
    """An active server-held session for ``user``, signed by a fresh eth-account wallet; returns its did:pkh."""
    return wallets.connect(user, domain=DOMAIN)


_counter = [0]


@dataclasses.dataclass
class Lab:
    project: object
    owner: object
    labelers: list
    dids: list
    n: int


def make_lab(n: int, labelers: int = 3, connected: bool = True) -> Lab:
    """A project with ``n`` annotations (one per task) spread over ``labelers`` users, built with bulk inserts."""
    from organizations.models import Organization
    from projects.models import Project
    from tasks.models import Annotation, Task
    from users.models import User

    from orbis_export import authorship

    _counter[0] += 1
    tag = f"{os.urandom(3).hex()}{_counter[0]}"
    owner = User.objects.create_user(email=f"owner-{tag}@example.org", password="x")
    org = Organization.create_organization(created_by=owner, title=f"bench {tag}")
    owner.active_organization = org
    owner.save(update_fields=["active_organization"])
    users = []
    for i in range(labelers):
        u = User.objects.create_user(email=f"labeler{i}-{tag}@example.org", password="x")
        org.add_user(u)
        u.active_organization = org
        u.save(update_fields=["active_organization"])
        users.append(u)
    dids = [connect(u) if connected else None for u in users]
    project = Project.objects.create(title=f"bench {tag}", label_config=CONFIG, organization=org, created_by=owner)
    step = 2000
    for start in range(0, n, step):
        count = min(step, n - start)
        tasks = Task.objects.bulk_create(
            [Task(project=project, data={"text": f"review {start + i} of the bench ({tag}): " + "lorem ipsum " * 6,
                                         "stars": (start + i) % 5}) for i in range(count)])
        annotations = Annotation.objects.bulk_create(
            [Annotation(task=t, project=project, completed_by=users[(start + i) % labelers], lead_time=2.5,
                        result=[{"from_name": "sentiment", "to_name": "text", "type": "choices",
                                 "value": {"choices": [LABELS[(start + i) % 3]]}}])
             for i, t in enumerate(tasks)])
        # bulk_create sends no signals: record each labeler's own save, as the labeling UI would have
        authorship.record_bulk((a, a.completed_by_id) for a in annotations)
    return Lab(project, owner, users, dids, n)


# ------------------------------------------------------------------------------------------ truth from the node


def node_census(client, model: str, lab: Lab) -> dict:
    """Documents of the lab's project on the node (the index, per labeler DID): total, duplicates, lost."""
    from tasks.models import Annotation

    expected = set(Annotation.objects.filter(project=lab.project, was_cancelled=False).values_list("id", flat=True))
    seen: Counter = Counter()
    for did in lab.dids:
        if not did:
            continue
        for state in client.iter_collection(model, account=did):
            content = state.content if isinstance(state.content, dict) else {}
            if content.get("project_id") == lab.project.pk:
                seen[content.get("annotation_id")] += 1
    return {"documents": sum(seen.values()), "annotations": len(expected),
            "duplicates": sum(c - 1 for c in seen.values() if c > 1), "lost": len(expected - set(seen)),
            "foreign": len(set(seen) - expected)}


def census_line(census: dict) -> str:
    ok = census["documents"] == census["annotations"] and not census["duplicates"] and not census["lost"]
    return (f"documents on node {census['documents']} = annotations {census['annotations']}, "
            f"duplicates = {census['duplicates']}, lost = {census['lost']}  [{'OK' if ok else 'FAILED'}]")


# ------------------------------------------------------------------------------------------ figures


class Figures:
    """``what | value | unit | ratio`` lines (ratio to the figure's anchor, when it has one)."""

    def __init__(self):
        self.rows: list[tuple[str, float, str, str]] = []

    def add(self, what: str, value: float, unit: str, anchor: float | None = None, anchor_name: str = "",
            digits: int = 1) -> None:
        ratio = f"{value / anchor:.2f} × {anchor_name}" if anchor else ""
        self.rows.append((what, round(value, digits), unit, ratio))
        print(f"  [{time.strftime('%H:%M:%S')}] {what} = {round(value, digits)} {unit} {ratio}", file=sys.stderr,
              flush=True)

    def print(self, header: str = "") -> None:
        if header:
            print(header)
        for what, value, unit, ratio in self.rows:
            print(f"{what} | {value} | {unit}" + (f" | {ratio}" if ratio else ""))
        sys.stdout.flush()


def median(values) -> float:
    return statistics.median(values) if values else float("nan")


def spread(values) -> str:
    return "[" + ", ".join(f"{v:.1f}" for v in values) + "]"


def uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
