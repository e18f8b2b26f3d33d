"""Every translated field in the admin runs in its own language's direction, in both admin
languages: Arabic fields right to left in an English admin, English fields left to right in an
Arabic one (text inputs, textareas, Draftail editors, StreamField children, inline panels)."""

import json

import pytest

pytestmark = pytest.mark.browser

# Reads every per-language field of the form as the editor sees it: the language its name
# says, and the direction the browser lays it out in (for Draftail, its editable area).
FIELDS_SCRIPT = """
() => {
  const segment = /^[a-z][a-z0-9_]*_(ar|en)$/;
  const languageOf = (name) => {
    const parts = name.split("-").reverse();
    for (const part of parts) { const m = segment.exec(part); if (m) return m[1]; }
    return null;
  };
  const fields = [];
  for (const el of document.querySelectorAll("input[name], textarea[name]")) {
    const language = languageOf(el.name);
    if (!language) continue;
    let target = null;
    if (el.tagName === "TEXTAREA" || ["text", "search"].includes(el.type)) target = el;
    else if (el.type === "hidden" && el.hasAttribute("data-draftail-input")) {
      target = el.parentElement.querySelector(".public-DraftEditor-content");
    }
    if (!target) continue;
    fields.push({
      name: el.name, language,
      direction: getComputedStyle(target).direction,
      lang: target.closest("[lang]").getAttribute("lang"),
      kind: target === el ? el.tagName.toLowerCase() : "draftail",
    });
  }
  return fields;
}
"""


@pytest.fixture(scope="module")
def signed_in(server):
    sessions = {}
    for language in ("en", "ar"):
        script = f"from tests.browser.admin_session import create; create('editor_{language}', '{language}')"
        output = server.manage("shell", "-c", script)
        sessions[language] = json.loads(output.strip().splitlines()[-1])
    return sessions


@pytest.mark.parametrize("admin_language", ["en", "ar"])
def test_translated_fields_take_their_languages_direction(new_page, server, signed_in, admin_language):
    session = signed_in[admin_language]
    page = new_page()
    page.context.add_cookies(
        [{"name": session["cookie"], "value": session["session"], "url": server.base_url}]
    )
    kinds, names = set(), set()
    for form, url in session["urls"].items():
        page.goto(url)
        assert page.locator("html").get_attribute("lang") == admin_language, form
        # Draftail draws its editors after load; wait for every rich-text input to have one.
        page.wait_for_function(
            """() => [...document.querySelectorAll('input[data-draftail-input]')]
                 .every((el) => el.parentElement.querySelector('.public-DraftEditor-content'))"""
        )
        fields = page.evaluate(FIELDS_SCRIPT)
        languages = {field["language"] for field in fields}
        assert languages == {"ar", "en"}, f"{form}: expected fields in both languages, found {languages}"
        wrong = [
            field
            for field in fields
            if field["direction"] != {"ar": "rtl", "en": "ltr"}[field["language"]]
            or field["lang"] != field["language"]
        ]
        assert not wrong, f"{form} ({admin_language} admin): {wrong[:5]}"
        kinds.update(field["kind"] for field in fields)
        names.update(field["name"] for field in fields)
    assert kinds == {"input", "textarea", "draftail"}
    # StreamField children (body_ar-0-value…) and inline panels (team_members-0-name_ar) too.
    assert any(name.startswith("body_ar-") for name in names)
    assert any(name.startswith("team_members-") and name.endswith("_en") for name in names)
    assert not page.watch.errors
