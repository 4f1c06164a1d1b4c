"""The embedded default: full-text search in the database's own index tables.

SQLite uses FTS5 (bm25 ranking); PostgreSQL a stored weighted tsvector with a GIN index
(ts_rank). Both index and query folded text (`text.fold`: "xidmet" finds "xidmət", "Baki"
"Bakı"), receive the query as the project's parser left it (every word a quoted term, never
the reader's syntax), mark the matches on the original text in Python, and share the SQL for
filters, facet counts (GROUP BY over the matching ids) and one-result-per-translation.
"Did you mean" corrects words from the index's own vocabulary.
"""

import datetime as dt

from django.core.cache import cache
from django.db import connection, transaction

from ..facets import facets as declared_facets
from ..facets import get as facet_declaration
from ..models import FacetLabel, SearchEntry, SearchFacet
from ..results import Hit, RawResults
from ..text import Highlighter, corrected, edit_distance, fold, folded_words, marked, suggestion_words
from ..text import words as text_words

ENTRY = SearchEntry._meta.db_table
FACET = SearchFacet._meta.db_table
MAX_BODY = 200_000
# The part of the body a snippet is looked for in.
SNIPPET_SOURCE = 20_000
# A write of this many documents (a rebuild's batch, a moved section) refreshes the statistics.
ANALYZE_AFTER = 1000
# Title counts most, then tags and summary, then the body.
SQLITE_WEIGHTS = "10.0, 4.0, 1.0, 3.0"
# The matches (CTE `m`) drive every join. SQLite's planner otherwise puts the entries of
# the language outside and re-runs the full-text query inside once per entry, which is
# quadratic (1.1 s instead of 11 ms for a word in every page, at 10,000 pages); its CROSS
# JOIN keeps the order as written. PostgreSQL plans a CROSS JOIN like any inner join.
MATCHES_FIRST = f"m CROSS JOIN {ENTRY} e"
# The vector of the folded text in `v` (id, title, tags, summary, body); see full_text_rows.
PG_VECTOR = (
    "setweight(to_tsvector('simple', v.title), 'A')"
    " || setweight(to_tsvector('simple', v.tags), 'B')"
    " || setweight(to_tsvector('simple', v.summary), 'B')"
    " || setweight(to_tsvector('simple', v.body), 'C')"
)
PG_ROW = "(%s::bigint, %s::text, %s::text, %s::text, %s::text)"
# Rows per UPDATE of the vectors: bodies can be long.
PG_CHUNK = 200


def fts_query(parsed):
    """The parsed query in FTS5 syntax; every word is a quoted string, so no input is syntax."""

    def phrase(clause):
        return '"' + " ".join(folded_words(clause.words)) + '"'

    groups = ["(" + " OR ".join(phrase(c) for c in group) + ")" for group in parsed.groups]
    expression = " AND ".join(groups)
    for clause in parsed.excluded:
        expression = f"({expression}) NOT {phrase(clause)}"
    return expression


def ts_query(parsed):
    """The parsed query in to_tsquery syntax: every word a quoted lexeme, phrases joined by <->.

    Not websearch_to_tsquery: that parser has operator words and signs of its own ("or" in
    any case, "-"), so the same text would mean something else than on SQLite.
    """

    def phrase(clause):
        lexemes = ["'" + word.replace("'", "''") + "'" for word in folded_words(clause.words)]
        return "(" + " <-> ".join(lexemes) + ")"

    expression = " & ".join("(" + " | ".join(phrase(c) for c in group) + ")" for group in parsed.groups)
    for clause in parsed.excluded:
        expression = f"({expression}) & !{phrase(clause)}"
    return expression


def highlighter(query):
    return Highlighter([word for group in query.parsed.groups for clause in group for word in clause.words])


def full_text_rows(entries):
    """(id, title, tags, summary, body) of each entry, folded as the full-text index holds them."""
    return [(e.pk, fold(e.title), fold(e.tags), fold(e.summary), fold(e.body)) for e in entries]


def is_postgres():
    return connection.vendor == "postgresql"


class DatabaseBackend:
    name = "database"

    # Searching ------------------------------------------------------------------

    def _match(self, query, ranked=True):
        """The CTE giving (id, score) of every matching entry, higher score better; (id) if not ranked.

        A query without words (a listing that browses) matches every entry, all scored 0.
        """
        if not query.parsed:
            return (f"SELECT id, 0 AS score FROM {ENTRY}" if ranked else f"SELECT id FROM {ENTRY}"), []
        if is_postgres():
            # search_entry_match / search_entry_ids (migrations 0003, 0004) read the GIN index.
            if ranked:
                sql = "SELECT id, score FROM search_entry_match(to_tsquery('simple', %s))"
            else:
                sql = "SELECT id FROM search_entry_ids(to_tsquery('simple', %s))"
            return sql, [ts_query(query.parsed)]
        score = f", -bm25(search_fts, {SQLITE_WEIGHTS}) AS score" if ranked else ""
        sql = f"SELECT rowid AS id{score} FROM search_fts WHERE search_fts MATCH %s"
        return sql, [fts_query(query.parsed)]

    def _where(self, query, skip_facet=None):
        clauses = ["e.language IN (" + ", ".join(["%s"] * len(query.languages)) + ")"]
        params = list(query.languages)
        for facet, values in sorted(query.filters.items()):
            if facet == skip_facet:
                continue
            clauses.append(
                f"e.id IN (SELECT entry_id FROM {FACET} WHERE facet = %s AND value IN ("
                + ", ".join(["%s"] * len(values))
                + "))"
            )
            params += [facet, *values]
        return " AND ".join(clauses), params

    def search(self, query):
        match_sql, match_params = self._match(query)
        where, where_params = self._where(query)
        order = "score DESC, id" if query.sort == "relevance" else "(date IS NULL), date DESC, score DESC, id"
        if query.include_other_languages:
            # One row per translation: the reader's language if it matches, else the best match.
            inner = (
                "SELECT e.id, m.score, e.date, ROW_NUMBER() OVER (PARTITION BY e.translation_key "
                "ORDER BY CASE WHEN e.language = %s THEN 0 ELSE 1 END, m.score DESC, e.id) AS rn "
                f"FROM {MATCHES_FIRST} WHERE e.id = m.id AND {where}"
            )
            inner_params = [query.language, *where_params]
            ranked = f"SELECT id, score, date FROM ({inner}) ranked WHERE rn = 1"
        else:
            ranked = f"SELECT e.id, m.score, e.date FROM {MATCHES_FIRST} WHERE e.id = m.id AND {where}"
            inner_params = where_params
        sql = (
            f"WITH m AS ({match_sql}) SELECT id, COUNT(*) OVER () FROM ({ranked}) r "
            f"ORDER BY {order} LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*match_params, *inner_params, query.page_size, query.offset])
            rows = cursor.fetchall()
            if rows:
                total = rows[0][1]
            else:
                cursor.execute(
                    f"WITH m AS ({match_sql}) SELECT COUNT(*) FROM ({ranked}) r",
                    [*match_params, *inner_params],
                )
                total = cursor.fetchone()[0]
            ids = [row[0] for row in rows]
            hits = self._hits(cursor, query, ids)
            counts = self._facet_counts(cursor, query, *self._match(query, ranked=False))
        suggestion = suggest(query.text, query.parsed.words) if total < 3 and query.parsed else ""
        return RawResults(hits=hits, total=total, facet_counts=counts, suggestion=suggestion)

    def _hits(self, cursor, query, ids):
        if not ids:
            return []
        marks = ", ".join(["%s"] * len(ids))
        cursor.execute(
            "SELECT id, key, kind, language, url, date, translation_key, title, summary, "
            f"substr(body, 1, {SNIPPET_SOURCE}) FROM {ENTRY} WHERE id IN ({marks})",
            ids,
        )
        marker = highlighter(query)
        rows = {
            row[0]: (*row[1:7], marker.mark(row[7]), marker.snippet(row[8], row[9]))
            for row in cursor.fetchall()
        }
        hits = []
        for entry_id in ids:
            if entry_id not in rows:
                continue
            key, kind, language, url, date, translation_key, title, snippet = rows[entry_id]
            if isinstance(date, str):
                date = dt.date.fromisoformat(date)
            hits.append(
                Hit(
                    key=key,
                    kind=kind,
                    language=language,
                    title=marked(title),
                    snippet=marked(snippet),
                    url=url,
                    date=date,
                    translation_key=translation_key,
                )
            )
        return hits

    def _facet_counts(self, cursor, query, match_sql, match_params):
        """Counts of each facet value among the matches, each facet ignoring its own selection."""
        parts, params = [], []
        names = [facet.name for facet in declared_facets()]
        active = [facet for facet in names if facet in query.filters]
        passive = [facet for facet in names if facet not in query.filters]
        groups = [(passive, None)] + [([facet], facet) for facet in active]
        for facets, skip in groups:
            if not facets:
                continue
            where, where_params = self._where(query, skip_facet=skip)
            parts.append(
                f"SELECT f.facet, f.value, COUNT(DISTINCT e.translation_key) FROM {MATCHES_FIRST} "
                f"CROSS JOIN {FACET} f WHERE e.id = m.id AND f.entry_id = e.id "
                f"AND {where} AND f.facet IN ({', '.join(['%s'] * len(facets))}) GROUP BY f.facet, f.value"
            )
            params += [*where_params, *facets]
        cursor.execute(f"WITH m AS ({match_sql}) " + " UNION ALL ".join(parts), [*match_params, *params])
        counts = {}
        for facet, value, count in cursor.fetchall():
            counts.setdefault(facet, {})[value] = count
        return counts

    def autocomplete(self, text, language, limit):
        prefixes = folded_words(text_words(text)[:8])[:8]
        if not prefixes:
            return []
        with connection.cursor() as cursor:
            if is_postgres():
                tsquery = " & ".join(f"'{word}':*A" for word in prefixes)
                cursor.execute(
                    f"SELECT title, url FROM {ENTRY} WHERE language = %s AND search_vector @@ "
                    "to_tsquery('simple', %s) "
                    "ORDER BY ts_rank(search_vector, to_tsquery('simple', %s)) DESC, "
                    "length(title), id LIMIT %s",
                    [language, tsquery, tsquery, limit * 2],
                )
            else:
                terms = [f'"{word}"' for word in prefixes[:-1]] + [f'"{prefixes[-1]}" *']
                fts = " AND ".join(f"title : {term}" for term in terms)
                cursor.execute(
                    f"SELECT e.title, e.url FROM search_fts JOIN {ENTRY} e ON e.id = search_fts.rowid "
                    "WHERE search_fts MATCH %s AND e.language = %s ORDER BY bm25(search_fts, "
                    f"{SQLITE_WEIGHTS}), length(e.title), e.id LIMIT %s",
                    [fts, language, limit * 2],
                )
            seen, suggestions = set(), []
            for title, url in cursor.fetchall():
                if title not in seen:
                    seen.add(title)
                    suggestions.append({"title": title, "url": url})
        return suggestions[:limit]


# Writing --------------------------------------------------------------------------


def bump_generation():
    try:
        cache.incr("search:generation")
    except ValueError:
        cache.set("search:generation", 1, None)


def delete_entries(cursor, ids):
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join(["%s"] * len(chunk))
        if not is_postgres():
            cursor.execute(f"DELETE FROM search_fts WHERE rowid IN ({marks})", chunk)
        cursor.execute(f"DELETE FROM {FACET} WHERE entry_id IN ({marks})", chunk)
        cursor.execute(f"DELETE FROM {ENTRY} WHERE id IN ({marks})", chunk)


def write_documents(documents, sources=(), labels=()):
    """Replace every entry of `sources` by `documents`, with their full-text rows and facets."""
    sources = list(sources)
    with transaction.atomic(), connection.cursor() as cursor:
        if sources:
            old = []
            for start in range(0, len(sources), 500):
                chunk = sources[start : start + 500]
                old += SearchEntry.objects.filter(source__in=chunk).values_list("id", flat=True)
            delete_entries(cursor, list(old))
        entries = [
            SearchEntry(
                key=doc.key,
                source=doc.source,
                kind=doc.kind,
                language=doc.language,
                translation_key=doc.translation_key,
                title=doc.title[:1000],
                summary=doc.summary or "",
                body=(doc.body or "")[:MAX_BODY],
                tags=" ".join(name for _slug, name in doc.tags),
                url=doc.url,
                date=doc.date,
                checksum=doc.checksum(),
            )
            for doc in documents
        ]
        SearchEntry.objects.bulk_create(entries, batch_size=500)
        ids = [entry.pk for entry in entries]
        if ids and ids[0] is None:
            by_key = dict(
                SearchEntry.objects.filter(key__in=[e.key for e in entries]).values_list("key", "id")
            )
            for entry in entries:
                entry.pk = entry.id = by_key[entry.key]
        # Six to ten facet rows per document: a plain executemany, as bulk_create spends
        # more time compiling them than the database spends storing them.
        cursor.executemany(
            f"INSERT INTO {FACET} (entry_id, facet, value) VALUES (%s, %s, %s)",
            [
                (entry.pk, facet, value[:100])
                for entry, doc in zip(entries, documents, strict=True)
                for facet, value, _label in doc.facet_values()
            ],
        )
        label_rows = {
            (facet, value[:100], doc.language): label
            for doc in documents
            for facet, value, label in doc.facet_values()
            if label and facet_declaration(facet).named_by == "index"
        }
        label_rows.update({(facet, value[:100], language): label for facet, value, language, label in labels})
        if label_rows:
            FacetLabel.objects.bulk_create(
                [
                    FacetLabel(facet=f, value=v, language=lang, label=label[:255])
                    for (f, v, lang), label in label_rows.items()
                ],
                update_conflicts=True,
                unique_fields=["facet", "value", "language"],
                update_fields=["label"],
                batch_size=500,
            )
        if entries:
            write_full_text(cursor, full_text_rows(entries))
            if is_postgres() and len(entries) >= ANALYZE_AFTER:
                # Fresh statistics now, not when autovacuum gets round to it: with none,
                # the planner takes each facet filter for one row and nests loops over
                # them (1.7 s instead of 10 ms for a two-word search with two facets).
                cursor.execute(f"ANALYZE {FACET}, {ENTRY} (language, translation_key, date)")
    bump_generation()
    return entries


def write_full_text(cursor, rows):
    """Index the folded text of entries that have no full-text row yet (SQLite) or replace it (PostgreSQL)."""
    if is_postgres():
        for start in range(0, len(rows), PG_CHUNK):
            chunk = rows[start : start + PG_CHUNK]
            cursor.execute(
                f"UPDATE {ENTRY} e SET search_vector = {PG_VECTOR} FROM (VALUES "
                + ", ".join([PG_ROW] * len(chunk))
                + ") AS v(id, title, tags, summary, body) WHERE e.id = v.id",
                [value for row in chunk for value in row],
            )
    else:
        cursor.executemany(
            "INSERT INTO search_fts (rowid, title, tags, summary, body) VALUES (%s, %s, %s, %s, %s)", rows
        )


def clear():
    # Plain DELETEs: through the ORM every row would be fetched and announced by a
    # post_delete signal (20,000 of them for 10,000 pages, each emptying the page cache).
    with transaction.atomic(), connection.cursor() as cursor:
        if not is_postgres():
            cursor.execute("DELETE FROM search_fts")
        cursor.execute(f"DELETE FROM {FACET}")
        cursor.execute(f"DELETE FROM {ENTRY}")
    bump_generation()


def vocabulary(first_letter):
    """(term, document count) of indexed words starting with `first_letter`, for "did you mean"."""
    if is_postgres():
        generation = cache.get("search:generation", 0)
        key = f"search:vocabulary:{generation}"
        words = cache.get(key)
        if words is None:
            with connection.cursor() as cursor:
                cursor.execute(f"SELECT word, ndoc FROM ts_stat('SELECT search_vector FROM {ENTRY}')")
                words = {}
                for word, count in cursor.fetchall():
                    words.setdefault(word[:1], []).append((word, count))
            cache.set(key, words, 300)
        return words.get(first_letter, [])
    with connection.cursor() as cursor:
        upper = first_letter[:-1] + chr(ord(first_letter[-1]) + 1)
        cursor.execute(
            "SELECT term, doc FROM search_vocab WHERE term >= %s AND term < %s", [first_letter, upper]
        )
        return cursor.fetchall()


def known(words):
    """True when the index holds every one of these words (compared folded)."""
    return all(any(term == word for term, _count in vocabulary(word[0])) for word in folded_words(words))


def spelling(term):
    """A vocabulary word as an indexed text writes it, lower-cased: "xidmət" for "xidmet"."""
    with connection.cursor() as cursor:
        if is_postgres():
            cursor.execute(
                f"SELECT e.title, e.tags, e.summary, substr(e.body, 1, {SNIPPET_SOURCE}) "
                f"FROM search_entry_ids(plainto_tsquery('simple', %s)) m JOIN {ENTRY} e ON e.id = m.id "
                "LIMIT 1",
                [term],
            )
        else:
            cursor.execute(
                f"SELECT e.title, e.tags, e.summary, substr(e.body, 1, {SNIPPET_SOURCE}) FROM search_fts "
                f"JOIN {ENTRY} e ON e.id = search_fts.rowid WHERE search_fts MATCH %s LIMIT 1",
                ['"' + term.replace('"', '""') + '"'],
            )
        row = cursor.fetchone()
    marker = Highlighter([term])
    for text in row or ():
        for start, end in marker.matches(text):
            # Dotted capital İ lower-cases to i and a combining dot in Python.
            return text[start:end].replace("İ", "i").lower()
    return term


def suggest(text, query_words):
    """ "Did you mean" from the index's vocabulary: each unknown word becomes the closest frequent one.

    Returns the reader's text with the corrections as an indexed page writes them ("xidmət",
    not the folded "xidmet"), or "" when no word needs one.
    """
    replacements = {}
    for word in suggestion_words(query_words):
        folded = fold(word)
        candidates = vocabulary(folded[0])
        if any(fold(term) == folded for term, _count in candidates):
            continue
        limit = 1 if len(folded) <= 4 else 2
        best = None
        for term, count in candidates:
            distance = edit_distance(folded, fold(term), limit)
            if distance <= limit and (best is None or (distance, -count) < best[:2]):
                best = (distance, -count, term)
        if best:
            replacements[word] = spelling(best[2])
    return corrected(text, replacements)
