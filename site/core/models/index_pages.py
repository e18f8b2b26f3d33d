from django.db import models
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from core.paging import paginate
from serving.renditions import prefetch_renditions

from .pages import BasePage


class FilteredIndexPage(BasePage):
    """An index page (the newsroom, the showcase): its children as cards, narrowed by a filter
    read from the query string, a page at a time. A bad `?page=` is a 404 (core.paging).

    A subclass names its filter class by dotted path in `filter_class` (the filters import
    the subclass's models, so the model cannot import them at load time) and adds a
    `per_page` field. The filter is built as `filter_class(index_page, request)`: it reads the
    selection from `request.GET`, may keep what it counts until content changes with
    `serving.shared.remember_in_language(request, …)`, and gives the matching children from `results()`;
    the template reads it as `filter`, and the page of results as `page_obj`.
    """

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    settings_panels = BasePage.settings_panels + [FieldPanel("per_page")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    max_count = 1
    filter_class = None

    class Meta:
        abstract = True

    @property
    def listing_summary(self):
        return self.intro

    def get_filter(self, request):
        return import_string(self.filter_class)(self, request)

    def paginate_results(self, page_filter, query):
        return paginate(page_filter.results(), query, self.per_page)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["filter"] = page_filter = self.get_filter(request)
        context["page_obj"] = page_obj = self.paginate_results(page_filter, request.GET)
        prefetch_renditions(*(item.listing_image for item in page_obj.object_list), shapes=["card"])
        return context
