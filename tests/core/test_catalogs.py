"""Every interface string is translated, and the compiled catalogues match their sources.

The compiled .mo files are committed, so a fresh machine needs no gettext tools; this test
catches a .po edited without recompiling.
"""

import ast
import gettext
import re
from pathlib import Path

import pytest

LOCALE = Path(__file__).resolve().parents[2] / "locale"
ENTRY = re.compile(r'^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?) (".*")$')


def parse_po(path):
    """The entries of a .po file as dicts of keyword → text (enough for these checks)."""
    entries, entry, key, fuzzy = [], {}, None, False
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("#,") and "fuzzy" in line:
            fuzzy = True
        match = ENTRY.match(line)
        if match:
            key = match.group(1)
            entry[key] = ast.literal_eval(match.group(2))
        elif line.startswith('"') and key:
            entry[key] += ast.literal_eval(line)
        elif not line.strip() and entry:
            entry["fuzzy"] = fuzzy
            entries.append(entry)
            entry, key, fuzzy = {}, None, False
    return [e for e in entries if e.get("msgid")]


@pytest.mark.parametrize("language", ["ar", "en"])
def test_every_string_is_translated(language):
    entries = parse_po(LOCALE / language / "LC_MESSAGES" / "django.po")
    assert len(entries) > 100
    for entry in entries:
        translations = [v for k, v in entry.items() if k.startswith("msgstr")]
        assert all(translations), entry["msgid"]
        assert not entry["fuzzy"], entry["msgid"]


@pytest.mark.parametrize("language", ["ar", "en"])
def test_compiled_catalogue_matches_its_source(language):
    folder = LOCALE / language / "LC_MESSAGES"
    with open(folder / "django.mo", "rb") as handle:
        compiled = gettext.GNUTranslations(handle)._catalog
    for entry in parse_po(folder / "django.po"):
        key = entry["msgid"] if "msgctxt" not in entry else f"{entry['msgctxt']}\x04{entry['msgid']}"
        if "msgid_plural" in entry:
            assert compiled[(key, 0)] == entry["msgstr[0]"], entry["msgid"]
        else:
            assert compiled[key] == entry["msgstr"], entry["msgid"]
