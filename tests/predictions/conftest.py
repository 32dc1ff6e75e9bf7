"""The ML backend fixtures (the real backend process, the demo project) for the models-in-the-loop tests."""
from tests.mlbackend.conftest import backend, demo_project, ml_settings  # noqa: F401
