"""The full-text half of the index, which Django's schema editor cannot describe.

SQLite: an FTS5 table (rowid = SearchEntry.id) and its vocabulary for "did you mean".
PostgreSQL: a weighted tsvector column with a GIN index. Other databases get neither
and the public search needs one of these two.
"""

from django.db import migrations

SQLITE_FORWARD = [
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    "title, summary, body, tags, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
    "CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, 'row')",
]
SQLITE_BACKWARD = ["DROP TABLE IF EXISTS search_vocab", "DROP TABLE IF EXISTS search_fts"]
POSTGRES_FORWARD = [
    "ALTER TABLE search_searchentry ADD COLUMN search_vector tsvector",
    "CREATE INDEX search_entry_vector ON search_searchentry USING gin (search_vector)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS search_entry_vector",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS search_vector",
]


def run(statements_by_vendor):
    def apply(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(
            run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        ),
    ]
