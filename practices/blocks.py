"""StreamField blocks of practices and replication guides: indicators, steps, checklist, contacts."""

import re
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock


def number(value):
    """A Decimal as a reader writes it: 3, 2.5, 1 200 000 (no trailing zeros); "" for None."""
    if value is None:
        return ""
    value = Decimal(value).normalize()
    text = f"{value:f}"
    whole, _sep, fraction = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = whole.lstrip("-")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return sign + "\u202f".join(groups or ["0"]) + ("." + fraction if fraction else "")


class IndicatorValue(blocks.StructValue):
    """Computed display values of one impact indicator."""

    def baseline_text(self):
        return number(self.get("baseline"))

    def achieved_text(self):
        return number(self.get("achieved"))


class IndicatorBlock(blocks.StructBlock):
    """One measured result: a value before (baseline, with its year) and after (achieved, with its year).

    Values are decimals in `unit` (e.g. "hours", "rank", "MPPs"); the baseline may be unknown.
    `source` names where the figure comes from; a figure without a source is not published.
    """

    name = blocks.CharBlock(label=_("indicator"), max_length=200)
    unit = blocks.CharBlock(label=_("unit"), max_length=60, required=False)
    baseline = blocks.DecimalBlock(label=_("baseline value"), required=False)
    baseline_year = blocks.IntegerBlock(
        label=_("baseline year"), required=False, min_value=1900, max_value=2100
    )
    achieved = blocks.DecimalBlock(label=_("achieved value"))
    achieved_year = blocks.IntegerBlock(
        label=_("achieved year"),
        required=False,
        min_value=1900,
        max_value=2100,
        help_text=_("Leave empty only when the source gives no year."),
    )
    source = blocks.CharBlock(label=_("source"), max_length=300)
    source_url = blocks.URLBlock(label=_("source address"), required=False)

    class Meta:
        icon = "table"
        value_class = IndicatorValue
        description = _("A result with its baseline, achieved value, years and source")
        preview_value = {
            "name": "Ease of Doing Business rank",
            "unit": "rank",
            "baseline": "16",
            "baseline_year": 2017,
            "achieved": "9",
            "achieved_year": 2018,
            "source": "World Bank, Doing Business 2019",
        }

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if value.get("baseline") is not None and not value.get("baseline_year"):
            errors["baseline_year"] = ValidationError(_("Give the year of the baseline value."))
        if (
            value.get("baseline_year")
            and value.get("achieved_year")
            and value["baseline_year"] > value["achieved_year"]
        ):
            errors["achieved_year"] = ValidationError(
                _("The achieved year cannot be before the baseline year.")
            )
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class RecognitionBlock(blocks.StructBlock):
    """An award or other recognition of the practice, e.g. the UN Public Service Award."""

    award = blocks.CharBlock(label=_("award"), max_length=200)
    year = blocks.IntegerBlock(label=_("year"), min_value=1900, max_value=2100)
    awarded_by = blocks.CharBlock(label=_("awarded by"), max_length=200, required=False)

    class Meta:
        icon = "pick"
        description = _("An award, with its year")


class ChecklistItemBlock(blocks.StructBlock):
    """A prerequisite a region should have before it starts; `step` is the guide step that builds it."""

    item = blocks.CharBlock(label=_("prerequisite"), max_length=300)
    explanation = blocks.TextBlock(label=_("why it matters"), required=False)
    step = blocks.IntegerBlock(
        label=_("step that builds it"),
        required=False,
        min_value=1,
        help_text=_("The number of the guide's step where a region that lacks this prerequisite starts."),
    )

    class Meta:
        icon = "tick"
        description = _("One prerequisite of the readiness checklist")


class StepBlock(blocks.StructBlock):
    """One replication step: what, who is responsible, how long, what it delivers, on what legal basis."""

    what = blocks.CharBlock(label=_("what"), max_length=300)
    who = blocks.CharBlock(label=_("who is responsible"), max_length=300)
    duration = blocks.CharBlock(label=_("estimated duration"), max_length=100)
    deliverable = blocks.CharBlock(label=_("deliverable"), max_length=300)
    legal_basis = blocks.CharBlock(label=_("legal basis"), max_length=300, required=False)
    details = blocks.RichTextBlock(
        label=_("details"), required=False, features=["bold", "italic", "link", "ul"]
    )

    class Meta:
        icon = "list-ol"
        description = _("One step of the replication, in order")


class PitfallBlock(blocks.StructBlock):
    """A mistake regions made, and how to avoid it."""

    pitfall = blocks.CharBlock(label=_("pitfall"), max_length=300)
    avoid = blocks.TextBlock(label=_("how to avoid it"), required=False)

    class Meta:
        icon = "warning"


# An address, a long run of digits (a phone number) or a private messenger handle has no place
# in a public contact: the guide names roles, never people's private details.
PRIVATE_DATA = re.compile(r"@|\+?\d[\d\s().-]{6,}\d|wa\.me|t\.me", re.IGNORECASE)


class ContactBlock(blocks.StructBlock):
    """A contact at the origin institution by its public role only (e.g. "Head of the Innovation Centre")."""

    role = blocks.CharBlock(label=_("public role"), max_length=200)
    institution = blocks.CharBlock(label=_("institution"), max_length=200)
    public_page = blocks.URLBlock(
        label=_("institution's public contact page"),
        required=False,
        help_text=_("The institution's own public contact page; never a person's address or phone."),
    )

    class Meta:
        icon = "user"
        description = _("A public role at the origin institution; no private contact data")

    def clean(self, value):
        value = super().clean(value)
        errors = {
            name: ValidationError(
                _("Name the public role only: no email address, phone number or messenger link.")
            )
            for name in ("role", "institution")
            if PRIVATE_DATA.search(value.get(name) or "")
        }
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class IndicatorsBlock(blocks.StreamBlock):
    indicator = IndicatorBlock()


class RecognitionsBlock(blocks.StreamBlock):
    recognition = RecognitionBlock()


class DocumentsBlock(blocks.StreamBlock):
    document = DocumentChooserBlock(label=_("document"))


class ChecklistBlock(blocks.StreamBlock):
    """Each item keeps its block id, which the self-check uses to remember what was ticked."""

    item = ChecklistItemBlock()


class StepsBlock(blocks.StreamBlock):
    step = StepBlock()


class PitfallsBlock(blocks.StreamBlock):
    pitfall = PitfallBlock()


class ContactsBlock(blocks.StreamBlock):
    contact = ContactBlock()
