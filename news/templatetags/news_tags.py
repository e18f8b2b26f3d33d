from django import template
from django.utils.dateformat import format as format_date
from django.utils.html import format_html

from core.i18n import current_language
from news.dates import hijri_date

register = template.Library()


@register.simple_tag
def article_dates(article):
    """The article's date; Arabic pages add the Hijri (Umm al-Qura) date beside it."""
    gregorian = format_html(
        '<time datetime="{}">{}</time>', article.date.isoformat(), format_date(article.date, "j F Y")
    )
    if current_language() != "ar":
        return gregorian
    hijri = article.hijri_date_override or hijri_date(article.date, "ar")
    if not hijri:
        return gregorian
    return format_html('{} <span class="hijri-date">({})</span>', gregorian, hijri)
