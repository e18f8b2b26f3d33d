"""StreamField blocks shared by the editorial page types (story, news, innovations).

Each block says where it appears in its `description`, and renders with
`templates/blocks/<block_name>.html`.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("text"), max_length=160)
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        description = _("A section heading; it also appears in the page outline.")
        preview_value = {"text": "مخيم الحج الابتكاري", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph_block.html"
        label = _("Paragraph")
        description = _("Running text with links and lists.")
        preview_value = "<p>مشروع لبناء مجتمع عالمي يجمع المبدعين والمبتكرين الرياديين.</p>"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=255)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image with caption")
        description = _("A full-width image; the credit comes from the image itself.")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False, max_length=255)
    role = blocks.CharBlock(label=_("role"), required=False, max_length=255)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")
        description = _("A pull quote with the name and role of who said it.")
        preview_value = {
            "quote": "رحلة الضيف من الفكرة للذكرى",
            "attribution": "الدكتور عمار عطار",
            "role": "المشرف العام على منافع",
        }


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("figure"), max_length=40)
    label = blocks.CharBlock(label=_("what it counts"), max_length=120)


class KeyFiguresBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), required=False, max_length=160)
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("figures"), min_num=1, max_num=6)

    class Meta:
        icon = "table"
        template = "blocks/key_figures_block.html"
        label = _("Key figures")
        description = _("Two to six short figures shown side by side, e.g. “5 months”.")
        preview_value = {
            "title": "المخيم في أرقام",
            "figures": [{"value": "5", "label": "أشهر في مشعر منى"}],
        }


class MilestoneBlock(blocks.StructBlock):
    date_label = blocks.CharBlock(label=_("when"), max_length=80)
    title = blocks.CharBlock(label=_("title"), max_length=160)
    text = blocks.TextBlock(label=_("text"), required=False)


class TimelineBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), required=False, max_length=160)
    milestones = blocks.ListBlock(MilestoneBlock(), label=_("milestones"), min_num=1)

    class Meta:
        icon = "date"
        template = "blocks/timeline_block.html"
        label = _("Timeline")
        description = _("Milestones in order, shown as a vertical timeline.")
        preview_value = {
            "title": "المراحل",
            "milestones": [{"date_label": "21–23 مارس", "title": "توقيع الاتفاقية", "text": ""}],
        }


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=160)
    text = blocks.TextBlock(label=_("text"), required=False)
    link_page = blocks.PageChooserBlock(label=_("page"), required=False)
    link_url = blocks.URLBlock(label=_("or address"), required=False)
    link_text = blocks.CharBlock(label=_("button text"), max_length=80)

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"
        label = _("Call to action")
        description = _("A highlighted box with one button to a page or an address.")
        preview_value = {"title": "المركز الإعلامي", "text": "", "link_text": "الحقيبة الإعلامية"}


class StoryStreamBlock(blocks.StreamBlock):
    """The body of the camp story and other editorial pages."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    key_figures = KeyFiguresBlock()
    timeline = TimelineBlock()
    call_to_action = CallToActionBlock()


class ArticleStreamBlock(blocks.StreamBlock):
    """The body of news articles and press releases."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
