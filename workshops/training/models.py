"""Training-for-trainers modules: the module page, its sessions, materials, assessment and releases.

A module page is one language of a module (its Wagtail locale); each translation has its own
revisions and releases. A *release* records one published version ("MPP-INT-01 v1.2") with its
change note and the Wagtail revision that was published, so a workshop session (or a delivery
kit) can name exactly what it used: `TrainingModuleRelease.revision.as_object()` is the module
as it read then.

Trainer notes and assessment answers are for trainers and editors only: they are never in the
page's `search_fields`, the public search documents, the public template or a public kit.
"""

import re

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail.signals import page_published

from cms.models import BasePage
from workshops.training.kits import serve_kit
from workshops.training.presentation import module_context

__all__ = [
    "AssessmentQuestion",
    "Audience",
    "DeliveryKit",
    "Licence",
    "MaterialKind",
    "Method",
    "TrainingModuleMaterial",
    "TrainingModulePage",
    "TrainingModulePractice",
    "TrainingModuleRelease",
    "TrainingModuleSession",
]

VERSION_PATTERN = re.compile(r"^\d{1,3}\.\d{1,3}$")


class Audience(models.TextChoices):
    """Who a module is written for; the listing filters on it."""

    REGIONAL_LEADERS = "regional-leaders", _("Regional leaders (regents, mayors, regional secretaries)")
    SERVICE_MANAGERS = "service-managers", _("MPP and DPMPTSP managers")
    FRONT_OFFICE = "front-office", _("Front-office staff")
    TRAINERS = "trainers", _("Trainers and facilitators")


class Method(models.TextChoices):
    """How a session is taught."""

    PRESENTATION = "presentation", _("Presentation")
    DISCUSSION = "discussion", _("Discussion")
    GROUP_WORK = "group-work", _("Group work")
    ROLE_PLAY = "role-play", _("Role play")
    CASE_STUDY = "case-study", _("Case study")
    SITE_VISIT = "site-visit", _("Site visit")
    ASSESSMENT = "assessment", _("Assessment")


class Licence(models.TextChoices):
    """The licence a module and its materials are published under (CC BY 4.0 unless said otherwise)."""

    CC_BY_4 = "CC-BY-4.0", _("Creative Commons Attribution 4.0 (CC BY 4.0)")
    CC_BY_SA_4 = "CC-BY-SA-4.0", _("Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0)")
    RESERVED = "all-rights-reserved", _("All rights reserved")


LICENCE_URLS = {
    Licence.CC_BY_4: "https://creativecommons.org/licenses/by/4.0/",
    Licence.CC_BY_SA_4: "https://creativecommons.org/licenses/by-sa/4.0/",
}


class MaterialKind(models.TextChoices):
    SLIDES = "slides", _("Slides")
    HANDOUT = "handout", _("Handout")
    EXERCISE = "exercise", _("Exercise")
    IMAGE = "image", _("Image")
    OTHER = "other", _("Other")


class TrainingModulePage(RoutablePageMixin, BasePage):
    """One language of a ToT module: objectives, audience, a timed session plan, materials, assessment.

    `code` and `version` identify it ("MPP-INT-01", "1.2"); publishing records a release
    (`releases`) with `change_note`. The total duration is the sum of its sessions' minutes.
    Routes: the page itself, and `kit/` (the delivery kit of the live version, a ZIP) and
    `kit/v1-2/` (the kit of release 1.2; Wagtail's page paths allow no dots).
    """

    code = models.CharField(
        _("module code"),
        max_length=32,
        validators=[RegexValidator(r"^[A-Z0-9]+(-[A-Z0-9]+)*$", _("Use capitals, digits and hyphens."))],
        help_text=_("The module's code in the curriculum, e.g. MPP-INT-01; the same in every language."),
    )
    version = models.CharField(
        _("version"),
        max_length=7,
        default="1.0",
        validators=[RegexValidator(VERSION_PATTERN, _("Write the version as major.minor, e.g. 1.2."))],
        help_text=_("Raise it when you publish a change readers should know about, e.g. 1.2."),
    )
    change_note = models.TextField(
        _("what changed in this version"),
        blank=True,
        max_length=1000,
        help_text=_("Shown in the module's public changelog next to the version."),
    )
    learning_objectives = RichTextField(
        _("learning objectives"), features=["ol", "ul", "bold", "italic"], blank=True
    )
    audience = models.CharField(_("audience"), max_length=32, choices=Audience.choices)
    prerequisites = RichTextField(_("prerequisites"), features=["ul", "bold", "italic", "link"], blank=True)
    pillar = models.ForeignKey(
        "cms.Pillar",
        verbose_name=_("pillar"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    licence = models.CharField(_("licence"), max_length=32, choices=Licence.choices, default=Licence.CC_BY_4)

    parent_page_types = ["workshops.TrainingIndexPage"]
    subpage_types = []
    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("code"), FieldPanel("version")]), FieldPanel("change_note")],
            heading=_("Version"),
        ),
        FieldPanel("learning_objectives"),
        FieldRowPanel([FieldPanel("audience"), FieldPanel("pillar")]),
        FieldPanel("prerequisites"),
        FieldPanel("licence"),
        InlinePanel("sessions", heading=_("Session plan"), label=_("Session")),
        InlinePanel("materials", heading=_("Materials"), label=_("Material")),
        InlinePanel("assessment_questions", heading=_("Assessment"), label=_("Question")),
        InlinePanel("related_practices", heading=_("Related practices"), label=_("Practice")),
    ]
    # Public text only: trainer notes and assessment answers stay out of every index.
    search_fields = BasePage.search_fields + [
        index.SearchField("code"),
        index.SearchField("learning_objectives"),
        index.SearchField("prerequisites"),
        index.FilterField("audience"),
    ]

    class Meta:
        verbose_name = _("training module")

    @property
    def label(self):
        """'MPP-INT-01 v1.2': how trainers name a module version."""
        return f"{self.code} v{self.version}"

    @property
    def language_code(self):
        return self.locale.language_code

    @property
    def total_minutes(self):
        """Minutes of all sessions (uses prefetched or in-revision sessions when present)."""
        return sum(session.minutes for session in self.sessions.all())

    @property
    def licence_url(self):
        return LICENCE_URLS.get(self.licence, "")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(module_context(self, request))
        return context

    @path("kit/")
    def kit(self, request):
        return serve_kit(request, self, version=None)

    @path("kit/v<int:major>-<int:minor>/")
    def kit_version(self, request, major, minor):
        return serve_kit(request, self, version=f"{major}.{minor}")


class TrainingModuleSession(Orderable):
    """One session of a module's plan, in the order it is taught."""

    page = ParentalKey(TrainingModulePage, on_delete=models.CASCADE, related_name="sessions")
    title = models.CharField(_("title"), max_length=255)
    minutes = models.PositiveSmallIntegerField(
        _("minutes"), validators=[MinValueValidator(5), MaxValueValidator(480)]
    )
    method = models.CharField(_("method"), max_length=32, choices=Method.choices)
    materials_used = models.CharField(
        _("materials used"),
        max_length=255,
        blank=True,
        help_text=_("Which of the module's materials this session uses, e.g. 'Slides 1–12, Handout A'."),
    )
    trainer_notes = models.TextField(
        _("trainer notes"), blank=True, help_text=_("Only trainers and editors see these; never public.")
    )

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("minutes"), FieldPanel("method")]),
        FieldPanel("materials_used"),
        FieldPanel("trainer_notes"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("session")


class TrainingModuleMaterial(Orderable):
    """A document (slides, handout, exercise) or an image attached to a module.

    A material in a collection with a view restriction is restricted: it is listed and
    packed only for readers who pass that restriction; a restricted image is never rendered.
    """

    page = ParentalKey(TrainingModulePage, on_delete=models.CASCADE, related_name="materials")
    title = models.CharField(
        _("title"), max_length=255, blank=True, help_text=_("Defaults to the file's title.")
    )
    kind = models.CharField(
        _("kind"), max_length=16, choices=MaterialKind.choices, default=MaterialKind.HANDOUT
    )
    document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldRowPanel([FieldPanel("title"), FieldPanel("kind")]),
        FieldPanel("document"),
        FieldPanel("image"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("material")

    def clean(self):
        super().clean()
        if bool(self.document_id) == bool(self.image_id):
            raise ValidationError(_("Choose either a document or an image."))

    @property
    def file_object(self):
        """The attached document or image, or None when it has been deleted."""
        return self.document or self.image

    @property
    def display_title(self):
        item = self.file_object
        return self.title or (item.title if item else "")


class TrainingModulePractice(Orderable):
    """A good practice the module teaches from; a page link by name only (`practices.Practice`)."""

    page = ParentalKey(TrainingModulePage, on_delete=models.CASCADE, related_name="related_practices")
    practice = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("practice"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("practice", page_type="practices.Practice")]

    class Meta(Orderable.Meta):
        verbose_name = _("related practice")


class AssessmentQuestion(Orderable):
    """A question of the module's assessment; the answer is for trainers only."""

    page = ParentalKey(TrainingModulePage, on_delete=models.CASCADE, related_name="assessment_questions")
    question = models.TextField(_("question"))
    answer = models.TextField(_("answer"), blank=True, help_text=_("Only trainers and editors see it."))

    panels = [FieldPanel("question"), FieldPanel("answer")]

    class Meta(Orderable.Meta):
        verbose_name = _("assessment question")


class TrainingModuleRelease(models.Model):
    """One published version of a module in one language, with its change note and revision.

    Recorded when the page is published; publishing the same version again (a typo fixed)
    moves the release to the new revision. Workshop sessions should point here to say
    which module version they used.
    """

    page = models.ForeignKey(TrainingModulePage, on_delete=models.CASCADE, related_name="releases")
    version = models.CharField(_("version"), max_length=7)
    change_note = models.TextField(_("what changed"), blank=True)
    revision = models.ForeignKey(
        "wagtailcore.Revision", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    published_at = models.DateTimeField(_("published at"), default=timezone.now)

    class Meta:
        verbose_name = _("module release")
        ordering = ["-published_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["page", "version"], name="unique_module_release_version"),
        ]

    def __str__(self):
        return f"{self.page.code} v{self.version}"

    @classmethod
    def resolve(cls, page, version=None):
        """The release of `page` (a module in one language) named `version`, or its live version's.

        Returns None when that version was never published. This is how a workshop session
        records which module version it used: store the release, read `release.as_page()`.
        """
        return (
            cls.objects.select_related("revision")
            .filter(page_id=page.pk, version=version or page.version)
            .first()
        )

    @property
    def kit_path(self):
        """The kit route of this release below the page's URL: 'kit/v1-2/'."""
        return f"kit/v{self.version.replace('.', '-')}/"

    def as_page(self):
        """The module as published in this release (falls back to the live page)."""
        if self.revision_id:
            return self.revision.as_object()
        return self.page


class DeliveryKit(models.Model):
    """A stored ZIP of one release for one kind of reader (`variant`), built once and reused.

    `variant` is a digest of what the reader may see (trainer notes or not, which restricted
    collections) and of the files' hashes, so two readers with the same view share a kit and
    a replaced file yields a new one.
    """

    # Written by readers and never shown on a cached page: no reason to empty the page cache.
    changes_public_pages = False

    class Status(models.TextChoices):
        PENDING = "pending", _("Being built")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    release = models.ForeignKey(TrainingModuleRelease, on_delete=models.CASCADE, related_name="kits")
    variant = models.CharField(max_length=64)
    include_trainer_notes = models.BooleanField(default=False)
    allowed_restrictions = models.JSONField(default=list)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    file = models.FileField(upload_to="kits/", blank=True, max_length=255)
    sha256 = models.CharField(max_length=64, blank=True)
    size = models.PositiveBigIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    built_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("delivery kit")
        constraints = [
            models.UniqueConstraint(fields=["release", "variant"], name="unique_delivery_kit_variant"),
        ]

    def __str__(self):
        return f"{self.release} ({self.variant[:8]})"


def record_release(sender, instance, revision=None, **kwargs):
    """On publish, record (or move) the release of the page's version with its change note."""
    TrainingModuleRelease.objects.update_or_create(
        page_id=instance.pk,
        version=instance.version,
        defaults={"change_note": instance.change_note, "revision": revision, "published_at": timezone.now()},
    )


page_published.connect(record_release, sender=TrainingModulePage, dispatch_uid="training_module_release")
