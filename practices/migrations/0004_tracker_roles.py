"""Programme coordinators and moderators edit the MPP tracker: area statuses and the national counts."""

from django.db import migrations

from cms.migration_helpers import create_permissions_now

GRANTS = {
    "Moderators": [("area", ["change", "view"]), ("nationalcount", ["add", "change", "delete", "view"])],
    "Programme coordinators": [("area", ["change", "view"]), ("nationalcount", ["add", "change", "view"])],
}


def grant(apps, schema_editor):
    create_permissions_now(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, rights in GRANTS.items():
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        for model, actions in rights:
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label="practices",
                    content_type__model=model,
                    codename__in=[f"{action}_{model}" for action in actions],
                )
            )


class Migration(migrations.Migration):
    dependencies = [("practices", "0003_practices_guides_tracker"), ("cms", "0002_site_structure_and_roles")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
