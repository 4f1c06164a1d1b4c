"""The module listing of a training section: filters by pillar, audience, language and duration.

`TrainingModuleListingMixin.module_listing(request)` returns the template context of
`templates/workshops/includes/module_list.html`; a section page mixes it in and adds it to
its context. A constant number of queries whatever the number of modules.
"""

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Sum, Value
from django.db.models.functions import Coalesce
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from cms.cache import memoize
from cms.models import Pillar
from workshops.training.models import Audience, TrainingModulePage
from workshops.training.presentation import format_duration

# (value, label, lowest minutes, highest minutes): the durations a planner thinks in.
DURATIONS = [
    ("short", _("Up to 2 hours"), 0, 120),
    ("half-day", _("Half a day (2 to 4 hours)"), 121, 240),
    ("day", _("One day (4 to 8 hours)"), 241, 480),
    ("multi-day", _("More than one day"), 481, None),
]


class ModuleFilterForm(forms.Form):
    """The listing's filters; every field optional, unknown values are form errors (never a 500)."""

    pillar = forms.ChoiceField(label=_("Pillar"), required=False)
    audience = forms.ChoiceField(
        label=_("Audience"), required=False, choices=[("", _("Any audience")), *Audience.choices]
    )
    language = forms.ChoiceField(label=_("Available in"), required=False)
    duration = forms.ChoiceField(
        label=_("Duration"),
        required=False,
        choices=[("", _("Any duration")), *((value, label) for value, label, _low, _high in DURATIONS)],
    )

    def __init__(self, *args, locale_id, **kwargs):
        super().__init__(*args, **kwargs)
        # The pillars change only with content: read once per content version.
        pillars = memoize(
            ("training-module-pillars", locale_id),
            lambda: list(
                Pillar.objects.filter(locale_id=locale_id).order_by("number").values_list("slug", "name")
            ),
        )
        self.fields["pillar"].choices = [("", _("Any pillar")), *pillars]
        self.fields["language"].choices = [("", _("Any language")), *settings.LANGUAGES]

    def cleaned_filters(self):
        """The valid filters only: an invalid one is reported by the form and ignored."""
        self.is_valid()
        return {name: value for name, value in getattr(self, "cleaned_data", {}).items() if value}


def filter_modules(queryset, filters):
    """Narrow a module queryset (annotated with `minutes`) by the cleaned filters."""
    if "pillar" in filters:
        queryset = queryset.filter(pillar__slug=filters["pillar"])
    if "audience" in filters:
        queryset = queryset.filter(audience=filters["audience"])
    if "language" in filters:
        available = (
            TrainingModulePage.objects.live().public().filter(locale__language_code=filters["language"])
        )
        queryset = queryset.filter(translation_key__in=available.values("translation_key"))
    if "duration" in filters:
        _value, _label, low, high = next(d for d in DURATIONS if d[0] == filters["duration"])
        queryset = queryset.filter(minutes__gte=low)
        if high is not None:
            queryset = queryset.filter(minutes__lte=high)
    return queryset


class TrainingModuleListingMixin:
    """For the training section page: its live public modules, filtered and paged."""

    modules_per_page = 24

    def module_listing(self, request):
        form = ModuleFilterForm(request.GET or None, locale_id=self.locale_id)
        filters = form.cleaned_filters() if form.is_bound else {}
        modules = (
            TrainingModulePage.objects.live()
            .public()
            .descendant_of(self)
            .filter(locale_id=self.locale_id)
            .select_related("pillar")
            .annotate(minutes=Coalesce(Sum("sessions__minutes"), Value(0)))
            .order_by("-last_published_at", "pk")
        )
        page_obj = Paginator(filter_modules(modules, filters), self.modules_per_page).get_page(
            request.GET.get("modules_page")
        )
        listed = list(page_obj.object_list)
        languages = {}
        if listed:
            translations = (
                TrainingModulePage.objects.live()
                .public()
                .filter(translation_key__in=[m.translation_key for m in listed])
                .values_list("translation_key", "locale__language_code")
            )
            for key, code in translations:
                languages.setdefault(key, set()).add(code)
        names = dict(settings.LANGUAGES)
        for module in listed:
            module.duration_label = format_duration(module.minutes)
            module.language_names = [
                names[code]
                for code, _name in settings.LANGUAGES
                if code in languages.get(module.translation_key, ())
            ]
        return {
            "module_form": form,
            "modules": listed,
            "module_page_obj": page_obj,
            "module_query_string": urlencode(filters),
        }
