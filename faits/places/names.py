"""Name keys: the folded form under which the gazetteer indexes every place name.

Folding makes accents, case, spacing, hyphens and apostrophes optional ("Hanoï", "Hanoi",
"HANOI" and "Ha-noi" share a key) so lookups stay plain dictionary hits. A damaged letter
(``?`` or U+FFFD left by a bad decoding, as in "Hano?") is kept as ``?`` in the key: it is a
wildcard that :func:`wildcard_keys` expands.
"""

from __future__ import annotations

import string
import unicodedata
from collections.abc import Iterator

DAMAGE_MARKS = frozenset("?\ufffd")
WILDCARD = "?"
# Letters NFKD does not decompose into a base letter plus a combining mark.
_LIGATURES = str.maketrans(
    {"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "ı": "i", "þ": "th"}
)
_REPLACEMENTS = string.ascii_lowercase


def fold(text: str) -> str:
    """The key of a name: lower case, no accents, letters and digits only (``?`` kept)."""
    if text.isascii() and text.isalnum():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LIGATURES))
    key = []
    for char in decomposed:
        if char.isalnum():
            if not unicodedata.combining(char):
                key.append(char)
        elif char in DAMAGE_MARKS:
            key.append(WILDCARD)
    return "".join(key)


def is_damaged(key: str) -> bool:
    return WILDCARD in key


def wildcard_keys(key: str, max_marks: int = 2) -> Iterator[str]:
    """Every key the damaged ``key`` may stand for: each ``?`` is one lost letter, or none.

    A multi-byte letter decoded badly can leave one or two marks, so a mark may also
    stand for nothing. Keys with more than ``max_marks`` marks yield nothing: too vague.
    """
    marks = key.count(WILDCARD)
    if marks == 0 or marks > max_marks:
        return
    head, _, tail = key.partition(WILDCARD)
    for replacement in ("", *_REPLACEMENTS):
        candidate = head + replacement + tail
        if WILDCARD in tail:
            yield from wildcard_keys(candidate, max_marks)
        elif candidate:
            yield candidate
