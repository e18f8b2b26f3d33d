"""Small helpers for reading pages in tests."""

import re
from html.parser import HTMLParser

from django.db import connection
from django.utils import translation


def page_types():
    """Every public page type, in the order a visitor meets them."""
    from home.models import HomePage, StandardPage
    from news.models import NewsArticlePage, NewsIndexPage, PressKitPage
    from showcase.models import InnovationPage, PartnerIndexPage, PartnerPage, ShowcaseIndexPage

    return [
        HomePage,
        StandardPage,
        PartnerIndexPage,
        PartnerPage,
        ShowcaseIndexPage,
        InnovationPage,
        NewsIndexPage,
        NewsArticlePage,
        PressKitPage,
    ]


def url_in(page, language):
    with translation.override(language):
        return page.get_url()


def get(client, url, **extra):
    return client.get(url, **extra)


def queries_of(client, url):
    """(sql, params) of every query a GET of `url` runs, with the parameters as bound (to
    read a query's plan as the request ran it); the response must be a 200."""
    executed = []

    def record(execute, sql, params, many, context):
        executed.append((sql, params))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        assert client.get(url).status_code == 200
    return executed


class _HeadParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.html_attrs = {}
        self.links = []
        self.metas = []
        self.anchors = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.html_attrs = attrs
        elif tag == "link":
            self.links.append(attrs)
        elif tag == "meta":
            self.metas.append(attrs)
        elif tag == "a":
            self.anchors.append(attrs)


def parse(response):
    parser = _HeadParser()
    parser.feed(response.content.decode())
    return parser


def hreflangs(response):
    return {
        link["hreflang"]: link["href"]
        for link in parse(response).links
        if link.get("rel") == "alternate" and "hreflang" in link
    }


def canonical(response):
    return next(link["href"] for link in parse(response).links if link.get("rel") == "canonical")


def robots(response):
    return next((m["content"] for m in parse(response).metas if m.get("name") == "robots"), "")


def switcher_hrefs(response):
    return [a["href"] for a in parse(response).anchors if a.get("data-testid") == "language-switch"]


def text(response):
    return re.sub(r"\s+", " ", response.content.decode())


def sign_in(client, user):
    """Sign an editor in to the admin. Every test that needs the admin goes through here, so
    the one place that knows how an editor gets in (password, then any second factor) is this.
    """
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    client.force_login(user)
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    device = device or TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client
