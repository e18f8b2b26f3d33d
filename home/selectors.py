"""What the home page gathers from the sections, at a fixed number of queries."""

from django.db.models import prefetch_related_objects
from django.utils import translation

from core.i18n import is_translated
from news.models import PressKitPage
from news.selectors import latest_articles, organisation_logo
from serving.renditions import prefetch_renditions
from serving.shared import remember
from showcase.selectors import latest_innovations, live_partners


def featured_innovations(home_page, limit=3):
    """The editors' choice of innovations (live and in the active language), else the latest.

    The choices come with their innovations and images in one query.
    """
    items = home_page.featured_innovations.select_related("innovation", "innovation__image")
    chosen = [item.innovation for item in items if item.innovation.live and is_translated(item.innovation)]
    if not chosen:
        return latest_innovations(limit)
    chosen = chosen[:limit]
    prefetch_related_objects(chosen, "themes")
    return chosen


def press_kit(home_page):
    """The live press kit under the home page, if it is in the active language."""
    kit = PressKitPage.objects.live().child_of(home_page).first()
    return kit if kit is not None and is_translated(kit) else None


def home_sections(home_page, request):
    """What the home page lists, gathered once per language and process until content
    changes (serving.shared): every list here changes only when something is saved."""
    name = ("home-sections", home_page.pk, translation.get_language())
    return remember(request, name, lambda: _gather(home_page, request))


def _gather(home_page, request):
    featured = featured_innovations(home_page)
    latest_news = latest_articles(limit=3)
    partner_logos = list(live_partners().filter(logo__isnull=False))
    prefetch_renditions(
        home_page.hero_image,
        organisation_logo(request),
        *(innovation.image for innovation in featured),
        *(article.hero_image for article in latest_news),
        *(partner.logo for partner in partner_logos),
    )
    return {
        "featured": featured,
        "latest_news": latest_news,
        "partner_logos": partner_logos,
        "press_kit": press_kit(home_page),
    }
