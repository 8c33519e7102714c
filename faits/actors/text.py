"""Folding text to lookup keys, the same way for lexicon phrases and article tokens.

Lexicons and articles disagree on accents ("Etat"/"État"), apostrophes (’/') and case, and
spaCy splits "l'ONU" or "nord-coréens" differently from how a lexicon writer would. Both
sides are therefore cut into the same *words* (runs of letters/digits, or one punctuation
sign) and each word is folded (accents stripped, lower case), so a phrase matches whatever
the tokeniser did.
"""

from __future__ import annotations

import re
import unicodedata

WORD = re.compile(r"\w+|[^\w\s]")
APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "`": "'", "\u2010": "-", "\u2011": "-"})


# Combining accents start at U+0300: below it, a character folds on its own, so its folded
# form is read from a table built once instead of decomposing every word.
LATIN_END = "\u0300"


def _fold_decomposed(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.translate(APOSTROPHES))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


LATIN_FOLDS = {
    n: folded for n in range(ord(LATIN_END)) if (folded := _fold_decomposed(chr(n))) != chr(n)
}


def fold(word: str) -> str:
    """Lower case without accents, with one apostrophe and one hyphen."""
    if word.isascii():
        return word.lower()
    if max(word) < LATIN_END:
        return word.translate(LATIN_FOLDS).lower()
    return _fold_decomposed(word).lower()


def split_words(text: str) -> list[str]:
    """The words of ``text``, unfolded (case and accents kept)."""
    return WORD.findall(text.translate(APOSTROPHES))


def fold_phrase(text: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in split_words(text))


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def is_acronym(word: str) -> bool:
    """Short all-capital words ("EAU", "UE", "RPDC") are acronyms: they match only in capitals."""
    letters = [c for c in word if c.isalpha()]
    return 2 <= len(letters) <= 6 and all(c.isupper() for c in letters)
