from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from core.blocks import ArticleStreamBlock
from core.models import BasePage
from news import dates


class ArticleKind(models.TextChoices):
    NEWS = "news", _("News")
    PRESS_RELEASE = "press-release", _("Press release")
    ANNOUNCEMENT = "announcement", _("Announcement")


@register_snippet
class NewsTag(models.Model):
    """A topic of news articles, in both languages; a filter on the newsroom."""

    title = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=60,
        unique=True,
        help_text=_("Latin letters, used in filter links: ?tag=partnership"),
    )

    panels = [FieldPanel("title"), FieldPanel("slug")]

    class Meta:
        ordering = ["slug"]
        verbose_name = _("news tag")
        verbose_name_plural = _("news tags")

    def __str__(self):
        return self.title


class NewsroomFeedsMixin:
    """Newsroom pages announce the news feeds (all news, press releases) in `<head>`."""

    def get_feed_links(self, request):
        # Imported here: the feeds import the selectors, which import these models.
        from news.feeds import newsroom_feed_links

        return newsroom_feed_links(request)


class NewsArticlePage(NewsroomFeedsMixin, BasePage):
    """A news item, press release or announcement in the newsroom."""

    date = models.DateField(_("date"), default=timezone.localdate)
    hijri_date_override = models.CharField(
        _("Hijri date shown"),
        max_length=60,
        blank=True,
        help_text=_("Leave empty to compute it (Umm al-Qura). Fill in when the sighted date differs."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=ArticleKind.choices, default="news")
    lead = models.TextField(_("lead"), help_text=_("The opening paragraph, also used in lists."))
    hero_image = models.ForeignKey(
        "core.CustomImage",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(ArticleStreamBlock(), verbose_name=_("body"), blank=True)
    tags = ParentalManyToManyField(NewsTag, verbose_name=_("tags"), blank=True)
    related_articles = ParentalManyToManyField(
        "self",
        verbose_name=_("related articles"),
        blank=True,
        symmetrical=False,
        help_text=_("Leave empty to show the latest articles that share a tag."),
    )

    image_shapes = {"hero_image": ("wide", "card")}

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("hijri_date_override"), FieldPanel("kind")],
            heading=_("Publication"),
        ),
        FieldPanel("lead"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("tags"), FieldPanel("related_articles")], heading=_("Connections")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("kind"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    template = "pages/news_article_page.html"
    served_with = ("hero_image",)
    og_type = "article"

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")
        # The newsroom lists newest first, filters by kind and lists the years (news.filters).
        indexes = [
            models.Index(fields=["-date"], name="article_date_idx"),
            models.Index(fields=["kind"], name="article_kind_idx"),
        ]

    @property
    def listing_summary(self):
        return self.lead

    @property
    def listing_image(self):
        return self.hero_image

    @property
    def published_at(self):
        return dates.published_at(self)

    @property
    def modified_at(self):
        return dates.modified_at(self)

    def structured_data(self, request):
        from core import seo
        from news.selectors import organisation_logo

        publisher = seo.organisation(request, organisation_logo(request))
        news_article = seo.article(
            request,
            self,
            publisher=publisher,
            published=self.published_at,
            modified=self.modified_at,
            section=self.get_kind_display(),
        )
        return [*super().structured_data(request), news_article]

    def get_context(self, request, *args, **kwargs):
        # Imported here: the selectors import these models.
        from news.selectors import organisation_logo, related_articles
        from serving.renditions import prefetch_renditions, stream_images

        context = super().get_context(request, *args, **kwargs)
        context["tags"] = tags = list(self.tags.all())
        context["related"] = related = related_articles(self, tags)
        prefetch_renditions(
            self.hero_image,
            organisation_logo(request),
            *stream_images(self.body),
            *(article.hero_image for article in related),
        )
        return context


class NewsIndexPage(NewsroomFeedsMixin, BasePage):
    """The newsroom: every article, filtered by kind, tag and year, newest first."""

    intro = models.TextField(_("introduction"), blank=True)
    per_page = models.PositiveSmallIntegerField(_("articles per page"), default=10)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    settings_panels = BasePage.settings_panels + [FieldPanel("per_page")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsArticlePage"]
    max_count = 1
    template = "pages/news_index_page.html"

    class Meta:
        verbose_name = _("newsroom")

    @property
    def listing_summary(self):
        return self.intro

    def get_context(self, request, *args, **kwargs):
        # Imported here: the filter imports these models.
        from core.paging import paginate
        from news.filters import NewsFilter
        from serving.renditions import prefetch_renditions

        context = super().get_context(request, *args, **kwargs)
        news_filter = NewsFilter(self, request.GET)
        context["filter"] = news_filter
        context["page_obj"] = page_obj = paginate(news_filter.results(), request.GET, self.per_page)
        prefetch_renditions(*(article.hero_image for article in page_obj.object_list))
        return context
