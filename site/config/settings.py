"""Settings for the Innovative Hajj Camp site.

Everything that differs between machines is read from the environment here, in one place
(see the table in README.md). Production (DEBUG off) refuses to start without a secret key
instead of falling back to an unsafe default.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

from editing.labels import localized_verbose_name

SITE_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = SITE_DIR.parent


def env_bool(name, default):
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


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

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            # A Redis outage must slow the site down, not turn every page into a 500.
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Order matters: the modeltranslation apps must come before any app that registers
# translations, or start-up fails with DescendantRegistered; the makemigrations override
# keeps Django from writing a migration into the installed wagtail package.
INSTALLED_APPS = [
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "modeltranslation",
    "core",
    "editing",
    "home",
    "showcase",
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
]
if USING_POSTGRES:
    INSTALLED_APPS.append("django.contrib.postgres")

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.middleware.PrefixOnlyLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "core.middleware.AdminContentSecurityPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
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

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
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
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Serve uploads from Django itself (demo and benchmarks); off in production by default.
SERVE_MEDIA = env_bool("SERVE_MEDIA", DEBUG)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # Hashed names and gzip/brotli copies, served for a year by whitenoise.
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
WHITENOISE_MAX_AGE = 60 * 60 * 24 * 365

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Security. Production-safe by default; SECURE_SSL_REDIRECT=false serves production mode
# over plain HTTP on a local machine (tests, benchmarks).
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = not DEBUG and SECURE_SSL_REDIRECT
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
LANGUAGE_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000" if not DEBUG else "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Wagtail lifts this to SAMEORIGIN on its own preview views, which render in an admin frame.
X_FRAME_OPTIONS = "DENY"

# Content Security Policy for the public site: everything from this host. No nonce: cached
# pages would replay it to every reader, and the public templates have no inline script
# (JSON-LD blocks are data). The Wagtail admin gets its own policy (core.middleware).
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    # Innovation videos load from their host only after a click (showcase).
    "frame-src": [CSP.SELF, "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "object-src": [CSP.NONE],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

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

# Backups: bin/backup and bin/restore (manage.py backup_site / restore_site). No settings of
# their own: they read DATABASES and the default storage configured above.
INSTALLED_APPS += ["backups"]
# Serving (ops branch): trusted proxies, the health check, database outages, static files.
# The proxies whose X-Forwarded-* headers count (comma-separated addresses or networks, "*" for
# any); gunicorn.conf.py reads the same variable, so gunicorn and Django agree.
FORWARDED_ALLOW_IPS = env_list("FORWARDED_ALLOW_IPS") or ["127.0.0.1", "::1"]  # empty = default, as gunicorn
# First, so nothing below sees a forwarded header from an untrusted peer.
MIDDLEWARE.insert(0, "serving.proxy.ForwardedHeadersMiddleware")
# Turns a database outage raised in a view into the 503 page (serving.outage).
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "serving.outage.DatabaseOutageMiddleware",
)
# An unreachable database host must fail a request in seconds (then the 503 page), not hang
# until gunicorn kills the worker.
if USING_POSTGRES:
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 5)
# Platform health checks often come over plain HTTP from inside the network.
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
# Where collectstatic writes (benchmarks collect into a temporary folder).
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT") or BASE_DIR / "staticfiles")
# Scale: page costs that do not grow with the site (site/pagetree/)
# Routing and slug validation look pages up by slug in the database instead of loading every
# sibling (pagetree overrides wagtail-modeltranslation's patches; it must come after it).
INSTALLED_APPS.append("pagetree")
# The public search has its own index (core.search); Wagtail's backend only serves the admin's
# page search and choosers. The fallback backend keeps no index (nothing is written on publish)
# and answers those admin searches with case-insensitive matches on the search fields.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database.fallback"}}
# ---------------------------------------------------------------------------------------------
# Security: sign-in throttling, two-factor sign-in, passwords, headers, uploads, logs
# (apps site/signin/ and site/hardening/; see README "Security").
# ---------------------------------------------------------------------------------------------
from datetime import timedelta  # noqa: E402

INSTALLED_APPS += ["axes", "django_otp", "django_otp.plugins.otp_totp", "django_otp.plugins.otp_static"]
INSTALLED_APPS.insert(INSTALLED_APPS.index("core"), "signin")
INSTALLED_APPS.insert(INSTALLED_APPS.index("core"), "hardening")

# django-otp's middleware right after authentication: request.user.is_verified() from there on,
# and signin's gate turns a password-only session into "enrol or verify" (admin) or anonymous
# (everything else). axes' middleware last, so its 429 replaces the login view's response.
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1,
    "signin.middleware.TwoFactorGateMiddleware",
)
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "hardening.middleware.SecurityHeadersMiddleware",
)
MIDDLEWARE.append("axes.middleware.AxesMiddleware")
# A tampered admin form (fields missing) is a 400 in the editor's language, not a 500.
MIDDLEWARE.append("hardening.middleware.IncompleteFormMiddleware")

# axes' backend first: it refuses a locked-out account before any password is checked.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]

# Lockouts live in the database (axes' database handler), so a Redis outage cannot open them.
AXES_HANDLER = "signin.lockout.AccountAndAddressHandler"
AXES_FAILURE_LIMIT = 5  # one account from one address
SIGNIN_ADDRESS_FAILURE_LIMIT = 20  # one address across all accounts (credential stuffing)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_COOLOFF_TIME = timedelta(minutes=30)
# Knocking during a lockout does not push the announced retry time further away.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "signin.client_ip.client_ip"
AXES_USERNAME_CALLABLE = "signin.lockout.attempted_username"
AXES_LOCKOUT_CALLABLE = "signin.lockout.lockout_response"
AXES_SENSITIVE_PARAMETERS = ["ip_address", "csrfmiddlewaretoken", "token", "otp_token"]
AXES_ENABLE_ADMIN = False  # no django.contrib.admin here; the commands unlock accounts


# Password reset requests per address and per e-mail address, per hour.
PASSWORD_RESET_LIMIT_PER_ADDRESS = 5
PASSWORD_RESET_LIMIT_PER_ACCOUNT = 3

OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
SIGNIN_BACKUP_CODES = 10

AUTH_PASSWORD_VALIDATORS[1]["OPTIONS"] = {"min_length": 12}
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]

# Headers on every response (hardening.middleware); HSTS stays with SecurityMiddleware above.
PERMISSIONS_POLICY = [
    "accelerometer", "autoplay", "bluetooth", "camera", "display-capture", "geolocation", "gyroscope",
    "hid", "magnetometer", "microphone", "midi", "payment", "publickey-credentials-get",
    "screen-wake-lock", "serial", "usb", "xr-spatial-tracking",
]  # fmt: skip
CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"

# /.well-known/security.txt (RFC 9116); not served until a contact is set.
SECURITY_TXT_CONTACT = os.environ.get("SECURITY_TXT_CONTACT", "")
SECURITY_TXT_EXPIRES = os.environ.get("SECURITY_TXT_EXPIRES", "")  # ISO date; default 180 days ahead

# Uploads by editors: bytes, and pixels against decompression bombs (Pillow gets the same cap).
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
DOCUMENTS_MAX_UPLOAD_SIZE = 25 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "hardening.uploads.LimitedDocumentForm"
WAGTAILIMAGES_IMAGE_FORM_BASE = "hardening.uploads.LimitedImageForm"

# Logs: stdout, one line per record, with secrets scrubbed; error reports hide credentials.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"scrub": {"()": "hardening.logs.ScrubSecrets"}},
    "formatters": {"one_line": {"()": "hardening.logs.OneLineFormatter"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "one_line",
            "filters": ["scrub"],
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
DEFAULT_EXCEPTION_REPORTER_FILTER = "hardening.logs.ReporterFilter"
# Full-page cache (site/pagecache): anonymous GET/HEAD of public pages, purged on publish.
# PAGE_CACHE_SECONDS is how long a page is kept (0 turns the cache off; off by default in
# debug so template edits show at once). It lives in its own cache alias: the page cache
# handles a Redis outage itself (one warning, then a pause before trying again), and short
# socket timeouts keep an unreachable Redis from holding up each request.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0" if DEBUG else "300"))
if REDIS_URL:
    CACHES["pages"] = {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "pages",
        "TIMEOUT": None,
        "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
    }
else:
    # One cache per process: fine for one process; with several workers set REDIS_URL,
    # or a purge reaches only the process that made it (README, "Page cache").
    CACHES["pages"] = {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pages",
        "TIMEOUT": None,
        "OPTIONS": {"MAX_ENTRIES": 1000},
    }
INSTALLED_APPS.insert(INSTALLED_APPS.index("core") + 1, "pagecache")
# Right after whitenoise: a cached page is answered before the session, the database,
# the templates and the gzip middleware (it stores its own compressed copies).
MIDDLEWARE.insert(
    MIDDLEWARE.index("whitenoise.middleware.WhiteNoiseMiddleware") + 1,
    "pagecache.middleware.PageCacheMiddleware",
)

# A CDN or proxy in front: purge requests go through wagtail.contrib.frontend_cache's HTTP
# backend (a PURGE request per URL to this address, with the page's Host header).
FRONTEND_CACHE_PURGE_URL = os.environ.get("FRONTEND_CACHE_PURGE_URL", "")
if FRONTEND_CACHE_PURGE_URL:
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_PURGE_URL,
        }
    }

# -- Uploads: object storage, renditions, documents ------------------------------------------
# With AWS_STORAGE_BUCKET_NAME set, uploads (originals, renditions, documents) go to an
# S3-compatible bucket and nothing is written to the app server's disk, which a platform does
# not keep across restarts. Without it, MEDIA_ROOT (the default for bin/run and bin/test).


def object_storage(
    bucket, *, endpoint_url=None, custom_domain=None, region=None, access_key=None, secret_key=None
):
    """The STORAGES entry for an S3-compatible bucket, and the origins its URLs are served from
    (for the Content Security Policy). A function so tests build the same entry for their
    own bucket on a loopback server."""
    from urllib.parse import urlsplit

    from botocore.config import Config

    storage = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": bucket,
            "endpoint_url": endpoint_url,
            "custom_domain": custom_domain,
            "region_name": region,
            "access_key": access_key,
            "secret_key": secret_key,
            # Plain URLs, not signed ones that expire: pages are cached, and a CDN caches them.
            "querystring_auth": False,
            # A new upload never replaces a file that a cached page still links to, so every
            # object can be cached for a year.
            "file_overwrite": False,
            "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
            # Access is the bucket policy's business (new AWS buckets refuse ACLs).
            "default_acl": None,
            # An unreachable bucket must cost a page little time, not minutes of retries.
            "client_config": Config(
                connect_timeout=2, read_timeout=10, retries={"max_attempts": 2, "mode": "standard"}
            ),
        },
    }
    if custom_domain:
        origins = [f"https://{custom_domain}"]
    elif endpoint_url:
        parts = urlsplit(endpoint_url)
        # Path-style (endpoint/bucket/key) and virtual-hosted (bucket.endpoint/key) URLs.
        origins = [f"{parts.scheme}://{parts.netloc}", f"{parts.scheme}://{bucket}.{parts.netloc}"]
    else:
        origins = [f"https://{bucket}.s3.amazonaws.com"]
        if region:
            origins.append(f"https://{bucket}.s3.{region}.amazonaws.com")
    return storage, origins


AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"], _media_origins = object_storage(
        AWS_STORAGE_BUCKET_NAME,
        endpoint_url=os.environ.get("AWS_S3_ENDPOINT_URL") or None,
        custom_domain=os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
        region=os.environ.get("AWS_S3_REGION_NAME") or None,
        access_key=os.environ.get("AWS_ACCESS_KEY_ID") or None,
        secret_key=os.environ.get("AWS_SECRET_ACCESS_KEY") or None,
    )
    SECURE_CSP["img-src"] = [*SECURE_CSP["img-src"], *_media_origins]

# Documents go out through Django (Wagtail's serve view, wrapped by uploads.views), never by a
# redirect to the bucket: collection privacy is checked on every download, and every type is
# an attachment (no inline SVG or HTML from this origin).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
# Serving with few queries (site/serving): pages are routed through one query for the page
# tree the request needs. Its middleware only acts in process_view, on Wagtail's page view.
MIDDLEWARE += ["serving.routing.PageRouteMiddleware"]

# -- Submissions from innovators (showcase/submissions; README "Submissions from innovators") --
INSTALLED_APPS.insert(INSTALLED_APPS.index("showcase") + 1, "showcase.submissions")
# A form posted without its CSRF cookie gets a page in the visitor's language.
CSRF_FAILURE_VIEW = "showcase.submissions.views.csrf_failure"
# Mail, from EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD, EMAIL_USE_TLS in the
# environment, as Django 6.1's MAILERS (its EMAIL_* settings are deprecated). Without
# EMAIL_HOST, the console backend: messages are printed, so a local run needs no mail server.
_email_host = os.environ.get("EMAIL_HOST", "")
if _email_host:
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": _email_host,
                "port": int(os.environ.get("EMAIL_PORT", "587")),
                "username": os.environ.get("EMAIL_HOST_USER", ""),
                "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
                "use_tls": env_bool("EMAIL_USE_TLS", True),
                # A slow mail server must not hold a worker for long.
                "timeout": 10,
            },
        }
    }
else:
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Contact details of a submission are erased this many days after the decision
# (manage.py purge_submissions, run daily).
SUBMISSION_RETENTION_DAYS = int(os.environ.get("SUBMISSION_RETENTION_DAYS", "90"))
SUBMISSION_RATE_LIMIT = 5  # submissions per visitor address per hour
SUBMISSION_MIN_SECONDS = 5  # a form sent sooner after it was shown is refused
