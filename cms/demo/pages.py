"""The core's demo pages: the home page of each language and the About page."""

# Prose reads better unbroken; these modules are content, not logic.
# ruff: noqa: E501

HOME = {
    "id": {
        "summary": "Jembatan adalah platform berbagi pengetahuan dan pelatihan kerja sama pelayanan publik Indonesia–Azerbaijan.",
        "introduction": (
            "<p>Sejak 2017 KemenPANRB dan Badan Negara untuk Pelayanan Publik dan Inovasi Sosial Azerbaijan "
            "bekerja sama memperbaiki pelayanan publik. Mal Pelayanan Publik (MPP) Indonesia meniru model "
            "<b>ASAN Xidmat</b>: banyak layanan instansi di bawah satu atap.</p>"
            "<p>Di sini pemerintah daerah menemukan praktik baik, panduan replikasi, materi pelatihan dan "
            "perkembangan rencana aksi 2024–2026.</p>"
        ),
    },
    "en": {
        "summary": "Jembatan is the knowledge-sharing and training platform of the Indonesia–Azerbaijan public service cooperation.",
        "introduction": (
            "<p>Since 2017 KemenPANRB and Azerbaijan's State Agency for Public Service and Social Innovation "
            "have worked together to improve public services. Indonesia's public service malls (MPP) follow "
            "the <b>ASAN Xidmat</b> model: many agencies' services under one roof.</p>"
            "<p>Here regional governments find good practices, replication guides, training material and the "
            "progress of the 2024–2026 action plan.</p>"
        ),
    },
    "az": {
        "summary": "Jembatan İndoneziya–Azərbaycan dövlət xidməti əməkdaşlığının bilik mübadiləsi və təlim platformasıdır.",
        "introduction": (
            "<p>2017-ci ildən KemenPANRB və Azərbaycanın Vətəndaşlara Xidmət və Sosial İnnovasiyalar üzrə Dövlət "
            "Agentliyi dövlət xidmətlərinin yaxşılaşdırılması üçün birlikdə çalışır. İndoneziyanın dövlət "
            "xidməti mərkəzləri (MPP) <b>ASAN xidmət</b> modelinə əsaslanır: bir çox qurumun xidmətləri bir dam "
            "altında.</p>"
            "<p>Burada regional hökumətlər yaxşı təcrübələr, tətbiq bələdçiləri, təlim materialları və "
            "2024–2026-cı illər üzrə fəaliyyət planının gedişatı ilə tanış olurlar.</p>"
        ),
    },
}

ABOUT = {
    "id": {
        "title": "Tentang Jembatan",
        "slug": "tentang",
        "summary": "Mengapa platform ini ada dan untuk siapa.",
        "paragraphs": [
            "<p><i>Jembatan</i> berarti jembatan: platform ini menghubungkan pengalaman ASAN Xidmat Azerbaijan dengan daerah-daerah Indonesia yang merencanakan, membangun atau memperbaiki MPP.</p>",
            "<p>Penggunanya pejabat pemerintah daerah, koordinator program di KemenPANRB dan Badan Negara Azerbaijan, serta pelatih dan alumni ToT.</p>",
        ],
    },
    "en": {
        "title": "About Jembatan",
        "slug": "about",
        "summary": "Why this platform exists and whom it serves.",
        "paragraphs": [
            "<p><i>Jembatan</i> means bridge: the platform connects Azerbaijan's ASAN Xidmat experience with the Indonesian regions planning, building or improving an MPP.</p>",
            "<p>It serves regional government officials, programme coordinators in KemenPANRB and the Azerbaijani State Agency, and trainers and ToT alumni.</p>",
        ],
    },
}
