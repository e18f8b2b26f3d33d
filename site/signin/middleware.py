"""No admin view opens until the second factor is verified.

A session that passed the password but not the code is "half signed in". In the admin it may
only enrol a device, enter a code, or sign out; every other admin URL sends it to that step.
Everywhere else (public pages, documents, the userbar) it counts as anonymous, so a password
alone never unlocks anything.
"""

from functools import partial
from urllib.parse import urlencode

from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponseForbidden
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django_otp.middleware import OTPMiddleware

ADMIN_PREFIX = "/admin/"
# The admin URLs a half-signed-in session may use.
OPEN_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",  # the icons every admin page, these included, loads
    "signin_verify",
    "signin_enrol",
}


def half_signed_in(user):
    return user.is_authenticated and not user.is_verified()


class TwoFactorGateMiddleware(OTPMiddleware):
    def __call__(self, request):
        if request.path_info.startswith(ADMIN_PREFIX):
            self._install_lazy_accessors(request)
        else:
            request.user = SimpleLazyObject(partial(self._verified_or_anonymous, request, request.user))
        return self.get_response(request)

    def _verified_or_anonymous(self, request, user):
        user = self._verify_user_sync(request, user)
        if not half_signed_in(user):
            return user
        anonymous = AnonymousUser()
        self._init_user_fields(anonymous)
        return anonymous

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path_info.startswith(ADMIN_PREFIX) or not half_signed_in(request.user):
            return None
        match = request.resolver_match
        if match and match.url_name in OPEN_URL_NAMES:
            return None
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            return HttpResponseForbidden()
        return redirect(f"{reverse('signin_verify')}?{urlencode({'next': request.get_full_path()})}")
