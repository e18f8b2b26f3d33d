"""Hijri (Umm al-Qura) dates for news pages."""

from hijridate import Gregorian


def hijri_date(day, language="ar"):
    """`day` in the Umm al-Qura calendar, e.g. “4 شوال 1447 هـ”; '' outside its range."""
    try:
        hijri = Gregorian(day.year, day.month, day.day).to_hijri()
    except (OverflowError, ValueError):
        return ""  # hijridate covers 1924–2077 only
    suffix = "هـ" if language == "ar" else "AH"
    return f"{hijri.day} {hijri.month_name(language)} {hijri.year} {suffix}"
