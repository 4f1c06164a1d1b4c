"""Refill the full-text rows with folded text, so "xidmet" finds "xidmət" and "Baki" "Bakı".

The tables keep their shape: the FTS5 rows (SQLite) and the tsvectors (PostgreSQL) are
derived from `search_searchentry`, which keeps the text as written. They are rebuilt here
from it, a chunk of entries at a time; going back refills them unfolded. Other databases
have no full-text rows.
"""

from django.db import migrations

CHUNK = 200
POSTGRES_UPDATE = (
    "UPDATE search_searchentry e SET search_vector = "
    "setweight(to_tsvector('simple', v.title), 'A') || setweight(to_tsvector('simple', v.tags), 'B') "
    "|| setweight(to_tsvector('simple', v.summary), 'B') || setweight(to_tsvector('simple', v.body), 'C') "
    "FROM (VALUES {rows}) AS v(id, title, tags, summary, body) WHERE e.id = v.id"
)
POSTGRES_ROW = "(%s::bigint, %s::text, %s::text, %s::text, %s::text)"


def refill(connection, fold):
    """Derive every full-text row from its entry again, with `fold` applied to each text."""
    postgres = connection.vendor == "postgresql"
    if connection.vendor not in ("sqlite", "postgresql"):
        return
    with connection.cursor() as cursor:
        if not postgres:
            cursor.execute("DELETE FROM search_fts")
        last = 0
        while True:
            cursor.execute(
                "SELECT id, title, tags, summary, body FROM search_searchentry WHERE id > %s ORDER BY id LIMIT %s",
                [last, CHUNK],
            )
            rows = [(pk, *(fold(text or "") for text in texts)) for pk, *texts in cursor.fetchall()]
            if not rows:
                return
            last = rows[-1][0]
            if postgres:
                cursor.execute(
                    POSTGRES_UPDATE.format(rows=", ".join([POSTGRES_ROW] * len(rows))),
                    [value for row in rows for value in row],
                )
            else:
                cursor.executemany(
                    "INSERT INTO search_fts (rowid, title, tags, summary, body) VALUES (%s, %s, %s, %s, %s)",
                    rows,
                )


def fold_rows(apps, schema_editor):
    # The fold the running code searches with: the rows must agree with its queries.
    from search.text import fold

    refill(schema_editor.connection, fold)


def unfold_rows(apps, schema_editor):
    refill(schema_editor.connection, lambda text: text)


class Migration(migrations.Migration):
    dependencies = [("search", "0004_postgres_match_ids_function")]

    operations = [migrations.RunPython(fold_rows, unfold_rows)]
