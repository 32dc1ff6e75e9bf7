"""The verify tests reuse the sync tests' fixtures: the real node, the deployed model, labelers with sessions."""
from tests.sync.conftest import (  # noqa: F401
    choices,
    connect,
    make_lab,
    node_client,
    orbis,
    sync_model,
)
