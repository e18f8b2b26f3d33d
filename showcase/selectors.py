"""Reads of the showcase that cross models. Each costs a fixed number of queries,
whatever the number of items it returns."""

from core.i18n import translated_q
from showcase.models import InnovationPage, PartnerKind, PartnerPage


def live_innovations():
    """Live innovations in the active language, ready for cards (image and themes fetched)."""
    return (
        InnovationPage.objects.live()
        .filter(translated_q())
        .select_related("image")
        .prefetch_related("themes", "image__renditions")
        .order_by("-published_on", "-first_published_at", "pk")
    )


def live_partners():
    return (
        PartnerPage.objects.live()
        .filter(translated_q())
        .select_related("logo")
        .prefetch_related("logo__renditions")
        .order_by("path")
    )


def partners_by_kind(index_page):
    """The partner index: partners grouped by kind, groups in the order of PartnerKind."""
    partners = list(live_partners().child_of(index_page))
    groups = []
    for kind in PartnerKind:
        members = [partner for partner in partners if partner.kind == kind.value]
        if members:
            groups.append({"kind": kind, "label": kind.label, "partners": members})
    return groups


def innovations_of_partner(partner):
    return list(live_innovations().filter(partners=partner))


def innovation_details(innovation):
    """Everything the innovation page lists besides its own fields."""
    theme_ids = [theme.pk for theme in innovation.themes.all()]
    related = (
        live_innovations().filter(themes__in=theme_ids).exclude(pk=innovation.pk).distinct()[:3]
        if theme_ids
        else []
    )
    return {
        "themes": innovation.themes.all(),
        "innovation_partners": list(live_partners().filter(innovations=innovation)),
        "team": innovation.team_members.all(),
        "gallery": innovation.gallery_images.select_related("image").prefetch_related("image__renditions"),
        "related_innovations": list(related),
    }


def featured_innovations(chosen_pages, limit=3):
    """The home page's featured innovations: the editors' choice, else the latest."""
    chosen_ids = [page.pk for page in chosen_pages]
    if chosen_ids:
        by_id = {page.pk: page for page in live_innovations().filter(pk__in=chosen_ids)}
        chosen = [by_id[pk] for pk in chosen_ids if pk in by_id]
        if chosen:
            return chosen[:limit]
    return list(live_innovations()[:limit])
