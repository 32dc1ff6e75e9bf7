"""GET /api/orbis/projects/<id>/suggestions → per model version: suggestions made, accepted unchanged, edited,
ignored, not reviewed yet, acceptance rate, mean score, and the version's DID (what its documents are signed with).
Members of the project's organization only (404 otherwise)."""
from __future__ import annotations

from rest_framework.response import Response

from ..predictions.keys import model_dids
from ..predictions.quality import by_model_version
from .base import SessionAPIView, visible_project


class SuggestionsAPI(SessionAPIView):
    def get(self, request, project_id: int):
        project = visible_project(request.user, project_id)
        dids = model_dids(project.pk)
        versions = [{**q.as_dict(), "did": dids.get(q.model_version)} for q in by_model_version(project)]
        return Response({"projectId": project.pk, "modelVersions": versions})
