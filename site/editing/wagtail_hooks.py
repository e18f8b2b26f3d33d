from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks


@hooks.register("insert_global_admin_js")
def field_direction_js():
    """Every admin screen (pages, snippets, settings, images, documents) has translated fields."""
    return format_html('<script src="{}" defer></script>', static("editing/field-direction.js"))
