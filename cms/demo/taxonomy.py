"""The demo taxonomy: countries, institutions, regions, people, pillars and life-journey stages.

Facts come from the programme's own record; each entry is the Indonesian original with
its English and Azerbaijani text. Items are matched by slug, so a second load adds only
what is missing.
"""

# Prose reads better unbroken; these modules are content, not logic.
# ruff: noqa: E501

DEMO_NOTE = {
    "id": "Data demo: status MPP di sini bersifat ilustratif, berdasarkan catatan ToT 2018 bahwa sebagian daerah sudah membangun MPP, sebagian sedang membangun dan sebagian merencanakannya.",
    "en": "Demo data: the MPP status shown here is illustrative, based on the 2018 ToT note that some regions had already built an MPP, some were building one and some planned one.",
    "az": "Demo məlumat: burada göstərilən MPP statusu illüstrativdir və 2018-ci il ToT qeydinə əsaslanır: bəzi regionlar artıq MPP qurmuşdu, bəziləri qururdu, bəziləri isə planlaşdırırdı.",
}

COUNTRIES = [
    {
        "slug": "indonesia",
        "code": "ID",
        "is_partner": True,
        "name": {"id": "Indonesia", "en": "Indonesia", "az": "İndoneziya"},
        "description": {
            "id": "Mitra kerja sama melalui KemenPANRB. Praktik unggulannya adalah Mal Pelayanan Publik (MPP).",
            "en": "Partner of the cooperation through KemenPANRB. Its flagship practice is the public service mall (MPP).",
            "az": "KemenPANRB vasitəsilə əməkdaşlığın tərəfdaşı. Əsas təcrübəsi dövlət xidməti mərkəzi (MPP) modelidir.",
        },
    },
    {
        "slug": "azerbaijan",
        "code": "AZ",
        "is_partner": True,
        "name": {"id": "Azerbaijan", "en": "Azerbaijan", "az": "Azərbaycan"},
        "description": {
            "id": "Mitra kerja sama melalui Badan Negara untuk Pelayanan Publik dan Inovasi Sosial, pengelola ASAN Xidmat.",
            "en": "Partner of the cooperation through the State Agency for Public Service and Social Innovation, which runs ASAN Xidmat.",
            "az": "ASAN xidmət mərkəzlərini idarə edən Vətəndaşlara Xidmət və Sosial İnnovasiyalar üzrə Dövlət Agentliyi vasitəsilə əməkdaşlığın tərəfdaşı.",
        },
    },
    {
        "slug": "georgia",
        "code": "GE",
        "name": {"id": "Georgia", "en": "Georgia", "az": "Gürcüstan"},
        "description": {
            "id": "Public Service Hall Georgia dikunjungi peserta ToT 2018; model satu atapnya dikaitkan dengan naiknya peringkat kemudahan berusaha Georgia dari 16 (2017) ke 9 (2018).",
            "en": "Participants of the 2018 ToT visited Georgia's Public Service Hall; its one-roof model is credited with lifting Georgia's Ease of Doing Business rank from 16th (2017) to 9th (2018).",
            "az": "2018-ci il ToT iştirakçıları Gürcüstanın Dövlət Xidmətləri Evinə baş çəkdilər; bu model Gürcüstanın biznes mühiti reytinqini 16-cı yerdən (2017) 9-cu yerə (2018) qaldırmaqla əlaqələndirilir.",
        },
    },
    {
        "slug": "united-kingdom",
        "code": "GB",
        "name": {"id": "Inggris Raya", "en": "United Kingdom", "az": "Birləşmiş Krallıq"},
        "description": {
            "id": "Salah satu negara awal yang menerapkan konsep layanan satu pintu (One Stop Shop).",
            "en": "One of the early adopters of the One Stop Shop concept.",
            "az": "“Vahid pəncərə” (One Stop Shop) konsepsiyasını erkən tətbiq edən ölkələrdən biri.",
        },
    },
    {
        "slug": "canada",
        "code": "CA",
        "name": {"id": "Kanada", "en": "Canada", "az": "Kanada"},
        "description": {
            "id": "Salah satu negara awal yang menerapkan konsep layanan satu pintu (One Stop Shop).",
            "en": "One of the early adopters of the One Stop Shop concept.",
            "az": "“Vahid pəncərə” (One Stop Shop) konsepsiyasını erkən tətbiq edən ölkələrdən biri.",
        },
    },
]

# kind: province / regency / city; status: operating / under_construction / planned / none.
PROVINCES = [
    (
        "nusa-tenggara-timur",
        "Asia/Makassar",
        {"id": "Nusa Tenggara Timur", "en": "East Nusa Tenggara", "az": "Şərqi Nusa Tenqqara"},
    ),
    ("sumatera-barat", "Asia/Jakarta", {"id": "Sumatera Barat", "en": "West Sumatra", "az": "Qərbi Sumatra"}),
    ("riau", "Asia/Jakarta", {"id": "Riau", "en": "Riau", "az": "Riau"}),
    ("bali", "Asia/Makassar", {"id": "Bali", "en": "Bali", "az": "Bali"}),
    (
        "kalimantan-timur",
        "Asia/Makassar",
        {"id": "Kalimantan Timur", "en": "East Kalimantan", "az": "Şərqi Kalimantan"},
    ),
    (
        "dki-jakarta",
        "Asia/Jakarta",
        {"id": "DKI Jakarta", "en": "Jakarta Special Capital Region", "az": "Cakarta Xüsusi Paytaxt Regionu"},
    ),
    ("jawa-timur", "Asia/Jakarta", {"id": "Jawa Timur", "en": "East Java", "az": "Şərqi Yava"}),
    ("kepulauan-riau", "Asia/Jakarta", {"id": "Kepulauan Riau", "en": "Riau Islands", "az": "Riau adaları"}),
]

# (slug, kind, province, time zone, MPP status, tags, names, what the record says)
REGIONS = [
    (
        "belu",
        "regency",
        "nusa-tenggara-timur",
        "Asia/Makassar",
        "planned",
        ["ToT 2018"],
        {"id": "Kabupaten Belu", "en": "Belu Regency", "az": "Belu regentliyi"},
        {
            "id": "Bupati Belu dan seorang kepala seksi DPMPTSP mengikuti ToT 2018 di Baku.",
            "en": "The Regent of Belu and a section head of its DPMPTSP took part in the 2018 ToT in Baku.",
            "az": "Belu regenti və DPMPTSP-nin bir şöbə müdiri 2018-ci ildə Bakıda keçirilən ToT-da iştirak etdilər.",
        },
    ),
    (
        "padang",
        "city",
        "sumatera-barat",
        "Asia/Jakarta",
        "planned",
        ["ToT 2018"],
        {"id": "Kota Padang", "en": "Padang City", "az": "Padanq şəhəri"},
        {
            "id": "Asisten 3 Sekretaris Daerah dan Kepala DPMPTSP Kota Padang mengikuti ToT 2018 di Baku.",
            "en": "Assistant 3 to the Regional Secretary and the head of the DPMPTSP of Padang took part in the 2018 ToT in Baku.",
            "az": "Padanq Regional katibinin 3-cü köməkçisi və DPMPTSP rəhbəri 2018-ci ildə Bakıda keçirilən ToT-da iştirak etdilər.",
        },
    ),
    (
        "pekanbaru",
        "city",
        "riau",
        "Asia/Jakarta",
        "under_construction",
        ["ToT 2018"],
        {"id": "Kota Pekanbaru", "en": "Pekanbaru City", "az": "Pekanbaru şəhəri"},
        {
            "id": "Sekretaris Daerah dan Kepala DPMPTSP Kota Pekanbaru mengikuti ToT 2018 di Baku.",
            "en": "The Regional Secretary and the head of the DPMPTSP of Pekanbaru took part in the 2018 ToT in Baku.",
            "az": "Pekanbaru Regional katibi və DPMPTSP rəhbəri 2018-ci ildə Bakıda keçirilən ToT-da iştirak etdilər.",
        },
    ),
    (
        "badung",
        "regency",
        "bali",
        "Asia/Makassar",
        "under_construction",
        ["ToT 2018"],
        {"id": "Kabupaten Badung", "en": "Badung Regency", "az": "Badunq regentliyi"},
        {
            "id": "Kepala dan seorang kepala seksi DPMPTSP Kabupaten Badung mengikuti ToT 2018 di Baku.",
            "en": "The head and a section head of the DPMPTSP of Badung took part in the 2018 ToT in Baku.",
            "az": "Badunq DPMPTSP-nin rəhbəri və bir şöbə müdiri 2018-ci ildə Bakıda keçirilən ToT-da iştirak etdilər.",
        },
    ),
    (
        "denpasar",
        "city",
        "bali",
        "Asia/Makassar",
        "under_construction",
        ["ToT 2018"],
        {"id": "Kota Denpasar", "en": "Denpasar City", "az": "Denpasar şəhəri"},
        {
            "id": "Kepala DPMPTSP Kota Denpasar mengikuti ToT 2018 di Baku.",
            "en": "The head of the DPMPTSP of Denpasar took part in the 2018 ToT in Baku.",
            "az": "Denpasar DPMPTSP rəhbəri 2018-ci ildə Bakıda keçirilən ToT-da iştirak etdi.",
        },
    ),
    (
        "samarinda",
        "city",
        "kalimantan-timur",
        "Asia/Makassar",
        "planned",
        ["ToT 2018"],
        {"id": "Kota Samarinda", "en": "Samarinda City", "az": "Samarinda şəhəri"},
        {
            "id": "Kepala DPMPTSP Kota Samarinda mengikuti ToT 2018 di Baku.",
            "en": "The head of the DPMPTSP of Samarinda took part in the 2018 ToT in Baku.",
            "az": "Samarinda DPMPTSP rəhbəri 2018-ci ildə Bakıda keçirilən ToT-da iştirak etdi.",
        },
    ),
    (
        "banyuwangi",
        "regency",
        "jawa-timur",
        "Asia/Jakarta",
        "operating",
        ["ASAN Xidmat"],
        {"id": "Kabupaten Banyuwangi", "en": "Banyuwangi Regency", "az": "Banyuvanqi regentliyi"},
        {
            "id": "Pada 2014 Bupati Abdullah Azwar Anas berkunjung ke Azerbaijan dan mereplikasi model ASAN Xidmat di Banyuwangi.",
            "en": "In 2014 Regent Abdullah Azwar Anas visited Azerbaijan and replicated the ASAN Xidmat model in Banyuwangi.",
            "az": "2014-cü ildə regent Abdullah Azvar Anas Azərbaycana səfər etdi və ASAN xidmət modelini Banyuvanqidə tətbiq etdi.",
        },
    ),
    (
        "batam",
        "city",
        "kepulauan-riau",
        "Asia/Jakarta",
        "under_construction",
        [],
        {"id": "Kota Batam", "en": "Batam City", "az": "Batam şəhəri"},
        {
            "id": "Pada 2017 MPP Batam sedang dipersiapkan.",
            "en": "In 2017 an MPP was being prepared in Batam.",
            "az": "2017-ci ildə Batamda MPP hazırlanırdı.",
        },
    ),
    (
        "surabaya",
        "city",
        "jawa-timur",
        "Asia/Jakarta",
        "under_construction",
        [],
        {"id": "Kota Surabaya", "en": "Surabaya City", "az": "Surabaya şəhəri"},
        {
            "id": "Pada 2017 MPP Surabaya sedang dipersiapkan.",
            "en": "In 2017 an MPP was being prepared in Surabaya.",
            "az": "2017-ci ildə Surabayada MPP hazırlanırdı.",
        },
    ),
]

# DKI Jakarta is a province with its own MPP, visited by the Azerbaijani delegation in 2024.
JAKARTA_MPP = {
    "status": "operating",
    "description": {
        "id": "Delegasi Azerbaijan mengunjungi MPP DKI Jakarta dan Jakarta Smart City pada Juli 2024. Dua kepala seksi DPMPTSP DKI Jakarta mengikuti ToT 2018.",
        "en": "The Azerbaijani delegation visited the MPP of DKI Jakarta and Jakarta Smart City in July 2024. Two section heads of the DKI Jakarta DPMPTSP took part in the 2018 ToT.",
        "az": "Azərbaycan nümayəndə heyəti 2024-cü ilin iyulunda DKI Cakarta MPP-sinə və Jakarta Smart City-yə baş çəkdi. DKI Cakarta DPMPTSP-nin iki şöbə müdiri 2018-ci il ToT-da iştirak etdi.",
    },
}

PROVINCE_NOTE = {
    "id": "Provinsi. Platform ini mencatat MPP di tingkat kabupaten dan kota.",
    "en": "Province. The platform records MPPs at regency and city level.",
    "az": "Əyalət. Platforma MPP-ləri regentlik və şəhər səviyyəsində qeyd edir.",
}

# (slug, kind, country, region, short name, names)
INSTITUTIONS = [
    (
        "kemenpanrb",
        "ministry",
        "indonesia",
        None,
        "KemenPANRB",
        {
            "id": "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
            "en": "Ministry of State Apparatus Empowerment and Bureaucratic Reform",
            "az": "Dövlət Aparatının Səmərəliliyi və Bürokratik İslahatlar Nazirliyi",
        },
    ),
    (
        "kemenpanrb-deputi-pelayanan-publik",
        "ministry",
        "indonesia",
        None,
        "Deputi Pelayanan Publik",
        {
            "id": "Kedeputian Bidang Pelayanan Publik KemenPANRB",
            "en": "Deputy for Public Service, KemenPANRB",
            "az": "KemenPANRB-nin Dövlət xidməti üzrə müavinliyi",
        },
    ),
    (
        "kementerian-luar-negeri",
        "ministry",
        "indonesia",
        None,
        "Kemlu",
        {
            "id": "Kementerian Luar Negeri Republik Indonesia",
            "en": "Ministry of Foreign Affairs of the Republic of Indonesia",
            "az": "İndoneziya Respublikasının Xarici İşlər Nazirliyi",
        },
    ),
    (
        "state-agency",
        "agency",
        "azerbaijan",
        None,
        "",
        {
            "id": "Badan Negara untuk Pelayanan Publik dan Inovasi Sosial di bawah Presiden Republik Azerbaijan",
            "en": "State Agency for Public Service and Social Innovation under the President of the Republic of Azerbaijan",
            "az": "Azərbaycan Respublikasının Prezidenti yanında Vətəndaşlara Xidmət və Sosial İnnovasiyalar üzrə Dövlət Agentliyi",
        },
    ),
    (
        "innovation-centre",
        "agency",
        "azerbaijan",
        None,
        "",
        {
            "id": "Pusat Inovasi Badan Negara Azerbaijan",
            "en": "Innovation Centre of the Azerbaijani State Agency",
            "az": "Dövlət Agentliyinin İnnovasiyalar Mərkəzi",
        },
    ),
    (
        "asan-xidmat-baku-3",
        "service_centre",
        "azerbaijan",
        None,
        "ASAN Xidmat 3",
        {
            "id": "ASAN Xidmat Center 3 Baku",
            "en": "ASAN Xidmat Center 3, Baku",
            "az": "Bakı 3 nömrəli ASAN xidmət mərkəzi",
        },
    ),
    (
        "public-service-hall-georgia",
        "service_centre",
        "georgia",
        None,
        "PSH",
        {
            "id": "Public Service Hall Georgia",
            "en": "Public Service Hall, Georgia",
            "az": "Dövlət Xidmətləri Evi, Gürcüstan",
        },
    ),
    (
        "pemkab-banyuwangi",
        "regional_government",
        "indonesia",
        "banyuwangi",
        "",
        {
            "id": "Pemerintah Kabupaten Banyuwangi",
            "en": "Banyuwangi Regency Government",
            "az": "Banyuvanqi regentliyinin hökuməti",
        },
    ),
]

# The DPMPTSPs of the regions that sent officials to the 2018 ToT.
DPMPTSP_REGIONS = ["belu", "padang", "pekanbaru", "badung", "denpasar", "samarinda", "dki-jakarta"]
DPMPTSP_NAME = {
    "id": "DPMPTSP {region}",
    "en": "Investment and One-Stop Service Office (DPMPTSP), {region}",
    "az": "İnvestisiya və Vahid Pəncərə Xidməti İdarəsi (DPMPTSP), {region}",
}

# (slug, name, institution, roles as of the events)
PEOPLE = [
    (
        "abdullah-azwar-anas",
        "Abdullah Azwar Anas",
        "kemenpanrb",
        {
            "id": "Bupati Banyuwangi (2014); Menteri PANRB (2024)",
            "en": "Regent of Banyuwangi (2014); Minister PANRB (2024)",
            "az": "Banyuvanqi regenti (2014); PANRB naziri (2024)",
        },
    ),
    (
        "asman-abnur",
        "Asman Abnur",
        "kemenpanrb",
        {"id": "Menteri PANRB (2017)", "en": "Minister PANRB (2017)", "az": "PANRB naziri (2017)"},
    ),
    (
        "inam-karimov",
        "Inam Karimov",
        "state-agency",
        {
            "id": "Ketua Badan Negara (2017)",
            "en": "Chairman of the State Agency (2017)",
            "az": "Dövlət Agentliyinin sədri (2017)",
        },
    ),
    (
        "diah-natalisa",
        "Diah Natalisa",
        "kemenpanrb-deputi-pelayanan-publik",
        {
            "id": "Deputi Bidang Pelayanan Publik (2017)",
            "en": "Deputy for Public Service (2017)",
            "az": "Dövlət xidməti üzrə müavin (2017)",
        },
    ),
    (
        "noviana-andrina",
        "Noviana Andrina",
        "kemenpanrb-deputi-pelayanan-publik",
        {
            "id": "Asisten Deputi Wilayah I; koordinator ToT 2018",
            "en": "Assistant Deputy, Region I; coordinator of the 2018 ToT",
            "az": "I Region üzrə müavin köməkçisi; 2018-ci il ToT-un koordinatoru",
        },
    ),
    (
        "akik-dwi-suharto-rudolfus",
        "Akik Dwi Suharto Rudolfus",
        "kemenpanrb-deputi-pelayanan-publik",
        {
            "id": "Plt. Deputi Bidang Pelayanan Publik (2024)",
            "en": "Acting Deputy for Public Service (2024)",
            "az": "Dövlət xidməti üzrə müavin səlahiyyətlərini icra edən (2024)",
        },
    ),
    (
        "vusal-rustamov",
        "Vusal Rustamov",
        "innovation-centre",
        {
            "id": "Direktur Jenderal Pusat Inovasi (2024)",
            "en": "Director General, Innovation Centre (2024)",
            "az": "İnnovasiyalar Mərkəzinin baş direktoru (2024)",
        },
    ),
    (
        "ulvi-mehdiyev",
        "Ulvi Mehdiyev",
        "state-agency",
        {
            "id": "Kepala Badan Negara (2024)",
            "en": "Head of the State Agency (2024)",
            "az": "Dövlət Agentliyinin rəhbəri (2024)",
        },
    ),
    (
        "rini-widyantini",
        "Rini Widyantini",
        "kemenpanrb",
        {"id": "Menteri PANRB (2025)", "en": "Minister PANRB (2025)", "az": "PANRB naziri (2025)"},
    ),
    (
        "maruf-amin",
        "Ma'ruf Amin",
        None,
        {
            "id": "Wakil Presiden Republik Indonesia (2024)",
            "en": "Vice President of the Republic of Indonesia (2024)",
            "az": "İndoneziya Respublikasının vitse-prezidenti (2024)",
        },
    ),
]
PERSON_NAMES_AZ = {"abdullah-azwar-anas": "Abdullah Azvar Anas", "maruf-amin": "Məruf Amin"}

PILLARS = [
    (
        1,
        "citizen-engagement",
        {
            "id": "Pelibatan warga melalui pengelolaan pengaduan yang lebih baik",
            "en": "Engaging citizens through better complaint management",
            "az": "Şikayətlərin daha yaxşı idarə olunması ilə vətəndaşların cəlb edilməsi",
        },
    ),
    (
        2,
        "service-integration",
        {
            "id": "Penguatan integrasi layanan dan penjaminan mutu di pusat layanan",
            "en": "Strengthening service integration and quality assurance in service centres",
            "az": "Xidmət mərkəzlərində xidmətlərin inteqrasiyası və keyfiyyət təminatının gücləndirilməsi",
        },
    ),
    (
        3,
        "innovative-management",
        {
            "id": "Peningkatan mutu melalui manajemen inovatif",
            "en": "Raising quality through innovative management",
            "az": "İnnovativ idarəetmə ilə keyfiyyətin yüksəldilməsi",
        },
    ),
    (
        4,
        "ai-and-data",
        {
            "id": "Pemanfaatan kecerdasan artifisial dan data",
            "en": "Harnessing AI and data",
            "az": "Süni intellekt və məlumatlardan istifadə",
        },
    ),
]

LIFE_JOURNEY = [
    (1, "birth", {"id": "Kelahiran", "en": "Birth", "az": "Doğum"}),
    (2, "education", {"id": "Pendidikan", "en": "Education", "az": "Təhsil"}),
    (3, "work", {"id": "Pekerjaan", "en": "Work", "az": "İş"}),
    (4, "entrepreneurship", {"id": "Kewirausahaan", "en": "Entrepreneurship", "az": "Sahibkarlıq"}),
    (5, "old-age", {"id": "Usia lanjut", "en": "Old age", "az": "Yaşlılıq"}),
]
