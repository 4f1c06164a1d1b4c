"""The programme section page in Indonesian, English and Azerbaijani, and the programme coordinators' rights on it.

Creates only what is missing: on a database where the core's 0002 migration already
built the section (before sections moved to their apps), it adds nothing.
"""

from django.db import migrations

from cms.migration_helpers import create_section, grant_section

NAMES = {"id": ("Program", "program"), "en": ("Programme", "programme"), "az": ("Proqram", "proqram")}


def build(apps, schema_editor):
    pages = create_section(apps, "programmes", "programmeindexpage", NAMES, position=1)
    grant_section(apps, "Programme coordinators", pages)


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0002_site_structure_and_roles"),
        ("programmes", "0002_parental_links"),
    ]

    operations = [migrations.RunPython(build, migrations.RunPython.noop)]
