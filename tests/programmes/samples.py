"""The programme's samples for the quality gates: a programme story, a partner page and the
timeline with two events, in id, en and az (the section page is the core's sample).
"""

import datetime

from programmes.models import ProgrammeIndexPage
from tests.cms.samples import body
from tests.factories.programmes import (
    PartnerPageFactory,
    ProgrammePageFactory,
    TimelineEventFactory,
    TimelinePageFactory,
)

AFTER = ("cms",)

TEXT = {
    "id": {
        "programme": ("Nota Kesepahaman 2017", "KemenPANRB dan Badan Negara Azerbaijan menandatangani MoU."),
        "partner": ("Indonesia", "Mal Pelayanan Publik menyatukan layanan banyak instansi di satu atap."),
        "timeline": ("Linimasa kerja sama", "Dari Banyuwangi 2014 hingga Simposium 2025."),
        "cta": "Baca linimasa kerja sama",
        "event": "Penandatanganan rencana aksi di Jakarta",
        "event2": "Training for Trainers di Baku",
    },
    "en": {
        "programme": ("The 2017 memorandum", "KemenPANRB and the Azerbaijani State Agency sign an MoU."),
        "partner": ("Indonesia", "Public service malls bring many agencies' services under one roof."),
        "timeline": ("Timeline of the cooperation", "From Banyuwangi in 2014 to the 2025 symposium."),
        "cta": "Read the cooperation's timeline",
        "event": "Action plan signed in Jakarta",
        "event2": "Training for Trainers in Baku",
    },
    "az": {
        "programme": (
            "2017-ci il memorandumu",
            "KemenPANRB və Azərbaycanın Dövlət Agentliyi memorandum imzalayır.",
        ),
        "partner": (
            "İndoneziya",
            "Dövlət xidməti mərkəzləri bir çox qurumun xidmətini bir dam altında birləşdirir.",
        ),
        "timeline": (
            "Əməkdaşlığın xronologiyası",
            "2014-cü ildə Banyuvanqidən 2025-ci il simpoziumuna qədər.",
        ),
        "cta": "Əməkdaşlığın xronologiyasını oxuyun",
        "event": "Cakartada fəaliyyət planı imzalanır",
        "event2": "Bakıda təlimçilər üçün təlim",
    },
}


def build(site):
    taxonomy = site.shared["taxonomy"]
    image = site.shared["image"]
    for code in site.languages:
        text = TEXT[code]
        programme_index = site.section(ProgrammeIndexPage, code)
        timeline = site.create(
            TimelinePageFactory,
            programme_index,
            code,
            title=text["timeline"][0],
            slug="timeline",
            summary=text["timeline"][1],
            introduction=f"<p>{text['timeline'][1]}</p>",
        )
        for date, title, where in (
            (datetime.date(2024, 7, 1), text["event"], taxonomy[(code, "country")]),
            (datetime.date(2018, 7, 4), text["event2"], taxonomy[(code, "azerbaijan")]),
        ):
            event = TimelineEventFactory(
                page=timeline,
                date=date,
                end_date=date + datetime.timedelta(days=2) if where.code == "AZ" else None,
                title=title,
                description="<p>KemenPANRB · ASAN Xidmat</p>",
                country=where,
            )
            event.people.add(taxonomy[(code, "person")])
        site.sample_page(site.publish(timeline), code)
        programme = site.create(
            ProgrammePageFactory,
            programme_index,
            code,
            title=text["programme"][0],
            slug="mou-2017",
            summary=text["programme"][1],
            date=datetime.date(2017, 7, 31),
            body=body(code, image, timeline, text["cta"]),
        )
        programme.pillars.add(taxonomy[(code, "pillar")])
        programme.countries.add(taxonomy[(code, "country")], taxonomy[(code, "azerbaijan")])
        programme.tags.add("MoU", "ASAN Xidmat")
        site.sample_page(site.publish(programme), code)
        partner = site.create(
            PartnerPageFactory,
            programme_index,
            code,
            title=text["partner"][0],
            slug="indonesia",
            summary=text["partner"][1],
            country=taxonomy[(code, "country")],
            lead_institution=taxonomy[(code, "institution")],
            flagship_practice="Mal Pelayanan Publik (MPP)",
            languages="Bahasa Indonesia",
            time_zones="WIB, WITA, WIT",
            body=body(code, image, timeline, text["cta"]),
        )
        site.sample_page(partner, code)
