"""The second step of signing in: enrol an authenticator app once, then enter its code.

Both views live under /admin/ (Wagtail's register_admin_urls), so Wagtail checks the
password session and renders them in the editor's admin language.
"""

from urllib.parse import urlencode

import django_otp
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from signin import devices
from signin.forms import CodeForm


def _next_url(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure()):
        return target
    return reverse("wagtailadmin_home")


def _with_next(name, request):
    return f"{reverse(name)}?{urlencode({'next': _next_url(request)})}"


def _throttled_message(seconds):
    return ngettext(
        "Too many wrong codes. Wait %(seconds)d second, then try again.",
        "Too many wrong codes. Wait %(seconds)d seconds, then try again.",
        seconds,
    ) % {"seconds": seconds}


@method_decorator([never_cache, sensitive_post_parameters("token")], name="dispatch")
class VerifyView(View):
    """Enter a code from the app (or a backup code) to finish signing in."""

    template_name = "signin/verify.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_verified():
            return redirect(_next_url(request))
        if not devices.has_confirmed_device(request.user):
            return redirect(_with_next("signin_enrol", request))
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        return self.render(CodeForm())

    def post(self, request):
        form = CodeForm(request.POST)
        if form.is_valid():
            device, wait = devices.verify(request.user, form.cleaned_data["token"])
            if device is not None:
                django_otp.login(request, device)
                return redirect(_next_url(request))
            form.add_error(
                "token",
                _throttled_message(wait) if wait else _("That code is wrong, expired or used already."),
            )
        return self.render(form, status=400)

    def render(self, form, status=200):
        context = {"form": form, "next": _next_url(self.request)}
        return render(self.request, self.template_name, context, status=status)


@method_decorator([never_cache, sensitive_post_parameters("token")], name="dispatch")
class EnrolView(View):
    """First sign-in: scan the QR code drawn here, confirm with one code, keep the backup codes."""

    template_name = "signin/enrol.html"

    def dispatch(self, request, *args, **kwargs):
        # Once an app is confirmed, a password alone must never be able to add another one.
        if devices.has_confirmed_device(request.user):
            return redirect(_with_next("signin_verify", request))
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        return self.render(CodeForm(backup_allowed=False))

    def post(self, request):
        device = devices.pending_app_device(request.user)
        form = CodeForm(request.POST, backup_allowed=False)
        if form.is_valid():
            wait = devices.wait_seconds(device)
            if not wait and device.verify_token(form.cleaned_data["token"]):
                codes = devices.confirm(device)
                django_otp.login(request, device)
                context = {"codes": codes, "next": _next_url(request)}
                return render(request, "signin/backup_codes.html", context)
            form.add_error(
                "token",
                _("That code is wrong or expired. Check the clock of your phone and try the next code.")
                if not wait
                else _throttled_message(wait),
            )
        return self.render(form, status=400)

    def render(self, form, status=200):
        device = devices.pending_app_device(self.request.user)
        context = {
            "form": form,
            "next": _next_url(self.request),
            "qr_svg": devices.qr_svg(device),
            "key": devices.readable_key(device),
        }
        return render(self.request, self.template_name, context, status=status)
