"""Creates the site's skeleton and its roles.

The home page exists in Indonesian, English and Azerbaijani. Each app creates its own
section page below them (in the three languages, because permissions are granted on
pages) and gives its role the rights on it, in its own data migration with
`cms.migration_helpers`; this migration names no app. (Until November 2026 it created
the three sections itself; the apps' migrations find them and add nothing.) Demo
content (`load_demo`) fills the pages later.

Roles:
- Moderators: add, edit, publish, delete, lock anywhere; every taxonomy snippet.
- Programme coordinators: add and edit countries, institutions, regions and people
  (programmes' migration gives them the programme section).
- Trainers: add and edit people (workshops' migration gives them the training section).
Every role may submit translations (simple_translation), and add and choose images and
documents.
Wagtail's default "Editors" group is removed: these three are the platform's roles.
"""

import uuid

from django.db import migrations
from django.utils import timezone

from cms.migration_helpers import create_permissions_now

LANGUAGES = ["id", "en", "az"]

HOME = {
    "id": ("Jembatan: Kerja Sama Pelayanan Publik Indonesia–Azerbaijan", "home"),
    "en": ("Jembatan: Indonesia–Azerbaijan Public Service Cooperation", "home-en"),
    "az": ("Jembatan: İndoneziya–Azərbaycan dövlət xidməti əməkdaşlığı", "home-az"),
}
PAGE_ACTIONS_ALL = ["add_page", "change_page", "publish_page", "delete_page", "lock_page", "unlock_page"]
TAXONOMY = ["country", "institution", "region", "person", "pillar", "lifejourneystage"]


def _path(parent_path, position):
    return f"{parent_path}{position:04d}"


def build(apps, schema_editor):
    # Permissions are normally created after migrations; the roles need them now.
    create_permissions_now(apps)

    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    Locale = apps.get_model("wagtailcore", "Locale")
    HomePage = apps.get_model("cms", "HomePage")

    now = timezone.now()
    root = Page.objects.get(depth=1)
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}

    # Wagtail's "Welcome" page gives way to the three home pages (only if nobody built on it).
    Page.objects.filter(
        depth=2, numchild=0, content_type__model="page", content_type__app_label="wagtailcore"
    ).delete()
    if Page.objects.filter(depth=2).exists():
        # An existing site: leave its tree alone, but still create the roles.
        create_roles(apps, root)
        return

    def create(model, parent_path, position, depth, url_path, locale, translation_key, title, slug, numchild):
        content_type, _ = ContentType.objects.get_or_create(
            app_label=model._meta.app_label, model=model._meta.model_name
        )
        return model.objects.create(
            title=title,
            draft_title=title,
            slug=slug,
            content_type=content_type,
            path=_path(parent_path, position),
            depth=depth,
            numchild=numchild,
            url_path=url_path,
            locale=locale,
            translation_key=translation_key,
            live=True,
            has_unpublished_changes=False,
            first_published_at=now,
            last_published_at=now,
            show_in_menus=False,
        )

    home_key = uuid.uuid4()
    homes = {}
    for position, code in enumerate(LANGUAGES, start=1):
        title, slug = HOME[code]
        homes[code] = create(
            HomePage, root.path, position, 2, f"/{slug}/", locales[code], home_key, title, slug, 0
        )
    root.numchild = len(LANGUAGES)
    root.save(update_fields=["numchild"])

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True)
    site.root_page_id = homes["id"].pk
    site.site_name = "Jembatan"
    site.save()
    create_roles(apps, root)


def create_roles(apps, root):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    Group.objects.filter(name="Editors").delete()
    page_perms = {
        p.codename: p
        for p in Permission.objects.filter(content_type__app_label="wagtailcore", content_type__model="page")
    }
    admin_access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    # Without it the admin's "Translate" action is hidden, and every role translates its content.
    submit_translation = Permission.objects.get(
        content_type__app_label="simple_translation", codename="submit_translation"
    )
    collection = Collection.objects.get(depth=1)
    media_perms = Permission.objects.filter(
        content_type__app_label__in=["wagtailimages", "wagtaildocs"],
        codename__in=["add_image", "choose_image", "add_document", "choose_document"],
    )

    def taxonomy_perms(models, actions):
        return Permission.objects.filter(
            content_type__app_label="cms",
            codename__in=[f"{action}_{model}" for model in models for action in actions],
        )

    def role(name, pages, page_actions, snippet_perms):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(admin_access, submit_translation, *snippet_perms)
        for page in pages:
            for action in page_actions:
                GroupPagePermission.objects.get_or_create(
                    group=group, page_id=page.pk, permission=page_perms[action]
                )
        for permission in media_perms:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission
            )
        return group

    GroupPagePermission.objects.filter(group__name="Moderators").delete()
    role(
        "Moderators",
        [root],
        PAGE_ACTIONS_ALL,
        taxonomy_perms(TAXONOMY, ["add", "change", "delete"]),
    )
    role(
        "Programme coordinators",
        [],
        [],
        taxonomy_perms(["country", "institution", "region", "person"], ["add", "change"]),
    )
    role("Trainers", [], [], taxonomy_perms(["person"], ["add", "change"]))


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("simple_translation", "0001_initial"),
    ]

    operations = [migrations.RunPython(build, migrations.RunPython.noop)]
