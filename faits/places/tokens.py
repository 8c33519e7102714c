"""Token-level helpers for reading place names off a spaCy parse.

A name can be glued to punctuation the tokenizer split off ("Proche" "-" "Orient", "Hano"
"?"); these helpers say where such a word ends and what its key is.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from faits.places.names import DAMAGE_MARKS, fold

JOINERS = frozenset({"-", "\u2010", "'", "\u2019"})


def attached(doc: Doc, i: int) -> bool:
    """Token ``i`` follows token ``i - 1`` with no space between them."""
    return i > 0 and not doc[i - 1].whitespace_


def is_mark(token: Token) -> bool:
    return bool(token.text) and all(char in DAMAGE_MARKS for char in token.text)


def damaged_end(doc: Doc, end: int) -> int:
    """End of a name whose damaged letter the tokenizer split off: "Hano" "?" (+ "al")."""
    j = end
    while j < len(doc) and attached(doc, j):
        if not (is_mark(doc[j]) or (doc[j].is_alpha and is_mark(doc[j - 1]))):
            break
        j += 1
    return j


def inside_word(doc: Doc, i: int, start: int) -> bool:
    """A hyphen or apostrophe token glued to the words around it ("Proche" "-" "Orient")."""
    token = doc[i]
    return i > start and attached(doc, i) and not token.whitespace_ and not is_mark(token)


def span_key(doc: Doc, start: int, end: int) -> str:
    return "".join(fold(token.text) for token in doc[start:end])


def glued_word_end(doc: Doc, start: int) -> int:
    """End of the word starting at token ``start``: "sri" "-" "lankaise" is one word."""
    end = start + 1
    while end < len(doc) and not doc[end - 1].whitespace_:
        token = doc[end]
        if token.is_alpha:
            end += 1
        elif token.text in JOINERS and not token.whitespace_ and end + 1 < len(doc):
            if not doc[end + 1].is_alpha:
                break
            end += 2
        else:
            break
    return min(end, len(doc))


def has_article(doc: Doc, start: int, end: int) -> bool:
    """A lower-case determiner between a preposition and a name ("à l'Ukraine")."""
    return any(t.pos_ == "DET" and t.text[:1].islower() for t in doc[start:end])
