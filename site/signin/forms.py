import re

from django import forms
from django.utils.translation import gettext_lazy as _

# Editors may type the code with Arabic-Indic digits, or with spaces as their app shows it.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
TOTP_CODE = re.compile(r"[0-9]{6}")
BACKUP_CODE = re.compile(r"[a-z2-7]{8}")


def normalise_code(value):
    return re.sub(r"[\s-]", "", value.translate(_DIGITS)).lower()


class CodeForm(forms.Form):
    """One box for either kind of code: the app's six digits or a backup code."""

    token = forms.CharField(
        label=_("Code"),
        max_length=32,
        error_messages={
            "required": _("Enter the code."),
            "max_length": _("That is not a code from your app or a backup code."),
        },
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "text", "autofocus": "", "dir": "ltr"}
        ),
    )

    def __init__(self, *args, backup_allowed=True, **kwargs):
        super().__init__(*args, **kwargs)
        self.backup_allowed = backup_allowed

    def clean_token(self):
        token = normalise_code(self.cleaned_data["token"])
        if TOTP_CODE.fullmatch(token) or (self.backup_allowed and BACKUP_CODE.fullmatch(token)):
            return token
        if self.backup_allowed:
            raise forms.ValidationError(
                _("Enter the six-digit code from your authenticator app, or one of your backup codes.")
            )
        raise forms.ValidationError(_("Enter the six-digit code from your authenticator app."))
