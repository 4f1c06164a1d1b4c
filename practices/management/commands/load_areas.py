"""`manage.py load_areas`: load Indonesia's 38 provinces and 514 regencies and cities (official codes)."""

from django.core.management.base import BaseCommand

from practices import areas


class Command(BaseCommand):
    help = "Load the official province, regency and city codes into the MPP tracker (keeps MPP statuses)."

    def handle(self, *args, **options):
        created, renamed = areas.load()
        self.stdout.write(f"areas: {created} created, {renamed} renamed")
