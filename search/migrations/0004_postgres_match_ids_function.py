"""PostgreSQL: the ids of the matching entries without their rank, for the facet counts.

The counts need no ranking, and ts_rank reads every matching vector: for a word in most
entries it is most of the cost. Like search_entry_match (0003), it reads the GIN index.
"""

from django.db import migrations

POSTGRES_FORWARD = [
    "CREATE FUNCTION search_entry_ids(query tsquery) RETURNS TABLE (id bigint) "
    "LANGUAGE sql STABLE STRICT PARALLEL SAFE ROWS 1000 SET enable_seqscan = off AS $$ "
    "SELECT e.id FROM search_searchentry e WHERE e.search_vector @@ query "
    "$$",
]
POSTGRES_BACKWARD = ["DROP FUNCTION IF EXISTS search_entry_ids(tsquery)"]


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("search", "0003_postgres_match_function")]

    operations = [migrations.RunPython(run(POSTGRES_FORWARD), run(POSTGRES_BACKWARD))]
