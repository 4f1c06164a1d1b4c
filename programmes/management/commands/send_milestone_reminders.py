"""Mails the owners of milestones due within 7 days or overdue; safe to run daily from cron."""

import datetime

from django.core.management.base import BaseCommand, CommandError

from programmes.actionplan.reminders import send_reminders


class Command(BaseCommand):
    help = "Mail the owners of milestones due within 7 days or overdue (each reminder once)."

    def add_arguments(self, parser):
        parser.add_argument("--today", help="The day to remind for, yyyy-mm-dd (default: today).")
        parser.add_argument("--dry-run", action="store_true", help="Say what would be sent; send nothing.")

    def handle(self, *args, today=None, dry_run=False, **options):
        day = None
        if today:
            try:
                day = datetime.date.fromisoformat(today)
            except ValueError as error:
                raise CommandError(f"--today must be a date as yyyy-mm-dd, not {today!r}.") from error
        run = send_reminders(today=day, dry_run=dry_run)
        self.stdout.write(
            f"{run.sent} mail(s) about {run.milestones} milestone(s); "
            f"{run.without_address} milestone(s) without an owner's address."
        )
