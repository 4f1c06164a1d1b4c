"""The training section's demo introduction, in Indonesian, English and Azerbaijani."""

# Prose reads better unbroken.
# ruff: noqa: E501

from workshops.models import TrainingIndexPage
from workshops.training.demo import load_modules

AFTER = ("cms",)

# The section page's summary and introduction, per language.
SECTION = {
    "id": (
        "Modul Training for Trainers (ToT), materi dan lokakarya rencana aksi.",
        "<p>Materi pelatihan untuk pelatih, fasilitator kementerian dan alumni ToT.</p>",
    ),
    "en": (
        "Training for Trainers (ToT) modules, materials and the action plan's workshops.",
        "<p>Training material for trainers, ministry facilitators and ToT alumni.</p>",
    ),
    "az": (
        "Təlimçilər üçün təlim (ToT) modulları, materiallar və fəaliyyət planının seminarları.",
        "<p>Təlimçilər, nazirlik fasilitatorları və ToT məzunları üçün təlim materialları.</p>",
    ),
}


def load(loader):
    sections = loader.fill_section(TrainingIndexPage, SECTION)
    load_modules(loader, sections)  # the 2018 ToT and its modules (workshops/training/demo.py)
