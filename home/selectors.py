"""What the home page gathers from the sections, at a fixed number of queries."""

from news.models import PressKitPage
from news.selectors import latest_articles
from showcase.selectors import featured_innovations, live_partners


def home_sections(home_page):
    chosen = [item.innovation for item in home_page.featured_innovations.select_related("innovation")]
    press_kit = PressKitPage.objects.live().first()
    return {
        "featured": featured_innovations(chosen, limit=3),
        "latest_news": latest_articles(limit=3),
        "partner_logos": [partner for partner in live_partners() if partner.logo_id],
        "press_kit": press_kit if press_kit and press_kit.is_translated() else None,
    }
