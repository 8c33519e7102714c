import json

import pytest

from faits.ingest.cleaning import CleaningRules, clean_text
from faits.lexicons import available_languages, load_yaml

from ..conftest import SEEDS

LANGUAGES = available_languages()


@pytest.mark.parametrize(
    ("language", "entry"),
    [(lang, e) for lang in LANGUAGES for e in load_yaml(lang, "boilerplate.yaml")],
    ids=lambda v: v["id"] if isinstance(v, dict) else v,
)
def test_every_boilerplate_entry_matches_its_example(language, entry):
    rule = CleaningRules.load(language).classify(entry["example"])
    assert rule is not None and rule.id == entry["id"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le gouvernement a annoncé des sanctions contre la Russie.",
        "Source diplomatique : la réunion aura lieu mardi.",
        "Selon ce plan, Pyongyang suspendrait ses essais de missiles.",
        "Les commentaires du ministre ont provoqué la colère de Pékin.",
        "Partager le pouvoir reste la condition posée par l'opposition pour signer l'accord.",
        "La photo du sommet a fait le tour du monde, selon l'AFP.",
    ],
)
def test_article_sentences_are_kept(sentence):
    assert CleaningRules.load("fr").classify(sentence) is None


def _seed(seed_id):
    for line in (SEEDS / "seeds.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["id"] == seed_id:
            return row["text"]
    raise KeyError(seed_id)


def test_seed_repost_comes_out_clean():
    cleaned = clean_text(_seed("seed-cellule44-2017-09-29"), CleaningRules.load("fr"))
    for junk in (
        "Publicités",
        "Laisser un commentaire",
        "Akismet",
        "blogueurs aiment",
        "Cellule44 >",
        "Traduction :",
        "Source :",
        "Photo:",
    ):
        assert junk not in cleaned.text
    assert cleaned.title == (
        "Derrière les portes closes : un haut diplomate nord-coréen arrive à Moscou "
        "pour des entretiens (VIDEO)"
    )
    assert cleaned.text.startswith("Les diplomates russes et nord-coréens se sont rencontrés")
    assert cleaned.text.endswith("Malheureusement, les États-Unis ont rejeté la proposition.")
    assert cleaned.site_hint == "Cellule44"
    kinds = {kind for _, kind, _ in cleaned.removed}
    assert kinds == {"boilerplate", "provenance", "caption"}


def test_seed_dispatch_keeps_damaged_name():
    from faits.ingest.prepare import prepare
    from faits.ingest.readers import InputItem

    prepared = prepare(
        InputItem("seed", text=_seed("seed-xinhua-2019-02-19"), published="2019-02-19")
    )
    assert "à Hano?, au Vietnam" in prepared.article.text
    assert "Dernière mise à jour" not in prepared.article.text
    assert prepared.article.text.startswith("Les états-Unis ont discuté")


def test_given_title_repeated_as_first_line_is_removed():
    rules = CleaningRules.load("fr")
    cleaned = clean_text(
        "La Chine salue la rencontre\n\nPékin a salué lundi la rencontre.",
        rules,
        title="La Chine salue la rencontre",
    )
    assert cleaned.text == "Pékin a salué lundi la rencontre."


def test_first_sentence_is_not_mistaken_for_a_title():
    rules = CleaningRules.load("fr")
    cleaned = clean_text("Pékin a salué lundi la rencontre.\nLe ministre a parlé.", rules)
    assert cleaned.title is None
    assert cleaned.text.startswith("Pékin a salué")
