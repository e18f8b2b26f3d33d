"""An editor's second factors: one authenticator app (TOTP) and a sheet of backup codes."""

import math
from base64 import b32encode

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from signin.forms import TOTP_CODE

APP_DEVICE_NAME = "authenticator"
BACKUP_DEVICE_NAME = "backup codes"


def has_confirmed_device(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def pending_app_device(user):
    """The app being set up: kept between page loads, so a scanned QR code stays valid."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    return device or TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)


def readable_key(device):
    """The secret for typing by hand, in groups of four."""
    key = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


def qr_svg(device):
    """The otpauth:// address drawn here as inline SVG: no outside service sees the secret."""
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathFillImage, box_size=8)
    return image.to_string(encoding="unicode")


@transaction.atomic
def confirm(device):
    """The app proved it has the key: keep it, and issue a fresh sheet of backup codes."""
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    StaticDevice.objects.filter(user=device.user).delete()
    backup = StaticDevice.objects.create(user=device.user, name=BACKUP_DEVICE_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(settings.SIGNIN_BACKUP_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=backup, token=code) for code in codes)
    return codes


def verify(user, token):
    """The device that accepts `token`, or None. Returns (device, seconds to wait if throttled)."""
    if TOTP_CODE.fullmatch(token):
        devices = TOTPDevice.objects.filter(user=user, confirmed=True)
    else:
        devices = StaticDevice.objects.filter(user=user, confirmed=True)
    wait = 0
    for device in devices:
        if seconds := wait_seconds(device):
            wait = max(wait, seconds)
        elif device.verify_token(token):
            return device, 0
    return None, wait


def wait_seconds(device):
    """0 when the device accepts a try now; else how long its throttle still lasts."""
    allowed, details = device.verify_is_allowed()
    if allowed:
        return 0
    until = (details or {}).get("locked_until")
    return max(1, math.ceil((until - timezone.now()).total_seconds())) if until else 1


def reset(user):
    """Forget every second factor of `user`: the next sign-in enrols again."""
    deleted = TOTPDevice.objects.filter(user=user).delete()[0]
    deleted += StaticDevice.objects.filter(user=user).delete()[0]
    return deleted
