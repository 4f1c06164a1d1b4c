"""Trainers and Programme coordinators read the feedback on events (it is anonymous)."""

from django.db import migrations

from cms.migration_helpers import create_permissions_now


def grant(apps, schema_editor):
    create_permissions_now(apps)
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    view = Permission.objects.filter(content_type__app_label="workshops", codename="view_eventfeedback")
    for name in ("Trainers", "Programme coordinators"):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*view)


class Migration(migrations.Migration):
    dependencies = [("workshops", "0006_event_feedback")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
