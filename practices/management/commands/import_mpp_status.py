"""`manage.py import_mpp_status FILE.csv`: set MPP statuses from a CSV; nothing changes if any row is bad."""

from django.core.management.base import BaseCommand, CommandError

from practices.importer import import_statuses


class Command(BaseCommand):
    help = "Import MPP statuses (code,mpp_status,mpp_opened_on,updated_on); checks all rows first."

    def add_arguments(self, parser):
        parser.add_argument("path")

    def handle(self, path, **options):
        with open(path, "rb") as handle:
            report = import_statuses(handle.read())
        if not report.ok:
            for line, message in report.errors:
                self.stderr.write(f"line {line}: {message}")
            raise CommandError(f"{len(report.errors)} error(s): nothing was imported")
        self.stdout.write(f"{report.applied} area(s) updated")
