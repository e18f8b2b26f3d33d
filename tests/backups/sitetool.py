"""Builds a demo site and takes a snapshot of one, in a process of its own.

The round-trip tests run this twice against throwaway databases and media folders named by the
environment (DATABASE_URL, MEDIA_ROOT): once to build the site that is backed up, and once on
each side of the round trip to record what a visitor and an editor would see, so the two
snapshots can be compared.

    python tests/backups/sitetool.py build
    python tests/backups/sitetool.py snapshot OUT.json
    python tests/backups/sitetool.py tables OUT.json     (the table digests alone: fast)
    python tests/backups/sitetool.py mutate              (an extra user and a stray upload)
"""

import hashlib
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "site")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.test_settings")

import django  # noqa: E402

django.setup()

from django.apps import apps  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.core.serializers.json import DjangoJSONEncoder  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import translation  # noqa: E402
from wagtail.models import Page, Revision  # noqa: E402

# What legitimately differs between two renderings of the same site.
VOLATILE = [
    (re.compile(r'nonce="[^"]*"'), 'nonce=""'),
    (re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"'), 'name="csrfmiddlewaretoken" value=""'),
]


def build():
    call_command("setup_database", verbosity=0)
    from home.demo.build import DemoBuilder

    DemoBuilder(log=lambda *args: None, scale=0.5).build()
    User = get_user_model()
    User.objects.create_superuser("backup-admin", "admin@example.org", "a-long-test-password-1")
    editor = User.objects.create_user(
        "backup-editor", "editor@example.org", "a-long-test-password-2", first_name="محرر"
    )
    editor.groups.add(Group.objects.get(name="Editors"))
    if apps.is_installed("django_otp.plugins.otp_totp"):
        # Second factors live in django-otp's tables: the round trip must bring them back too.
        from django_otp.plugins.otp_totp.models import TOTPDevice

        TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    # A draft on top of a published page: the restored site must keep both revisions apart.
    page = Page.objects.live().filter(depth=3).order_by("path").first().specific
    page.title_en = f"{page.title_en} (draft)"
    page.save_revision(user=editor)


def normalise(html):
    for pattern, replacement in VOLATILE:
        html = pattern.sub(replacement, html)
    return html


def rendered_pages():
    client = Client()
    pages = {}
    for page in Page.objects.live().filter(depth__gt=1).specific().order_by("path"):
        for language in ("ar", "en"):
            with translation.override(language):
                url = page.get_url()
            response = client.get(url)
            pages[url] = {"status": response.status_code, "html": normalise(response.content.decode())}
    for url in ("/sitemap.xml", "/robots.txt"):
        response = client.get(url)
        pages[url] = {"status": response.status_code, "html": response.content.decode()}
    return pages


def tables():
    """A digest of every row of every table the project's models cover."""
    digests = {}
    for model in apps.get_models(include_auto_created=True):
        meta = model._meta
        if meta.proxy or not meta.managed:
            continue
        rows = list(model._base_manager.order_by("pk").values_list())
        data = json.dumps(rows, cls=DjangoJSONEncoder, default=str, ensure_ascii=False)
        digests[meta.db_table] = {"rows": len(rows), "sha256": hashlib.sha256(data.encode()).hexdigest()}
    return digests


def snapshot():
    pages = rendered_pages()  # first: rendering may create renditions, which tables() then sees
    revisions = {
        str(revision.pk): {
            "object": f"{revision.base_content_type_id}:{revision.object_id}",
            "created_at": revision.created_at.isoformat(),
            "content": revision.content,
        }
        for revision in Revision.objects.order_by("pk")
    }
    users = {
        user.username: {
            "email": user.email,
            "password": user.password,
            "is_superuser": user.is_superuser,
            "groups": sorted(user.groups.values_list("name", flat=True)),
        }
        for user in get_user_model().objects.all()
    }
    return {"pages": pages, "revisions": revisions, "users": users, "tables": tables()}


def mutate():
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    get_user_model().objects.create_user("intruder", "intruder@example.org", "a-long-test-password-3")
    default_storage.save("stray/file.txt", ContentFile(b"not from the backup"))


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "build":
        build()
    elif command == "mutate":
        mutate()
    else:
        result = snapshot() if command == "snapshot" else {"tables": tables()}
        Path(sys.argv[2]).write_text(json.dumps(result, cls=DjangoJSONEncoder, ensure_ascii=False))
