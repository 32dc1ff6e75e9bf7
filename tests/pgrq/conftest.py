"""The PostgreSQL + RQ tests reuse the sync tests' node fixtures (the model deployed and indexed on the node)."""
from tests.sync.conftest import node_client, sync_model  # noqa: F401
