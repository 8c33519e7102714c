"""Actor fixtures: the compiled actor model and a French parse of a string.

The parser is loaded here (not through ``fr_models``) so these tests exercise the actor stage
alone, whatever the state of the other stages.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from faits.actors import ActorAnalysis, ActorModel, resolve_actors
from faits.lexicons import language_settings
from faits.nlp.document import ParsedArticle
from faits.nlp.parse import load_parser, parse_texts
from faits.records import Article
from tests.conftest import SEEDS


@pytest.fixture(scope="session")
def fr_parser():
    return load_parser(language_settings("fr")["spacy_model"])


@pytest.fixture(scope="session")
def actor_model() -> ActorModel:
    return ActorModel.load("fr")


def make_parsed(nlp, text: str, published: str | None, article_id: str = "t") -> ParsedArticle:
    article = Article(
        article_id=article_id,
        url=None,
        title=None,
        site=None,
        published=published,
        published_source="input" if published else "unknown",
        language="fr",
        text=text,
        status="coded",
    )
    doc = next(iter(parse_texts(nlp, [text])))
    return ParsedArticle.build(article, doc)


@pytest.fixture(scope="session")
def actors_of(fr_parser, actor_model) -> Callable[..., ActorAnalysis]:
    """``actors_of(text, published="2019-02-19")`` -> the article's ActorAnalysis."""

    def run(text: str, published: str | None = None) -> ActorAnalysis:
        return resolve_actors(make_parsed(fr_parser, text, published), actor_model)

    return run


@pytest.fixture(scope="session")
def seed_actors(fr_parser, actor_model) -> dict[str, ActorAnalysis]:
    """Both seed articles, resolved with their publication dates, by seed id."""
    out = {}
    with (SEEDS / "seeds.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            seed = json.loads(line)
            parsed = make_parsed(fr_parser, seed["text"], seed["published"], seed["id"])
            out[seed["id"]] = resolve_actors(parsed, actor_model)
    return out


def find(analysis: ActorAnalysis, text: str, nth: int = 0):
    """The ``nth`` mention whose text is ``text`` (case-sensitive)."""
    found = [m for m in analysis.mentions if m.text == text]
    assert len(found) > nth, f"no mention {text!r}: {[m.text for m in analysis.mentions]}"
    return found[nth]
