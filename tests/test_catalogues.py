"""Every interface catalogue (the core's and each app's `locale/`) is complete, well-formed and compiled.

Reads the `.po` sources: every message translated into Indonesian and Azerbaijani with the
same placeholders, no fuzzy entry, Azerbaijani in Latin script, and a `.mo` beside each.
"""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = sorted(ROOT.glob("*/locale/*/LC_MESSAGES/django.po"))
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")


def entries(path):
    """[(msgid, [msgstr, ...], fuzzy)] of a `.po` file, continuation lines joined, header skipped."""
    result, current, field, fuzzy = [], None, None, False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#,") and "fuzzy" in line:
            fuzzy = True
        elif line.startswith("msgid "):
            if current and current["msgid"]:
                result.append((current["msgid"], current["msgstr"], current["fuzzy"]))
            current, field = {"msgid": ast.literal_eval(line[6:]), "msgstr": [], "fuzzy": fuzzy}, "msgid"
            fuzzy = False
        elif line.startswith("msgid_plural "):
            field = "plural"
        elif line.startswith("msgstr"):
            current["msgstr"].append(ast.literal_eval(line.split(" ", 1)[1]))
            field = "msgstr"
        elif line.startswith('"') and current is not None:
            text = ast.literal_eval(line)
            if field == "msgid":
                current["msgid"] += text
            elif field == "msgstr":
                current["msgstr"][-1] += text
    if current and current["msgid"]:
        result.append((current["msgid"], current["msgstr"], current["fuzzy"]))
    return result


def test_every_app_with_strings_has_catalogues():
    apps = {path.relative_to(ROOT).parts[0] for path in CATALOGUES}

    assert {"cms", "practices", "programmes", "search", "workshops"} <= apps


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: str(p.relative_to(ROOT)))
def test_catalogue_translates_every_string_with_same_placeholders(path):
    language = path.parts[-3]
    if language == "en":
        pytest.skip("English is the source language")
    problems = [
        msgid
        for msgid, strings, fuzzy in entries(path)
        if fuzzy
        or not all(strings)
        or {tuple(sorted(PLACEHOLDER.findall(s))) for s in strings}
        != {tuple(sorted(PLACEHOLDER.findall(msgid)))}
    ]

    assert problems == []
    assert path.with_suffix(".mo").exists()


@pytest.mark.parametrize(
    "path", [p for p in CATALOGUES if p.parts[-3] == "az"], ids=lambda p: str(p.relative_to(ROOT))
)
def test_azerbaijani_catalogue_is_latin_script(path):
    text = " ".join(s for _msgid, strings, _fuzzy in entries(path) for s in strings)

    assert re.search(r"[\u0400-\u04FF]", text) is None
