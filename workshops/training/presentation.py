"""What a module page shows to one reader: the timed agenda, visible materials, answers, changelog."""

from dataclasses import dataclass

from django.apps import apps
from django.utils.translation import ngettext

from wagtail.models import Page

from cms.translations import page_translations
from workshops.training.privacy import MaterialAccess, is_public_image, may_see_trainer_notes

# A training day in the programme runs 09:00 to 17:00; a session that would end later moves
# to the next day, so a printed agenda reads as the days the trainers will actually run.
DAY_START_MINUTES = 9 * 60
DAY_END_MINUTES = 17 * 60


@dataclass(frozen=True)
class AgendaItem:
    """One session placed on the clock: day (1-based), start and end as 'HH:MM'."""

    session: object
    day: int
    start: str
    end: str
    minutes: int


def format_duration(minutes):
    """'3 hours 30 minutes', '45 minutes', '2 hours' in the active language."""
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours})
    if rest or not hours:
        parts.append(ngettext("%(count)d minute", "%(count)d minutes", rest) % {"count": rest})
    return " ".join(parts)


def _clock(minutes):
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def timed_agenda(sessions):
    """Place sessions in order from 09:00, moving to the next day before one would pass 17:00."""
    items = []
    day, clock = 1, DAY_START_MINUTES
    for session in sessions:
        if clock > DAY_START_MINUTES and clock + session.minutes > DAY_END_MINUTES:
            day, clock = day + 1, DAY_START_MINUTES
        items.append(
            AgendaItem(session, day, _clock(clock), _clock(clock + session.minutes), session.minutes)
        )
        clock += session.minutes
    return items


@dataclass(frozen=True)
class VisibleMaterial:
    """A material the reader may see; `show_image` only for images outside restricted collections."""

    material: object
    show_image: bool


def visible_materials(materials, access):
    """Materials whose file exists and whose collection the reader may see, in page order."""
    visible = []
    for material in materials:
        item = material.file_object
        if item is None or not access.may_see(item.collection):
            continue
        visible.append(VisibleMaterial(material, show_image=is_public_image(access, material.image)))
    return visible


def delivered_in(page):
    """Live, public workshops with a session that taught a release of `page`, by start; one query.

    The workshop model is looked up by name: it lives beside this module and imports it.
    """
    if not page.pk:
        return []
    workshop_model = apps.get_model("workshops", "WorkshopPage")
    ids = workshop_model.objects.filter(sessions__module_release__page_id=page.pk).values("pk")
    return list(
        workshop_model.objects.live()
        .public()
        .filter(pk__in=ids)
        .select_related("country")
        .order_by("start", "pk")
    )


def related_practices(page):
    """Live, public practice pages the module links, in editor order; two queries (none when new).

    Read as plain Wagtail pages (title, URL): the workshops app names no practices model.
    """
    if not page.pk:
        return []
    ids = [link.practice_id for link in page.related_practices.all()]
    pages = Page.objects.live().public().filter(pk__in=ids)
    return sorted(pages, key=lambda practice: ids.index(practice.pk))


def module_context(page, request):
    """Template context for a module page: a constant number of queries whatever its size."""
    access = MaterialAccess(request)
    sessions = list(page.sessions.all())
    materials = list(page.materials.select_related("document__collection", "image__collection"))
    translations = page_translations(page)
    return {
        "agenda": timed_agenda(sessions),
        "total_minutes": sum(session.minutes for session in sessions),
        "duration": format_duration(sum(session.minutes for session in sessions)),
        "materials": visible_materials(materials, access),
        "questions": list(page.assessment_questions.all()),
        "show_trainer_notes": may_see_trainer_notes(getattr(request, "user", None), page),
        # A page being created (the admin's preview) has no releases yet.
        "releases": list(page.releases.all()) if page.pk else [],
        "translations": translations,
        "kit_links": [link for link in translations if link.url],
        "pillar": page.pillar,
        "delivered_in": delivered_in(page),
        "related_practices": related_practices(page),
    }
