from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from editing.streams import translated_streams
from editing.views import copy_arabic_blocks


@hooks.register("insert_global_admin_js")
def field_direction_js():
    """Every admin screen (pages, snippets, settings, images, documents) has translated fields."""
    return format_html('<script src="{}" defer></script>', static("editing/field-direction.js"))


@hooks.register("register_admin_urls")
def register_copy_arabic_blocks_url():
    return [path("pages/<int:page_id>/copy-arabic-blocks/", copy_arabic_blocks, name="copy_arabic_blocks")]


class CopyArabicBlocksButton(PageMenuItem):
    label = _("Copy the Arabic blocks into English")
    icon_name = "copy"
    priority = 35

    def is_shown(self, user):
        has_streams = bool(translated_streams(self.page.specific_class))
        return has_streams and self.page.permissions_for_user(user).can_edit()

    @property
    def url(self):
        return reverse("copy_arabic_blocks", args=[self.page.pk])


@hooks.register("register_page_header_buttons")
def copy_arabic_blocks_button(page, user, view_name, next_url=None):
    yield CopyArabicBlocksButton(page=page)
