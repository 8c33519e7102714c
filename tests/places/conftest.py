"""Place fixtures: the compiled place model and a French parse of a string.

The parser is loaded here rather than through ``fr_models`` so that these tests exercise
the place stage alone, whatever state the other stages' lexicons are in.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from faits.lexicons import language_settings
from faits.nlp.document import ParsedArticle
from faits.nlp.parse import load_parser, parse_texts
from faits.places import PlaceMention, PlaceModel, find_places
from faits.records import Article


@pytest.fixture(scope="session")
def place_model() -> PlaceModel:
    return PlaceModel.load("fr")


@pytest.fixture(scope="session")
def nlp_fr() -> Language:
    return load_parser(language_settings("fr")["spacy_model"])


@pytest.fixture(scope="session")
def parse_fr(nlp_fr) -> Callable[..., ParsedArticle]:
    def run(text: str, published: str | None = None) -> ParsedArticle:
        article = Article(
            article_id="test",
            url=None,
            title=None,
            site=None,
            published=published,
            published_source=None,
            language="fr",
            text=text,
            status="coded",
        )
        doc = next(iter(parse_texts(nlp_fr, [text])))
        return ParsedArticle.build(article, doc)

    return run


@pytest.fixture(scope="session")
def places_fr(parse_fr, place_model) -> Callable[[str], list[PlaceMention]]:
    def run(text: str) -> list[PlaceMention]:
        return find_places(parse_fr(text), place_model)

    return run
