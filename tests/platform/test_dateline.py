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
