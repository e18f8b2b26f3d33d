"""Where modeltranslation's fallback is on (the admin) and off (everything readers see)."""

from django.http import HttpResponse
from django.test import RequestFactory
from modeltranslation.thread_context import fallbacks_enabled
from modeltranslation.utils import fallbacks

from bilingual.pages import build_object
from core.fallbacks import OwnLanguageMiddleware, own_language_only, with_fallback
from showcase.models import InnovationTeamMember
from tests.factories import InnovationFactory, ShowcaseIndexFactory
from tests.helpers import url_in


def fallback_seen_by(path):
    seen = []
    middleware = OwnLanguageMiddleware(lambda request: seen.append(fallbacks_enabled()) or HttpResponse())
    middleware(RequestFactory().get(path))
    return seen[0]


def test_off_for_readers_on_for_editors():
    assert fallback_seen_by("/en/innovations/") is False
    assert fallback_seen_by("/en/feeds/news/") is False
    assert fallback_seen_by("/sitemap.xml") is False
    assert fallback_seen_by("/admin/pages/") is True
    assert fallbacks_enabled() is True  # and the switch is back where it was afterwards


def test_switching_back_restores_what_was_there():
    # modeltranslation's own `fallbacks()` resets to the default on exit, which would turn the
    # fallback back on halfway through a public request; these restore the outer setting.
    with own_language_only():
        with with_fallback():
            assert fallbacks_enabled() is True
        assert fallbacks_enabled() is False
        with fallbacks(True):
            pass
        # (the library's reset, shown: the reason the site does not use it inside requests)
        assert fallbacks_enabled() is True


def make_team_member_english_less(home):
    member = build_object(
        InnovationTeamMember, name={"ar": "سارة", "en": "Sara"}, role={"ar": "قائدة", "en": "Lead"}
    )
    page = InnovationFactory(
        parent=ShowcaseIndexFactory(parent=home),
        summary={"ar": "ملخص", "en": "Summary"},
        team_members=[member],
    )
    member = page.team_members.first()
    member.name_en = ""
    member.role_en = ""
    member.save()
    return page, member


def test_a_name_without_english_stays_in_arabic_marked_as_arabic(client, home):
    page, member = make_team_member_english_less(home)
    html = client.get(url_in(page, "en")).content.decode()
    assert f'<span class="team__name"><span lang="ar" dir="rtl">{member.name_ar}</span></span>' in html
    assert member.role_ar not in html  # a role is not a name: left out


def test_the_english_preview_shows_what_readers_will_see(home):
    page, member = make_team_member_english_less(home)
    page.summary_en = ""
    with fallbacks(True):  # as in the admin, where previews are made
        response = page.make_preview_request(preview_mode="en")
    html = response.content.decode()
    assert page.summary_ar not in html
    assert f'<span lang="ar" dir="rtl">{member.name_ar}</span>' in html
