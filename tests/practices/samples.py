"""The practices app's samples for the quality gates, in id, en and az: a practice with its lineage,
indicators and lead image, its replication guide and self-check, a comparison, a filtered listing,
the MPP tracker (all 514 regencies and cities) and its CSV, and the feeds."""

import datetime

from django.urls import reverse
from django.utils import translation

from practices import areas
from practices.models import Adaptation, Area, NationalCount, PracticeIndexPage
from tests.factories.practices import PracticeFactory, ReplicationGuideFactory, indicator

AFTER = ("cms",)

TEXT = {
    "id": {
        "practice": ("ASAN Xidmat", "Pusat layanan terpadu: banyak instansi di satu atap."),
        "other": ("Mal Pelayanan Publik", "Satu atap untuk layanan banyak instansi di daerah."),
        "guide": ("Panduan replikasi MPP", "Langkah demi langkah untuk pemerintah daerah."),
        "indicator": ("Waktu penerbitan paspor", "jam"),
        "adaptation": ("Pusat layanan Banyuwangi", "Disesuaikan dengan kewenangan kabupaten."),
        "alt": "Loket layanan di pusat ASAN Xidmat",
    },
    "en": {
        "practice": ("ASAN Xidmat", "Integrated service centres: many agencies under one roof."),
        "other": ("Public service mall", "One roof for many agencies' services in the regions."),
        "guide": ("MPP replication guide", "Step by step for a regional government."),
        "indicator": ("Time to issue a passport", "hours"),
        "adaptation": ("Banyuwangi service centre", "Fitted to a regency's powers."),
        "alt": "Service counters at an ASAN Xidmat centre",
    },
    "az": {
        "practice": ("ASAN xidmət", "İnteqrasiya olunmuş xidmət mərkəzləri: bir çox qurum bir dam altında."),
        "other": ("Dövlət xidməti mərkəzi", "Regionlarda bir çox qurumun xidməti bir dam altında."),
        "guide": ("MPP tətbiqi bələdçisi", "Regional hökumət üçün addım-addım."),
        "indicator": ("Pasportun verilmə müddəti", "saat"),
        "adaptation": ("Banyuvanqi xidmət mərkəzi", "Regentliyin səlahiyyətlərinə uyğunlaşdırılıb."),
        "alt": "ASAN xidmət mərkəzində xidmət masaları",
    },
}


def build(site):
    taxonomy, image = site.shared["taxonomy"], site.shared["image"]
    areas.load()
    Area.objects.filter(code__in=["35.10", "35.78"]).update(mpp_status="operating")
    NationalCount.objects.get_or_create(
        as_of=datetime.date(2025, 12, 20), defaults={"count": 305, "source": "KemenPANRB"}
    )
    for code in site.languages:
        text = TEXT[code]
        section = site.section(PracticeIndexPage, code)
        practice = site.create(
            PracticeFactory,
            section,
            code,
            slug="asan-xidmat",
            title=text["practice"][0],
            summary=text["practice"][1],
            origin_country=taxonomy[(code, "azerbaijan")],
            origin_institution=taxonomy[(code, "institution")],
            pillars=[taxonomy[(code, "pillar")]],
            stages=[taxonomy[(code, "stage")]],
            channel="one_stop_centre",
            level="national",
            year_introduced=2012,
            lead_image=image,
            lead_image_alt=text["alt"],
            indicators=[
                indicator(
                    name=text["indicator"][0],
                    unit=text["indicator"][1],
                    baseline="30",
                    baseline_year=2012,
                )
            ],
            recognition=[
                {
                    "type": "recognition",
                    "value": {"award": "UN Public Service Award", "year": 2015, "awarded_by": ""},
                }
            ],
            adaptations=[
                Adaptation(
                    key="banyuwangi",
                    name=text["adaptation"][0],
                    changes=text["adaptation"][1],
                    region=taxonomy[(code, "regency")],
                    year=2014,
                    status="operating",
                ),
                Adaptation(
                    key="mpp",
                    adapted_from="banyuwangi",
                    name=text["other"][0],
                    year=2017,
                    status="network",
                ),
            ],
        )
        other = site.create(
            PracticeFactory,
            section,
            code,
            slug="mpp",
            title=text["other"][0],
            summary=text["other"][1],
            origin_country=taxonomy[(code, "country")],
            pillars=[taxonomy[(code, "pillar")]],
            year_introduced=2017,
        )
        guide = site.create(
            ReplicationGuideFactory,
            practice,
            code,
            slug="guide",
            title=text["guide"][0],
            summary=text["guide"][1],
        )
        site.sample_page(practice, code)
        site.sample_page(guide, code)
        site.sample("practices.ReplicationGuide:check", code, f"{guide.url}check/?have=a1&done=1")
        site.sample(
            "practices.PracticeIndexPage:compare", code, f"{section.url}compare/?p={practice.pk}&p={other.pk}"
        )
        site.sample(
            "practices.PracticeIndexPage:filtered",
            code,
            f"{section.url}?pillar={taxonomy[(code, 'pillar')].slug}",
        )
        with translation.override(code):
            site.sample("practices:tracker", code, reverse("practices:tracker") + "?province=all")
            site.sample("practices:tracker_csv", code, reverse("practices:tracker_csv"))
            site.sample("practices:feed_rss", code, reverse("practices:feed_rss"))
            site.sample("practices:feed_atom", code, reverse("practices:feed_atom"))
