"""``{% orbis_head %}``: our one script and its public config, on every Label Studio page."""
import hashlib
from functools import lru_cache

from django import template
from django.conf import settings
from django.utils.html import format_html, json_script

from orbis_export.urls import STATIC_DIR

register = template.Library()
ENTRY = "orbis.js"


@lru_cache(maxsize=1)
def _script_url() -> str:
    # Label Studio's static storage only knows its own manifest, so we build the URL ourselves; the content
    # hash busts browser caches when the bundle changes.
    digest = hashlib.sha256((STATIC_DIR / ENTRY).read_bytes()).hexdigest()[:10]
    return f"{settings.STATIC_URL}orbis_export/{ENTRY}?v={digest}"


@register.simple_tag(takes_context=True)
def orbis_head(context) -> str:
    request = context.get("request")
    nonce = getattr(request, "csp_nonce", "") if request is not None else ""
    config = json_script(settings.ORBIS.public_config(), "orbis-config")
    script = format_html('<script type="module" src="{}" nonce="{}" data-orbis></script>', _script_url(), nonce)
    return config + script
