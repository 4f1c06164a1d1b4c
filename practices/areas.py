"""Loading the official area codes shipped in `practices/data/` into `Area` (see data/README.md)."""

import csv
from pathlib import Path

from django.db import transaction

from cms.models import RegionKind
from practices.models.tracker import Area

DATA = Path(__file__).resolve().parent / "data"


def kind_of(name):
    return RegionKind.CITY if name.startswith("Kota ") else RegionKind.REGENCY


def read_rows():
    """(code, name, kind, province code) of every province, then every regency and city."""
    with open(DATA / "provinces.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            yield row["code"], row["name"], RegionKind.PROVINCE, ""
    with open(DATA / "regencies.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            yield row["code"], row["name"], kind_of(row["name"]), row["province_code"]


@transaction.atomic
def load():
    """Create missing areas, rename changed ones, never touch MPP statuses; returns (created, renamed)."""
    existing = Area.objects.in_bulk(field_name="code")
    created = renamed = 0
    provinces = {}
    for code, name, kind, province_code in read_rows():
        area = existing.get(code)
        province = provinces.get(province_code)
        if area is None:
            area = Area.objects.create(code=code, name=name, kind=kind, province=province)
            created += 1
        elif (
            area.name != name or area.kind != kind or area.province_id != (province.pk if province else None)
        ):
            area.name, area.kind, area.province = name, kind, province
            area.save(update_fields=["name", "kind", "province"])
            renamed += 1
        if kind == RegionKind.PROVINCE:
            provinces[code] = area
    return created, renamed
