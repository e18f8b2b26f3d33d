"""The "submit your innovation" form, filled and sent with JavaScript off, in both languages."""

import io

import pytest
from PIL import Image

pytestmark = pytest.mark.browser

ANSWERS = {
    "ar": {
        "name": "مظلة ذكية 🌂",
        "summary": "مظلة تبرد الحاج وتدله على مخيمه.",
        "challenge": "الحر الشديد في المشاعر.",
        "solution": "مظلة بمروحة وشاشة صغيرة.",
        "team": "فريق الظل",
        "contact_name": "سارة أحمد",
        "contact_email": "sara@example.org",
        "country": "السعودية",
    },
    "en": {
        "name": "Smart umbrella",
        "summary": "An umbrella that cools pilgrims.",
        "challenge": "Heat at the holy sites.",
        "solution": "An umbrella with a fan.",
        "team": "Shade team",
        "contact_name": "Sara Ahmed",
        "contact_email": "sara@example.org",
        "country": "Saudi Arabia",
    },
}


def png(tmp_path):
    path = tmp_path / "photo.png"
    out = io.BytesIO()
    Image.new("RGB", (80, 60), (10, 120, 90)).save(out, format="PNG")
    path.write_bytes(out.getvalue())
    return path


@pytest.mark.parametrize("language", ["ar", "en"])
def test_fill_and_send_without_javascript(new_page, urls, language, tmp_path):
    page = new_page(javascript=False)
    page.goto(urls["ShowcaseIndexPage"][language])
    with page.expect_navigation():
        page.locator("[data-testid=submit-innovation]").click()
    assert page.get_attribute("html", "lang") == language
    assert page.get_attribute("html", "dir") == ("rtl" if language == "ar" else "ltr")
    form = page.locator("[data-testid=innovation-submission-form]")
    assert form.is_visible()
    # The honeypot is out of sight.
    trap = page.locator(".form-trap").bounding_box()
    assert trap is None or (trap["width"] <= 1 and trap["height"] <= 1)

    # First, a mistake: the e-mail address is not one. The answers come back kept.
    for name, value in ANSWERS[language].items():
        form.locator(f"[name={name}]").fill(value)
    form.locator("[name=contact_email]").fill("not an address")
    form.locator("[name=stage]").select_option("prototype")
    form.locator("[name=themes]").first.check()
    form.locator("[name=image]").set_input_files(str(png(tmp_path)))
    form.locator("[name=consent]").check()
    page.wait_for_timeout(5500)  # the form refuses answers sent faster than a person types
    with page.expect_navigation():
        form.locator("[data-testid=submit-button]").click()
    assert page.locator("[data-testid=field-error]").count() == 1
    assert form.locator("[name=name]").input_value() == ANSWERS[language]["name"]
    assert page.get_attribute("html", "lang") == language

    # Corrected and sent again (a file input is never refilled by a browser).
    form.locator("[name=contact_email]").fill(ANSWERS[language]["contact_email"])
    form.locator("[name=consent]").check()
    page.wait_for_timeout(5500)
    with page.expect_navigation():
        form.locator("[data-testid=submit-button]").click()
    assert page.url.endswith(f"/{language}/submit-innovation/thanks/")
    assert page.locator("[data-testid=submission-thanks]").is_visible()
    assert page.get_attribute("html", "lang") == language
    assert page.watch.foreign == []
