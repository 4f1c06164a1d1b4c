"""Query counts of one public URL as the content grows: the 1, 3 and 50 items of every count test."""

SIZES = (1, 3, 50)
BUDGET = 12


def query_counts(client, assert_max_num_queries, url, grow):
    """{size: queries} of a warm GET of `url` after `grow(size)` for each size, each within BUDGET.

    `url` is a string or a function returning one (when the page is made by `grow`).
    The first GET warms the per-content-version caches, as a running server has them.
    """
    counts = {}
    for size in SIZES:
        grow(size)
        target = url() if callable(url) else url
        client.get(target)
        with assert_max_num_queries(BUDGET) as captured:
            response = client.get(target)
        assert response.status_code == 200
        counts[size] = len(captured.captured_queries)
    return counts
