"""`search_index rebuild | check | catch-up`: build, compare and repair the public search index."""

from django.core.management.base import BaseCommand, CommandError

from search import outbox
from search.indexing import catch_up, check, rebuild
from search.mirror import get_mirror
from search.results import BackendUnavailable


class Command(BaseCommand):
    help = "Rebuild the public search index, check it against the content, or apply pending changes."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        rebuild_parser = sub.add_parser(
            "rebuild", help="Build the index from scratch (new indices, then swap)."
        )
        rebuild_parser.add_argument("--quiet", action="store_true", help="No progress bar or summary.")
        check_parser = sub.add_parser("check", help="Report missing, stale and extra documents.")
        check_parser.add_argument("--verbose-keys", action="store_true", help="List every differing key.")
        sub.add_parser("catch-up", help="Apply the changes queued while Elasticsearch was unavailable.")

    def handle(self, *args, action, **options):
        mirror = get_mirror()
        where = f"database and {mirror.name}" if mirror else "database"
        try:
            if action == "rebuild":
                quiet = options["quiet"]
                total = rebuild(progress_enabled=not quiet, stream=self.stderr._out)
                if not quiet:
                    self.stdout.write(f"Indexed {total} documents ({where}).")
            elif action == "check":
                self.report(check(), options["verbose_keys"])
            elif action == "catch-up":
                pending = outbox.count()
                applied = catch_up()
                self.stdout.write(f"Applied {applied} of {pending} pending changes ({where}).")
        except BackendUnavailable as error:
            raise CommandError(f"Elasticsearch is not answering: {error}") from error

    def report(self, report, verbose):
        clean = True
        for index, differences in report.items():
            for problem, keys in differences.items():
                if keys:
                    clean = False
                    self.stdout.write(f"{index}: {len(keys)} {problem}")
                    for key in keys if verbose else keys[:10]:
                        self.stdout.write(f"  {key}")
        if clean:
            self.stdout.write("The index matches the content.")
        else:
            raise CommandError("The index differs from the content: run `search_index rebuild`.")
