"""The MPP tracker's numbers: counts by status and province, sorted tables and the tile-grid map.

Everything is computed from one query over `Area` (552 rows), so the page costs the same
whatever the number of regions. The map is a tile grid: one square per province at a
hand-placed (column, row) that keeps the archipelago's west-to-east order.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from cms.models import MPPStatus, RegionKind
from practices.models.tracker import Area, NationalCount

SOURCE_NAME = "idn-area-data 4.0.1 (Kode Wilayah, Kemendagri)"
SOURCE_LICENCE = "ODbL 1.0"
SOURCE_URL = "https://www.npmjs.com/package/idn-area-data"

TILE = 40
TILE_GAP = 4
# (column, row) of each province's tile, by official code.
TILES = {
    "11": (0, 0),
    "12": (1, 1),
    "13": (1, 2),
    "14": (2, 2),
    "21": (3, 1),
    "15": (2, 3),
    "17": (1, 3),
    "16": (2, 4),
    "19": (3, 3),
    "18": (3, 5),
    "36": (4, 6),
    "31": (5, 5),
    "32": (5, 6),
    "33": (6, 6),
    "34": (6, 7),
    "35": (7, 6),
    "51": (8, 6),
    "52": (9, 6),
    "53": (10, 6),
    "61": (5, 2),
    "62": (6, 3),
    "63": (7, 4),
    "64": (7, 2),
    "65": (7, 1),
    "75": (9, 1),
    "71": (10, 1),
    "72": (9, 2),
    "76": (8, 3),
    "73": (8, 4),
    "74": (9, 4),
    "82": (11, 2),
    "81": (11, 4),
    "96": (12, 2),
    "92": (13, 2),
    "91": (14, 2),
    "94": (13, 3),
    "95": (14, 3),
    "93": (14, 4),
}
STATUSES = [MPPStatus.OPERATING, MPPStatus.UNDER_CONSTRUCTION, MPPStatus.PLANNED, MPPStatus.NONE]
PROVINCE_SORTS = ("code", "name", "operating", "share")
AREA_SORTS = ("code", "name", "kind", "status", "opened")


class TrackerError(ValueError):
    """A parameter the tracker refuses, with the message to show (400)."""


@dataclass
class ProvinceRow:
    area: Area
    areas: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)

    @property
    def total(self):
        return len(self.areas)

    @property
    def operating(self):
        return self.counts.get(MPPStatus.OPERATING, 0)

    @property
    def share(self):
        """Share of regencies and cities with an operating MPP, 0 to 1."""
        return self.operating / self.total if self.total else 0

    @property
    def shade(self):
        """0 (no MPP) to 4 (three quarters or more), for the map's colour and legend."""
        if not self.operating:
            return 0
        return min(4, 1 + int(self.share * 4))

    @property
    def status_counts(self):
        return [self.counts.get(status, 0) for status in STATUSES]

    @property
    def tile(self):
        column, row = TILES.get(self.area.code, (0, 8))
        return {"x": column * (TILE + TILE_GAP), "y": row * (TILE + TILE_GAP)}


@dataclass
class Tracker:
    provinces: list[ProvinceRow]
    totals: dict
    selected: ProvinceRow | None
    areas: list
    sort: str
    national: list
    all_areas: bool = False

    @property
    def area_total(self):
        return sum(row.total for row in self.provinces)

    @property
    def status_totals(self):
        return [(status.label, self.totals.get(status, 0), status.value) for status in STATUSES]

    @property
    def map_width(self):
        return 15 * (TILE + TILE_GAP)

    @property
    def map_height(self):
        return 8 * (TILE + TILE_GAP)


def _area_key(sort):
    keys = {
        "code": lambda area: area.code,
        "name": lambda area: area.name.lower(),
        "kind": lambda area: (area.kind, area.name.lower()),
        "status": lambda area: (STATUSES.index(area.mpp_status), area.name.lower()),
        "opened": lambda area: (area.mpp_opened_on is None, area.mpp_opened_on or 0, area.name.lower()),
    }
    return keys[sort]


def build(params):
    """The tracker for `?province=<code>|all&sort=<key>`; TrackerError if bad, LookupError if unknown."""
    province_code = params.get("province", "").strip()
    sort = params.get("sort", "").strip() or "code"
    areas = list(Area.objects.order_by("code"))
    provinces = {area.code: ProvinceRow(area) for area in areas if area.kind == RegionKind.PROVINCE}
    totals = {}
    for area in areas:
        if area.kind == RegionKind.PROVINCE:
            continue
        row = provinces.get(area.code.partition(".")[0])
        if row is None:
            continue
        row.areas.append(area)
        row.counts[area.mpp_status] = row.counts.get(area.mpp_status, 0) + 1
        totals[area.mpp_status] = totals.get(area.mpp_status, 0) + 1
    rows = list(provinces.values())
    selected, listed = None, []
    if province_code:
        if sort not in AREA_SORTS:
            raise TrackerError(_("Sort regencies and cities by code, name, kind, status or opening date."))
        if province_code == "all":
            listed = [area for row in rows for area in row.areas]
        elif province_code in provinces:
            selected = provinces[province_code]
            listed = list(selected.areas)
        elif not province_code.isdigit() or len(province_code) != 2:
            raise TrackerError(_("A province is chosen by its two-digit official code, e.g. 35."))
        else:
            raise LookupError(province_code)
        listed.sort(key=_area_key(sort))
    else:
        if sort not in PROVINCE_SORTS:
            raise TrackerError(_("Sort provinces by code, name, operating MPPs or share."))
        order = {
            "code": lambda row: row.area.code,
            "name": lambda row: row.area.name.lower(),
            "operating": lambda row: (-row.operating, row.area.name.lower()),
            "share": lambda row: (-row.share, row.area.name.lower()),
        }[sort]
        rows.sort(key=order)
    return Tracker(
        provinces=rows,
        totals=totals,
        selected=selected,
        areas=listed,
        sort=sort,
        national=list(NationalCount.objects.order_by("-as_of")),
        all_areas=province_code == "all",
    )
