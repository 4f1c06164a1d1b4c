"""The training section's samples for the quality gates (the section page is the core's sample).

Training modules (issue 11): one module in id, en and az with a timed session plan, a
document and an image material, an assessment question and two releases.
"""

from tests.factories.modules import (
    AssessmentQuestionFactory,
    DocumentFactory,
    TrainingModuleMaterialFactory,
    TrainingModulePageFactory,
    TrainingModuleSessionFactory,
    publish_version,
)
from workshops.models import Audience, Method, TrainingIndexPage

AFTER = ("cms",)

MODULE = {
    "id": {
        "title": "Mengintegrasikan unit layanan di bawah satu atap",
        "summary": "Cara menyatukan layanan banyak instansi di Mal Pelayanan Publik.",
        "sessions": ["Pembukaan dan tujuan", "Belajar dari ASAN Xidmat", "Menyusun peta layanan MPP"],
        "material": "Slide integrasi layanan",
        "question": "Sebutkan tiga syarat sebuah instansi bergabung ke MPP.",
        "change": "Studi kasus Banyuwangi ditambahkan.",
    },
    "en": {
        "title": "Integrating service units under one roof",
        "summary": "How to bring many agencies' services together in a public service mall.",
        "sessions": ["Opening and objectives", "Learning from ASAN Xidmat", "Drawing the MPP service map"],
        "material": "Service integration slides",
        "question": "Name three conditions for an agency to join an MPP.",
        "change": "Banyuwangi case study added.",
    },
    "az": {
        "title": "Xidmət vahidlərinin bir dam altında birləşdirilməsi",
        "summary": "Bir çox qurumun xidmətlərini dövlət xidməti mərkəzində necə birləşdirmək olar.",
        "sessions": ["Açılış və məqsədlər", "ASAN Xidmətdən öyrənmək", "MPP xidmət xəritəsinin hazırlanması"],
        "material": "Xidmət inteqrasiyası slaydları",
        "question": "Qurumun MPP-yə qoşulması üçün üç şərti sadalayın.",
        "change": "Banyuvanqi nümunəsi əlavə edildi.",
    },
}


def build(site):
    taxonomy = site.shared["taxonomy"]
    image = site.shared["image"]
    for code in site.languages:
        text = MODULE[code]
        page = site.create(
            TrainingModulePageFactory,
            site.section(TrainingIndexPage, code),
            code,
            slug="satu-atap",
            title=text["title"],
            summary=text["summary"],
            code="MPP-INT-01",
            audience=Audience.SERVICE_MANAGERS,
            pillar=taxonomy[(code, "pillar")],
            sessions=0,
        )
        for title, minutes, method in zip(
            text["sessions"],
            (30, 90, 120),
            (Method.PRESENTATION, Method.CASE_STUDY, Method.GROUP_WORK),
            strict=True,
        ):
            TrainingModuleSessionFactory(page=page, title=title, minutes=minutes, method=method)
        TrainingModuleMaterialFactory(
            page=page, document=DocumentFactory(title=text["material"]), kind="slides"
        )
        TrainingModuleMaterialFactory(page=page, image=image, kind="image", title=text["material"])
        AssessmentQuestionFactory(page=page, question=text["question"])
        page = publish_version(page, "1.1", text["change"])
        site.sample_page(page, code)
