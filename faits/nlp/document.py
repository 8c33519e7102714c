"""The parsed article every coding stage reads."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from spacy.attrs import IDX
from spacy.tokens import Doc, Span

from faits.records import Article


def content_sentences(doc: Doc) -> list[Span]:
    """The doc's sentences without surrounding whitespace tokens; blank sentences dropped."""
    sentences: list[Span] = []
    for sent in doc.sents:
        start, end = sent.start, sent.end
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        if end > start:
            sentences.append(doc[start:end])
    return sentences


@dataclass(frozen=True)
class ParsedArticle:
    """An article with its parse: ``doc.text == article.text``.

    ``sentences[i]`` is sentence ``i`` of the contract (``sentence_index``); ``published`` is
    the anchor for relative dates; ``removed_lines`` are the lines the cleaner took out of
    the text (provenance credits, captions, boilerplate) with their kind, for the stages that
    read them.
    """

    article: Article
    doc: Doc
    sentences: list[Span]
    published: date | None
    removed_lines: tuple[tuple[str, str], ...] = ()

    @property
    def article_id(self) -> str:
        return self.article.article_id

    @property
    def language(self) -> str:
        return self.article.language or ""

    @cached_property
    def token_starts(self) -> list[int]:
        """Character offset of every token, read once from the doc's array for the stages
        that map offsets to tokens (building spaCy tokens to read ``idx`` costs far more)."""
        return [int(start) for start in self.doc.to_array([IDX]).ravel().tolist()]

    def token_at(self, char: int) -> int:
        """Index of the token containing character offset ``char`` (or the one before it)."""
        return max(0, bisect_right(self.token_starts, char) - 1)

    def sentence_index_at(self, char: int) -> int:
        """Index of the sentence containing character offset ``char`` (or the one before it)."""
        lo, hi = 0, len(self.sentences) - 1
        found = 0
        while lo <= hi:
            mid = (lo + hi) // 2
            if self.sentences[mid].start_char <= char:
                found = mid
                lo = mid + 1
            else:
                hi = mid - 1
        return found

    @classmethod
    def build(
        cls,
        article: Article,
        doc: Doc,
        removed_lines: tuple[tuple[str, str], ...] = (),
    ) -> ParsedArticle:
        published = None
        if article.published:
            try:
                published = date.fromisoformat(article.published[:10])
            except ValueError:
                published = None
        return cls(article, doc, content_sentences(doc), published, removed_lines)
