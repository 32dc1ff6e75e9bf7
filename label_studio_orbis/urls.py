"""Our routes first, then every Label Studio route unchanged."""
from core.urls import urlpatterns as label_studio_urlpatterns
from django.urls import include, path

urlpatterns = [
    path("", include("orbis_export.urls")),
    *label_studio_urlpatterns,
]
