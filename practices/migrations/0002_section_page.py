"""The practices section page in Indonesian, English and Azerbaijani.

Creates only what is missing: on a database where the core's 0002 migration already
built the section (before sections moved to their apps), it adds nothing.
"""

from django.db import migrations

from cms.migration_helpers import create_section

NAMES = {
    "id": ("Praktik Baik", "praktik-baik"),
    "en": ("Good practices", "practices"),
    "az": ("Yaxşı təcrübələr", "tecrubeler"),
}


def build(apps, schema_editor):
    create_section(apps, "practices", "practiceindexpage", NAMES, position=2)


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0002_site_structure_and_roles"),
        ("practices", "0001_initial"),
    ]

    operations = [migrations.RunPython(build, migrations.RunPython.noop)]
