"""Good practices, replication guides, their lineage, the readiness self-check and the MPP tracker."""

from .checks import SavedCheck
from .pages import (
    Adaptation,
    AdaptationStatus,
    Level,
    Licence,
    Practice,
    PracticeIndexPage,
    PracticeTag,
    ReplicationGuide,
    ReplicationGuideTraining,
    ServiceChannel,
)
from .tracker import Area, NationalCount

__all__ = [
    "Adaptation",
    "AdaptationStatus",
    "Area",
    "Level",
    "Licence",
    "NationalCount",
    "PracticeIndexPage",
    "Practice",
    "PracticeTag",
    "ReplicationGuide",
    "ReplicationGuideTraining",
    "SavedCheck",
    "ServiceChannel",
]
