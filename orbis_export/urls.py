from pathlib import Path

from django.urls import re_path
from django.views.static import serve

STATIC_DIR = Path(__file__).parent / "static" / "orbis_export"

# Label Studio serves /static/ from its own build folder; our files are served from the app, ahead of its route.
urlpatterns = [
    re_path(r"^static/orbis_export/(?P<path>.+)$", serve, {"document_root": STATIC_DIR}),
]
