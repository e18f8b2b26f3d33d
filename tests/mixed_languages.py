"""Finds Arabic that an English page shows without saying it is Arabic.

Arabic may appear on an English page only inside an element marked `lang="ar"` (a name, a
quotation, the language switcher). `unmarked_arabic(html)` walks the document keeping the
language of the nearest ancestor that declares one and returns every piece of Arabic text
(text, readable attributes, JSON-LD strings) met where that language is not Arabic.
"""

import json
import re
from html.parser import HTMLParser

ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# Attributes a reader sees or hears (URLs are left aside: a slug is not read).
# Elements that mean nothing empty: a heading, paragraph, list item or link with no text.
WRAPPERS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "ul", "ol", "dl", "dt", "dd", "a", "option"}
WRAPPERS |= {"figcaption", "blockquote", "cite", "address", "section", "strong"}
MEDIA = {"img", "svg", "picture", "iframe", "video", "input", "select", "textarea", "button"}
READABLE = {"alt", "title", "aria-label", "placeholder", "content", "label", "value", "aria-description"}


def _is_address(text):
    return text.startswith(("http://", "https://", "/", "#"))


def _strings(value):
    """The strings in a JSON value, addresses left aside."""
    if isinstance(value, str):
        if not _is_address(value):
            yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


class _Walker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # [tag, language, has content, may be empty] of the open elements
        self.found = []
        self.empty = []
        self.in_json_ld = False

    def language(self):
        return self.stack[-1][1] if self.stack else ""

    def _check(self, text, where):
        if ARABIC.search(text) and not self.language().startswith("ar"):
            self.found.append(f"{where}: {text.strip()[:80]}")

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        language = attrs.get("lang", self.language()) or ""
        if tag in MEDIA:
            self._filled()
        if tag not in VOID:
            # Filled by a script later (a live status line) or a block of prose: may be empty.
            may_be_empty = "role" in attrs or (tag == "div" and "prose" not in (attrs.get("class") or ""))
            self.stack.append([tag, language, False, may_be_empty])
        self.in_json_ld = tag == "script" and attrs.get("type") == "application/ld+json"
        for name, value in attrs.items():
            # An element's own attributes are in its own language.
            if name in READABLE and ARABIC.search(value or "") and not language.startswith("ar"):
                self.found.append(f"<{tag} {name}>: {value[:80]}")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        # Close up to the matching element (browsers forgive a missing </p> or </li>).
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                name, _language, filled, may_be_empty = self.stack[index]
                if not filled and not may_be_empty and (name in WRAPPERS or name == "div"):
                    self.empty.append(f"<{name}> inside <{self.stack[index - 1][0]}>")
                del self.stack[index:]
                break
        if tag == "script":
            self.in_json_ld = False

    def _filled(self):
        for element in self.stack:
            element[2] = True

    def handle_data(self, data):
        if data.strip():
            self._filled()
        if self.in_json_ld:
            for text in _strings(json.loads(data)):
                self._check(text, "JSON-LD")
        elif self.stack and self.stack[-1][0] in {"script", "style"}:
            return
        else:
            tag = self.stack[-1][0] if self.stack else "document"
            self._check(data, f"<{tag}>")


def _walk(html):
    walker = _Walker()
    walker.feed(html)
    walker.close()
    return walker


def unmarked_arabic(html):
    return _walk(html).found


def empty_wrappers(html):
    """Headings, paragraphs, list items, links… with nothing in them: an empty field's frame."""
    return _walk(html).empty


def unmarked_arabic_in_xml(text):
    """For feeds: any Arabic at all (a feed entry has no way to mark a phrase's language)."""
    return [match.group(0) for match in re.finditer(rf"\S*{ARABIC.pattern}\S*", text)]
