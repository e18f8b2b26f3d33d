"""Editors' picks (core.SearchPick): pages shown above the results for one query."""

from dataclasses import dataclass

from core.i18n import translated_q
from core.models import SearchPick


@dataclass(frozen=True)
class Pick:
    title: str
    url: str


def picks_for(query, language, request):
    """The live pages editors picked for this query in this language, in their order."""
    keys = query.keys_text()
    if not keys:
        return []
    chosen = (
        SearchPick.objects.filter(language=language, query_keys=keys, page__live=True)
        .filter(translated_q(language, prefix="page__"))
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    picks, seen = [], set()
    for pick in chosen:
        url = pick.page.get_url(request)
        if url and pick.page_id not in seen:
            seen.add(pick.page_id)
            picks.append(Pick(title=getattr(pick.page, f"title_{language}") or pick.page.title, url=url))
    return picks
