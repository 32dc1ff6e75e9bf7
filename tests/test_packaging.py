"""`pip install .` ships a working app: templates, static files, migrations and the demo data are in the wheel."""
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_contains_templates_static_migrations_and_demo(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True, capture_output=True, timeout=300,
    )
    wheel = next(tmp_path.glob("orbis_label_studio-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in [
        "label_studio_orbis/settings.py",
        "label_studio_orbis/templates/base.html",
        "label_studio_orbis/templates/users/new-ui/user_login.html",
        "label_studio_orbis/demo/movie_reviews.csv",
        "orbis_export/static/orbis_export/orbis.js",
        "orbis_export/migrations/__init__.py",
        "orbis_export/storage/form_layout.yml",
        "orbis_export/ceramic/keys.py",
        "mlbackend/app.py",
    ]:
        assert required in names, f"{required} missing from {wheel.name}"
    assert not any(name.startswith(("label_studio/", "tests/", "devnode/")) for name in names)
    metadata = next(n for n in names if n.endswith("METADATA"))
    text = zipfile.ZipFile(wheel).read(metadata).decode()
    assert "Requires-Dist: label-studio==1.23.2" in text
    assert "Requires-Dist: Django" not in text and "djangorestframework" not in text  # LS's own pins stand
