"""Provenance: credit lines, translation credits and outlets cited in the text."""

from __future__ import annotations

import pytest

from faits.ingest.prepare import prepare
from faits.ingest.readers import read_file
from faits.lexicons import load_yaml
from faits.nlp.document import ParsedArticle
from faits.provenance import ProvenanceModel, find_provenance
from faits.provenance.credits import cited_in_text
from faits.records import Article
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def model() -> ProvenanceModel:
    return ProvenanceModel.load("fr")


@pytest.fixture(scope="module")
def blank_nlp():
    import spacy

    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")
    return nlp


def provenance_of(text: str, removed: tuple, model, nlp):
    article = Article(
        article_id="a",
        url=None,
        title=None,
        site=None,
        published=None,
        published_source="unknown",
        language="fr",
        text=text,
        status="coded",
    )
    return find_provenance(ParsedArticle.build(article, nlp(text), removed), model)


@pytest.fixture(scope="module")
def seeds(model, blank_nlp):
    found = {}
    for item in read_file(SEEDS / "seeds.jsonl"):
        prepared = prepare(item)
        parsed = ParsedArticle.build(
            prepared.article, blank_nlp(prepared.article.text), prepared.removed_lines
        )
        found[prepared.article.article_id] = find_provenance(parsed, model)
    return found


def test_seed_blog_original_and_translation(seeds):
    provenance = seeds["seed-cellule44-2017-09-29"]
    assert provenance.original_url == "https://www.rt.com/news/405007-north-korea-russia-meeting/"
    assert provenance.translated_by == "Avic – Réseau International"
    assert provenance.cited_sources == ["RT", "RIA Novosti"]


def test_seed_xinhua_cites_cnn(seeds):
    assert seeds["seed-xinhua-2019-02-19"].cited_sources == ["CNN"]


@pytest.mark.parametrize("entry", load_yaml("fr", "provenance/credits.yaml"), ids=lambda e: e["id"])
def test_credit_line_examples(entry, model, blank_nlp):
    kind = "dateline" if entry["id"] == "dateline-agency" else "provenance"
    found = provenance_of("Un texte.", ((entry["example"], kind),), model, blank_nlp)
    if entry["field"] == "translation":
        assert found.translated_by
    elif entry["field"] == "source":
        assert found.original_url and found.cited_sources == ["RT"]
    else:
        assert found.cited_sources, entry["example"]


@pytest.mark.parametrize("entry", load_yaml("fr", "provenance/outlets.yaml"), ids=lambda e: e["id"])
def test_outlet_examples_are_cited(entry, model):
    assert cited_in_text(entry["example"], model) == [entry["name"]]


@pytest.mark.parametrize(
    "entry", load_yaml("fr", "provenance/citation_cues.yaml"), ids=lambda e: e["id"]
)
def test_citation_cue_examples(entry, model):
    assert len(cited_in_text(entry["example"], model)) == 1


def test_outlet_named_without_cue_is_not_cited(model):
    assert cited_in_text("Le patron de CNN a démissionné hier soir.", model) == []


def test_domain_only_source_and_unknown_copyright(model, blank_nlp):
    removed = (("(SOURCE) : 20minutes.fr", "provenance"), ("© 2019 Mon Blog", "provenance"))
    found = provenance_of("Un texte.", removed, model, blank_nlp)
    assert found.original_url == "20minutes.fr"
    assert found.cited_sources == ["20 Minutes"]
