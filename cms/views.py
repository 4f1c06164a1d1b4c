"""Public views of the shared taxonomy, and the error pages."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from cms import panels
from cms.cache import default_locale as cached_default_locale
from cms.models import Country, Institution, LifeJourneyStage, MPPStatus, Person, Pillar, Region, RegionKind
from cms.translations import object_translations


def current_locale():
    """The Locale of the active language (default locale if none), from the content-version cache."""
    from cms.cache import current_locale as cached_current_locale

    return cached_current_locale()


class TaxonomyDetailView(TemplateView):
    """One taxonomy item in the reader's language, or in Indonesian with a plain notice."""

    model = None
    template_name = "cms/taxonomy_detail.html"
    select_related = ()

    def get_object(self):
        items = self.model.objects.select_related("locale", *self.select_related).filter(
            slug=self.kwargs["slug"]
        )
        locale = current_locale()
        by_locale = {item.locale_id: item for item in items}
        if locale.pk in by_locale:
            return by_locale[locale.pk], False
        default = cached_default_locale()
        fallback = by_locale.get(default.pk) or next(iter(by_locale.values()), None)
        if fallback is None:
            raise Http404(_("No such item."))
        return fallback, True

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        item, untranslated = self.get_object()
        context.update(
            item=item,
            untranslated=untranslated,
            kind_label=self.model._meta.verbose_name,
            translations=object_translations(item),
            panels=panels.collect(item),
        )
        context.update(self.get_extra_context(item))
        return context

    def get_template_names(self):
        return [f"cms/{self.model._meta.model_name}_detail.html", self.template_name]

    def get_extra_context(self, item):
        return {}


class RegionDetailView(TaxonomyDetailView):
    model = Region
    select_related = ("parent", "country")

    def get_extra_context(self, region):
        return {
            "children": region.children.filter(locale=region.locale)
            .select_related("locale")
            .order_by("name"),
            "institutions": region.institutions.filter(locale=region.locale)
            .select_related("locale")
            .order_by("name"),
        }


class InstitutionDetailView(TaxonomyDetailView):
    model = Institution
    select_related = ("country", "region")

    def get_extra_context(self, institution):
        return {
            "people": institution.people.filter(locale=institution.locale)
            .select_related("locale")
            .order_by("name")
        }


class PersonDetailView(TaxonomyDetailView):
    model = Person
    select_related = ("institution",)


class CountryDetailView(TaxonomyDetailView):
    model = Country

    def get_extra_context(self, country):
        return {
            "institutions": country.institutions.filter(locale=country.locale)
            .select_related("locale")
            .order_by("name")
        }


class PillarDetailView(TaxonomyDetailView):
    model = Pillar


class StageDetailView(TaxonomyDetailView):
    model = LifeJourneyStage


class TaxonomyListView(TemplateView):
    """A paginated list of one taxonomy kind in the reader's language."""

    model = None
    template_name = "cms/taxonomy_list.html"
    paginate_by = 50
    select_related = ()

    def get_queryset(self):
        # The locale comes along because every item's get_url() needs its language code.
        return self.model.objects.filter(locale=current_locale()).select_related(
            "locale", *self.select_related
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        paginator = Paginator(self.get_queryset(), self.paginate_by)
        page = paginator.get_page(self.request.GET.get("page"))
        context.update(
            page_obj=page,
            items=page.object_list,
            kind_label=self.model._meta.verbose_name_plural,
        )
        return context

    def get_template_names(self):
        return [f"cms/{self.model._meta.model_name}_list.html", self.template_name]


class RegionListView(TaxonomyListView):
    """Regions and their MPPs, filterable by MPP status and kind of region."""

    model = Region
    select_related = ("parent",)

    def filters(self):
        status = self.request.GET.get("mpp_status", "")
        kind = self.request.GET.get("kind", "")
        # Unknown values are ignored rather than rejected: a shared link with a stale
        # filter still shows the regions (and the page says so: see `ignored_filters`).
        return (
            status if status in MPPStatus.values else "",
            kind if kind in RegionKind.values else "",
        )

    def get_queryset(self):
        status, kind = self.filters()
        queryset = super().get_queryset()
        if status:
            queryset = queryset.filter(mpp_status=status)
        if kind:
            queryset = queryset.filter(kind=kind)
        return queryset.order_by("name")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        status, kind = self.filters()
        context.update(
            # Pagination links keep the filters.
            query_string=urlencode(
                {key: value for key, value in (("mpp_status", status), ("kind", kind)) if value}
            ),
            selected_status=status,
            selected_kind=kind,
            ignored_filters=(self.request.GET.get("mpp_status", ""), self.request.GET.get("kind", ""))
            != (status, kind),
            status_choices=MPPStatus.choices,
            kind_choices=RegionKind.choices,
        )
        return context


class InstitutionListView(TaxonomyListView):
    model = Institution
    select_related = ("country",)


class PersonListView(TaxonomyListView):
    model = Person
    select_related = ("institution",)


class PillarListView(TaxonomyListView):
    model = Pillar


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # No context processors that touch the database: the error may be the database.
    return render(request, "500.html", status=500)
