"""The ToT cascade: a training-for-trainers event → the trainers it trained → what they delivered.

`cascade_for(tot)` follows `WorkshopPage.trained` (people from the taxonomy) to the live,
public workshops that started after the ToT and have one of them among a session's speakers,
and counts those workshops per region and per province (a regency or city counts under its
`parent` province; a workshop without a region counts as "region not recorded"). It reads
no registration. Four queries whatever the number of trainers and workshops.

The tree is drawn as SVG by the server: `layout()` returns the boxes and lines in user units
(pixels at 100 %), the template draws them; the table beside it carries the same data.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.utils.translation import gettext as _

ROW = 30  # height of one leaf row
COLUMNS = (0, 230, 460)  # x of the ToT, trainer and workshop columns
BOX_WIDTH = 210
BOX_HEIGHT = 24
WIDTH = COLUMNS[2] + BOX_WIDTH + 10
LABEL_CHARS = 30


@dataclass
class Trainer:
    person: object
    workshops: list = field(default_factory=list)


@dataclass
class RegionCount:
    """Workshops delivered in one region (None: not recorded), under its province."""

    province: object
    region: object
    workshops: int


@dataclass
class Cascade:
    tot: object
    trainers: list
    regions: list  # [RegionCount] by province then region name
    provinces: list  # [(province or None, workshops)] by name
    workshops: int  # distinct workshops delivered
    svg: dict


def short(text):
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def layout(tot, trainers):
    """Boxes `(x, y, label, title)` and lines `(x1, y1, x2, y2)` of the tree, its width and height."""
    spans, row = [], 0
    for trainer in trainers:
        rows = max(len(trainer.workshops), 1)
        spans.append((trainer, row, rows))
        row += rows
    middle = BOX_HEIGHT // 2
    root_y = (max(row, 1) - 1) * ROW // 2
    boxes = [(COLUMNS[0], root_y, short(tot.title), tot.title)]
    lines = []
    for trainer, first, rows in spans:
        y = (2 * first + rows - 1) * ROW // 2
        boxes.append((COLUMNS[1], y, short(trainer.person.name), trainer.person.name))
        lines.append((COLUMNS[0] + BOX_WIDTH, root_y + middle, COLUMNS[1], y + middle))
        for offset, workshop in enumerate(trainer.workshops):
            leaf_y = (first + offset) * ROW
            boxes.append((COLUMNS[2], leaf_y, short(workshop.title), workshop.title))
            lines.append((COLUMNS[1] + BOX_WIDTH, y + middle, COLUMNS[2], leaf_y + middle))
    return {"boxes": boxes, "lines": lines, "height": max(row, 1) * ROW, "width": WIDTH}


def province_of(region):
    if region is None:
        return None
    return region if region.parent_id is None else region.parent


def cascade_for(tot):
    """The cascade of `tot` (a ToT `WorkshopPage`), as a `Cascade`."""
    workshop_model = apps.get_model("workshops", "WorkshopPage")
    session_model = apps.get_model("workshops", "WorkshopSession")
    trainers = [Trainer(person) for person in tot.trained.select_related("locale").order_by("name")]
    by_person = {trainer.person.pk: trainer for trainer in trainers}
    public = workshop_model.objects.live().public().filter(start__gt=tot.start).values("pk")
    through = session_model.speakers.through
    pairs = (
        through.objects.filter(person_id__in=list(by_person), workshopsession__page_id__in=public)
        .values_list("person_id", "workshopsession__page_id")
        .distinct()
    )
    pairs = list(pairs)
    workshops = workshop_model.objects.filter(pk__in={page_id for _person, page_id in pairs})
    workshops = workshops.select_related("locale", "region__parent").order_by("start", "pk")
    workshops = {page.pk: page for page in workshops}
    for person_id, page_id in sorted(pairs, key=lambda pair: (workshops[pair[1]].start, pair[1])):
        by_person[person_id].workshops.append(workshops[page_id])
    regions, provinces = {}, {}
    for page in workshops.values():
        province = province_of(page.region)
        key = (province.pk if province else None, page.region.pk if page.region else None)
        regions.setdefault(key, RegionCount(province, page.region, 0)).workshops += 1
        provinces[key[0]] = (province, provinces.get(key[0], (province, 0))[1] + 1)
    unnamed = _("Region not recorded")

    def name(item):
        return (item is None, item.name if item else unnamed)

    return Cascade(
        tot=tot,
        trainers=trainers,
        regions=sorted(regions.values(), key=lambda count: (name(count.province), name(count.region))),
        provinces=sorted(provinces.values(), key=lambda pair: name(pair[0])),
        workshops=len(workshops),
        svg=layout(tot, trainers),
    )
