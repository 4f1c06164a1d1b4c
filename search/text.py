"""Text tools of the search, with no knowledge of indexes: folding, words, marks, excerpts, spelling.

Everything here works on plain strings. The database index and the Elasticsearch mirror
both use it; it imports nothing else from `search`.
"""

import functools
import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe

# Private-use characters a backend puts around a match; `marked()` turns them into <mark>.
HIGHLIGHT_START = "\ue000"
HIGHLIGHT_END = "\ue001"

# Words are runs of letters and digits in any script; everything else (quotes, brackets,
# operators, * ? ~ ^ : \) is syntax the query parser interprets or drops.
WORD = re.compile(r"[^\W_]+")

# Azerbaijani ə and dotless ı are letters of their own, which Unicode does not decompose; ş,
# ç, ğ, ö, ü and the dotted capital İ decompose into a Latin letter and a combining mark.
OWN_LETTERS = str.maketrans({"ə": "e", "Ə": "e", "ı": "i"})
COMBINING = re.compile(
    "[" + "".join(re.escape(chr(c)) for c in range(0x300, 0x10000) if unicodedata.combining(chr(c))) + "]"
)


def fold(text):
    """Text as the database index stores it and compares it: lower case, no accents, ə→e, ı→i.

    Dotted and dotless i meet as in Turkish lower-casing followed by folding: İ, I, ı and i
    all become i, so "BAKI", "Baki" and "Bakı" are one word. The result may be shorter than
    the text, or empty: a halfwidth voiced mark "ﾞ" is a letter that folds to nothing.
    """
    if text.isascii():
        return text.lower()
    return COMBINING.sub("", unicodedata.normalize("NFKD", text)).translate(OWN_LETTERS).lower()


def lower(text):
    """Lower case that keeps every character in its place: str.lower() makes "İ" two characters."""
    return text.replace("İ", "i").lower()


def words(text):
    """The words of a text that are still words once folded ("ﾞﾞﾞ" has none)."""
    return [word for word in WORD.findall(text) if WORD.search(fold(word))]


def folded_words(text_words):
    """The words as the index holds them (a ligature folds into several); never empty strings."""
    return [part for word in text_words for part in WORD.findall(fold(word))]


def marked(text):
    """Escape indexed text, then turn the backend's private highlight markers into <mark>."""
    html = escape(text or "")
    return mark_safe(html.replace(HIGHLIGHT_START, "<mark>").replace(HIGHLIGHT_END, "</mark>"))


# The letters of the scripts our readers write in, grouped by what they fold to: a query term
# becomes a pattern that finds its spellings in the original text without folding all of it.
_SPELLING_RANGES = ((0x30, 0x7B), (0xC0, 0x2B0), (0x370, 0x530), (0x1E00, 0x1F00))


@functools.cache
def _spellings():
    spellings = {}
    for low, high in _SPELLING_RANGES:
        for code in range(low, high):
            letter = chr(code)
            folded = fold(letter)
            if len(folded) == 1 and folded.isalnum():
                spellings.setdefault(folded, set()).add(letter)
    return spellings


def _spelling_pattern(term):
    spellings = _spellings()
    return "".join(
        "[" + "".join(re.escape(c) for c in sorted(spellings.get(letter, {letter}))) + "]" for letter in term
    )


class Highlighter:
    """Marks the words of the original text whose folded form is a query term or starts with a prefix.

    The database indexes folded text, so its own highlighting would show "xidmet" where the
    page says "xidmət": the marks are put on the text as written instead.
    """

    def __init__(self, terms, prefixes=()):
        self.terms = {fold(term) for term in terms} - {""}
        self.prefixes = tuple({fold(prefix) for prefix in prefixes} - {""})
        candidates = sorted(self.terms | set(self.prefixes), key=len, reverse=True)
        # A word starting with a spelling of a term; fold() decides whether it is one.
        self.pattern = (
            re.compile("(?:" + "|".join(_spelling_pattern(term) for term in candidates) + r")[^\W_]*")
            if candidates
            else None
        )

    def matches(self, text):
        """(start, end) of every matching word."""
        if self.pattern is None or not text:
            return
        for match in self.pattern.finditer(text):
            start = match.start()
            if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
                continue
            word = fold(match.group())
            if word in self.terms or word.startswith(self.prefixes):
                yield start, match.end()

    def mark(self, text):
        """The text with every matching word between the private highlight markers."""
        parts, last = [], 0
        for start, end in self.matches(text):
            parts += [text[last:start], HIGHLIGHT_START, text[start:end], HIGHLIGHT_END]
            last = end
        parts.append(text[last:])
        return "".join(parts)

    def snippet(self, summary, body, words=24):
        """The summary if a term is in it, else about `words` words of the body around the first match."""
        if summary and next(self.matches(summary), None):
            return self.mark(summary)
        first = next(self.matches(body), None)
        if first is None:
            return self.mark(summary) if summary else self.mark(excerpt(body, 0, words))
        return self.mark(excerpt(body, first[0], words))


def excerpt(text, position, words=24, before=6):
    """About `words` words of the text, starting a few words before `position`, with … where cut."""
    window = max(0, position - 40 * before)
    starts = [match.start() + window for match in re.finditer(r"\S+", text[window:position])]
    if window and starts and starts[0] == window:
        starts = starts[1:]  # a word cut in half by the window
    begin = starts[-before] if len(starts) >= before else (starts[0] if starts else position)
    if not window and len(starts) < before:
        begin = 0
    end = begin
    for number, match in enumerate(re.finditer(r"\S+", text[begin : begin + 40 * words])):
        if number == words:
            break
        end = begin + match.end()
    rest = text[end:].strip()
    return ("…" if text[:begin].strip() else "") + text[begin:end] + ("…" if rest else "")


def edit_distance(a, b, limit):
    """Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def suggestion_words(query_words):
    """The query's distinct words worth correcting: short words, numbers and marks alone are left alone."""
    return [
        word
        for word in dict.fromkeys(query_words)
        if len(fold(word)) >= 3 and not word.isdigit() and WORD.fullmatch(fold(word))
    ]


def corrected(text, replacements):
    """The reader's text with each replaced word swapped, or "" when no word of it was replaced.

    Words are found in the text as written by comparing folded forms, never by searching
    for a lower-cased copy: "İndonezya" lower-cases to ten characters, not nine.
    """
    wanted = {fold(word): new for word, new in replacements.items() if fold(word)}
    if not wanted:
        return ""
    parts, last, changed = [], 0, False
    for match in WORD.finditer(text):
        new = wanted.get(fold(match.group()))
        if new is not None and new != match.group():
            parts += [text[last : match.start()], new]
            last = match.end()
            changed = True
    parts.append(text[last:])
    return "".join(parts) if changed else ""
