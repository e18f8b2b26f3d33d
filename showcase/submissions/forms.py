"""The public "submit your innovation" form, in the visitor's language.

Every field has a size limit; text is kept as plain text (escaped wherever it is shown).
"""

import re
from urllib.parse import urlsplit

from django import forms
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

from showcase.models import Stage, Theme
from showcase.submissions.images import reencoded
from showcase.video import video_embed_url

VIDEO_HOSTS = {"youtube.com", "youtu.be", "youtube-nocookie.com", "vimeo.com", "player.vimeo.com"}
# Control characters other than tab and line breaks have no place in an answer.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
LINE_BREAKS = re.compile(r"\s+")


class OneLine(forms.CharField):
    """A one-line answer: line breaks and runs of spaces become one space (they would
    otherwise reach an e-mail subject or a page title)."""

    def to_python(self, value):
        value = super().to_python(value)
        return LINE_BREAKS.sub(" ", CONTROL_CHARACTERS.sub("", value)).strip()


class Paragraphs(forms.CharField):
    widget = forms.Textarea

    def to_python(self, value):
        value = super().to_python(value)
        return CONTROL_CHARACTERS.sub("", value.replace("\r\n", "\n")).strip()


class SubmissionForm(forms.Form):
    name = OneLine(label=_("Name of the innovation"), max_length=120)
    summary = Paragraphs(
        label=_("Summary"),
        max_length=500,
        help_text=_("One or two sentences."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    challenge = Paragraphs(label=_("The challenge it addresses"), max_length=4000)
    solution = Paragraphs(label=_("The solution"), max_length=4000)
    stage = forms.ChoiceField(label=_("Stage"), choices=Stage.choices)
    themes = forms.ModelMultipleChoiceField(
        label=_("Themes"),
        queryset=Theme.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    team = OneLine(label=_("Team or organisation"), max_length=200)
    contact_name = OneLine(label=_("Your name"), max_length=120)
    contact_email = forms.EmailField(label=_("Your e-mail address"), max_length=254)
    contact_phone = OneLine(label=_("Phone (optional)"), max_length=40, required=False)
    country = OneLine(label=_("Country"), max_length=80)
    link = forms.CharField(
        label=_("Link (optional)"),
        max_length=500,
        required=False,
        help_text=_("Your website, or a YouTube or Vimeo video."),
        widget=forms.URLInput,
    )
    image = forms.FileField(
        label=_("Image (optional)"),
        required=False,
        help_text=_("JPEG, PNG or WebP, at most 5 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    language = forms.ChoiceField(
        label=_("Language you wrote in"), choices=[("ar", "العربية"), ("en", "English")]
    )
    consent = forms.BooleanField(label=_("I agree to the privacy notice"))
    # The honeypot: hidden from people (CSS and aria-hidden), filled in by naive robots.
    homepage = forms.CharField(required=False, max_length=200, label=_("Leave this field empty"))
    form_token = forms.CharField(widget=forms.HiddenInput, max_length=400)

    def __init__(self, *args, language="ar", **kwargs):
        kwargs.setdefault("initial", {}).setdefault("language", language)
        super().__init__(*args, **kwargs)
        self.fields["homepage"].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})
        self.fields["form_token"].error_messages["required"] = _(
            "This form has expired. Please check your answers and send it again."
        )

    def clean_link(self):
        link = self.cleaned_data["link"].strip()
        if not link:
            return ""
        invalid = forms.ValidationError(
            _("Enter a web address starting with https:// or http://."), code="invalid_link"
        )
        try:
            URLValidator(schemes=["http", "https"])(link)
        except forms.ValidationError:
            raise invalid from None
        host = (urlsplit(link).hostname or "").lower().removeprefix("www.").removeprefix("m.")
        # A video link is checked as on innovation pages: it must name one video.
        if host in VIDEO_HOSTS and not video_embed_url(link):
            raise forms.ValidationError(_("Use the address of one YouTube or Vimeo video."), code="video")
        return link

    def clean_image(self):
        upload = self.cleaned_data.get("image")
        return reencoded(upload) if upload else None

    @property
    def video_url(self):
        link = self.cleaned_data.get("link", "")
        return link if video_embed_url(link) else ""
