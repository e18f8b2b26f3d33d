"""Signs an editor in to a browser-test server without the login form.

Run inside the server's own environment (`ProductionServer.manage("shell", "-c", …)`), it
makes a superuser with the given admin language and a session for them (password and second
factor passed), and prints what the
test needs as JSON: the session cookie and the primary key of one object per edit form.
Browser tests of the sign-in screens themselves go through the real form instead.
"""

import json

from django.conf import settings
from django.contrib.auth import (
    BACKEND_SESSION_KEY,
    HASH_SESSION_KEY,
    SESSION_KEY,
    get_user_model,
    load_backend,
)
from django.contrib.sessions.backends.db import SessionStore
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.users.models import UserProfile


def edit_form_urls():
    """One admin edit form per page type and per kind of translated non-page object."""
    from wagtail.images import get_image_model

    from core.models import SiteSettings
    from news.models import NewsTag
    from showcase.models import Theme
    from tests.helpers import page_types

    urls = {model.__name__: f"/admin/pages/{model.objects.first().pk}/edit/" for model in page_types()}
    urls["Theme"] = f"/admin/snippets/showcase/theme/edit/{Theme.objects.first().pk}/"
    urls["NewsTag"] = f"/admin/snippets/news/newstag/edit/{NewsTag.objects.first().pk}/"
    urls["SiteSettings"] = f"/admin/settings/core/sitesettings/{SiteSettings.objects.first().site_id}/"
    urls["Image"] = f"/admin/images/{get_image_model().objects.first().pk}/"
    return urls


def session_backend():
    """The backend a real sign-in records in the session: the first that can load a user.

    The first in the settings is axes' guard, which only refuses locked-out accounts and has
    no `get_user`: a session naming it makes every later request fail to load its user
    (Django's test client's `force_login` skips it the same way).
    """
    return next(path for path in settings.AUTHENTICATION_BACKENDS if hasattr(load_backend(path), "get_user"))


def create(username, language):
    user, _ = get_user_model().objects.get_or_create(
        username=username, defaults={"is_staff": True, "is_superuser": True}
    )
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    # Past the second factor too: a confirmed authenticator, verified for this session.
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    device = device or TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
    session = SessionStore()
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = session_backend()
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    cookie = {"cookie": settings.SESSION_COOKIE_NAME, "session": session.session_key}
    print(json.dumps({**cookie, "urls": edit_form_urls()}))
