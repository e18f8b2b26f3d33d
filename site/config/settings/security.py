"""Security: HTTPS and headers, the Content Security Policy, trusted proxies, sign-in
throttling, two-factor sign-in, passwords and upload limits (apps site/signin/ and
site/hardening/; see README "Security")."""

import os
from datetime import timedelta

from django.utils.csp import CSP

from .base import DEBUG, WAGTAIL_SITE_NAME
from .environment import env_bool, env_list

# Production-safe by default; SECURE_SSL_REDIRECT=false serves production mode
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
# Platform health checks often come over plain HTTP from inside the network.
SECURE_REDIRECT_EXEMPT = [r"^health/$"]

# The proxies whose X-Forwarded-* headers count (comma-separated addresses or networks, "*" for
# any); gunicorn.conf.py reads the same variable, so gunicorn and Django agree.
FORWARDED_ALLOW_IPS = env_list("FORWARDED_ALLOW_IPS") or ["127.0.0.1", "::1"]  # empty = default, as gunicorn

# Content Security Policy for the public site: everything from this host. No nonce: cached
# pages would replay it to every reader, and the public templates have no inline script
# (JSON-LD blocks are data). The Wagtail admin gets its own policy (core.middleware).
# An upload bucket's origins are added to img-src in .storage.
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

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]

# Uploads by editors: bytes, and pixels against decompression bombs (Pillow gets the same cap).
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
DOCUMENTS_MAX_UPLOAD_SIZE = 25 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "hardening.uploads.LimitedDocumentForm"
WAGTAILIMAGES_IMAGE_FORM_BASE = "hardening.uploads.LimitedImageForm"
