"""Fixtures for the time tests: the French parser alone, and a helper that tags a string."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from faits.lexicons import language_settings
from faits.nlp.document import ParsedArticle
from faits.nlp.parse import load_parser, parse_texts
from faits.records import Article
from faits.time import TimeExpression, TimeModel, tag_times


@pytest.fixture(scope="session")
def fr_parser():
    return load_parser(language_settings("fr")["spacy_model"])


@pytest.fixture(scope="session")
def time_model() -> TimeModel:
    return TimeModel.load("fr")


@pytest.fixture(scope="session")
def parse_fr(fr_parser) -> Callable[[str, str | None], ParsedArticle]:
    """``parse_fr(text, published)`` → ParsedArticle (parses are cached for the session)."""
    cache: dict[tuple[str, str | None], ParsedArticle] = {}

    def run(text: str, published: str | None = None) -> ParsedArticle:
        key = (text, published)
        if key not in cache:
            article = Article(
                article_id="t",
                url=None,
                title=None,
                site=None,
                published=published,
                published_source="input",
                language="fr",
                text=text,
                status="coded",
            )
            doc = next(iter(parse_texts(fr_parser, [text])))
            cache[key] = ParsedArticle.build(article, doc)
        return cache[key]

    return run


@pytest.fixture(scope="session")
def tag_fr(parse_fr, time_model) -> Callable[[str, str | None], list[TimeExpression]]:
    def run(text: str, published: str | None = None) -> list[TimeExpression]:
        return tag_times(parse_fr(text, published), time_model)

    return run
