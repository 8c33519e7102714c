"""Token attributes that spaCy rebuilds at every read, read once.

``token.morph.get(field)`` builds a ``MorphAnalysis`` and decodes its feature strings at each
call (about 5 µs; the coding stages make some hundred thousand such calls per hundred
articles). An analysis is identified by its key (the hash of its features, the same in every
vocabulary), so what a field holds is kept per (key, field) for the life of the process.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_FEATURES: dict[tuple[int, str], list[str]] = {}


def feature(token: Token, field: str) -> list[str]:
    """``token.morph.get(field, [])``: the values of one morphological feature ("VerbForm" ->
    ["Part"]), empty when the token has none. The list is shared: never change it."""
    morph = token.morph
    key = (morph.key, field)  # type: ignore[attr-defined]  # the stubs omit it
    values = _FEATURES.get(key)
    if values is None:
        values = _FEATURES[key] = morph.get(field, [])
    return values


class _Tree:
    """What is read of one doc's tree, each part listed at its first use."""

    __slots__ = ("doc", "children", "sentences", "text")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.children: list[list[Token]] | None = None
        self.sentences: list[Span] | None = None
        self.text: str | None = None


# The last doc read. Replaced whole, so threads coding different docs never read each
# other's (each may only list a doc again).
_LAST = _Tree(None)  # type: ignore[arg-type]


def _tree(doc: Doc) -> _Tree:
    global _LAST
    tree = _LAST
    if tree.doc is not doc:
        tree = _LAST = _Tree(doc)
    return tree


def dependents(token: Token) -> list[Token]:
    """``list(token.children)`` (its syntactic dependents, in text order), listed once per doc:
    spaCy builds each child anew at every read (about 2 µs per token). The coding stages read
    a doc's tree many times over and never change it. The list is shared: never change it."""
    tree = _LAST
    if tree.doc is not token.doc:
        tree = _tree(token.doc)
    kids = tree.children
    if kids is None:
        tokens = list(tree.doc)
        kids = [[] for _ in tokens]
        for child in tokens:
            head = child.head.i
            if head != child.i:
                kids[head].append(child)
        tree.children = kids
    return kids[token.i]


def sentence_of(token: Token) -> Span:
    """``token.sent``, the sentences listed once per doc: spaCy finds the sentence anew at
    every read, after checking every token of the doc for sentence starts (about 11 µs)."""
    tree = _LAST
    if tree.doc is not token.doc:
        tree = _tree(token.doc)
    sentences = tree.sentences
    if sentences is None:
        sentences = []
        for sentence in tree.doc.sents:
            sentences.extend([sentence] * len(sentence))
        tree.sentences = sentences
    return sentences[token.i]


def span_text(span: Span) -> str:
    """``span.text``, sliced from the doc's text, joined once per doc: spaCy joins the span's
    tokens anew at every read (about 30 µs for a sentence)."""
    tree = _LAST
    if tree.doc is not span.doc:
        tree = _tree(span.doc)
    text = tree.text
    if text is None:
        text = tree.text = tree.doc.text
    return text[span.start_char : span.end_char]
