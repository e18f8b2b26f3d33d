"""Settings for the Innovative Hajj Camp site, by concern.

Everything that differs between machines is read from the environment in these modules, and
nowhere else (see the table in README.md). Production (DEBUG off) refuses to start without a
secret key instead of falling back to an unsafe default.

    base        the database, apps, middleware, templates, languages, static files, Wagtail
    security    HTTPS, headers, the Content Security Policy, sign-in, passwords, upload limits
    logs        one line per record on stdout, secrets scrubbed
    caching     the default cache, the page cache and the CDN purge
    storage     uploads on disk or in an S3-compatible bucket, document downloads
    mail        the mail server, and the submissions from innovators that send mail
"""

from .base import *  # noqa: F403
from .caching import *  # noqa: F403
from .logs import *  # noqa: F403
from .mail import *  # noqa: F403
from .security import *  # noqa: F403
from .storage import *  # noqa: F403
