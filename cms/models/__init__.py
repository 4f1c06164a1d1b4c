"""Models every app shares: the home page, the taxonomy snippets and the site settings."""

from .pages import BasePage, HomePage, SectionIndexPage, StandardPage
from .settings import ProgrammeSettings
from .taxonomy import (
    Country,
    Institution,
    LifeJourneyStage,
    MPPStatus,
    Person,
    Pillar,
    Region,
    RegionKind,
    TaxonomyItem,
)

__all__ = [
    "BasePage",
    "Country",
    "HomePage",
    "Institution",
    "LifeJourneyStage",
    "MPPStatus",
    "Person",
    "Pillar",
    "ProgrammeSettings",
    "Region",
    "RegionKind",
    "SectionIndexPage",
    "StandardPage",
    "TaxonomyItem",
]

# Signal receivers live beside the models so they are connected whenever the models are loaded.
from cms import signals  # noqa: E402, F401
