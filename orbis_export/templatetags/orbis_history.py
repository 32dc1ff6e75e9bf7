"""Filters of the history page."""
from django import template

register = template.Library()


@register.filter
def get_item(mapping, key):
    """``mapping[key]`` or '' (dicts only)."""
    return mapping.get(key, "") if isinstance(mapping, dict) else ""
