"""Gives the action plan's records to the roles that run the programme.

Moderators and Programme coordinators add, change and delete activities, indicators and
milestones (the public sees published plans read-only). Two marker groups say which
side a coordinator confirms joint milestones for; they carry no permissions of their
own, so a user is put in "Programme coordinators" and in one of them.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ROLES = ("Moderators", "Programme coordinators")
MODELS = ("activity", "indicator", "milestone")
ACTIONS = ("add", "change", "delete", "view")
SIDE_GROUPS = ("Programme coordinators (Indonesia)", "Programme coordinators (Azerbaijan)")


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="programmes",
        codename__in=[f"{action}_{model}" for model in MODELS for action in ACTIONS],
    )
    for name in ROLES:
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions)
    for name in SIDE_GROUPS:
        Group.objects.get_or_create(name=name)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="programmes",
        codename__in=[f"{action}_{model}" for model in MODELS for action in ACTIONS],
    )
    for group in Group.objects.filter(name__in=ROLES):
        group.permissions.remove(*permissions)
    Group.objects.filter(name__in=SIDE_GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("cms", "0002_site_structure_and_roles"),
        ("programmes", "0004_actionplan"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
