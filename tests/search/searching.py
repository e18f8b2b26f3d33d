"""Helpers for the search tests: publish a page the way editors do, read the result list."""

import hashlib
import re
from html import unescape

from django.utils import translation
from wagtail.models import Page

from home.models import StandardPage
from search.index import index_page
from tests.factories import translated_page

_RESULT = re.compile(r'<li class="search-result" data-testid="search-result">(.*?)</li>', re.S)
_LINK = re.compile(r'<a href="([^"]*)">(.*?)</a>', re.S)
_KIND = re.compile(r'<p class="search-result__kind">(.*?)</p>', re.S)
_EXCERPT = re.compile(r'<p class="search-result__excerpt">(.*?)</p>', re.S)


def publish_page(parent, *, title, body=("", ""), slug=None, model=StandardPage, **fields):
    """A page under `parent`, published through a revision (what the admin does), so the
    publishing signals run. `title` and `body` are (Arabic, English); an empty English title
    leaves the page untranslated."""
    if slug is None:
        digest = hashlib.sha256(title[0].encode()).hexdigest()[:10]
        slug = (f"صفحة-{digest}", f"page-{digest}")
    if model is StandardPage:
        fields["body_ar"] = [("paragraph", f"<p>{body[0]}</p>")] if body[0] else []
        fields["body_en"] = [("paragraph", f"<p>{body[1]}</p>")] if body[1] else []
    return translated_page(model, parent, title, slug, **fields)


def republish(page, **changes):
    page = Page.objects.get(pk=page.pk).specific
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


def add_pages(home, count, start=0, body=None):
    """`count` live pages holding the word زيتون (olive) in their titles, indexed like
    published ones; added without revisions, which would make 200 pages slow to build and
    change nothing here. Their Arabic text repeats “زيتون الحج” 1 to 7 times, or is `body`."""
    for number in range(start, start + count):
        page = StandardPage(
            title=f"زيتون {number}",
            title_ar=f"زيتون {number}",
            title_en=f"Olive {number}",
            slug=f"zaytun-{number}",
            slug_ar=f"zaytun-{number}",
            slug_en=f"olive-{number}",
            body_ar=[("paragraph", f"<p>{body or 'زيتون الحج ' * (1 + number % 7)}</p>")],
            body_en=[("paragraph", "<p>Olive</p>")],
        )
        home.add_child(instance=page)
        index_page(page)


def results(response):
    """The results on a search page: url, title (text and HTML), kind, excerpt HTML."""
    found = []
    for item in _RESULT.findall(response.content.decode()):
        href, title_html = _LINK.search(item).groups()
        excerpt = _EXCERPT.search(item)
        found.append(
            {
                "url": unescape(href),
                "title_html": title_html.strip(),
                "title": unescape(re.sub(r"<[^>]+>", "", title_html)).strip(),
                "kind": unescape(_KIND.search(item).group(1)).strip(),
                "excerpt_html": excerpt.group(1).strip() if excerpt else "",
            }
        )
    return found


def result_urls(response):
    return [result["url"] for result in results(response)]


def url_of(page, language):
    with translation.override(language):
        return page.get_url()


def search(client, language, query, **params):
    return client.get(f"/{language}/search/", {"q": query, **params})


# A small site for the search tests, built by each test that needs it (under `bare_search`):
# the words and names readers search for, in counts and places that show the ranking rules.
# Each page: a name, its (Arabic, English) title and its (Arabic, English) text.
CORPUS = [
    (
        "home",
        ("مخيم الحج الابتكاري", "Innovative Hajj Camp"),
        (
            "مخيم خاص في مشعر منى لمدة خمسة أشهر يجمع الجهات في مكان واحد.",
            "A dedicated camp in Mina for five months that brings everyone together in one place.",
        ),
    ),
    (
        "camp-story",
        ("قصة المخيم", "The camp story"),
        (
            "وقعت وزارة الحج والعمرة اتفاقية شراكة مع الهيئة العامة للأوقاف في جدة. يقام المخيم في منى، "
            "ومن منى تبدأ رحلة الضيف، وفي منى يلتقي الحجاج. مشروع يحقق رؤية 2030 ويخدم ضيوف الرحمن "
            "في برنامج يراعي المقاصد.",
            "The Ministry of Hajj and Umrah signed a partnership agreement with the General Authority "
            "for Awqaf in Jeddah. The camp stands in Mina, the guest's journey starts in Mina, and "
            "pilgrims meet in Mina. A project for Vision 2030 and the organisations that serve pilgrims.",
        ),
    ),
    (
        "press-kit",
        ("الحقيبة الإعلامية", "Press kit"),
        (
            "مخيم في منى بحاضنة من الهيئة العامة للأوقاف. المكان: منى. الهدف: رؤية 2030.",
            "A camp in Mina incubated with the General Authority for Awqaf. Place: Mina. Aim: Vision 2030.",
        ),
    ),
    (
        "agreement-signed",
        ("توقيع اتفاقية لإطلاق المخيم الجديد", "Agreement signed to launch the new camp"),
        (
            "اتفاقية وقعت في جدة لإقامة مخيم في منى، ومشاريع الشركاء.",
            "An agreement signed in Jeddah for a camp in Mina, and the partners' projects.",
        ),
    ),
    (
        "site-preparation",
        ("تجهيز الموقع في منى", "Site preparation in Mina"),
        ("بدأ العمل.", "Work has begun."),
    ),
    (
        "general-authority-for-awqaf",
        ("الهيئة العامة للأوقاف", "General Authority for Awqaf"),
        ("شريك الوزارة في إطلاق المخيم.", "The ministry's partner in launching the camp."),
    ),
    (
        "ministry-of-hajj-and-umrah",
        ("وزارة الحج والعمرة", "Ministry of Hajj and Umrah"),
        (
            "الحاضنة الرسمية مع الأوقاف، لخدمة الحجاج حتى عام 2030.",
            "The official incubator, with Awqaf, serving pilgrims until 2030.",
        ),
    ),
    (
        "manafe-consulting",
        ("منافع للاستشارات", "Manafe Consulting"),
        (
            "تنفذ منافع المشاريع في خدمة ضيوف الرحمن.",
            "Manafe carries out projects for organizations that serve the Guests of God.",
        ),
    ),
    (
        "live-crowd-map",
        ("خريطة الحشود الحية", "Live crowd map"),
        ("خريطة تعرض كثافة الحشود في المخيم.", "A map of the crowds across the camp."),
    ),
    (
        "mobile-tent-clinic",
        ("عيادة الخيمة المتنقلة", "Mobile tent clinic"),
        ("عيادة تنتقل بين الخيام للإسعاف.", "A clinic that moves between the tents, with first aid."),
    ),
    (
        "instant-pilgrim-translation",
        ("ترجمة فورية للحجاج", "Instant translation for pilgrims"),
        ("ترجمة بين لغات الحجاج.", "Translation between the languages of pilgrims."),
    ),
    (
        "lost-pilgrim-guidance",
        ("إرشاد التائهين", "Guidance for lost pilgrims"),
        ("دليل يعيد التائه إلى مخيمه.", "A guide that brings a lost pilgrim back to the camp."),
    ),
    (
        "innovations",
        ("معرض الابتكارات", "Innovation showcase"),
        ("نماذج توضح كيف تعرض الابتكارات والمشاريع الريادية.", "Entries from the camp's innovators."),
    ),
    (
        "partners",
        ("الشركاء", "Partners"),
        ("الجهات التي تقف خلف المخيم.", "The organisations behind the camp."),
    ),
]


def publish_corpus(home):
    """Publish `CORPUS` under `home`: {name: page}."""
    pages = {}
    for name, title, body in CORPUS:
        digest = hashlib.sha256(name.encode()).hexdigest()[:6]
        pages[name] = publish_page(home, title=title, body=body, slug=(f"بحث-{digest}", f"search-{name}"))
    return pages


def names(response, pages):
    """The results as the names of `pages` ({name: page}), which read the same in both
    languages' tests."""
    by_url = {url_of(page, language): name for name, page in pages.items() for language in ("ar", "en")}
    return [by_url[url] for url in result_urls(response)]


def publish_many(home, count=11):
    """`count` pages that `ابتكار` and `innovation` find: more than a page of results."""
    return [
        publish_page(
            home,
            title=(f"ابتكار رقم {number}", f"Innovation number {number}"),
            body=("نص عن الابتكار", "About innovation"),
        )
        for number in range(1, count + 1)
    ]
