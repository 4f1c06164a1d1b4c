"""Delete the personal data of registrations once their event is long over (retention period).

`manage.py purge_registrations` deletes every registration whose event ended more than
`WORKSHOP_REGISTRATION_RETENTION_DAYS` days ago (setting, default 180), or `--days N`.
Run it daily (cron or a scheduled task). Prints how many were deleted; `--dry-run` only counts.
"""

import datetime as dt

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from workshops.models import Registration

DEFAULT_RETENTION_DAYS = 180


class Command(BaseCommand):
    help = "Delete registrations of events that ended more than the retention period ago."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days", type=int, default=None, help="Retention in days (default: the setting)."
        )
        parser.add_argument("--dry-run", action="store_true", help="Count, delete nothing.")

    def handle(self, *args, days=None, dry_run=False, **options):
        if days is None:
            days = getattr(settings, "WORKSHOP_REGISTRATION_RETENTION_DAYS", DEFAULT_RETENTION_DAYS)
        if days < 0:
            raise CommandError("--days must be 0 or more.")
        cutoff = timezone.now() - dt.timedelta(days=days)
        expired = Registration.objects.filter(workshop__end__lt=cutoff)
        if dry_run:
            self.stdout.write(
                f"{expired.count()} registrations would be deleted (events ended before {cutoff:%Y-%m-%d})."
            )
            return
        deleted, _by_model = expired.delete()
        self.stdout.write(f"{deleted} registrations deleted (events ended before {cutoff:%Y-%m-%d}).")
