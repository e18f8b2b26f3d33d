"""The innovation page: every part of an innovation, and a video that waits for a click."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from bilingual.pages import build_object
from showcase.models import InnovationGalleryImage, InnovationLink, InnovationTeamMember
from showcase.video import video_embed_url
from tests.factories import ImageFactory, InnovationFactory, ShowcaseIndexFactory, ThemeFactory
from tests.helpers import url_in


@pytest.fixture
def innovation(home):
    """An innovation with every part filled in, in both languages."""
    return InnovationFactory(
        parent=ShowcaseIndexFactory(parent=home),
        revision=True,
        challenge={"ar": "<p>تحدي الازدحام</p>", "en": "<p>The crowding challenge</p>"},
        solution={"ar": "<p>حل بالخرائط</p>", "en": "<p>A solution with maps</p>"},
        results={
            "ar": [("figure", {"value": "40%", "label": "أقل انتظارا"})],
            "en": [("figure", {"value": "40%", "label": "less waiting"})],
        },
        stage="pilot",
        themes=[ThemeFactory(), ThemeFactory()],
        team_members=[
            build_object(InnovationTeamMember, name={"ar": "سارة", "en": "Sara"}, role={"ar": "قائدة"})
        ],
        gallery_images=[
            build_object(
                InnovationGalleryImage, image=ImageFactory(), caption={"ar": "الخيمة", "en": "The tent"}
            )
        ],
        links=[
            build_object(InnovationLink, title={"ar": "الموقع", "en": "Website"}, url="https://example.org/x")
        ],
    )


@pytest.mark.parametrize(
    ("url", "embed"),
    [
        (
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1",
        ),
        ("https://youtu.be/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"),
        (
            "https://m.youtube.com/shorts/dQw4w9WgXcQ",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1",
        ),
        ("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871?autoplay=1"),
        ("https://evil.example/watch?v=dQw4w9WgXcQ", ""),
        ("https://www.youtube.com/watch?v=<script>", ""),
        ("javascript:alert(1)", ""),
        ("", ""),
    ],
)
def test_only_youtube_and_vimeo_addresses_become_players(url, embed):
    assert video_embed_url(url) == embed


def test_other_video_hosts_are_refused_in_the_editor(innovation):
    page = innovation
    page.video_url = "https://evil.example/video"
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "video_url" in error.value.message_dict


@pytest.mark.parametrize("language", ["ar", "en"])
def test_video_waits_for_a_click(client, innovation, language):
    page = innovation
    page.video_url = "https://vimeo.com/76979871"
    page.save_revision().publish()
    body = client.get(url_in(page, language)).content.decode()
    assert 'data-video-src="https://player.vimeo.com/video/76979871?autoplay=1"' in body
    assert "<iframe" not in body  # nothing loads from the host until the visitor asks
    assert 'href="https://vimeo.com/76979871"' in body  # without JavaScript: a link to the video


@pytest.mark.parametrize("language", ["ar", "en"])
def test_shows_challenge_solution_stage_themes_team_gallery_results_and_links(client, innovation, language):
    page = innovation
    body = client.get(url_in(page, language)).content.decode()
    assert getattr(page, f"challenge_{language}") in body
    assert getattr(page, f"solution_{language}") in body
    with translation.override(language):
        assert str(page.get_stage_display()) in body
    for theme in page.themes.all():
        assert f"?theme={theme.slug}" in body
    for member in page.team_members.all():
        assert getattr(member, f"name_{language}") in body
    for item in page.gallery_images.all():
        assert getattr(item, f"caption_{language}") in body
    for link in page.links.all():
        assert link.url in body
    for block in getattr(page, f"results_{language}"):
        assert block.value["label"] in body
