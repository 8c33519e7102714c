from datetime import date

import pytest

from faits.ingest.dateline import DatelineRules, dateline_date, find_dateline
from faits.lexicons import load_yaml


@pytest.mark.parametrize("entry", load_yaml("fr", "datelines.yaml"), ids=lambda e: e["id"])
def test_every_dateline_entry_reads_its_example(entry):
    found = DatelineRules.load("fr").read(entry["example"])
    assert found is not None and found.rule == entry["id"]


def test_dateline_with_full_date():
    rules = DatelineRules.load("fr")
    found = find_dateline("Publié le 3 mars 2021 à 14h05\nLe texte.", rules)
    assert (found.day, found.month, found.year) == (3, 3, 2021)
    assert dateline_date(found, None, "", rules.months) == (date(2021, 3, 3), "text")


def test_year_from_published_hint():
    rules = DatelineRules.load("fr")
    found = rules.read("Dernière mise à jour à 09h41 le 19/02")
    assert dateline_date(found, 2019, "", rules.months) == (date(2019, 2, 19), "input")


def test_year_inferred_after_latest_dated_mention():
    rules = DatelineRules.load("fr")
    found = rules.read("Dernière mise à jour à 09h41 le 19/02")
    text = "Il a rencontré le dirigeant à Singapour en juin 2018."
    assert dateline_date(found, None, text, rules.months) == (date(2019, 2, 19), "inferred")
    text = "Le sommet de janvier 2019 a échoué."
    assert dateline_date(found, None, text, rules.months) == (date(2019, 2, 19), "inferred")


def test_no_year_anywhere_gives_no_date():
    rules = DatelineRules.load("fr")
    found = rules.read("Dernière mise à jour à 09h41 le 19/02")
    assert dateline_date(found, None, "Pas d'année ici.", rules.months) is None


def test_sentence_in_the_middle_is_not_a_dateline():
    rules = DatelineRules.load("fr")
    text = "Un.\nDeux.\nTrois.\nLe 19/02, la réunion a eu lieu.\nQuatre.\nCinq.\nSix."
    assert find_dateline(text, rules) is None


def test_a_wire_dateline_run_into_the_lead_dates_an_undated_article():
    """ "BAGDAD, 3 mars (Xinhua) -- …": the day of the dispatch, the year from context; the
    dateline stays in the text (the event coder keeps its city and agency out of events)."""
    from faits.ingest.prepare import prepare
    from faits.ingest.readers import InputItem

    text = (
        "BAGDAD, 3 mars (Xinhua) -- Le Premier ministre irakien a reçu son homologue, "
        "en visite depuis le 1er mars 2023."
    )
    prepared = prepare(InputItem(origin="a.txt", text=text))
    assert prepared.article.published == "2023-03-03"
    assert prepared.article.published_source == "inferred"
    assert prepared.article.text.startswith("BAGDAD, 3 mars (Xinhua) --")
    given = prepare(InputItem(origin="b.txt", text=text, published="2023-03-04"))
    assert (given.article.published, given.article.published_source) == ("2023-03-04", "input")
    rules = DatelineRules.load("fr")
    full = rules.read_lead("ADDIS-ABEBA, 1er février 2024 - L'Union africaine a suspendu le Niger.")
    assert full is not None and (full.day, full.month, full.year) == (1, 2, 2024)
    assert rules.read_lead("PARIS (AFP) - Le gouvernement a démissionné.") is None
