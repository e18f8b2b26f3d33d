from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.generic import TemplateView
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import views as core_views
from core.sitemaps import sitemap_index, sitemap_section
from hardening.security_txt import security_txt
from news.feeds import NewsFeed, PressReleaseFeed
from search.views import search_view
from serving.health import health
from signin.password_reset import LimitedPasswordResetView
from uploads.views import serve_document

urlpatterns = [
    path("", core_views.language_root, name="language_root"),
    # Unprefixed and never cached: load balancers and uptime checks (serving.health).
    path("health/", health, name="health"),
    path("language/<str:code>/", core_views.switch_language, name="switch_language"),
    # Before the admin's own: the same URL, with a limit on how often reset e-mails go out.
    path("admin/password_reset/", LimitedPasswordResetView.as_view(), name="signin_password_reset"),
    path("admin/", include(wagtailadmin_urls)),
    # Before Wagtail's own serve URL (same shape): storage errors become a 503 page.
    path("documents/<int:document_id>/<path:document_filename>", serve_document),
    path("documents/", include(wagtaildocs_urls)),
    path(".well-known/security.txt", security_txt, name="security_txt"),
    path("sitemap.xml", sitemap_index, name="sitemap"),
    path("sitemaps/<str:language>/<str:section>.xml", sitemap_section, name="sitemap_section"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots",
    ),
]

if settings.DEBUG or settings.SERVE_MEDIA:
    # Uploaded images and documents; a real deployment serves them from storage or a CDN.
    urlpatterns.append(
        path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", serve, {"document_root": settings.MEDIA_ROOT})
    )

# Every public page lives under a language prefix: /ar/… and /en/….
urlpatterns += i18n_patterns(
    # Before Wagtail's catch-all, which would otherwise look for pages called "search", "feeds".
    path("search/", search_view, name="search"),
    path("feeds/news/", NewsFeed(), name="news_feed"),
    path("feeds/press-releases/", PressReleaseFeed(), name="press_release_feed"),
    path("", include("showcase.submissions.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "core.views.page_not_found"
# A database outage becomes the 503 page, anything else the 500 page (serving.outage).
handler500 = "serving.outage.server_error"
