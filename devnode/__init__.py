"""Local Ceramic dev node: a real js-ceramic daemon + offline IPFS on loopback, from committed npm lockfiles.

Standard library only. See ``devnode.ctl`` for the API and ``python -m devnode --help`` for the CLI.
"""
from .ctl import DevNodeError, RunningNode, ensure_installed, free_port, healthcheck, start, status, stop

__all__ = [
    "DevNodeError",
    "RunningNode",
    "ensure_installed",
    "free_port",
    "healthcheck",
    "start",
    "status",
    "stop",
]
