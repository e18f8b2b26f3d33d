"""The public side: the form, the thank-you page, the privacy notice.

The form page is the only public page that sets a cookie (CSRF), and neither it nor any
answer to it is ever page-cached (`never_cache` makes them private, no-store, which the page
cache and any shared cache refuse to keep).
"""

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect, ensure_csrf_cookie
from django.views.decorators.http import require_http_methods

from showcase.models import ShowcaseIndexPage
from showcase.submissions import guards, services
from showcase.submissions.forms import SubmissionForm

TOKEN_MESSAGES = {
    "too_fast": lambda: _(
        "That was quicker than anyone can fill in this form. Please check your answers and send it again."
    ),
    "expired": lambda: _("This form has expired. Please check your answers and send it again."),
    "invalid": lambda: _("This form has expired. Please check your answers and send it again."),
}


def fresh_token(form):
    # A bound form shows what was posted; the token is always a new one.
    data = form.data.copy()
    data["form_token"] = guards.new_form_token()
    form.data = data


def show(request, form, status=200, **context):
    return render(request, "submissions/form.html", {"form": form, **context}, status=status)


@never_cache
@ensure_csrf_cookie
@csrf_protect
@require_http_methods(["GET", "HEAD", "POST"])
def submit_innovation(request):
    language = get_language()
    if not ShowcaseIndexPage.objects.exists():
        raise Http404("no showcase to put submissions in")
    if request.method != "POST":
        form = SubmissionForm(language=language, initial={"form_token": guards.new_form_token()})
        return show(request, form)

    if guards.is_rate_limited(request):
        return render(request, "submissions/too_many.html", status=429)
    guards.count_post(request)

    form = SubmissionForm(request.POST, request.FILES, language=language)
    valid = form.is_valid()
    if form.cleaned_data.get("homepage"):
        fresh_token(form)
        form.add_error(None, _("Your submission could not be accepted. Please leave the last field empty."))
        return show(request, form, status=400)
    try:
        nonce = guards.read_form_token(request.POST.get("form_token"))
    except guards.TokenProblem as problem:
        fresh_token(form)
        form.errors.pop("form_token", None)
        form.add_error(None, TOKEN_MESSAGES[problem.code]())
        return show(request, form, status=400)
    if not valid:
        fresh_token(form)
        return show(request, form, status=400)
    try:
        services.create_submission(form, nonce)
    except services.AlreadySubmitted:
        return render(request, "submissions/already_sent.html", status=409)
    guards.count_submission(request)
    return redirect("submission_thanks")


def thanks(request):
    return render(request, "submissions/thanks.html")


def privacy(request):
    days = getattr(settings, "SUBMISSION_RETENTION_DAYS", 90)
    return render(request, "submissions/privacy.html", {"retention_days": days})


def csrf_failure(request, reason=""):
    """A form sent without its security cookie (or after it changed): a plain page in the
    visitor's language, not Django's English one."""
    return render(request, "submissions/form_expired.html", status=403)
