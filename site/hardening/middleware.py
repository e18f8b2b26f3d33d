from django.conf import settings


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
