"""The search page: /ar/search/?q=… and /en/search/?q=…, each searching its own language."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.http import Http404
from django.shortcuts import render
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Site

from core.i18n import current_language
from core.paging import paginate
from search.excerpts import excerpt, highlight
from search.misses import record_miss
from search.models import SearchEntry
from search.picks import picks_for
from search.query import Query
from search.ranking import COUNT_LIMIT, search
from search.scope import scope_of
from search.synonyms import synonym_map
from search.typos import correct
from serving.shared import remember

PER_PAGE = 10

BLANK_HINT = _("Type a word or two, then press Search.")
TOO_SHORT_HINT = _("Type at least two letters.")
STOP_WORDS_HINT = _("Add a more specific word: very common words are not searched on their own.")


@dataclass(frozen=True)
class Hit:
    """One result as the template shows it: marked title, address, kind of page, excerpt."""

    title: str
    url: str
    kind: str
    excerpt: str


def search_view(request):
    query = Query.parse(request.GET.get("q", ""))
    context = {
        "search_query": query.text,
        "hint": None,
        "page_obj": None,
        "hits": [],
        "partial": False,
        "corrected_from": None,
        "picks": [],
        "more_than": None,
        # A page object is false when it holds no result: the template asks this instead.
        "searched": False,
    }
    if not query.text:
        context["hint"] = BLANK_HINT
    elif not query.terms:
        context["hint"] = STOP_WORDS_HINT if query.only_stop_words else TOO_SHORT_HINT
    else:
        language = current_language()
        site = Site.find_for_request(request)
        root = site.root_page if site else None
        # Which pages may be listed changes only with content: read once per generation.
        scope = remember(request, ("search-scope", root.pk if root else None), lambda: scope_of(root))
        query = Query.parse(query.text, synonym_map(language))
        offset = (requested_page(request.GET) - 1) * PER_PAGE
        if offset >= COUNT_LIMIT:  # only the first COUNT_LIMIT results are offered
            raise Http404("Invalid page number")
        results = search(query, language, offset=offset, limit=PER_PAGE, scope=scope)
        if (not results or results.partial) and "exact" not in request.GET:
            corrected = correct(query, language)
            if corrected:
                better_query = Query.parse(corrected, synonym_map(language))
                better = search(better_query, language, offset=offset, limit=PER_PAGE, scope=scope)
                if len(better) > len(results) or (better and not better.partial):
                    context["corrected_from"] = query.text
                    context["exact_url"] = f"{request.path}?{urlencode({'q': query.text, 'exact': '1'})}"
                    query, results = better_query, better
                    context["search_query"] = query.text
        # A bad ?page= (abc, 0, -1, past the end) is a 404 page in the visitor's language.
        page_obj = paginate(results, request.GET, PER_PAGE)
        picks = picks_for(query, language, request) if page_obj.number == 1 else []
        # A query editors answered with a pick is no longer one readers found nothing for.
        if not results and not picks and page_obj.number == 1:
            record_miss(query, language)
        context.update(
            searched=True,
            picks=picks,
            page_obj=page_obj,
            hits=hits_for(page_obj.object_list, query, request),
            partial=results.partial,
            # “More than 1,000 results”: past COUNT_LIMIT matches are not counted.
            more_than=number_format(COUNT_LIMIT, force_grouping=True) if results.more else None,
        )
    response = render(request, "search/search.html", context)
    # Result pages are endless variations of the site's own content: keep them out of indexes.
    response["X-Robots-Tag"] = "noindex"
    return response


def requested_page(params):
    """The page number asked for, to search only that page; `paginate` turns a bad one
    into a 404 (and a page past the end finds no rows, so it is a 404 too)."""
    raw = params.get("page", "1")
    return int(raw) if raw.isdigit() and 0 < len(raw) <= 6 and int(raw) > 0 else 1


def hits_for(entry_ids, query, request):
    """The page of results in rank order; the same few queries for 1 result or 10."""
    # The content type comes along: each result names its kind of page. Entries exist only
    # for live pages (search.index); a page made not live behind the index's back is not shown.
    found = SearchEntry.objects.filter(pk__in=entry_ids, page__live=True).select_related("page__content_type")
    entries = {entry.pk: entry for entry in found}
    matches = {}  # word → the query word it matches, shared by the page's titles and excerpts
    hits = []
    for pk in entry_ids:
        entry = entries.get(pk)
        if entry is None:  # deleted since the search ran
            continue
        hits.append(
            Hit(
                title=highlight(entry.title, query.terms, matches),
                url=entry.page.get_url(request) or "",
                kind=(entry.page.content_type.model_class() or Page)._meta.verbose_name,
                excerpt=excerpt(entry.text, query.terms, matches),
            )
        )
    return hits
