"""The training modules' separate catalogue (workshops/training/locale-src): complete and well-formed."""

import ast
import re
from pathlib import Path

import pytest

CATALOGUE = Path(__file__).resolve().parents[3] / "workshops" / "training" / "locale-src"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]")


def entries(language):
    """[(msgid, [msgstr, ...])] of a catalogue written without line wrapping."""
    result, msgid, strings = [], None, []
    for line in (CATALOGUE / f"{language}.po").read_text(encoding="utf-8").splitlines():
        if line.startswith("msgid "):
            if msgid:
                result.append((msgid, strings))
            msgid, strings = ast.literal_eval(line[6:]), []
        elif line.startswith("msgstr"):
            strings.append(ast.literal_eval(line.split(" ", 1)[1]))
    if msgid:
        result.append((msgid, strings))
    return result


@pytest.mark.parametrize("language", ["id", "az"])
def test_catalogue_translates_every_string_with_same_placeholders(language):
    for msgid, strings in entries(language):
        assert all(strings), msgid
        assert {tuple(sorted(PLACEHOLDER.findall(s))) for s in strings} == {
            tuple(sorted(PLACEHOLDER.findall(msgid)))
        }


def test_catalogues_hold_the_same_strings_including_the_page_headings():
    ids = [msgid for msgid, _strings in entries("id")]

    assert ids == [msgid for msgid, _strings in entries("az")]
    assert {
        "Session plan",
        "Delivery kit",
        "Training modules",
        "Trainer notes (only trainers see this)",
    } <= set(ids)


def test_azerbaijani_catalogue_is_latin_script():
    text = " ".join(s for _msgid, strings in entries("az") for s in strings)

    assert re.search(r"[\u0400-\u04FF]", text) is None
    assert {"ə", "ı", "ş", "ç", "ğ", "ö", "ü"} <= set(text)
