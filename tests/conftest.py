"""Shared fixtures: the French models are loaded once per test session."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from faits.ingest.prepare import PreparedArticle, text_hash
from faits.models import LanguageModels
from faits.nlp.parse import parse_texts
from faits.pipeline import code_doc
from faits.records import Article, CodedArticle

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "samples" / "seeds"
ROOT_TESTS = Path(__file__).resolve().parent


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


def _reads_shared(source: str) -> bool:
    return any(key in source for key in ("SEEDS", "SHARED", '"shared"', "shared/"))


def pytest_collection_modifyitems(config, items):
    """Without the reference folder ``../shared`` (third-party gold sets and the seeds, present
    on every project machine and in CI), skip the tests that read it, directly or through a
    fixture, instead of failing."""
    if SHARED.exists():
        return
    skip = pytest.mark.skip(reason=f"reference data not found at {SHARED}")
    modules: dict[Path, bool] = {}
    for item in items:
        path = Path(str(item.fspath))
        if path not in modules:
            modules[path] = _reads_shared(path.read_text(encoding="utf-8"))
        fixtures = item._fixtureinfo.name2fixturedefs.values()
        through_fixture = any(
            _reads_shared(inspect.getsource(definition.func))
            for definitions in fixtures
            for definition in definitions
            if Path(inspect.getsourcefile(definition.func) or "").parent.is_relative_to(ROOT_TESTS)
        )
        if modules[path] or through_fixture:
            item.add_marker(skip)
