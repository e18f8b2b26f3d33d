from django.conf import settings
from django.shortcuts import render
from django.utils import translation
from django.utils.datastructures import MultiValueDictKeyError
from django.utils.translation import gettext, gettext_noop
from wagtail.users.models import UserProfile


class SecurityHeadersMiddleware:
    """Headers Django's SecurityMiddleware does not set, on every response (static files too).

    Permissions-Policy turns off the browser features this site never uses, so injected or
    embedded content cannot ask for them; Cross-Origin-Resource-Policy keeps other sites from
    embedding our responses.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.permissions_policy = ", ".join(f"{feature}=()" for feature in settings.PERMISSIONS_POLICY)

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.permissions_policy)
        response.headers.setdefault("Cross-Origin-Resource-Policy", settings.CROSS_ORIGIN_RESOURCE_POLICY)
        return response


INCOMPLETE_FORM = gettext_noop(
    "The form that was sent is incomplete, so nothing was saved. Reload the page and try again."
)


class IncompleteFormMiddleware:
    """A form posted with fields missing is the sender's mistake (a tampered or truncated
    request): answer 400 in the editor's language instead of a 500.

    Wagtail's edit views read some fields with `request.POST[...]` (StreamField counts, inline
    formset management data), which raises MultiValueDictKeyError when they are absent. Nothing
    has been saved when that happens: the views read the form before they write.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, MultiValueDictKeyError) or request.method != "POST":
            return None
        with translation.override(_language_for(request)):
            return render(request, "400.html", {"message": gettext(INCOMPLETE_FORM)}, status=400)


def _language_for(request):
    """The admin's language for a signed-in editor, else the language of the request."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return UserProfile.get_for_user(user).get_preferred_language()
    return translation.get_language() or settings.LANGUAGE_CODE
