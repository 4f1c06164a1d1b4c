"""What happens when an editor translates a page or snippet ("Translate" in the admin), and
how a page's privacy follows it into every language.
"""

from contextvars import ContextVar

from django.db import models
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import receiver

from wagtail.models import GroupPagePermission, Page, PageViewRestriction, TranslatableMixin
from wagtail.signals import copy_for_translation_done

# Set while a restriction is copied to translations, so the copies' own signals do not copy back.
_mirroring = ContextVar("mirroring_view_restrictions", default=False)
# Ids of the pages being deleted: their restrictions go with them, not their translations'.
_deleting_pages = ContextVar("deleting_pages", default=frozenset())


def inherit_group_page_permissions(page):
    """Give `page` and its new ancestors the group permissions their translations carry.

    Roles are granted on section pages per language; a section translated into a new
    language (or created as a parent with `copy_parents`) must belong to the same role.
    """
    pages = [page, *page.get_ancestors().filter(depth__gt=1)]
    created = []
    for target in pages:
        existing = set(
            GroupPagePermission.objects.filter(page=target).values_list("group_id", "permission_id")
        )
        granted = set(
            GroupPagePermission.objects.filter(page__translation_key=target.translation_key)
            .exclude(page=target)
            .values_list("group_id", "permission_id")
        )
        created += [
            GroupPagePermission(page=target, group_id=group_id, permission_id=permission_id)
            for group_id, permission_id in sorted(granted - existing)
        ]
    GroupPagePermission.objects.bulk_create(created)
    return created


def relink_translated_foreign_keys(item):
    """Point an unsaved translation's links to other taxonomy items at their same-language versions.

    Wagtail copies foreign keys as they are, so a region translated into English would
    still name its Indonesian province; where the English province exists, use it.
    """
    for field in item._meta.concrete_fields:
        if not isinstance(field, models.ForeignKey) or not issubclass(field.related_model, TranslatableMixin):
            continue
        if field.name == "locale" or getattr(item, field.attname) is None:
            continue
        target = getattr(item, field.name)
        if target.locale_id == item.locale_id:
            continue
        translated = field.related_model.objects.filter(
            translation_key=target.translation_key, locale_id=item.locale_id
        ).first()
        if translated is not None:
            setattr(item, field.name, translated)


@receiver(copy_for_translation_done)
def on_copy_for_translation(sender, source_obj, target_obj, **kwargs):
    if isinstance(target_obj, Page):
        if target_obj.pk:
            inherit_group_page_permissions(target_obj)
    elif isinstance(target_obj, TranslatableMixin) and target_obj.pk is None:
        relink_translated_foreign_keys(target_obj)


# Privacy belongs to the page, not to one language of it. Wagtail keeps each language in its
# own tree, so a restriction set on the Indonesian page (Settings → Privacy) would leave its
# English and Azerbaijani translations public: the same content, one language-switcher click
# away. Every restriction set, changed or removed on a page is therefore applied to the same
# page in the other languages (same `translation_key`). Wagtail's page copy already carries a
# restriction into a translation made later.


def _translations(page_id):
    page = Page.objects.filter(pk=page_id).only("translation_key").first()
    if page is None:
        return Page.objects.none()
    return Page.objects.filter(translation_key=page.translation_key).exclude(pk=page_id)


def mirror_view_restriction(restriction):
    """Give every translation of `restriction.page` the same restriction (type, password, groups).

    A translation's own restriction is updated in place, so it keeps one restriction, as the
    admin's privacy dialogue expects. Returns the restrictions written on translations.
    """
    token = _mirroring.set(True)
    try:
        group_ids = list(restriction.groups.values_list("pk", flat=True)) if restriction.pk else []
        written = []
        for translation in _translations(restriction.page_id):
            copy = PageViewRestriction.objects.filter(page=translation).first() or PageViewRestriction(
                page=translation
            )
            copy.restriction_type = restriction.restriction_type
            copy.password = restriction.password
            copy.save()
            copy.groups.set(group_ids)
            written.append(copy)
        return written
    finally:
        _mirroring.reset(token)


def remove_mirrored_view_restrictions(page_id):
    """Remove the restrictions set directly on the translations of page `page_id`."""
    token = _mirroring.set(True)
    try:
        for restriction in PageViewRestriction.objects.filter(page__in=_translations(page_id)):
            restriction.delete()
    finally:
        _mirroring.reset(token)


@receiver(post_save, sender=PageViewRestriction)
def on_view_restriction_saved(sender, instance, raw=False, **kwargs):
    if not raw and not _mirroring.get():
        mirror_view_restriction(instance)


@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
def on_view_restriction_groups_changed(sender, instance, action, **kwargs):
    changed = action in {"post_add", "post_remove", "post_clear"}
    if changed and isinstance(instance, PageViewRestriction) and not _mirroring.get():
        mirror_view_restriction(instance)


@receiver(pre_delete)
def on_page_deleting(sender, instance, **kwargs):
    # Django sends every pre_delete of a deletion before it deletes any row, so a page's
    # restriction, deleted with it, is known to be a deletion and not a change of privacy:
    # deleting the Indonesian page must not make its English translation public.
    if isinstance(instance, Page):
        _deleting_pages.set(_deleting_pages.get() | {instance.pk})


@receiver(post_delete, sender=Page)
def on_page_deleted(sender, instance, **kwargs):
    # The base page row goes last (its restrictions and specific rows point at it).
    if instance.pk in _deleting_pages.get():
        _deleting_pages.set(_deleting_pages.get() - {instance.pk})


@receiver(post_delete, sender=PageViewRestriction)
def on_view_restriction_deleted(sender, instance, **kwargs):
    if not _mirroring.get() and instance.page_id not in _deleting_pages.get():
        remove_mirrored_view_restrictions(instance.page_id)
