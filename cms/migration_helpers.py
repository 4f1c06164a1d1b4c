"""Helpers for the apps' data migrations: a section page in every language, and a role's rights on it.

An app whose pages live in their own section creates that section with its own data
migration (the core's migrations know no app):

    from cms.migration_helpers import create_section, grant_section

    def build(apps, schema_editor):
        pages = create_section(apps, "workshops", "trainingindexpage", NAMES, position=3)
        grant_section(apps, "Trainers", pages)

    dependencies = [("cms", "0002_site_structure_and_roles"), ("workshops", "0001_initial")]
    operations = [migrations.RunPython(build, migrations.RunPython.noop)]

Both are idempotent: a database that already has the section (or the grant) gets nothing
new, so the migration is safe on a site created before sections moved to their apps.
Only historical models (`apps.get_model`) are used, as migrations require.
"""

import uuid

from django.contrib.auth.management import create_permissions
from django.utils import timezone

LANGUAGES = ("id", "en", "az")
# Wagtail's tree paths: 4 characters a level, in treebeard's base-36 alphabet.
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STEPLEN = 4
# What a role may do on the pages of the section it owns (and everything below it).
PAGE_ACTIONS_OWNER = ("add_page", "change_page", "publish_page", "delete_page")


def create_permissions_now(apps):
    """Create every app's permissions now (Django normally does it after all migrations)."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None


def create_section(apps, app_label, model_name, names, position):
    """The section page `app_label.model_name` under each language's home page; creates what is missing.

    `names`: {language code: (title, slug)} for "id", "en" and "az"; `position`: the
    1-based place among the home page's children it takes when that place is free (so
    the sections keep their menu order whatever order the apps migrate in), else last.
    The pages are published, shown in menus and share one translation key. A language
    without a home page gets no section. Returns the section pages of every language.
    """
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    HomePage = apps.get_model("cms", "HomePage")
    model = apps.get_model(app_label, model_name)
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model_name)
    now = timezone.now()

    existing = list(model.objects.all())
    key = existing[0].translation_key if existing else uuid.uuid4()
    pages = existing
    have = {page.locale_id for page in existing}
    for code in LANGUAGES:
        home = HomePage.objects.filter(locale__language_code=code).order_by("path").first()
        if home is None or home.locale_id in have:
            continue
        title, slug = names[code]
        path = home.path + _step(position)
        if Page.objects.filter(path=path).exists():
            last = (
                Page.objects.filter(path__startswith=home.path, depth=home.depth + 1)
                .order_by("-path")
                .first()
            )
            path = home.path + _step(int(last.path[-STEPLEN:], 36) + 1)
        page = model.objects.create(
            title=title,
            draft_title=title,
            slug=slug,
            content_type=content_type,
            path=path,
            depth=home.depth + 1,
            numchild=0,
            url_path=f"{home.url_path}{slug}/",
            locale_id=home.locale_id,
            translation_key=key,
            live=True,
            has_unpublished_changes=False,
            first_published_at=now,
            last_published_at=now,
            show_in_menus=True,
        )
        Page.objects.filter(pk=home.pk).update(numchild=home.numchild + 1)
        pages.append(page)
    return pages


def _step(number):
    """One level of a tree path: `number` in base 36, padded to 4 characters."""
    digits = ""
    while number:
        number, digit = divmod(number, 36)
        digits = ALPHABET[digit] + digits
    return digits.rjust(STEPLEN, "0")


def grant_section(apps, group_name, pages, actions=PAGE_ACTIONS_OWNER):
    """Give the group `group_name` (created if missing) the page `actions` on each of `pages`."""
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    if not Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=actions).exists():
        create_permissions_now(apps)
    page_perms = {
        permission.codename: permission
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailcore", content_type__model="page", codename__in=actions
        )
    }
    group, _ = Group.objects.get_or_create(name=group_name)
    for page in pages:
        for action in actions:
            GroupPagePermission.objects.get_or_create(
                group=group, page_id=page.pk, permission=page_perms[action]
            )
