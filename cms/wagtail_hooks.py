"""Admin registration of the shared taxonomy: one snippet viewset per kind, grouped under "Taxonomy"."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.models import Country, Institution, LifeJourneyStage, Person, Pillar, Region

# Translatable snippets get Wagtail's locale filter and selector on their own, so the
# filters below never repeat "locale".


class CountryViewSet(SnippetViewSet):
    model = Country
    icon = "globe"
    list_display = ["name", "code", "is_partner", "locale"]
    list_filter = ["is_partner"]
    search_fields = ["name"]
    ordering = ["name"]


class InstitutionViewSet(SnippetViewSet):
    model = Institution
    icon = "site"
    list_display = ["name", "short_name", "kind", "country", "region", "locale"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "short_name"]
    ordering = ["name"]


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "pick"
    list_display = ["name", "kind", "parent", "mpp_status", "mpp_opened_on", "locale"]
    list_filter = ["kind", "mpp_status", "time_zone", "country"]
    search_fields = ["name"]
    ordering = ["name"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "role", "institution", "is_trainer", "locale"]
    list_filter = ["is_trainer", "institution"]
    search_fields = ["name", "role"]
    ordering = ["name"]


class PillarViewSet(SnippetViewSet):
    model = Pillar
    icon = "list-ol"
    list_display = ["number", "name", "locale"]
    search_fields = ["name"]
    ordering = ["number"]


class LifeJourneyStageViewSet(SnippetViewSet):
    model = LifeJourneyStage
    icon = "time"
    list_display = ["order", "name", "locale"]
    search_fields = ["name"]
    ordering = ["order"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomy")
    menu_icon = "tag"
    menu_order = 300
    items = (
        CountryViewSet,
        InstitutionViewSet,
        RegionViewSet,
        PersonViewSet,
        PillarViewSet,
        LifeJourneyStageViewSet,
    )


register_snippet(TaxonomyViewSetGroup)
