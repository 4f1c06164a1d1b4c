"""The texts of the practices demo: every practice the programme names, the MPP replication guide,
the lineage from ASAN Xidmat to the MPP network, and the national MPP counts with their sources.

Facts come from the programme's own record (shared domain brief); where a figure has no source
(the cost of an MPP) the text says it is illustrative.
"""

# Prose reads better unbroken; the data below is content, not logic.
# ruff: noqa: E501

import datetime

# slug: origin country, institution, year, pillars, stages, channel, level, tags, indicators, texts
PRACTICES = [
    {
        "slug": "asan-xidmat",
        "country": "azerbaijan",
        "institution": "state-agency",
        "year": 2012,
        "pillars": ["service-integration", "innovative-management"],
        "stages": ["birth", "work", "entrepreneurship", "old-age"],
        "channel": "one_stop_centre",
        "level": "national",
        "tags": ["one-stop", "asan"],
        "indicators": [],
        "id": {
            "title": "ASAN Xidmat: pusat layanan publik terpadu",
            "summary": "Pusat layanan terpadu Azerbaijan: banyak instansi melayani warga di satu atap, dua kali diakui UN Public Service Awards.",
            "problem": "<p>Warga harus mendatangi banyak kantor, antre berkali-kali dan menghadapi prosedur yang berbeda-beda; celah itu membuka peluang pungutan liar.</p>",
            "how": "<p>ASAN berarti “mudah”. Sejak sekitar 2012, atas prakarsa Presiden, pusat ASAN Xidmat menempatkan layanan banyak instansi negara dan swasta di satu gedung dengan standar pelayanan yang sama. ASAN Business melayani pelaku usaha dan jejaringnya.</p>",
            "lessons": "<p>Satu standar pelayanan untuk semua instansi di gedung yang sama, dan satu badan yang bertanggung jawab atas mutunya.</p>",
        },
        "en": {
            "title": "ASAN Xidmat: integrated public service centres",
            "summary": "Azerbaijan's integrated service centres: many agencies serve citizens under one roof; twice recognised by the UN Public Service Awards.",
            "problem": "<p>Citizens had to visit many offices, queue again and again and face different procedures; the gaps invited informal payments.</p>",
            "how": "<p>ASAN means “easy”. Since about 2012, on the President's initiative, ASAN Xidmat centres have brought the services of many state and private bodies into one building with one service standard. ASAN Business serves entrepreneurs and their networks.</p>",
            "lessons": "<p>One service standard for every agency in the building, and one body accountable for its quality.</p>",
        },
        "az": {
            "title": "ASAN xidmət: inteqrasiya olunmuş dövlət xidməti mərkəzləri",
            "summary": "Azərbaycanın inteqrasiya olunmuş xidmət mərkəzləri: bir çox qurum vətəndaşlara bir dam altında xidmət göstərir; BMT-nin Dövlət Xidməti Mükafatına iki dəfə layiq görülüb.",
            "problem": "<p>Vətəndaşlar bir çox idarəyə getməli, dəfələrlə növbədə durmalı və fərqli prosedurlarla üzləşməli idilər.</p>",
            "how": "<p>“ASAN” “asan” deməkdir. Təxminən 2012-ci ildən Prezidentin təşəbbüsü ilə ASAN xidmət mərkəzləri bir çox dövlət və özəl qurumun xidmətini vahid standartla bir binada birləşdirir. ASAN Biznes sahibkarlara xidmət göstərir.</p>",
            "lessons": "<p>Binadakı bütün qurumlar üçün vahid xidmət standartı və onun keyfiyyətinə cavabdeh bir qurum.</p>",
        },
    },
    {
        "slug": "paspor-tiga-jam",
        "country": "azerbaijan",
        "institution": "state-agency",
        "year": None,
        "pillars": ["service-integration"],
        "stages": ["work"],
        "channel": "one_stop_centre",
        "level": "national",
        "tags": ["paspor"],
        "indicators": [
            {
                "name": {"id": "Waktu penerbitan paspor", "en": "Time to issue a passport (paspor)"},
                "unit": {"id": "jam", "en": "hours"},
                "achieved": "3",
                "source": "KemenPANRB, praktik baik kerja sama Indonesia–Azerbaijan",
            }
        ],
        "id": {
            "title": "Paspor terbit dalam tiga jam",
            "summary": "Di pusat ASAN Xidmat warga Azerbaijan dapat menerima paspor dalam tiga jam.",
            "problem": "<p>Penerbitan paspor yang lama memaksa warga bolak-balik ke kantor dan menunda perjalanan kerja atau studi.</p>",
            "how": "<p>Permohonan, verifikasi data dan pencetakan paspor dilakukan di satu tempat, dengan data kependudukan yang terhubung, sehingga paspor dapat diserahkan pada hari yang sama.</p>",
            "lessons": "<p>Kecepatan datang dari data yang terhubung antarinstansi, bukan dari menambah loket.</p>",
        },
        "en": {
            "title": "Passport in three hours",
            "summary": "At ASAN Xidmat centres Azerbaijani citizens can receive a passport (paspor) within three hours.",
            "problem": "<p>Slow passport issuance made citizens return to the office again and again and delayed travel for work or study.</p>",
            "how": "<p>Application, data checks and printing happen in one place, on connected civil registry data, so the passport can be handed over the same day.</p>",
            "lessons": "<p>Speed comes from data shared between agencies, not from more counters.</p>",
        },
    },
    {
        "slug": "layanan-di-kereta",
        "country": "azerbaijan",
        "institution": "state-agency",
        "year": None,
        "pillars": ["service-integration"],
        "stages": ["birth", "old-age"],
        "channel": "rail",
        "level": "national",
        "tags": ["perdesaan"],
        "indicators": [],
        "id": {
            "title": "Layanan publik di kereta untuk daerah perdesaan",
            "summary": "Gerbong kereta yang membawa layanan publik ke warga di daerah perdesaan Azerbaijan.",
            "problem": "<p>Warga desa yang jauh dari kota harus menempuh perjalanan panjang untuk mengurus dokumen.</p>",
            "how": "<p>Petugas melayani dari gerbong kereta yang singgah di stasiun-stasiun daerah perdesaan menurut jadwal.</p>",
            "lessons": "<p>Jalur kereta yang sudah ada menjadi jaringan layanan tanpa membangun kantor baru.</p>",
        },
        "en": {
            "title": "Public services on the train for rural areas",
            "summary": "A train (kereta) that carries public services to citizens in Azerbaijan's rural areas.",
            "problem": "<p>Villagers far from towns travelled long distances to obtain documents.</p>",
            "how": "<p>Staff serve citizens from carriages that stop at rural stations on a timetable.</p>",
            "lessons": "<p>An existing railway becomes a service network without building new offices.</p>",
        },
    },
    {
        "slug": "bus-layanan-keliling",
        "country": "azerbaijan",
        "institution": "state-agency",
        "year": None,
        "pillars": ["service-integration"],
        "stages": ["birth", "old-age"],
        "channel": "mobile_unit",
        "level": "national",
        "tags": ["perdesaan", "layanan-keliling"],
        "indicators": [],
        "id": {
            "title": "Bus layanan keliling",
            "summary": "Bus layanan keliling ASAN membawa layanan publik ke desa, ke warga lanjut usia dan ke penyandang disabilitas.",
            "problem": "<p>Tidak semua warga dapat datang ke pusat layanan: jarak, usia dan disabilitas menjadi hambatan.</p>",
            "how": "<p>Bus yang dilengkapi peralatan layanan berkeliling menurut jadwal yang diumumkan dan melayani di tempat.</p>",
            "lessons": "<p>Jadwal yang tetap dan diumumkan membuat warga dapat merencanakan kunjungannya.</p>",
        },
        "en": {
            "title": "Mobile service buses",
            "summary": "ASAN's mobile service buses (bus layanan keliling) bring public services to villages, older people and people with disabilities.",
            "problem": "<p>Not every citizen can come to a service centre: distance, age and disability stand in the way.</p>",
            "how": "<p>Buses fitted out as service points travel on an announced timetable and serve people where they are.</p>",
            "lessons": "<p>A fixed, announced timetable lets citizens plan their visit.</p>",
        },
    },
    {
        "slug": "layanan-digital",
        "country": "azerbaijan",
        "institution": "innovation-centre",
        "year": None,
        "pillars": ["ai-and-data", "innovative-management"],
        "stages": [],
        "channel": "digital",
        "level": "national",
        "tags": ["digital"],
        "indicators": [],
        "id": {
            "title": "Layanan digital dan solusi digital untuk pusat layanan",
            "summary": "Kedua negara membawa layanan ke kanal daring dan memakai solusi digital untuk mengelola pusat layanan.",
            "problem": "<p>Warga yang dapat mengurus layanan dari rumah tetap harus datang, dan pusat layanan sulit mengatur antrean.</p>",
            "how": "<p>Layanan daring, antrean elektronik dan data yang terhubung antarinstansi; dibagikan dalam forum berbagi pengetahuan kerja sama.</p>",
            "lessons": "<p>Kanal digital melengkapi pusat layanan, tidak menggantikannya: warga memilih kanalnya.</p>",
        },
        "en": {
            "title": "Digital services and digital solutions for service centres",
            "summary": "Both countries bring services online and use digital solutions to run their service centres.",
            "problem": "<p>Citizens who could be served from home still had to come in, and centres struggled to manage queues.</p>",
            "how": "<p>Online services, electronic queues and data shared between agencies, exchanged in the cooperation's knowledge-sharing forums.</p>",
            "lessons": "<p>Digital channels complement the centres rather than replace them: citizens choose their channel.</p>",
        },
    },
    {
        "slug": "mal-pelayanan-publik",
        "country": "indonesia",
        "institution": "kemenpanrb",
        "year": 2017,
        "pillars": ["service-integration", "citizen-engagement"],
        "stages": ["birth", "education", "work", "entrepreneurship", "old-age"],
        "channel": "omni_channel",
        "level": "local",
        "tags": ["mpp", "one-stop"],
        "indicators": [
            {
                "name": {
                    "id": "Jumlah MPP di Indonesia",
                    "en": "Public service malls (MPP) in Indonesia",
                    "az": "İndoneziyada MPP sayı",
                },
                "unit": {"id": "MPP", "en": "MPPs", "az": "MPP"},
                "baseline": "207",
                "baseline_year": 2024,
                "achieved": "305",
                "achieved_year": 2025,
                "source": "KemenPANRB (Juli 2024; Simposium Desember 2025)",
            }
        ],
        "id": {
            "title": "Mal Pelayanan Publik (MPP)",
            "summary": "Satu atap untuk layanan banyak instansi pusat, daerah dan swasta di kabupaten dan kota, meniru ASAN Xidmat.",
            "problem": "<p>Pelaku usaha dan warga harus mendatangi banyak kantor untuk perizinan dan dokumen, dengan standar yang berbeda di setiap kantor.</p>",
            "how": "<p>Pemerintah daerah, biasanya melalui DPMPTSP, menyediakan gedung tempat instansi pusat, daerah, BUMN dan swasta membuka loket dengan standar pelayanan yang sama. MPP melayani secara omni-kanal; MPP Digital membuka akses daring ke layanannya.</p>",
            "lessons": "<p>Komitmen kepala daerah dan perjanjian dengan setiap instansi sebelum gedung dibuka.</p>",
        },
        "en": {
            "title": "Public service mall (Mal Pelayanan Publik, MPP)",
            "summary": "One roof for the services of many national, regional and private bodies in regencies and cities, modelled on ASAN Xidmat.",
            "problem": "<p>Businesses and citizens had to visit many offices for permits and documents, with a different standard at each.</p>",
            "how": "<p>The regional government, usually through its DPMPTSP, provides a building where national and regional agencies, state enterprises and private providers open counters under one service standard. The MPP is omni-channel; MPP Digital opens its services online.</p>",
            "lessons": "<p>The regional head's commitment, and an agreement with each agency before the building opens.</p>",
        },
        "az": {
            "title": "Dövlət xidməti mərkəzi (Mal Pelayanan Publik, MPP)",
            "summary": "ASAN xidmət modelinə əsaslanan, regentlik və şəhərlərdə bir çox milli, regional və özəl qurumun xidmətini bir dam altında birləşdirən mərkəz.",
            "problem": "<p>Sahibkarlar və vətəndaşlar icazə və sənədlər üçün hər birinin fərqli standartı olan bir çox idarəyə getməli idilər.</p>",
            "how": "<p>Regional hökumət, adətən DPMPTSP vasitəsilə, milli və regional qurumların, dövlət müəssisələrinin və özəl təchizatçıların vahid standartla xidmət göstərdiyi binanı təmin edir. MPP Digital xidmətləri onlayn təqdim edir.</p>",
            "lessons": "<p>Regional rəhbərin öhdəliyi və bina açılmazdan əvvəl hər qurumla razılaşma.</p>",
        },
    },
    {
        "slug": "mpp-digital",
        "country": "indonesia",
        "institution": "kemenpanrb",
        "year": None,
        "pillars": ["service-integration", "ai-and-data"],
        "stages": [],
        "channel": "digital",
        "level": "national",
        "tags": ["mpp", "digital"],
        "indicators": [],
        "id": {
            "title": "MPP Digital",
            "summary": "Akses daring ke layanan Mal Pelayanan Publik, sehingga warga dapat mengurus layanan tanpa datang ke gedung.",
            "problem": "<p>Tidak semua warga dapat datang ke gedung MPP pada jam layanan.</p>",
            "how": "<p>Layanan instansi yang membuka loket di MPP juga tersedia melalui aplikasi dan situs MPP Digital.</p>",
            "lessons": "<p>Satu pintu daring untuk layanan yang sama dengan loket, bukan aplikasi terpisah untuk setiap instansi.</p>",
        },
        "en": {
            "title": "MPP Digital",
            "summary": "Online access to the services of the public service malls (mal pelayanan publik), so citizens need not come to the building.",
            "problem": "<p>Not every citizen can reach an MPP building during opening hours.</p>",
            "how": "<p>The services of agencies with counters at the MPP are also offered through the MPP Digital app and website.</p>",
            "lessons": "<p>One online door to the same services as the counters, rather than one app per agency.</p>",
        },
    },
    {
        "slug": "portal-pelayanan-publik",
        "country": "indonesia",
        "institution": "kemenpanrb",
        "year": None,
        "pillars": ["service-integration", "ai-and-data"],
        "stages": [],
        "channel": "digital",
        "level": "national",
        "tags": ["digital", "portal"],
        "indicators": [],
        "id": {
            "title": "Portal Pelayanan Publik nasional",
            "summary": "Portal nasional yang mengintegrasikan layanan publik dari banyak instansi di satu alamat.",
            "problem": "<p>Informasi dan layanan tersebar di situs masing-masing instansi.</p>",
            "how": "<p>Portal mengumpulkan layanan dan informasinya di satu tempat dan mengarahkan warga ke kanal yang tepat.</p>",
            "lessons": "<p>Integrasi dimulai dari daftar layanan yang sama di semua instansi.</p>",
        },
        "en": {
            "title": "National public service portal (Portal Pelayanan Publik)",
            "summary": "A national portal that brings the public services of many agencies together at one address.",
            "problem": "<p>Information and services were scattered across each agency's own website.</p>",
            "how": "<p>The portal gathers services and their information in one place and points citizens to the right channel.</p>",
            "lessons": "<p>Integration starts with one shared list of services across agencies.</p>",
        },
    },
    {
        "slug": "public-service-hall-georgia",
        "country": "georgia",
        "institution": "public-service-hall-georgia",
        "year": None,
        "pillars": ["service-integration"],
        "stages": ["entrepreneurship"],
        "channel": "one_stop_centre",
        "level": "national",
        "tags": ["one-stop", "eodb"],
        "indicators": [
            {
                "name": {
                    "id": "Peringkat Ease of Doing Business Georgia",
                    "en": "Georgia's Ease of Doing Business rank",
                },
                "unit": {"id": "(peringkat)", "en": "(rank)"},
                "baseline": "16",
                "baseline_year": 2017,
                "achieved": "9",
                "achieved_year": 2018,
                "source": "World Bank, Ease of Doing Business",
            }
        ],
        "id": {
            "title": "Public Service Hall, Georgia",
            "summary": "Gedung layanan publik terpadu Georgia, yang dikunjungi peserta ToT 2018 dan dianggap ikut menaikkan peringkat kemudahan berusaha Georgia.",
            "problem": "<p>Perizinan usaha memerlukan banyak kunjungan ke banyak kantor.</p>",
            "how": "<p>Layanan untuk warga dan pelaku usaha dipusatkan di satu gedung. Peringkat Ease of Doing Business Georgia naik dari ke-16 (2017) ke ke-9 (2018); Indonesia saat itu di peringkat ke-72 dengan target presiden ke-40.</p>",
            "lessons": "<p>Layanan usaha yang mudah terlihat dalam ukuran internasional.</p>",
        },
        "en": {
            "title": "Public Service Hall, Georgia",
            "summary": "Georgia's integrated public service hall, visited by the 2018 ToT participants and credited with lifting Georgia's Ease of Doing Business rank.",
            "problem": "<p>Business permits needed many visits to many offices.</p>",
            "how": "<p>Services for citizens and businesses are brought together in one hall. Georgia's Ease of Doing Business rank rose from 16th (2017) to 9th (2018); Indonesia was then 72nd, with a presidential target of 40th.</p>",
            "lessons": "<p>Easy business services show in international measures.</p>",
        },
    },
    {
        "slug": "konsep-one-stop-shop",
        "country": "united-kingdom",
        "institution": None,
        "year": None,
        "pillars": ["service-integration", "citizen-engagement"],
        "stages": ["entrepreneurship"],
        "channel": "one_stop_centre",
        "level": "national",
        "tags": ["one-stop"],
        "indicators": [],
        "id": {
            "title": "Konsep one stop shop",
            "summary": "Satu tempat untuk banyak layanan: memangkas birokrasi dan membatasi korupsi; diterapkan lebih dulu antara lain di Inggris Raya, Kanada dan Georgia.",
            "problem": "<p>Birokrasi yang berlapis memperlambat layanan dan membuka peluang korupsi.</p>",
            "how": "<p>Prosedur banyak instansi disatukan di satu titik layanan dengan standar dan biaya yang jelas.</p>",
            "lessons": "<p>Dasar pemikiran di balik ASAN Xidmat, Public Service Hall dan MPP.</p>",
        },
        "en": {
            "title": "The one-stop-shop concept",
            "summary": "One place for many services: it cuts bureaucracy and limits corruption; earlier adopters include the United Kingdom, Canada and Georgia.",
            "problem": "<p>Layered bureaucracy slows services and creates room for corruption.</p>",
            "how": "<p>The procedures of many agencies meet at one service point with clear standards and fees.</p>",
            "lessons": "<p>The idea behind ASAN Xidmat, the Public Service Hall and the MPP.</p>",
        },
    },
    {
        "slug": "jakarta-smart-city",
        "country": "indonesia",
        "institution": None,
        "year": None,
        "pillars": ["ai-and-data", "citizen-engagement"],
        "stages": [],
        "channel": "digital",
        "level": "provincial",
        "tags": ["data", "digital"],
        "indicators": [],
        "id": {
            "title": "Jakarta Smart City",
            "summary": "Pemanfaatan data dan teknologi untuk layanan kota di DKI Jakarta, dikunjungi delegasi Azerbaijan pada Juli 2024.",
            "problem": "<p>Kota besar memerlukan data yang cepat untuk menanggapi laporan warga dan mengelola layanan.</p>",
            "how": "<p>Data dari banyak sumber dan laporan warga dihimpun untuk memantau dan memperbaiki layanan kota.</p>",
            "lessons": "<p>Data bermanfaat bila ada unit yang menindaklanjutinya.</p>",
        },
        "en": {
            "title": "Jakarta Smart City",
            "summary": "Data and technology for city services in DKI Jakarta, visited by the Azerbaijani delegation in July 2024.",
            "problem": "<p>A large city needs timely data to respond to citizens' reports and run its services.</p>",
            "how": "<p>Data from many sources and citizens' reports are gathered to monitor and improve city services.</p>",
            "lessons": "<p>Data helps when a unit is there to act on it.</p>",
        },
    },
    {
        "slug": "pengelolaan-pengaduan",
        "country": "indonesia",
        "institution": "kemenpanrb",
        "year": None,
        "pillars": ["citizen-engagement"],
        "stages": [],
        "channel": "complaints",
        "level": "national",
        "tags": ["pengaduan"],
        "indicators": [],
        "id": {
            "title": "Pengelolaan pengaduan warga",
            "summary": "Melibatkan warga melalui pengelolaan pengaduan yang lebih baik, pilar pertama kerja sama (Simposium 2025).",
            "problem": "<p>Pengaduan yang tidak ditindaklanjuti membuat warga berhenti melapor.</p>",
            "how": "<p>Pengaduan diterima dari banyak kanal, diteruskan ke instansi yang berwenang, dan tindak lanjutnya dapat dipantau pelapor.</p>",
            "lessons": "<p>Warga melapor lagi bila melihat laporannya ditindaklanjuti.</p>",
        },
        "en": {
            "title": "Complaint management",
            "summary": "Engaging citizens through better complaint management, the cooperation's first pillar (2025 symposium).",
            "problem": "<p>Complaints left without follow-up make citizens stop reporting.</p>",
            "how": "<p>Complaints arrive through many channels, go to the agency in charge, and the person who complained can follow what is done.</p>",
            "lessons": "<p>Citizens report again when they see their report acted on.</p>",
        },
    },
]

# The lineage from ASAN Xidmat: key, adapted from, region slug, year, status, per-language (name, changes).
LINEAGE = [
    (
        "banyuwangi-2014",
        "",
        "banyuwangi",
        2014,
        "operating",
        {
            "id": (
                "Pusat layanan Banyuwangi",
                "Bupati Abdullah Azwar Anas mengunjungi Azerbaijan dan meniru model ini di kabupaten: satu gedung untuk layanan daerah, disesuaikan dengan kewenangan kabupaten.",
            ),
            "en": (
                "Banyuwangi service centre",
                "Regent Abdullah Azwar Anas visited Azerbaijan and replicated the model in the regency: one building for regional services, fitted to a regency's powers.",
            ),
            "az": (
                "Banyuvanqi xidmət mərkəzi",
                "Regent Abdullah Azvar Anas Azərbaycana səfər etdi və modeli regentlikdə tətbiq etdi.",
            ),
        },
    ),
    (
        "batam-2017",
        "banyuwangi-2014",
        "batam",
        2017,
        "building",
        {
            "id": ("MPP Batam", "Salah satu MPP yang disiapkan pada 2017, setelah kunjungan delegasi 2016."),
            "en": ("MPP Batam", "One of the MPPs prepared in 2017, after the 2016 delegation visit."),
            "az": ("MPP Batam", "2016-cı il səfərindən sonra 2017-ci ildə hazırlanan MPP-lərdən biri."),
        },
    ),
    (
        "jakarta-2017",
        "banyuwangi-2014",
        None,
        2017,
        "operating",
        {
            "id": ("MPP DKI Jakarta", "Disiapkan pada 2017; dikunjungi delegasi Azerbaijan pada Juli 2024."),
            "en": (
                "MPP of DKI Jakarta",
                "Prepared in 2017; visited by the Azerbaijani delegation in July 2024.",
            ),
            "az": (
                "DKI Cakarta MPP",
                "2017-ci ildə hazırlandı; 2024-cü ilin iyulunda Azərbaycan nümayəndə heyəti baş çəkdi.",
            ),
        },
    ),
    (
        "surabaya-2017",
        "banyuwangi-2014",
        "surabaya",
        2017,
        "building",
        {
            "id": ("MPP Surabaya", "Salah satu MPP yang disiapkan pada 2017."),
            "en": ("MPP Surabaya", "One of the MPPs prepared in 2017."),
            "az": ("MPP Surabaya", "2017-ci ildə hazırlanan MPP-lərdən biri."),
        },
    ),
    (
        "jaringan-mpp",
        "jakarta-2017",
        None,
        2025,
        "network",
        {
            "id": (
                "Jaringan MPP nasional",
                "Dari rintisan 2017 menjadi jaringan nasional: 207 MPP pada Juli 2024 dan 305 pada Desember 2025, dengan pedoman nasional.",
            ),
            "en": (
                "National MPP network",
                "From the 2017 pilots to a national network: 207 MPPs in July 2024 and 305 in December 2025, under national guidelines.",
            ),
            "az": (
                "Milli MPP şəbəkəsi",
                "2017-ci il pilot layihələrindən milli şəbəkəyə: 2024-cü ilin iyulunda 207, 2025-ci ilin dekabrında 305 MPP.",
            ),
        },
    ),
]

NATIONAL_COUNTS = [
    (207, datetime.date(2024, 7, 1), "KemenPANRB, at the signing of the action plan in Jakarta, 1 July 2024"),
    (
        305,
        datetime.date(2025, 12, 20),
        "Symposium on Indonesia–Azerbaijan Public Service Cooperation, reported 20 December 2025",
    ),
]

# Official codes of the demo's regions (practices/data/regencies.csv), whose MPP status the tracker shows.
AREA_CODES = {
    "belu": "53.04",
    "padang": "13.71",
    "pekanbaru": "14.71",
    "badung": "51.03",
    "denpasar": "51.71",
    "samarinda": "64.72",
    "banyuwangi": "35.10",
    "batam": "21.71",
    "surabaya": "35.78",
}


def step(what, who, duration, deliverable, legal_basis=""):
    return {
        "what": what,
        "who": who,
        "duration": duration,
        "deliverable": deliverable,
        "legal_basis": legal_basis,
        "details": "",
    }


# The MPP replication guide: readiness (item, why, step), steps, cost, time, pitfalls, contacts.
MPP_GUIDE = {
    "slug": {"id": "panduan-replikasi-mpp", "en": "mpp-replication-guide"},
    "cost": (2_000_000_000, 15_000_000_000),
    "months": (6, 18),
    "id": {
        "title": "Panduan replikasi MPP",
        "summary": "Langkah demi langkah bagi pemerintah kabupaten atau kota yang merencanakan Mal Pelayanan Publik.",
        "readiness": [
            (
                "Komitmen tertulis kepala daerah",
                "Tanpa komitmen bupati atau wali kota, instansi lain jarang mau membuka loket.",
                1,
            ),
            (
                "Perangkat daerah penyelenggara (biasanya DPMPTSP) yang ditunjuk",
                "Satu unit harus bertanggung jawab atas pengelolaan sehari-hari.",
                1,
            ),
            (
                "Daftar layanan dan instansi yang akan bergabung",
                "Menentukan luas gedung dan jumlah loket.",
                2,
            ),
            (
                "Gedung atau lahan yang siap",
                "Gedung yang mudah dijangkau, dengan akses bagi penyandang disabilitas.",
                4,
            ),
            (
                "Anggaran daerah untuk pembangunan dan operasional",
                "Operasional setelah peresmian sering terlupa dalam perencanaan.",
                3,
            ),
            (
                "Perjanjian kerja sama dengan instansi vertikal",
                "Kantor pertanahan, kepolisian, imigrasi dan BPJS membuka loket atas dasar perjanjian.",
                5,
            ),
        ],
        "steps": [
            step(
                "Menetapkan komitmen dan dasar hukum daerah",
                "Bupati atau wali kota",
                "1–2 bulan",
                "Peraturan kepala daerah tentang penyelenggaraan MPP",
                "Perpres 89/2021 tentang Penyelenggaraan Mal Pelayanan Publik",
            ),
            step(
                "Memetakan layanan dan instansi",
                "DPMPTSP bersama bagian organisasi",
                "1–2 bulan",
                "Daftar layanan, instansi dan standar pelayanannya",
                "Permen PANRB 23/2017 tentang Penyelenggaraan MPP",
            ),
            step(
                "Menganggarkan pembangunan dan operasional",
                "Sekretaris daerah dan TAPD",
                "1 siklus anggaran",
                "Alokasi dalam APBD",
            ),
            step(
                "Menyiapkan gedung, loket dan sistem antrean",
                "DPMPTSP dan dinas pekerjaan umum",
                "3–9 bulan",
                "Gedung MPP yang siap melayani",
            ),
            step(
                "Menandatangani perjanjian dengan instansi",
                "Kepala daerah dan pimpinan instansi",
                "2–4 bulan",
                "Perjanjian kerja sama untuk setiap loket",
            ),
            step(
                "Melatih petugas dengan standar pelayanan yang sama",
                "DPMPTSP, dengan dukungan KemenPANRB",
                "1 bulan",
                "Petugas terlatih dan standar pelayanan yang diumumkan",
            ),
            step(
                "Meresmikan dan memantau mutu",
                "Kepala daerah; DPMPTSP",
                "berkelanjutan",
                "Survei kepuasan dan laporan berkala ke KemenPANRB",
            ),
        ],
        "cost_notes": "Rentang ilustratif untuk demo: sumber program tidak menyebut biaya; biaya nyata bergantung pada gedung yang ada atau baru.",
        "timeline_notes": "MPP yang memakai gedung yang ada dapat dibuka lebih cepat daripada yang membangun gedung baru.",
        "pitfalls": [
            (
                "Membuka gedung sebelum instansi sepakat",
                "Tanda tangani perjanjian dengan setiap instansi sebelum peresmian.",
            ),
            (
                "Tidak menganggarkan operasional",
                "Masukkan biaya petugas, listrik dan sistem ke APBD tahun-tahun berikutnya.",
            ),
            (
                "Standar berbeda di setiap loket",
                "Terapkan satu standar pelayanan dan satu survei kepuasan untuk seluruh gedung.",
            ),
        ],
        "contacts": [
            ("Deputi Bidang Pelayanan Publik", "KemenPANRB"),
            ("Asisten Deputi Wilayah I", "KemenPANRB"),
            ("Pusat Inovasi", "Badan Negara untuk Pelayanan Publik dan Inovasi Sosial Azerbaijan"),
        ],
    },
    "en": {
        "title": "MPP replication guide",
        "summary": "Step by step, for a regency or city government planning a public service mall (mal pelayanan publik).",
        "readiness": [
            (
                "The regional head's written commitment",
                "Without the regent's or mayor's commitment other agencies rarely open counters.",
                1,
            ),
            (
                "An appointed lead office (usually the DPMPTSP)",
                "One unit must own the day-to-day running.",
                1,
            ),
            (
                "A list of services and agencies to join",
                "It sets the building's size and number of counters.",
                2,
            ),
            (
                "A building or site ready for use",
                "Easy to reach, with access for people with disabilities.",
                4,
            ),
            (
                "A regional budget for building and running it",
                "Running costs after the opening are often forgotten.",
                3,
            ),
            (
                "Agreements with national agencies' local offices",
                "Land, police, immigration and social security offices open counters under an agreement.",
                5,
            ),
        ],
        "steps": [
            step(
                "Set the commitment and the regional legal basis",
                "Regent or mayor",
                "1–2 months",
                "A regional head regulation on running the MPP",
                "Presidential Regulation 89/2021 on public service malls",
            ),
            step(
                "Map services and agencies",
                "DPMPTSP with the organisation bureau",
                "1–2 months",
                "A list of services, agencies and their service standards",
                "Minister PANRB Regulation 23/2017 on public service malls",
            ),
            step(
                "Budget for building and running",
                "Regional secretary and the budget team",
                "1 budget cycle",
                "An allocation in the regional budget (APBD)",
            ),
            step(
                "Prepare the building, counters and queue system",
                "DPMPTSP and the public works office",
                "3–9 months",
                "An MPP building ready to serve",
            ),
            step(
                "Sign agreements with the agencies",
                "Regional head and agency heads",
                "2–4 months",
                "A cooperation agreement for each counter",
            ),
            step(
                "Train staff to one service standard",
                "DPMPTSP, supported by KemenPANRB",
                "1 month",
                "Trained staff and a published service standard",
            ),
            step(
                "Open and monitor quality",
                "Regional head; DPMPTSP",
                "ongoing",
                "Satisfaction surveys and regular reports to KemenPANRB",
            ),
        ],
        "cost_notes": "Illustrative range for the demo: the programme's sources give no cost; the real figure depends on an existing or a new building.",
        "timeline_notes": "An MPP in an existing building can open sooner than one that builds anew.",
        "pitfalls": [
            (
                "Opening the building before the agencies agree",
                "Sign an agreement with each agency before the opening.",
            ),
            (
                "No budget for running costs",
                "Put staff, power and systems in the regional budget of the following years.",
            ),
            (
                "A different standard at each counter",
                "Apply one service standard and one satisfaction survey to the whole building.",
            ),
        ],
        "contacts": [
            ("Deputy for Public Service", "KemenPANRB"),
            ("Assistant Deputy, Region I", "KemenPANRB"),
            ("Innovation Centre", "State Agency for Public Service and Social Innovation, Azerbaijan"),
        ],
    },
}
