from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.csp import CSP

# The Wagtail admin uses inline scripts and styles, so it cannot run under the public
# site's nonce-only policy; it gets a policy of its own that still keeps other hosts out.
ADMIN_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.UNSAFE_INLINE, CSP.UNSAFE_EVAL],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:", "blob:"],
    "font-src": [CSP.SELF, "data:"],
    "connect-src": [CSP.SELF],
    "frame-src": [CSP.SELF],
    "frame-ancestors": [CSP.SELF],
    "object-src": [CSP.NONE],
}


class PrefixOnlyLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware without the guessing redirect.

    Django redirects an unprefixed 404 such as `/fr/` to `/ar/fr/`. Here a path either
    carries a language prefix or is a 404; only `/` redirects, by preference (core.views).
    """

    def process_response(self, request, response):
        language = translation.get_language()
        if response.status_code >= 400 and not translation.get_language_from_path(request.path_info):
            # An error on an unprefixed URL speaks the visitor's preferred language. Other
            # unprefixed URLs (sitemap, robots.txt) are the same for everyone, so shared
            # caches may keep them; the root redirect declares its own Vary (core.views).
            patch_vary_headers(response, ("Accept-Language", "Cookie"))
        response.headers.setdefault("Content-Language", language)
        return response


class AdminContentSecurityPolicyMiddleware:
    """Gives the admin (and page previews inside it) the relaxed policy above."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = "/admin/"

    def __call__(self, request):
        response = self.get_response(request)
        if request.path_info.startswith(self.admin_prefix) or getattr(request, "is_preview", False):
            response._csp_config = ADMIN_CSP
        return response
