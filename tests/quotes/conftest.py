"""Quote fixtures: only the stages quotes depend on (parser, actors, quotes), loaded once."""

from __future__ import annotations

import json

import pytest

from faits.actors import ActorModel, resolve_actors
from faits.lexicons import language_settings
from faits.nlp.document import ParsedArticle
from faits.nlp.parse import load_parser
from faits.quotes import QuoteModel, extract_quotes
from faits.records import Article, Quote
from tests.conftest import SEEDS


@pytest.fixture(scope="session")
def quote_stack():
    nlp = load_parser(language_settings("fr")["spacy_model"])
    return nlp, ActorModel.load("fr"), QuoteModel.load("fr")


def _article(text: str, article_id: str = "test") -> Article:
    return Article(
        article_id=article_id,
        url=None,
        title=None,
        site=None,
        published="2019-02-19",
        published_source="input",
        language="fr",
        text=text,
        status="coded",
    )


@pytest.fixture(scope="session")
def quotes_of(quote_stack):
    """``quotes_of(text)``: the quotes faits extracts from a French text."""
    nlp, actor_model, quote_model = quote_stack

    def run(text: str) -> list[Quote]:
        parsed = ParsedArticle.build(_article(text), nlp(text))
        return extract_quotes(parsed, resolve_actors(parsed, actor_model), quote_model)

    return run


@pytest.fixture(scope="session")
def seed_quotes(quote_stack):
    """Quotes of each seed article, cleaned as ingest cleans them, by seed id."""
    from faits.ingest.prepare import prepare
    from faits.ingest.readers import read_file

    nlp, actor_model, quote_model = quote_stack
    found = {}
    for item in read_file(SEEDS / "seeds.jsonl"):
        prepared = prepare(item)
        parsed = ParsedArticle.build(prepared.article, nlp(prepared.article.text))
        actors = resolve_actors(parsed, actor_model)
        found[prepared.article.article_id] = extract_quotes(parsed, actors, quote_model)
    assert found, json.dumps(sorted(found))
    return found
