"""Server-rendered Ceramic pages of a project: the provenance page and the history of one annotation."""
from .history import annotation_history
from .provenance import provenance

__all__ = ["provenance", "annotation_history"]
