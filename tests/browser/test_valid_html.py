"""Valid HTML gate: the Nu HTML Checker finds 0 errors in every public page type in id/en/az."""

import json
import shutil
import subprocess
import urllib.error
import urllib.request

import pytest

from tests.browser.conftest import VNU, VNU_WARNINGS
from tests.browser.samples import LANGUAGES, expected_kinds

pytestmark = pytest.mark.browser


def fetch(url):
    """The HTML exactly as the server sends it (the 404 page included)."""
    try:
        with urllib.request.urlopen(url) as response:
            return response.read()
    except urllib.error.HTTPError as error:
        return error.read()


@pytest.fixture(scope="module")
def vnu_messages(sample_urls, live_server, tmp_path_factory, django_db_blocker):
    """{(kind, language): [message, ...]} from ONE run of the checker over every sample."""
    java = shutil.which("java")
    if java is None:
        pytest.fail("Java is not installed: `.ci/run` installs it (default-jre-headless).")
    folder = tmp_path_factory.mktemp("html")
    files = {}
    # Module fixtures run before the per-test helper that lets the server thread reach the database.
    with django_db_blocker.unblock():
        for (kind, language), path in sorted(sample_urls.items()):
            file = folder / f"{kind.replace(':', '-')}.{language}.html"
            file.write_bytes(fetch(live_server.url + path))
            files[file.name] = (kind, language)
    run = subprocess.run(
        [java, "-jar", str(VNU), "--format", "json", "--stdout", *(str(f) for f in sorted(folder.iterdir()))],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = {sample: [] for sample in files.values()}
    for message in json.loads(run.stdout)["messages"]:
        # The checker names files "file:/tmp/..." (one slash): match on the file name alone.
        messages[files[message["url"].rsplit("/", 1)[-1]]].append(message)
    return messages


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", expected_kinds())
def test_page_is_valid_html(kind, language, sample_url, vnu_messages):
    sample_url(kind, language)  # fails clearly when the kind has no sample
    messages = vnu_messages[(kind, language)]
    VNU_WARNINGS.extend(
        f"{kind} [{language}] line {m.get('lastLine')}: {m['message']}"
        for m in messages
        if m["type"] != "error"
    )

    errors = [
        f"line {m.get('lastLine')}: {m['message']} {m.get('extract', '')!r}"
        for m in messages
        if m["type"] == "error"
    ]

    assert errors == []
