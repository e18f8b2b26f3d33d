"""The database, the apps and middleware in their order, templates, languages, static files
and Wagtail."""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from editing.labels import localized_verbose_name

from .environment import BASE_DIR, SITE_DIR, env_bool, env_list

DEBUG = env_bool("DEBUG", False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set it in the environment (DEBUG is off, so there is no fallback)."
        )
    # Development only: a key that changes with every start is safer than one in the repo.
    SECRET_KEY = os.urandom(32).hex()

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
if not DEBUG and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS is not set (comma-separated host names).")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
USING_POSTGRES = DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
# An unreachable database host must fail a request in seconds (then the 503 page), not hang
# until gunicorn kills the worker.
if USING_POSTGRES:
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 5)

# Order matters: the modeltranslation apps must come before any app that registers
# translations, or start-up fails with DescendantRegistered; the makemigrations override
# keeps Django from writing a migration into the installed wagtail package.
INSTALLED_APPS = [
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "modeltranslation",
    # Sign-in throttling and two-factor sign-in, security headers (README "Security").
    "signin",
    "hardening",
    "core",
    "seo",  # page metadata and structured data (seo_tags)
    "translations",  # the translation status report
    "search",  # the public site search, its index and reports (README "Site search")
    "pagecache",  # the full-page cache (README "Page cache")
    "serving",  # health, outages, proxies, routing, the per-process site memo (README "Serving")
    "editing",
    "home",
    "showcase",
    "showcase.submissions",  # innovators' submissions (README "Submissions from innovators")
    "news",
    "uploads",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.syndication",
    *(["django.contrib.postgres"] if USING_POSTGRES else []),
    # bin/backup and bin/restore (manage.py backup_site / restore_site). No settings of their
    # own: they read DATABASES and the default storage.
    "backups",
    # Routing and slug validation look pages up by slug in the database instead of loading
    # every sibling (pagetree overrides wagtail-modeltranslation's patches; it must come after).
    "pagetree",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
]

MIDDLEWARE = [
    # First, so nothing below sees a forwarded header from an untrusted peer.
    "serving.proxy.ForwardedHeadersMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "hardening.middleware.SecurityHeadersMiddleware",
    # Turns a database outage raised in a view into the 503 page (serving.outage).
    "serving.outage.DatabaseOutageMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Right after whitenoise: a cached page is answered before the session, the database,
    # the templates and the gzip middleware (it stores its own compressed copies).
    "pagecache.middleware.PageCacheMiddleware",
    # On a miss: the Site and its settings from this process's memo while no content has been
    # saved since (serving.shared): one cache read instead of three queries.
    "serving.shared.SharedSiteMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.middleware.PrefixOnlyLocaleMiddleware",
    # Public pages read each language's own fields, never Arabic in place of English.
    "core.fallbacks.OwnLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # django-otp's check right after authentication: request.user.is_verified() from there on,
    # and signin's gate turns a password-only session into "enrol or verify" (admin) or
    # anonymous (everything else).
    "signin.middleware.TwoFactorGateMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "core.middleware.AdminContentSecurityPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # axes' middleware late, so its 429 replaces the login view's response.
    "axes.middleware.AxesMiddleware",
    # A tampered admin form (fields missing) is a 400 in the editor's language, not a 500.
    "hardening.middleware.IncompleteFormMiddleware",
    # Pages are routed through one query for the page tree the request needs (site/serving).
    # It only acts in process_view, on Wagtail's page view.
    "serving.routing.PageRouteMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Languages: Arabic first. URLs carry the language as a prefix (/ar/, /en/).
LANGUAGE_CODE = "ar"
LANGUAGES = [("ar", _("Arabic")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Riyadh"
LANGUAGE_COOKIE_NAME = "site_language"
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_AGE = 60 * 60 * 24 * 365

MODELTRANSLATION_DEFAULT_LANGUAGE = "ar"
MODELTRANSLATION_LANGUAGES = ("ar", "en")
# English falls back to Arabic inside the admin and for slugs; the public pages never show
# that fallback silently: an untranslated page answers with a notice instead (core.pages).
MODELTRANSLATION_FALLBACK_LANGUAGES = ("ar",)
# Per-language form fields are labelled "Title (Arabic)" in the admin's own language, not "[ar]".
MODELTRANSLATION_BUILD_LOCALIZED_VERBOSE_NAME = localized_verbose_name

STATIC_URL = "/static/"
# Where collectstatic writes (benchmarks collect into a temporary folder).
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT") or BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
WHITENOISE_MAX_AGE = 60 * 60 * 24 * 365
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Serve uploads from Django itself (demo and benchmarks); off in production by default.
SERVE_MEDIA = env_bool("SERVE_MEDIA", DEBUG)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
WAGTAIL_SITE_NAME = "مخيم الحج الابتكاري"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "core.CustomImage"
WAGTAILIMAGES_FORMAT_CONVERTERS = {}
WAGTAIL_I18N_ENABLED = False  # translation is field-level (modeltranslation), not locale trees
WAGTAILADMIN_PERMITTED_LANGUAGES = [("ar", "العربية"), ("en", "English")]
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILDOCS_EXTENSIONS = ["pdf", "zip", "txt", "docx", "pptx", "svg", "png", "jpg"]
WAGTAIL_ALLOW_UNICODE_SLUGS = True
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# The public search has its own index (the `search` app); Wagtail's backend only serves the admin's
# page search and choosers. The fallback backend keeps no index (nothing is written on publish)
# and answers those admin searches with case-insensitive matches on the search fields.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database.fallback"}}
