"""Dates of news pages: Hijri (Umm al-Qura) for display, publication times for feeds and metadata."""

import datetime

from django.utils import timezone
from hijridate import Gregorian


def hijri_date(day, language="ar"):
    """`day` in the Umm al-Qura calendar, e.g. “4 شوال 1447 هـ”; '' outside its range."""
    try:
        hijri = Gregorian(day.year, day.month, day.day).to_hijri()
    except (OverflowError, ValueError):
        return ""  # hijridate covers 1924–2077 only
    suffix = "هـ" if language == "ar" else "AH"
    return f"{hijri.day} {hijri.month_name(language)} {hijri.year} {suffix}"


def published_at(article):
    """When the article came out, as an aware datetime (feeds and metadata need a time).

    The article's own date is what readers see, so it wins; the first publication time
    supplies the hour when it falls on that date, else the date starts at midnight here.
    """
    first = article.first_published_at
    if first and timezone.localdate(first) == article.date:
        return timezone.localtime(first)
    return timezone.make_aware(datetime.datetime.combine(article.date, datetime.time.min))


def modified_at(article):
    """The last publication, never before `published_at`."""
    published = published_at(article)
    last = article.last_published_at
    return max(timezone.localtime(last), published) if last else published
