"""Shared fixtures: the French models are loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from faits.ingest.prepare import PreparedArticle, text_hash
from faits.models import LanguageModels
from faits.nlp.parse import parse_texts
from faits.pipeline import code_doc
from faits.records import Article, CodedArticle

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "samples" / "seeds"


@pytest.fixture(scope="session")
def fr_models() -> LanguageModels:
    return LanguageModels.load("fr")


@pytest.fixture(scope="session")
def code_fr(fr_models):
    """Code one French text end to end (no cleaning): ``code_fr(text, published="2019-02-19")``."""

    def run(text: str, published: str | None = None, article_id: str = "test") -> CodedArticle:
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
        prepared = PreparedArticle(article, (), article_id, text_hash(text))
        doc = next(iter(parse_texts(fr_models.nlp, [text])))
        return code_doc(prepared, doc, fr_models)

    return run
