"""The demo pages: home and section introductions, partners, the timeline and the programme's stories."""

# Prose reads better unbroken; these modules are content, not logic.
# ruff: noqa: E501

import datetime

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

SECTIONS = {
    "programmeindexpage": {
        "id": (
            "Kerja sama dari MoU 2017 hingga rencana aksi 2024 dan simposium 2025.",
            "<p>Para mitra, linimasa kerja sama dan tonggak-tonggaknya.</p>",
        ),
        "en": (
            "The cooperation from the 2017 MoU to the 2024 action plan and the 2025 symposium.",
            "<p>The partners, the cooperation's timeline and its milestones.</p>",
        ),
        "az": (
            "2017-ci il Anlaşma Memorandumundan 2024-cü il fəaliyyət planına və 2025-ci il simpoziumuna qədər əməkdaşlıq.",
            "<p>Tərəfdaşlar, əməkdaşlığın xronologiyası və əsas mərhələləri.</p>",
        ),
    },
    "practiceindexpage": {
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
    },
    "trainingindexpage": {
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

PARTNERS = [
    {
        "slug": "indonesia",
        "country": "indonesia",
        "lead_institution": "kemenpanrb",
        "id": {
            "title": "Indonesia",
            "summary": "KemenPANRB, melalui Deputi Bidang Pelayanan Publik, memimpin kerja sama di pihak Indonesia.",
            "flagship_practice": "Mal Pelayanan Publik (MPP), meniru ASAN Xidmat",
            "languages": "Bahasa Indonesia",
            "time_zones": "WIB (UTC+7), WITA (UTC+8), WIT (UTC+9)",
            "body": "<p>Pada Juli 2024 Indonesia memiliki 207 MPP; pada Desember 2025 jumlahnya 305. MPP Digital dan Portal Pelayanan Publik membawa layanan yang sama ke kanal daring.</p>",
        },
        "en": {
            "title": "Indonesia",
            "summary": "KemenPANRB, through its Deputy for Public Service, leads the cooperation on the Indonesian side.",
            "flagship_practice": "Public service mall (MPP), modelled on ASAN Xidmat",
            "languages": "Indonesian (Bahasa Indonesia)",
            "time_zones": "WIB (UTC+7), WITA (UTC+8), WIT (UTC+9)",
            "body": "<p>In July 2024 Indonesia had 207 MPPs; by December 2025 it had 305. MPP Digital and the national Portal Pelayanan Publik bring the same services online.</p>",
        },
        "az": {
            "title": "İndoneziya",
            "summary": "KemenPANRB Dövlət xidməti üzrə müavinliyi vasitəsilə İndoneziya tərəfdən əməkdaşlığa rəhbərlik edir.",
            "flagship_practice": "ASAN xidmət modelinə əsaslanan dövlət xidməti mərkəzi (MPP)",
            "languages": "İndoneziya dili",
            "time_zones": "WIB (UTC+7), WITA (UTC+8), WIT (UTC+9)",
            "body": "<p>2024-cü ilin iyulunda İndoneziyada 207 MPP var idi; 2025-ci ilin dekabrında onların sayı 305-ə çatdı. MPP Digital və milli Portal Pelayanan Publik eyni xidmətləri onlayn təqdim edir.</p>",
        },
    },
    {
        "slug": "azerbaijan",
        "country": "azerbaijan",
        "lead_institution": "state-agency",
        "id": {
            "title": "Azerbaijan",
            "summary": "Badan Negara untuk Pelayanan Publik dan Inovasi Sosial, pengelola ASAN Xidmat, memimpin kerja sama di pihak Azerbaijan.",
            "flagship_practice": "ASAN Xidmat: pusat layanan publik terpadu satu atap",
            "languages": "Bahasa Azerbaijan (aksara Latin)",
            "time_zones": "Baku (UTC+4)",
            "body": "<p>ASAN berarti “mudah”. Pusat ASAN Xidmat didirikan atas prakarsa Presiden sekitar 2012 dan dua kali mendapat UN Public Service Awards. Kepala Badan berkedudukan setingkat menteri dan melapor kepada Presiden.</p>",
        },
        "en": {
            "title": "Azerbaijan",
            "summary": "The State Agency for Public Service and Social Innovation, which runs ASAN Xidmat, leads the cooperation on the Azerbaijani side.",
            "flagship_practice": "ASAN Xidmat: integrated one-stop public service centres",
            "languages": "Azerbaijani (Latin script)",
            "time_zones": "Baku (UTC+4)",
            "body": "<p>“Asan” means “easy”. The ASAN Xidmat centres were founded by the President around 2012 and have twice been recognised by the UN Public Service Awards. The Agency's head ranks as a minister and reports to the President.</p>",
        },
        "az": {
            "title": "Azərbaycan",
            "summary": "ASAN xidməti idarə edən Vətəndaşlara Xidmət və Sosial İnnovasiyalar üzrə Dövlət Agentliyi Azərbaycan tərəfdən əməkdaşlığa rəhbərlik edir.",
            "flagship_practice": "ASAN xidmət: inteqrasiya olunmuş “vahid pəncərə” dövlət xidməti mərkəzləri",
            "languages": "Azərbaycan dili (latın qrafikası)",
            "time_zones": "Bakı (UTC+4)",
            "body": "<p>“Asan” sözü “rahat, sadə” deməkdir. ASAN xidmət mərkəzləri təxminən 2012-ci ildə Prezidentin təşəbbüsü ilə yaradılıb və iki dəfə BMT-nin Dövlət Qulluğu Mükafatına layiq görülüb. Agentliyin rəhbəri nazir statusundadır və Prezidentə hesabat verir.</p>",
        },
    },
]

TIMELINE = {
    "slug": {"id": "linimasa", "en": "timeline"},
    "title": {"id": "Linimasa kerja sama", "en": "Cooperation timeline"},
    "summary": {
        "id": "Dari kunjungan Bupati Banyuwangi pada 2014 hingga simposium 2025.",
        "en": "From the Regent of Banyuwangi's visit in 2014 to the 2025 symposium.",
    },
}

# (date, end date, precision, country, people, title/description per language)
TIMELINE_EVENTS = [
    (
        datetime.date(2014, 1, 1),
        None,
        "year",
        "azerbaijan",
        ["abdullah-azwar-anas"],
        {
            "id": (
                "Banyuwangi meniru ASAN Xidmat",
                "Bupati Banyuwangi, Abdullah Azwar Anas, berkunjung ke Azerbaijan dan mereplikasi modelnya di Kabupaten Banyuwangi.",
            ),
            "en": (
                "Banyuwangi replicates ASAN Xidmat",
                "The Regent of Banyuwangi, Abdullah Azwar Anas, visits Azerbaijan and replicates the model in Banyuwangi regency.",
            ),
        },
    ),
    (
        datetime.date(2016, 1, 1),
        None,
        "year",
        "azerbaijan",
        [],
        {
            "id": ("Delegasi Indonesia ke Azerbaijan", "Sebuah delegasi Indonesia berkunjung ke Azerbaijan."),
            "en": ("Indonesian delegation to Azerbaijan", "An Indonesian delegation visits Azerbaijan."),
        },
    ),
    (
        datetime.date(2017, 6, 22),
        datetime.date(2017, 6, 23),
        "day",
        None,
        ["asman-abnur", "inam-karimov", "diah-natalisa"],
        {
            "id": (
                "Pertemuan di UN Public Service Forum, Den Haag",
                "Menteri PANRB Asman Abnur bertemu Ketua Inam Karimov dan mengundangnya menandatangani MoU. Tahun itu MPP disiapkan di Batam, Jakarta dan Surabaya.",
            ),
            "en": (
                "Meeting at the UN Public Service Forum, The Hague",
                "Minister PANRB Asman Abnur meets Chairman Inam Karimov and invites him to sign an MoU. That year MPPs are being prepared in Batam, Jakarta and Surabaya.",
            ),
        },
    ),
    (
        datetime.date(2017, 7, 1),
        None,
        "month",
        None,
        [],
        {
            "id": (
                "MoU kerja sama peningkatan pelayanan publik",
                "Akhir Juli 2017 MoU ditandatangani, disiapkan bersama Kementerian Luar Negeri dan disetujui melalui nota diplomatik Kedutaan Besar Azerbaijan di Jakarta.",
            ),
            "en": (
                "MoU on cooperation in improving public services",
                "Late in July 2017 the MoU is signed, prepared with the Ministry of Foreign Affairs and approved by diplomatic note from the Azerbaijani embassy in Jakarta.",
            ),
        },
    ),
    (
        datetime.date(2018, 7, 4),
        datetime.date(2018, 7, 6),
        "day",
        "azerbaijan",
        ["noviana-andrina"],
        {
            "id": (
                "Training for Trainers di ASAN Xidmat Center 3, Baku",
                "KemenPANRB dan pemerintah daerah berlatih mengintegrasikan unit layanan dalam MPP; peserta juga mengunjungi Public Service Hall di Georgia.",
            ),
            "en": (
                "Training for Trainers at ASAN Xidmat Center 3, Baku",
                "KemenPANRB and regional governments learn to integrate service units in MPPs; participants also visit the Public Service Hall in Georgia.",
            ),
        },
    ),
    (
        datetime.date(2024, 7, 1),
        None,
        "day",
        "indonesia",
        ["akik-dwi-suharto-rudolfus", "vusal-rustamov", "abdullah-azwar-anas", "ulvi-mehdiyev", "maruf-amin"],
        {
            "id": (
                "Rencana aksi ditandatangani di Jakarta",
                "Para mitra menandatangani rencana aksi dua tahun untuk mempercepat pelayanan publik dan memperbarui MoU 2017. Saat itu Indonesia memiliki 207 MPP.",
            ),
            "en": (
                "Action plan signed in Jakarta",
                "The partners sign a two-year action plan to accelerate public services and renew the 2017 MoU. Indonesia then had 207 MPPs.",
            ),
        },
    ),
    (
        datetime.date(2025, 12, 1),
        None,
        "month",
        "indonesia",
        ["rini-widyantini"],
        {
            "id": (
                "Simposium Kerja Sama Pelayanan Publik Indonesia–Azerbaijan",
                "Dibuka oleh Menteri PANRB Rini Widyantini, dengan empat pilar kerja sama. Indonesia memiliki 305 MPP.",
            ),
            "en": (
                "Symposium on Indonesia–Azerbaijan Public Service Cooperation",
                "Opened by Minister PANRB Rini Widyantini, around four pillars of cooperation. Indonesia has 305 MPPs.",
            ),
        },
    ),
]

# (date, countries, pillars, tags, text per language: slug, title, summary, paragraphs)
PROGRAMME_PAGES = [
    (
        None,
        ["indonesia", "azerbaijan"],
        [],
        ["MoU"],
        {
            "id": (
                "mou-2017",
                "MoU 2017",
                "Akhir Juli 2017 kedua negara menandatangani MoU kerja sama peningkatan pelayanan publik.",
                [
                    "<p>MoU berawal dari pertemuan Menteri PANRB Asman Abnur dan Ketua Inam Karimov di UN Public Service Forum, Den Haag, 22–23 Juni 2017. Naskahnya disiapkan bersama Kementerian Luar Negeri dan disetujui melalui nota diplomatik Kedutaan Besar Azerbaijan di Jakarta.</p>",
                ],
            ),
            "en": (
                "mou-2017",
                "The 2017 MoU",
                "Late in July 2017 the two countries signed an MoU on cooperation in improving public services.",
                [
                    "<p>The MoU grew out of the meeting of Minister PANRB Asman Abnur and Chairman Inam Karimov at the UN Public Service Forum in The Hague, 22–23 June 2017. It was prepared with the Ministry of Foreign Affairs and approved by diplomatic note from the Azerbaijani embassy in Jakarta.</p>",
                ],
            ),
        },
    ),
    (
        datetime.date(2018, 7, 4),
        ["azerbaijan", "georgia"],
        [],
        ["ToT 2018"],
        {
            "id": (
                "tot-baku-2018",
                "ToT 2018 di Baku",
                "Training for Trainers di ASAN Xidmat Center 3, Baku, 4–6 Juli 2018.",
                [
                    "<p>Pelatihan ini membangun kapasitas KemenPANRB dan pemerintah daerah untuk mengintegrasikan unit layanan dalam MPP. Peserta datang dari Kabupaten Belu, Kota Padang, Kota Pekanbaru, Kabupaten Badung, Kota Denpasar, Kota Samarinda dan DKI Jakarta, dan juga mengunjungi Public Service Hall di Georgia.</p>",
                ],
            ),
            "en": (
                "tot-baku-2018",
                "The 2018 ToT in Baku",
                "Training for Trainers at ASAN Xidmat Center 3, Baku, 4–6 July 2018.",
                [
                    "<p>The training built the capacity of KemenPANRB and regional governments to integrate service units in MPPs. Participants came from Belu regency, Padang, Pekanbaru, Badung regency, Denpasar, Samarinda and DKI Jakarta, and also visited the Public Service Hall in Georgia.</p>",
                ],
            ),
        },
    ),
    (
        datetime.date(2024, 7, 1),
        ["indonesia", "azerbaijan"],
        [],
        ["rencana aksi"],
        {
            "id": (
                "rencana-aksi-2024",
                "Rencana aksi 2024",
                "Pada 1 Juli 2024 di Jakarta para mitra menandatangani rencana aksi dua tahun dan memperbarui MoU 2017.",
                [
                    "<p>Rencana aksi terdiri dari lokakarya, berbagi pengetahuan dan pengembangan penyelenggaraan pelayanan publik. Ditandatangani oleh Plt. Deputi Pelayanan Publik Akik Dwi Suharto Rudolfus dan Direktur Jenderal Pusat Inovasi Vusal Rustamov, disaksikan Menteri Abdullah Azwar Anas dan Kepala Badan Ulvi Mehdiyev.</p>",
                    "<p>Delegasi juga beraudiensi dengan Wakil Presiden Ma'ruf Amin dan mengunjungi Jakarta Smart City serta MPP DKI Jakarta.</p>",
                ],
            ),
            "en": (
                "action-plan-2024",
                "The 2024 action plan",
                "On 1 July 2024 in Jakarta the partners signed a two-year action plan and renewed the 2017 MoU.",
                [
                    "<p>The action plan consists of workshops, knowledge sharing and development of public service delivery. It was signed by acting Deputy for Public Service Akik Dwi Suharto Rudolfus and Innovation Centre Director General Vusal Rustamov, witnessed by Minister Abdullah Azwar Anas and Agency Head Ulvi Mehdiyev.</p>",
                    "<p>The delegation also had an audience with Vice President Ma'ruf Amin and visited Jakarta Smart City and the MPP of DKI Jakarta.</p>",
                ],
            ),
        },
    ),
    (
        None,
        ["indonesia", "azerbaijan"],
        ["citizen-engagement", "service-integration", "innovative-management", "ai-and-data"],
        ["simposium"],
        {
            "id": (
                "simposium-2025",
                "Simposium 2025",
                "Desember 2025: simposium kerja sama pelayanan publik Indonesia–Azerbaijan dan empat pilarnya.",
                [
                    "<p>Simposium dibuka oleh Menteri PANRB Rini Widyantini. Empat pilarnya: pelibatan warga melalui pengelolaan pengaduan; integrasi layanan dan penjaminan mutu di pusat layanan; manajemen inovatif; serta pemanfaatan kecerdasan artifisial dan data. Reformasi dibingkai menurut perjalanan hidup warga: kelahiran, pendidikan, pekerjaan, kewirausahaan, usia lanjut.</p>",
                ],
            ),
            "en": (
                "symposium-2025",
                "The 2025 symposium",
                "December 2025: the symposium on Indonesia–Azerbaijan public service cooperation and its four pillars.",
                [
                    "<p>The symposium was opened by Minister PANRB Rini Widyantini. Its four pillars: engaging citizens through better complaint management; service integration and quality assurance in service centres; innovative management; and harnessing AI and data. The reform is framed around the citizen's life journey: birth, education, work, entrepreneurship, old age.</p>",
                ],
            ),
        },
    ),
]
