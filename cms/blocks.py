"""StreamField blocks shared by every page type."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    """A section heading; level 2 or 3 so the outline under the page title stays valid."""

    text = blocks.CharBlock(label=_("text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("level"), choices=[("h2", _("Heading 2")), ("h3", _("Heading 3"))], default="h2"
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        description = _("A heading that opens a section of the page")
        preview_value = {"text": "Mal Pelayanan Publik", "level": "h2"}


class ImageBlock(blocks.StructBlock):
    """An image with required alternative text and an optional caption."""

    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        max_length=255,
        help_text=_("Describe the image for readers who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=255)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        description = _("An image sized for the reading column")


class QuoteBlock(blocks.StructBlock):
    """A quotation with the person who said it."""

    quote = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False, max_length=255)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        description = _("A quotation, with who said it")
        preview_value = {
            "quote": "ASAN means easy: one roof for many services.",
            "attribution": "ASAN Xidmat",
        }


class LinkValue(blocks.StructValue):
    """Resolves the link target: an internal page wins over an external address."""

    def url(self):
        page = self.get("page")
        if page:
            return page.localized.url
        return self.get("external_url")


class CallToActionBlock(blocks.StructBlock):
    """A prominent link to a page or an external address."""

    text = blocks.CharBlock(label=_("link text"), max_length=120)
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    external_url = blocks.URLBlock(label=_("external address"), required=False)

    class Meta:
        icon = "link"
        template = "blocks/call_to_action_block.html"
        description = _("A prominent link to a page")
        value_class = LinkValue

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("external_url")):
            raise StructBlockValidationError(
                block_errors={
                    "page": ValidationError(_("Choose a page or give an external address, not both.")),
                }
            )
        return value


class BaseStreamBlock(blocks.StreamBlock):
    """The body of a content page."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("paragraph"),
        features=["bold", "italic", "link", "ol", "ul", "document-link"],
        icon="pilcrow",
        template="blocks/paragraph_block.html",
    )
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
