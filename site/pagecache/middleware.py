"""PageCacheMiddleware: sits right after whitenoise, so a cached page costs about what a
static file does. It also sets the cache headers: public for anonymous pages (shared caches
may keep them), private and no-store for editors, previews and the admin."""

from django.conf import settings
from django.utils.cache import patch_cache_control

from pagecache import keys, responses, store


def is_personal_request(request):
    return (
        keys.is_personal(request)
        or request.path.startswith("/admin/")
        or getattr(request, "is_preview", False)
    )


def mark_uncached(request, response):
    """Headers for a response the cache neither stored nor shares."""
    if is_personal_request(request):
        patch_cache_control(response, private=True, no_store=True)
    elif response.cookies and "Cache-Control" not in response:
        # A cookie is meant for one visitor: no shared cache may keep it.
        patch_cache_control(response, private=True, no_store=True)
    return response


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        lookup = keys.lookup_for(request) if seconds > 0 else None
        if lookup is None:
            return mark_uncached(request, self.get_response(request))

        entry, generations, reachable, epoch = store.fetch(lookup)
        if entry is not None:
            return responses.replay(request, entry)

        keys.apply_clean_query(request, lookup)
        response = self.get_response(request)
        # Generations read BEFORE rendering: a purge during the render leaves this entry stale
        # in the shared cache, and keeps it out of this process's front (the epoch moved on).
        entry = responses.capture(request, response, generations, seconds)
        if entry is None:
            return mark_uncached(request, response)
        if reachable:
            store.save(lookup, entry, responses.lifetime(entry.status, seconds), epoch)
        return responses.replay(request, entry, hit=False)
