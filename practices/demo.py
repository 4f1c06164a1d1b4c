"""The practices section's demo introduction, in Indonesian, English and Azerbaijani."""

# Prose reads better unbroken.
# ruff: noqa: E501

from practices.models import PracticeIndexPage

AFTER = ("cms",)

# The section page's summary and introduction, per language.
SECTION = {
    "id": (
        "Praktik baik pelayanan publik dari kedua negara dan panduan untuk mereplikasinya.",
        "<p>Dari ASAN Xidmat dan paspor dalam tiga jam hingga MPP Digital: praktik yang dapat ditiru daerah Anda.</p>",
    ),
    "en": (
        "Good public service practices from both countries, and guides to replicate them.",
        "<p>From ASAN Xidmat and the three-hour passport to MPP Digital: practices your region can replicate.</p>",
    ),
    "az": (
        "Hər iki ölkənin dövlət xidməti sahəsində yaxşı təcrübələri və onların tətbiqi üzrə bələdçilər.",
        "<p>ASAN xidmətdən və üç saata verilən pasportdan MPP Digital-a qədər: regionunuzun tətbiq edə biləcəyi təcrübələr.</p>",
    ),
}


def load(loader):
    loader.fill_section(PracticeIndexPage, SECTION)
