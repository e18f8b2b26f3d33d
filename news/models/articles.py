from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import PageManager, PageQuerySet
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from core.blocks import ArticleStreamBlock
from core.i18n import translated_q
from core.models import BasePage, FilteredIndexPage
from news import dates
from seo import metadata
from serving.renditions import prefetch_renditions, stream_images


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


class ArticleQuerySet(PageQuerySet):
    NEWEST_FIRST = ("-date", "-first_published_at", "-pk")

    def for_cards(self):
        """Live articles in the active language, newest first, with their images."""
        return self.live().filter(translated_q()).select_related("hero_image").order_by(*self.NEWEST_FIRST)


class NewsroomFeedsMixin:
    """Newsroom pages announce the news feeds (all news, press releases) in `<head>`."""

    def get_feed_links(self, request):
        # Imported here (a real cycle): the feeds import these models.
        from news.feeds import newsroom_feed_links

        return newsroom_feed_links(request)


class NewsArticlePage(NewsroomFeedsMixin, BasePage):
    """A news item, press release or announcement in the newsroom."""

    objects = PageManager.from_queryset(ArticleQuerySet)()

    date = models.DateField(_("date"), default=timezone.localdate)
    hijri_date_override = models.CharField(
        _("Hijri date shown"),
        max_length=60,
        blank=True,
        help_text=_("Leave empty to compute it (Umm al-Qura). Fill in when the sighted date differs."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=ArticleKind.choices, default=ArticleKind.NEWS)
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
        # Imported here (a real cycle): the selectors import these models.
        from news.selectors import organisation_logo

        publisher = metadata.organisation(request, organisation_logo(request))
        news_article = metadata.article(
            request,
            self,
            publisher=publisher,
            published=self.published_at,
            modified=self.modified_at,
            section=self.get_kind_display(),
        )
        return [*super().structured_data(request), news_article]

    def related_for_cards(self, tags, limit=3):
        """The editors' choice of related articles, else the latest sharing one of `tags`."""
        articles = NewsArticlePage.objects.for_cards()
        chosen = list(articles.filter(pk__in=self.related_articles.values("pk"))[:limit])
        if chosen or not tags:
            return chosen
        tag_ids = [tag.pk for tag in tags]
        return list(articles.filter(tags__in=tag_ids).exclude(pk=self.pk).distinct()[:limit])

    def get_context(self, request, *args, **kwargs):
        # Imported here (a real cycle): the selectors import these models.
        from news.selectors import organisation_logo

        context = super().get_context(request, *args, **kwargs)
        context["tags"] = tags = list(self.tags.all())
        context["related"] = related = self.related_for_cards(tags)
        prefetch_renditions(
            self.hero_image,
            organisation_logo(request),
            *stream_images(self.body),
            *(article.hero_image for article in related),
        )
        return context


class NewsIndexPage(NewsroomFeedsMixin, FilteredIndexPage):
    """The newsroom: every article, filtered by kind, tag and year, newest first."""

    per_page = models.PositiveSmallIntegerField(_("articles per page"), default=10)

    subpage_types = ["news.NewsArticlePage"]
    template = "pages/news_index_page.html"
    filter_class = "news.filters.NewsFilter"

    class Meta:
        verbose_name = _("newsroom")
