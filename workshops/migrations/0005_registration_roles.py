"""Programme coordinators see, edit and delete event registrations (the roster); nobody else but admins."""

from django.db import migrations

from cms.migration_helpers import create_permissions_now

CODENAMES = ["view_registration", "change_registration", "delete_registration"]


def grant(apps, schema_editor):
    create_permissions_now(apps)
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    group, _ = Group.objects.get_or_create(name="Programme coordinators")
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="workshops", codename__in=CODENAMES)
    )


class Migration(migrations.Migration):
    dependencies = [
        ("workshops", "0004_registrations"),
        ("cms", "0002_site_structure_and_roles"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
