"""Fixtures for submissions: a real SMTP server on a loopback port, form data that passes,
and a moderator with an e-mail address."""

import email
import email.policy
import io
import threading
import time

import pytest
from aiosmtpd.controller import Controller
from django.contrib.auth.models import Group
from django.core.cache import cache
from PIL import Image

from throwaway import free_port


class Collector:
    """aiosmtpd handler keeping every message it is given, parsed."""

    def __init__(self):
        self.messages = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.lock:
            self.messages.append({"to": list(envelope.rcpt_tos), "message": message})
        return "250 OK"

    def to(self, address):
        return [m["message"] for m in self.messages if address in m["to"]]

    def wait_for(self, count, timeout=5):
        deadline = time.monotonic() + timeout
        while len(self.messages) < count and time.monotonic() < deadline:
            time.sleep(0.02)
        return self.messages


def smtp_mailer(port, timeout=5):
    options = {"host": "127.0.0.1", "port": port, "use_tls": False, "timeout": timeout}
    return {"default": {"BACKEND": "django.core.mail.backends.smtp.EmailBackend", "OPTIONS": options}}


@pytest.fixture
def smtp(settings):
    collector = Collector()
    controller = Controller(collector, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.MAILERS = smtp_mailer(controller.port)
    settings.DEFAULT_FROM_EMAIL = "camp@example.org"
    yield collector
    controller.stop()


@pytest.fixture(autouse=True)
def fresh_limits():
    # The rate limit lives in the default cache: each test starts with a clean slate.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user(
        "moderator", "moderator@example.org", "a long enough password 1"
    )
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def old_token(seconds=60):
    from showcase.submissions.guards import new_form_token

    return new_form_token(now=time.time() - seconds)


def form_data(language="ar", **changes):
    from showcase.models import Theme

    themes = list(Theme.objects.values_list("pk", flat=True)[:2])
    if language == "ar":
        data = {
            "name": "مظلة ذكية للحجاج",
            "summary": "مظلة تبرد الحاج وتدله على مخيمه.",
            "challenge": "الحر الشديد في المشاعر.\n\nوالتيه عن المخيم.",
            "solution": "مظلة بمروحة وشاشة صغيرة.",
            "team": "فريق الظل",
            "contact_name": "سارة أحمد",
            "contact_email": "sara@example.org",
            "country": "المملكة العربية السعودية",
        }
    else:
        data = {
            "name": "Smart pilgrim umbrella",
            "summary": "An umbrella that cools a pilgrim and guides them to their camp.",
            "challenge": "Extreme heat at the holy sites.\n\nGetting lost.",
            "solution": "An umbrella with a fan and a small screen.",
            "team": "Shade team",
            "contact_name": "Sara Ahmed",
            "contact_email": "sara@example.org",
            "country": "Saudi Arabia",
        }
    data.update(
        {
            "stage": "prototype",
            "themes": themes,
            "contact_phone": "+966 500 000 000",
            "link": "",
            "language": language,
            "consent": "on",
            "homepage": "",
            "form_token": old_token(),
        }
    )
    data.update(changes)
    return data


def image_bytes(kind="PNG", size=(64, 48)):
    out = io.BytesIO()
    Image.new("RGB", size, (200, 120, 40)).save(out, format=kind)
    return out.getvalue()
