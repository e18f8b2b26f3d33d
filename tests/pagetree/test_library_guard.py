"""pagetree replaces two functions of wagtail-modeltranslation 0.16.1 (see pagetree.overrides).

These tests fail when the library changes under the override: its code differs from the code
the override was written against, or it stops installing its patches the way the override
relies on (so ours would be silently skipped or the library's code would run again).
"""

import hashlib
import inspect

from django.http import Http404
from django.test import RequestFactory
from django.utils import translation
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page
from wagtail_modeltranslation import patch_wagtailadmin
from wagtail_modeltranslation.patch_wagtailadmin import WagtailTranslator

from home.models import StandardPage
from news.models import PressKitPage
from pagetree import overrides
from tests.factories import translated_page

# sha256 of inspect.getsource() of the library code the overrides were written against.
KNOWN_SOURCES = {
    "wagtail_modeltranslation _new_route": (
        overrides.LIBRARY_ROUTE,
        "deccc0c8975a2a9e7637335815dec8cb75150b96cee7f862e645bfc30bdbeaa5",
    ),
    "wagtail_modeltranslation _validate_slugs": (
        overrides.LIBRARY_VALIDATE_SLUGS,
        "10939e5b7b752aa7070073c3900a77da2224d600716d91b6189d7f59b2c9dd6c",
    ),
    # The clean it installs calls `_validate_slugs` through the module's globals.
    "wagtail_modeltranslation _patch_clean": (
        patch_wagtailadmin._patch_clean,
        "09c4ffb5537e6cdb7d2782edb0c03aeebb69a6731719cb1d834550bc5fad9e5c",
    ),
    # pagetree.overrides.route repeats this for routable pages (the press kit).
    "wagtail RoutablePageMixin.route": (
        RoutablePageMixin.route,
        "34175f2079a3b1a4d8685bd730cc88beffa990217d64fc034112a752db710586",
    ),
}


def source_hash(function):
    return hashlib.sha256(inspect.getsource(function).encode()).hexdigest()


def test_the_replaced_library_code_is_the_code_the_override_was_written_against():
    changed = [name for name, (function, known) in KNOWN_SOURCES.items() if source_hash(function) != known]
    assert not changed, f"re-read pagetree.overrides against the new {changed}, then update the hashes"


def test_every_page_model_routes_with_the_override():
    page_models = [model for model in WagtailTranslator._patched_models if issubclass(model, Page)]
    assert Page in page_models and StandardPage in page_models and PressKitPage in page_models
    for model in page_models:
        assert model.route is overrides.route, model


def test_the_library_clean_calls_the_override_for_slug_validation():
    assert patch_wagtailadmin._validate_slugs is overrides.validate_slugs
    for model in (Page, StandardPage):
        clean = model.__dict__["clean"]
        assert "_validate_slugs" in clean.__code__.co_names
        assert clean.__globals__ is vars(patch_wagtailadmin)


def test_override_routes_like_the_library(home):
    """Same child (or 404) as the library's route for each slug, in each language, with the
    fallback of an untranslated English slug to the Arabic one."""
    parent = translated_page(StandardPage, home, ("قسم", "Section"), ("قسم-الحراسة", "guard-section"))
    translated_page(StandardPage, parent, ("أ", "A"), ("ألف", "alpha"))
    translated_page(StandardPage, parent, ("ب", ""), ("باء", ""))  # English falls back to باء
    clash = translated_page(StandardPage, parent, ("ج", "C"), ("جيم", "gamma"))
    # Validation refuses this English slug (the untranslated sibling shows باء in English too);
    # older data may still hold it, and the first page in tree order must win, as before.
    Page.objects.filter(pk=clash.pk).update(slug_en="باء")
    parent = Page.objects.get(pk=parent.pk)
    request = RequestFactory().get("/")
    slugs = ["ألف", "alpha", "باء", "جيم", "nothing", "ALPHA"]
    for language in ("ar", "en"):
        with translation.override(language):
            for slug in slugs:
                assert outcome(overrides.route, parent, request, slug) == outcome(
                    overrides.LIBRARY_ROUTE, parent, request, slug
                ), (language, slug)


def outcome(route, parent, request, slug):
    try:
        return route(parent, request, [slug]).page.pk
    except Http404:
        return "404"


def test_override_validates_slugs_like_the_library(home):
    parent = translated_page(StandardPage, home, ("قسم", "Section"), ("قسم-التحقق", "check-section"))
    translated_page(StandardPage, parent, ("أ", "A"), ("ألف", "alpha"))
    translated_page(StandardPage, parent, ("ب", ""), ("باء", ""))
    cases = [
        ("ألف", "beta"),  # Arabic taken
        ("جديد", "alpha"),  # English taken
        ("جديد", "باء"),  # English taken by an untranslated sibling's Arabic fallback
        ("باء", ""),  # Arabic taken, and English falls back to it
        ("جديد", ""),  # free in both
        ("جديد", "new"),
    ]
    page = translated_page(StandardPage, parent, ("جديد", "New"), ("مؤقت", "temporary"))
    for slug_ar, slug_en in cases:
        page.slug_ar, page.slug_en = slug_ar, slug_en  # as an editor's form would, before saving
        with translation.override("ar"):
            assert overrides.validate_slugs(page) == overrides.LIBRARY_VALIDATE_SLUGS(page), (
                slug_ar,
                slug_en,
            )
    page.slug_ar, page.slug_en = "باء", ""
    with translation.override("en"):  # the messages are lazy: compared in English
        errors = overrides.validate_slugs(page)
        assert errors == {"slug_ar": "This slug is already in use", "slug_en": "This slug is already in use"}
