"""What happens when an editor translates a page or snippet ("Translate" in the admin)."""

from django.db import models
from django.dispatch import receiver

from wagtail.models import GroupPagePermission, Page, TranslatableMixin
from wagtail.signals import copy_for_translation_done


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
