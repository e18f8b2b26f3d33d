"""Reads of the showcase that cross models. Each costs a fixed number of queries,
whatever the number of items it returns. Renditions are left to the page, which reads
every image's renditions in one query (serving.renditions)."""

from django.db.models import Exists, OuterRef, QuerySet, prefetch_related_objects

from serving.renditions import prefetch_renditions
from showcase.models import InnovationPage, PartnerPage
from showcase.models.innovations import InnovationQuerySet

# The innovation–theme links (the showcase filter counts and narrows by them too).
Themes = InnovationPage.themes.through


def live_innovations(under=None):
    """Live innovations in the active language (children of `under` when given), newest
    first, ready for cards (image and themes fetched)."""
    return InnovationPage.objects.for_cards(under)


def latest_innovations(limit=3):
    return list(live_innovations()[:limit])


def live_partners():
    return PartnerPage.objects.for_cards()


def _theme_ids(innovation):
    """The innovation's themes as a subquery; a preview's edited themes as a list of ids."""
    themes = innovation.themes.all()
    if isinstance(themes, QuerySet):
        return themes.values("pk")
    return [theme.pk for theme in themes]


def related_innovations(innovation, limit=3):
    """The newest live innovations sharing a theme with `innovation`.

    EXISTS rather than a join with DISTINCT: the database walks the newest innovations by
    the published_on index and stops at `limit`, instead of de-duplicating every innovation
    that shares a theme (at 20,000 pages the DISTINCT alone took ~60 ms).
    """
    shares_a_theme = Themes.objects.filter(
        innovationpage_id=OuterRef("pk"), theme_id__in=_theme_ids(innovation)
    )
    return list(
        InnovationPage.objects.shown()
        .filter(Exists(shares_a_theme))
        .exclude(pk=innovation.pk)
        .select_related("image")
        .order_by(*InnovationQuerySet.NEWEST_FIRST)[:limit]
    )


def innovation_details(innovation):
    """Everything the innovation page lists besides its own fields."""
    related = related_innovations(innovation)
    # The page's themes and those of the related cards, in one query.
    prefetch_related_objects([innovation, *related], "themes")
    partners = list(live_partners().filter(innovations=innovation))
    gallery = list(innovation.gallery_images.select_related("image"))
    prefetch_renditions(
        innovation.image,
        *(partner.logo for partner in partners),
        *(item.image for item in gallery),
        *(other.image for other in related),
    )
    return {
        "themes": innovation.themes.all(),
        "innovation_partners": partners,
        "team": list(innovation.team_members.all()),
        "links": list(innovation.links.all()),
        "gallery": gallery,
        "related_innovations": related,
    }
