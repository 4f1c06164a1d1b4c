"""The workshop editor's form: every time is typed and shown in the event's own zone.

Django reads a datetime field in the site's current zone (Asia/Jakarta); an editor
planning a Baku ToT types Baku wall-clock times. The form shows stored UTC instants as
wall-clock times of the event's zone, and reads what is typed back in that zone, for the
event and for every session of its agenda.
"""

import zoneinfo

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm

from cms.text import without_controls

EVENT_FIELDS = ("start", "end", "registration_opens", "registration_closes")
SESSION_FIELDS = ("start", "end")


def wall_clock(value, zone):
    """An aware instant as a naive wall-clock time in `zone` (what the editor sees)."""
    return timezone.localtime(value, zone).replace(tzinfo=None)


def in_zone(value, zone):
    """A value Django parsed in the current zone, re-read as the same wall-clock time in `zone`."""
    return timezone.make_naive(value).replace(tzinfo=zone)


def milestone_choice_label(milestone):
    """How an editor recognises a milestone: 'Rencana Aksi 2024 · A2 · Title (due 2025-06-30)'."""
    activity = milestone.activity
    return _("%(plan)s · %(code)s · %(title)s (due %(due)s)") % {
        "plan": activity.plan.title,
        "code": activity.code,
        "title": milestone.display_title,
        "due": milestone.due_on.isoformat(),
    }


class WorkshopPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zone = zoneinfo.ZoneInfo(self.instance.time_zone)
        for name in EVENT_FIELDS:
            value = getattr(self.instance, name, None)
            if value is not None:
                self.initial[name] = wall_clock(value, zone)
        for form in self.formsets["sessions"].forms:
            for name in SESSION_FIELDS:
                value = getattr(form.instance, name, None)
                if value is not None:
                    form.initial[name] = wall_clock(value, zone)
        if "serves" in self.fields:
            field = self.fields["serves"]
            field.queryset = field.queryset.select_related("activity__plan").order_by(
                "activity__plan__title", "activity__sort_order", "activity__code", "due_on", "pk"
            )
            field.label_from_instance = milestone_choice_label

    def _zone(self):
        name = self.cleaned_data.get("time_zone") or self.instance.time_zone
        return zoneinfo.ZoneInfo(name)

    def clean(self):
        cleaned_data = super().clean()
        zone = self._zone()
        for name in EVENT_FIELDS:
            if cleaned_data.get(name) is not None:
                cleaned_data[name] = in_zone(cleaned_data[name], zone)
        return cleaned_data

    def is_valid(self):
        # The sessions are cleaned after the page's own clean(); re-read them here, in the
        # event's zone, before they are checked against the event and saved.
        if hasattr(self, "zoned_valid"):
            return self.zoned_valid
        valid = super().is_valid()
        if not hasattr(self, "cleaned_data"):
            return valid
        zone = self._zone()
        start, end = self.cleaned_data.get("start"), self.cleaned_data.get("end")
        for form in self.formsets["sessions"].forms:
            data = getattr(form, "cleaned_data", None)
            if not data or data.get("DELETE"):
                continue
            for name in SESSION_FIELDS:
                if data.get(name) is not None:
                    data[name] = in_zone(data[name], zone)
                    setattr(form.instance, name, data[name])
            session_start, session_end = data.get("start"), data.get("end")
            if session_start and session_end and session_end <= session_start:
                form.add_error("end", _("A session must end after it starts."))
                valid = False
            elif (
                session_start
                and session_end
                and start
                and end
                and not (start <= session_start and session_end <= end)
            ):
                form.add_error("start", _("A session must take place within the event's start and end."))
                valid = False
        self.zoned_valid = valid
        return valid


class RegistrationForm(forms.Form):
    """What a registrant gives: name, institution, region, role and email (all but region required)."""

    name = forms.CharField(label=_("Full name"), max_length=200)
    institution = forms.CharField(label=_("Institution"), max_length=255)
    region = forms.CharField(
        label=_("Region"), max_length=200, required=False, help_text=_("Province, regency or city, if any.")
    )
    role = forms.CharField(label=_("Position"), max_length=200)
    email = forms.EmailField(label=_("Email"), max_length=254)

    def clean_email(self):
        # One person, one registration: addresses differ only in case are the same inbox.
        return self.cleaned_data["email"].strip().lower()

    def clean(self):
        cleaned_data = super().clean()
        for name in ("name", "institution", "region", "role"):
            if name in cleaned_data:
                cleaned_data[name] = " ".join(without_controls(cleaned_data[name]).split())
        return cleaned_data


class FeedbackForm(forms.Form):
    """A rating from 1 (poor) to 5 (excellent) and an optional comment; nothing that names the reader."""

    rating = forms.TypedChoiceField(
        label=_("How useful was this event?"),
        choices=[(value, str(value)) for value in range(5, 0, -1)],
        coerce=int,
        widget=forms.RadioSelect,
        help_text=_("5 is very useful, 1 is not useful."),
    )
    comment = forms.CharField(
        label=_("Comment"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("What should the trainers keep or change? Please do not write names or contact details."),
    )

    def clean_comment(self):
        return without_controls(self.cleaned_data["comment"])
