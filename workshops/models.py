"""The training section: workshops, forums, ToT sessions, study visits and symposia with their agendas.

Every instant is stored in UTC (Django `DateTimeField` with `USE_TZ`); the event's own IANA
zone (`time_zone`) says how editors enter the times and how readers see them first.
Registrations are kept out of the page tree: they are personal data, never public.
"""

import datetime as dt
import uuid
import zoneinfo

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.documents.models import Document
from wagtail.fields import RichTextField
from wagtail.models import CollectionViewRestriction, Orderable
from wagtail.search import index

from cms.cache import memoize
from cms.models import BasePage, Person, SectionIndexPage
from cms.models.taxonomy import TimeZone

from .cascade import cascade_for
from .clocks import SUGGESTED_ZONES, clock_for, reader_zone
from .forms import WorkshopPageForm
from .plans import served_milestones
from .training.listing import TrainingModuleListingMixin
from .training.models import *  # noqa: F403  (training modules, issue 11)
from .training.models import TrainingModulePage


class TrainingIndexPage(TrainingModuleListingMixin, SectionIndexPage):
    """The training section's landing page; trainers own everything below it."""

    subpage_types = ["cms.StandardPage", "workshops.WorkshopPage", "workshops.TrainingModulePage"]

    class Meta:
        verbose_name = _("training section")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.module_listing(request))
        return context


class WorkshopKind(models.TextChoices):
    WORKSHOP = "workshop", _("Workshop (lokakarya)")
    FORUM = "forum", _("Knowledge-sharing forum")
    TOT = "tot", _("Training for trainers (ToT)")
    STUDY_VISIT = "study_visit", _("Study visit")
    SYMPOSIUM = "symposium", _("Symposium")
    MINISTERIAL = "ministerial", _("Ministerial meeting")


class EventLanguage(models.TextChoices):
    INDONESIAN = "id", _("Indonesian")
    ENGLISH = "en", _("English")
    AZERBAIJANI = "az", _("Azerbaijani")


# One boolean per language keeps the language filter a plain indexed lookup on every database.
LANGUAGE_FIELDS = {
    EventLanguage.INDONESIAN: "in_indonesian",
    EventLanguage.ENGLISH: "in_english",
    EventLanguage.AZERBAIJANI: "in_azerbaijani",
}


class WorkshopPage(BasePage):
    """One event of the programme: when (UTC instants, shown in `time_zone`), where, who, its agenda.

    `start`/`end` are aware datetimes; the admin form reads and shows them in the event's
    own zone. Registration is offered when both window ends are set; `capacity` seats
    are confirmed, later registrants wait. A cancelled event stays published and says so.
    """

    kind = models.CharField(
        _("kind"), max_length=20, choices=WorkshopKind.choices, default=WorkshopKind.WORKSHOP
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=40,
        choices=TimeZone.choices,
        default=TimeZone.WIB,
        help_text=_("The zone of the venue; every time of this event is entered in it."),
    )
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    city = models.CharField(_("city"), max_length=120, blank=True)
    country = models.ForeignKey(
        "cms.Country",
        verbose_name=_("country"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    online_url = models.URLField(
        _("online link"), blank=True, help_text=_("Where participants join an online event.")
    )
    region = models.ForeignKey(
        "cms.Region",
        verbose_name=_("region"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_(
            "The Indonesian province, regency or city the event served; the ToT cascade counts by it."
        ),
    )
    trained = ParentalManyToManyField(
        "cms.Person",
        blank=True,
        verbose_name=_("trainers trained"),
        related_name="+",
        help_text=_("For a ToT: the people it trained as trainers (public role only, never registrants)."),
    )
    organisers = ParentalManyToManyField(
        "cms.Institution", blank=True, verbose_name=_("organisers"), related_name="+"
    )
    in_indonesian = models.BooleanField(_("Indonesian"), default=True)
    in_english = models.BooleanField(_("English"), default=False)
    in_azerbaijani = models.BooleanField(_("Azerbaijani"), default=False)
    description = RichTextField(_("description"), blank=True, features=["bold", "italic", "link", "ul", "ol"])
    capacity = models.PositiveIntegerField(
        _("capacity"), null=True, blank=True, help_text=_("Seats; later registrants join the waiting list.")
    )
    registration_opens = models.DateTimeField(_("registration opens"), null=True, blank=True)
    registration_closes = models.DateTimeField(_("registration closes"), null=True, blank=True)
    cancelled = models.BooleanField(
        _("cancelled"),
        default=False,
        help_text=_("Keep the page published: readers and calendars see the cancellation."),
    )
    serves = ParentalManyToManyField(
        "programmes.Milestone",
        blank=True,
        verbose_name=_("action-plan milestones served"),
        related_name="+",
        help_text=_(
            "The milestones of the action plan this event works towards; the page links them "
            "and each milestone's public page lists the event."
        ),
    )

    parent_page_types = ["workshops.TrainingIndexPage"]
    subpage_types = []
    base_form_class = WorkshopPageForm

    content_panels = BasePage.content_panels + [
        FieldPanel("kind"),
        MultiFieldPanel(
            [FieldPanel("time_zone"), FieldRowPanel([FieldPanel("start"), FieldPanel("end")])],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue"),
                FieldPanel("city"),
                FieldPanel("country"),
                FieldPanel("region"),
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
        ),
        FieldPanel("organisers"),
        FieldPanel("trained"),
        FieldRowPanel(
            [FieldPanel("in_indonesian"), FieldPanel("in_english"), FieldPanel("in_azerbaijani")],
            heading=_("Languages"),
        ),
        FieldPanel("description"),
        FieldPanel("serves", widget=forms.CheckboxSelectMultiple),
        InlinePanel("sessions", label=_("session"), heading=_("Agenda")),
        MultiFieldPanel(
            [
                FieldPanel("capacity"),
                FieldRowPanel([FieldPanel("registration_opens"), FieldPanel("registration_closes")]),
            ],
            heading=_("Registration"),
        ),
        FieldPanel("cancelled"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("description"),
        index.SearchField("venue"),
        index.SearchField("city"),
        index.FilterField("kind"),
        index.FilterField("start"),
        index.RelatedFields("sessions", [index.SearchField("title")]),
    ]

    class Meta:
        verbose_name = _("workshop")
        verbose_name_plural = _("workshops")
        indexes = [models.Index(fields=["start"], name="workshop_start")]

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def languages(self):
        """The language codes the event is held in, in the declared order."""
        return [code for code, field in LANGUAGE_FIELDS.items() if getattr(self, field)]

    def get_language_labels(self):
        return [EventLanguage(code).label for code in self.languages]

    @property
    def is_online(self):
        return bool(self.online_url) and not self.venue

    @property
    def ics_sequence(self):
        """iCalendar SEQUENCE: the publish time in whole seconds since 2017-07-01 (the MoU).

        It grows with every publish, so calendar clients take the newer copy; it needs no
        stored counter that an older draft could roll back.
        """
        published = self.last_published_at or self.latest_revision_created_at or self.first_published_at
        if published is None:
            return 0
        return max(0, int((published - SEQUENCE_EPOCH).total_seconds()))

    def registration_state(self, now=None):
        """`"none"` (no registration), `"not_yet"`, `"open"`, `"closed"` or `"cancelled"`."""
        if self.registration_opens is None or self.registration_closes is None:
            return "none"
        if self.cancelled:
            return "cancelled"
        now = now or timezone.now()
        if now < self.registration_opens:
            return "not_yet"
        if now >= self.registration_closes or now >= self.end:
            return "closed"
        return "open"

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The event must end after it starts.")
        if bool(self.registration_opens) != bool(self.registration_closes):
            errors["registration_closes"] = _("Set both ends of the registration window, or neither.")
        elif self.registration_opens and self.registration_closes <= self.registration_opens:
            errors["registration_closes"] = _("Registration must close after it opens.")
        elif self.registration_opens and not self.capacity:
            errors["capacity"] = _("Set the number of seats when registration is offered.")
        if self.online_url == "" and not (self.venue or self.city):
            errors["venue"] = _("Give a venue and city, or an online link.")
        if errors:
            raise ValidationError(errors)

    def agenda(self, clock):
        """`(session, span)` pairs in time order, span as in `Clock.span`.

        Three queries (sessions, speakers, public materials), a fourth when a session has a
        minutes document (only documents outside private collections are attached).
        """
        sessions = self.sessions.order_by("start", "sort_order").select_related("module_release")
        sessions = sessions.prefetch_related(
            models.Prefetch("speakers", queryset=Person.objects.select_related("locale")),
            models.Prefetch("materials", queryset=public_documents()),
            # A minutes document in a private collection comes back as None: never listed.
            models.Prefetch("minutes_document", queryset=public_documents()),
        )
        return [(session, clock.span(session.start, session.end)) for session in sessions]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        chosen = reader_zone(request.GET)
        clock = clock_for(self.time_zone, chosen.zone)
        agenda = self.agenda(clock)
        context.update(
            clock=clock,
            reader_zone=chosen,
            zone_suggestions=SUGGESTED_ZONES,
            when=clock.span(self.start, self.end),
            agenda=agenda,
            modules=taught_modules([session for session, _span in agenda]),
            served=served_milestones(self, request),
            organisers=list(self.organisers.select_related("locale")),
            registration_state=self.registration_state(),
            feedback_state=EventFeedback.window_state(self),
            cascade=cascade_for(self) if self.kind == WorkshopKind.TOT and self.pk else None,
        )
        return context


SEQUENCE_EPOCH = dt.datetime(2017, 7, 1, tzinfo=dt.UTC)


def taught_modules(sessions):
    """`(module page, release)` pairs the sessions taught, in agenda order, each release once.

    Only live, public module pages are listed (one query, none without linked sessions);
    the release says which version was taught, the page gives code, title and link.
    """
    releases = {}
    for session in sessions:
        if session.module_release_id and session.module_release is not None:
            releases.setdefault(session.module_release_id, session.module_release)
    if not releases:
        return []
    pages = TrainingModulePage.objects.live().public().select_related("locale")
    pages = pages.in_bulk([release.page_id for release in releases.values()])
    return [(pages[release.page_id], release) for release in releases.values() if release.page_id in pages]


def public_documents():
    """Documents a reader may see listed: none from a private collection or one below it.

    The restricted collections come from the content-version cache: no query when warm.
    """
    paths = memoize(
        "workshops-private-collections",
        lambda: list(CollectionViewRestriction.objects.values_list("collection__path", flat=True)),
    )
    private = models.Q()
    for path in paths:
        private |= models.Q(collection__path__startswith=path)
    return Document.objects.exclude(private) if paths else Document.objects.all()


class WorkshopSession(ClusterableModel, Orderable):
    """One item of an event's agenda: its instants (UTC), title, speakers, room, language, materials.

    `uid` names the session in calendars; it survives edits and is copied to the
    translations, because the Indonesian and English pages describe the same session.
    Clusterable, so speakers and materials are kept in the page's revisions.
    """

    page = ParentalKey(WorkshopPage, on_delete=models.CASCADE, related_name="sessions")
    uid = models.UUIDField(default=uuid.uuid4, editable=False)
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    title = models.CharField(_("title"), max_length=255)
    speakers = ParentalManyToManyField(
        "cms.Person", blank=True, verbose_name=_("speakers or trainers"), related_name="+"
    )
    room = models.CharField(_("room"), max_length=120, blank=True)
    language = models.CharField(
        _("language"), max_length=2, choices=EventLanguage.choices, default=EventLanguage.INDONESIAN
    )
    materials = ParentalManyToManyField(
        "wagtaildocs.Document", blank=True, verbose_name=_("materials"), related_name="+"
    )
    module_release = models.ForeignKey(
        "workshops.TrainingModuleRelease",
        verbose_name=_("training module version"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sessions",
        help_text=_("The published module version this session taught, e.g. MPP-INT-01 v1.0."),
    )
    minutes = RichTextField(
        pgettext_lazy("meeting record", "minutes"),
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("Written after the session: what was presented, discussed and agreed."),
    )
    minutes_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("minutes (document)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The signed or full minutes as a file; a document in a private collection is not listed."
        ),
    )

    panels = [
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldPanel("title"),
        FieldPanel("speakers"),
        FieldPanel("room"),
        FieldPanel("language"),
        FieldPanel("materials"),
        FieldPanel("module_release"),
        MultiFieldPanel(
            [FieldPanel("minutes"), FieldPanel("minutes_document")],
            heading=pgettext_lazy("meeting record", "Minutes"),
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["start", "sort_order"]

    def __str__(self):
        return self.title


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITING = "waiting", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


class Registration(models.Model):
    """One person's registration for an event: personal data, for coordinators' eyes only.

    Never indexed, listed, cached or exported publicly. `event_key` is the event's
    translation key, so the Indonesian and English pages of one event share their seats
    and a person registers once whichever page they used.
    """

    # Written by readers and never shown on a cached page: no reason to empty the page cache.
    changes_public_pages = False

    workshop = models.ForeignKey(
        WorkshopPage, verbose_name=_("workshop"), on_delete=models.CASCADE, related_name="registrations"
    )
    event_key = models.UUIDField(editable=False, db_index=True)
    name = models.CharField(_("name"), max_length=200)
    institution = models.CharField(_("institution"), max_length=255)
    region = models.CharField(_("region"), max_length=200, blank=True)
    role = models.CharField(_("role"), max_length=200)
    email = models.EmailField(_("email"))
    status = models.CharField(_("status"), max_length=10, choices=RegistrationStatus.choices)
    language = models.CharField(_("language"), max_length=10, editable=False)
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["event_key", "email"],
                condition=~models.Q(status="cancelled"),
                name="one_active_registration_per_email",
            )
        ]

    def __str__(self):
        return f"{self.name} ({self.get_status_display()})"


FEEDBACK_DAYS = 60


class EventFeedback(models.Model):
    """An anonymous rating (1–5) and comment on an event, for its trainers and coordinators.

    Taken from the event's start until FEEDBACK_DAYS after its end; stores no name or
    address. `event_key` joins the feedback given on every translation of the event.
    """

    # Written by readers and never shown on a cached page: no reason to empty the page cache.
    changes_public_pages = False

    workshop = models.ForeignKey(
        WorkshopPage, verbose_name=_("workshop"), on_delete=models.CASCADE, related_name="feedback"
    )
    event_key = models.UUIDField(editable=False, db_index=True)
    rating = models.PositiveSmallIntegerField(
        _("rating"), choices=[(value, str(value)) for value in range(1, 6)]
    )
    comment = models.TextField(_("comment"), max_length=2000, blank=True)
    language = models.CharField(_("language"), max_length=10, editable=False)
    created_at = models.DateTimeField(_("given at"), auto_now_add=True)

    class Meta:
        verbose_name = _("feedback")
        verbose_name_plural = _("feedback")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.rating}/5"

    @staticmethod
    def window_state(page, now=None):
        """`"not_yet"` before the event starts, `"open"`, `"closed"` after the window or if cancelled."""
        now = now or timezone.now()
        if page.cancelled:
            return "closed"
        if now < page.start:
            return "not_yet"
        if now > page.end + dt.timedelta(days=FEEDBACK_DAYS):
            return "closed"
        return "open"
