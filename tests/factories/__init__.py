"""Factories for every taxonomy snippet and page model, shared by the whole suite.

Each app's factories live in `tests/factories/<app label>.py`; import them from there
(this package re-exports the core's and the programme's, which came first).

Taxonomy items are created in Indonesian (the default locale), pages under the
Indonesian section that owns them; `translate(obj, "en", **changes)` adds a translation
the way the admin's "Translate" action does. The home and section pages come from the
migrations: `home_page("en")`, `section_page(ProgrammeIndexPage, "az")`.
"""

from .pages import (
    PracticeStandardPageFactory,
    StandardPageFactory,
    TrainingStandardPageFactory,
    home_page,
    section_page,
    translate,
)
from .programmes import PartnerPageFactory, ProgrammePageFactory, TimelineEventFactory, TimelinePageFactory
from .taxonomy import (
    CountryFactory,
    InstitutionFactory,
    LifeJourneyStageFactory,
    PersonFactory,
    PillarFactory,
    ProvinceFactory,
    RegionFactory,
)
from .users import MODERATORS, PROGRAMME_COORDINATORS, ROLES, TRAINERS, SuperuserFactory, UserFactory

__all__ = [
    "MODERATORS",
    "PROGRAMME_COORDINATORS",
    "ROLES",
    "TRAINERS",
    "CountryFactory",
    "InstitutionFactory",
    "LifeJourneyStageFactory",
    "PartnerPageFactory",
    "PersonFactory",
    "PillarFactory",
    "PracticeStandardPageFactory",
    "ProgrammePageFactory",
    "ProvinceFactory",
    "RegionFactory",
    "StandardPageFactory",
    "SuperuserFactory",
    "TimelineEventFactory",
    "TimelinePageFactory",
    "TrainingStandardPageFactory",
    "UserFactory",
    "home_page",
    "section_page",
    "translate",
]
