"""`manage.py load_demo`: the programme's demo content, safe to run again on a site in use."""

import time

from django.core.management.base import BaseCommand

from cms.demo.loader import DemoLoader


class Command(BaseCommand):
    help = (
        "Load every app's demo content (demo.py, taxonomy and pages in id/en/az); adds only what is missing."
    )

    def handle(self, *args, **options):
        started = time.monotonic()
        created = DemoLoader().run()
        summary = ", ".join(f"{count} {name}" for name, count in sorted(created.items())) or "nothing new"
        self.stdout.write(f"Demo content loaded in {time.monotonic() - started:.1f} s: {summary}.")
