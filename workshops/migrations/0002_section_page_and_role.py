"""The training section page in Indonesian, English and Azerbaijani, and the trainers' rights on it.

Creates only what is missing: on a database where the core's 0002 migration already
built the section (before sections moved to their apps), it adds nothing.
"""

from django.db import migrations

from cms.migration_helpers import create_section, grant_section

NAMES = {"id": ("Pelatihan", "pelatihan"), "en": ("Training", "training"), "az": ("Təlim", "telim")}


def build(apps, schema_editor):
    pages = create_section(apps, "workshops", "trainingindexpage", NAMES, position=3)
    grant_section(apps, "Trainers", pages)


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0002_site_structure_and_roles"),
        ("workshops", "0001_initial"),
    ]

    operations = [migrations.RunPython(build, migrations.RunPython.noop)]
