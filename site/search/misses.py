"""Counting the searches that found nothing, for the admin's report (core.reports).

Only the normalised query text, its language, the day and a count are kept: nothing about
the reader, so the report needs no consent and no clean-up of personal data.
"""

from django.db import IntegrityError, transaction
from django.db.models import F, Sum
from django.utils import timezone

from search.models import SearchMiss

REPORT_DAYS = 30


def normalised(query):
    """The query as the report groups it: its words, case-folded, one space apart."""
    return " ".join(term.word.casefold() for term in query.terms)[:200]


def record_miss(query, language):
    text = normalised(query)
    if not text:
        return
    today = timezone.localdate()
    updated = SearchMiss.objects.filter(day=today, language=language, query=text).update(count=F("count") + 1)
    if updated:
        return
    try:
        with transaction.atomic():
            SearchMiss.objects.create(day=today, language=language, query=text, count=1)
    except IntegrityError:  # another request created it in between
        SearchMiss.objects.filter(day=today, language=language, query=text).update(count=F("count") + 1)


def recent_misses(language=None, days=REPORT_DAYS):
    """(language, query, searches) over the last `days` days, the most searched first."""
    since = timezone.localdate() - timezone.timedelta(days=days - 1)
    rows = SearchMiss.objects.filter(day__gte=since)
    if language:
        rows = rows.filter(language=language)
    return (
        rows.values("language", "query")
        .annotate(searches=Sum("count"))
        .order_by("-searches", "language", "query")
    )
