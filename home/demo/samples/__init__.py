"""Sample content for the demo: not facts from the seed. Every object made from this file
is flagged `is_sample` in the CMS (and labelled on the site) so editors replace it.

Each text is `{"ar": …, "en": …}`. The details shared by the whole demo are here; each
section's samples are in `showcase.py` and `news.py`, where a text shared by many samples is
written once, with `{title}` where the sample's own title goes."""

IMAGE_CREDIT = {"ar": "صورة تجريبية مولدة للعرض", "en": "Sample image generated for the demo"}
IMAGE_LICENCE = "Sample content: replace before launch"

SOCIAL_LINK = {
    "label": {"ar": "إكس (تجريبي)", "en": "X (sample)"},
    "url": "https://example.org/sample-social",
}
CONTACT_EMAIL = "media@example.org"
MEDIA_CONTACT = {
    "name": {"ar": "المكتب الإعلامي (بيانات تجريبية)", "en": "Media office (sample details)"},
    "role": {"ar": "للاستفسارات الصحفية", "en": "Press enquiries"},
    "email": CONTACT_EMAIL,
    "phone": "+966 12 000 0000",
}


def with_title(texts, title):
    """A shared text, per language, with the sample's own title in it."""
    return {code: text.format(title=title[code]) for code, text in texts.items()}
